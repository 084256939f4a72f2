"""Lay out plain-text narratives as the reports publish them: a two-column PDF, saved web pages.

Test helper (not a test module). The PDF is typeset here, line by line, the way the annual
report is: justified two-column pages, running heads ("TRAFFICKING IN PERSONS REPORT",
"JUNE 2019", the country name), page numbers, words hyphenated at a line end, "fi"/"fl"
ligatures, a photo with its caption between two paragraphs and a shaded text box, narratives
that start mid-page and run over several pages. fpdf2 writes it with the DejaVu fonts that
matplotlib ships (a dependency of the project), so no font is fetched.
"""
from __future__ import annotations

import html
import re
from dataclasses import dataclass
from pathlib import Path

import matplotlib
from fpdf import FPDF

FONTS = Path(matplotlib.get_data_path()) / "fonts" / "ttf"
WIDTH, HEIGHT = 612.0, 792.0
MARGIN, GUTTER = 54.0, 18.0
COLUMN = (WIDTH - 2 * MARGIN - GUTTER) / 2
BODY, LEADING, PARA_GAP = 9.0, 11.5, 6.0
TOP = MARGIN + 14  # first baseline of a column (from the top)
BOTTOM = HEIGHT - MARGIN  # last baseline
HEADER_FORMS = ("paren", "colon", "colon-caps", "two-lines")


@dataclass
class Narrative:
    """A plain-text narrative split into its country header and its paragraphs."""

    name: str  # the country as printed in the header ("KOSOVO")
    tier: str  # "Tier 2", "Special Case"
    paragraphs: list[str]

    @classmethod
    def from_text(cls, text: str) -> "Narrative":
        """Parse a narrative file: title lines, then ``NAME (Tier 2)`` or ``NAME: Tier 2``, then paragraphs."""
        lines = [line.strip() for line in text.splitlines() if line.strip()]
        for number, line in enumerate(lines):
            header = re.match(r"^(.+?)\s*(?:\(\s*(Tier [^)]+|Special Case)\s*\)(?:\s.*)?|:\s*(Tier .+|Special Case))$",
                              line, re.I)
            if header:
                return cls(header[1], header[2] or header[3], lines[number + 1:])
        raise ValueError("no country header")

    def header(self, form: str) -> list[str]:
        name = self.name.upper() if form != "paren" else self.name
        tier = self.tier.upper() if form == "colon-caps" else self.tier
        return {"paren": [f"{name} ({tier})"], "colon": [f"{name}: {tier}"], "colon-caps": [f"{name}: {tier}"],
                "two-lines": [name, tier]}[form]

    def plain(self, form: str) -> str:
        """The text a reader must give back: the header as printed (two-line form joined) and the paragraphs."""
        header = self.header(form)
        first = f"{header[0]}: {header[1]}" if form == "two-lines" else header[0]
        return "\n\n".join([first] + self.paragraphs)


def ligatures(text: str) -> str:
    return text.replace("ffi", "\ufb03").replace("fi", "\ufb01").replace("fl", "\ufb02")


class ReportPDF:
    """A report being typeset: blocks flow down the left column, then the right, then the next page."""

    def __init__(self, year: int, photo_after: int | None = 2, box_on_page: int | None = 1,
                 caption_size: float = BODY):
        self.pdf = FPDF(unit="pt", format=(WIDTH, HEIGHT))
        self.pdf.set_auto_page_break(False)
        for style, file in (("", "DejaVuSans.ttf"), ("B", "DejaVuSans-Bold.ttf"), ("I", "DejaVuSans-Oblique.ttf")):
            self.pdf.add_font("DejaVu", style, str(FONTS / file))
        self.year = year
        self.country = ""
        self.column = 1
        self.y = TOP
        self.photo_after = photo_after
        self.caption_size = caption_size
        self.box_on_page = box_on_page
        self.paragraphs = 0
        self.pages = 0

    # -- page furniture ----------------------------------------------------------------------
    def _new_page(self) -> None:
        pdf = self.pdf
        font = (pdf.font_family, pdf.font_style, pdf.font_size_pt)
        pdf.add_page()
        self.pages += 1
        self.column, self.y = 0, TOP
        pdf.set_font("DejaVu", "", 7)
        if self.pages % 2 == 0:
            pdf.text(MARGIN, MARGIN - 20, "TRAFFICKING IN PERSONS REPORT")
            pdf.text(WIDTH - MARGIN - pdf.get_string_width(f"JUNE {self.year}"), MARGIN - 20, f"JUNE {self.year}")
        elif self.country:
            pdf.text(WIDTH - MARGIN - pdf.get_string_width(self.country.upper()), MARGIN - 20, self.country.upper())
        number = str(100 + self.pages)
        pdf.text(WIDTH / 2 - pdf.get_string_width(number) / 2, HEIGHT - MARGIN + 24, number)
        if self.box_on_page == self.pages:
            self._text_box()
        if font[0]:
            pdf.set_font(*font)

    def _text_box(self) -> None:
        """A shaded box at the foot of the right column, as the reports set their sidebars."""
        pdf = self.pdf
        x, top = MARGIN + COLUMN + GUTTER, BOTTOM - 70
        pdf.set_fill_color(225, 225, 235)
        pdf.rect(x, top, COLUMN, 74, style="F")
        pdf.set_font("DejaVu", "B", BODY)
        pdf.text(x + 8, top + 16, "Victims Speak Out")
        pdf.set_font("DejaVu", "", BODY)
        for number, line in enumerate(("Survivors told the report team how they", "were recruited with false offers of",
                                       "work abroad and held in debt bondage.")):
            pdf.text(x + 8, top + 30 + number * LEADING, line)
        self.box_top = top

    def _column_bottom(self) -> float:
        if self.column == 1 and getattr(self, "box_top", None) and self.box_on_page == self.pages:
            return self.box_top - 10
        return BOTTOM

    def _x(self) -> float:
        return MARGIN + self.column * (COLUMN + GUTTER)

    def _advance(self, height: float) -> None:
        """Move to the next column (or page) when ``height`` does not fit below the cursor."""
        if self.pages == 0 or self.y + height > self._column_bottom() + 0.01:
            if self.pages == 0 or self.column == 1:
                self._new_page()
            else:
                self.column, self.y = 1, TOP

    # -- blocks ------------------------------------------------------------------------------
    def header(self, lines: list[str], country: str, banner: bool = False) -> None:
        """The country header, wrapped within its column; a banner sets it on a shaded band."""
        self.country = country
        self.y += 8
        self.pdf.set_font("DejaVu", "B", 13)
        wrapped = []
        for line in lines:  # a long header wraps within its column
            words = line.split()
            while words:
                take = len(words)
                while take > 1 and self.pdf.get_string_width(" ".join(words[:take])) > COLUMN:
                    take -= 1
                wrapped.append(" ".join(words[:take]))
                words = words[take:]
        for line in wrapped:
            self._advance(16)
            if banner:
                self.pdf.set_fill_color(200, 215, 235)
                self.pdf.rect(self._x() - 2, self.y - 13, COLUMN + 4, 17, style="F")
            self.pdf.set_font("DejaVu", "B", 13)
            self.pdf.text(self._x(), self.y, line)
            self.y += 16
        self.y += 4

    def title(self, text: str) -> None:
        """A section title of the report ("COUNTRY NARRATIVES"), larger than any narrative's header."""
        self._advance(30)
        self.pdf.set_font("DejaVu", "B", 18)
        self.pdf.text(self._x(), self.y + 6, text)
        self.y += 34

    def paragraph(self, text: str, bold: bool = False) -> None:
        """A paragraph; one whose items are joined by " • " is set as a bulleted list, each item with a
        hanging indent, as the recent reports set their recommendations."""
        pdf = self.pdf
        pdf.set_font("DejaVu", "B" if bold else "", BODY)
        items = [i.strip() for i in text.strip("• ").split(" • ")] if " • " in text else None
        for item in items or [text]:
            indent = 10.0 if items else 0.0
            lines = self._break(ligatures(item), COLUMN - indent)
            for number, (words, last) in enumerate(lines):
                self._advance(LEADING)
                if items and number == 0:
                    pdf.text(self._x(), self.y, "•")
                self._justify(words, last, indent)
                self.y += LEADING
            self.y += PARA_GAP / 2 if items else 0
        self.y += PARA_GAP
        self.paragraphs += 1
        if self.photo_after is not None and self.paragraphs == self.photo_after:
            self._photo()

    def _photo(self) -> None:
        self._advance(110)
        pdf = self.pdf
        from PIL import Image

        pdf.image(Image.new("RGB", (120, 40), (120, 130, 140)), x=self._x(), y=self.y - 8, w=COLUMN, h=80)
        pdf.set_font("DejaVu", "I", self.caption_size)
        gap = self.caption_size + 2
        pdf.text(self._x(), self.y + 84, "Women rescued from a brothel wait for a")
        pdf.text(self._x(), self.y + 84 + gap, "bus to a shelter. Photo: a partner organisation.")
        self.y += 96 + gap

    def _break(self, text: str, width: float = COLUMN) -> list[tuple[list[str], bool]]:
        """Greedy line breaking with hyphenation: a long word that does not fit is split with '-'."""
        pdf = self.pdf
        space = pdf.get_string_width(" ")
        lines, words, used = [], [], 0.0
        queue = text.split()
        while queue:
            word = queue.pop(0)
            need = pdf.get_string_width(word) + (space if words else 0)
            if used + need <= width:
                words.append(word)
                used += need
                continue
            split = self._hyphenate(word, width - used - (space if words else 0))
            if split:
                head, tail = split
                words.append(head)
                queue.insert(0, tail)
            else:
                queue.insert(0, word)
            lines.append((words, False))
            words, used = [], 0.0
        lines.append((words, True))
        return lines

    def _hyphenate(self, word: str, room: float) -> tuple[str, str] | None:
        pdf = self.pdf
        if "-" in word.strip("-"):  # a compound breaks at its own hyphen
            cut = word.index("-", 1)
            if pdf.get_string_width(word[:cut + 1]) <= room and cut + 1 < len(word):
                return word[:cut + 1], word[cut + 1:]
        letters = re.match(r"^[a-z\ufb01-\ufb03]{7,}", word)
        if not letters:
            return None
        for cut in range(len(letters.group()) - 3, 2, -1):
            if pdf.get_string_width(word[:cut] + "-") <= room:
                return word[:cut] + "-", word[cut:]
        return None

    def _justify(self, words: list[str], last: bool, indent: float = 0.0) -> None:
        pdf = self.pdf
        x = self._x() + indent
        widths = [pdf.get_string_width(w) for w in words]
        gap = pdf.get_string_width(" ")
        if not last and len(words) > 1:
            gap = (COLUMN - indent - sum(widths)) / (len(words) - 1)
        for word, width in zip(words, widths, strict=True):
            pdf.text(x, self.y, word)
            x += width + gap

    def scanned_page(self) -> None:
        """A page that is a picture of print (no text layer), as a scanned insert would be."""
        from PIL import Image

        self.pdf.add_page()
        self.pages += 1
        self.pdf.image(Image.new("L", (85, 110), 235), x=MARGIN, y=MARGIN, w=WIDTH - 2 * MARGIN)
        self.column, self.y = 1, BOTTOM + 1  # the next block starts a new page

    def output(self, path: Path) -> Path:
        self.pdf.output(str(path))
        return path


def report_pdf(path: Path, narratives: list[tuple[Narrative, str]], year: int, *, intro: str | None = None,
               photo_after: int | None = 2, box_on_page: int | None = 1, outro: bool = True,
               scanned_before: int | None = None, caption_size: float = BODY) -> Path:
    """Typeset ``narratives`` (each with its header form) as the country narratives section of a report;
    the headers in the ``colon-caps`` form on a shaded band."""
    report = ReportPDF(year, photo_after=photo_after, box_on_page=box_on_page, caption_size=caption_size)
    if intro:
        report.title("COUNTRY NARRATIVES")
        report.paragraph(intro)
    for number, (narrative, form) in enumerate(narratives):
        if number == scanned_before:
            report.scanned_page()
        report.header(narrative.header(form), narrative.name, banner=form == "colon-caps")
        for paragraph in narrative.paragraphs:
            heading = len(paragraph) < 40 and not paragraph.endswith(".")
            report.paragraph(paragraph, bold=heading)
    if outro:
        report.title("RELEVANT INTERNATIONAL CONVENTIONS")
        report.paragraph("The following chart shows which countries have ratified the conventions of the "
                         "United Nations on transnational organized crime.")
    return report.output(path)


def country_page(narrative: Narrative, year: int, slug: str, form: str = "colon") -> str:
    """A country narrative as the State Department's site serves it, saved from a browser."""
    url = f"https://www.state.gov/reports/{year}-trafficking-in-persons-report/{slug}/"
    body = []
    for paragraph in narrative.paragraphs:
        if " • " in paragraph or paragraph.startswith("• "):
            items = [item.strip() for item in paragraph.strip("• ").split(" • ")]
            body.append("<ul>" + "".join(f"<li><span>{html.escape(i)}</span></li>" for i in items) + "</ul>")
        elif len(paragraph) < 40 and not paragraph.endswith("."):
            body.append(f"<h3>{html.escape(paragraph)}</h3>")
        else:
            body.append(f"<p>{html.escape(paragraph)}</p>")
    header = narrative.header(form)
    return f"""<!DOCTYPE html>
<!-- saved from url=(00{len(url)}){url} -->
<html lang="en-US"><head><meta charset="UTF-8">
<title>{html.escape(narrative.name.title())} - United States Department of State</title>
<link rel="canonical" href="{url}">
<script>window.dataLayer = window.dataLayer || []; function gtag(){{dataLayer.push(arguments);}}</script>
<style>.nav {{ color: blue }}</style>
</head><body class="report-template">
<a class="skip-link" href="#content">Skip to content</a>
<header class="site-header"><nav class="menu" aria-label="Main"><ul>
<li><a href="/">Home</a></li><li><a href="/reports/">Reports</a></li><li><a href="/countries/">Countries &amp; Areas</a></li>
</ul></nav></header>
<main id="content"><div class="report__header"><p class="report__date">{year} Trafficking in Persons Report</p>
<h1 class="featured-content__headline">{html.escape(narrative.name.title())}</h1></div>
<div class="share-tools"><a href="#">Share</a></div>
<div class="report__content"><p><strong>{'<br>'.join(html.escape(h) for h in header)}</strong></p>
{chr(10).join(body)}
</div></main>
<footer class="site-footer"><p>U.S. Department of State</p><ul><li><a href="/privacy">Privacy Policy</a></li>
<li><a href="/accessibility">Accessibility Statement</a></li></ul></footer>
<script src="./Kosovo - United States Department of State_files/main.js"></script>
</body></html>
"""
