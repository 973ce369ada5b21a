"""Country codes: ISO 3166-1 alpha-3 checks, normalisation and names (via pycountry).

Every country parameter in Tally is an ISO3 code; these helpers turn what a
user typed into that code, or say clearly why they cannot.
"""

from __future__ import annotations

from functools import lru_cache

import pycountry

from analysis.errors import ParameterError

#: Codes publishers use that are not ISO 3166-1 countries (UNHCR's table).
SPECIAL_CODES = {
    "UNK": "Unknown",
    "XXA": "Stateless",
    "TIB": "Tibetan",
}


@lru_cache(maxsize=None)
def normalise(code: str, *, allow_special: bool = False) -> str:
    """Return the ISO3 code for ``code`` (ISO3, ISO2 or an exact country name).

    Raises :class:`ParameterError` for anything pycountry does not know.
    ``allow_special`` also accepts publisher codes like ``UNK`` (unknown).
    """
    if not isinstance(code, str) or not code.strip():
        raise ParameterError(f"country must be an ISO3 code like 'SYR', got {code!r}")
    text = code.strip()
    upper = text.upper()
    if allow_special and upper in SPECIAL_CODES:
        return upper
    found = None
    if len(upper) == 3:
        found = pycountry.countries.get(alpha_3=upper)
    elif len(upper) == 2:
        found = pycountry.countries.get(alpha_2=upper)
    if found is None and len(text) > 3:
        try:
            found = pycountry.countries.lookup(text)
        except LookupError:
            found = None
    if found is None:
        raise ParameterError(f"unknown country code {code!r}: expected an ISO 3166-1 alpha-3 code like 'SYR'")
    return found.alpha_3


def is_iso3(code: str) -> bool:
    """True when ``code`` is an ISO 3166-1 alpha-3 code (exact, upper case)."""
    return isinstance(code, str) and len(code) == 3 and code.isupper() and \
        pycountry.countries.get(alpha_3=code) is not None


def name(code: str) -> str:
    """The short English name of ISO3 ``code`` (common name where pycountry has one)."""
    upper = code.strip().upper() if isinstance(code, str) else code
    if upper in SPECIAL_CODES:
        return SPECIAL_CODES[upper]
    country = pycountry.countries.get(alpha_3=normalise(code))
    return getattr(country, "common_name", None) or country.name


def slug(code: str) -> str:
    """A lower-case file-name slug for ``code``'s country (``SYR`` -> ``syria``)."""
    text = name(code).split(",")[0].lower()
    for word in ("republic", "arab", "of", "the", "islamic", "democratic", "people's", "federal"):
        text = text.replace(word, " ")
    return "_".join(text.split()) or code.lower()
