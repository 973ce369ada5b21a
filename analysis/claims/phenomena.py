"""Why figures were missed or wrongly predicted: each error classified, computed from the text.

Every error of a scoring (:mod:`analysis.claims.dev_score`) gets

* one **outcome**, how the prediction and the gold disagree (:data:`MISSED_OUTCOMES`,
  :data:`FALSE_POSITIVE_OUTCOMES`), decided by the figures near it: the
  predictions whose span overlaps a missed gold row's snippet, or the gold rows
  whose snippet overlaps a false positive's span (the whole article when a
  prediction has no offsets);
* any number of **phrasings** (:data:`PHRASINGS`), what the text around the
  figure looks like, from the row (qualifier, unit, value) and from the
  sentence of the figure read in the article body: the gold row's located
  number (:mod:`analysis.claims.dev_gold`) or the prediction's ``start:end``.
  An error with none is ``plain``.

The rules are general word lists and patterns (below), not fitted to any text;
they are heuristics and are documented as such in data/claims/README.md.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Mapping

import pandas as pd

from analysis.claims.dev_score import (
    IGNORED, Matching, article_key, compatible, figure_numbers, metric_family, parse_number, text,
)
from analysis.claims.written_numbers import find_numbers

#: Outcomes of a missed gold figure, first that applies.
MISSED_OUTCOMES = {
    "matched_to_other_mention": "a prediction here has the number and a right metric, but it matched another "
                                "gold row (the same figure mentioned elsewhere) first",
    "metric_within_family": "a prediction here has the number, with another metric of the same family "
                            "(idps vs displaced vs refugees, detained vs released, killed vs wounded)",
    "metric_other_family": "a prediction here has the number, with a metric of another family",
    "predicted_as_other": "a prediction here has the number, with metric other or in_need",
    "value_differs": "a prediction covers the figure's number but reads another value",
    "not_extracted": "no prediction here has the number",
}
#: Outcomes of a false positive, first that applies.
FALSE_POSITIVE_OUTCOMES = {
    "metric_within_family": "a gold figure here has the number, with another metric of the same family",
    "metric_other_family": "a gold figure here has the number, with a metric of another family",
    "gold_not_scored": "the number is annotated here, but as other or in_need (not a conflict figure)",
    "value_differs": "the prediction covers a gold figure's number but reads another value",
    "not_annotated": "no gold row here has the number (dates, ages, names, counts that are not tallies)",
}
#: Phrasing phenomena, in table order.
PHRASINGS = {
    "vague_word": "a vague quantity (several, dozens, hundreds, thousands, tens of thousands, ...)",
    "range": "a range (qualifier range, or low and high differ)",
    "hedged": "a hedge: at_least, more_than, about, up_to, less_than",
    "household_unit": "households or families as the counted unit",
    "fraction_or_percent": "a share: a fraction, percent or 'one in N'",
    "implicit_singular": "a single victim with no numeral ('a paramedic', 'her husband')",
    "number_in_words": "the number spelled out ('seven', 'Ten were ...')",
    "unusual_number_form": "a number form: split digit group, '1.2m', spoken decimal, '(224)'",
    "list_or_table": "a list or table item: no verb in its clause, beside other numbers or in a bulleted line",
    "title_or_heading": "in the title or a standalone heading line",
    "aside_between": "a relative clause or aside between the figure and its event word",
    "breakdown": "part of a breakdown: including, among them, of whom, of which, a bracketed split",
    "in_parentheses": "inside parentheses",
    "no_counted_noun": "no counted noun after the number ('331 (...)', '115,000 arriving')",
    "repeated_figure": "the same number and family already given earlier in the article",
    "rate_or_projection": "a rate, a projection or a possibility, not a tally (a day, projects, may, could)",
    "toll_wording": "toll or running-total wording (death toll, a total of, stood at, rose to, since, so far)",
    "date_age_or_name": "beside a month, an age, a compound (86-page) or a capitalised name",
    "line_break_in_word": "a word split by a hyphen at a line break ('dis- placed')",
    "scope_implied": "the gold place or period is implied by the context",
}
ERROR_COLUMNS = [
    "side", "row", "article", "metric", "value", "value_low", "value_high", "qualifier", "unit",
    "strict", "family", "outcome_strict", "outcome_family", "phenomena",
]
TABLE_COLUMNS = ["kind", "phenomenon", "missed_strict", "false_pos_strict", "missed_family", "false_pos_family"]

HEDGES = {"at_least", "more_than", "about", "up_to", "less_than"}
_LIST_MARKER = re.compile(r"^\s*(?:[•·▪◦●■*\-–—]|\d{1,2}[.)]\s)")
_BOUNDARY = re.compile(
    r"(?<=[.!?])[\"”’)\]]*\s+(?=[\"“‘(\[]?[A-Z0-9•·▪*\-–—])|\n[ \t]*\n|\n(?=[ \t]*[•·▪◦●■*\-–—])"
)
_CLAUSE_SPLIT = re.compile(r"[;:()\[\]]|,(?!\d)|\s[-–—]\s|\n")
_VERBS = frozenset(
    "is are was were be been being am has have had having will would shall should may might can could must do "
    "does did remain remains remained stand stands stood rise rises rose risen reach reaches reached say says said "
    "tell tells told flee flees fled die dies died arrive arrives arrived cross crosses crossed seek seeks sought "
    "live lives lived include includes included represent represents recorded documented left fell took saw came "
    "went got continue continues continued".split()
)
_EVENT = re.compile(
    r"\b(?:kill|die[sd]?\b|dead|death|fatalit|wound|injur|maim|casualt|shot|murder|execut|displac|fled|flee|uproot"
    r"|evacuat|relocat|refuge|return|arriv|cross|detain|arrest|held\b|captiv|abduct|releas|repatriat|missing|captur"
    r"|destroy|downed|intercept|damag|succumb|sought|seek|forced|mov(?:e|ed|es|ing)\b|left\b|leav)\w*",
    re.IGNORECASE,
)
_ASIDE = re.compile(r"[(,]|\s[-–—]\s|\b(?:who|which|that|whom|whose|among|including|mostly|mainly)\b", re.IGNORECASE)
_BREAKDOWN_BEFORE = re.compile(
    r"\b(?:including|includes|included|incl\.?|among\s+(?:them|whom|which|those|these)"
    r"|of\s+(?:whom|which|them|these|those)|comprising)\s+(?:\S+\s+){0,3}$",
    re.IGNORECASE,
)
_BREAKDOWN_AFTER = re.compile(
    r"^\s*\S*\s*(?:of\s+(?:whom|which|them|these|those)\b|(?:of\s+the|out\s+of)\s+\d)", re.IGNORECASE
)
_STOPWORDS = frozenset(
    "in to of on at for from by with and or but as were was are is have has had who which that since each per this "
    "these those more over than the a an its their his her had will would".split()
)
_RATE = re.compile(
    r"\b(?:(?:a|per|each|every)\s+(?:day|week|month|year)|daily|weekly|monthly|project(?:s|ed|ing|ion|ions)?"
    r"|expect(?:s|ed)?|forecast\w*|plann(?:ed|ing)|target(?:s|ed)?|(?-i:could|may|might)|fears?)\b(?!\s+ago\b)",
    re.IGNORECASE,
)
_TOLL = re.compile(
    r"\b(?:death\s+toll|toll|a\s+total\s+of|in\s+total|total(?:l?ing)?|stood\s+at|stands\s+at|rose\s+to|risen\s+to"
    r"|climbed\s+to|reached|so\s+far|to\s+date|since|cumulative\w*|overall)\b",
    re.IGNORECASE,
)
_MONTH = (r"(?:Jan(?:uary|\.)?|Feb(?:ruary|\.)?|March|Mar\.|April|Apr\.|May|June|July|Aug(?:ust|\.)?"
          r"|Sep(?:t|tember|\.)?|Oct(?:ober|\.)?|Nov(?:ember|\.)?|Dec(?:ember|\.)?)")
_AFTER_NOT_COUNT = re.compile(
    rf"^(?:[-\s](?:year|month|week|day)s?[-\s]old|-(?:page|member|strong|km|mile|hour|day|year|month|week)\b"
    rf"|\s+{_MONTH}\b|\s*(?:am|pm)\b|:\d\d)",
)
_BEFORE_NOT_COUNT = re.compile(
    rf"(?:\baged\s+(?:[\d,\sand]+)?|\bunder\s+|\bover\s+the\s+age\s+of\s+|\b{_MONTH}\s+"
    r"|[^.!?:;\"“‘(\s]\s+[A-Z][a-z]+\s+)$"
)
_HEDGE_WORDS = frozenset("over some nearly almost about around up more less at approximately roughly an estimated "
                         "another only all the".split())
_BROKEN_WORD = re.compile(r"[A-Za-z]-[ \t]*\n[ \t]*[a-z]|\b[a-z]{2,}- [a-z]{3,}")


@dataclass
class Figure:
    """One figure in its article: what the row says and where its number is written."""

    body: str
    start: int | None
    end: int | None
    form: str
    qualifier: str
    unit: str
    metric: str
    numbers: frozenset
    low: float | None = None
    high: float | None = None
    place: str = ""
    period: str = ""

    def located(self) -> bool:
        """Whether the figure has a span in a known body."""
        return bool(self.body) and self.start is not None and self.end is not None


def sentence_span(body: str, start: int, end: int) -> tuple[int, int]:
    """The sentence (or list item, or paragraph piece) holding ``body[start:end]``, at most 400 characters each side."""
    lo, hi = max(0, start - 400), min(len(body), end + 400)
    s = lo
    for m in _BOUNDARY.finditer(body, lo, start):
        s = m.end()
    m = _BOUNDARY.search(body, end, hi)
    return s, (m.start() if m else hi)


def _line(body: str, start: int) -> tuple[int, int]:
    s = body.rfind("\n", 0, start) + 1
    e = body.find("\n", start)
    return s, (len(body) if e < 0 else e)


def _clause(sentence: str, at: int) -> str:
    cuts = [0] + [m.end() for m in _CLAUSE_SPLIT.finditer(sentence)] + [len(sentence) + 1]
    for a, b in zip(cuts, cuts[1:]):
        if a <= at < b:
            return sentence[a:b]
    return sentence


def _has_verb(clause: str) -> bool:
    return any(w.lower() in _VERBS for w in re.findall(r"[A-Za-z]+", clause))


def _in_parentheses(sentence: str, at: int, end: int) -> bool:
    before, after = sentence[:at], sentence[end:]
    if before.rfind("(") <= before.rfind(")"):
        return False
    close, reopen = after.find(")"), after.find("(")
    return close >= 0 and (reopen < 0 or close < reopen)


def phrasings(fig: Figure) -> list[str]:
    """The phrasing phenomena of one figure (keys of :data:`PHRASINGS`, in that order)."""
    tags = set()
    unit = fig.unit.lower()
    fraction = fig.form in ("fraction", "percent") or unit in ("percent", "%")
    if fig.form == "vague" or (fig.qualifier == "approx_word" and not fraction):
        tags.add("vague_word")
    if fig.qualifier == "range" or (fig.low is not None and fig.high is not None and fig.low != fig.high):
        tags.add("range")
    if fig.qualifier in HEDGES:
        tags.add("hedged")
    if re.search(r"household|famil|\bhh\b", unit):
        tags.add("household_unit")
    if fraction:
        tags.add("fraction_or_percent")
    if fig.numbers == frozenset({1.0}) and not fig.form:
        tags.add("implicit_singular")
    if fig.form == "words":
        tags.add("number_in_words")
    if fig.form in ("split_digits", "abbreviated", "spoken_decimal"):
        tags.add("unusual_number_form")
    if "implied" in fig.place.lower() or "implied" in fig.period.lower():
        tags.add("scope_implied")
    if fig.located():
        tags |= _text_tags(fig)
    return [t for t in PHRASINGS if t in tags]


@dataclass
class _Around:
    """The text around a located figure: its sentence split at the figure, its clause and its line."""

    sentence: str
    before: str
    after: str
    clause_before: str
    clause: str
    line: str
    standalone: bool
    others: list


def _around(body: str, start: int, end: int) -> _Around:
    s0, s1 = sentence_span(body, start, end)
    sentence, at, at_end = body[s0:s1], start - s0, end - s0
    l0, l1 = _line(body, start)
    clause = _clause(sentence, at)
    c0 = sentence.rfind(clause, 0, at + 1) if clause else at
    above, below = body[:l0], body[l1:]
    standalone = (not above.strip() or above.endswith("\n\n") or bool(re.search(r"\n[ \t]*\n$", above))) and (
        not below.strip() or bool(re.match(r"\n[ \t]*\n", below))
    )
    others = [n for n in find_numbers(sentence) if not (n.start < at_end and at < n.end)]
    return _Around(sentence, sentence[:at], sentence[at_end:], sentence[max(c0, 0):at], clause,
                   body[l0:l1], standalone, others)


def _next_word(fig: Figure, t: _Around) -> str:
    """The word after the number: past a closing bracket of "(224)" and past "of" after a vague word or share."""
    after = t.after[1:] if t.before.endswith("(") and t.after.startswith(")") else t.after
    m = re.match(r"\s*([A-Za-z]+|[^\sA-Za-z]|$)", after)
    word = m.group(1) if m else ""
    if word.lower() == "of" and fig.form in ("vague", "fraction"):
        m = re.match(r"\s*of\s+([A-Za-z]+|[^\sA-Za-z]|$)", after, re.IGNORECASE)
        word = m.group(1) if m else ""
    return word


def _text_tags(fig: Figure) -> set[str]:
    t = _around(fig.body, int(fig.start), int(fig.end))
    tags = set()
    if fig.form == "digits" and t.before.endswith("(") and t.after.startswith(")"):
        tags.add("unusual_number_form")
    verb = _has_verb(t.clause) or _EVENT.search(" ".join(t.clause_before.split()[-3:]))
    if fig.form and not verb and (_LIST_MARKER.match(t.line) or "\t" in t.line or "|" in t.line or len(t.others) >= 2):
        tags.add("list_or_table")
    if t.standalone and len(t.line.split()) <= 30 and not re.search(r"[.!?:;\"”’…]\s*$", t.line):
        tags.add("title_or_heading")
    window = t.after[:160]
    event = _EVENT.search(window)
    if event and not _EVENT.search(" ".join(t.before.split()[-4:])):
        gap = window[: event.start()]
        marker = _ASIDE.search(gap)
        if marker and re.search(r"[A-Za-z]", gap[marker.end():]):
            tags.add("aside_between")
    inner = _in_parentheses(t.sentence, len(t.before), len(t.sentence) - len(t.after))
    if inner:
        tags.add("in_parentheses")
    if _BREAKDOWN_BEFORE.search(t.before) or _BREAKDOWN_AFTER.search(t.after):
        tags.add("breakdown")
    elif inner:
        o, c = t.before.rfind("("), len(t.sentence) - len(t.after) + t.after.find(")")
        if any(o < n.start and n.end <= c for n in t.others):
            tags.add("breakdown")
    word = _next_word(fig, t)
    if fig.form and (not word or not word[0].isalpha() or word.lower() in _STOPWORDS or word.lower().endswith("ing")):
        tags.add("no_counted_noun")
    if _RATE.search(t.sentence):
        tags.add("rate_or_projection")
    if _TOLL.search(t.sentence):
        tags.add("toll_wording")
    prev = t.before.split()[-1:]
    name_before = _BEFORE_NOT_COUNT.search(t.before) and not (prev and prev[0].lower() in _HEDGE_WORDS)
    the_name = re.search(r"\bthe\s+$", t.before, re.IGNORECASE) and re.match(r"\s+[A-Z][a-z]", t.after)
    if fig.form and (_AFTER_NOT_COUNT.match(t.after) or name_before or the_name):
        tags.add("date_age_or_name")
    if _BROKEN_WORD.search(t.sentence):
        tags.add("line_break_in_word")
    return tags


def _span(row: Mapping, start: str = "start", end: str = "end") -> tuple[int, int] | None:
    try:
        s, e = row.get(start), row.get(end)
        if s is None or e is None or pd.isna(s) or pd.isna(e) or text(s) == "" or text(e) == "":
            return None
        return int(float(s)), int(float(e))
    except (TypeError, ValueError):
        return None


def _overlaps(a: tuple[int, int] | None, b: tuple[int, int] | None) -> bool:
    return a is None or b is None or (a[0] < b[1] and b[0] < a[1])


def _pred_figure(p: Mapping, body: str) -> Figure:
    span = _span(p)
    form = ""
    if body and span:
        inside = find_numbers(body[span[0]:span[1]])
        numbers = figure_numbers(p)
        hit = [n for n in inside if any(abs(n.value - v) <= 1e-6 * max(1.0, abs(v)) for v in numbers)] or inside
        form = hit[0].form if hit else ""
    return Figure(body if span else "", span[0] if span else None, span[1] if span else None, form,
                  text(p.get("qualifier")), text(p.get("unit")), text(p.get("metric")), figure_numbers(p),
                  parse_number(p.get("value_low")), parse_number(p.get("value_high")))


def _gold_figure(g: Mapping, body: str) -> Figure:
    span = _span(g)
    return Figure(body if span else "", span[0] if span else None, span[1] if span else None,
                  text(g.get("figure_form")), text(g.get("qualifier")), text(g.get("unit")), text(g.get("metric")),
                  g["numbers"], parse_number(g.get("value_low")), parse_number(g.get("value_high")),
                  text(g.get("place")), text(g.get("period")))


def _missed_outcome(g: Mapping, near: list[Mapping], mode: str) -> str:
    metric = text(g["metric"])
    share = [p for p in near if figure_numbers(p) & g["numbers"]]
    scored = [p for p in share if text(p.get("metric")) not in IGNORED]
    if any(compatible(metric, text(p.get("metric")), mode) for p in scored):
        return "matched_to_other_mention"
    if any(metric_family(text(p.get("metric"))) == metric_family(metric) for p in scored):
        return "metric_within_family"
    if scored:
        return "metric_other_family"
    if share:
        return "predicted_as_other"
    if g.get("figure_form") and any(_span(p) and _overlaps(_span(p), _span(g)) for p in near):
        return "value_differs"
    return "not_extracted"


def _false_positive_outcome(p: Mapping, near: list[Mapping]) -> str:
    metric, numbers = text(p.get("metric")), figure_numbers(p)
    share = [g for g in near if g["numbers"] & numbers]
    scored = [g for g in share if g["scored"]]
    if any(metric_family(text(g["metric"])) == metric_family(metric) for g in scored):
        return "metric_within_family"
    if scored:
        return "metric_other_family"
    if share:
        return "gold_not_scored"
    span = _span(p)
    if span and any(g.get("figure_form") and _overlaps(span, _span(g)) for g in near):
        return "value_differs"
    return "not_annotated"


def _repeated(rows: list[Mapping], i: int, key: str, usable) -> bool:
    me = rows[i]
    fam = metric_family(text(me.get("metric")))
    nums = figure_numbers(me)
    unit = text(me.get("unit")).lower()
    for other in rows[:i]:
        if (usable(other) and other["_key"] == key and metric_family(text(other.get("metric"))) == fam
                and figure_numbers(other) & nums
                and (nums != frozenset({1.0}) or text(other.get("unit")).lower() == unit)):
            return True
    return False


def classify(gold: pd.DataFrame, pred: pd.DataFrame, bodies: Mapping[str, tuple[object, str]],
             matchings: Mapping[str, Matching]) -> pd.DataFrame:
    """One row per missed gold figure and per false positive (ERROR_COLUMNS), in either mode.

    ``gold`` is located (:func:`analysis.claims.dev_gold.locate`), ``bodies``
    maps article ids to ``(path, body)``, ``matchings`` holds the strict and
    family :class:`~analysis.claims.dev_score.Matching`. ``strict``/``family``
    say in which modes the row is an error; ``phenomena`` joins the phrasing
    tags with ``;`` (``plain`` when none applies).
    """
    g_rows = gold.to_dict("records")
    p_rows = pred.to_dict("records")
    for r in g_rows:
        r["_key"] = r["key"]
    for p in p_rows:
        p["_key"] = article_key(p.get("article"))
    preds_by_article: dict[str, list[Mapping]] = {}
    for p in p_rows:
        preds_by_article.setdefault(p["_key"], []).append(p)
    gold_by_article: dict[str, list[Mapping]] = {}
    for g in g_rows:
        gold_by_article.setdefault(g["_key"], []).append(g)
    out = []
    for i, g in enumerate(g_rows):
        if not g["required"]:
            continue
        modes = {m: mt.gold_pred[i] is None for m, mt in matchings.items()}
        if not any(modes.values()):
            continue
        snippet = _span(g, "snippet_start", "snippet_end")
        near = [p for p in preds_by_article.get(g["_key"], []) if _overlaps(_span(p), snippet)]
        body = bodies.get(g["_key"], (None, ""))[1]
        tags = phrasings(_gold_figure(g, body))
        if _repeated(g_rows, i, g["_key"], lambda r: r["scored"]):
            tags.append("repeated_figure")
        out.append(_error("missed", i, g, modes, {m: _missed_outcome(g, near, m) for m, e in modes.items() if e}, tags))
    def scored_pred(p: Mapping) -> bool:
        return text(p.get("metric")) not in IGNORED

    for j, p in enumerate(p_rows):
        modes = {m: mt.pred_status[j] == "wrong" for m, mt in matchings.items()}
        if not any(modes.values()):
            continue
        span = _span(p)
        near = [g for g in gold_by_article.get(p["_key"], []) if _overlaps(span, _span(g, "snippet_start", "snippet_end"))]
        body = bodies.get(p["_key"], (None, ""))[1]
        tags = phrasings(_pred_figure(p, body))
        if _repeated(p_rows, j, p["_key"], scored_pred):
            tags.append("repeated_figure")
        outcome = _false_positive_outcome(p, near)
        out.append(_error("false_pos", j, p, modes, {m: outcome for m, e in modes.items() if e}, tags))
    return pd.DataFrame(out, columns=ERROR_COLUMNS)


def _error(side: str, i: int, row: Mapping, modes: Mapping[str, bool], outcomes: Mapping[str, str],
           tags: list[str]) -> dict:
    ordered = [t for t in PHRASINGS if t in set(tags)]
    return {
        "side": side, "row": i + 1, "article": row["_key"], "metric": text(row.get("metric")),
        "value": parse_number(row.get("value")), "value_low": parse_number(row.get("value_low")),
        "value_high": parse_number(row.get("value_high")), "qualifier": text(row.get("qualifier")),
        "unit": text(row.get("unit")), "strict": bool(modes.get("strict")), "family": bool(modes.get("family")),
        "outcome_strict": outcomes.get("strict", ""), "outcome_family": outcomes.get("family", ""),
        "phenomena": ";".join(ordered) or "plain",
    }


def table(errors: pd.DataFrame) -> pd.DataFrame:
    """Counts per outcome and per phrasing phenomenon (TABLE_COLUMNS), misses and false positives per mode.

    Outcome rows sum to the errors of each column; an error can have several
    phrasings, so phrasing rows do not. Rows that are zero everywhere are left out.
    """
    rows = []
    sides = [("missed", "strict"), ("false_pos", "strict"), ("missed", "family"), ("false_pos", "family")]

    def count(side: str, mode: str, test) -> int:
        sub = errors[(errors["side"] == side) & errors[mode]]
        return int(sum(1 for _, r in sub.iterrows() if test(r, mode)))

    outcomes = list(dict.fromkeys(list(MISSED_OUTCOMES) + list(FALSE_POSITIVE_OUTCOMES)))
    for name in outcomes:
        counts = [count(s, m, lambda r, mode, n=name: r[f"outcome_{mode}"] == n) for s, m in sides]
        if any(counts):
            rows.append(["outcome", name, *counts])
    for name in list(PHRASINGS) + ["plain"]:
        counts = [count(s, m, lambda r, mode, n=name: n in r["phenomena"].split(";")) for s, m in sides]
        if any(counts):
            rows.append(["phrasing", name, *counts])
    totals = [int(((errors["side"] == s) & errors[m]).sum()) for s, m in sides]
    rows.append(["total", "errors", *totals])
    return pd.DataFrame(rows, columns=TABLE_COLUMNS)
