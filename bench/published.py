"""Benchmark the readers of the reports as published, and the libraries they were chosen from.

Run: ``.venv/bin/python bench/published.py [--pages 600] [--compare]``. Typesets a report of
``--pages`` two-column pages (the tests' layout: running heads, page numbers, hyphenation,
ligatures, a photo caption, a text box) from the real narratives in ``data/`` and
``tests/data/published/``, then reads it in a fresh interpreter as ``kg build`` does
(:func:`kg.published.pdf.read_pdf`) and prints seconds per page, the total and peak memory.

``--compare`` also times, on the first 60 pages, the text of the other candidate libraries
(pdfminer.six with its layout analysis, pdfplumber, pypdfium2's plain text) and checks the layout
cases on them: the two columns in reading order, ligatures, running heads; and times the HTML
parsers (lxml, selectolax, BeautifulSoup) on a saved country page. Figures only: nothing here
passes or fails. Needs the ``test`` extra (fpdf2) and, for ``--compare``, the candidates installed.
"""
from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))
sys.path.insert(0, str(ROOT))

_CHILD = """
import json, resource, sys, time
from pathlib import Path
from kg.published.pdf import read_pdf
started = time.perf_counter()
documents = read_pdf(Path(sys.argv[1]))
usage = resource.getrusage(resource.RUSAGE_SELF)
print(json.dumps({"seconds": time.perf_counter() - started, "documents": len(documents),
                  "cpu": usage.ru_utime + usage.ru_stime, "rss_mb": usage.ru_maxrss / 1024}))
"""


def make_report(path: Path, pages: int) -> int:
    """Typeset narratives until the report has ``pages`` pages; returns the pages made."""
    from published_layout import HEADER_FORMS, Narrative, ReportPDF

    texts = [ROOT / "data" / "kosovo-2009.txt"] + sorted((ROOT / "tests" / "data" / "published").glob("*.txt"))
    narratives = [Narrative.from_text(t.read_text(encoding="utf-8")) for t in texts]
    report = ReportPDF(2019, photo_after=3, box_on_page=2)
    number = 0
    while report.pages < pages:
        narrative = narratives[number % len(narratives)]
        report.header(narrative.header(HEADER_FORMS[number % len(HEADER_FORMS)]), narrative.name)
        for paragraph in narrative.paragraphs:
            report.paragraph(paragraph, bold=len(paragraph) < 40 and not paragraph.endswith("."))
        number += 1
    report.output(path)
    return report.pages


def compare(path: Path, page_html: str) -> None:
    """The candidates' speed and what their plain text does with the layout cases."""
    import pypdfium2 as pdfium

    pages = 60
    rows = []

    def cases(text: str) -> str:
        ordered = text.find("granting of refu") < text.find("The Government of Kosovo improved its prevention")
        return (f"columns in order: {'yes' if ordered and text.find('granting of refu') >= 0 else 'no'}; "
                f"ligatures kept as U+FB01: {'yes' if chr(0xFB01) in text else 'no'}; "
                f"running heads in the text: {'yes' if 'TRAFFICKING IN PERSONS REPORT' in text else 'no'}")

    started = time.perf_counter()
    document = pdfium.PdfDocument(str(path))
    text = "\n".join(document[i].get_textpage().get_text_range() for i in range(pages))
    rows.append(("pypdfium2 get_text_range", time.perf_counter() - started, cases(text)))
    try:
        from pdfminer.high_level import extract_text
        from pdfminer.layout import LAParams

        started = time.perf_counter()
        text = extract_text(str(path), maxpages=pages, laparams=LAParams())
        rows.append(("pdfminer.six extract_text (LAParams)", time.perf_counter() - started, cases(text)))
    except ImportError:
        pass
    try:
        import pdfplumber

        started = time.perf_counter()
        with pdfplumber.open(str(path)) as pdf:
            text = "\n".join(pdf.pages[i].extract_text() or "" for i in range(pages))
        rows.append(("pdfplumber extract_text", time.perf_counter() - started, cases(text)))
    except ImportError:
        pass
    from kg.published.pdf import _read_page, layout_blocks

    started = time.perf_counter()
    read = [_read_page(document, i) for i in range(pages)]
    blocks, _ = layout_blocks(read)
    text = "\n".join(b.text for b in blocks)
    rows.append(("kg.published.pdf (pypdfium2 + layout)", time.perf_counter() - started, cases(text)))
    print(f"\nPDF candidates, first {pages} pages:")
    for name, seconds, found in rows:
        print(f"  {name:40s} {1000 * seconds / pages:7.1f} ms/page   {found}")

    parsers = []
    runs = 200
    import lxml.html
    started = time.perf_counter()
    for _ in range(runs):
        lxml.html.document_fromstring(page_html).xpath("//p")
    parsers.append(("lxml.html", time.perf_counter() - started))
    try:
        from selectolax.lexbor import LexborHTMLParser as HTMLParser
        started = time.perf_counter()
        for _ in range(runs):
            HTMLParser(page_html).css("p")
        parsers.append(("selectolax", time.perf_counter() - started))
    except ImportError:
        pass
    try:
        from bs4 import BeautifulSoup
        started = time.perf_counter()
        for _ in range(runs):
            BeautifulSoup(page_html, "html.parser").find_all("p")
        parsers.append(("beautifulsoup4 (html.parser)", time.perf_counter() - started))
    except ImportError:
        pass
    print(f"\nHTML parsers, a saved country page ({len(page_html):,} characters), parse + find paragraphs:")
    for name, seconds in parsers:
        print(f"  {name:40s} {1000 * seconds / runs:7.2f} ms/page")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=600)
    parser.add_argument("--compare", action="store_true", help="also time the candidate libraries")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="kg-bench-published-") as tmp:
        path = Path(tmp) / "2019-TIP-Report.pdf"
        started = time.perf_counter()
        pages = make_report(path, args.pages)
        print(f"typeset {pages} pages ({path.stat().st_size / 1e6:.1f} MB) in {time.perf_counter() - started:.1f} s")
        run = subprocess.run([sys.executable, "-c", _CHILD, str(path)], capture_output=True, text=True, cwd=ROOT)
        if run.returncode:
            sys.exit(run.stderr)
        result = json.loads(run.stdout.strip().splitlines()[-1])
        print(f"read {pages} pages into {result['documents']} narratives in {result['seconds']:.1f} s "
              f"({result['cpu']:.1f} s of CPU): {1000 * result['seconds'] / pages:.1f} ms per page, "
              f"peak memory {result['rss_mb']:.0f} MB")
        if args.compare:
            from published_layout import Narrative, country_page

            kosovo = Narrative.from_text((ROOT / "data" / "kosovo-2009.txt").read_text(encoding="utf-8"))
            compare(path, country_page(kosovo, 2009, "kosovo"))


if __name__ == "__main__":
    main()
