"""Claims extraction: one tidy row per figure an article reports.

For every number phrase (see :mod:`analysis.claims.numbers`) in a sentence
(see :mod:`analysis.claims.context`) the extractor finds

* ``unit``: the counted noun right after the number ("12 enemy *tanks*");
  "people" when the figure counts people without naming them ("45 dead");
* ``metric``: from cue words (:mod:`analysis.claims.lexicon`), in this order:
  a cue just after the figure ("12 people *were killed*", "311 *dead*"), a
  cue just before it ("*killing* 43", "*claimed the lives of* 142",
  "*death toll* rose to 45"), a counted noun that names a metric
  ("5,000 *refugees*"), the metric of the figure before it in a breakdown
  ("311 dead, including 183 fighters and 28 civilians"), then a cue further
  away in the same clause;
* ``attributed_to``, ``place`` and ``period`` from the sentence (and the
  last named speaker for quotes, see :mod:`analysis.claims.attribution`).

Rules for what is emitted:

* A figure with a conflict metric is always emitted. A figure with no metric
  is emitted as metric ``other`` only when it counts a known counted noun
  (people, soldiers, tanks, villages, ...). Anything else is left out.
* Non-counts (dates, years, ages, times, model names, unit names, ordinals,
  percentages, distances, money, phone numbers) never become rows.
* "one" is only a figure when a counted noun follows ("one soldier").
* The death of a named person ("the death of Brigadier General X") is a row
  of 1 killed, unit "officer" for military ranks, else "person"; its span
  runs from "death" to the end of the name.
* A toll that changes ("rose from 20 to 45") is the new figure, 45.
* Repeats: when the same figure (metric, value, bounds, unit) appears again
  in the same article (typically headline then body), every later row gets
  ``repeat_of`` = the ``start`` offset of the first one; the first has
  ``repeat_of`` None. Rows are kept, never dropped. Metric ``other`` rows are
  never marked.

Extraction never raises on any text: a failure inside one sentence drops
that sentence's rows only (the property tests check this).
"""

from __future__ import annotations

import re
from typing import Iterable

import pandas as pd

from analysis.claims import lexicon
from analysis.claims.articles import Article
from analysis.claims.attribution import Attributor
from analysis.claims.context import Sentence, period_near, place_near, sentences
from analysis.claims.numbers import Quantity, find_quantities
from analysis.errors import ArticleError
from analysis.schemas import CLAIM_COLUMNS

#: Output columns: the schema's claim columns plus ``repeat_of``.
COLUMNS = CLAIM_COLUMNS + ["repeat_of"]

_WORD = re.compile(r"[A-Za-z][\w'\u2019-]*")
_OF = re.compile(r"\s*(?:of\s+(?:the\s+|them\s+|whom\s+|those\s+)?)?", re.I)
_AUX = {
    "were", "was", "are", "is", "have", "has", "had", "been", "being", "be", "got", "get", "reportedly", "also",
    "all", "later", "subsequently", "allegedly", "now", "still", "already", "either", "both", "were", "being",
    "reported", "said", "believed", "thought", "feared", "confirmed", "found", "left", "who", "that", "as",
    "either", "possibly", "probably", "mostly", "many", "most", "them", "among", "whom", "dead", "people",
}
_STOP_RIGHT = {"who", "which", "that", "after", "when", "while", "before", "from", "by", "because", "since",
               "if", "than", "to", "near", "at", "on", "for", "with", "against", "where", "whose", "during"}
_BREAK_CONNECT = re.compile(
    r"^[\s,:;(\u2013\u2014-]*(?:including|among\s+them|among\s+whom|of\s+whom|of\s+them|among\s+those|"
    r"namely|comprising|mostly|mainly|and|as\s+well\s+as|plus|along\s+with|besides|while|with|in\s+addition\s+to|"
    r"including\s+at\s+least)?[\s,:;(\u2013\u2014-]*$",
    re.I,
)
_CHANGE = re.compile(r"\b(?:rose|risen|rising|rises|climbed|climbing|increased|jumped|went\s+up|up|grew|surged|"
                     r"raising|bringing)\s+(?:\w+\s+){0,3}?from\s*$", re.I)
_NAMED_DEATH = re.compile(
    r"\b(?:death|deaths|killing|assassination|murder|execution|martyrdom)\s+of\s+"
    r"(?:(?:[A-Z][\w'\u2019-]*|al-\w+|and|of|the)\s+){0,6}?"
    rf"(?P<rank>(?i:{lexicon.RANKS}))\s+"
    r"(?P<name>(?:[A-Z][\w'\u2019-]+|al-\w+|bin|ibn)(?:\s+(?:[A-Z][\w'\u2019-]+|al-\w+|bin|ibn|Abu|Abdul)){0,4})",
)
_ONE_WORDS = {"one", "a", "an"}
_SINGULAR_OK = {"one"}
_CUE_SEARCH = lexicon.CUE_RE.search


def _unit_after(text: str, end: int, limit: int) -> tuple[str, int, int]:
    """The counted noun after a number ending at ``end``: (unit, word start, word end) or ("", end, end)."""
    m = _OF.match(text, end, limit)
    pos = m.end() if m else end
    words = 0
    while pos < limit and words < 4:
        w = _WORD.match(text, pos)
        if not w:
            break
        word = w.group().lower().rstrip("'\u2019")
        two = None
        nxt = _WORD.match(text, w.end() + 1, limit) if w.end() < limit and text[w.end():w.end() + 1] == " " else None
        if nxt:
            two = f"{word} {nxt.group().lower()}"
        if two and two in lexicon.COUNT_NOUNS:
            return two, w.start(), nxt.end()
        if word in lexicon.COUNT_NOUNS:
            return word, w.start(), w.end()
        if word in _STOP_RIGHT or word in ("and", "or", "were", "was", "are", "is", "have", "has", "had", "in"):
            break
        words += 1
        pos = w.end()
        while pos < limit and text[pos] in " -":
            pos += 1
    return "", end, end


def _cue_metric(text: str, start: int, end: int, last: bool = False) -> tuple[str, int, int] | None:
    """The metric named by the first (or last) cue in ``text[start:end]``."""
    found = None
    pos = start
    while pos < end:
        m = lexicon.CUE_RE.search(text, pos, end)
        if not m:
            break
        if not lexicon.CUE_FALSE.match(text, max(0, m.start() - 12), min(len(text), m.end() + 30)) and not \
                lexicon.CUE_FALSE.search(text[max(0, m.start() - 12):min(len(text), m.end() + 30)]):
            found = (lexicon.metric_of(m), m.start(), m.end())
            if not last:
                return found
        pos = m.end()
    return found


class _Extractor:
    """State for one article: attribution memory and rows so far."""

    def __init__(self, article_id: str) -> None:
        self.article_id = article_id
        self.attributor = Attributor()
        self.rows: list[dict] = []

    # ------------------------------------------------------------------
    def sentence_rows(self, body: str, sent: Sentence) -> None:
        text = sent.text
        quantities = find_quantities(text)
        source = self.attributor.sentence_source(text)
        rows: list[dict] = []
        prev: dict | None = None
        prev_end = 0
        for i, q in enumerate(quantities):
            next_start = quantities[i + 1].start if i + 1 < len(quantities) else len(text)
            row = self._row(text, q, prev, prev_end, next_start)
            if row is not None:
                prev = row
                prev_end = row.pop("_unit_end")
                rows.append(row)
            else:
                prev_end = q.end
        for m in _NAMED_DEATH.finditer(text):
            if any(r["start"] <= m.end() and m.start() <= r["end"] for r in rows):
                continue
            rank = " ".join(m.group("rank").lower().replace(".", "").split())
            unit = "person" if rank in ("emir", "sheikh") else "officer"
            rows.append(dict(start=m.start(), end=m.end(), value=1.0, value_low=1.0, value_high=1.0,
                             qualifier="exact", unit=unit, metric="killed"))
        for row in rows:
            s, e = row["start"], row["end"]
            row.update(
                article=self.article_id,
                start=sent.start + s,
                end=sent.start + e,
                surface=body[sent.start + s:sent.start + e],
                attributed_to=source,
                place=place_near(text, s),
                period=period_near(text, s),
                sentence=text,
            )
            self.rows.append(row)

    # ------------------------------------------------------------------
    def _row(self, text: str, q: Quantity, prev: dict | None, prev_end: int, next_start: int) -> dict | None:
        unit, u_start, u_end = _unit_after(text, q.end, min(len(text), next_start + 0 if next_start > q.end else len(text)))
        core = text[q.num_start:q.end].lower()
        if q.word and core in _ONE_WORDS | _SINGULAR_OK and not unit:
            return None
        if q.word and core == "one" and re.match(r"\s+(?:of|another|day|side|way|time|thing|point|year)\b",
                                                 text[q.end:q.end + 10], re.I):
            return None
        value, low, high, qualifier = q.value, q.value_low, q.value_high, q.qualifier
        start = q.start
        if qualifier == "range" and _CHANGE.search(text, 0, q.num_start):
            # "the toll rose from 20 to 45": the new figure
            m = re.search(r"(?:to|[-\u2013])\s*(.+)$", text[q.num_start:q.end])
            if m:
                from analysis.claims.numbers import parse_number
                v = parse_number(m.group(1))
                if v is not None:
                    value, low, high, qualifier = v, v, v, "exact"
                    start = q.num_start + m.start(1)
        after_from = unit and u_end or q.end
        metric = self._metric(text, q, unit, u_end if unit else q.end, prev, prev_end, next_start)
        if metric is None:
            if unit and unit in lexicon.COUNT_NOUNS and unit not in lexicon.METRIC_ONLY_UNITS:
                metric = "other"
            else:
                return None
        if not unit or unit in lexicon.METRIC_ONLY_UNITS:
            unit = "people" if metric in lexicon.PEOPLE_METRICS or unit in lexicon.METRIC_ONLY_UNITS else unit
        if metric == "other" and q.word and core in ("one",):
            return None
        del after_from
        return dict(start=start, end=q.end, value=value, value_low=low, value_high=high, qualifier=qualifier,
                    unit=unit, metric=metric, _unit_end=u_end if unit else q.end)

    # ------------------------------------------------------------------
    def _metric(self, text: str, q: Quantity, unit: str, after: int, prev: dict | None, prev_end: int,
                next_start: int) -> str | None:
        # a. cue just after the figure and its noun: "12 people were killed", "311 dead"
        if unit in lexicon.NOUN_METRIC and unit in lexicon.METRIC_ONLY_UNITS and unit not in ("others",):
            noun_metric = lexicon.NOUN_METRIC[unit]
        else:
            noun_metric = None
        right_limit = min(len(text), max(next_start, after), after + 70)
        pos = after if unit else q.end
        m = lexicon.CUE_RE.match(text, pos) if False else None
        words = 0
        scan = pos
        while scan < right_limit and words <= 5:
            w = re.compile(r"[\s,]*(?:\(\w[^)]{0,40}\)\s*)?([A-Za-z][\w'\u2019-]*)").match(text, scan, right_limit)
            if not w:
                break
            cue = lexicon.CUE_RE.match(text, w.start(1))
            if cue and not lexicon.CUE_FALSE.search(text[max(0, w.start(1) - 12):cue.end() + 30]):
                return lexicon.metric_of(cue)
            word = w.group(1).lower()
            if word in _STOP_RIGHT or "," in text[scan:w.start(1)]:
                break
            if word not in _AUX and not (word[:1].isupper() or w.group(1)[:1].isupper()):
                words += 1
            scan = w.end()
        if noun_metric:
            return noun_metric
        # b. cue just before: "killing at least 43", "claimed the lives of 142", "death toll rose to 45"
        left_start = max(prev_end, q.start - 45)
        found = _cue_metric(text, left_start, q.start, last=True)
        if found:
            return found[0]
        # c. a counted noun that names a metric
        if unit in lexicon.NOUN_METRIC:
            return lexicon.NOUN_METRIC[unit]
        # d. a breakdown: the metric of the figure just before
        if prev is not None and prev["metric"] != "other" and _BREAK_CONNECT.match(text[prev_end:q.start]):
            return prev["metric"]
        # e. a cue further before in the clause, not across another figure
        left_start = max(prev_end, q.start - 120)
        found = _cue_metric(text, left_start, q.start, last=True)
        if found and not re.search(r"[;]", text[found[2]:q.start]):
            return found[0]
        # f. a cue further after in the clause
        right_end = min(len(text), next_start if next_start > after else len(text), after + 80)
        seg = text[after:right_end]
        cut = re.search(r"[;.]|\b(?:after|before|because|which|when|while)\b", seg)
        if cut:
            right_end = after + cut.start()
        found = _cue_metric(text, after, right_end)
        if found:
            return found[0]
        return None


def _mark_repeats(rows: list[dict]) -> None:
    first: dict[tuple, dict] = {}
    for row in rows:
        row["repeat_of"] = None
        if row["metric"] == "other":
            continue
        key = (row["metric"], row["value"], row["value_low"], row["value_high"], row["unit"])
        seen = first.get(key)
        if seen is not None and (not seen["place"] or not row["place"] or seen["place"] == row["place"]):
            row["repeat_of"] = seen["start"]
        else:
            first.setdefault(key, row)


def _finish(row: dict) -> dict:
    return {col: row.get(col) for col in COLUMNS}


def extract_text(text: str, article_id: str = "text") -> list[dict]:
    """Claims in a plain text (offsets into ``text``); never raises."""
    if not isinstance(text, str) or not text:
        return []
    ex = _Extractor(article_id)
    for sent in sentences(text):
        try:
            ex.sentence_rows(text, sent)
        except Exception:  # one odd sentence must not stop the article
            continue
    rows = [r for r in ex.rows if 0 <= r["start"] < r["end"] <= len(text) and text[r["start"]:r["end"]] == r["surface"]]
    rows.sort(key=lambda r: (r["start"], r["end"]))
    _mark_repeats(rows)
    return [_finish(r) for r in rows]


def extract_article(article: Article) -> list[dict]:
    """Claims in one article: dicts with :data:`~analysis.schemas.CLAIM_COLUMNS` plus ``repeat_of``.

    ``article`` is the article id, ``start``/``end`` offsets into ``article.body``.
    """
    return extract_text(article.body, article_id=article.id)


def extract_articles(articles: Iterable[Article | ArticleError]) -> pd.DataFrame:
    """Claims of many articles as one frame (columns :data:`COLUMNS`).

    :class:`~analysis.errors.ArticleError` items (as yielded by
    :func:`~analysis.claims.articles.iter_articles`) are skipped: report them
    where you read the articles.
    """
    rows: list[dict] = []
    for article in articles:
        if isinstance(article, Article):
            rows.extend(extract_article(article))
    frame = pd.DataFrame(rows, columns=COLUMNS)
    for col in ("start", "end"):
        frame[col] = frame[col].astype("int64")
    for col in ("value", "value_low", "value_high"):
        frame[col] = frame[col].astype("float64")
    frame["repeat_of"] = frame["repeat_of"].astype("Int64")
    for col in ("article", "surface", "qualifier", "unit", "metric", "attributed_to", "place", "period", "sentence"):
        frame[col] = frame[col].fillna("").astype(str)
    return frame
