"""Country narratives out of the blocks of a published report (PDF pages or a saved web page).

A reader turns its file into :class:`Block` records in reading order (a paragraph, a heading, a
list item), each with the page it starts on. :func:`split_narratives` finds each narrative by
its country header, in any form the reports used ("KOSOVO (Tier 2)", "KOSOVO: Tier 2",
"KOSOVO: TIER 2", "KOSOVO" then "Tier 2" on the next line, "LIBYA: Special Case"), and makes
one :class:`~kg.model.Document` of it, whose text is its blocks one to a paragraph.
"""
from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, field

from ..model import Document
from ..places import Place, load_gazetteer

#: Ligatures and typographic marks of the reports' typesetting, and what they stand for.
_NORMAL = str.maketrans({
    "\ufb00": "ff", "\ufb01": "fi", "\ufb02": "fl", "\ufb03": "ffi", "\ufb04": "ffl", "\ufb05": "st", "\ufb06": "st",
    "\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'", "\u2032": "'",
    "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u201f": '"', "\u2033": '"',
    "\u00a0": " ", "\u2009": " ", "\u202f": " ", "\u00ad": "", "\u200b": "", "\ufeff": "",
})
_TIER = r"(?:tier\s*(?:1|2|3|one|two|three)(?:\s*watch\s*list)?|special\s+case)"
_HEADER = re.compile(rf"^(?P<name>[^\W\d_][^:()]*?)\s*(?:\(\s*(?P<tier1>{_TIER})\s*\)|:\s*(?P<tier2>{_TIER}))\s*$", re.I)
_TIER_LINE = re.compile(rf"^\s*(?P<tier>{_TIER})\s*$", re.I)
#: Blocks inside a narrative's pages that are no text of it: the labels of the tier chart printed
#: beside each narrative since 2017 ("TIER RANKING BY YEAR", "2012 2013 ...", "1 2WL 2 3").
_CHART = re.compile(r"^(?:tier ranking by year|(?:(?:19|20)\d\d|[123]|2wl)(?:\s+(?:(?:19|20)\d\d|[123]|2wl))*)$", re.I)
_SENTENCE_END = re.compile(r"[a-z)]{2}[.!?](?:\s|$)")
_HEADING_WORDS = re.compile(
    r"^(?:prioritized\s+)?recommendations\b|^prosecution\b|^protection\b|^prevention\b|^trafficking profile\b"
    r"|^scope and magnitude\b", re.I)


def normalise(text: str) -> str:
    """Ligatures spelled out, typographic quotes and spaces made plain.

    >>> normalise("the govern\u00adment\u2019s \ufb01rst \u201c\ufb02ows\u201d")
    'the government\\'s first "flows"'
    """
    return unicodedata.normalize("NFC", text.translate(_NORMAL))


@dataclass
class Block:
    """One paragraph, heading or list item of a published report, in reading order."""

    text: str
    page: int | None = None  # page it starts on (1-based, as a PDF viewer counts), None for a web page
    breaks: list[tuple[int, int]] = field(default_factory=list)  # (offset in text, page) where a later page begins
    size: float = 1.0  # font size relative to the body text
    heading: bool = False  # a heading (bold, larger, or <h1>-<h6>)
    list_item: bool = False


@dataclass(frozen=True)
class Header:
    place: Place
    text: str  # the header as printed; the two-line form joined with ": "
    blocks: int  # how many blocks it takes (1, or 2 for "KOSOVO" / "Tier 2")


def find_header(blocks: list[Block], at: int) -> Header | None:
    """The country header starting at ``blocks[at]``, or None.

    >>> find_header([Block("KOSOVO: TIER 2")], 0).place.key
    'XK'
    >>> find_header([Block("KOSOVO", heading=True), Block("Tier 2 Watch List")], 0).text
    'KOSOVO: Tier 2 Watch List'
    >>> find_header([Block("PROSECUTION: Tier 2")], 0) is None
    True
    """
    block = blocks[at]
    line = block.text.strip()
    if len(line) > 80:
        return None
    match = _HEADER.match(line)
    if match:
        place = _country(match["name"])
        return Header(place, line, 1) if place else None
    if at + 1 < len(blocks) and _TIER_LINE.match(blocks[at + 1].text) and (block.heading or line.isupper()):
        place = _country(line)
        if place:
            return Header(place, f"{line}: {blocks[at + 1].text.strip()}", 2)
    # "KOSOVO Tier 2": a header of two lines that the reader joined into one heading
    joined = re.match(rf"^(?P<name>.+?)\s+(?P<tier>{_TIER})$", line, re.I)
    if joined and (block.heading or joined["name"].isupper()):
        place = _country(joined["name"])
        if place:
            return Header(place, f"{joined['name']}: {joined['tier']}", 1)
    return None


def _country(name: str) -> Place | None:
    name = name.strip(" .,-")
    if not name or _HEADING_WORDS.match(name):
        return None
    place = load_gazetteer().resolve(name)
    return place if place and place.kind == "country" else None


def ends_narrative(block: Block) -> bool:
    """A title of the report's next section ("SPECIAL CASES", "RELEVANT INTERNATIONAL CONVENTIONS"):
    set larger than a narrative's headers, and no heading of a narrative's own."""
    return block.size >= 1.6 and not _HEADING_WORDS.match(block.text)


def split_narratives(blocks: list[Block], *, source: str, year: int | None, stem: str) -> list[Document]:
    """One document per country narrative in ``blocks``.

    A narrative runs from its country header to the next header or to the title of another section
    of the report. Ids are ``YEAR-iso`` (``2019-xk``), or ``STEM-iso`` when the year is not known; a
    country printed twice in one report gets ``-2``.
    """
    documents: list[Document] = []
    at = 0
    current: tuple[Header, list[Block]] | None = None

    def close() -> None:
        if current is None:
            return
        header, body = current
        # a narrative has sentences: a header over a list of names (the tier placements, a table of
        # contents) is none
        if any(len(b.text) > 60 and _SENTENCE_END.search(b.text) for b in body):
            documents.append(narrative_document(header, body, source=source, year=year, stem=stem, taken=documents))

    while at < len(blocks):
        header = find_header(blocks, at)
        if header:
            close()
            first = blocks[at]
            current = (header, [Block(header.text, first.page, [], first.size, True)])
            at += header.blocks
            continue
        if ends_narrative(blocks[at]):
            close()
            current = None
        elif current is not None and not _CHART.match(blocks[at].text.strip()):
            current[1].append(blocks[at])
        at += 1
    close()
    return documents


def narrative_document(header: Header, body: list[Block], *, source: str, year: int | None, stem: str,
                       taken: Sequence[Document] = ()) -> Document:
    """The document of one narrative: its header's country, its blocks one to a paragraph."""
    parts: list[str] = []
    pages: list[tuple[int, int]] = []
    offset = 0
    for block in body:
        if block.page is not None and (not pages or pages[-1][1] != block.page):
            pages.append((offset, block.page))
        for at, page in block.breaks:
            if page != pages[-1][1]:
                pages.append((offset + at, page))
        parts.append(block.text)
        offset += len(block.text) + 2
    base = f"{year or stem}-{header.place.key.lower()}"
    ids = {d.id for d in taken}
    doc_id, number = base, 1
    while doc_id in ids:
        number += 1
        doc_id = f"{base}-{number}"
    return Document(id=doc_id, text="\n\n".join(parts), country=header.place.key, country_name=header.place.label,
                    year=year, source=source, kind="narrative", pages=tuple(pages))


_REPORT_YEAR = re.compile(
    r"\b(?P<a>(?:19|20)\d\d)\s+trafficking\s+in\s+persons\s+report\b|\btrafficking\s+in\s+persons\s+report"
    r"[\s,:–-]*(?:(?:january|february|march|april|may|june|july|august|september|october|november|december)\s+)?"
    r"(?P<b>(?:19|20)\d\d)\b|^\s*(?:june|july)\s+(?P<c>(?:19|20)\d\d)\s*$", re.I | re.M)


def report_year(texts: list[str]) -> int | None:
    """The report year most often named in title lines and running heads.

    >>> report_year(["TRAFFICKING IN PERSONS REPORT", "JUNE 2019", "2019 Trafficking in Persons Report"])
    2019
    """
    counts: dict[int, int] = {}
    for text in texts:
        for match in _REPORT_YEAR.finditer(text):
            year = int(match["a"] or match["b"] or match["c"])
            counts[year] = counts.get(year, 0) + 1
    return max(counts, key=lambda y: (counts[y], y)) if counts else None


def year_in_name(name: str) -> int | None:
    """A report year in a file name ("2019-TIP-Report.pdf", "tip_report_2019").

    >>> year_in_name("2019-Trafficking-in-Persons-Report"), year_in_name("report")
    (2019, None)
    """
    found = re.search(r"(?<!\d)((?:19|20)\d\d)(?!\d)", name)
    return int(found.group(1)) if found else None
