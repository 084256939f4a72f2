"""The wordings of the government-response vocabulary, read from ``ontology/response.ttl``.

Concepts of the measure, unit, policy-type, policy-action, actor and 3P-area schemes carry
the report wordings that signal them: ``skos:altLabel`` (a plain phrase) and ``tip:trigger``
(a regular expression). This module compiles them once per process; the family modules
ask it "which concept does this text name?" and never hold domain literals themselves.
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import RDF, RDFS, SKOS

from ..vocab import TIP, concept_iri, response_areas, vocabulary_graph
from .prefilter import may_match


@dataclass(frozen=True)
class Entry:
    """One concept with its compiled wordings.

    ``key`` is the concept's ``skos:notation``; ``pattern`` matches any of its wordings at a
    word start and end (case-insensitive unless the trigger says otherwise).
    """

    key: str
    iri: URIRef
    label: str
    pattern: re.Pattern
    extra: tuple[tuple[str, str], ...] = ()  # other annotations (actor class, scope ...)

    def get(self, name: str) -> str | None:
        return dict(self.extra).get(name)


@dataclass(frozen=True)
class Lexicon:
    measures: dict[str, Entry]
    units: dict[str, Entry]
    unit_symbols: tuple[tuple[str, str], ...]  # (symbol, unit key), longest symbol first
    policy_types: tuple[Entry, ...]
    actions: tuple[Entry, ...]
    actors: tuple[Entry, ...]
    areas: tuple[Entry, ...]
    finding_kinds: dict[str, Entry]
    forms: tuple[Entry, ...]
    excluded_laws: re.Pattern
    law_actions: tuple[Entry, ...] = ()  # the actions of tip:PolicyActionScheme by their wordings for a law (tip:lawTrigger)
    policy_heads: tuple[Entry, ...] = ()  # the policy types by the generic head nouns of a measure set up (tip:headNoun)


def _wordings(graph: Graph, concept) -> list[str]:
    parts = [re.escape(str(label)) for label in graph.objects(concept, SKOS.altLabel)]
    parts += [with_word_classes(str(trigger)) for trigger in graph.objects(concept, TIP.trigger)]
    # an area exception's trigger after the laws it names (tip:lawWording) is a wording of its area too
    parts += [f"{law} {trigger}" for exception in graph.subjects(TIP.area, concept)
              for law in graph.objects(exception, TIP.lawWording) for trigger in graph.objects(exception, TIP.trigger)]
    return sorted(parts, key=lambda p: (-len(p), p))


def with_word_classes(template: str) -> str:
    """``template`` with each ``{WordClass}`` in it replaced by the wordings of that ``tip:WordClass``: a trigger names a
    word class rather than repeating its words (tip:PeopleTrainedMeasure's ``{ApproximationWords}``), as do the rules'
    patterns (:func:`kg.extract.statistics._with_words`)."""
    return re.sub(r"\{([A-Z][A-Za-z]+)\}", lambda m: word_class(m.group(1)).pattern, template)


_NEVER = r"(?!x)x"  # the pattern of a concept without wordings


def _compile(parts: list[str]) -> re.Pattern:
    if not parts:
        return re.compile(_NEVER)
    return re.compile(r"(?<!\w)(?:" + "|".join(parts) + r")(?!\w)", re.I)


def _entry(graph: Graph, concept, **extra: str) -> Entry:
    notation = graph.value(concept, SKOS.notation)
    label = graph.value(concept, SKOS.prefLabel) or notation
    return Entry(key=str(notation), iri=URIRef(concept), label=str(label), pattern=_compile(_wordings(graph, concept)),
                 extra=tuple(sorted(extra.items())))


def _in_scheme(graph: Graph, scheme) -> list:
    return sorted(graph.subjects(SKOS.inScheme, scheme), key=str)


@functools.lru_cache(maxsize=1)
def load_lexicon() -> Lexicon:
    """Compile the response vocabulary (``response.ttl``) and the form scheme (``tip.ttl``).

    Examples
    --------
    >>> lex = load_lexicon()
    >>> lex.measures["convictions"].pattern.search("resulting in the conviction of 15").group()
    'conviction'
    >>> [e.key for e in lex.actors if e.pattern.search("IOM and the Ministry of Justice")][:1]
    ['iom']
    """
    graph = vocabulary_graph()
    measures = {e.key: e for e in (_entry(graph, c) for c in _in_scheme(graph, TIP.MeasureScheme))}
    units = {e.key: e for e in (_entry(graph, c) for c in _in_scheme(graph, TIP.UnitScheme))}
    symbols = sorted(((str(s), str(graph.value(c, SKOS.notation))) for c in _in_scheme(graph, TIP.UnitScheme)
                      for s in graph.objects(c, TIP.symbol)), key=lambda p: (-len(p[0]), p[0]))
    actors = []
    for concept in _in_scheme(graph, TIP.ActorScheme):
        actor_class = graph.value(concept, TIP.actorClass)
        actors.append(_entry(graph, concept, actor_class=str(actor_class).rsplit("#", 1)[-1],
                             scope=str(graph.value(concept, TIP.actorScope))))
    areas = [_entry(graph, concept_iri("ResponseAreaScheme", area)) for area in response_areas()]
    forms = []
    for concept in _in_scheme(graph, TIP.FormScheme):
        labels = [re.escape(str(x)) for p in (SKOS.prefLabel, SKOS.altLabel) for x in graph.objects(concept, p)]
        forms.append(Entry(key=str(graph.value(concept, SKOS.notation)), iri=URIRef(concept),
                           label=str(graph.value(concept, SKOS.prefLabel)),
                           pattern=_compile(sorted(labels, key=lambda p: (-len(p), p)))))
    excluded = _compile([re.escape(str(x)) for x in graph.objects(TIP.ReportingStatute, SKOS.altLabel)])
    law_actions = [Entry(key=str(graph.value(c, SKOS.notation)), iri=URIRef(c), label=str(graph.value(c, SKOS.prefLabel)),
                         pattern=_compile(sorted((str(t) for t in graph.objects(c, TIP.lawTrigger)), key=lambda p: (-len(p), p))))
                   for c in _in_scheme(graph, TIP.PolicyActionScheme) if (c, TIP.lawTrigger, None) in graph]
    policy_heads = [Entry(key=str(graph.value(c, SKOS.notation)), iri=URIRef(c), label=str(graph.value(c, SKOS.prefLabel)),
                          pattern=_compile(sorted((str(t) for t in graph.objects(c, TIP.headNoun)), key=lambda p: (-len(p), p))))
                    for c in _in_scheme(graph, TIP.PolicyTypeScheme) if (c, TIP.headNoun, None) in graph]
    return Lexicon(
        measures=measures, units=units, unit_symbols=tuple(symbols),
        policy_types=tuple(_entry(graph, c) for c in _in_scheme(graph, TIP.PolicyTypeScheme)),
        actions=tuple(_entry(graph, c) for c in _in_scheme(graph, TIP.PolicyActionScheme)),
        actors=tuple(actors), areas=tuple(areas),
        finding_kinds={e.key: e for e in (_entry(graph, c) for c in _in_scheme(graph, TIP.FindingKindScheme))},
        forms=tuple(forms), excluded_laws=excluded, law_actions=tuple(law_actions),
        policy_heads=tuple(policy_heads))


@functools.lru_cache(maxsize=None)
def word_class(name: str) -> re.Pattern:
    """The wordings of ``tip:<name>``, a ``tip:WordClass`` of response.ttl (or, for the profile rules, of lexicon.ttl), and
    of the word classes it includes, as one pattern (case-insensitive, at word starts and ends).

    >>> word_class("DraftWords").search("the government's draft 2022-2025 NAP").group()
    'draft'
    """
    return _compile(list(_word_class_parts(name)))


def word_class_alternation(name: str) -> str:
    """The wordings of ``tip:<name>`` as one group of alternatives, longest first, with no word boundaries: for a pattern
    that reads where a word begins, not where it ends ("to tourist" of "to tourist areas" and "to touristic resorts"),
    or that sets its own boundaries.

    >>> word_class_alternation("BoundForWords")
    '(?:destined|headed|bound)'
    """
    return "(?:" + "|".join(_word_class_parts(name)) + ")"


@functools.lru_cache(maxsize=None)
def _word_class_parts(name: str) -> tuple[str, ...]:
    """The wordings of ``tip:<name>`` and of the word classes it includes, longest first (altLabels escaped, triggers
    as written)."""
    graph = vocabulary_graph()

    def parts(word_class) -> list[str]:
        found = [re.escape(str(x)) for x in graph.objects(word_class, SKOS.altLabel)]
        found += [str(x) for x in graph.objects(word_class, TIP.trigger)]
        return found + [p for included in graph.objects(word_class, TIP.includes) for p in parts(included)]

    found = sorted(set(parts(TIP[name])), key=lambda p: (-len(p), p))
    if not found:
        raise KeyError(f"tip:{name} has no wordings in the ontology")
    return tuple(found)


def first_match(entries, text: str, start: int = 0, end: int | None = None):
    """The entry whose wording occurs first in ``text[start:end]`` (longest on ties), with its match.

    Returns ``(entry, match)`` or ``None``.
    """
    end = len(text) if end is None else end
    best = None
    for entry in entries:
        if not may_match(entry.pattern, text):
            continue  # (a cheap test of the words it needs)
        match = entry.pattern.search(text, start, end)
        if match and (best is None or (match.start(), -(match.end() - match.start())) <
                      (best[1].start(), -(best[1].end() - best[1].start()))):
            best = (entry, match)
    return best


def all_matches(entries, text: str) -> list[tuple[Entry, re.Match]]:
    """Every non-overlapping mention of any entry in ``text``, longest first on overlaps, in text order."""
    if isinstance(entries, tuple):  # the lexicon's own tuples live as long as the process: their scans are kept
        _LEXICON_ENTRIES.setdefault(id(entries), entries)
        if _LEXICON_ENTRIES[id(entries)] is entries:
            return list(_lexicon_matches(id(entries), text))
    return _all_matches(entries, text)


#: The lexicon's tuples of entries scanned, by their id (:func:`_lexicon_matches`).
_LEXICON_ENTRIES: dict[int, tuple] = {}


@functools.lru_cache(maxsize=1024)
def _lexicon_matches(entries_id: int, text: str) -> tuple[tuple[Entry, re.Match], ...]:
    """:func:`all_matches` of a tuple of the lexicon's entries, kept: the policies family scans a sentence for the
    policy types twice (for the abbreviations it defines, then clause by clause, the whole sentence when it is one clause)."""
    return tuple(_all_matches(_LEXICON_ENTRIES[entries_id], text))


def _all_matches(entries, text: str) -> list[tuple[Entry, re.Match]]:
    found = [(entry, match) for entry, matches in zip(entries, each_finditer([e.pattern for e in entries], text, _scanner(entries)),
                                                       strict=True) for match in matches]
    found.sort(key=lambda em: (em[1].start(), -(em[1].end() - em[1].start()), em[0].key))
    kept: list[tuple[Entry, re.Match]] = []
    for entry, match in found:
        if kept and match.start() < kept[-1][1].end():
            continue
        kept.append((entry, match))
    return kept


def each_finditer(patterns, text: str, scanner: re.Pattern | None) -> list[list[re.Match]]:
    """What each of ``patterns`` finds in ``text`` (its ``finditer``). With their ``scanner`` (:func:`joined_scanner`),
    one scan finds where any of them matches and each is then tried only there, which is what its own finditer would
    find (no match can start anywhere else): a scan of a sentence for each pattern tried them all at every character."""
    if scanner is None:
        return [list(pattern.finditer(text)) for pattern in patterns]
    starts = [m.start() for m in scanner.finditer(text)]
    found = []
    for pattern in patterns:
        matches: list[re.Match] = []
        if not starts:
            found.append(matches)  # (no start: no match)
            continue
        end = 0
        for start in starts:
            if start >= end and (match := pattern.match(text, start)):
                if match.end() == start:  # an empty match: finditer's own rules, not ours
                    matches = list(pattern.finditer(text))
                    break
                matches.append(match)
                end = match.end()
        found.append(matches)
    return found


def joined_scanner(patterns, word: str = r"\w") -> re.Pattern | None:
    """One pattern that matches (empty) where any of ``patterns`` matches, for :func:`each_finditer`: the word-start
    test they all open with (``(?<!word)(?:...)(?!word)``) once, then their wordings; None when they cannot be joined
    (another opening, other flags, clashing groups, a back-reference, whose group's number would change).

    Tried one after the other at every word start, the ~100 wordings of a lexicon cost 10 % of a build worker's CPU;
    the scanner tries them as :func:`_dispatch` lays them out, only those that can start with the word's letters."""
    opening, closing = f"(?<!{word})(?:", f")(?!{word})"
    patterns = [pattern for pattern in patterns if pattern.pattern != _NEVER]  # a concept without wordings matches nothing
    flags = {pattern.flags for pattern in patterns}
    if len(flags) != 1 or not all(p.pattern.startswith(opening) and p.pattern.endswith(closing)
                                  and not re.search(r"\\[1-9]|\(\?P=", p.pattern) for p in patterns):
        return None
    joined_flags, end = flags.pop(), f"(?!{word})"
    wordings: list[str] = []
    for pattern in patterns:
        inner = pattern.pattern[len(opening):-len(closing)]
        alternatives = _alternatives(inner)
        # (a pattern whose opening group closes before its end, "(?:a)|(?:b)", is one wording, its closing included)
        wordings += [w + end for w in alternatives] if alternatives else [pattern.pattern[len(opening) - 3:]]
    try:
        return re.compile(f"(?<!{word})(?={_dispatch(wordings, joined_flags)})", joined_flags)
    except re.error:
        return None


#: What opens a wording that :func:`_dispatch` files by its letters: ASCII letters, digits, spaces, apostrophes.
_PLAIN = re.compile(r"[A-Za-z0-9 ']*")


def _dispatch(wordings: list[str], flags: int) -> str:
    """``wordings`` (each a regular expression) as one alternation that tries few of them at a position: those that open
    with plain characters (:data:`_PLAIN`, not the last of them when a quantifier follows it) as a tree of those
    characters ("forced labor", "forced begging": ``f`` then ``orced ``, then ``l`` or ``b``); the others under each
    letter they can start with (:func:`_first_characters`), or behind a test of their first characters, or tried at
    every position when those are not known."""
    plain: list[tuple[str, str]] = []
    others = []
    for wording in wordings:
        plain_opening = _PLAIN.match(wording)
        opening = plain_opening.group() if plain_opening and not flags & re.VERBOSE else ""
        if opening and wording[len(opening):len(opening) + 1] in ("?", "*", "+", "{"):
            opening = opening[:-1]
        if opening:
            plain.append((opening, wording[len(opening):]))
            continue
        first = _first_characters(wording, flags)
        if first and flags & re.IGNORECASE and all(c.isascii() and c.isalnum() for c in first):
            # on the tree too, under each letter it can start with, tried from that letter's position again (a
            # look-behind over the letter): the tree's letters ignore case, a superset of what the wording matches
            plain += [(letter, rf"(?<=(?=(?:{wording}))[\s\S])") for letter in sorted({c.lower() for c in first})]
        elif first:  # (either case, as re folds it: a superset of what the wording's own flags let it start with)
            others.append(f"(?=(?i:[{''.join(re.escape(c) for c in sorted(first))}]))(?:{wording})")
        else:
            others.append(f"(?:{wording})")
    return "(?:" + "|".join(([_tree(plain, flags)] if plain else []) + others) + ")"


def _tree(wordings: list[tuple[str, str]], flags: int) -> str:
    """``(opening, rest)`` pairs as a tree of their openings' characters (one letter tried once for all the wordings
    that open with it), each rest tried where its opening ends; inside a lookahead, so what it consumes is not kept."""
    by_first: dict[str, list[tuple[str, str]]] = {}
    ended = []
    for opening, rest in wordings:
        if opening:
            first = opening[0].lower() if flags & re.IGNORECASE else opening[0]
            by_first.setdefault(first, []).append((opening[1:], rest))
        else:
            ended.append(f"(?:{rest})")
    branches = [re.escape(first) + _tree(following, flags) for first, following in by_first.items()]
    branches += [f"(?={'|'.join(ended)})"] if ended else []
    return branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"


def _alternatives(pattern: str) -> list[str] | None:
    """The top-level alternatives of ``pattern`` (its ``|`` outside groups and character sets), or None when its
    groups do not balance or it holds a comment."""
    parts, depth, start, at, in_set = [], 0, 0, 0, False
    if "(?#" in pattern:
        return None
    while at < len(pattern):
        char = pattern[at]
        if char == "\\":
            at += 2
            continue
        if in_set:
            in_set = char != "]"
        elif char == "[":
            in_set = True
            at += 1 + (pattern[at + 1:at + 2] == "^")
            at += pattern[at:at + 1] == "]"  # a "]" first in a set is one of its characters
            continue
        elif char in "()":
            depth += 1 if char == "(" else -1
            if depth < 0:
                return None
        elif char == "|" and depth == 0:
            parts.append(pattern[start:at])
            start = at + 1
        at += 1
    return parts + [pattern[start:]] if depth == 0 and not in_set else None


def _first_characters(pattern: str, flags: int) -> frozenset[str] | None:
    """The characters a match of ``pattern`` can start with (in the case its pattern writes them), or None
    when it may start with any, or with nothing, or when it uses syntax :class:`_Openings` does not read (the wording is
    then tried at every position: never a match lost).

    >>> sorted(_first_characters("(?:anti-trafficking )?action plans?", re.I))
    ['a']
    >>> _first_characters(r"(?:\\w+ )?plan", re.I) is None  # any word character
    True
    """
    if flags & re.VERBOSE:  # (spaces and comments would be no characters)
        return None
    try:
        first, may_be_empty = _Openings(pattern).read()
    except _Unread:
        return None
    return frozenset(first) if first and not may_be_empty else None


class _Unread(Exception):
    """Syntax that :class:`_Openings` does not read."""


#: The escapes of one character class or position, and of one character, outside a character set.
_ANY_OF_A_CLASS, _AT_A_POSITION = frozenset("wWsSdD"), frozenset("bBAZ")
_CONTROL = {"n": "\n", "t": "\t", "r": "\r", "f": "\f", "v": "\v", "a": "\a"}
_QUANTIFIER = re.compile(r"[?*+]|\{(?:(?P<minimum>\d+)(?:,\d*)?|,\d+)\}")
#: What follows a group's "(": a look-around, a name, inline flags (for the group, or the whole pattern when ")" follows
#: them), a back-reference by name; or nothing, a capturing group.
_GROUP_OPENING = re.compile(r"(?:\?(?:(?P<look>=|!|<=|<!)|P<\w+>|P=(?P<ref>\w+)\)|(?P<on>[aiLmsux]*)(?:-[imsx]+)?(?P<scoped>:)?))?")


class _Openings:
    """A reader of the syntax the wordings of ``ontology/*.ttl`` are written in (the ``tip:trigger`` of a concept or word
    class; an ``skos:altLabel`` escaped), for the characters their matches can start with: characters and escaped
    characters; ``\\w \\s \\d`` (and their negations), ``.``, a back-reference (any character: no test); ``\\b``,
    ``^``, ``$`` and look-arounds (zero-width: what follows them decides); character sets and ASCII ranges; groups, plain,
    capturing, named and with inline flags; alternatives; quantifiers (``? * + {m,n}``, lazy or possessive: a minimum
    of 0 may match nothing). Anything else (a comment, a conditional, verbose flags, an unknown escape) raises
    :class:`_Unread`.

    Each item reads as ``(first, may_be_empty)``: the set of characters it can start with, None for any; and whether it
    may match nothing, so that the item after it can start the match too."""

    def __init__(self, pattern: str) -> None:
        self.text, self.at = pattern, 0

    def read(self) -> tuple[set[str] | None, bool]:
        found = self._alternatives()
        if self.at != len(self.text):
            raise _Unread(self.text[self.at:])
        return found

    def _peek(self, length: int = 1) -> str:
        return self.text[self.at:self.at + length]

    def _alternatives(self) -> tuple[set[str] | None, bool]:
        first, empty = self._sequence()
        while self._peek() == "|":
            self.at += 1
            more, more_empty = self._sequence()
            first = None if first is None or more is None else first | more
            empty = empty or more_empty
        return first, empty

    def _sequence(self) -> tuple[set[str] | None, bool]:
        found: set[str] | None = set()
        open_ = True  # whether every item so far may match nothing: the next one can start the match
        while self.at < len(self.text) and self._peek() not in "|)":
            first, empty = self._item()
            if open_:
                found = None if found is None or first is None else found | first
                open_ = empty and found is not None
        return found, open_ and found is not None

    def _item(self) -> tuple[set[str] | None, bool]:
        first, empty = self._atom()
        quantifier = _QUANTIFIER.match(self.text, self.at)
        if quantifier:
            self.at = quantifier.end()
            self.at += self._peek() in ("?", "+")  # lazy or possessive
            minimum = quantifier.group("minimum")
            empty = empty or quantifier.group() in ("?", "*") or quantifier.group() != "+" and not int(minimum or 0)
        return first, empty

    def _atom(self) -> tuple[set[str] | None, bool]:
        char = self._peek()
        self.at += 1
        if char == "(":
            return self._group()
        if char == "[":
            return self._set()
        if char == "\\":
            return self._escape()
        if char == ".":
            return None, False
        if char in "^$":
            return set(), True
        if char in "*+?":
            raise _Unread(char)
        return {char}, False

    def _group(self) -> tuple[set[str] | None, bool]:
        opening = _GROUP_OPENING.match(self.text, self.at)
        if opening is None or "x" in (opening.group("on") or ""):
            raise _Unread(self.text[self.at - 1:])
        self.at = opening.end()
        if opening.group("ref"):  # a back-reference: (?P=name)
            return None, False
        if opening.group("on") is not None and not opening.group("scoped"):  # global flags "(?i)"
            if self._peek() != ")":
                raise _Unread(self.text[self.at:])
            self.at += 1
            return set(), True
        found = self._alternatives()
        if self._peek() != ")":
            raise _Unread(self.text[self.at:])
        self.at += 1
        return (set(), True) if opening.group("look") else found

    def _escape(self) -> tuple[set[str] | None, bool]:
        char = self._peek()
        self.at += 1
        if not char:
            raise _Unread("\\")
        if char in _ANY_OF_A_CLASS or char in "123456789":
            return None, False
        if char in _AT_A_POSITION:
            return set(), True
        return {self._escaped(char)}, False

    def _escaped(self, char: str) -> str:
        """The one character of an escape whose letter ``char`` has been read."""
        if char in _CONTROL:
            return _CONTROL[char]
        digits = {"x": 2, "u": 4, "U": 8}.get(char)
        if digits:
            code = self._peek(digits)
            if not re.fullmatch(r"[0-9A-Fa-f]+", code) or len(code) != digits:
                raise _Unread(code)
            self.at += digits
            return chr(int(code, 16))
        if not char or char.isascii() and char.isalnum():
            raise _Unread("\\" + char)
        return char

    def _set(self) -> tuple[set[str] | None, bool]:
        chars: set[str] | None = set()
        if self._peek() == "^":  # any character but those
            self.at += 1
            chars = None
        members = 0
        while True:
            if self.at >= len(self.text):
                raise _Unread("[")
            char = self._peek()
            self.at += 1
            if char == "]" and members:
                return chars, False
            members += 1
            if char == "\\":
                escaped = self._peek()
                self.at += 1
                if escaped in _ANY_OF_A_CLASS:
                    chars = None
                    continue
                char = self._escaped(escaped)
            if self._peek() == "-" and self._peek(2)[1:] not in ("", "]"):  # a range (a "-" last is one of the characters)
                self.at += 1
                high = self._peek()
                self.at += 1
                if high == "\\":
                    high = self._escaped(self._peek())
                    self.at += 1
                if chars is not None and ord(high) - ord(char) < 128:
                    chars |= {chr(c) for c in range(ord(char), ord(high) + 1)}
                else:
                    chars = None
            elif chars is not None:
                chars.add(char)


_SCANNERS: dict[int, tuple[object, re.Pattern | None]] = {}


def _scanner(entries) -> re.Pattern | None:
    """The :func:`joined_scanner` of the wordings of ``entries``, kept for the lexicon's own tuples."""
    known = _SCANNERS.get(id(entries))
    if known is not None and known[0] is entries:
        return known[1]
    scanner = joined_scanner([entry.pattern for entry in entries])
    if isinstance(entries, tuple):  # the lexicon's own tuples live as long as the process
        _SCANNERS[id(entries)] = (entries, scanner)
    return scanner


def forms_named(text: str) -> list[str]:
    """Form keys named in ``text``; "sex and labor trafficking" names both, "all forms" both top forms.

    Examples
    --------
    >>> forms_named("criminalizes sex and labor trafficking")
    ['forced_labor', 'sex_trafficking']
    """
    expanded = re.sub(r"\b(sex|labou?r)\s+and\s+(sex|labou?r)\s+trafficking", r"\1 trafficking and \2 trafficking", text, flags=re.I)
    keys = {entry.key for entry, _ in all_matches(load_lexicon().forms, expanded)}
    if re.search(r"\ball forms of (?:human )?trafficking\b", text, re.I):
        keys |= {"sex_trafficking", "forced_labor"}
    return sorted(keys)


# --- the 3P area of a recommendation (kg.extract.recommendations) -----------------------------

@dataclass(frozen=True)
class AreaAction:
    """A kind of action whose area is its own (``key``) unless it names an exception (``tip:AreaAction``):
    ``pattern`` matches the verb and what it acts on; ``exceptions`` are (area, wordings) pairs, read in what
    the action acts on only when ``object_only``, and never after ``parts`` (``tip:partWording``: "a law that includes
    ...", one part of what is made among others) when ``whole`` names what is made as a whole before them
    (``tip:wholeWording``: "an anti-trafficking law that includes ...")."""

    key: str
    label: str
    pattern: re.Pattern
    exceptions: tuple[Entry, ...]
    object_only: bool
    parts: re.Pattern
    whole: re.Pattern


@dataclass(frozen=True)
class AreaRules:
    """Per area (in their order, :func:`kg.vocab.response_areas`): the actions that
    decide it, the object wordings, and the actions that decide it when the object names none;
    ``lead`` matches the words that open an item without an action of their own, ``agent`` the
    officials asked to act, ``training`` the wording of training, ``place`` the places where the trained are, ``manner`` the manner of acting or the victims named in the
    topic of training, which ask for no action on victims; ``kinds`` are the kinds of action whose area is their own unless
    what they act on names another; ``ensure`` the verb that asks for a clause ("ensure that ..."), ``predicate`` the verb
    that opens that clause's predicate after its subject ("are punished", "face prosecution"); ``means`` the means asked for
    (procedures, interpreters) whose purpose decides; ``aside`` words set off by commas inside an item, or after a comma at
    its end, that ask for no action (", as feasible,", ", in coordination with NGOs"), and the partners named with whom it
    is to be done, set off or not ("Train police in partnership with civil society to identify victims")."""

    actions: tuple[Entry, ...]
    objects: tuple[Entry, ...]
    fallbacks: tuple[Entry, ...]
    lead: re.Pattern
    agent: re.Pattern
    kinds: tuple[AreaAction, ...]
    training: re.Pattern
    place: re.Pattern
    manner: re.Pattern
    ensure: re.Pattern
    predicate: re.Pattern
    means: re.Pattern
    aside: re.Pattern


#: The partners named after a partner wording ("in coordination with NGOs and donors"): up to a comma or semicolon, and never
#: into the purpose of the action ("Train police in partnership with civil society to identify victims").
_PURPOSE_AHEAD = r"\s+(?:in order |so as )?to\s+(?!(?:the|a|an|its|their|all|any|this|these)\b)[a-z]"
_PARTNERS = rf"(?:(?!{_PURPOSE_AHEAD})[^,;]){{1,120}}?"


@functools.lru_cache(maxsize=1)
def aside_wordings() -> tuple[str, ...]:
    """The wordings of an aside (``tip:asideWord`` of tip:RecommendationKindScheme, longest first), and a partner wording
    (``tip:partnerWording``) with the partners it names, up to their end."""
    graph = vocabulary_graph()
    words = sorted((str(w) for w in graph.objects(TIP.RecommendationKindScheme, TIP.asideWord)), key=lambda w: (-len(w), w))
    return (f"{partner_wording()} {_PARTNERS}", *words)


@functools.lru_cache(maxsize=1)
def partner_wording() -> str:
    """``tip:partnerWording``: the words that say with whom the action is to be done ("in coordination with")."""
    graph = vocabulary_graph()
    return "(?:" + "|".join(sorted(str(w) for w in graph.objects(TIP.RecommendationKindScheme, TIP.partnerWording))) + ")"


@functools.lru_cache(maxsize=1)
def load_area_rules() -> AreaRules:
    """Compile ``tip:actionTrigger``, ``tip:trigger``, ``tip:fallbackAction`` of the 3P areas and
    ``tip:leadTrigger`` (with :func:`aside_wordings`), ``tip:agentTrigger``, ``tip:trainingTrigger``, ``tip:placeWording``, ``tip:mannerTrigger``,
    ``tip:ensureTrigger``, ``tip:predicateTrigger`` and ``tip:meansTrigger`` of ``tip:RecommendationKindScheme`` (``ontology/response.ttl``)."""
    graph = vocabulary_graph()
    concepts = [concept_iri("ResponseAreaScheme", area) for area in response_areas()]

    def entries(predicate) -> tuple[Entry, ...]:
        out = []
        for concept in concepts:
            parts = sorted((str(t) for t in graph.objects(concept, predicate)), key=lambda p: (-len(p), p))
            out.append(Entry(key=str(graph.value(concept, SKOS.notation)), iri=URIRef(concept),
                             label=str(graph.value(concept, SKOS.prefLabel)), pattern=_compile(parts)))
        return tuple(out)

    def wordings(predicate) -> list[str]:
        return sorted((str(t) for t in graph.objects(TIP.RecommendationKindScheme, predicate)), key=lambda p: (-len(p), p))

    def area_key(node) -> str:
        return str(graph.value(graph.value(node, TIP.area), SKOS.notation))

    def triggers(node) -> list[str]:
        return sorted((str(t) for t in graph.objects(node, TIP.trigger)), key=lambda p: (-len(p), p))

    # a word set off by a comma before the action asks for none ("As a priority, amend ..."): tip:asideWord
    asides = "(?:" + "|".join(aside_wordings()) + ")"
    kinds = tuple(
        AreaAction(key=area_key(kind), label=str(graph.value(kind, RDFS.label)), pattern=_compile(triggers(kind)),
                   exceptions=tuple(Entry(key=area_key(e), iri=URIRef(str(e)), label=str(graph.value(e, RDFS.label)),
                                          pattern=_compile(triggers(e)))
                                    for e in sorted(graph.objects(kind, TIP.exception), key=str)),
                   object_only=(kind, TIP.objectOnly, Literal(True)) in graph,
                   parts=_compile(sorted((str(w) for w in graph.objects(kind, TIP.partWording)), key=lambda p: (-len(p), p))),
                   whole=_compile(sorted((str(w) for w in graph.objects(kind, TIP.wholeWording)), key=lambda p: (-len(p), p))))
        for kind in sorted(graph.subjects(RDF.type, TIP.AreaAction), key=str))
    return AreaRules(actions=entries(TIP.actionTrigger), objects=load_lexicon().areas,
                     fallbacks=entries(TIP.fallbackAction), lead=re.compile("(?:" + "|".join(wordings(TIP.leadTrigger) + [asides + r",\s+"]) + ")", re.I),
                     agent=_compile(wordings(TIP.agentTrigger)), kinds=kinds, training=_compile(wordings(TIP.trainingTrigger)),
                     place=_compile(wordings(TIP.placeWording)), manner=_compile(wordings(TIP.mannerTrigger)), ensure=_compile(wordings(TIP.ensureTrigger)),
                     predicate=_compile(wordings(TIP.predicateTrigger)), means=_compile(wordings(TIP.meansTrigger)),
                     # asides set off by commas, a run of them as one; the partners named with whom it is to be done, also when
                     # no comma sets them off
                     aside=re.compile(rf"(?:,\s+{asides})+(?:,(?=\s)|(?=[.;]?\s*$))"
                                      rf"|,?\s+{partner_wording()} {_PARTNERS}(?=[,;]|\.?\s*$|{_PURPOSE_AHEAD})", re.I))
