"""Parameterised notebooks and the report builder."""
