"""Currencies of the amounts of the reports, as ISO 4217 codes.

The codes and names are ISO 4217's, from ``pycountry`` (maintained with the standard); the
names the reports write otherwise ("lei", "soles", "NIS") are in ``currency_names.tsv``. A name
that several currencies share ("pesos", "rupees", "dinars") is the one of the subject country
(the currency whose name starts like the country's: Mexico → Mexican Peso). Currencies ISO 4217
has withdrawn (the euro adopters' since 2006) are units of ``ontology/response.ttl``, named by
their full names or by the lines of ``currency_names.tsv`` that list their countries.
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from pathlib import Path

import pycountry
from rdflib.namespace import SKOS

from ..model import InputError
from ..vocab import TIP, vocabulary_graph

NAMES_FILE = Path(__file__).with_name("currency_names.tsv")


# ISO 4217 codes of no money one is paid in: metals, units of account, test and "no currency" codes,
# whose names end in common words ("... where no currency is involved": "90 involved forced labor")
_NO_MONEY = frozenset({"XAG", "XAU", "XBA", "XBB", "XBC", "XBD", "XDR", "XPD", "XPT", "XSU", "XTS", "XUA", "XXX"})


@functools.lru_cache(maxsize=1)
def _withdrawn() -> dict[str, str]:
    """Codes ISO 4217 has withdrawn since the reports stated amounts in them (pycountry lists only those in use), by
    their names: the currency units of ``ontology/response.ttl`` whose code pycountry does not know (the lev, kuna,
    koruna, Cypriot pound ... of the countries that adopted the euro after 2006)."""
    graph = vocabulary_graph()
    found: dict[str, str] = {}
    for unit in graph.subjects(SKOS.inScheme, TIP.UnitScheme):
        code = str(graph.value(unit, SKOS.notation))
        if re.fullmatch(r"[A-Z]{3}", code) and pycountry.currencies.get(alpha_3=code) is None:
            found[str(graph.value(unit, SKOS.prefLabel)).lower()] = code
    return found


@dataclass(frozen=True)
class _NameLine:
    """A line of ``currency_names.tsv``: a name as written, the ISO 4217 name (or its last word) it stands for, and the
    countries (ISO 3166 alpha-2) it holds for, if it holds for some only."""

    number: int
    written: str
    iso_name: str
    countries: tuple[str, ...]


def _name_lines() -> list[_NameLine]:
    lines = []
    for number, line in enumerate(NAMES_FILE.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        columns = line.split("\t")
        if len(columns) < 2 or not columns[0].strip() or not columns[1].strip():
            raise InputError(f"{NAMES_FILE}:{number}: a line is a name as written and its ISO 4217 name, separated by a tab")
        lines.append(_NameLine(number, columns[0].strip().lower(), columns[1].strip().lower(),
                               tuple(columns[2].split()) if len(columns) > 2 else ()))
    return lines


@functools.lru_cache(maxsize=1)
def _tables() -> tuple[dict[str, str], dict[str, list[str]], re.Pattern, dict[tuple[str, str], str]]:
    """(code by full name, codes by last word of the name, pattern of codes, code by name and country).

    A line of ``currency_names.tsv`` with countries holds for those only ("crowns" are CZK in Czechia, SKK in Slovakia),
    never for the others; a line whose ISO name is none raises :class:`~kg.model.InputError` naming it."""
    by_name: dict[str, str] = {}
    by_word: dict[str, list[str]] = {}
    for currency in pycountry.currencies:
        if currency.alpha_3 not in _NO_MONEY:
            by_name.setdefault(currency.name.lower(), currency.alpha_3)
            by_word.setdefault(currency.name.lower().split()[-1], []).append(currency.alpha_3)
    # a withdrawn currency by its full name only: its last word is a currency's of today ("koruna", "pound") in the
    # countries currency_names.tsv does not list it for
    for name, code in sorted(_withdrawn().items()):
        by_name.setdefault(name, code)
    by_country: dict[tuple[str, str], str] = {}
    for line in _name_lines():
        codes = [by_name[line.iso_name]] if line.iso_name in by_name else by_word.get(line.iso_name, [])
        if not codes:
            raise InputError(f"{NAMES_FILE}:{line.number}: {line.iso_name!r} is no ISO 4217 currency name (pycountry), nor the "
                             f"last word of one, nor a withdrawn currency of response.ttl")
        if line.countries:
            if len(codes) != 1:
                raise InputError(f"{NAMES_FILE}:{line.number}: {line.iso_name!r} names several currencies; a line with "
                                 f"countries needs the full ISO 4217 name")
            by_country.update({(line.written, country): codes[0] for country in line.countries})
        elif line.iso_name in by_name:
            by_name.setdefault(line.written, codes[0])
        else:
            by_word.setdefault(line.written, []).extend(codes)
    code_pattern = re.compile(r"\b(?P<code>%s)\b" % "|".join(sorted(set(by_name.values()))))
    return by_name, by_word, code_pattern, by_country


@functools.lru_cache(maxsize=4096)  # asked of the words after every number of a sentence ("victims", "cases")
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
    by_name, by_word, _, by_country = _tables()
    name = re.sub(r"\s+", " ", name.strip().lower())
    for candidate in _singulars(name):
        if country_code and (candidate, country_code) in by_country:
            return by_country[(candidate, country_code)]
    for candidate in _singulars(name):
        if candidate in by_name:
            return by_name[candidate]
    words = name.split()
    for candidate in _singulars(words[-1]):
        codes = by_word.get(candidate)
        if codes:
            return _by_country(codes, country_name, words[0] if len(words) > 1 else None, country_code)
    return None


@functools.lru_cache(maxsize=None)
def national_currency(country_code: str | None) -> str | None:
    """The one ISO 4217 code in use that opens with a country's ISO 3166 code: its own currency (``None`` for a country
    that uses another's, as the euro countries do). Kept by country: the statistics ask it of every sentence
    (listing pycountry's 180 currencies each time was 14 % of a narrative's extraction).

    >>> national_currency("IS"), national_currency("KE"), national_currency("FR")
    ('ISK', 'KES', None)
    """
    return _national([c.alpha_3 for c in pycountry.currencies if c.alpha_3 not in _NO_MONEY], country_code)


def _national(codes: list[str], country_code: str | None) -> str | None:
    """The one of ``codes`` that opens with the country's ISO 3166 code (ISO 4217 names a national currency so)."""
    national = {c for c in codes if country_code and c.startswith(country_code)}
    return national.pop() if len(national) == 1 else None


def _singulars(word: str) -> tuple[str, ...]:
    return (word, re.sub(r"s$", "", word), re.sub(r"es$", "", word))


def _by_country(codes: list[str], country_name: str | None, adjective: str | None, country_code: str | None = None) -> str | None:
    if len(set(codes)) == 1:
        return codes[0]
    # a national currency's code opens with its country's (ISO 4217): "kroner" in Denmark are DKK, "dirhams" in the
    # United Arab Emirates AED
    national = _national(codes, country_code)
    if national:
        return national
    for hint in (adjective, country_name):
        if not hint:
            continue
        stem = hint.lower()[:4]
        # every code in ``codes`` comes from pycountry's own table, so get() finds it
        matches = [c for c in codes if _name_of(c).startswith(stem)]
        if len(set(matches)) == 1:
            return matches[0]
    return None


def currency_at(text: str, start: int, end: int, country_name: str | None = None,
                country_code: str | None = None) -> tuple[str, int, int] | None:
    """The currency of the amount ``text[start:end]``: ``(code, start, end)`` of the amount with its
    currency words, from an ISO code before it ("NPR 12.6 million") or a name or code after it
    ("25.97 million Kazakhstani Tenge (KZT)", "24 million KZT"); ``None`` when it names none.
    """
    code_pattern = _tables()[2]
    before = re.search(r"\b(?P<code>[A-Z]{3})\s*$", text[max(0, start - 5):start])
    if before and code_pattern.fullmatch(before.group("code")):
        return before.group("code"), start - (len(text[max(0, start - 5):start]) - before.start()), end
    after = re.match(r"(?:\s+(?:million|billion|thousand))?\s+(?P<code>[A-Z]{3})\b", text[end:])
    if after and code_pattern.fullmatch(after.group("code")):
        return after.group("code"), start, end + after.end()
    # a name: up to two words before the currency's word ("Kenyan shillings", "Kazakhstani Tenge", "new kwacha",
    # "Eastern Caribbean dollars", "West African Franc")
    # the words right after the amount are tried alone too: "a 500,000 CFA fine" names its currency by "CFA", not "fine"
    for adjectives in (r"(?P<adj>(?:[A-Z][\w-]+\s+){1,2}|new\s+|convertible\s+)?", r"(?P<adj>)"):
        found = _named_currency(text, start, end, adjectives, country_name, country_code)
        if found:
            return found
    return None


def _named_currency(text: str, start: int, end: int, adjectives: str, country_name: str | None,
                    country_code: str | None) -> tuple[str, int, int] | None:
    code_pattern = _tables()[2]
    named = re.match(r"(?:\s+(?:million|billion|thousand))?\s+" + adjectives + r"(?P<word>[A-Za-zó]+)\b"
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


@functools.lru_cache(maxsize=4096)
def _is_currency_word(word: str) -> bool:
    by_name, by_word, _, by_country = _tables()
    word = word.lower()
    return any(w in by_word or w in by_name or any(w == written for written, _ in by_country) for w in _singulars(word))


def _name_of(code: str) -> str:
    """The lower-case ISO 4217 name of a code in use or withdrawn."""
    currency = pycountry.currencies.get(alpha_3=code)
    return currency.name.lower() if currency is not None else next(n for n, c in _withdrawn().items() if c == code)
