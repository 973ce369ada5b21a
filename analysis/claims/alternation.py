"""Long regex alternations regrouped by first character, for speed.

Python's regex engine tries the branches of ``a|b|c`` one after another at
every position; a branch that begins with a literal character is skipped
cheaply, but a branch that begins with a group (``(?P<name>...)``,
``(?:...)``) is entered every time. :func:`by_first_char` rewrites a list of
alternatives as ``x(?:...)|y(?:...)|...``, one branch per first character,
keeping the alternatives' order within each branch. Only alternatives that
can begin with the same character can match at the same place, so the first
alternative that matches is the same as in ``"|".join(alternatives)``: the
rewritten pattern matches exactly the same text, only faster.

Each alternative may be given a group name: an empty named group at its end
then tells which alternative matched (``match.lastgroup``).
"""

from __future__ import annotations

import itertools
import re
from typing import Final

_LITERAL: Final = re.compile(r"[A-Za-z0-9 ]")
#: Letters that IGNORECASE matches with an ASCII letter although ``str.lower`` does not make them that letter
#: (dotted and dotless i, long s, the Kelvin sign).
ODD_FOLDS: Final = frozenset("\u0130\u0131\u017f\u212a")
_QUANTIFIERS: Final = ("?", "*", "+", "{")


def _scan(pattern: str):
    """(index, character, depth before it) for the characters of ``pattern`` outside escapes and classes."""
    depth = 0
    escaped = in_class = False
    for i, ch in enumerate(pattern):
        if escaped:
            escaped = False
        elif ch == "\\":
            escaped = True
        elif in_class:
            in_class = ch != "]"
        elif ch == "[":
            in_class = True
        else:
            yield i, ch, depth
            if ch == "(":
                depth += 1
            elif ch == ")":
                depth -= 1


def split_top(pattern: str) -> list[str]:
    """``pattern`` split at its top-level ``|`` (not inside a group or a character class)."""
    parts: list[str] = []
    start = 0
    for i, ch, depth in _scan(pattern):
        if ch == "|" and depth == 0:
            parts.append(pattern[start:i])
            start = i + 1
    parts.append(pattern[start:])
    return parts


def group_end(pattern: str) -> int:
    """Index just after the group that opens ``pattern``."""
    for i, ch, depth in _scan(pattern):
        if ch == ")" and depth == 1:
            return i + 1
    raise ValueError(f"unbalanced group: {pattern!r}")


def _split_first(alternative: str) -> list[tuple[str, str]]:
    """(first, rest) pairs, in order, whose alternation ``first rest|...`` equals ``alternative``.

    ``first`` is a literal character or ``\\d``. ``abc`` gives ``[("a", "bc")]``;
    a leading group is spread over its branches, in the order the engine
    tries them: ``(?:took|taken)x`` gives ``[("t", "ookx"), ("t", "akenx")]``
    and ``(?:on\\s+)?x`` gives ``on\\s+x`` then ``x``; ``\\d{1,2}`` becomes
    ``\\d\\d?``. Raises ValueError for anything else.
    """
    if len(split_top(alternative)) > 1:
        raise ValueError(f"alternative has a top-level '|': {alternative!r}")
    if alternative.startswith("(?:"):
        end = group_end(alternative)
        branches = split_top(alternative[3:end - 1])
        rest = alternative[end:]
        if rest[:1] == "?" and rest[1:2] not in ("?", "+"):
            branches, rest = branches + [""], rest[1:]
        elif rest[:1] in _QUANTIFIERS:
            raise ValueError(f"repeated leading group: {alternative!r}")
        return [pair for branch in branches for pair in _split_first(branch + rest)]
    if alternative.startswith("\\d"):
        rest = alternative[2:]
        if rest.startswith("{1,2}"):
            return [("\\d", "\\d?" + rest[5:])]
        if rest[:1] in _QUANTIFIERS:
            raise ValueError(f"repeated leading digit: {alternative!r}")
        return [("\\d", rest)]
    if alternative and _LITERAL.match(alternative) and alternative[1:2] not in _QUANTIFIERS:
        return [(alternative[0], alternative[1:])]
    raise ValueError(f"alternative does not begin with a literal character: {alternative!r}")


#: How many characters deep :func:`by_first_char` shares the first characters of alternatives (a trie).
DEPTH: Final = 4


def by_first_char(alternatives: list[str], names: list[str] | None = None, not_after: str = "") -> str:
    """One non-capturing group matching what ``"|".join(alternatives)`` matches, grouped by first character.

    Within the group of one first character, alternatives are grouped again
    by their next character, down to :data:`DEPTH` characters (``a(?:b(?:c|d)|e)``
    for ``abc|abd|ae``), as far as their order allows (:func:`_shared`: the same
    rules at every level, the first included).

    ``names`` (one per alternative, optional) ends each alternative with an
    empty group named ``<name>__<n>`` (``n`` counts from 0 over the whole
    pattern, so names may repeat). Alternatives must begin with a literal
    character, ``\\d`` or a group of such alternatives, and hold no numbered
    (unnamed) capturing group (ValueError otherwise).

    ``not_after`` (a one-character class such as ``[\\w-]``) gives
    ``(?<!not_after)(?:alternatives)``, checked just after the first
    character instead of before it: every branch then begins with a
    literal, which lets the engine skip to candidate characters (much
    faster when the first characters are rare, e.g. capitals).
    """
    items: list[tuple[str, str]] = []
    firsts: set[str] = set()
    for k, alternative in enumerate(alternatives):
        if _CAPTURING.search(alternative):
            # spreading a group over its branches copies what follows it: a numbered group would be numbered
            # twice, and the groups after it would move
            raise ValueError(f"alternative holds a numbered capturing group: {alternative!r}")
        firsts.update(first for first, _ in _split_first(alternative))  # raises if it begins with no literal
        # empty, at the end: branches still begin with a literal; numbered once the pattern is built
        items.append((alternative, f"(?P<{names[k]}__{_UNNUMBERED}>)" if names is not None else ""))
    if "\\d" in firsts and any(first.isdigit() for first in firsts):
        raise ValueError("a literal digit beside \\d: the order of alternatives would change")
    pattern = "(?:" + "|".join(_shared(items, DEPTH, not_after)) + ")"
    if names is not None:
        count = itertools.count()
        pattern = _TAG_NUMBER.sub(lambda _: f"__{next(count)}>", pattern)
    return pattern


#: The opening bracket of a numbered group: "(" not escaped and not followed by "?" (a named group copied twice
#: fails loudly when the pattern is compiled: "redefinition of group name").
_CAPTURING: Final = re.compile(r"(?<!\\)(?:\\\\)*\((?!\?)")
_UNNUMBERED: Final = "n"
_TAG_NUMBER: Final = re.compile(rf"__{_UNNUMBERED}>")


def _one_group(branches: list[str]) -> str:
    """``branches`` as one pattern element: the branch itself, or a non-capturing group of them."""
    return branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"


def _shared(items: list[tuple[str, str]], depth: int, not_after: str = "") -> list[str]:
    """Branches matching what ``"|".join(rest + tag for rest, tag in items)`` matches, in the same order of
    preference, with the first character shared by runs of rests that begin with it, ``depth`` levels down;
    ``not_after`` is checked after each first character of this level (see :func:`by_first_char`).

    A rest joins the group of an earlier rest only if no rest between them could match where it does: one that
    begins with no literal (an empty rest, ``\\s``, a class), the same letter in the other case (the pattern may
    ignore case) or a digit beside ``\\d``; rests that begin with different characters never match at the same
    place, so their order does not matter.
    """
    runs: list[tuple[str | None, list[tuple[str, str]]]] = []
    for rest, tag in items:
        try:
            pairs = _split_first(rest) if depth > 0 else None
        except ValueError:
            pairs = None
        if pairs is None:
            runs.append((None, [(rest, tag)]))
            continue
        for first, more in pairs:
            joined = False
            for key, members in reversed(runs):
                if key == first:
                    members.append((more, tag))
                    joined = True
                    break
                if key is None or key.lower() == first.lower() or (key == "\\d" and first.isdigit()) \
                        or (first == "\\d" and key.isdigit()):
                    break
            if not joined:
                runs.append((first, [(more, tag)]))
    branches = []
    for key, members in runs:
        head = "" if key is None else (key if key == "\\d" else re.escape(key)) + (
            f"(?<!{not_after}.)" if not_after else "")
        if key is None or len(members) == 1:
            branches.append(head + members[0][0] + members[0][1])
        else:
            branches.append(head + _one_group(_shared(members, depth - 1)))
    return branches


def lowers_exactly(text: str, low: str) -> bool:
    """Whether a pattern written in lower case and run on ``low`` (``text.lower()``) finds what the same
    pattern with IGNORECASE finds in ``text``, at the same offsets: lower-casing kept the length, and no letter
    of ``text`` folds to an ASCII letter other than its lower case (:data:`ODD_FOLDS`). True for all ASCII text,
    and for most text with curly quotes, dashes or accented letters."""
    return len(low) == len(text) and (text.isascii() or not any(c in text for c in ODD_FOLDS))  # 4 substring scans
