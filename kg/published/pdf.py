"""Read the country narratives out of the PDF of an annual report (or any part of it).

PDFium (pypdfium2) gives each character with its box, baseline and font size; the layout is
read here, page by page:

1. characters → fragments: runs on one baseline, split at a gap wider than the gutter;
2. the body text's font size is the most common one; the text frame is where its lines sit, so
   what is printed above or below it (running heads, "JUNE 2019", page numbers) is left out,
   and so are lines set smaller than the body (photo captions) and text inside a shaded box;
3. columns: a gutter is an empty vertical strip near the middle of the page; a fragment that
   spans it (a title across the page) cuts the page into bands, read top to bottom, each band
   left column first;
4. lines → paragraphs: a paragraph ends at a wider gap between lines, a short last line that
   ends a sentence, an indented line, or a change of font; a word hyphenated at a line end is
   joined again (keeping the hyphen of a compound that the report prints whole elsewhere).

The blocks then go to :func:`kg.published.narratives.split_narratives`.
"""
from __future__ import annotations

import ctypes
import re
import statistics
import sys
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from ..model import Document, InputError
from .narratives import Block, normalise, report_year, split_narratives, year_in_name

#: A page's progress: ``progress(path, page, pages)``.
Progress = Callable[[Path, int, int], None]

#: Prefixes that keep their hyphen when a compound is broken at it ("anti-" / "trafficking"), though
#: they are no words of their own: these always, the others when the rest is a word of the report
#: (a typesetter may break "inter-national" or "pro-secution" too).
_STRONG_PREFIXES = frozenset({"anti", "self", "cross", "multi"})
_COMPOUND_PREFIXES = _STRONG_PREFIXES | {"non", "counter", "inter", "semi", "sub", "post", "pre", "pro", "co", "ex"}
_WORD = re.compile(r"[A-Za-z]+(?:-[A-Za-z]+)*")


@dataclass
class Fragment:
    """A run of characters on one baseline of one page (PDF points, origin at the bottom left)."""

    x0: float
    x1: float
    y: float
    size: float
    bold: bool
    italic: bool = False
    chars: list[str] = field(default_factory=list)

    @property
    def text(self) -> str:
        return "".join(self.chars).strip()


@dataclass
class Line:
    text: str
    x0: float
    x1: float
    y: float
    size: float
    bold: bool
    page: int
    column: tuple[int, int]  # (band, column) on its page
    left: float = 0.0  # the column's edges on its page
    right: float = 0.0


@dataclass
class PageText:
    number: int  # 1-based
    width: float
    height: float
    fragments: list[Fragment]
    boxes: list[tuple[float, float, float, float]]  # shaded rectangles (l, b, r, t)
    images: list[tuple[float, float, float, float]] = field(default_factory=list)  # pictures (l, b, r, t)


def read_pdf(path: Path, *, skipped: list[str] | None = None, progress: Progress | None = None) -> list[Document]:
    """The country narratives of a report's PDF, one document each.

    Parameters
    ----------
    path : the PDF.
    skipped : with ``--keep-going``, pages that could not be read are listed here (and a truncated
        file is read as far as it goes) instead of failing.
    progress : called after each page.

    Raises
    ------
    InputError : encrypted, damaged or truncated file, no text layer, or no country narrative.
    """
    import pypdfium2 as pdfium

    data = path.read_bytes()
    if not data.startswith(b"%PDF-"):
        raise InputError(f"{path}: not a PDF (no %PDF- header)")
    truncated = b"%%EOF" not in data[-2048:]
    try:
        document = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as err:
        if "password" in str(err).lower():
            raise InputError(f"{path}: encrypted PDF (it needs a password to open)") from None
        if truncated:
            raise InputError(f"{path}: truncated PDF (the file ends before its %%EOF marker)") from None
        raise InputError(f"{path}: damaged PDF ({err})") from None
    if truncated:
        message = f"{path}: truncated PDF (the file ends before its %%EOF marker)"
        if skipped is None:
            document.close()
            raise InputError(message)
        skipped.append(message + f"; read its first {len(document)} pages")
    try:
        pages: list[PageText] = []
        failed: list[int] = []
        total = len(document)
        for index in range(total):
            try:
                pages.append(_read_page(document, index))
            except Exception as err:  # noqa: BLE001  one bad page must not hide the others
                if skipped is None:
                    raise InputError(f"{path}: page {index + 1} could not be read ({err})") from None
                failed.append(index + 1)
            if progress:
                progress(path, index + 1, total)
    finally:
        document.close()
    if not any(page.fragments for page in pages):
        raise InputError(f"{path}: no text layer: run OCR first")
    if skipped is not None:
        # a page of images only may be a photo or a scanned page: with --keep-going it is listed
        scanned = [page.number for page in pages if page.images and not page.fragments]
        if failed:
            skipped.append(f"{path}: pages not read (damaged): {', '.join(map(str, failed))}")
        if scanned:
            skipped.append(f"{path}: pages of images without text, not read (run OCR if they hold text): "
                           f"{', '.join(map(str, scanned))}")
    blocks, margins = layout_blocks(pages)
    year = report_year(margins + [b.text for b in blocks[:40]]) or year_in_name(path.stem)
    documents = split_narratives(blocks, source=str(path), year=year, stem=path.stem)
    if not documents:
        raise InputError(f"{path}: no country narrative found (no header such as 'KOSOVO: Tier 2')")
    return documents


# -- characters → fragments ---------------------------------------------------------------------

def _read_page(document, index: int) -> PageText:
    import pypdfium2.raw as raw

    page = document[index]
    try:
        width, height = page.get_size()
        textpage = page.get_textpage()
        try:
            fragments = _fragments(raw, textpage.raw)
        finally:
            textpage.close()
        boxes, images = _shaded_boxes(raw, page, width, height)
    finally:
        page.close()
    return PageText(index + 1, width, height, fragments, boxes, images)


def _fragments(raw, textpage) -> list[Fragment]:
    count = raw.FPDFText_CountChars(textpage)
    if count <= 0:
        return []
    buffer = ctypes.create_string_buffer((count + 1) * 2)
    raw.FPDFText_GetText(textpage, 0, count, ctypes.cast(buffer, ctypes.POINTER(ctypes.c_ushort)))
    text = buffer.raw[:count * 2].decode("utf-16-le", errors="replace")
    box = raw.FS_RECTF()
    origin_x, origin_y = ctypes.c_double(), ctypes.c_double()
    weight_of = raw.FPDFText_GetFontWeight
    flags = ctypes.c_int()
    fragments: list[Fragment] = []
    current: Fragment | None = None
    space = False
    last_x0 = None
    for index, char in enumerate(text):
        if char in "\r\n":
            current, space = None, False
            continue
        if char in "\x02\ufffe":  # PDFium's mark of a hyphen at the end of a line
            char = "-"
        if char.isspace():
            space = True
            continue
        raw.FPDFText_GetLooseCharBox(textpage, index, ctypes.byref(box))
        raw.FPDFText_GetCharOrigin(textpage, index, ctypes.byref(origin_x), ctypes.byref(origin_y))
        size = round(raw.FPDFText_GetFontSize(textpage, index), 1)
        x0, x1, y = box.left, box.right, origin_y.value
        if current is not None:
            gap = x0 - current.x1
            ligature = x0 == last_x0  # the letters of a ligature ("ffi") share its box
            if abs(y - current.y) > 0.4 * size or gap > 1.5 * size or (gap < -0.5 * size and not ligature) \
                    or size != current.size:
                current = None
        if current is None:
            current = Fragment(x0, x1, y, size, weight_of(textpage, index) >= 600, _italic(raw, textpage, index, flags))
            fragments.append(current)
        elif space or x0 - current.x1 > 0.25 * size:
            current.chars.append(" ")
        current.chars.append(char)
        current.x1 = max(current.x1, x1)
        last_x0 = x0
        space = False
    return [f for f in fragments if f.text]


_ITALIC_FLAG = 0x40  # the PDF font descriptor's Italic flag
_NAME = ctypes.create_string_buffer(256)


def _italic(raw, textpage, index: int, flags: ctypes.c_int) -> bool:
    length = raw.FPDFText_GetFontInfo(textpage, index, _NAME, len(_NAME), ctypes.byref(flags))
    name = _NAME.raw[:max(0, length - 1)].decode("latin-1").lower()
    return bool(flags.value & _ITALIC_FLAG) or "italic" in name or "oblique" in name


def _shaded_boxes(raw, page, width: float, height: float) -> tuple[list, list]:
    """Filled rectangles that can hold a text box (smaller than half the page, larger than a rule),
    and the pictures of the page (top-level objects, read through PDFium's own calls: the words of
    a page are thousands of objects)."""
    boxes, images = [], []
    fill, stroke = ctypes.c_int(), ctypes.c_int()
    l, b, r, t = (ctypes.c_float() for _ in range(4))
    for index in range(raw.FPDFPage_CountObjects(page.raw)):
        obj = raw.FPDFPage_GetObject(page.raw, index)
        kind = raw.FPDFPageObj_GetType(obj)
        if kind == raw.FPDF_PAGEOBJ_IMAGE:
            raw.FPDFPageObj_GetBounds(obj, ctypes.byref(l), ctypes.byref(b), ctypes.byref(r), ctypes.byref(t))
            images.append((l.value, b.value, r.value, t.value))
        if kind != raw.FPDF_PAGEOBJ_PATH:
            continue
        raw.FPDFPath_GetDrawMode(obj, ctypes.byref(fill), ctypes.byref(stroke))
        if not fill.value:
            continue
        raw.FPDFPageObj_GetBounds(obj, ctypes.byref(l), ctypes.byref(b), ctypes.byref(r), ctypes.byref(t))
        if 30 < r.value - l.value and 20 < t.value - b.value and \
                (r.value - l.value) * (t.value - b.value) < 0.5 * width * height:
            boxes.append((l.value, b.value, r.value, t.value))
    return boxes, images


# -- fragments → lines in reading order ----------------------------------------------------------

def layout_blocks(pages: list[PageText]) -> tuple[list[Block], list[str]]:
    """The paragraphs of all pages in reading order, and the text left out of the frame (running heads)."""
    sizes: Counter[float] = Counter()
    for page in pages:
        for fragment in page.fragments:
            sizes[fragment.size] += len(fragment.chars)
    body = sizes.most_common(1)[0][0]
    top, bottom = _frame(pages, body)
    margins: list[str] = []
    lines: list[Line] = []
    for page in pages:
        kept = []
        for fragment in page.fragments:
            if fragment.y > top + 0.5 * body or fragment.y < bottom - 0.5 * body:
                margins.append(normalise(fragment.text))
            elif fragment.size < 0.85 * body or _caption(fragment, page.images, body):
                continue  # a photo caption
            else:
                kept.append(fragment)
        kept = _outside_text_boxes(kept, page.boxes)
        lines.extend(_page_lines(page, kept))
    return _paragraphs(lines, body), margins


def _frame(pages: list[PageText], body: float) -> tuple[float, float]:
    """The baselines of the first and last line of body text on a typical page."""
    tops, bottoms = [], []
    for page in pages:
        text = [f.y for f in page.fragments if abs(f.size - body) < 0.3 and any(c.islower() for c in f.chars)]
        if len(text) >= 3:
            tops.append(max(text))
            bottoms.append(min(text))
    if not tops:
        return float("inf"), float("-inf")
    return max(statistics.median_high(tops), _quantile(tops, 0.9)), min(statistics.median_low(bottoms), _quantile(bottoms, 0.1))


def _quantile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


def _in_box(fragment: Fragment, box) -> bool:
    l, b, r, t = box
    return l - 1 <= fragment.x0 and fragment.x1 <= r + 1 and b - 1 <= fragment.y <= t + 1


def _outside_text_boxes(fragments: list[Fragment], boxes) -> list[Fragment]:
    """Leave out the text of shaded boxes of three lines or more (a sidebar); a band of one or two
    lines is a banner (a country header set on a colour) and is kept."""
    dropped: set[int] = set()
    for box in boxes:
        inside = [n for n, f in enumerate(fragments) if _in_box(f, box)]
        if len({round(fragments[n].y) for n in inside}) >= 3:
            dropped.update(inside)
    return [f for n, f in enumerate(fragments) if n not in dropped]


def _caption(fragment: Fragment, images, body: float) -> bool:
    """Italic lines just below or above a picture, across its width: its caption."""
    if not fragment.italic:
        return False
    for l, b, r, t in images:
        overlaps = fragment.x0 < r and fragment.x1 > l
        if overlaps and (0 < b - fragment.y < 4 * body or 0 < fragment.y - t < 3 * body):
            return True
    return False


def _page_lines(page: PageText, fragments: list[Fragment]) -> list[Line]:
    gutter = _gutter(page, fragments)
    if gutter is None:
        columns = [(0, fragments)]
        spanning: list[Fragment] = []
    else:
        spanning = [f for f in fragments if f.x0 < gutter[0] - 2 and f.x1 > gutter[1] + 2]
        left = [f for f in fragments if f.x1 <= gutter[0] + 2]
        right = [f for f in fragments if f.x0 >= gutter[1] - 2]
        columns = [(0, left), (1, right)]
    # bands: a fragment across the gutter cuts the page; each band is read left column first
    cuts = sorted({round(f.y, 1) for f in spanning}, reverse=True)
    lines: list[Line] = []
    bands = [float("inf")] + cuts + [float("-inf")]
    for band in range(len(bands) - 1):
        high, low = bands[band], bands[band + 1]
        if band > 0:
            across = [f for f in spanning if round(f.y, 1) == high]
            lines.extend(_lines(across, page.number, (band, 0)))
        for number, members in columns:
            inside = [f for f in members if low < f.y < high]
            lines.extend(_lines(inside, page.number, (band, number)))
    return lines


def _gutter(page: PageText, fragments: list[Fragment]) -> tuple[float, float] | None:
    """The widest vertical strip of the middle third of the page that almost no line crosses (a title
    or a wide line may), if there is text on both sides of it: the gutter of two columns."""
    narrow = [f for f in fragments if f.x1 - f.x0 < 0.6 * page.width]
    if len(narrow) < 4:
        return None
    step, low = 2.0, page.width / 3
    bins = int(page.width / 3 / step)
    crossing = [0] * bins
    for f in narrow:
        for b in range(max(0, int((f.x0 - low) / step)), min(bins, int((f.x1 - low) / step) + 1)):
            crossing[b] += 1
    allowed = max(1, len(narrow) // 30)
    best, start = None, None
    for b in range(bins + 1):
        if b < bins and crossing[b] <= allowed:
            start = b if start is None else start
            continue
        if start is not None and (best is None or b - start > best[1] - best[0]):
            best = (start, b)
        start = None
    if best is None or (best[1] - best[0]) * step < 6:
        return None
    gutter = (low + best[0] * step, low + best[1] * step)
    left = sum(1 for f in narrow if f.x1 <= gutter[0] + step)
    right = sum(1 for f in narrow if f.x0 >= gutter[1] - step)
    return gutter if left and right else None


def _lines(fragments: list[Fragment], page: int, column: tuple[int, int]) -> list[Line]:
    if not fragments:
        return []
    ordered = sorted(fragments, key=lambda f: (-f.y, f.x0))
    groups: list[list[Fragment]] = []
    for fragment in ordered:
        if groups and abs(groups[-1][0].y - fragment.y) <= 0.4 * fragment.size:
            groups[-1].append(fragment)
        else:
            groups.append([fragment])
    left = min(f.x0 for f in fragments)
    right = max(f.x1 for f in fragments)
    lines = []
    for group in groups:
        group.sort(key=lambda f: f.x0)
        text = " ".join(f.text for f in group)
        main = max(group, key=lambda f: len(f.chars))
        lines.append(Line(normalise(text), group[0].x0, group[-1].x1, group[0].y, main.size, main.bold, page, column,
                          left, right))
    return lines


# -- lines → paragraphs --------------------------------------------------------------------------

_ENDS_SENTENCE = re.compile(r"[.!?:;][\"')\]]*$")


def _paragraphs(lines: list[Line], body: float) -> list[Block]:
    groups: list[list[Line]] = []
    pitches = [a.y - b.y for a, b in zip(lines, lines[1:], strict=False)
               if a.page == b.page and a.column == b.column and abs(a.size - body) < 0.3 and 0 < a.y - b.y < 3 * body]
    pitch = statistics.median(pitches) if pitches else 1.2 * body
    for line in lines:
        if groups and not _breaks(groups[-1][-1], line, pitch, body, groups[-1]):
            groups[-1].append(line)
        else:
            groups.append([line])
    vocabulary: Counter[str] = Counter()
    for line in lines:
        for word in _WORD.findall(line.text.lower()):
            vocabulary[word] += 1
            if "-" in word:  # the parts of a compound are words too ("Tripoli-based")
                vocabulary.update(word.split("-"))
    for line, following in zip(lines, lines[1:], strict=False):  # the halves of a word broken at a line end are no words
        broken, rest = re.search(r"([A-Za-z]+)-$", line.text), re.match(r"[a-z]+", following.text)
        if broken and rest:
            vocabulary[broken.group(1).lower()] -= 1
            vocabulary[rest.group().lower()] -= 1
    return [_block(group, body, vocabulary) for group in groups]


_BULLETS = ("•", "▪", "◦", "●", "■", "–")


def _breaks(previous: Line, line: Line, pitch: float, body: float, paragraph: list[Line]) -> bool:
    if abs(previous.size - line.size) > 0.3 or previous.bold != line.bold or line.text.startswith(_BULLETS):
        return True
    short = previous.x1 < previous.right - 2 * body
    ends = bool(_ENDS_SENTENCE.search(previous.text))
    # a first line set in from the lines before (not the hanging indent of a list item's next lines)
    edge = previous.x0 if previous.column == line.column and previous.page == line.page else line.left
    indented = (line.x0 - edge > 1.2 * body and line.x1 >= line.right - 2 * body
                and not paragraph[0].text.startswith(_BULLETS))
    if previous.page == line.page and previous.column == line.column:
        if previous.y - line.y > 1.3 * pitch * max(1.0, line.size / body):
            return True
        return (short and ends) or indented
    # a new column or page: the paragraph goes on unless its last line stopped short after a sentence
    return (short and ends) or indented


def _block(lines: list[Line], body: float, vocabulary: Counter) -> Block:
    text = ""
    breaks: list[tuple[int, int]] = []
    for line in lines:
        if text and line.page != lines[0].page and (not breaks or breaks[-1][1] != line.page):
            pending_page = line.page
        else:
            pending_page = None
        if not text:
            text = line.text
            continue
        hyphen = re.search(r"([A-Za-z]+)-$", text[-40:]) if text.endswith("-") else None
        first = re.match(r"[a-z]+", line.text)
        if hyphen and first:
            joined = _join_hyphenated(hyphen.group(1), first.group(), vocabulary)
            text = text[:-1] + ("-" if joined == "hyphen" else "")
            if pending_page is not None:
                breaks.append((len(text), pending_page))
            text += line.text
        else:
            # "2008-" / "2009", "U.S.-" / "Trained": a hyphen at the line end joins without a space
            text += "" if re.search(r"\w-$", text[-2:]) and line.text[:1].isalnum() else " "
            if pending_page is not None:
                breaks.append((len(text), pending_page))
            text += line.text
    head = lines[0]
    return Block(text, head.page, breaks, round(head.size / body, 2), head.bold or head.size > 1.15 * body)


def _join_hyphenated(before: str, after: str, vocabulary: Counter) -> str:
    """'hyphen' to keep the hyphen of a compound broken at it, 'join' for a word the typesetter hyphenated.

    The report's own words decide: the form it prints elsewhere ("anti-trafficking" or
    "trafficking"); else a compound when both halves are words of the report ("results" /
    "based") or the first is a prefix ("anti"), and a broken word otherwise ("exploit" / "ation").
    """
    compound, word = f"{before}-{after}".lower(), f"{before}{after}".lower()
    if vocabulary[compound] > 0 or vocabulary[word] > 0:
        return "hyphen" if vocabulary[compound] > vocabulary[word] else "join"
    head = before.lower()
    if head in _STRONG_PREFIXES:
        return "hyphen"
    if len(after) > 2 and _known(after.lower(), vocabulary) and (head in _COMPOUND_PREFIXES or _known(head, vocabulary)):
        return "hyphen"
    return "join"


def _known(word: str, vocabulary: Counter) -> bool:
    """A word of the report, or the plural of one ("results")."""
    return vocabulary[word] > 0 or (len(word) > 3 and word.endswith("s") and vocabulary[word[:-1]] > 0)


def print_progress(path: Path, page: int, pages: int) -> None:
    """Progress on stderr: one updated line on a terminal, otherwise a line every 50 pages and at the end."""
    if sys.stderr.isatty():
        print(f"\r{path.name}: page {page}/{pages}", end="\n" if page == pages else "", file=sys.stderr, flush=True)
    elif page % 50 == 0 or page == pages:
        print(f"{path.name}: page {page}/{pages}", file=sys.stderr, flush=True)
