"""Reading helpers shared by the response families: numbers, dates, clauses, paragraphs, actors.

These hold the grammar of English numbers and dates (not domain constants): what counts as a
number, a year, a duration; where a clause ends; which actor a clause names and how it takes
part (funds, sponsors, reports). Domain wordings come from :mod:`kg.extract.lexicon`.
"""
from __future__ import annotations

import functools
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import NamedTuple

from ..model import ActorRef, Sentence
from .lexicon import _NEVER, Entry, all_matches, load_lexicon, word_class
from .prefilter import may_match

MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august", "september",
          "october", "november", "december")
MONTH = "(?:%s)" % "|".join(MONTHS)  #: a month name in a pattern (written once for every family)
_UNITS = ("one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
          "sixteen seventeen eighteen nineteen").split()
_TENS = "twenty thirty forty fifty sixty seventy eighty ninety".split()
WORD_VALUES = {word: i + 1 for i, word in enumerate(_UNITS)} | {word: 20 + 10 * i for i, word in enumerate(_TENS)}
ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
            "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13, "fourteenth": 14,
            "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19, "twentieth": 20}

_BELOW_HUNDRED = r"(?:(?:%s)(?:-(?:%s))?|%s)" % ("|".join(_TENS), "|".join(_UNITS[:9]), "|".join(sorted(_UNITS, key=len, reverse=True)))
# a sentence opens with its number spelled out: "One-hundred and fifteen of the victims were children",
# "Two hundred forty-three victims ..."
_WORD_NUMBER = r"(?:(?:%s)[\s-]+hundred(?:[\s-]+(?:and[\s-]+)?%s)?|%s)" % ("|".join(_UNITS[:9]), _BELOW_HUNDRED, _BELOW_HUNDRED)
_NUMBER = re.compile(
    r"(?<![\w.,/-])(?:(?P<digits>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)|(?P<word>%s)"
    r"|(?:(?<=from )|(?<=with )|(?<=to ))(?P<none>none|zero))"
    r"(?:\s+(?P<mult>million|billion|thousand))?(?![\w]|-\w|,\d|\.\d)" % _WORD_NUMBER, re.I)
_MULTIPLIERS = {"thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000}
_DURATION = re.compile(r"^\s*(?:(?:more|less)\s+than\s+)?(?P<unit>years?|months?|weeks?|days?|hours?)\b|^[’']s?\b|^-(?:year|month|day)", re.I)
_NOT_A_COUNT_BEFORE = re.compile(
    r"(?:\barticles?|\bsections?|\bno\.|\bnumber|\blaw|\bdecree|\bchapter|\bparagraph|\bresolution|\bcode|\baged?|\bages of"
    r"|\bas young as|\bunder the age of|\bbetween the ages of|\btier|\blevel|\bphase|\bgrade|%s)\s*$" % MONTH, re.I)
_NOT_A_COUNT_AFTER = re.compile(
    r"^(?:\s*(?:percent|per cent|%%|times|-year-old|years? old|years of age|km|kilomet|miles|consecutive|of (?:the|these|them|its|their)\b|another)"
    r"|-[a-z])", re.I)
#: The longest cue of :data:`_NOT_A_COUNT_BEFORE` and :data:`_PRONOUN_ONE` ("between the ages of"), which end the text
#: before a number: :func:`_cue_before` tries them only where one could start.
_CUE_REACH = 19
_PARTITIVE_AFTER = re.compile(r"^\s*of (?:the|these|those|them|its|their|whom|which)\b", re.I)
_PRONOUN_ONE = re.compile(r"(?:\bno|\bany|\bevery|\beach|\bsome|\bthe)\s*$", re.I)
# "referred the one victim it identified to protective services": "the one" before a noun of a count is a number
_ONE_COUNTED = re.compile(r"\s+(?:[\w-]+\s+){0,2}?(?:victim|trafficker|defendant|suspect|offender|case)\b(?!s)", re.I)


@dataclass(frozen=True)
class Number:
    """A number in a sentence: offsets relative to the sentence text, its value and its unit.

    ``unit`` is ``"count"``, a currency notation (``"USD"``) or a duration (``"years"``);
    ``currency_start`` is where a currency sign before the number starts.
    """

    start: int
    end: int
    value: int | float
    unit: str
    is_year: bool = False

    @property
    def is_duration(self) -> bool:
        return self.unit in ("years", "months", "weeks", "days", "hours")

    @property
    def is_money(self) -> bool:
        return not self.is_year and not self.is_duration and self.unit != "count"


def _value(match: re.Match) -> int | float:
    if match.group("none"):
        return 0
    if match.group("digits"):
        value: float = float(match.group("digits").replace(",", ""))
    else:
        words = [w for w in re.split(r"[\s-]+", match.group("word").lower()) if w != "and"]
        hundreds = words.index("hundred") if "hundred" in words else None
        value = sum(WORD_VALUES[w] for w in words[hundreds + 1 if hundreds is not None else 0:])
        if hundreds is not None:
            value += 100 * WORD_VALUES[words[0]]
    if match.group("mult"):
        # rounded: "8.3 million" is 8300000, not the float product 8300000.000000001
        value = round(value * _MULTIPLIERS[match.group("mult").lower()], 6)
    return int(value) if value == int(value) else value


#: Characters of context read on each side of a number, past the white space next to it: its cues
#: ("aged", "percent", "$", "more than ... years") are a few words long. Not the whole text before
#: and after it: copied and searched for each number, that was quadratic in a text's length.
_CONTEXT = 200


def _around(text: str, start: int, end: int) -> tuple[int, str, str]:
    """Where the text before ``start`` that the cues read begins, that text, and the text after ``end`` they read."""
    left, right = start, end
    while left > 0 and text[left - 1].isspace():
        left -= 1
    while right < len(text) and text[right].isspace():
        right += 1
    offset = max(0, left - _CONTEXT)
    return offset, text[offset:start], text[end:right + _CONTEXT]


def numbers(text: str, partitive: bool = False) -> list[Number]:
    """The numbers of ``text``: counts, money, durations and years (ages, article numbers and dates are skipped).

    ``partitive`` keeps the counts of a part ("Ten of these cases", "82 of whom"), which are
    otherwise skipped with "one of the ...".

    Examples
    --------
    >>> [(n.value, n.unit) for n in numbers("In 2008, it gave $158,593 to fifteen victims for two to 12 years’ terms.")]
    [(2008, 'year'), (158593, 'USD'), (15, 'count'), (2, 'count'), (12, 'years')]
    >>> [n.value for n in numbers("One-hundred and fifteen of the victims were children; two hundred forty-three adults.", True)]
    [115, 243]
    """
    return list(_numbers(text, partitive))


@functools.lru_cache(maxsize=1024)  # the families read the numbers of one sentence (or clause) several times
def _numbers(text: str, partitive: bool) -> tuple[Number, ...]:
    lex = load_lexicon()
    symbols, unit_after = _unit_cues()
    found: list[Number] = []
    for match in _NUMBER.finditer(text):
        offset, before, after = _around(text, match.start(), match.end())
        unit = "count"
        start = match.start()
        stripped = before.rstrip(" ")
        if len(before) - len(stripped) <= 1 and stripped.endswith(symbols):
            for symbol, key in lex.unit_symbols:
                if stripped.endswith(symbol) and (not symbol[0].isalpha() or not stripped[:-len(symbol)][-1:].isalnum()):
                    unit, start = key, offset + len(stripped) - len(symbol)
                    break
        if unit == "count" and after[:1] == " ":
            unit = unit_after(after.lstrip(" ")) or unit
        digits = match.group("digits") or ""
        if unit == "count" and re.fullmatch(r"(?:19|20)\d\d", digits) and not match.group("mult"):
            found.append(Number(match.start(), match.end(), int(digits), "year", is_year=True))
            continue
        if unit == "count":
            duration = _DURATION.match(after)
            if duration:
                word = (duration.group("unit") or "years").lower()
                unit = word if word.endswith("s") else word + "s"
            elif _cue_before(_NOT_A_COUNT_BEFORE, before) or _NOT_A_COUNT_AFTER.match(after):
                if not (partitive and _PARTITIVE_AFTER.match(after) and not _cue_before(_NOT_A_COUNT_BEFORE, before)):
                    continue
            elif (match.group("word") or "").lower() == "one" and (_cue_before(_PRONOUN_ONE, before) and not (
                    re.search(r"\bthe\s*$", before, re.I) and _ONE_COUNTED.match(after)) or re.match(
                    r"\s+(?:of\s+(?:the|these|those|them|its|their|his|her|our|us|which|whom)\b|another\b)" if partitive
                    else r"\s+(?:of|another)\b", after)) \
                    and not (partitive and re.search(r"[,(]\s*$", before) and re.match(r"\s+of\s+(?:which|whom)\b", after)):
                # but "11 potential cases ..., one of which was investigated for soliciting sex acts", "four transnational
                # trafficking cases (one of which was for labor trafficking)": a part of one
                continue
        found.append(Number(start, match.end(), _value(match), unit))
    return tuple(found)


def _cue_before(pattern: re.Pattern, before: str) -> re.Match | None:
    """``pattern.search(before)`` for a pattern of cues that end ``before`` (``(?:...)\\s*$``), tried from
    :data:`_CUE_REACH` characters before its last one that is no space (a cue cannot start earlier; the search still
    sees the text before that, for ``\\b``): searched whole, each number's ~200 characters of context were tried at
    every one (70 µs a number, 6 % of extraction)."""
    return pattern.search(before, max(0, len(before.rstrip()) - _CUE_REACH)) if may_match(pattern, before) else None


@functools.lru_cache(maxsize=1)
def _unit_cues() -> tuple[tuple[str, ...], Callable[[str], str | None]]:
    """The unit symbols read before a number (a text that ends with none of them has none), and
    what names the unit of the words after one: the key of the first unit (in the lexicon's
    order; counts and durations are read apart) whose wording opens the text.

    The units' wordings are tried as one pattern, each a group of its own, which finds the same
    first unit as trying them one by one (an alternation tries its branches in order); the units
    without wordings (most currencies) are left out.
    """
    lex = load_lexicon()
    symbols = tuple(symbol for symbol, _ in lex.unit_symbols)
    entries = [(key, entry.pattern) for key, entry in lex.units.items()
               if key not in ("count", "years", "months") and entry.pattern.pattern != _NEVER]
    try:
        if len({pattern.flags for _, pattern in entries}) != 1:
            raise re.error("the units' patterns have different flags")
        joined = re.compile("|".join(f"(?P<u{i}>{pattern.pattern})" for i, (_, pattern) in enumerate(entries)), entries[0][1].flags)
        keys = {f"u{i}": key for i, (key, _) in enumerate(entries)}

        def unit_after(text: str) -> str | None:
            match = joined.match(text)
            return keys[match.lastgroup] if match and match.lastgroup else None  # a branch's group closes last
    except (re.error, IndexError):  # wordings that cannot be joined: tried one by one
        def unit_after(text: str) -> str | None:
            return next((key for key, pattern in entries if pattern.match(text)), None)
    return symbols, unit_after


# --- dates -----------------------------------------------------------------------------------

#: A year of the reports, and a year or the years a plan runs for ("2016-2020", "2012-13", "2017 – 2019"): written once
#: here for every family's patterns (the years a plan runs for are its span, no date of an action: RECOMMENDATIONS.md B).
YEAR = r"(?:19|20)\d\d"
TO_YEAR = r"\s*[-–]\s*(?:19|20)?\d\d\b"
YEARS = rf"{YEAR}(?:{TO_YEAR})?"

_DATE = re.compile(
    r"(?<!\w)(?P<prep>in|during|since|throughout|by|for|from|of|until|between|before|after|as of)?\s*"
    r"(?:(?:early|late|mid)-?\s*)?(?:(?:calendar|fiscal)\s+year\s+|FY\s*)?"
    r"(?:(?P<month>%s)\s+(?:\d{1,2},?\s+)?)?(?P<year>%s)(?!\d|,\d|\s*[-–]\s*\d)" % (MONTH, YEAR), re.I)

_A_YEAR = re.compile(YEAR)


@functools.lru_cache(maxsize=1)
def _named_by_year() -> re.Pattern:
    """A law's name before "of YEAR": its kind (tip:LawKinds: "Act", "Law", "Decree", ...) or its number."""
    return re.compile(rf"(?:\b{word_class('LawKinds').pattern}|\b(?:No\.\s*)?\d+(?:\([IVX]+\))?)\s*$")


@dataclass(frozen=True)
class Date:
    start: int
    end: int
    year: int
    month: int | None
    prefix: bool  # "In April 2008, the government ..." (applies forward) rather than "... in 2008"


def dates(text: str) -> list[Date]:
    """Reference dates of ``text``: a year after a preposition or with a month ("in 2008", "In April 2008,").

    A year used as a name ("the 2013 anti-trafficking law", "a 2008 OSCE report") is no date.

    Examples
    --------
    >>> [(d.year, d.month, d.prefix) for d in dates("In April 2008, it appointed a coordinator under the 2013 law in 2009.")]
    [(2008, 4, True), (2009, None, False)]
    >>> dates("training on implementing the Combatting Trafficking in Persons Act of 2018")
    []
    """
    return list(_dates(text))


@functools.lru_cache(maxsize=1024)  # the families and their rules read the dates of one sentence several times
def _dates(text: str) -> tuple[Date, ...]:
    if not _A_YEAR.search(text):
        return ()  # (a date has a year; the date pattern, tried at every word of a sentence, costs more than this)
    found = []
    for match in _DATE.finditer(text):
        if not match.group("prep") and not match.group("month"):
            continue
        if (match.group("prep") or "").lower() == "of" and not match.group("month") \
                and _named_by_year().search(text, 0, match.start()):
            continue  # "the Combatting Trafficking in Persons Act of 2018", "Law 263 of 2012": the year names the law
        month = MONTHS.index(match.group("month").lower()) + 1 if match.group("month") else None
        start = match.start() + (len(match.group()) - len(match.group().lstrip()))
        rest = text[match.end():]
        opens_clause = not text[:start].strip() or text[:start].rstrip().endswith((";", ":"))
        prefix = start == 0 or bool(re.match(
            r",?\s+(?:the|it|they|authorities|officials|police|NGOs|[A-Z][\w’']*\s+(?:government|authorities))\b", rest)) \
            or opens_clause and bool(re.match(r",\s+(?:an?|its|[A-Z][\w’'.-]*)\s", rest))  # "; in January 2015, an ..."
        # ... or the predicate of a subject named before: "..., and in late 2003 provided all state prosecutors with training"
        prefix = prefix or bool(re.search(r"\b(?:and|but|then)\s+$", text[:start])
                                and re.match(r"\s+(?:\w+ly\s+)?[a-z]{3,}ed\b", rest))
        found.append(Date(start, match.end(), int(match.group("year")), month, prefix))
    return tuple(found)


def reporting_period(text: str) -> bool:
    """Whether ``text`` speaks of "the reporting period" (the year before the report)."""
    return bool(re.search(r"\breporting period\b|\bthe past year\b|\bthe year\b", text, re.I))


def paragraph_years(document_text: str, sentences: list[Sentence]) -> dict[int, int]:
    """For each sentence index, the first reference year stated in its paragraph up to and including it."""
    result: dict[int, int] = {}
    current: int | None = None
    previous_end = None
    for sentence in sentences:
        if previous_end is None or "\n" in document_text[previous_end:sentence.start]:
            current = None
        if current is None:
            found = dates(sentence.text)
            current = found[0].year if found else None
        if current is not None:
            result[sentence.index] = current
        previous_end = sentence.end
    return result


# --- clauses ---------------------------------------------------------------------------------

# --- the singular and plural of a noun (English grammar, not a vocabulary) --------------------------------------------

#: Plural endings whose "es" is the plural's own: "processes", "approaches", "wishes", "taxes" (not "offices", "cases").
_ES_PLURAL = re.compile(r"(?:ss|sh|ch|x)es$")
#: Nouns whose final "s" is no plural's: "process", "status", "analysis", "various".
_NOT_PLURAL = re.compile(r"(?:ss|us|is)$")


def singular(noun: str) -> str:
    """The singular of a regular English noun of the reports, written in lower case: "bodies" -> "body" (a consonant's
    "ies"), "processes" -> "process" (after "ss", "sh", "ch", "x"), else its final "s" dropped ("shelters", "centres",
    "committees", "laws", "taskforces", "offices", "cases"); a noun ending in "ss", "us" or "is", or in no "s", as it is.

    >>> [singular(n) for n in ("shelters", "centres", "bodies", "offices", "processes", "process", "status", "plan")]
    ['shelter', 'centre', 'body', 'office', 'process', 'process', 'status', 'plan']
    """
    if re.search(r"[^aeiou]ies$", noun) and len(noun) > 4:
        return noun[:-3] + "y"
    if _ES_PLURAL.search(noun):
        return noun[:-2]
    if noun.endswith("s") and not _NOT_PLURAL.search(noun):
        return noun[:-1]
    return noun


def plural(noun: str) -> str:
    """The plural of a regular English noun in the singular (:func:`singular` undoes it): "body" -> "bodies", "process"
    -> "processes", "approach" -> "approaches", "day" -> "days", "shelter" -> "shelters".

    >>> [plural(n) for n in ("body", "process", "approach", "day", "shelter", "committee")]
    ['bodies', 'processes', 'approaches', 'days', 'shelters', 'committees']
    """
    if re.search(r"[^aeiou]y$", noun):
        return noun[:-1] + "ies"
    if re.search(r"(?:s|sh|ch|x|z)$", noun):
        return noun + "es"
    return noun + "s"


def noun_forms(noun: str) -> str:
    """A pattern of ``noun`` (singular or plural) in either number, as a whole word: ``\\b(?:body|bodies)\\b``."""
    one = singular(noun)
    return rf"\b(?:{re.escape(one)}|{re.escape(plural(one))})\b"


_CLAUSE_BREAK = re.compile(r";|,?\s+however,?\s+|,\s+(?:though|although|but|while|whereas)\s+|\s+[–—]\s+", re.I)


def clauses(text: str) -> list[tuple[int, int]]:
    """``(start, end)`` of the clauses of a sentence (split at ";", "however", ", though", ", but", dashes)."""
    return list(_clauses(text))


@functools.lru_cache(maxsize=1024)  # the policies, actors and statistics families split the same sentences
def _clauses(text: str) -> tuple[tuple[int, int], ...]:
    spans, cursor = [], 0
    for match in _CLAUSE_BREAK.finditer(text):
        if match.start() > cursor:
            spans.append((cursor, match.start()))
        cursor = match.end()
    if cursor < len(text):
        spans.append((cursor, len(text)))
    trimmed = []
    for start, end in spans:
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if end > start:
            trimmed.append((start, end))
    return tuple(trimmed) or ((0, len(text)),)


# --- actors ----------------------------------------------------------------------------------

@dataclass(frozen=True)
class ActorMention:
    entry: Entry
    start: int
    end: int
    name: str

    @property
    def ref_key(self) -> str:
        return self.entry.key if self.entry.key != "ministry" else f"ministry-{self.name}"


def actor_mentions(text: str) -> list[ActorMention]:
    """Actors named in ``text`` (relative offsets), longest wording first on overlaps."""
    return list(_actor_mentions(text))


@functools.lru_cache(maxsize=1024)  # each family reads the actors of a sentence: the lexicon scans it once
def _actor_mentions(text: str) -> tuple[ActorMention, ...]:
    found = []
    for entry, match in all_matches(load_lexicon().actors, text):
        name = match.group()
        name = re.sub(r"^the\s+", "", name, flags=re.I)
        if entry.key == "ministry":
            label = name[0].upper() + name[1:]
        else:
            label = entry.label
        found.append(ActorMention(entry, match.start(), match.end(), label))
    return tuple(found)


_REPORTING_AFTER = re.compile(
    r"^(?:[’']s?)?\s+(?:\w+ly\s+)?(?:reports?\s+)?(?:report(?:ed|s)?|indicat\w*|stat(?:ed|es)|claim\w*|estimat\w*|alleg\w*|not(?:ed|es)|assert\w*|document\w*)\b",
    re.I)
_REPORTING_BEFORE = re.compile(r"according to\s+(?:the\s+|an?\s+|\w+\s+)?$", re.I)
_BY_BEFORE = re.compile(r"(?:\bby|\bwith|in partnership with|jointly with)\s+(?:the\s+)?$", re.I)
_FUNDER_BEFORE = re.compile(r"(?:in cooperation with|with (?:support|funding|assistance|contributions?) from|funded by|financed by)\s+(?:the\s+)?$", re.I)
_VERB_AFTER = re.compile(r"^(?:\s*,[^,]{0,80},)?\s+(?:\w+ly\s+|also\s+)*(?:continued?\s+to\s+|began\s+to\s+)?(?:\w+ly\s+)?(?P<verb>\w+)", re.I)
_FUNDING = re.compile(r"\b(?:fund\w*|financ\w*|allocat\w*|budget\w*|donat\w*)|[$€£]", re.I)


@functools.lru_cache(maxsize=1024)  # the families ask for the actors of the same clauses
def actor_refs(text: str, start: int, end: int) -> tuple[ActorRef, ...]:
    """The actors of clause ``text[start:end]`` with how they take part.

    ``reportedBy`` when the actor is the source of a statement ("NGOs reported", "a 2008 OSCE
    report indicated", "according to NGOs"); ``fundedBy`` when it pays ("in cooperation with
    international donors, provided funding"); ``sponsoredBy`` when it runs or sponsors the
    measure ("IOM and the Ministry of Justice ... sponsor", "run by NGOs"); else ``participant``.

    Examples
    --------
    >>> s = "IOM and the Ministry of Justice continued to jointly sponsor anti-trafficking hotlines."
    >>> [(a.kind, a.relation) for a in actor_refs(s, 0, len(s))]
    [('iom', 'sponsoredBy'), ('ministry', 'sponsoredBy')]
    """
    clause = text[start:end]
    mentions = actor_mentions(clause)
    funding = bool(mentions) and may_match(_FUNDING, clause) and bool(_FUNDING.search(clause))  # (read for a mention)
    actions = load_lexicon().actions
    refs: list[ActorRef] = []
    # Coordinated mentions ("IOM and the Ministry of Justice") share the verb after the last one.
    groups: list[list[ActorMention]] = []
    for mention in mentions:
        if groups and re.fullmatch(r"\s*(?:,|and|or|,\s*and)\s*(?:the\s+)?", clause[groups[-1][-1].end:mention.start], re.I):
            groups[-1].append(mention)
        else:
            groups.append([mention])
    for group in groups:
        before, after = clause[:group[0].start], clause[group[-1].end:]
        relation = "participant"
        if _REPORTING_AFTER.match(after) or _REPORTING_BEFORE.search(before) or re.search(r"\b(?:19|20)\d\d\s*$", before) \
                and re.match(r"\s+reports?\b", after, re.I):
            relation = "reportedBy"
        elif funding and (_FUNDER_BEFORE.search(before) or group[0].entry.key == "donors"):
            relation = "fundedBy"
        elif _BY_BEFORE.search(before) or re.match(r"-(?:run|led|operated)\b", after):
            relation = "sponsoredBy"
        elif re.match(r"-funded\b", after):
            relation = "fundedBy"
        else:
            verb = _VERB_AFTER.match(after)
            if verb:
                matched = [entry.key for entry in actions if entry.pattern.fullmatch(verb.group("verb"))]
                if matched and matched[0] != "absent":
                    relation = "fundedBy" if funding and matched[0] in ("funded", "provided") else "sponsoredBy"
        for mention in group:
            refs.append(ActorRef(kind=mention.entry.key, name=mention.name, relation=relation))
    unique = []
    for ref in refs:
        if ref not in unique:
            unique.append(ref)
    return tuple(unique)


# --- laws named in a text (used by the policies and statistics families) ---------------------

#: ... a part in brackets too: "the People Trafficking and People Smuggling (Prohibition) Act, 2009" (2015 Swaziland).
_CAP = r"(?:[A-Z][\w’'-]*|\([A-Z][\w’'-]*\)|of|on|and|in|the|for|against|to)"
#: Capitalised words that open a sentence or clause, not a law's name ("The Child Protection Code of 2003", "While Law 263
#: created", "Using Proclamation 1178/2020, increase ..."), and a verb before "the" that opens an item ("Implement the
#: Trafficking in Persons Act of 2015").
_NOT_A_NAME = r"(?!(?:The|This|That|These|Those|Its|Their|Under|Using|Through|While|Although|Whereas|Since|As|In|If|When|But|And|Both)\s|[A-Z][\w’'-]*\s+the\s)"
#: A law's number: "No. 3", "87(I)", "26.842", "11/2013", "1178/2020", "2016-61" (a year in it dates the law: :func:`_year_in_number`).
_LAW_NUMBER = r"(?:[Nn]o\.\s*|Number\s+)?\d+(?:\.\d+)*(?:\([IVX]+\))?(?:\s*[/-]\s*\d+)*"
#: ... or after a dash, before a letter code: "Supreme Decree No. 001-2016-IN" (Peru).
#: ... or its last two digits after a slash: "Law 68/15" (2019 Kuwait), "Law 4788/12" (2020 Paraguay).
#: ... or first, right after "No." with no space: "Law No.2016-111 on the Fight Against Trafficking in Persons" (2019 Cote d'Ivoire).
_YEAR_IN_NUMBER = re.compile(rf"(?:/\s*|(?<=\d)-)(?P<last>{YEAR})(?:-[A-Z]{{1,5}})?$|(?:\s|(?<=[Nn]o\.))(?P<first>{YEAR})-\d+$|(?<=\d)/(?P<short>\d\d)$")
#: What a law of a kind is about, after its kind: "Law on Combating Trafficking in Human Beings", "Decree against ...".
_ON_SUBJECT = r"(?:on|against|for)\s+(?:[A-Z][\w’'-]*\s*|of\s+|and\s+|in\s+|the\s+)+"
#: A law named by its month and year: "a June 2011 law", "the June 2011 victim protection law", "a March 2014 legislative
#: decree" (2015 Italy); after a possessive, as a law named by its year alone: "The government's September 2004 Law on
#: Women" (2006 Laos), "Oman’s 2008 anti-trafficking law".
MONTH_YEAR_LAW = re.compile(
    r"\b(?:the|its|a|an|[\w.-]+[’']s)\s+(?:new\s+)?(?P<name>(?P<month>%s)\s+(?P<year>%s)\s+(?:[\w’'-]+\s+){0,3}?"
    # (not a tool of law enforcement: "the July 2019 law enforcement agreement with Cote d’Ivoire", 2020 Burkina Faso)
    r"(?:law|act|code|legislation|decree))\b(?!\s+enforcement)" % (MONTH, YEAR), re.I)
#: A law's enactment in a year, after its noun: "stricter visa laws enacted in June 2019" (2020 Chile).
_ENACTED_IN = rf"(?:enacted|passed|adopted|approved|promulgated)\s+in\s+(?:(?:{MONTH})\s+)?{YEAR}\b"


class LawPattern(NamedTuple):
    """A pattern of a law's mention, and what it needs in a sentence besides :func:`_law_words`, declared with it (a key
    of :data:`_LAW_NEEDS`), or None: "year" when the law's name opens with its year or month and year ("the 2013
    anti-trafficking law", "a June 2011 law"), "enactment" when it looks ahead for an enactment in a year ("visa laws
    enacted in June 2019")."""

    pattern: re.Pattern
    needs: str | None = None


#: What a law pattern may need in a sentence (:attr:`LawPattern.needs`): half the sentences with a law's words have no
#: year, and one in a hundred an enactment; each is looked for once a sentence.
_LAW_NEEDS = {"year": _A_YEAR, "enactment": re.compile(_ENACTED_IN, re.I)}


#: A law by its year and initials ending as an Act's ("TIPLEAA", "HTTCA"), after "under" or "through" (:func:`_law_patterns`).
_UNDER_YEAR_INITIALS = re.compile(rf"(?i:\b(?:under|through)\s+(?:the|its)\s+)(?P<name>(?P<year>{YEAR})\s+[A-Z]{{1,7}}A)\b(?!\s+[A-Z])")


@functools.lru_cache(maxsize=1)
def _law_patterns() -> tuple[LawPattern, ...]:
    """The patterns of a law's mention with what each needs, built once on first use (a law's kind: tip:LawKinds)."""
    kinds = word_class("LawKinds").pattern
    return (
        # "Law No. 91 of 2013", "Law no. 11/2013", "Decree No. 3 of 2011", "Law on Combating Trafficking in Human Beings"
        LawPattern(re.compile(rf"\b(?P<name>{kinds}\s+(?:[Nn]o\.\s*[\w./-]*\w|{_ON_SUBJECT})(?:\s*of\s+(?P<year>{YEAR}))?)")),
        # Capitalised names: "Prevention and Combating of Trafficking in Persons Act", "Criminal Code", "Counter-Trafficking Act 2010"
        # (not an Order or Resolution, which end other names: "Public Order", "Security Council Resolution")
        LawPattern(re.compile(r"\b%s"
                   # ... or an amendment of one by its year: "the Criminal Code Amendment of 2013" (factbook 2016 Papua New Guinea)
                   r"(?P<name>[A-Z][\w’'-]*(?:\s+%s){0,9}\s+(?:Act|Law|Code|Decree|Proclamation|Ordinance|act|Amendments?(?=\s+(?:of\s+)?(?:19|20)\d\d))"
                   r"(?:\s+(?:No\.|Number)\s*[\w./-]*\w)?(?:(?:\s+(?:of\s+)?|\s+\()(?P<year>%s))?)\b(?![-–/]\d)" % (_NOT_A_NAME, _CAP, YEAR))),
        # ... with its year after a comma, as Commonwealth laws are named ("... (Prohibition) Act, 2009, which became effective
        # in 2010", 2015 Swaziland), or after its initials ("the Prevention and Suppression of Human Trafficking Act (PSHTA) of
        # 2012"); regulations by their capitalised name ("the Employment Agency Regulations issued in 2016", 2022 Maldives)
        LawPattern(re.compile(r"\b%s(?P<name>[A-Z][\w’'-]*(?:\s+%s){0,9}\s+(?:(?:Act|Law|Code|Decree|Proclamation|Ordinance)"
                   r"(?:\s+\([A-Z]{2,10}\)\s+of\s+|,\s+(?=%s(?:[,.;)]|$)))(?P<year>%s)(?![-–/]\d)|Regulations))\b" % (_NOT_A_NAME, _CAP, YEAR, YEAR))),
        # two capitalised words or more before a lower-case "law": "an amendment to the Social Assistance law" (2010 Albania)
        LawPattern(re.compile(r"\b%s(?P<name>[A-Z][\w’'-]*(?:\s+%s){0,8}\s+[A-Z][\w’'-]*\s+law)\b(?!\s+enforcement)" % (_NOT_A_NAME, _CAP))),
        # "the 2013 anti-trafficking law", "Zimbabwe’s 2014 anti-trafficking law", "its 2003 Measures Against Trafficking in Persons law",
        # "the 2014 decree", "a 2019 government resolution", "its 2003 federal statute" (2006 Nigeria), the rules of a law: "the 2017 PSHTA implementing rules"
        # (2021 Bangladesh)
        # ... a draft's too: "Pass and enact draft 2006 legislation" (2009 Niger)
        LawPattern(re.compile(rf"\b(?:the|its|a|an|[\w.-]+[’']s|draft)\s+(?:new\s+)?(?P<name>(?P<year>{YEAR})\s+(?:(?:[\w’'-]+\s+){{0,3}}?|(?:(?:(?-i:[A-Z][\w’'-]*)|in|of|on|against|and|for)\s+){{1,8}}?)"
                   # ... a law's by-laws by their year ("The 2016 by-laws regulated implementation of this law", 2019 Kuwait)
                   # ... a bill by its year, the reports' word for a law passed then: "enacting implementing regulations to its 2017
                   # migrant protection bill" (2021 Indonesia; "a migrant worker protection bill passed in 2017", 2020; "the 2017
                   # Protection of Indonesian Migrant Workers law", 2019)
                   r"(?:by-?laws|law(?!\s+enforcement)|act|code|legislation|decree|resolution|ordinance|proclamation|statute|bill"
                   r"|implementing\s+(?:rules|regulations)))\b", re.I), "year"),
        LawPattern(MONTH_YEAR_LAW, "year"),
        # "2014 amendments to the criminal code": the amendments are a law of their year; so is a revision ("As of a 2006
        # revision to its penal code Article 134", 2015 Laos)
        LawPattern(re.compile(rf"\b(?P<name>(?P<year>{YEAR})\s+(?:amendments?|revisions?)\s+to\s+(?:the|its)\s+(?:[\w’'-]+\s+){{0,3}}?(?:law|act|code))\b", re.I), "year"),
        # "the anti-trafficking law", "its penal code", "the labor code"; "promulgated an updated penal code" (2019 Laos),
        # "adopted a new labor code"; "enacting an anti-trafficking law" (factbook 2013 Guinea-Bissau)
        # ... the country's ("amended Slovenia’s criminal code", 2009 Slovenia), a new one with more words after a comma ("a new,
        # comprehensive anti-human trafficking law that came into force in June 2008", 2009 Thailand)
        LawPattern(re.compile(r"\b(?:(?:the|its|(?-i:[A-Z][\w.-]+)[’']s)\s+(?:(?:new|updated|revised|amended),?\s+)?|an?\s+(?:new|updated|revised|amended),?\s+|an\s+(?=anti-))"
                   # ... with words before its field: "the child trafficking law" (2006 Burkina Faso), "a comprehensive anti-trafficking statute"
                   r"(?P<name>(?:(?!(?:of|and|or|to|in|for|on|the|a|an|its|their|this|that)\b)[\w-]+(?<!ed)\s+){0,2}?"
                   # ... its field (tip:LawFieldWords: "the revised children’s code, which came into effect in March 2020", 2021 Guinea)
                   rf"{word_class('LawFieldWords').pattern}\s+(?:law|code|act|statute))\b(?!\s+enforcement)", re.I)),
        # laws by what they are, dated by their enactment right after: "stricter visa laws enacted in June 2019" (2020 Chile)
        LawPattern(re.compile(rf"\b(?P<name>(?:(?!(?:of|and|or|to|in|for|on|the|a|an|its|their|this|that|due)\b)[\w-]+\s+){{0,2}}?(?:laws?|legislation))"
                   rf"\s+(?={_ENACTED_IN})", re.I), "enactment"),
        # "A new law passed in 2013 criminalizing ..." (factbook 2015 Syria)
        LawPattern(re.compile(r"\b(?i:an?)\s+(?P<name>new\s+law)\b")),
        # "anti-trafficking law 19.643": a law by its number
        LawPattern(re.compile(r"\b(?P<name>(?:anti-trafficking|trafficking)\s+law\s+(?:[Nn]o\.\s*)?\d+(?:[./-]\d+)*)")),
        # a law by its number, and year: "Law 60(I) of 2014", "Law 87(I)/2007" (Cyprus), "Presidential Decree 233/2003" (Greece),
        # "Proclamation 1178/2020" (2020 Ethiopia), "Organic Law 2016-61" (2023 Tunisia), "Law 26.842 of 2012" (2019 Argentina)
        # ... a decree by its number whatever its case: "Presidential decree 1069 of 2014" (2018 Colombia)
        LawPattern(re.compile(rf"\b(?P<name>(?:{_NOT_A_NAME}[A-Z][\w’'-]*\s+){{0,2}}?(?:{kinds}|decree)\s+{_LAW_NUMBER}(?:\s+of\s+(?P<year>{YEAR}))?)\b")),
        # a year before a name with commas or a part in brackets: "The 2018 Child Care, Protection, and Adoption Act"
        # (2020 St. Lucia), "the 2021 Counter-Trafficking (Amendment) Act" (2023 St. Lucia); of another kind: "The 2004
        # Trafficking and Smuggling of Persons Order" (2017 Brunei)
        LawPattern(re.compile(rf"(?i:\b(?:the|its|a|an)\s+)(?:new\s+)?(?P<name>(?P<year>{YEAR})\s+(?:(?:[A-Z][\w’'-]*,?|\([A-Z][\w’'-]*\)|in|of|on|"
                   r"against|and|for|the)\s+){1,9}?(?:Act|Law(?!\s+Enforcement)|Code|Order|Decree|Ordinance|Proclamation))\b"), "year"),
        # a year before "Law on ...": "The 2008 Law on Preventing and Combating the Trafficking of People" (2019 Mozambique)
        LawPattern(re.compile(rf"(?i:\b(?:the|its|a|an)\s+)(?:new\s+)?(?P<name>(?P<year>{YEAR})\s+{kinds}\s+{_ON_SUBJECT})"), "year"),
        # "article 143 (of the criminal code)"
        LawPattern(re.compile(r"\b(?P<name>[Aa]rticles?\s+\d+[\w.-]*(?:\s+of\s+the\s+(?:[A-Z]\w+\s+)?(?:penal|criminal|labou?r)\s+code)?)", re.I)),
        # a law by its year and initials, as the subject of what a law does: "The 2007 HTTCA criminalized ..." (2019 Nepal)
        LawPattern(re.compile(rf"(?i:\b(?:the|its)\s+)(?P<name>(?P<year>{YEAR})\s+[A-Z]{{2,8}})\s+(?:also\s+)?(?:criminaliz|prohibit|prescrib|penaliz|provid|defin)"), "year"),
        # ... or as what a case is tried under or a crime prohibited through, by initials that end as an Act's do: "94 were
        # convicted under the 2015 TIPLEAA" (2023 Nigeria), "prohibits ... trafficking in persons through the 2007 HTTCA and the
        # 2008 regulation" (2015 Nepal); not a treaty's ("under the 2000 UN TIP Protocol")
        LawPattern(_UNDER_YEAR_INITIALS, "year"),
        # regulations by their year alone, as the reports name a law's: "the 2008 regulation" (2015 Nepal), "the 2015
        # regulations for this Act, which ... have the force of law" (2021 Ghana); not a regulating ("the 2019 regulation of
        # recruitment agencies")
        LawPattern(re.compile(rf"(?i:\b(?:the|its)\s+)(?P<name>(?P<year>{YEAR})\s+(?i:regulations?))\b(?!\s+of\b)"), "year"),
        # "Kosovo law criminalizes", "Peruvian law prescribed"
        LawPattern(re.compile(r"\b(?P<name>[A-Z][\w’'-]+\s+law)\s+(?:criminaliz|prohibit|prescrib|provid|does not|did not)")),
    )


@functools.lru_cache(maxsize=1)
def _law_words() -> re.Pattern:
    """The words one of which every pattern of :func:`_laws` needs, as a whole word (tip:LawMentionWords: its kind, "law",
    "article", ...), or, for a law by its year and initials, what it does after them: a sentence with none names no law
    (three in four sentences of a narrative), and is not read by the seventeen. A pattern added to ``_laws`` that needs
    another word adds it to tip:LawMentionWords (tests/test_response.py checks this on the corpus)."""
    return re.compile(rf"{word_class('LawMentionWords').pattern}"
                      rf"|{YEAR}\s+[A-Z]{{2,8}}\s+(?:also\s+)?(?:criminaliz|prohibit|prescrib|penaliz|provid|defin)"
                      rf"|{_UNDER_YEAR_INITIALS.pattern}", re.I)


def _laws() -> tuple[re.Pattern, ...]:
    """The patterns of a law's mention (:func:`_law_patterns`)."""
    return tuple(law.pattern for law in _law_patterns())


def _law_needs() -> tuple[re.Pattern | None, ...]:
    """For each pattern of :func:`_laws`, the pattern of what it needs in a sentence besides :func:`_law_words`
    (:attr:`LawPattern.needs`), or None (tests/test_response.py checks the needs on the corpus)."""
    return tuple(None if law.needs is None else _LAW_NEEDS[law.needs] for law in _law_patterns())


@functools.lru_cache(maxsize=1)
def _two_laws() -> re.Pattern:
    """Two capitalised law names joined: "the Child Protection Act and the Prevention of Trafficking Act"."""
    return re.compile(rf"(?P<first>.+?\b{word_class('LawKinds').pattern})(?:,?\s+and\s+|,\s+)(?:the\s+)?(?P<second>[A-Z].+)$")


def _century(short: str | None) -> str | None:
    """The year of a law number's last two digits: this century's up to the reports' last years, else the last's."""
    return None if short is None else f"20{short}" if int(short) <= 30 else f"19{short}"


#: A law named by its date before its noun ("June 2019 legislation", "2013 anti-trafficking law").
_DATE_FIRST = re.compile(rf"(?:(?:{MONTH})\s+)?{YEAR}\s", re.I)


@functools.lru_cache(maxsize=1)
def _study_after() -> re.Pattern:
    """A noun of a study right after a law's name (tip:StudyNouns): the name is that study's subject."""
    return re.compile(rf"\s+{word_class('StudyNouns').pattern}", re.I)


@functools.lru_cache(maxsize=1)
def _study_of() -> re.Pattern:
    """A noun of a study before the law noun it is on (tip:StudyNouns): "the ministry's 2019 report on legislation" names
    a report, not a law."""
    return re.compile(rf"{word_class('StudyNouns').pattern}\s+(?:on|of|into)\s", re.I)


def _names_a_study(name: str) -> bool:
    """Whether a law's name is a study of laws: a study noun before "on"/"of" that comes before every law noun."""
    study = _study_of().search(name)
    first_law = word_class("LawNouns").search(name)
    return study is not None and (first_law is None or study.start() < first_law.start())


def law_mentions(text: str) -> list[tuple[int, int, str, int | None]]:
    """``(start, end, name, year)`` of the laws named in ``text``, without overlaps.

    Examples
    --------
    >>> [m[2:] for m in law_mentions("prosecuted 15 individuals under the 2013 anti-trafficking law")]
    [('2013 anti-trafficking law', 2013)]
    """
    return list(_law_mentions(text))


@functools.lru_cache(maxsize=256)  # the policies and statistics families both read a sentence's laws
def _law_mentions(text: str) -> tuple[tuple[int, int, str, int | None], ...]:
    if not _law_words().search(text):
        return ()
    lex = load_lexicon()
    found: list[tuple[int, int, str, int | None]] = []
    met: dict[str, bool] = {}  # the needs of the patterns (:attr:`LawPattern.needs`) found in the text
    for pattern, needs in _law_patterns():
        if needs is not None:
            if needs not in met:
                met[needs] = bool(_LAW_NEEDS[needs].search(text))
            if not met[needs]:
                continue
        for match in pattern.finditer(text):
            name = re.sub(r"\s+", " ", match.group("name")).strip(" ,")
            name = re.sub(r"\s+(?:in|of|and|the|to|for|on|against)$", "", name)
            name = re.sub(rf"\s+\((?={YEAR}$)", " ", name)  # "the Trafficking in Persons Act (2008)"
            if lex.excluded_laws.search(name) or len(name) < 5:
                continue
            if _DATE_FIRST.match(name) and _study_after().match(text, match.end("name")):
                continue  # "the ministry's June 2019 legislation review": the date is the review's (tip:StudyNouns)
            if _names_a_study(name):
                continue  # "the ministry's 2019 report on legislation": so is a study noun before its subject
            year = match.group("year") if "year" in pattern.groupindex else None
            in_number = _YEAR_IN_NUMBER.search(name)
            year = year or in_number and (in_number.group("last") or in_number.group("first") or _century(in_number.group("short")))
            start = match.start("name")
            two = _two_laws().match(name)
            if two and not year:
                # "the Child Protection Act and the Prevention of Trafficking Act": two laws, not one name
                found.append((start, start + two.end("first"), two.group("first"), None))
                start, name = start + two.start("second"), two.group("second")
            found.append((start, start + len(name), name, int(year) if year else None))
    found.sort(key=lambda m: (m[0], -(m[1] - m[0])))
    kept: list[tuple[int, int, str, int | None]] = []
    for mention in found:
        if kept and mention[0] < kept[-1][1]:
            continue
        kept.append(mention)
    return tuple(kept)
