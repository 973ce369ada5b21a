"""Who a figure is credited to: "according to X", "X said", "said X", quotes.

:class:`Attributor` reads an article's sentences on demand; a quotation closed
by "he said" (or a bare quotation after "X said:") is credited to the last
person named as a speaker in the sentences before.
"""

from __future__ import annotations

import re

from analysis.claims.alternation import by_first_char, split_top

_NAME_WORD = r"(?:[A-Z][\w'\u2019.&-]*|al-\w+|el-\w+|bin|ibn|of|for|the|de|and|on|in|al|van|von|abu|abou|\d+)"
_SAY = (
    r"said|says|say|reported|reports|report|told|tells|stated|states|announced|announces|added|adds|"
    r"confirmed|confirms|estimated|estimates|quoted|cited|documented|documents|recorded|records|counted|"
    r"wrote|tweeted|posted|noted|explained|warned|insisted|declared|revealed|indicated|claimed|claims|"
    r"put\s+the\s+(?:death\s+)?toll|puts\s+the\s+(?:death\s+)?toll|reckons|believes"
)
_SAY_RE = re.compile(rf"\b{by_first_char(split_top(_SAY))}\b")  # = \b(?:{_SAY})\b, faster (alternation.py)
_NOT_SAY = re.compile(
    r"(?:claimed|claims)\s+(?:the\s+)?(?:li(?:fe|ves)|responsibility|control)|report(?:s)?\s+(?:of|on|that)?\s*$",
    re.IGNORECASE,
)
_PASSIVE = re.compile(r"\b(?:were|was|been|being|is|are|be)\s+(?:\w+ly\s+)?$", re.IGNORECASE)
_ACCORDING = re.compile(
    r"\b(?:according\s+to|citing|cited\s+by|quoted\s+by|reported\s+by|as\s+reported\s+by|figures\s+from|"
    r"data\s+from|a\s+report\s+by|a\s+statement\s+(?:by|from))\s+(?P<src>[^,;.()\u201c\u201d\"]{2,90})",
    re.IGNORECASE,
)
_ACCORDING_LOWER = re.compile(_ACCORDING.pattern.lower().replace("(?p<", "(?P<"))
#: Every :data:`_ACCORDING_LOWER` match contains one of these.
_ACCORDING_WORDS = ("according", "citing", "cited", "quoted", "report", "figures", "data", "statement")
_PRONOUNS = {"he", "she", "they", "it", "we", "i", "him", "her"}
_NOT_SOURCES = {"its", "it's", "it\u2019s", "it", "this", "that", "there", "these", "those", "what", "which", "who",
                "when", "where", "if", "some", "many", "most", "all", "no", "nobody", "one", "you", "our", "my", "your",
                "we", "us"}
_SOURCE_WORDS = {
    "observatory", "ministry", "officials", "official", "sources", "source", "activists", "activist", "spokesman",
    "spokeswoman", "spokesperson", "monitor", "agency", "media", "army", "police", "witnesses", "witness",
    "residents", "doctors", "doctor", "medics", "medic", "group", "council", "committee", "network", "state",
    "television", "tv", "news", "general", "commander", "governor", "minister", "director", "head", "chief",
    "military", "security", "senior", "local", "rebel", "rebels", "opposition", "medical", "health", "government",
    "regime", "statement", "report", "organization", "organisation", "centre", "center", "office", "channel",
    "newspaper", "station", "broadcaster", "website", "outlet", "coalition", "forces", "command", "team",
    "workers", "defence", "defense", "civil", "white", "helmets", "rescuers", "rescue", "authorities", "un",
    "people", "person", "man", "woman", "resident", "official's", "daily", "paper", "hospital", "volunteers",
    "correspondent", "reporter", "journalist", "bulletin", "figures", "data", "tally", "count", "of", "for", "and", "rights", "human", "independent", "international", "relief", "humanitarian",
}
_NAME_GLUE = {"of", "for", "and", "the", "a", "an", "al", "de", "on", "in", "based", "news", "agency"}
_SAY_WORDS = {"said", "says", "reported", "told", "stated", "announced", "added", "confirmed", "estimated",
              "executed", "killed", "claimed"}
_QUOTES = "\"\u201c\u201d\u2018\u2019"
_LEAD_DROP = re.compile(r"^(?:and|but|while|as|though|although|whereas|meanwhile|also|then|so|the|a|an)\s+", re.I)
_TAIL_DROP = re.compile(r"\s+(?:also|later|earlier|previously|separately|on\s+\w+day|had|has|have|on|in|to)$", re.I)


#: Longest attribution kept, in word tokens, so that no run of article text
#: long enough to be a passage enters the ledger.
MAX_NAME_TOKENS = 10
_TOKEN = re.compile(r"[A-Za-z0-9]+")


def _cut_source(text: str) -> str:
    """The source named after "according to": stop at the first word that cannot be part of a name."""
    kept: list[str] = []
    for word in text.split():
        bare = word.strip(_QUOTES)
        low = bare.lower()
        if bare[:1].isdigit() or (kept and (low in _SAY_WORDS or (
                bare[:1].islower() and low not in _SOURCE_WORDS and low not in _NAME_GLUE and not low.endswith("based")
                and not low.startswith(("al-", "el-"))))):
            break
        kept.append(word)
    return " ".join(kept)


def _clean(name: str) -> str:
    name = name.strip().strip(_QUOTES + " ,:-\u2013\u2014")
    prev = None
    while prev != name:
        prev = name
        name = _LEAD_DROP.sub("", name).strip()
        name = _TAIL_DROP.sub("", name).strip()
        name = _cap_tokens(name)
    if name.endswith(".") and not re.search(r"(?:\b[A-Z]\.)+$", name):
        name = name[:-1].rstrip()
    return name


def _cap_tokens(name: str) -> str:
    """A name, not a passage: at most :data:`MAX_NAME_TOKENS` word tokens (split at
    hyphens and apostrophes too), keeping the end, where the person or body is named."""
    words = name.split()
    while len(words) > 1 and len(_TOKEN.findall(" ".join(words))) > MAX_NAME_TOKENS:
        words.pop(0)
    return " ".join(words)


_PASSIVE_VERBS = {"were", "was", "been", "being", "is", "are", "be"}


def _trailing_word(text: str) -> int:
    """Start of the run of word characters (``\\w``) that ends ``text``."""
    j = len(text)
    while j and (text[j - 1].isalnum() or text[j - 1] == "_"):
        j -= 1
    return j


def _passive_before(left: str) -> bool:
    """Whether ``left`` ends in a passive auxiliary ("were ", "was reportedly "): ``bool(_PASSIVE.search(left))``,
    read from the end instead of scanning the whole text (ASCII; other text goes to the pattern)."""
    if not left.isascii():
        return _PASSIVE.search(left) is not None
    stripped = left.rstrip()
    if len(stripped) == len(left):
        return False  # the pattern ends in whitespace
    j = _trailing_word(stripped)
    word = stripped[j:].lower()
    if word in _PASSIVE_VERBS:
        return True
    if len(word) > 2 and word.endswith("ly") and j and stripped[j - 1].isspace():
        before = stripped[:j].rstrip()
        return before[_trailing_word(before):].lower() in _PASSIVE_VERBS
    return False


_ARTICLES = {"a", "an", "the"}
_DAYS = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today", "yesterday"}


def _trailing_np(left: str) -> str:
    """The noun phrase that ends ``left`` (the subject just before a say-verb).

    Walks back over capitalised words and source nouns ("the Syrian
    Observatory for Human Rights", "a monitoring group"); stops after an
    article, so "... killing 11 people the Observatory" gives "Observatory".
    """
    words = left.split()
    kept: list[str] = []
    for word in reversed(words):
        bare = word.strip(_QUOTES + ",;:()")
        if bare != word and kept:
            break
        if not bare:
            break
        low = bare.lower()
        if low in _PRONOUNS and not kept:
            kept.append(bare)
            break
        if low in _ARTICLES:
            break
        if bare[0].isupper() or low in _SOURCE_WORDS or low.startswith(("al-", "el-")) or (
            "-" in bare and bare.split("-")[0][:1].isupper()
        ) or (low.endswith("-based") or low == "monitoring"):
            if low in _DAYS:
                break
            kept.append(bare)
            if len(kept) >= 10:
                break
            continue
        break
    kept.reverse()
    if kept and kept[0].lower() in _NOT_SOURCES:
        return ""
    while kept and kept[0].lower() in {"of", "for", "and"}:
        kept = kept[1:]
    return _clean(" ".join(kept))


_APPOSITIVE = re.compile(
    rf"^\s*[{_QUOTES}]?(?P<np>(?:{_NAME_WORD})(?:\s+{_NAME_WORD}){{0,8}}?)\s*,\s+"
    r"(?:a|an|the|who|its|his|her|their|one|head|chief|spokesman|director|commander)\b"
)


_CLAIM_LIVES = re.compile(r"claim\w*\s+the\s+li", re.IGNORECASE)


class Attributor:
    """Finds the source a figure is credited to in an article's sentences.

    Sentences are read only when asked for (and cached), so an article's
    sentences without figures cost nothing.
    """

    def __init__(self, sentences: list[str]) -> None:
        self.sentences = sentences
        self._cache: dict[int, tuple[str, str]] = {}

    def _subject(self, sentence: str, verb_start: int) -> str:
        left = sentence[:verb_start]
        if _passive_before(left):
            return ""
        stripped = left.rstrip()
        cut = max(stripped.rfind(q) for q in _QUOTES + ";:(\u2014")
        candidate = stripped[cut + 1:] if cut >= 0 else stripped
        if candidate.endswith(","):
            # "X, a spokesman for the council, said": the name before the appositive
            m = _APPOSITIVE.match(sentence)
            if m and m.end() <= verb_start:
                return _clean(m.group("np"))
        np = _trailing_np(candidate.rstrip(" ,"))
        if np and np.lower() not in {"the", "a", "an"}:
            return np
        m = _APPOSITIVE.match(sentence)
        if m and m.end() <= verb_start:
            return _clean(m.group("np"))
        return ""

    def _inverted(self, sentence: str, verb_end: int) -> str:
        """'..., said the Syrian Observatory.'"""
        right = sentence[verb_end:verb_end + 120]
        m = re.match(
            rf"\s+(?P<np>(?:the\s+|a\s+|an\s+)?(?:{_NAME_WORD}|[a-z]+)(?:\s+(?:{_NAME_WORD}|[a-z-]+)){{0,9}}?)"
            r"\s*(?:[,.;]|$|\s+(?:on|in|at|who|which|adding|told|citing|as)\b)",
            right,
        )
        if not m:
            return ""
        np = _clean(m.group("np"))
        if not np or np.split()[0].lower() in {"that", "it", "there", "this"}:
            return ""
        if not any(w[:1].isupper() or w.lower() in _SOURCE_WORDS for w in np.split()):
            return ""
        return np

    def _raw(self, i: int) -> tuple[str, str]:
        """(name, kind) for sentence ``i``: kind is "named", "pronoun", "quote" or "none"."""
        if i in self._cache:
            return self._cache[i]
        sentence = self.sentences[i]
        result = ("", "none")
        lowered = sentence.lower()
        if len(lowered) != len(sentence):
            m = _ACCORDING.search(sentence)
        elif any(w in lowered for w in _ACCORDING_WORDS):  # a cheap test first: most sentences have none
            m = _ACCORDING_LOWER.search(lowered)
        else:
            m = None
        if m:
            m = _ACCORDING.match(sentence, m.start())
        src = _clean(_cut_source(m.group("src"))) if m else ""
        if src:
            result = (src, "named")
        else:
            for v in _SAY_RE.finditer(sentence):
                if _NOT_SAY.match(sentence, v.start(), v.start() + 40) or (
                        v.group().startswith("claim") and _CLAIM_LIVES.match(sentence, v.start())):
                    continue
                name = self._subject(sentence, v.start())
                if not name:
                    before = sentence[:v.start()].rstrip()
                    if before.endswith((",", "\u201d", '"', "\u2019")) or not before:
                        name = self._inverted(sentence, v.end())
                if name:
                    result = (name, "pronoun" if name.lower() in _PRONOUNS else "named")
                    break
            else:
                if sentence.lstrip()[:1] in "\u201c\"":
                    result = ("", "quote")
        self._cache[i] = result
        return result

    def _previous_speaker(self, i: int) -> str:
        """The last person or body named as a speaker before sentence ``i`` (up to 8 sentences back)."""
        for j in range(i - 1, max(-1, i - 9), -1):
            name, kind = self._raw(j)
            if kind == "named" and any(w[:1].isupper() for w in name.split()):
                return name
        return ""

    def source(self, i: int) -> str:
        """The source credited in sentence ``i`` ("" if none).

        A pronoun ("he said") or a bare quotation is credited to the last
        named speaker of the sentences before.
        """
        name, kind = self._raw(i)
        if kind == "named":
            return name
        if kind in ("pronoun", "quote"):
            return self._previous_speaker(i)
        return ""
