"""The reports as published: a report's two-column PDF and saved country pages give the same
narratives, and the same facts, as the plain texts they were laid out from."""
from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from conftest import NARRATIVES, ROOT, SEED, SHARED, build_trig
from published_layout import HEADER_FORMS, Narrative, report_pdf

from kg.facts import facts_of_inputs
from kg.published.narratives import normalise
from kg.sources import read_sources

DATA = ROOT / "tests" / "data" / "published"
#: Real narratives (and two real paragraphs under their country header), the seed first.
TEXTS = [SEED] + sorted(DATA.glob("*.txt"))
INTRO = ("This section of the report describes, country by country, the scope and magnitude of trafficking "
         "and the efforts of each government to prosecute traffickers, protect victims and prevent the crime.")


def squeeze(text: str) -> str:
    """Text compared up to whitespace (and the bullets that a list item is printed with)."""
    return re.sub(r"[\s•]+", "", normalise(text))


def laid_out(texts: list[Path]) -> list[tuple[Path, Narrative, str]]:
    """Each text with its narrative and a header form, the forms taken in turn."""
    return [(path, Narrative.from_text(path.read_text(encoding="utf-8")), HEADER_FORMS[n % len(HEADER_FORMS)])
            for n, path in enumerate(texts)]


@pytest.fixture(scope="module")
def report(tmp_path_factory) -> tuple[Path, list[tuple[Path, Narrative, str]]]:
    """The texts typeset as the country narratives section of a 2019 report."""
    narratives = laid_out(TEXTS)
    path = tmp_path_factory.mktemp("report") / "2019-TIP-Report.pdf"
    report_pdf(path, [(n, form) for _, n, form in narratives], 2019, intro=INTRO)
    return path, narratives


def without_id(records: list[dict]) -> dict[str, dict]:
    """Facts by country, without the document id, and with plain quotes in the texts they quote
    (the published readers make typographic quotes plain; the plain texts keep them)."""
    plain = str.maketrans({"\u2019": "'", "\u2018": "'", "\u201c": '\\"', "\u201d": '\\"'})  # escaped: inside JSON strings
    records = json.loads(json.dumps(records, ensure_ascii=False).translate(plain))
    for record in records:  # the test's report is of 2019 whatever year a narrative comes from, so
        for statistic in record.get("statistics", []) + record.get("otherStatistics", []):
            statistic.pop("refYear")  # a count's default year (report year − 1) differs by design
            if statistic.get("zero"):  # and so whether a zero is a part of a count of its year (2020 Venezuela)
                statistic.pop("breakdown", None), statistic.pop("sub", None)
    return {r["country"]: {k: v for k, v in r.items() if k != "id"} for r in records}


# -- PDF -----------------------------------------------------------------------------------------

def test_pdf_gives_one_document_per_narrative_with_its_exact_text(report):
    path, narratives = report
    documents, skipped = read_sources([path])
    assert skipped == []
    by_country = {d.country: d for d in documents}
    assert len(documents) == len(narratives)
    for source, narrative, form in narratives:
        document = next(d for d in documents if squeeze(d.text).startswith(squeeze(narrative.plain(form))[:40]))
        assert squeeze(document.text) == squeeze(narrative.plain(form)), source.name
        assert document.year == 2019 and document.kind == "narrative"
        assert document.id == f"2019-{document.country.lower()}"
    assert by_country["XK"].text.startswith("KOSOVO (Tier 2)\n\nKosovo is a source, transit, and destination")
    # the items of a bulleted list (with a hanging indent) are paragraphs of their own
    assert "\n\n• Increase efforts to identify victims.\n\n• Provide all potential trafficking victims" \
        in by_country["NL"].text
    # the running heads, page numbers, photo caption and text box are left out
    text = "\n".join(d.text for d in documents)
    for furniture in ("TRAFFICKING IN PERSONS REPORT", "JUNE 2019", "Photo:", "brothel wait", "Victims Speak Out",
                      "RELEVANT INTERNATIONAL CONVENTIONS", "scope and magnitude of trafficking and the efforts"):
        assert furniture not in text


def test_pdf_header_forms_are_all_read():
    kosovo = Narrative.from_text(SEED.read_text(encoding="utf-8"))
    for form in HEADER_FORMS:
        assert kosovo.plain(form).splitlines()[0] in {"KOSOVO (Tier 2)", "KOSOVO: Tier 2", "KOSOVO: TIER 2"}
    from kg.published.narratives import Block, find_header
    assert find_header([Block("KOSOVO", heading=True), Block("Tier 2")], 0).place.key == "XK"
    assert find_header([Block("LIBYA: SPECIAL CASE")], 0).place.key == "LY"
    assert find_header([Block("Nigeria (Tier 2 Watch List)")], 0).place.key == "NG"
    assert find_header([Block("PREVENTION"), Block("Tier 2")], 0) is None


def test_pdf_joins_hyphenated_words_and_spells_out_ligatures(report):
    path, _ = report
    documents, _ = read_sources([path])
    kosovo = next(d for d in documents if d.country == "XK")
    assert "\ufb01" not in kosovo.text and "\ufb02" not in kosovo.text
    # the typesetter broke these at a line end; the compounds keep their own hyphen
    for word in ("identified", "trafficking", "officials", "anti-trafficking", "trafficking-related"):
        assert word in kosovo.text
    assert not re.search(r"[a-z]- [a-z]", kosovo.text)


def test_pdf_keeps_the_page_of_every_sentence(report):
    import pypdfium2 as pdfium

    from kg.segment import segment

    path, _ = report
    documents, _ = read_sources([path])
    pdf = pdfium.PdfDocument(str(path))
    pages = [re.sub(r"[\s\-:\ufffe\x02]+", "", normalise(pdf[i].get_textpage().get_text_range())) for i in range(len(pdf))]
    several = [d for d in documents if len({p for _, p in d.pages}) > 1]
    assert several, "a narrative runs over more than one page"
    for document in documents:
        for sentence in segment(document):
            page = document.page_at(sentence.start)
            head = re.sub(r"[\s\-:]+", "", sentence.text)[:12]
            assert head in pages[page - 1], (document.id, sentence.text[:60], page)


def test_pdf_facts_equal_the_plain_texts_facts(report):
    path, narratives = report
    from_pdf, failures = facts_of_inputs([path])
    from_texts, _ = facts_of_inputs([source for source, _, _ in narratives])
    assert failures == []
    assert without_id(from_pdf) == without_id(from_texts)
    assert without_id(from_pdf)["XK"]["routes"] == [["XK", "AL"], ["XK", "IT"], ["XK", "MK"], ["XK", "europe"],
                                                   ["eastern-europe", "XK"]]


@pytest.mark.skipif(not NARRATIVES.exists(), reason="../shared/corpus is not here")
def test_pdf_of_the_dev_narratives_and_statistics_texts(tmp_path):
    """Every dev narrative and statistics text with a country header, typeset and read back."""
    texts = sorted(NARRATIVES.glob("*.txt")) + sorted((SHARED / "corpus" / "statistics-dev" / "texts").glob("*.txt"))
    usable = []
    for path in texts:
        try:
            usable.append((path, Narrative.from_text(path.read_text(encoding="utf-8"))))
        except ValueError:
            continue  # no country header in the text (a title line and the tier alone)
    narratives = [(p, n, HEADER_FORMS[i % len(HEADER_FORMS)]) for i, (p, n) in enumerate(usable)]
    pdf = report_pdf(tmp_path / "report.pdf", [(n, f) for _, n, f in narratives], 2020, photo_after=5, caption_size=7)
    documents, _ = read_sources([pdf])
    assert len(documents) == len(narratives) >= 20
    texts_read = sorted(squeeze(d.text) for d in documents)
    assert texts_read == sorted(squeeze(n.plain(f)) for _, n, f in narratives)
    from_pdf, _ = facts_of_inputs([pdf])
    from_texts, _ = facts_of_inputs([p for p, _, _ in narratives])
    key = lambda r: (r["country"], r["tier"], r["roles"], r["internal"], r["forms"], r["victims"], r["routes"])  # noqa: E731
    assert sorted(map(key, from_pdf)) == sorted(map(key, from_texts))


def test_kg_build_of_a_pdf_gives_each_sentence_its_page(report, tmp_path):
    import subprocess
    import sys

    from rdflib import Dataset, Literal
    from rdflib.namespace import PROV, RDF

    from kg.vocab import TIP, document_iri

    path, _ = report
    out = tmp_path / "build"
    run = subprocess.run([sys.executable, "-m", "kg.cli", "build", str(path), "--out", str(out)],
                         capture_output=True, text=True, cwd=ROOT)
    assert run.returncode == 0, run.stderr
    assert "2019-TIP-Report.pdf: page" in run.stderr  # progress per page
    dataset = Dataset()
    dataset.parse(data=build_trig(out), format="trig")
    graph = dataset.graph(document_iri("2019-xk"))
    sentences = list(graph.subjects(RDF.type, TIP.Sentence))
    pages = {s: graph.value(s, TIP.page) for s in sentences}
    assert all(p is not None for p in pages.values())
    assert {p.toPython() for p in pages.values()} == {1, 2}  # Kosovo runs from page 1 onto page 2
    first = next(s for s in sentences if graph.value(s, TIP.sentenceIndex) == Literal(1))
    assert str(graph.value(first, PROV.value)).startswith("Kosovo is a source, transit, and destination country")
    assert graph.value(first, TIP.pageLocator) == Literal("2019-TIP-Report.pdf#page=1")
    assert "conforms" in (out / "validation.txt").read_text()


def test_shapes_hold_a_sentence_to_one_page_from_1(report):
    from rdflib import Literal
    from rdflib.namespace import RDF

    from kg.pipeline import document_graph
    from kg.validate import validate_graph
    from kg.vocab import TIP

    path, _ = report
    documents, _ = read_sources([path])
    graph = document_graph(next(d for d in documents if d.country == "NL"))
    assert validate_graph(graph).conforms
    sentence = next(graph.subjects(RDF.type, TIP.Sentence))
    graph.set((sentence, TIP.page, Literal(0)))
    graph.add((sentence, TIP.pageLocator, Literal("report.pdf")))
    report_ = validate_graph(graph)
    assert not report_.conforms
    assert {v.path for v in report_.violations} >= {"tip:page", "tip:pageLocator"}


# -- saved web pages -------------------------------------------------------------------------------

SLUG = re.compile(r"[^a-z]+")


@pytest.fixture(scope="module")
def pages(tmp_path_factory) -> tuple[Path, list[tuple[Path, Narrative, str]]]:
    """Each text saved as the State Department's country page of its year (a folder of pages)."""
    from published_layout import country_page

    folder = tmp_path_factory.mktemp("pages")
    narratives = laid_out(TEXTS)
    for source, narrative, form in narratives:
        year = int(re.search(r"(?:19|20)\d\d", source.name).group())
        slug = SLUG.sub("-", narrative.name.lower()).strip("-")
        page = folder / f"{narrative.name.title()} - United States Department of State.html"
        page.write_text(country_page(narrative, year, slug, form), encoding="utf-8")
    return folder, narratives


def test_saved_pages_give_the_narratives_main_text(pages):
    folder, narratives = pages
    documents, skipped = read_sources([folder])
    assert skipped == [] and len(documents) == len(narratives)
    for source, narrative, form in narratives:
        year = int(re.search(r"(?:19|20)\d\d", source.name).group())
        document = next(d for d in documents if squeeze(d.text).startswith(squeeze(narrative.plain(form))[:40]))
        assert squeeze(document.text) == squeeze(narrative.plain(form)), source.name
        assert document.year == year and document.id == f"{year}-{document.country.lower()}"
        assert document.pages == ()
        for furniture in ("Skip to content", "Privacy Policy", "Countries & Areas", "dataLayer", "Share",
                          "U.S. Department of State"):
            assert furniture not in document.text
    netherlands = next(d for d in documents if d.country == "NL")
    # list items are lines of their own, a heading is a paragraph of its own
    assert "\n\n• Increase efforts to identify victims.\n\n• Provide all potential trafficking victims" in netherlands.text


def test_saved_pages_facts_equal_the_plain_texts_facts(pages):
    folder, narratives = pages
    from_pages, failures = facts_of_inputs([folder])
    from_texts, _ = facts_of_inputs([source for source, _, _ in narratives])
    assert failures == []
    assert without_id(from_pages) == without_id(from_texts)


def test_a_page_without_a_tier_header_takes_its_country_and_year_from_the_page(tmp_path):
    from published_layout import country_page

    kosovo = Narrative.from_text(SEED.read_text(encoding="utf-8"))
    page = country_page(kosovo, 2009, "kosovo").replace("<p><strong>KOSOVO: Tier 2</strong></p>", "")
    page = page.replace("<p class=\"report__date\">2009 Trafficking in Persons Report</p>", "")
    path = tmp_path / "saved.htm"
    path.write_text(page, encoding="utf-8")
    (document,), _ = read_sources([path])
    assert (document.id, document.country, document.year) == ("2009-xk", "XK", 2009)
    assert document.text.startswith("KOSOVO\n\nKosovo is a source, transit, and destination country")


# -- bad input -------------------------------------------------------------------------------------

def kg_run(*args: str):
    import subprocess
    import sys

    return subprocess.run([sys.executable, "-m", "kg.cli", *args], capture_output=True, text=True, cwd=ROOT)


def bad_inputs(folder: Path, report: Path) -> dict[str, tuple[Path, str]]:
    """Each bad input, with the words its error must say."""
    from fpdf import FPDF
    from PIL import Image
    from published_layout import country_page

    encrypted = FPDF()
    encrypted.add_page()
    encrypted.set_font("helvetica", size=12)
    encrypted.text(20, 20, "KOSOVO: Tier 2")
    encrypted.set_encryption(owner_password="owner", user_password="secret")
    encrypted.output(str(folder / "encrypted.pdf"))
    scanned = FPDF()
    for _ in range(2):
        scanned.add_page()
        scanned.image(Image.new("L", (170, 220), 230), x=10, y=10, w=190)
    scanned.output(str(folder / "scanned.pdf"))
    no_narrative = FPDF()
    no_narrative.add_page()
    no_narrative.set_font("helvetica", size=10)
    no_narrative.multi_cell(0, 5, INTRO)
    no_narrative.output(str(folder / "introduction.pdf"))
    data = report.read_bytes()
    (folder / "truncated.pdf").write_bytes(data[:len(data) // 2])
    kosovo = Narrative.from_text(SEED.read_text(encoding="utf-8"))
    page = country_page(kosovo, 2009, "kosovo")
    (folder / "truncated.html").write_text(page[:len(page) // 2], encoding="utf-8")
    (folder / "denied.pdf").write_text("<html><body>Access denied</body></html>", encoding="utf-8")
    (folder / "menu.html").write_text(re.sub(r"<main.*</main>", "<main><p>Page not found.</p></main>", page, flags=re.S),
                                      encoding="utf-8")
    return {"encrypted.pdf": "encrypted PDF", "scanned.pdf": "no text layer: run OCR first",
            "introduction.pdf": "no country narrative", "truncated.pdf": "truncated PDF",
            "truncated.html": "truncated page", "menu.html": "no country narrative", "denied.pdf": "not a PDF"}


def test_bad_published_input_is_a_one_line_error_and_the_build_is_kept(report, tmp_path):
    path, _ = report
    out = tmp_path / "build"
    assert kg_run("build", str(SEED), "--out", str(out)).returncode == 0
    before = build_trig(out), (out / "manifest.json").read_bytes()
    for name, words in bad_inputs(tmp_path, path).items():
        run = kg_run("build", str(tmp_path / name), "--out", str(out))
        assert run.returncode != 0, name
        errors = [line for line in run.stderr.splitlines() if not re.match(r"^\S+\.pdf: page \d+/\d+$", line)]
        assert len(errors) == 1 and errors[0].startswith(f"kg: error: {tmp_path / name}: "), run.stderr
        assert words in errors[0], (name, errors[0])
        assert (build_trig(out), (out / "manifest.json").read_bytes()) == before


def test_keep_going_builds_what_it_could_read_and_lists_the_rest(tmp_path):
    narratives = laid_out(TEXTS[:3])
    good = report_pdf(tmp_path / "2019-report.pdf", [(n, f) for _, n, f in narratives], 2019, scanned_before=1)
    bad = bad_inputs(tmp_path, good)
    out = tmp_path / "build"
    run = kg_run("build", str(good), str(tmp_path / "truncated.pdf"), str(tmp_path / "scanned.pdf"),
                 "--keep-going", "--out", str(out))
    assert run.returncode == 0, run.stderr
    skipped = [line for line in run.stderr.splitlines() if line.startswith("skipped: ")]
    assert any(str(tmp_path / "truncated.pdf") in line and bad["truncated.pdf"] in line for line in skipped)
    assert any(str(tmp_path / "scanned.pdf") in line and "OCR" in line for line in skipped)
    # the scanned page between two narratives is listed by its number; the narratives around it are built
    assert any(line.startswith(f"skipped: {good}: pages of images without text") for line in skipped)
    import json
    manifest = json.loads((out / "manifest.json").read_text())
    assert sorted(manifest["documents"]) == sorted(f"2019-{n.lower()}" for n in ("XK", "SL", "NG"))


def test_a_few_pages_take_the_year_from_the_file_name(tmp_path):
    """A narrative cut out of a report, on pages that print no year: the file name has it."""
    (kosovo,) = [n for _, n, _ in laid_out([SEED])]
    path = report_pdf(tmp_path / "tip-2009-kosovo-pages.pdf", [(kosovo, "colon")], 1999, photo_after=None,
                      box_on_page=None, outro=False)
    import pypdfium2 as pdfium
    assert "1999" not in pdfium.PdfDocument(str(path))[0].get_textpage().get_text_range()  # page 1: no year
    (document,), _ = read_sources([path])
    assert (document.id, document.year, document.country) == ("2009-xk", 2009, "XK")
    unnamed = path.rename(tmp_path / "pages.pdf")
    (document,), _ = read_sources([unnamed])
    assert (document.id, document.year) == ("pages-xk", None)


def test_a_list_of_countries_under_a_tier_is_no_narrative():
    """The report's tier placements ("ZAMBIA" then "TIER 2 WATCH LIST", then names) before the narratives;
    the labels of a narrative's tier chart are no text of it."""
    from kg.published.narratives import Block, split_narratives

    kosovo = SEED.read_text(encoding="utf-8").split("\n\n")[2].strip()
    blocks = [Block("ZAMBIA", heading=True), Block("TIER 2 WATCH LIST", heading=True),
              Block("ALBANIA ALGERIA ANGOLA ARMENIA AZERBAIJAN BAHRAIN BANGLADESH BELARUS BELIZE BENIN"),
              Block("KOSOVO: Tier 2", heading=True), Block("TIER RANKING BY YEAR"), Block("1 2WL 2 3"),
              Block("2012 2013 2014 2015 2016 2017 2018 2019"), Block(kosovo)]
    (document,) = split_narratives(blocks, source="r.pdf", year=2009, stem="r")
    assert (document.id, document.text) == ("2009-xk", "KOSOVO: Tier 2\n\n" + kosovo)


def test_line_end_hyphens():
    """A word the typesetter broke is joined; a compound keeps its hyphen; a range keeps it without a space."""
    from collections import Counter

    from kg.published.pdf import Line, _block

    def joined(first: str, second: str, words: str = "") -> str:
        lines = [Line(first, 54, 290, 700, 9, False, 1, (0, 0), 54, 297),
                 Line(second, 54, 200, 688, 9, False, 1, (0, 0), 54, 297)]
        return _block(lines, 9, Counter(words.split())).text

    assert joined("the sexual exploit-", "ation of children") == "the sexual exploitation of children"
    assert joined("an anti-", "trafficking law") == "an anti-trafficking law"
    assert joined("results-", "based training", "result based") == "results-based training"
    assert joined("the self-", "styled army") == "the self-styled army"
    assert joined("from 2008-", "2009 the") == "from 2008-2009 the"
    assert joined("the cross-", "border cases", "crossborder") == "the crossborder cases"  # as printed elsewhere
