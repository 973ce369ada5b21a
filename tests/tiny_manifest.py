"""The manifest entry of the builder's tiny test notebook (tests/notebooks/tiny.ipynb), for tests that build it."""

from __future__ import annotations

HEADER = "version: 1\nreports:\n"


def tiny_entry(name: str = "tiny", title: str = "Tiny test report", formats: str | None = None) -> str:
    """YAML of one manifest entry for tiny.ipynb with its five parameters; ``formats`` e.g. ``"[ipynb]"``."""
    lines = [f"  {name}:", "    notebook: tiny.ipynb", f"    title: {title}"]
    if formats:
        lines.append(f"    formats: {formats}")
    lines += [
        "    parameters:",
        "      label: {type: str, default: first}",
        "      n: {type: int, default: 4, min: 1, max: 50}",
        "      country: {type: iso3, default: SYR}",
        "      pause: {type: float, default: 0.0, min: 0}",
        '      marker: {type: str, default: ""}',
    ]
    return "\n".join(lines) + "\n"
