"""Currencies of the amounts of the reports, as ISO 4217 codes.

The codes and names are ISO 4217's, from ``pycountry`` (maintained with the standard); the
names the reports write otherwise ("lei", "soles", "NIS") are in ``currency_names.tsv``. A name
that several currencies share ("pesos", "rupees", "dinars") is the one of the subject country
(the currency whose name starts like the country's: Mexico → Mexican Peso).
"""
from __future__ import annotations

import functools
import re
from pathlib import Path
from typing import Any, cast

import pycountry

NAMES_FILE = Path(__file__).with_name("currency_names.tsv")


# ISO 4217 codes of no money one is paid in: metals, units of account, test and "no currency" codes,
# whose names end in common words ("... where no currency is involved": "90 involved forced labor")
_NO_MONEY = frozenset({"XAG", "XAU", "XBA", "XBB", "XBC", "XBD", "XDR", "XPD", "XPT", "XSU", "XTS", "XUA", "XXX"})


@functools.lru_cache(maxsize=1)
def _tables() -> tuple[dict[str, str], dict[str, list[str]], re.Pattern, re.Pattern]:
    """(code by full name, codes by last word of the name, pattern of names, pattern of codes)."""
    by_name: dict[str, str] = {}
    by_word: dict[str, list[str]] = {}
    for currency in pycountry.currencies:
        if currency.alpha_3 in _NO_MONEY:
            continue
        name = currency.name.lower()
        by_name.setdefault(name, currency.alpha_3)
        by_word.setdefault(name.split()[-1], []).append(currency.alpha_3)
    for line in NAMES_FILE.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        written, iso_name = line.split("\t")[:2]
        iso_name = iso_name.strip().lower()
        if iso_name in by_name:
            by_name.setdefault(written.lower(), by_name[iso_name])
        else:
            by_word.setdefault(written.lower(), []).extend(by_word.get(iso_name, []))
    names = sorted(set(by_name) | set(by_word), key=lambda n: (-len(n), n))
    plural = r"(?:s|es)?"
    name_pattern = re.compile(r"(?:\s+(?:million|billion|thousand))?\s+(?P<name>(?:%s)%s)\b(?:\s*\((?P<code>[A-Z]{3})\))?"
                              % ("|".join(re.escape(n) for n in names), plural), re.I)
    codes = sorted(c.alpha_3 for c in pycountry.currencies if c.alpha_3 not in _NO_MONEY)
    code_pattern = re.compile(r"\b(?P<code>%s)\b" % "|".join(codes))
    return by_name, by_word, name_pattern, code_pattern


@functools.lru_cache(maxsize=1)
def _codes_by_country() -> dict[tuple[str, str], str]:
    """The code a name stands for in a country, from the lines of ``currency_names.tsv`` that list countries
    (ISO 3166 alpha-2) in a third column: "CFA francs" are XOF in Senegal and XAF in Cameroon."""
    by_code = {c.name.lower(): c.alpha_3 for c in pycountry.currencies}
    found: dict[tuple[str, str], str] = {}
    for line in NAMES_FILE.read_text(encoding="utf-8").splitlines():
        columns = line.split("\t")
        if line.startswith("#") or len(columns) < 3:
            continue
        code = by_code.get(columns[1].strip().lower())
        if code is None:
            continue
        for country in columns[2].split():
            found[(columns[0].strip().lower(), country)] = code
    return found


def code_of(name: str, country_name: str | None = None, country_code: str | None = None) -> str | None:
    """The ISO 4217 code of a currency name as written ("Kenyan shillings" → KES, "pesos" in Mexico → MXN); a name
    several currencies share is the one of the country (``country_code``, ISO 3166 alpha-2, or ``country_name``).

    Examples
    --------
    >>> code_of("Kazakhstani Tenge"), code_of("lei", "Moldova"), code_of("pesos", "Mexico")
    ('KZT', 'MDL', 'MXN')
    >>> code_of("kroner", "Denmark", "DK"), code_of("CFA francs", "Senegal", "SN"), code_of("crowns", "Czechia", "CZ")
    ('DKK', 'XOF', 'CZK')
    """
    by_name, by_word, _, _ = _tables()
    name = re.sub(r"\s+", " ", name.strip().lower())
    for candidate in _singulars(name):
        if country_code and (candidate, country_code) in _codes_by_country():
            return _codes_by_country()[(candidate, country_code)]
    for candidate in _singulars(name):
        if candidate in by_name:
            return by_name[candidate]
    words = name.split()
    for candidate in _singulars(words[-1]):
        codes = by_word.get(candidate)
        if codes:
            return _by_country(codes, country_name, words[0] if len(words) > 1 else None, country_code)
    return None


def national_currency(country_code: str | None) -> str | None:
    """The one ISO 4217 code that opens with a country's ISO 3166 code: its own currency (``None`` for a country
    that uses another's, as the euro countries do).

    >>> national_currency("IS"), national_currency("KE"), national_currency("FR")
    ('ISK', 'KES', None)
    """
    if not country_code:
        return None
    codes = {c.alpha_3 for c in pycountry.currencies if c.alpha_3.startswith(country_code) and c.alpha_3 not in _NO_MONEY}
    return codes.pop() if len(codes) == 1 else None


def _singulars(word: str) -> tuple[str, ...]:
    return (word, re.sub(r"s$", "", word), re.sub(r"es$", "", word))


def _by_country(codes: list[str], country_name: str | None, adjective: str | None, country_code: str | None = None) -> str | None:
    if len(set(codes)) == 1:
        return codes[0]
    # a national currency's code opens with its country's (ISO 4217): "kroner" in Denmark are DKK, "dirhams" in the
    # United Arab Emirates AED
    national = {c for c in codes if country_code and c.startswith(country_code)}
    if len(national) == 1:
        return national.pop()
    for hint in (adjective, country_name):
        if not hint:
            continue
        stem = hint.lower()[:4]
        # every code in ``codes`` comes from pycountry's own table, so get() finds it
        matches = [c for c in codes if cast(Any, pycountry.currencies.get(alpha_3=c)).name.lower().startswith(stem)]
        if len(set(matches)) == 1:
            return matches[0]
    return None


def currency_at(text: str, start: int, end: int, country_name: str | None = None,
                country_code: str | None = None) -> tuple[str, int, int] | None:
    """The currency of the amount ``text[start:end]``: ``(code, start, end)`` of the amount with its
    currency words, from an ISO code before it ("NPR 12.6 million") or a name or code after it
    ("25.97 million Kazakhstani Tenge (KZT)", "24 million KZT"); ``None`` when it names none.
    """
    _, _, name_pattern, code_pattern = _tables()
    before = re.search(r"\b(?P<code>[A-Z]{3})\s*$", text[max(0, start - 5):start])
    if before and code_pattern.fullmatch(before.group("code")):
        return before.group("code"), start - (len(text[max(0, start - 5):start]) - before.start()), end
    after = re.match(r"(?:\s+(?:million|billion|thousand))?\s+(?P<code>[A-Z]{3})\b", text[end:])
    if after and code_pattern.fullmatch(after.group("code")):
        return after.group("code"), start, end + after.end()
    # a name: up to two words before the currency's word ("Kenyan shillings", "Kazakhstani Tenge", "new kwacha",
    # "Eastern Caribbean dollars", "West African Franc")
    named = re.match(r"(?:\s+(?:million|billion|thousand))?\s+(?P<adj>(?:[A-Z][\w-]+\s+){1,2}|new\s+|convertible\s+)?(?P<word>[A-Za-zó]+)\b"
                     r"(?:\s*\((?P<code>[A-Z]{3})\))?", text[end:])
    if named:
        if named.group("code") and code_pattern.fullmatch(named.group("code")):
            if code_of((named.group("adj") or "") + named.group("word"), country_name, country_code) or named.group("adj"):
                return named.group("code"), start, end + named.end()
        for words in ((named.group("adj") or "") + named.group("word"), named.group("word")):
            code = code_of(words, country_name, country_code) if words.strip() else None
            if code and _is_currency_word(named.group("word")):
                return code, start, end + named.end()
    return None


def _is_currency_word(word: str) -> bool:
    by_name, by_word, _, _ = _tables()
    word = word.lower()
    return any(w in by_word or w in by_name for w in _singulars(word))
