"""Split a document into sentences with character offsets, each tagged with its section.

Sections of a full narrative: ``header``, ``profile``, ``assessment``, ``recommendations``,
``prosecution``, ``protection``, ``prevention``. They are found from headings when the report
has them ("PROSECUTION", "Prioritized Recommendations") and otherwise from the opening
sentence of each paragraph ("The Government of Kosovo improved its prevention efforts").
Short corpus summaries have ``profile`` ("current situation:") and ``assessment``
("tier rating:") parts.
"""
from __future__ import annotations

import functools
import re

from .model import Document, Sentence
from .vocab import TIP, vocabulary_graph

SECTIONS = ("header", "profile", "assessment", "recommendations", "prosecution", "protection", "prevention")

# Words after which a period does not end a sentence.
_ABBREVIATIONS = {
    "u.s", "gov", "govt", "no", "nos", "mr", "mrs", "ms", "dr", "st", "jr", "sr", "vs", "etc", "e.g", "i.e",
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "art", "arts",
    "para", "approx", "est", "inc", "ltd", "co", "corp", "dept", "gen", "col", "lt", "sgt", "rep", "sen",
    "u.n", "u.k", "u.a.e", "p.r.c", "d.r.c", "fig", "vol", "op", "cf", "al",
}
#: Where a sentence ends. Every way starts at a space, a bullet or a capital (after a full stop): tested first, so that
#: the seven ways are not tried at every letter of the text (2.5 -> 0.8 ms a full-length narrative).
_BOUNDARY = re.compile(
    r"""(?=[\s•A-Z])(?:
    (?:(?<=[.!?])|(?<=[.!?]["”’)]))\s+(?=["“‘(]?[A-Z0-9•*])       # end mark, space, capital
    |(?<=[a-z0-9)][.])(?=[A-Z][a-z])                               # "groups.Provide", "in 2015.The" (missing space)
    |(?<=[A-Z]{2}[.])(?=[A-Z][a-z])                                # "the NAP.Increase" (not "U.S.Government")
    |\s*[•]\s*                                                     # bullet lists
    |\s+\*\s+(?=[A-Z])                                             # "* Increase funding"
    |\s+(?=tier\ rating:)                                          # factbook summary parts
    |\n\s*\n                                                       # paragraph breaks (lines that run on are joined)
    )""", re.X)
_LAST_WORD = re.compile(r"([A-Za-z][A-Za-z.]*)\.[\"”’)]?$")

_HEADINGS = [
    (re.compile(r"^(?:prioritized\s+)?recommendations\b(?:\s+for\b[^:]*)?:?$", re.I), "recommendations"),
    (re.compile(r"^prosecution:?$", re.I), "prosecution"),
    (re.compile(r"^protection:?$", re.I), "protection"),
    (re.compile(r"^prevention:?$", re.I), "prevention"),
    (re.compile(r"^(?:trafficking profile|scope and magnitude):?$", re.I), "profile"),
]
#: The parts of a short corpus summary.
_SUMMARY_OPENERS = [
    (re.compile(r"^(?:current situation:)", re.I), "profile"),
    (re.compile(r"^(?:tier rating:)", re.I), "assessment"),
]
_PROFILE_OPENER = re.compile(r"^as reported over the past (?:five|\w+) years\b", re.I)
_OPENERS = _SUMMARY_OPENERS + [
    # the opening words of every trafficking profile since the 2017 report, heading or not
    (_PROFILE_OPENER, "profile"),
    (re.compile(r"^(?:prioritized\s+)?recommendations\s+for\b|^prioritized recommendations", re.I), "recommendations"),
    (re.compile(r"^prosecution\s*[:.–-]", re.I), "prosecution"),
    (re.compile(r"^protection\s*[:.–-]", re.I), "protection"),
    (re.compile(r"^prevention\s*[:.–-]", re.I), "prevention"),
    (re.compile(r"^scope and magnitude:|^trafficking profile", re.I), "profile"),
    (re.compile(r"^(?:the )?government(?: of [\w ]+)? (?:does not|fully|did not fully|is not)"
                r"|^the government(?: of [\w ]+)? (?:does|did) not (?:fully )?(?:comply|meet)"
                r"|\bremains? (?:a|on) (?:special case|tier)|\bis a special case\b"
                # "The Government of the United Kingdom (UK) fully meets", "Afghan ministries ... do not fully meet"
                r"|\b(?:fully meets?|fully compl(?:y|ies) with|(?:does|do|did) not (?:fully )?(?:meet|comply with)) the minimum standards",
                re.I), "assessment"),
    (re.compile(r"\bprosecut|\blaw enforcement\b|\blaw (?:criminalizes|prohibits)|\bcriminaliz", re.I), "prosecution"),
    (re.compile(r"\bprotect(?:ion|ing)\b.*\bvictims?\b|\bvictim (?:protection|identification)|\bprotection efforts", re.I), "protection"),
    (re.compile(r"\bprevent(?:ion|ing)?\b", re.I), "prevention"),
    (re.compile(r"\bis (?:a|primarily a|mainly a|principally a) (?:source|transit|destination)\b", re.I), "profile"),
]


@functools.lru_cache(maxsize=1)
def _imperative_body() -> str:
    """The opening of an item: a bullet or number, an adverb, then a word that opens the reports' requests
    (``tip:openingWord`` of tip:ListItemRecommendation in ``ontology/response.ttl``: "Increase efforts to identify
    victims."); a paragraph of them is a recommendations list even without a heading."""
    words = sorted((str(w) for w in vocabulary_graph().objects(TIP.ListItemRecommendation, TIP.openingWord)),
                   key=lambda w: (-len(w), w))
    return r"(?:[•*▪◦–—-]\s*|\d+[.)]\s+|\s)*(?:(?:[A-Za-z]+ly|further|continue to)\s+)?(?:" + "|".join(words) + r")\b"


@functools.lru_cache(maxsize=1)
def _imperative() -> re.Pattern:
    return re.compile(_imperative_body(), re.I)  # matched at a position: no "^"


def opens_item(text: str, at: int = 0) -> bool:
    """Whether ``text`` opens with the verb of an item (or an adverb before one) at ``at``: "increase cooperation ..."."""
    return bool(_imperative().match(text, at))


_ITEMS = re.compile(r"•|\s\*\s|;|(?:[a-z]|[A-Z]{2})[.](?=[A-Z][a-z])")
_BULLET_SEPARATOR = re.compile(r"\s[•*]\s")


def _is_recommendation_paragraph(para: str, current: str, following: str = "") -> bool:
    """An imperative paragraph: a list (bullets, ";", glued sentences), any imperative after a heading or
    the tier paragraph, or the first of imperative paragraphs in a row (a list laid out one item per paragraph)."""
    if not _imperative().match(para):
        if current == "recommendations" and (_LIST_ITEM.match(para) or item_after_phrase(para)):
            # the list goes on: a bullet, or an item whose verb follows a phrase ("In collaboration with civil
            # society, investigate and prosecute ...")
            return True
        # a bulleted or ";" list flattened into one paragraph whose first item opens with a phrase before
        # its verb ("Using the SOPs for victim identification, proactively identify victims. * ...",
        # "In collaboration with civil society, increase ...; increase ..."); the last item may be cut by the file end
        items = _BULLET_SEPARATOR.split(para)
        if len(items) < 3:
            items = _list_pieces(para)
        opens = [_opens_with_imperative(item) or item_after_phrase(item.strip()) is not None for item in items[1:]]
        return current in ("recommendations", "assessment") and len(items) > 2 and all(opens[:-1]) and \
            (opens[-1] or len(opens) > 2)
    # right after the tier paragraph, an imperative paragraph is the list whose heading was lost (2018–2024 extracts)
    return current in ("recommendations", "assessment") or bool(_ITEMS.search(para)) or bool(_imperative().match(following))


#: A phrase set off by a comma before the verb of an item: "In collaboration with civil society, ...", "As a
#: priority, ..."; no year in it ("In 2019, use of ..." is a finding). It may name partners and means at length ("In
#: partnership with civil society and through dedicated funding from national and local governments, increase ...", 2018
#: Colombia: 86 characters).
#: ... not a subject with its verb ("The Government of Jamaica took significant steps to apprehend, investigate, ...", 2009
#: Jamaica: a finding after the list, whose verbs after the comma go on a series).
_PHRASE = re.compile(r"(?:[•*▪◦–—-]\s*)?(?!(?:The|This|These|Those|Its|Their|A|An)\s)[A-Z][^,;.:\d]{1,120},\s+")


def item_after_phrase(text: str) -> int | None:
    """Where the verb of an item that opens with a phrase before it starts ("In partnership with NGOs, train
    officials ..."), or None; a noun spelled as a verb is no verb ("In addition, support for victims ...")."""
    phrase = _PHRASE.match(text)
    rest = text[phrase.end():] if phrase else ""
    # after a phrase the noun is written in lower case: read it as at a sentence's start
    return phrase.end() if phrase and _opens_with_imperative(rest.lstrip()[:1].upper() + rest.lstrip()[1:]) else None


#: A noun that an imperative verb may be spelled as, capitalised: "Support for victims remained limited", "Use of
#: ...". Lower case, as a ";" list's items are written, it is the verb ("screen for trafficking indicators").
_NOUN_OF = re.compile(r"[A-Z]\w*\s+(?:of|for)\b")


def _opens_with_imperative(text: str) -> bool:
    """Whether ``text`` opens with the verb of an item, not with a capitalised noun spelled as one ("Support for
    victims ..."); "screen for ...", "provide for ..." in a ";" list are verbs."""
    return bool(_imperative().match(text)) and not _NOUN_OF.match(text.lstrip())


def _list_pieces(text: str) -> list[str]:
    """The pieces of a ";" list, the "and" before the last one dropped."""
    return [re.sub(r"^\s*and\s+", "", piece) for piece in text.split(";")]


#: The characters of the word :data:`_LAST_WORD` finds.
_WORD_OR_DOT = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz.")


def _last_word(candidate: str) -> re.Match | None:
    """``_LAST_WORD.search(candidate)``, tried from 40 characters before the end where the character before them cannot
    be in its match (a match runs to the end through letters and dots): searched whole, each sentence's text was
    tried at every character."""
    at = max(0, len(candidate) - 40)
    return _LAST_WORD.search(candidate, 0 if at and candidate[at - 1] in _WORD_OR_DOT else at)


def split_sentences(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """Return ``(start, end)`` offsets of the sentences of ``text[start:end]``, trimmed of space.

    Examples
    --------
    >>> t = "The U.S. gave $158,593. It helped."
    >>> [t[a:b] for a, b in split_sentences(t)]
    ['The U.S. gave $158,593.', 'It helped.']
    """
    end = len(text) if end is None else end
    spans: list[tuple[int, int]] = []
    cursor = start
    for match in _BOUNDARY.finditer(text, start, end):
        candidate = text[cursor:match.start()]
        last = _last_word(candidate)
        if last and match.group().strip() == "" and "\n" not in match.group() and _is_abbreviation(last.group(1), text, match.end()):
            continue
        if re.fullmatch(r"\s*\d{1,2}[.)]", candidate):
            continue  # the number of a list item ("1. Increase efforts ..."), not a sentence
        _append_trimmed(text, cursor, match.start(), spans)
        cursor = match.end()
    _append_trimmed(text, cursor, end, spans)
    return [piece for span in spans for piece in _bounded(text, *span)]


#: The longest sentence the rules read whole. The reports' longest run to about 4,000 characters
#: (a Factbook summary without full stops); past the bound a text without sentence ends (a table,
#: a list pasted as one line) is read in clauses, since some rules look across the whole
#: sentence for each number in it and would take minutes on a sentence of a megabyte.
MAX_SENTENCE_CHARS = 6000


def _bounded(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """``(start, end)`` cut into pieces of at most MAX_SENTENCE_CHARS, each after a ";", a "," or a
    space if one is near its end (the whole span when it is short enough).

    >>> t = "a, " * 2500
    >>> [b - a for a, b in _bounded(t, 0, len(t) - 1)]
    [5999, 1499]
    """
    pieces: list[tuple[int, int]] = []
    while end - start > MAX_SENTENCE_CHARS:
        limit = start + MAX_SENTENCE_CHARS
        cut = limit  # no clause end nor space in the second half: cut anywhere
        for mark in ("; ", ", ", " "):  # the strongest boundary in the second half of the piece
            found = text.rfind(mark, start, limit)
            if found > start + MAX_SENTENCE_CHARS // 2:
                cut = found + 1
                break
        _append_trimmed(text, start, cut, pieces)
        start = cut
    _append_trimmed(text, start, end, pieces)
    return pieces


# Abbreviations that can also end a sentence ("... trafficked to the U.S. The government ...").
_FINAL_ABBREVIATIONS = {"u.s", "u.k", "u.a.e", "p.r.c", "d.r.c", "etc", "u.n", "inc", "ltd", "co", "corp"}
_SENTENCE_OPENER = re.compile(
    r"(?:The|In|During|However|This|These|There|It|Its|Although|While|Authorities|Officials|Victims|NGOs|Police|"
    r"Some|Many|Most|Several|According|Despite|Since|On|As)\b")


def _is_abbreviation(word: str, text: str, next_at: int) -> bool:
    lowered = word.lower().rstrip(".")
    if lowered in _ABBREVIATIONS:
        # "U.S. Government" goes on; "... to the U.S. The government" ends the sentence.
        return not (lowered in _FINAL_ABBREVIATIONS and _SENTENCE_OPENER.match(text, next_at))
    # Initials such as "P. R. C." or "J. Smith".
    return len(word) == 1 and word.isupper()


def _append_trimmed(text: str, start: int, end: int, spans: list[tuple[int, int]]) -> None:
    while start < end and (text[start].isspace() or text[start] in "•*"):
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start and any(ch.isalnum() for ch in text[start:end]):
        spans.append((start, end))


def segment(document: Document) -> list[Sentence]:
    """Split ``document`` into sentences tagged with their section.

    Returns
    -------
    list of :class:`~kg.model.Sentence`, in document order, offsets into ``document.text``.

    Examples
    --------
    >>> from kg.model import Document
    >>> doc = Document("x", "KOSOVO (Tier 2)\\n\\nKosovo is a source country. It is.", "XK", "Kosovo", 2009, "x", "narrative")
    >>> [(s.section, s.text) for s in segment(doc)]
    [('header', 'KOSOVO (Tier 2)'), ('profile', 'Kosovo is a source country.'), ('profile', 'It is.')]
    """
    text = document.text
    sentences: list[Sentence] = []
    section = "header" if document.kind == "narrative" else "profile"
    paragraphs, titles = _paragraphs(text)
    under_list_heading = False  # the paragraph before was the heading of the recommendations
    for number, (para_start, para_end) in enumerate(paragraphs):
        para = text[para_start:para_end]
        heading = _heading_section(para)
        if heading:
            section = heading
            under_list_heading = heading == "recommendations"
            sentences.append(Sentence(len(sentences), para_start, para_end, para, heading))
            continue
        opens_body = section == "header" and number >= titles  # the first paragraph after the title lines
        if opens_body:
            section = "profile"
        if document.kind == "narrative":
            following = text[slice(*paragraphs[number + 1])] if number + 1 < len(paragraphs) else ""
            if under_list_heading or _is_recommendation_paragraph(para, section, following) \
                    or opens_body and _imperative().match(para):
                # ... and an imperative that opens the narrative's text: no profile or tier paragraph opens with one,
                # a list copied without its heading and what came before it does ("Develop, implement, and fund a
                # national strategic action plan on victim services, ...", 2021 Mexico, the one item of its copy)
                # the paragraph under "RECOMMENDATIONS FOR LAOS" is the list whatever verb it opens with
                section = "recommendations"
            else:
                section = _opening_section(para, section) or section
        under_list_heading = False
        items_before = False  # an item of the list before, in this paragraph
        spans = split_sentences(text, para_start, para_end)
        list_from = _run_in_list(text, spans) if document.kind == "narrative" and section in ("profile", "assessment") else None
        for k, (start, end) in enumerate(spans):
            sentence_text = text[start:end]
            if k == list_from:
                section = "recommendations"  # the tier paragraph's verdict, then the list run into it without heading
            if document.kind == "summary":
                section = _summary_section(sentence_text) or section
            elif inline := _inline_heading(sentence_text):
                # a heading run into the paragraph ("... did not convict any traffickers. Prioritized
                # Recommendations Draft, finalize, and implement ...", pages that join the lines)
                section = inline
            elif document.kind == "narrative" and section == "recommendations" and items_before \
                    and _SENTENCE_OPENER.match(sentence_text) and item_after_phrase(sentence_text) is None:
                # a sentence with a subject after the items ends the list: the next part run in ("... awareness
                # campaigns. The government demonstrated progress in the prosecution of ...")
                section = _opening_section(sentence_text, section) or "prosecution"
            heading_sentence = bool(_HEADING_SENTENCE.match(sentence_text))
            under_list_heading = section == "recommendations" and heading_sentence
            items_before = section == "recommendations" and (items_before or not heading_sentence)
            sentences.append(Sentence(len(sentences), start, end, sentence_text, section))
    return sentences


def _run_in_list(text: str, spans: list[tuple[int, int]]) -> int | None:
    """Where a list run into the end of a paragraph starts: two sentences at least, after the first, each opening
    with a capitalised imperative ("... remained on Tier 2. Increase efforts to identify victims. Provide ...")."""
    imperative = [text[a].isupper() and (_opens_with_imperative(text[a:b]) or item_after_phrase(text[a:b]) is not None)
                  for a, b in spans]
    start = len(spans)
    while start > 1 and imperative[start - 1]:
        start -= 1
    if len(spans) - start == 1:
        # one sentence: a ";" list ("... awareness campaigns. Adopt procedures to ...; increase training ...; ...")
        pieces = _list_pieces(text[slice(*spans[start])])
        return start if len(pieces) > 2 and all(_opens_with_imperative(piece) for piece in pieces[1:-1]) else None
    return start if len(spans) - start >= 2 else None


def _paragraphs(text: str) -> tuple[list[tuple[int, int]], int]:
    """Offsets of the paragraphs, and how many of them are title lines.

    A paragraph is a non-blank line, trimmed of surrounding space (and a CR of CRLF files). The
    title lines are the short lines before the narrative, up to the country header with its tier
    ("June 5, 2002", "Office to Monitor and Combat Trafficking in Persons", "HAITI (Tier 3)").

    After them, a hard-wrapped line (text copied from a PDF or an e-mail) runs on into the next
    one when it does not end a sentence and the next line goes on in lower case ("... children
    for forced" / "labor and sexual exploitation."), or when it ends on a comma or a word that
    cannot end a sentence ("the", "of"). In a text wrapped that way (two such run-ons at least), a
    line as long as a wrapped line runs on as well ("... on the way to North" / "America, where").
    A heading, a list item or an imperative never runs on or is run into.
    """
    lines: list[tuple[int, int]] = []
    for match in re.finditer(r"[^\n]+", text):
        _append_trimmed(text, match.start(), match.end(), lines)
    titles = _title_lines(text, lines)
    body = [text[a:b] for a, b in lines[titles:]]
    blank = [False] + [bool(re.search(r"\n[ \t\r]*\n", text[a[1]:b[0]])) for a, b in zip(lines[titles:], lines[titles + 1:], strict=False)]
    wrapped = sum(_runs_on(a, b, wrapped=False, after_blank=k) for a, b, k in zip(body, body[1:], blank[1:], strict=False)) >= 2
    spans: list[tuple[int, int]] = lines[:titles]
    for number, (start, end) in enumerate(lines[titles:]):
        if number and _runs_on(body[number - 1], body[number], wrapped, blank[number]):
            spans[-1] = (spans[-1][0], end)
        else:
            spans.append((start, end))
    return spans, titles


def _title_lines(text: str, lines: list[tuple[int, int]]) -> int:
    """How many leading lines are titles: header-like lines up to the first that gives a tier."""
    count = 0
    for number, (start, end) in enumerate(lines):
        line = text[start:end]
        if not _is_header_line(line) or number + 1 < len(lines) and text[lines[number + 1][0]].islower():
            break
        count += 1
        if _TIER_DESIGNATION.search(line):
            break
    return count


#: The first line of a heading of the recommendations that a copy broke in two.
_SPLIT_HEADING = re.compile(r"(?:prioritized|(?:prioritized\s+)?recommendations\s+for)", re.I)
#: Words no sentence or list item ends on: a line ending on one goes on in the next, whatever that opens with.
_OPEN_END = re.compile(r"\b(?:the|an|of|to|in|for|at|from|with|by|into|than|their|its)$", re.I)
_RUN_ON_END = re.compile(r"(?:,|\b(?:the|a|an|of|and|or|to|in|for|from|with|by|as|on|at|into|than|that|their|its))$", re.I)
_ITEM_MARK = re.compile(r"^(?:[•*▪◦–—-]\s*|\d+[.)]\s+)")
_LIST_ITEM = re.compile(r"^(?:[•*▪◦–—-]\s|\d+[.)]\s|[a-z][.)]\s)")
#: A line at least this long that ends in no mark was cut by wrapping (in a text wrapped elsewhere too).
_WRAPPED_LINE = 50


def _runs_on(line: str, following: str, wrapped: bool, after_blank: bool = False) -> bool:
    """Whether ``following`` continues the sentence that ``line`` leaves open (``after_blank``: a blank line between)."""
    line = line.rstrip()
    if _SPLIT_HEADING.fullmatch(line) and _heading_section(f"{line} {following.strip()}"):
        return True  # "PRIORITIZED" / "RECOMMENDATIONS:", "RECOMMENDATIONS FOR" / "GEORGIA:"
    if not line or line[-1] in ".!?\"”’)]" or _heading_section(line) or _heading_section(following.strip()):
        return False
    if re.fullmatch(r"[A-Z][a-z]+", line) and _imperative().match(line) and not _LIST_ITEM.match(following):
        return True  # an item's verb alone on its line, broken from its object ("Ensure" / "SOPs for victim identification ...")
    if line[-1] in ";:":  # "..., where they are subjected to sex or labor trafficking;" / "victims' family members ..."
        return following[:1].islower() and not _LIST_ITEM.match(following)
    if _OPEN_END.search(line) and not (after_blank and _imperative().match(following)
                                       and _ITEM_MARK.sub("", following)[:1].isupper()):
        # no sentence or item ends on "the": "... and refer them to the" / "Work Permit Office for care", "... no
        # inspections in" / "2011. Moldovan officials ..." (a year, not a numbered item); past a blank line a
        # capitalised imperative opens the list after a tier paragraph an extract cut ("... an increased number of")
        return True
    if _LIST_ITEM.match(following) or _TIER_DESIGNATION.search(following):
        return False
    if _LIST_ITEM.match(line):
        return following[:1].islower()  # a numbered item wrapped: "1. Increase efforts ... among migrant" / "workers."
    # an imperative opens a list item when capitalised; in lower case it goes on a wrapped item
    # ("... convict, and" / "sentence sex and labor trafficking offenders; ...")
    if _imperative().match(following) and following[:1].isupper():
        return False
    return (following[:1].islower() or bool(_RUN_ON_END.search(line))
            or wrapped and len(line) >= _WRAPPED_LINE)


_TIER_WORDS = re.compile(r"\btier\b|\bspecial case\b|trafficking in persons report|country narratives|country-by-country", re.I)
#: The country header's tier: "KOSOVO (Tier 2)", "NETHERLANDS: Tier 1", "LIBYA (Special Case)".
_TIER_DESIGNATION = re.compile(r"[(:]\s*(?:tier\s+(?:[123]|two|three|one)|special\s+case)\b", re.I)


def _is_header_line(para: str) -> bool:
    """A title line before the narrative: tier or report words, or a short line that is no sentence
    ("June 5, 2002", "Office to Monitor and Combat Trafficking in Persons", "Report")."""
    if len(para) >= 200:
        return False
    if _TIER_WORDS.search(para) or para.strip().startswith("["):
        return True
    return len(para) < 100 and para.rstrip()[-1:] not in ".!?;:" and len(para.split()) <= 14


def _heading_section(para: str) -> str | None:
    stripped = para.strip()
    if len(stripped) > 80:
        return None
    for pattern, section in _HEADINGS:
        if pattern.match(stripped):
            return section
    return None


#: The heading of the recommendations where a sentence opens: "Prioritized Recommendations", "RECOMMENDATIONS FOR
#: LAOS:", or a country named without a colon before the first item ("Recommendations for Fiji Draft, finalize, ...").
@functools.lru_cache(maxsize=1)
def _list_heading() -> re.Pattern:
    return re.compile(r"\s*(?i:(?:prioritized\s+)?recommendations)"
                      r"(?:\s+(?i:for)\s+(?:[^:;]{1,60}:|[\w’'.-]+(?:\s+[\w’'.-]+){0,5}?(?=\s+(?i:%s)))|\s*:)?" % _imperative_body())
#: A section heading run into the text after it: "PROSECUTION The government ...".
_RUN_IN_SECTION = re.compile(r"(?:(?i:prosecution|protection|prevention)\s*:?\s+(?=(?:The|In|During|Authorities|Officials|"
                             r"Although|While|Since)\b)|(?:PROSECUTION|PROTECTION|PREVENTION)\s*:?\s+(?=[A-Z]))")
#: A sentence that is only the heading of the recommendations ("PRIORITIZED RECOMMENDATIONS:").
_HEADING_SENTENCE = re.compile(r"^(?:prioritized\s+)?recommendations(?:\s+for\s+[^:;]{1,60})?\s*:?$", re.I)


def list_heading(sentence: str) -> re.Match[str] | None:
    """The heading of the recommendations that opens ``sentence``, if one does."""
    return _list_heading().match(sentence)


def _inline_heading(sentence: str) -> str | None:
    """The section whose heading opens ``sentence`` inside a paragraph, the text going on after it or not ("Prioritized
    Recommendations Draft, ...", "PROSECUTION The government ...", the profile's "As reported over the past five
    years, ..."); an item follows the heading of the recommendations, not a sentence of running text
    ("Recommendations: The government should ...")."""
    heading = list_heading(sentence)
    if heading and re.match(rf"\s*(?!{_SENTENCE_OPENER.pattern})[A-Z]|\s*$", sentence[heading.end():]):
        return "recommendations"
    section = _RUN_IN_SECTION.match(sentence)
    if section:
        return section.group().split()[0].rstrip(":").lower()
    return "profile" if _PROFILE_OPENER.match(sentence) else None  # the profile after the list, its heading lost


def _summary_section(sentence: str) -> str | None:
    for pattern, section in _SUMMARY_OPENERS:
        if pattern.search(sentence[:40]):
            return section
    return None


def _opening_section(para: str, current: str) -> str | None:
    opening = para[:220]
    for pattern, section in _OPENERS:
        if pattern.search(opening):
            if section == "profile" or SECTIONS.index(section) >= SECTIONS.index(current) or current in ("header", "profile"):
                return section
            return None
    return None
