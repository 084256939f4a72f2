"""No silent wrong data from odd inputs: a year in a loose file name, old Mac line ends, a text
without a country header, ids in other scripts (issue #17)."""
from __future__ import annotations

import json

import pytest

import kg
from kg.model import InputError
from kg.pipeline import extract_document
from kg.sources import read_sources
from kg.vocab import document_iri

from .reliability_util import PROGRESS, SEED
from .reliability_util import kg as run_kg

SEED_TEXT = SEED.read_text(encoding="utf-8")
#: The seed without the year on its title line: only its file name can date it.
UNDATED_TEXT = SEED_TEXT.replace("Trafficking in Persons Report, June 2009", "Trafficking in Persons Report")
#: The seed without its country header line ("KOSOVO (Tier 2) [Extracted from ...]").
HEADERLESS_TEXT = "\n".join(line for line in SEED_TEXT.splitlines() if not line.startswith("KOSOVO (Tier 2)"))


def test_the_seed_texts_are_what_the_cases_need():
    assert UNDATED_TEXT != SEED_TEXT and "2009" not in UNDATED_TEXT.split("\n\n")[1]
    assert HEADERLESS_TEXT != SEED_TEXT and "(Tier" not in HEADERLESS_TEXT


def test_a_year_anywhere_in_the_file_name_dates_the_text(tmp_path):
    path = tmp_path / "kosovo report 2009.txt"
    path.write_text(UNDATED_TEXT, encoding="utf-8")
    (doc,), _ = read_sources([path])
    assert (doc.id, doc.country, doc.year) == ("kosovo report 2009", "XK", 2009)


def test_the_year_on_the_header_line_dates_the_text(tmp_path):
    path = tmp_path / "kosovo report.txt"
    path.write_text(SEED_TEXT, encoding="utf-8")  # "KOSOVO (Tier 2) [Extracted from ... Report, June 2009]"
    (doc,), _ = read_sources([path])
    assert doc.year == 2009


def test_a_text_without_a_year_is_built_with_a_warning(tmp_path):
    path = tmp_path / "kosovo report.txt"
    path.write_text(UNDATED_TEXT, encoding="utf-8")
    run = run_kg("build", path, "--out", tmp_path / "out")
    assert run.returncode == 0, run.stderr
    expected = (f"kosovo report: no report year (none in the file name or the title lines; {path}): its facts are "
                "kept but not counted in the tallies; name the file like kosovo-2009.txt")
    assert [line for line in run.stderr.splitlines() if not PROGRESS.match(line)][0] == f"kg: warning: {expected}"
    assert (tmp_path / "out" / "warnings.txt").read_text(encoding="utf-8").splitlines()[0] == expected


@pytest.mark.parametrize("line_end", ["\r", "\r\n"], ids=["CR (old Mac)", "CRLF"])
def test_line_ends_of_every_system_read_alike(line_end, tmp_path):
    path = tmp_path / "kosovo-2009.txt"
    path.write_bytes(SEED_TEXT.replace("\n", line_end).encode("utf-8"))
    (doc,), _ = read_sources([path])
    (reference,), _ = read_sources([SEED])
    assert doc.text == reference.text
    sections = [s.section for s in extract_document(doc).sentences]
    assert sections.count("recommendations") == 1  # the probe: CR-only line ends lost them all
    assert sections == [s.section for s in extract_document(reference).sentences]


def test_line_ends_of_a_corpus_record_read_alike(tmp_path):
    corpus = tmp_path / "records.jsonl"
    body = SEED_TEXT.split("\n", 3)[3]  # the narrative after its title lines
    records = [{"id": f"kosovo-{name}", "edition": 2009, "country": "Kosovo", "iso2": "XK",
                "text": body.replace("\n", line_end)} for name, line_end in (("lf", "\n"), ("cr", "\r"))]
    corpus.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    lf, cr = read_sources([corpus])[0]
    assert cr.text == lf.text
    assert [s.section for s in extract_document(cr).sentences] == [s.section for s in extract_document(lf).sentences]


def test_a_text_without_a_country_header_is_refused_unless_its_name_gives_the_country(tmp_path):
    loose = tmp_path / "report.txt"
    loose.write_text(HEADERLESS_TEXT, encoding="utf-8")
    with pytest.raises(InputError, match=r"report\.txt: unknown country: no header like 'KOSOVO \(Tier 2\)' "
                                         r"and no country in the file name"):
        read_sources([loose])
    for name in ("kosovo-2009.txt", "2009-xk.txt"):
        named = tmp_path / name
        named.write_text(HEADERLESS_TEXT, encoding="utf-8")
        (doc,), _ = read_sources([named])
        assert (doc.country, doc.country_name, doc.year) == ("XK", "Kosovo", 2009)


# 2017 Brunei, PROSECUTION: a saved page gives the country on a line of its own, without the tier
BRUNEI_2017 = ("BRUNEI\n\nThe government increased law enforcement efforts. The 2004 Trafficking and Smuggling of "
               "Persons Order prohibits both sex and labor trafficking and prescribes punishments of up to 30 years "
               "imprisonment, which are sufficiently stringent and commensurate with penalties prescribed for other "
               "serious offenses, such as rape.\n")


def test_a_header_line_with_the_country_alone_gives_the_country(tmp_path):
    path = tmp_path / "brunei prosecution 2017.txt"
    path.write_text(BRUNEI_2017, encoding="utf-8")
    (doc,), _ = read_sources([path])
    assert (doc.country, doc.country_name, doc.year) == ("BN", "Brunei", 2017)
    lower = tmp_path / "notes 2017.txt"  # a sentence in capitals is no header: "Brunei" alone in prose is not either
    lower.write_text(BRUNEI_2017.replace("BRUNEI", "Brunei"), encoding="utf-8")
    with pytest.raises(InputError, match="unknown country"):
        read_sources([lower])


@pytest.mark.parametrize("name", ["2017-bn-2.txt", "2017-bn-p.txt", "2017-bn-prosecution.txt", "2017_bn.txt"])
def test_a_file_name_with_a_suffix_gives_its_year_and_country_like_2017_bn(name, tmp_path):
    path = tmp_path / name
    path.write_text(BRUNEI_2017.replace("BRUNEI\n", ""), encoding="utf-8")
    if name == "2017_bn.txt":  # only "-" joins the year and the code
        with pytest.raises(InputError, match="unknown country"):
            read_sources([path])
        return
    (doc,), _ = read_sources([path])
    assert (doc.country, doc.year) == ("BN", 2017)


def test_ids_in_other_scripts_name_distinct_graphs(tmp_path):
    corpus = tmp_path / "cyrillic.jsonl"
    records = [{"id": id_, "edition": 2010, "country": "Kosovo", "iso2": "XK",
                "text": "Kosovo is a source, transit, and destination country for women and children trafficked "
                        "for the purpose of commercial sexual exploitation and forced labor."}
               for id_ in ("Косово-2010", "Сербия-2010")]
    corpus.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    iris = {document_iri(r["id"]) for r in records}
    assert len(iris) == 2
    result = kg.build([corpus], tmp_path / "out")
    assert result.documents == 2
    assert [r["id"] for r in kg.facts(tmp_path / "out")] == ["Косово-2010", "Сербия-2010"]


def test_control_characters_become_spaces_and_every_export_parses(tmp_path):
    """A C0 control character (text pasted from a PDF) made the RDF/XML export invalid XML: XML 1.0
    cannot hold one. Each becomes a space (a page break a line break), so no offset moves."""
    import xml.dom.minidom

    from rdflib import Dataset

    from kg.export import export

    text = SEED_TEXT.replace("sexual exploitation", "sexual\x01exploitation", 1).replace("\n\n", "\n\x0c\n", 1)
    path = tmp_path / "kosovo-2009.txt"
    path.write_text(text, encoding="utf-8")
    (doc,), _ = read_sources([path])
    assert len(doc.text) == len(text) and "\x01" not in doc.text and "\x0c" not in doc.text
    assert "sexual exploitation" in doc.text
    out = tmp_path / "build"
    kg.build([path], out, cache_dir=tmp_path / "cache", jobs=1)
    for fmt, suffix in (("xml", "rdf"), ("trig", "trig"), ("nq", "nq"), ("jsonld", "jsonld")):
        target = export(out, fmt=fmt, out=tmp_path / f"kg.{suffix}")
        if fmt == "xml":
            xml.dom.minidom.parse(str(target))
        else:
            assert len(Dataset().parse(target, format={"trig": "trig", "nq": "nquads", "jsonld": "json-ld"}[fmt]))
