"""The methods and glossary page: one page built beside the reports (``reports/glossary.html``), linked from
every report and from the index.

The text is written once here: how the figures are made, how reported figures are read and given a country,
and the terms the reports use (refugee, asylum-seeker, IDP, returnee, stock and flow, UCDP's definition of a
death beside a monitor's toll, year-end stocks). The page is self-contained HTML (its style inline, no
script, nothing fetched from elsewhere); each report ends with a short section linking to it
(:func:`link_markdown`).
"""

from __future__ import annotations

import html
import os
import re
from pathlib import Path

#: The page's file name in the reports folder (reports are one folder below it: ``../glossary.html``).
PAGE = "glossary.html"
TITLE = "Methods and glossary"

#: How the figures are made: (heading, text); ``**x**`` marks bold words.
METHODS = (
    ("How the figures were made",
     "Every number in the reports is computed when a report is built, from the public datasets named under "
     "each chart and table (and listed with their versions at the end of each report) or from the claims "
     "ledger. Nothing is typed by hand. Each chart and table carries its data as a CSV download."),
    ("Reported figures (claims)",
     "A claim is one figure a news article reported: a number, what it counts, who said it, where and when. "
     "Claims are extracted from the article text by our code and may be reviewed by a person. A claim belongs "
     "to a country only when the article says so: its own place lies in the country, or at least two thirds "
     "of the article's placed figures do. A claim with no place, in an article that names no single country, "
     "belongs to no country."),
    ("Qualified and vague figures",
     "A figure is shown as the article qualified it: \"more than 3,000,000\", \"about 500\", a range "
     "\"1,000–2,000\". A vague word (\"thousands\", \"millions\") is read as its minimum (\"at least "
     "2,000\"), never as an exact figure. On charts only an exact figure is a filled point: a minimum is an "
     "arrow pointing up from it, a maximum (\"up to\") an arrow pointing down, an approximate figure a hollow "
     "point and a range a line from its low to its high end."),
    ("Implausible figures",
     "The claim check sets apart a figure larger than its country's whole population, or many times the "
     "largest figure of its kind any dataset holds for the country (the rules are in "
     "data/check_rules.yml). Such a figure is most likely a typo or an extraction error: reports list it "
     "separately with the reason and leave it out of charts, counts and key facts."),
    ("Places",
     "Admin-1 areas (governorates, states, provinces, oblasts) are named by their OCHA p-code's official "
     "English name, so two spellings of one area are one row. An area that lies in another country today "
     "(UCDP files Sudan's events before July 2011 in what is now South Sudan under Sudan) is not counted "
     "among the report country's areas; a note names it. Place names written in Arabic are shown in English."),
)

#: The terms, in the order a reader meets them.
TERMS = (
    ("Refugee", "A person outside their country of nationality who is recognised as needing international "
     "protection (UNHCR counts refugees and people in a refugee-like situation)."),
    ("Asylum-seeker", "A person who has applied for protection abroad and whose claim has not yet been "
     "decided. UNHCR counts them apart from refugees; the reports add the two where they say \"refugees and "
     "asylum-seekers\"."),
    ("Internally displaced person (IDP)", "A person forced from their home who stays inside their own "
     "country. UNHCR counts IDPs of concern to it; IDMC estimates everyone displaced by conflict and violence. "
     "The two counts differ."),
    ("Returnee", "A refugee who came back to their country, or an IDP who went back home, during the year. "
     "Returning does not always mean that displacement has ended."),
    ("Stock and flow", "A stock counts people at one moment (refugees at the end of a year); a flow counts "
     "movements during a period (returns during a year, new displacements). A stock and a flow are never "
     "compared with each other."),
    ("Year-end stocks", "UNHCR's and IDMC's refugee and IDP figures are stocks on 31 December. Charts mark "
     "them \"end of 2019\" (not the middle of the year), and a figure reported in the news during 2020 lies "
     "between the end-2019 and end-2020 points."),
    ("Deaths: UCDP and a monitor's toll", "The Uppsala Conflict Data Program (UCDP) counts deaths in "
     "organised violence (fighting between states and armed groups, between armed groups, and one-sided "
     "violence against civilians) only where it can verify each event, so its totals are conservative. A "
     "monitor's toll (for example a human-rights observatory's) counts all deaths it learns of, often "
     "including deaths from other causes of the war, and is usually higher. The two measure different "
     "things."),
)

_CSS = """
body { font-family: "DejaVu Sans", Arial, sans-serif; font-size: 15px; color: #1a1a1a; margin: 1.5rem auto;
       max-width: 46rem; padding: 0 1rem; line-height: 1.5; }
h1 { font-size: 1.6rem; } h2 { font-size: 1.2rem; margin-top: 1.6rem; }
dt { font-weight: bold; margin-top: 0.8rem; } dd { margin: 0.2rem 0 0 0; }
nav { font-size: 0.9em; color: #4a4a4a; }
"""


def markdown(heading: str = TITLE) -> str:
    """The whole page as one Markdown section (for a notebook run alone, outside a build)."""
    lines = [f"## {heading}", ""]
    for head, text in METHODS:
        lines += [f"**{head}.** {text}", ""]
    for term, text in TERMS:
        lines += [f"**{term}.** {text}", ""]
    return "\n".join(lines).rstrip()


def link_markdown(terms: str = "") -> str:
    """The short section each report ends with: what the page holds and a link to it (``../glossary.html``:
    the page sits in the reports folder, one level above each report's own folder)."""
    holds = terms or "the terms this report uses"
    return (f"## {TITLE}\n\nHow the figures were made, how reported figures are read and given a country, and "
            f"{holds} are explained on the [methods and glossary page](../{PAGE}) ({PAGE} in the reports "
            "folder, beside the index of reports).")


def page_html() -> str:
    """The methods and glossary page: self-contained HTML, every text escaped."""
    esc = html.escape
    parts = ["<!DOCTYPE html>", '<html lang="en">', "<head>", '<meta charset="utf-8">',
             f"<title>{esc(TITLE)} — Tally reports</title>", f"<style>{_CSS}</style>", "</head>", "<body>",
             '<nav><a href="index.html">All reports</a></nav>', f"<h1>{esc(TITLE)}</h1>",
             '<h2 id="methods">How the reports are made</h2>', "<dl>"]
    for head, text in METHODS:
        parts.append(f'<dt id="{_anchor(head)}">{esc(head)}</dt><dd>{esc(text)}</dd>')
    parts += ["</dl>", '<h2 id="glossary">Glossary</h2>', "<dl>"]
    for term, text in TERMS:
        parts.append(f'<dt id="{_anchor(term)}">{esc(term)}</dt><dd>{esc(text)}</dd>')
    parts += ["</dl>", "</body>", "</html>", ""]
    return "\n".join(parts)


def _anchor(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


def write_page(reports_dir: str | Path) -> Path:
    """Write ``reports_dir/glossary.html`` atomically when its content changes; return its path."""
    from analysis.atomic import write_text

    target = Path(reports_dir) / PAGE
    page = page_html()
    if not target.is_file() or target.read_text(encoding="utf-8") != page:
        write_text(target, page)
        os.chmod(target, 0o644)
    return target
