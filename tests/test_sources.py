"""Reading inputs: the report year of a Factbook text is the year its "(2014)" stamp names."""
from __future__ import annotations

import json

from conftest import DEV_CORPUS
from rdflib import Literal

from kg.mapping import to_graph
from kg.pipeline import extract_document
from kg.sources import read_sources
from kg.vocab import TIP, document_iri


def _records(*ids: str) -> list[str]:
    wanted = set(ids)
    return [line for line in DEV_CORPUS.read_text(encoding="utf-8").splitlines() if json.loads(line)["id"] in wanted]


def test_a_stamped_factbook_text_is_of_the_report_it_names_and_keeps_its_edition(tmp_path):
    # factbook-2014-MM ends "... (2013)": the 2014 edition summarises the 2013 report;
    # factbook-2006-MM has no stamp: its edition is its year
    corpus = tmp_path / "two.jsonl"
    corpus.write_text("\n".join(_records("factbook-2014-MM", "factbook-2006-MM")) + "\n", encoding="utf-8")
    documents = {d.id: d for d in read_sources([corpus])[0]}
    stamped, plain = documents["factbook-2014-MM"], documents["factbook-2006-MM"]
    assert stamped.text.rstrip().endswith("(2013)")
    assert (stamped.year, stamped.edition) == (2013, 2014)
    assert (plain.year, plain.edition) == (2006, 2006)
    graph = to_graph(extract_document(stamped))
    doc = document_iri(stamped.id)
    assert graph.value(doc, TIP.reportYear) == Literal(2013) and graph.value(doc, TIP.edition) == Literal(2014)


def test_a_narrative_has_no_edition():
    from conftest import SEED

    [document] = read_sources([SEED])[0]
    assert (document.year, document.edition) == (2009, None)
