"""Place gazetteer: country and region names, aliases and demonyms to place keys.

A place key is an ISO 3166-1 alpha-2 code (``XK`` for Kosovo) or a region key of the
annotation guideline (``eastern-europe``). The domain data -- regions, their membership and
wordings, country aliases, demonyms and localities, and wordings that are not places --
live in ``ontology/places.ttl``; pycountry adds the official and common names of every
ISO 3166-1 country at load time. This module only holds the matching machinery.

Matching works on tokens (maximal runs of letters) of an accent-folded copy of the text,
so offsets always refer to the original text, word boundaries come for free ("Niger" is
never found inside "Nigeria") and hyphen, space and abbreviation periods are
interchangeable ("Guinea Bissau", "P. R. C."). Short upper-case abbreviations ("US",
"UAE", "DRC") match only in upper case, so "us" is never a country; every other name must
have at least one capitalised word in running text.
"""
from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from dataclasses import dataclass
from difflib import get_close_matches
from functools import lru_cache
from pathlib import Path

import pycountry

from kg.namespaces import NAMESPACES, ONTOLOGY_DIR

__all__ = ["Place", "PlaceMention", "Gazetteer", "load_gazetteer"]

PLACES_FILE = "places.ttl"

_TOKEN = re.compile(r"[^\W\d_]+|&")
#: What may separate two words of one name in running text: a space (or one line break),
#: a hyphen, an apostrophe, or an abbreviation period optionally followed by a space.
_JOINER = re.compile(r"\.?[ \t]*\n?[ \t]*|[ \t]*-[ \t]*|'")
_POSSESSIVE = re.compile(r"'s?$")
_PARENTHESIS = re.compile(r"\s*\([^)]*\)")
_APOSTROPHES = dict.fromkeys(map(ord, "\u2018\u2019\u02bc\u2032`"), "'")
_HYPHENS = dict.fromkeys(map(ord, "\u2010\u2011"), "-")
_ARTICLE = "the"
_CONJUNCTIONS = frozenset({"and", "or"})
_MAX_ABBREVIATION = 5

_COUNTRY_PREFIX = NAMESPACES["country"]
_REGION_PREFIX = NAMESPACES["region"]
_TIP, _SKOS = NAMESPACES["tip"], NAMESPACES["skos"]
_RDF_TYPE = NAMESPACES["rdf"] + "type"


@dataclass(frozen=True)
class Place:
    """A country or a named region."""

    key: str  #: ISO alpha-2 code ("XK") or region key ("eastern-europe")
    kind: str  #: "country" or "region"
    label: str  #: English display name ("Kosovo", "Eastern Europe")


@dataclass(frozen=True)
class PlaceMention:
    """One occurrence of a place in a text."""

    start: int  #: offset of the first character of the surface form
    end: int  #: offset after its last character
    surface: str  #: the text matched, ``text[start:end]``
    place: Place
    demonym: bool  #: matched as a nationality or regional adjective or noun


@dataclass(frozen=True)
class _Entry:
    """One registered wording: ``place`` is None for a non-place wording."""

    place: Place | None
    demonym: bool
    exact: tuple[str, ...] | None  # tokens to match case-sensitively (abbreviations)
    rank: int  # lower wins among entries of the same key


# Ranks of the sources of a wording, lowest wins on a clash.
_RANK_NON_PLACE, _RANK_CURATED, _RANK_ISO, _RANK_LOCALITY, _RANK_DEMONYM = range(5)


def _fold(text: str) -> str:
    """Return ``text`` without accents, with straight apostrophes; same length as ``text``."""
    text = text.translate(_APOSTROPHES).translate(_HYPHENS)
    if text.isascii():
        return text
    out = []
    for ch in text:
        if ch.isascii():
            out.append(ch)
            continue
        base = "".join(c for c in unicodedata.normalize("NFKD", ch) if not unicodedata.combining(c))
        out.append(base if len(base) == 1 else ch)
    return "".join(out)


def _norm(token: str) -> str:
    """Matching form of a token: case-folded, "&" read as "and"."""
    return "and" if token == "&" else token.casefold()


def _is_abbreviation(name: str) -> bool:
    """True for short forms with two or more capitals ("UAE", "U.S.", "BiH")."""
    letters = "".join(_TOKEN.findall(_fold(name)))
    return len(letters) <= _MAX_ABBREVIATION and sum(c.isupper() for c in letters) >= 2


def _spellings(name: str) -> list[tuple[tuple[str, ...], tuple[str, ...] | None]]:
    """Return the (case-folded key, exact tokens or None) spellings of one wording.

    A leading article is dropped; an all-capital abbreviation is also registered letter
    by letter, so that "PRC" covers "P.R.C." and "P. R. C.".
    """
    tokens = _TOKEN.findall(_fold(name))
    if len(tokens) > 1 and tokens[0].casefold() == _ARTICLE:
        tokens = tokens[1:]
    if not tokens:
        return []
    if not _is_abbreviation(name):
        return [(tuple(_norm(t) for t in tokens), None)]
    variants = [tuple(tokens)]
    letters = "".join(tokens)
    if letters.isupper():
        variants += [(letters,), tuple(letters)]
    unique = list(dict.fromkeys(variants))
    return [(tuple(_norm(t) for t in v), v) for v in unique]


def _iso_names(country: object) -> list[str]:
    """Names pycountry gives a country, with parentheses dropped and "X, Y of" inverted."""
    names = [getattr(country, a, None) for a in ("name", "common_name", "official_name")]
    out: list[str] = []
    for name in filter(None, names):
        out.append(name)
        bare = _PARENTHESIS.sub("", name)
        out.append(bare)
        head, sep, tail = bare.partition(", ")
        if sep and re.search(r"\bof( the)?$", tail, re.IGNORECASE):
            out.append(f"{tail} {head}")
    return list(dict.fromkeys(out))


def _key_of(iri: str) -> tuple[str, str]:
    """Return (kind, key) of a country or region IRI."""
    s = str(iri)
    if s.startswith(_COUNTRY_PREFIX):
        return "country", s[len(_COUNTRY_PREFIX):]
    if s.startswith(_REGION_PREFIX):
        return "region", s[len(_REGION_PREFIX):]
    raise ValueError(f"not a place IRI: {s}")


class _Statements:
    """The statements of a Turtle file as strings (IRIs and lexical forms), by predicate.

    Read with pyoxigraph rather than rdflib: ``kg query --param country=...`` resolves the
    name here, and parsing ``places.ttl`` with rdflib (and importing it) took a quarter of a second.
    """

    def __init__(self, path: Path) -> None:
        import pyoxigraph

        self._pairs: dict[str, list[tuple[str, str]]] = defaultdict(list)
        for triple in pyoxigraph.parse(path=str(path), format=pyoxigraph.RdfFormat.TURTLE):
            self._pairs[triple.predicate.value].append((triple.subject.value, triple.object.value))

    def subject_objects(self, predicate: str) -> list[tuple[str, str]]:
        return list(self._pairs.get(predicate, ()))

    def subjects(self, predicate: str, value: str) -> list[str]:
        return [s for s, o in self._pairs.get(predicate, ()) if o == value]

    def objects(self, predicate: str) -> list[str]:
        return [o for _, o in self._pairs.get(predicate, ())]


class Gazetteer:
    """Resolves place names and finds place mentions; build it with :func:`load_gazetteer`."""

    def __init__(self, graph: _Statements) -> None:
        self._countries: dict[str, Place] = {}
        self._regions: dict[str, Place] = {}
        self._members: dict[str, frozenset[str]] = {}
        self._broader: dict[str, tuple[str, ...]] = {}
        self._table: dict[tuple[str, ...], list[_Entry]] = defaultdict(list)
        self._prefixes: set[tuple[str, ...]] = set()
        self._load_places(graph)
        self._load_wordings(graph)

    # -- construction --------------------------------------------------------------------

    def _load_places(self, graph: _Statements) -> None:
        labels = dict(sorted(graph.subject_objects(_SKOS + "prefLabel")))
        for c in sorted(pycountry.countries, key=lambda c: c.alpha_2):
            iri = _COUNTRY_PREFIX + c.alpha_2
            label = labels.get(iri) or getattr(c, "common_name", None) or c.name
            self._countries[c.alpha_2] = Place(c.alpha_2, "country", label)
        for iri in sorted(graph.subjects(_RDF_TYPE, _TIP + "Country")):
            _, code = _key_of(iri)
            if code not in self._countries:
                if iri not in labels:
                    raise ValueError(f"country {code} is neither in ISO 3166-1 nor labelled")
                self._countries[code] = Place(code, "country", labels[iri])
        for iri in sorted(graph.subjects(_RDF_TYPE, _TIP + "Region")):
            _, key = _key_of(iri)
            self._regions[key] = Place(key, "region", labels[iri])
        parents: dict[str, list[str]] = defaultdict(list)
        for child, parent in sorted(graph.subject_objects(_SKOS + "broader")):
            parents[_key_of(child)[1]].append(_key_of(parent)[1])
        direct: dict[str, set[str]] = defaultdict(set)
        for region, member in sorted(graph.subject_objects(_TIP + "hasMember")):
            code = _key_of(member)[1]
            if code not in self._countries:
                raise ValueError(f"unknown member {code} of {_key_of(region)[1]}")
            direct[_key_of(region)[1]].add(code)
        for key in self._regions:
            self._broader[key] = self._ancestors(key, parents)
        for key in self._regions:
            found = set(direct[key])
            for other in self._regions:
                if key in self._broader[other]:
                    found |= direct[other]
            self._members[key] = frozenset(found)

    @staticmethod
    def _ancestors(key: str, parents: dict[str, list[str]]) -> tuple[str, ...]:
        """Transitive broader regions of ``key``, nearest first."""
        out: list[str] = []
        level = sorted(parents.get(key, []))
        while level:
            out += [k for k in level if k not in out]
            level = sorted({p for k in level for p in parents.get(k, []) if p not in out})
        return tuple(out)

    def _place_of(self, iri: str) -> Place:
        """The country or region an IRI of ``places.ttl`` names."""
        kind, key = _key_of(iri)
        return self._countries[key] if kind == "country" else self._regions[key]

    def _load_wordings(self, graph: _Statements) -> None:
        for nonplace in sorted(graph.objects(_TIP + "wording")):
            self._add(str(nonplace), None, False, _RANK_NON_PLACE)
        curated = (_SKOS + "prefLabel", _SKOS + "altLabel", _TIP + "alias")
        for prop in curated:
            for iri, name in sorted(graph.subject_objects(prop)):
                if not str(iri).startswith((_COUNTRY_PREFIX, _REGION_PREFIX)):
                    continue
                self._add(str(name), self._place_of(iri), False, _RANK_CURATED)
        for c in sorted(pycountry.countries, key=lambda c: c.alpha_2):
            for name in _iso_names(c):
                self._add(name, self._countries[c.alpha_2], False, _RANK_ISO)
        for iri, name in sorted(graph.subject_objects(_TIP + "locality")):
            self._add(str(name), self._place_of(iri), False, _RANK_LOCALITY)
        for iri, name in sorted(graph.subject_objects(_TIP + "demonym")):
            self._add(str(name), self._place_of(iri), True, _RANK_DEMONYM)
        self._check_clashes()

    def _add(self, name: str, place: Place | None, demonym: bool, rank: int) -> None:
        for key, exact in _spellings(name):
            entries = self._table[key]
            if any(e.place == place and e.exact == exact for e in entries):
                continue
            entries.append(_Entry(place, demonym, exact, rank))
            entries.sort(key=lambda e: e.rank)  # stable: first registered wins a tie
            for i in range(1, len(key) + 1):
                self._prefixes.add(key[:i])

    def _check_clashes(self) -> None:
        """Two curated wordings of one spelling must not name different places."""
        for key, entries in sorted(self._table.items()):
            places: dict[tuple[str, ...] | None, set[Place | None]] = defaultdict(set)
            for e in entries:
                if e.rank == _RANK_CURATED:
                    places[e.exact].add(e.place)
            if any(len(p) > 1 for p in places.values()):
                raise ValueError(f"ambiguous curated wording {' '.join(key)!r}")

    # -- lookup --------------------------------------------------------------------------

    @staticmethod
    def _accepts(entry: _Entry, tokens: list[str], running_text: bool) -> bool:
        """Case check: exact tokens for abbreviations, a capitalised word in running text."""
        if entry.exact is not None:
            return tuple(tokens) == entry.exact
        return not running_text or any(t[0].isupper() for t in tokens)

    def _best(self, key: tuple[str, ...], tokens: list[str], running_text: bool) -> _Entry | None:
        for entry in self._table.get(key, ()):
            if self._accepts(entry, tokens, running_text):
                return entry
        return None

    def resolve(self, name: str) -> Place | None:
        """Resolve one name, alias, demonym or region wording to a place.

        Parameters
        ----------
        name : str
            A single place wording. Case, accents, a leading "the", a possessive "'s",
            curly apostrophes and periods in abbreviations do not matter, except that
            short abbreviations must be upper case ("UAE", not "uae").

        Returns
        -------
        Place or None
            The place, or None when the wording is unknown or is not a place.

        Examples
        --------
        >>> gaz = load_gazetteer()
        >>> gaz.resolve("Burma").key, gaz.resolve("the P.R.C.").key
        ('MM', 'CN')
        >>> gaz.resolve("Moldovans").key, gaz.resolve("Northeast Asia").key
        ('MD', 'east-asia')
        >>> gaz.resolve("us") is None
        True
        """
        text = _POSSESSIVE.sub("", _fold(name.strip()))
        tokens = _TOKEN.findall(text)
        if len(tokens) > 1 and tokens[0].casefold() == _ARTICLE:
            tokens = tokens[1:]
        key = tuple(_norm(t) for t in tokens)
        entry = self._best(key, tokens, running_text=False)
        return entry.place if entry else None

    def country(self, iso2: str) -> Place:
        """Return the country of an ISO 3166-1 alpha-2 code.

        Parameters
        ----------
        iso2 : str
            Two-letter code in any case; ``XK`` for Kosovo.

        Returns
        -------
        Place
            The country.

        Raises
        ------
        KeyError
            If the code is unknown.

        Examples
        --------
        >>> load_gazetteer().country("xk").label
        'Kosovo'
        """
        return self._countries[iso2.upper()]

    def country_named(self, value: str) -> Place:
        """Return the country a user names: an ISO code in any case, a name, an old name or an alias.

        Raises
        ------
        KeyError
            With a one-line message naming the nearest known country names.

        Examples
        --------
        >>> gaz = load_gazetteer()
        >>> [gaz.country_named(v).key for v in ("xk", "Kosovo", "Burma", "the Netherlands")]
        ['XK', 'XK', 'MM', 'NL']
        >>> gaz.country_named("Kosova")
        Traceback (most recent call last):
        ...
        KeyError: "unknown country 'Kosova' (near: Kosovo, Moldova; give an ISO code such as XK or a country name)"
        """
        text = value.strip()
        if re.fullmatch(r"[A-Za-z]{2}", text) and text.upper() in self._countries:
            return self._countries[text.upper()]
        place = self.resolve(text) if text else None
        if place is not None and place.kind == "country":
            return place
        labels = {p.label: p.label for p in self._countries.values()}
        near = get_close_matches(text.title(), list(labels), n=3, cutoff=0.6)
        hint = f"near: {', '.join(near)}; " if near else ""
        what = f"{value!r} is a region, not a country" if place is not None else f"unknown country {value!r}"
        raise KeyError(f"{what} ({hint}give an ISO code such as XK or a country name)")

    def region(self, key: str) -> Place:
        """Return the region of a guideline region key.

        Parameters
        ----------
        key : str
            Region key such as ``"eastern-europe"``.

        Returns
        -------
        Place
            The region.

        Raises
        ------
        KeyError
            If the key is unknown.

        Examples
        --------
        >>> load_gazetteer().region("gulf-states").label
        'Gulf States'
        """
        return self._regions[key]

    def find_all(self, text: str) -> list[PlaceMention]:
        """Find every place mention in a text.

        The longest wording wins at each position and mentions never overlap. Wordings
        that contain a place name without being one ("Gulf of Guinea", "Indian Ocean")
        are consumed silently. An elided region or country before "and"/"or" is
        completed from the following one: "South and East Asia" gives south-asia for
        "South" and east-asia for "East Asia".

        Parameters
        ----------
        text : str
            Any text.

        Returns
        -------
        list of PlaceMention
            Sorted by start offset.

        Examples
        --------
        >>> [(m.surface, m.place.key) for m in load_gazetteer().find_all(
        ...     "Nepal's women go to the U.S. and Papua New Guinea; help us.")]
        [('Nepal', 'NP'), ('U.S.', 'US'), ('Papua New Guinea', 'PG')]
        """
        folded = _fold(text)
        spans = [(m.start(), m.end(), m.group()) for m in _TOKEN.finditer(folded)]
        found: list[tuple[int, int, _Entry]] = []  # token index range and entry
        i = 0
        while i < len(spans):
            match = self._match_at(folded, spans, i)
            if match is None:
                i += 1
                continue
            j, entry = match
            found.append((i, j, entry))
            i = j
        covered = {k for a, b, e in found for k in range(a, b)}
        mentions = []
        for a, b, entry in found:
            if entry.place is None:
                continue
            mentions.append(self._mention(text, folded, spans, a, b, entry))
            elided = self._elided(folded, spans, a, b, covered)
            if elided is not None:
                mentions.append(self._mention(text, folded, spans, a - 2, a - 1, elided))
        return sorted(mentions, key=lambda m: (m.start, m.end))

    def _match_at(self, folded: str, spans: list[tuple[int, int, str]], i: int) -> tuple[int, _Entry] | None:
        """Longest accepted entry starting at token ``i``: (end token index, entry)."""
        best = None
        key: tuple[str, ...] = ()
        j = i
        while j < len(spans):
            if j > i and not _JOINER.fullmatch(folded[spans[j - 1][1]:spans[j][0]]):
                break
            key += (_norm(spans[j][2]),)
            if key not in self._prefixes:
                break
            j += 1
            entry = self._best(key, [s[2] for s in spans[i:j]], running_text=True)
            if entry is not None:
                best = (j, entry)
        return best

    def _elided(self, folded: str, spans: list[tuple[int, int, str]], a: int, b: int,
                covered: set[int]) -> _Entry | None:
        """Entry for the word W in "W and|or <mention of two or more words>", if any."""
        if b - a < 2 or a < 2 or (a - 2) in covered:
            return None
        conj, word = spans[a - 1], spans[a - 2]
        if _norm(conj[2]) not in _CONJUNCTIONS or not folded[conj[1]:spans[a][0]].isspace():
            return None
        if not re.fullmatch(r",?\s+", folded[word[1]:conj[0]]):
            return None
        tokens = [word[2]] + [s[2] for s in spans[a + 1:b]]
        entry = self._best(tuple(_norm(t) for t in tokens), tokens, running_text=True)
        return entry if entry is not None and entry.place is not None else None

    @staticmethod
    def _mention(text: str, folded: str, spans: list[tuple[int, int, str]], a: int, b: int,
                 entry: _Entry) -> PlaceMention:
        start, end = spans[a][0], spans[b - 1][1]
        if entry.exact and len(spans[b - 1][2]) == 1 and folded[end:end + 1] == ".":
            end += 1  # the closing period of "U.S."
        assert entry.place is not None
        return PlaceMention(start, end, text[start:end], entry.place, entry.demonym)

    # -- structure -----------------------------------------------------------------------

    def members(self, region_key: str) -> frozenset[str]:
        """ISO codes of the member countries of a region, narrower regions included.

        Parameters
        ----------
        region_key : str
            Region key.

        Returns
        -------
        frozenset of str
            Member codes; empty when the region has no defined membership.

        Raises
        ------
        KeyError
            If the key is unknown.

        Examples
        --------
        >>> sorted(load_gazetteer().members("gulf-states"))
        ['AE', 'BH', 'KW', 'OM', 'QA', 'SA']
        """
        if region_key not in self._regions:
            raise KeyError(region_key)
        return self._members[region_key]

    def broader(self, region_key: str) -> tuple[str, ...]:
        """Keys of the regions that contain a region, transitively, nearest first.

        Parameters
        ----------
        region_key : str
            Region key.

        Returns
        -------
        tuple of str
            Broader region keys; empty for a top region.

        Raises
        ------
        KeyError
            If the key is unknown.

        Examples
        --------
        >>> load_gazetteer().broader("west-africa")
        ('sub-saharan-africa', 'africa')
        """
        if region_key not in self._regions:
            raise KeyError(region_key)
        return self._broader[region_key]

    def all_places(self) -> list[Place]:
        """Every known place: countries by code, then regions by key.

        Returns
        -------
        list of Place

        Examples
        --------
        >>> places = load_gazetteer().all_places()
        >>> places[0].key, places[-1].key
        ('AD', 'western-europe')
        """
        return [self._countries[k] for k in sorted(self._countries)] + [
            self._regions[k] for k in sorted(self._regions)
        ]


@lru_cache(maxsize=None)
def load_gazetteer(ontology_dir: Path | None = None) -> Gazetteer:
    """Build the gazetteer from ``places.ttl`` and pycountry (cached per directory).

    Parameters
    ----------
    ontology_dir : Path, optional
        Directory holding ``places.ttl``; the project's ``ontology/`` by default.

    Returns
    -------
    Gazetteer

    Examples
    --------
    >>> load_gazetteer().resolve("Kosovo")
    Place(key='XK', kind='country', label='Kosovo')
    """
    return Gazetteer(_Statements(Path(ontology_dir or ONTOLOGY_DIR) / PLACES_FILE))
