"""Pure functions that prepare each report's tables and chart data (tidy frame → tidy frame)."""
