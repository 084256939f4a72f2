"""A cheap test that a text cannot match a pattern: the literal words any match of it must hold.

Most of a worker's extraction is the regular-expression engine trying the rules' patterns at every character of every
sentence (session 16: three quarters of the extraction's instructions were ``_sre``'s search), and most sentences hold
nothing a given rule needs. :func:`may_match` reads, from a pattern's parse (Python's ``re`` parser), strings one of
which any match must contain ("compar", "increase" ... for the comparison words; "19" or "20" for a year), and looks
for them in the sentence folded once (:func:`folded`), which a plain scan does in C at a few instructions a character;
only when one is there does it say the pattern may match. It never says no where the pattern would match: it is a
necessary condition read from the pattern itself, and so needs no wording of its own.

Folding: under ``re.IGNORECASE`` an ASCII letter of a pattern matches its other case and four other characters (``İ``
and ``ı`` match ``i``, ``ſ`` matches ``s``, the Kelvin sign matches ``k``: :data:`_FOLDS`, checked against ``re`` by a
test over every character); the folded text has each of those as its lower-case ASCII letter, so a literal of ASCII
letters a pattern matches, in either case, is in the folded text in lower case. A character beyond ASCII without case
(a currency sign, a dash, a curly quote) is itself there; a letter beyond ASCII is not looked for.
"""
from __future__ import annotations

import functools
import re
import unicodedata

try:  # Python's own regular-expression parser, private: another Python may lack it or read patterns otherwise
    from re import _constants as sre  # type: ignore[attr-defined]
    from re import _parser  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover - no shortcut then (:func:`parser_reads_as_expected`)
    sre = _parser = None
from typing import cast

#: The characters other than ASCII letters that ``re.IGNORECASE`` matches to an ASCII letter.
_FOLDS = str.maketrans({"\u0130": "i", "\u0131": "i", "\u017f": "s", "\u212a": "k"})
#: At most this many of the sets a pattern needs are looked for in a text.
_MAX_NEEDS = 2
#: A set of more strings than this is looked for by parts of this many characters (:func:`_cover`).
_FEW, _COVER = 8, 5
#: At most this many strings in a run of literals ("(?:a|an)\s+" gives two), beyond which the run is cut.
_MAX_STRINGS = 64

Needs = frozenset[str]


@functools.lru_cache(maxsize=1024)
def folded(text: str) -> str:
    """``text`` in lower case, with the characters ``re.IGNORECASE`` takes for an ASCII letter as that letter."""
    return text.lower() if text.isascii() else text.translate(_FOLDS).lower()


def needs(pattern: str, flags: int = 0) -> list[Needs]:
    """Sets of strings (lower case) such that the folded text of any match of ``pattern`` holds one string of each set,
    the set a text is least likely to hold first, at most :data:`_MAX_NEEDS` of them; none when no string is needed
    (a pattern that may match without a literal, or whose only literals are letters beyond ASCII).

    >>> [sorted(n) for n in needs(r"(?<!\\w)(?:compared\\s+(?:to|with)|versus)\\b", re.I)]
    [['compared', 'versus']]
    >>> [sorted(n) for n in needs(r"\\b(?P<year>(?:19|20)\\d\\d)\\s+(?:plan|law)s?\\b")]
    [['law', 'plan'], ['19', '20']]
    >>> needs(r"\\d+\\s*(?:cases?)?")
    []
    """
    return sorted(map(_fewest, _sequence(_parser.parse(pattern, flags))), key=_rarity)[:_MAX_NEEDS]


def _fewest(strings: Needs) -> Needs:
    """``strings`` without those that hold another of them ("laws" holds "law")."""
    return frozenset(s for s in strings if not any(t != s and t in s for t in strings))


def _sequence(items) -> list[Needs]:
    """What a sequence of parsed items needs: each run of literals, and what each other item needs."""
    found: list[Needs] = []
    run: set[str] | None = None  # the strings the run of literals so far can be
    for op, av in items:
        exact = _exact(op, av)
        if exact is not None:
            if run is not None and len(run) * len(exact) > _MAX_STRINGS:
                found.append(frozenset(run))
                run = None
            run = set(exact) if run is None else {a + b for a in run for b in exact}
            continue
        if op in (sre.AT, sre.ASSERT, sre.ASSERT_NOT):
            # (consumes nothing: the literals on either side are next to each other in a match); what a look-ahead or
            # look-behind needs is in the text, around the match
            inner = _best(_sequence(av[1])) if op is sre.ASSERT else None
            if inner is not None:
                found.append(inner)
            continue
        if run is not None:
            found.append(frozenset(run))
            run = None
        inner = _item(op, av)
        if inner is not None:
            found.append(inner)
    if run is not None:
        found.append(frozenset(run))
    return [n for n in found if n and "" not in n]


def _exact(op, av) -> set[str] | None:
    """The strings an item matches when it matches one of a few literal strings of ASCII characters, else None."""
    if op is sre.LITERAL:
        char = _plain(av)
        return None if char is None else {char}
    if op is sre.IN:
        chars = {_plain(a) if o is sre.LITERAL else None for o, a in av}
        return None if None in chars else cast(set[str], chars)
    return _exact_group(op, av)


def _plain(code: int) -> str | None:
    """What a character of a pattern is in the folded text: an ASCII one in lower case; one without case (a currency
    sign, a dash, a curly quote), itself; None for any other (a letter beyond ASCII, which ``re`` may match to others)."""
    char = chr(code)
    if code < 128:
        return char.lower()
    return char if char.lower() == char == char.upper() and not unicodedata.category(char).startswith("L") else None


def _exact_group(op, av) -> set[str] | None:
    if op is sre.SUBPATTERN:
        return _exact_sequence(av[3])
    if op is sre.BRANCH:
        out: set[str] = set()
        for alternative in av[1]:
            strings = _exact_sequence(alternative)
            if strings is None or len(out) + len(strings) > _MAX_STRINGS:
                return None
            out |= strings
        return out
    if op is sre.MAX_REPEAT or op is sre.MIN_REPEAT:
        low, high, body = av
        if (low, high) == (0, 1):
            strings = _exact_sequence(body)
            return None if strings is None else strings | {""}
    return None


def _exact_sequence(items) -> set[str] | None:
    strings = {""}
    for op, av in items:
        if op in (sre.AT, sre.ASSERT, sre.ASSERT_NOT):
            continue
        exact = _exact(op, av)
        if exact is None or len(strings) * len(exact) > _MAX_STRINGS:
            return None
        strings = {a + b for a in strings for b in exact}
    return strings


def _item(op, av) -> Needs | None:
    """What an item that is not a run of literals needs."""
    if op is sre.SUBPATTERN:
        return _best(_sequence(av[3]))
    if op is sre.ATOMIC_GROUP:
        return _best(_sequence(av))
    if op is sre.BRANCH:
        out: set[str] = set()
        for alternative in av[1]:
            inner = _best(_sequence(alternative))
            if inner is None:
                return None
            out |= inner
        return frozenset(out)
    if op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT):
        low, _, body = av
        return _best(_sequence(body)) if low >= 1 else None
    return None


def _rarity(strings: Needs) -> tuple[int, int]:
    """The set of strings a text is less likely to hold sorts first: its shortest string longest, then fewest strings."""
    return -min(map(len, strings)), len(strings)


def _best(options: list[Needs]) -> Needs | None:
    """Of what a sequence needs, the one a text is least likely to hold."""
    return min(options, key=_rarity, default=None)


@functools.lru_cache(maxsize=1)
def parser_reads_as_expected() -> bool:
    """Whether Python's private parser is there and reads patterns as this module expects (checked on patterns whose
    needs are known): if not, no pattern gets a test, and every pattern is searched as without this module."""
    expected = {(r"(?<!\w)(?:compared\s+(?:to|with)|versus)\b", re.I): [{"compared", "versus"}],
                (r"\b(?P<year>(?:19|20)\d\d)\s+(?:plan|law)s?\b", 0): [{"law", "plan"}, {"19", "20"}],
                (r"\d+\s*(?:cases?)?", 0): [], (r"(?i:Adopt)(?:ed|ion)", 0): [{"adopted", "adoption"}]}
    try:
        return _parser is not None and all([set(n) for n in needs(p, f)] == want for (p, f), want in expected.items())
    except Exception:  # a parser that changed shape
        return False


@functools.lru_cache(maxsize=None)
def _tests(pattern: str, flags: int) -> tuple[tuple[str, ...], ...]:
    """For each set of strings ``pattern`` needs, strings one of which each of them holds (:func:`_cover`), to look for
    in the folded text (``str.__contains__`` in C: a pattern of many alternatives tries each at every character); none
    (no shortcut) when the parser is not the one this module reads, or fails on ``pattern``."""
    if not parser_reads_as_expected():
        return ()
    try:
        return tuple(_cover(strings) for strings in needs(pattern, flags))
    except Exception:  # a construct the reader does not know: search as without it
        return ()


def _cover(strings: Needs) -> tuple[str, ...]:
    """Fewer strings of :data:`_COVER` characters such that each of ``strings`` holds one of them, where ``strings`` are
    many ("adopt" for "adopted", "adopting", "adoption"); ``strings`` themselves where they are few."""
    if len(strings) <= _FEW:
        return tuple(sorted(strings))
    left, chosen = set(strings), []
    while left:
        counts: dict[str, int] = {}
        for s in left:
            for part in {s[i:i + _COVER] for i in range(max(1, len(s) - _COVER + 1))}:
                counts[part] = counts.get(part, 0) + 1
        part = min(counts, key=lambda p: (-counts[p], p))
        chosen.append(part)
        left = {s for s in left if part not in s}
    return tuple(chosen) if len(chosen) < len(strings) else tuple(sorted(strings))


def may_match(pattern: re.Pattern | str, text: str, flags: int = 0) -> bool:
    """False only when ``pattern`` (compiled, or a pattern's text and its ``flags``) cannot match anywhere in ``text``:
    a set of strings it needs has none in ``text``."""
    # ~8,000 calls a full-length narrative: plain loops, not any(map(...)), which builds two objects a set of strings
    # (replayed calls of a batch: 11.5 -> 9.3 ms a narrative, the same answers; docs/benchmarks.md, "Session 17")
    tests = _tests(pattern, flags) if isinstance(pattern, str) else _tests(pattern.pattern, pattern.flags)
    if tests:
        low = folded(text)
        for strings in tests:
            for string in strings:
                if string in low:
                    break
            else:
                return False
    return True
