"""The review widget of ``notebooks/review.ipynb`` (ipywidgets): filter, read, decide, move on.

The logic lives in :mod:`analysis.claims.review_session`; this module lays it out.
Every element a test or a stylesheet needs carries a ``tally-*`` CSS class.
"""

from __future__ import annotations

import html
import os
from pathlib import Path

import ipywidgets as w
import pandas as pd

from analysis.check.verdict import VERDICTS
from analysis.claims import review_session as rs
from analysis.claims.ledger import load_ledger
from analysis.claims.reviews import CORRECTABLE, empty_reviews, load_reviews
from analysis.errors import DataError

#: Keys typed in the keyboard box, and what they do.
KEYS = {"n": "next", "j": "next", "p": "previous", "k": "previous", "a": "accept", "r": "reject"}
#: Ledger fields shown beside the sentence, in order.
SHOWN = ["surface", "value", "value_low", "value_high", "qualifier", "unit", "metric", "attributed_to", "place",
         "place_country", "place_admin1", "period", "scope", "date", "outlet", "url", "repeat_of", "review",
         "review_note"]


def _cell(value: object) -> str:
    if isinstance(value, float):
        return "" if value != value else (f"{value:,.0f}" if value.is_integer() else f"{value:,}")
    return str(value)


_CELL = "text-align:left;vertical-align:top;padding:1px 0.8em 1px 0;line-height:1.3"


def _table(pairs: list[tuple[str, str]], css: str) -> str:
    rows = "".join(f"<tr><th style='{_CELL};white-space:nowrap'>{html.escape(k)}</th>"
                   f"<td style='{_CELL}'>{html.escape(v)}</td></tr>" for k, v in pairs if v != "")
    return f"<table class='{css}' style='font-size:0.9em;border-collapse:collapse'>{rows}</table>"


class ReviewApp:
    """The reviewer's widget over one ledger, one reviews file and the article sources.

    Empty arguments mean the defaults of :mod:`analysis.claims.review_session` (``TALLY_LEDGER``,
    ``TALLY_REVIEWS``, the project's and the shared articles); the reviewer's name defaults to
    ``TALLY_REVIEWER``.
    """

    def __init__(self, ledger: str | Path = "", reviews: str | Path = "", articles: str | Path | list = "",
                 reviewer: str = "") -> None:
        self.ledger_path = rs.ledger_file(ledger)
        self.reviews_path = rs.reviews_file(reviews)
        self.ledger = load_ledger(self.ledger_path)
        self.articles = rs.ArticleCache(rs.article_sources(articles))
        self.checks = rs.CheckCache(self.ledger)
        self.rows = self.ledger
        self.position = 0
        self._build(reviewer or os.environ.get("TALLY_REVIEWER", ""))
        self.apply_filters()

    # ---- layout ----------------------------------------------------------------------------------------

    def _build(self, reviewer: str) -> None:
        def menu(column: str, label: str) -> w.Dropdown:
            return w.Dropdown(options=[("any", "")] + [(v, v) for v in rs.choices(self.ledger, column)], value="",
                              description=label, layout=w.Layout(width="32%"))

        self.f_article = menu("article", "article").add_class("tally-f-article")
        self.f_outlet = menu("outlet", "outlet").add_class("tally-f-outlet")
        self.f_metric = menu("metric", "metric").add_class("tally-f-metric")
        self.f_verdict = w.Dropdown(options=[("any", "")] + [(v, v) for v in (*VERDICTS, rs.UNCHECKED)], value="",
                                    description="verdict", layout=w.Layout(width="32%")).add_class("tally-f-verdict")
        self.f_unreviewed = w.Checkbox(value=False, description="unreviewed only").add_class("tally-f-unreviewed")
        self.f_text = w.Text(value="", description="search", placeholder="words in the figure, place, source…",
                             continuous_update=False, layout=w.Layout(width="32%")).add_class("tally-f-text")
        for box in (self.f_article, self.f_outlet, self.f_metric, self.f_verdict, self.f_unreviewed, self.f_text):
            box.observe(lambda _change: self._safely(self.apply_filters), names="value")

        self.claim = w.HTML().add_class("tally-claim")
        self.details = w.HTML().add_class("tally-details")
        self.reviewer = w.Text(value=reviewer, description="reviewer", placeholder="your name").add_class(
            "tally-reviewer")
        self.note = w.Text(value="", description="note", placeholder="why (kept in reviews.csv)",
                           layout=w.Layout(width="60%")).add_class("tally-note")
        self.b_accept = w.Button(description="Accept", button_style="success").add_class("tally-accept")
        self.b_reject = w.Button(description="Reject", button_style="danger").add_class("tally-reject")
        self.b_prev = w.Button(description="◀ Previous").add_class("tally-prev")
        self.b_next = w.Button(description="Next ▶").add_class("tally-next")
        self.c_field = w.Dropdown(options=[("field to correct", "")] + [(f, f) for f in CORRECTABLE], value="",
                                  description="correct").add_class("tally-field")
        self.c_value = w.Text(value="", description="new value", placeholder="the right value").add_class("tally-value")
        self.b_correct = w.Button(description="Correct", button_style="warning").add_class("tally-correct")
        self.keys = w.Text(value="", description="keys", placeholder="n next · p previous · a accept · r reject",
                           layout=w.Layout(width="60%")).add_class("tally-keys")
        self.status = w.HTML().add_class("tally-status")

        self.b_accept.on_click(lambda _b: self._safely(self.accept))
        self.b_reject.on_click(lambda _b: self._safely(self.reject))
        self.b_prev.on_click(lambda _b: self._safely(self.move, -1))
        self.b_next.on_click(lambda _b: self._safely(self.move, 1))
        self.b_correct.on_click(lambda _b: self._safely(self.correct))
        self.keys.observe(self._on_keys, names="value")

        self.widget = w.VBox([
            w.HTML("<b>Filter</b>"),
            w.HBox([self.f_article, self.f_outlet, self.f_metric]),
            w.HBox([self.f_verdict, self.f_text, self.f_unreviewed]),
            self.claim,
            w.HBox([self.reviewer, self.note]),
            w.HBox([self.b_accept, self.b_reject, self.b_prev, self.b_next]),
            w.HBox([self.c_field, self.c_value, self.b_correct]),
            self.keys,
            self.status,
            self.details,
        ]).add_class("tally-review")

    def _safely(self, action, *args) -> None:
        """Run a callback; a refusal or any error is shown in the status line, never lost in a log."""
        try:
            action(*args)
        except rs.ReviewRefused as exc:
            self._say(f"Not saved: {exc}", "refused")
        except Exception as exc:  # the widget must stay usable; the reviewer sees what went wrong
            self._say(f"Error: {type(exc).__name__}: {exc}", "error")

    def _say(self, text: str, kind: str) -> None:
        colour = {"saved": "#1a7f37", "refused": "#b42318", "error": "#b42318"}.get(kind, "#444")
        self.status.value = f"<span class='tally-{kind}' style='color:{colour}'>{html.escape(text)}</span>"

    # ---- state -----------------------------------------------------------------------------------------

    def _reviews(self) -> pd.DataFrame:
        try:
            return load_reviews(self.reviews_path)
        except DataError as exc:
            self._say(f"The reviews file cannot be read: {exc}", "error")
            return empty_reviews()

    def filters(self) -> rs.Filters:
        """The filters as the reviewer set them."""
        return rs.Filters(self.f_article.value, self.f_outlet.value, self.f_metric.value, self.f_verdict.value,
                          bool(self.f_unreviewed.value), self.f_text.value)

    def apply_filters(self) -> None:
        """Choose the claims to go through and show the first."""
        chosen = self.filters()
        if chosen.verdict and not self.checks.done:
            self._say("Checking every claim of the ledger against the data, once (a few seconds to a minute)…", "busy")
        verdicts = self.checks.verdicts() if chosen.verdict else None
        if chosen.verdict and "tally-busy" in self.status.value:
            self.status.value = ""
        reviewed = rs.reviewed_ids(self.ledger, self._reviews()) if chosen.unreviewed else None
        self.rows = rs.filter_claims(self.ledger, chosen, verdicts=verdicts, reviewed=reviewed)
        self.position = 0
        self.show()

    def current(self) -> pd.Series | None:
        """The ledger row shown, or None when no claim passes the filters."""
        return self.rows.iloc[self.position] if len(self.rows) else None

    def show(self) -> None:
        """Draw the current claim: its sentence, fields, check and the decisions already made on it."""
        row = self.current()
        if row is None:
            self.claim.value = "<p class='tally-none'>No claim passes these filters.</p>"
            self.details.value = ""
            return
        body = self.articles.body(str(row["article"]))
        found = rs.highlight(body, int(row["start"]), int(row["end"]), str(row["surface"])) if body else None
        check = self.checks.claim(str(row["claim_id"]))
        reviews = self._reviews()
        mine = reviews[reviews["claim_id"] == row["claim_id"]]
        made = "".join(f"<li>{html.escape(' '.join(x for x in (r.action, r.field, r.new_value) if x))} "
                       f"({html.escape(r.reviewer)}, {html.escape(r.date)}){': ' + html.escape(r.note) if r.note else ''}"
                       f"</li>" for r in mine.itertuples())
        self.claim.value = (
            f"<p class='tally-position'>Claim {self.position + 1} of {len(self.rows)} · "
            f"<code class='tally-id'>{html.escape(str(row['claim_id']))}</code> · article "
            f"{html.escape(str(row['article']))}</p>"
            f"<blockquote class='tally-sentence' style='font-size:1.1em;margin:0.3em 0 0.5em 0'>"
            f"{rs.highlight_html(found)}</blockquote>")
        self.details.value = (
            f"<div style='display:flex;gap:2em;align-items:flex-start'>"
            f"<div><b>Fields</b> (at the last ledger build){_table([(c, _cell(row[c])) for c in SHOWN], 'tally-fields')}</div>"
            f"<div style='max-width:32em'><b>Check</b>{_table(rs.evidence(check), 'tally-evidence')}"
            + (f"<b>Decisions in the reviews file</b><ul class='tally-made'>{made}</ul>" if made else "")
            + "</div></div>")

    def move(self, step: int) -> None:
        """Go ``step`` claims forward (negative: back), staying within the list."""
        if len(self.rows):
            self.position = min(max(self.position + step, 0), len(self.rows) - 1)
        self.show()

    # ---- decisions -------------------------------------------------------------------------------------

    def _decide(self, action: str, field: str = "", new_value: str = "") -> dict[str, str] | None:
        row = self.current()
        if row is None:
            raise rs.ReviewRefused("no claim is shown")
        written = rs.decide(str(row["claim_id"]), action, self.reviewer.value, ledger=self.ledger,
                            path=self.reviews_path, note=self.note.value, field=field, new_value=new_value)
        what = f"{action} {field} = {new_value!r}" if action == "correct" else action
        self._say(f"Saved: {what} for claim {written['claim_id']} in {self.reviews_path}", "saved")
        self.note.value = ""
        return written

    def accept(self) -> None:
        """Accept the claim shown and move to the next."""
        if self._decide("accept"):
            self._advance()

    def reject(self) -> None:
        """Reject the claim shown and move to the next."""
        if self._decide("reject"):
            self._advance()

    def correct(self) -> None:
        """Correct one field of the claim shown (it stays shown, for more corrections)."""
        if self._decide("correct", self.c_field.value, self.c_value.value):
            self.c_value.value = ""
            self.show()

    def _advance(self) -> None:
        status = self.status.value
        self.move(1)
        self.status.value = status

    def _on_keys(self, change: dict) -> None:
        typed = str(change["new"])
        if not typed:
            return
        self.keys.value = ""
        for key in typed.lower():
            action = KEYS.get(key)
            if action == "next":
                self._safely(self.move, 1)
            elif action == "previous":
                self._safely(self.move, -1)
            elif action == "accept":
                self._safely(self.accept)
            elif action == "reject":
                self._safely(self.reject)
