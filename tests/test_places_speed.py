"""The quick tests and caches of :mod:`analysis.claims.places` give what the plain code gave.

Each test compares a fast path with the code it replaced, kept here as the reference, over many
strings made up here (no article text).
"""

from __future__ import annotations

import itertools
import random
import re

from analysis.claims import places

# --------------------------------------------------------------------------
# The code the quick paths replaced
# --------------------------------------------------------------------------

_OLD_LONG_WORD = re.compile(r"\b[A-Za-z][a-z]{3,}")


def old_headline(sentence: str) -> bool:
    words = _OLD_LONG_WORD.findall(sentence)
    return len(words) >= 4 and sum(w[0].isupper() for w in words) >= 0.7 * len(words)


def old_extend(sentence: str, start: int, end: int) -> tuple[int, int]:
    if start and sentence[start - 1] == " ":
        before = sentence[max(0, start - 16):start]
        word = before.rstrip().rsplit(None, 1)[-1] if before.strip() else ""
        if word.lower() in places._DIRECTIONS:
            start -= len(before) - len(before.rstrip()) + len(word)
    a = places._AREA_WORD.match(sentence, end)
    if a:
        end = a.end()
    return start, end


# --------------------------------------------------------------------------
# Made-up text: words that are and are not directions, odd spaces and letters
# --------------------------------------------------------------------------

_WORDS = sorted(places._DIRECTIONS) + [
    "in", "the", "of", "near", "to", "North", "SOUTH-WEST", "Eastern", "rural", "Rural", "upper", "Lower", "CENTRAL",
    "northerly", "eastward", "westerner", "Central-", "mid", "a", "x", "th", "rn", "st", "al", "er", "Kelvin",
    "\u212aeast", "nor\u0131h", "\u0130st", "\u03a3st", "wes\u03a3", "sou\u1e6dh", "NORT\u0397", "Ba\u015f",
    "Town", "Fields", "Hills", "Aleppo", "Goma", "Idlib", "province", "region", "district", "city", "camp",
]
_GAPS = [" ", " ", " ", "  ", "\t", "\n", "\u00a0", " \u00a0", "-", ", ", ""]


def made_up(rng: random.Random, n: int) -> list[str]:
    out = []
    for _ in range(n):
        parts = []
        for _ in range(rng.randint(1, 9)):
            parts.append(rng.choice(_WORDS))
            parts.append(rng.choice(_GAPS))
        out.append("".join(parts))
    return out


def test_the_direction_before_a_place_is_found_as_before():
    rng = random.Random(7)
    checked = extended = 0
    for sentence in made_up(rng, 4000):
        for start, end in itertools.product(range(len(sentence) + 1), (len(sentence), rng.randint(0, len(sentence)))):
            got = places._extend(sentence, start, end)
            assert got == old_extend(sentence, start, end), (sentence, start, end)
            checked += 1
            extended += got[0] != start
    assert extended > 1000 and checked > 100_000  # directions were found, often


def test_a_headline_is_told_as_before():
    rng = random.Random(11)
    words = ["Killed", "killed", "Five", "five", "Civilians", "in", "In", "Rocket", "attacks", "McDonald", "x",
             "ABCD", "Abcd", "aBcd", "\u00c9cole", "caf\u00e9s", "Stra\u00dfe", "don't", "Don't", "2024", "Al-Hol"]
    titled = 0
    for _ in range(20000):
        sentence = " ".join(rng.choice(words) for _ in range(rng.randint(0, 12)))
        assert places._headline(sentence) == old_headline(sentence), sentence
        titled += old_headline(sentence)
    assert titled > 1000


def old_resolve(g, codes, weight, has_article=False):
    by_country: dict[str, list[int]] = {}
    for c in codes:
        by_country.setdefault(g.iso3[c >> 2], []).append(c)
    if len(by_country) > 1 and has_article:
        with_article = {iso: cs for iso, cs in by_country.items() if any(c & 1 == 0 for c in cs)}
        if len(with_article) == 1:
            by_country = with_article
    if len(by_country) > 1:
        named = {iso: w for iso in by_country if (w := weight(iso))}
        if named:
            top = max(named.values())
            best = [iso for iso, n in named.items() if n == top]
            if len(best) != 1:
                return "", ""
            iso = best[0]
        else:
            ranks = {iso: min(places._rank(g, c) for c in cs) for iso, cs in by_country.items()}
            top = min(ranks.values())
            best = [iso for iso, r in ranks.items() if r == top]
            if len(best) != 1 or sorted(ranks.values())[1] - top < 2:
                return "", ""
            iso = best[0]
    else:
        iso = next(iter(by_country))
    chosen = by_country[iso]
    top = min(places._rank(g, c) for c in chosen)
    return iso, places._admin1_of(g, [c for c in chosen if places._rank(g, c) <= top + 1])


def test_a_name_resolves_as_before_whatever_the_article_names():
    g = places.gazetteer()
    rng = random.Random(3)
    shared = [v for v in g.index.values() if isinstance(v, tuple)]
    rng.shuffle(shared)
    several = 0
    for codes in shared[:8000] + [(c,) for c in range(0, 4 * len(g.iso3), 997)]:
        isos = sorted({g.iso3[c >> 2] for c in codes})
        several += len(isos) > 1
        for _ in range(3):
            weights = {iso: rng.choice((0, 0, 1, 2, 3)) for iso in isos}
            for has_article in (False, True):
                got = places.resolve(g, codes, weights.__getitem__, has_article)
                assert got == old_resolve(g, codes, weights.__getitem__, has_article), (codes, weights, has_article)
    assert several > 1500  # names of several countries, the cases that weigh the article


_OLD_TAIL = r"(?:\.(?:[A-Z]\.)+|[\w'\u2019\u2018\u02bb]*(?:-[^\W_][\w'\u2019\u2018\u02bb]*)*)"
_OLD_NAME_WORD = rf"(?:(?:(?:al|el|ad|ag|ar|as|an|ash|az|ed|ez|at)-)?[A-Z\u00c0-\u00de]{_OLD_TAIL})"
_OLD_MORE = (rf"(?:[ -](?:(?:of|the|de|del|da|do|dos|das|la|le|les|du|des|al|el|ad|ag|ar|as|an|ash|az|ed|ez|at|and|"
             rf"en|sur|wa|y|e|di|bin|ibn|ben|abu|bani|beni)[ -])*{_OLD_NAME_WORD})*")


def test_runs_of_capitalised_words_are_found_as_before():
    old = re.compile(places._RUN.pattern.replace(places._MORE, _OLD_MORE))
    assert old.pattern != places._RUN.pattern
    rng = random.Random(13)
    words = ["of", "the", "de", "del", "des", "da", "e", "el", "al", "an", "and", "at", "abu", "bani", "bin", "y",
             "Bani", "Al", "al-", "el-", "ash-", "at-", "Deir", "ez-", "Zor", "Republic", "Congo", "Abu", "Dhabi",
             "U.S.", "Kafr", "Nabl", "Ras", "Ain", "killed", "The", "In", "\u00c9cole", "Sur", "Y", "E"]
    found = 0
    for _ in range(20000):
        text = "".join(rng.choice(words) + rng.choice([" ", " ", "-", ", ", ""]) for _ in range(rng.randint(1, 8)))
        spans = [m.span() for m in places._RUN.finditer(text)]
        assert spans == [m.span() for m in old.finditer(text)], text
        found += len(spans)
    assert found > 20000


#: One pattern with the area word in a lookahead: what the quick way of :func:`places._unknown_places` (the area
#: word found first, then the name before it) must find.
NAMED_AREA = re.compile(rf"(?<![\w'\u2019-])(?P<place>{places._AREA_NAME_WORDS})"
                        rf"(?=\s+(?:{places._NAMED_AREA_WORDS})\b)")


def test_names_before_area_words_are_found_as_one_pattern_finds_them():
    rng = random.Random(17)
    words = ["Tawila", "Nasir", "Al", "al-", "el-Fasher", "Sheikh", "Maqsud", "Kurdish-majority", "O'Brien",
             "Ab\u2019d", "town", "village", "camp", "district", "locality", "state", "State", "Town", "neighbourhood", "of", "the",
             "and", "x", "X", "killed", "ABC", "sub-district", "towns", "camps", "Qarnab", "-", "'"]
    found = 0
    for _ in range(30000):
        gaps = [" ", " ", "  ", "\n", "-", ", ", ""]
        text = "".join(rng.choice(words) + rng.choice(gaps) for _ in range(rng.randint(1, 9)))
        quick = [m.span(1) for m in places._named_areas(text)]
        assert quick == [m.span(1) for m in NAMED_AREA.finditer(text)], text
        found += len(quick)
    assert found > 5000


def test_the_place_that_labels_a_figure_is_found_as_the_gap_pattern_finds_it():
    """:func:`places._place_before` reads back from the figure; the reference tries :data:`places._LABEL_GAP`
    from the end of each place."""
    rng = random.Random(19)
    pieces = ["Chad", "Doma", " ", "  ", "\t", ":", "-", "\u2013", "(", ",", "x", "\n", "Kenya", "Tal Abyad"]
    found_some = 0
    for _ in range(20000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 12))) + "40"
        start = len(text) - 2
        spans = sorted({(m.start(), m.end()) for m in re.finditer(r"Chad|Doma|Kenya|Tal", text)})
        found = tuple(places.Place(s, e, text[s:e], "TCD", "") for s, e in spans)
        old = next((p for p in found if p.end <= start and places._LABEL_GAP.fullmatch(text, p.end, start)), None)
        assert places._place_before(text, found, start) == old, text
        found_some += old is not None
    assert found_some > 3000
