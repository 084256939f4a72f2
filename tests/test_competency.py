"""The fifteen competency questions of ``../shared/eval/seed-facts.md``, each a query in
``queries/cqNN.rq``, asserted on the seed build with the answers seed-facts.md gives."""
from __future__ import annotations

import pytest

from kg.query import load_query, run_query


def _rows(build, name, **params):
    return run_query(build, name, {k: str(v) for k, v in params.items()} or None).rows


@pytest.mark.parametrize("number", range(1, 16))
def test_every_question_has_a_documented_query(number):
    text, info = load_query(f"cq{number:02d}")
    assert info.title.startswith(f"CQ{number}") and info.description
    assert any(p.name == "country" and p.type == "country" and p.default == "XK" for p in info.params)


def test_cq01_tier(seed_build):
    assert [(r["tier"], r["compliance"]) for r in _rows(seed_build, "cq01")] == [("Tier 2", "significant_efforts")]


def test_cq01_other_country_by_parameter(narratives_build):
    [row] = _rows(narratives_build, "cq01", country="BY", year=2014)
    assert (row["tier"], row["movement"], row["consecutiveYears"]) == ("Tier 2 Watch List", "remained", "4")


def test_cq02_roles(seed_build):
    roles = {r["role"] for r in _rows(seed_build, "cq02")}
    assert roles >= {"source", "transit", "destination"}


def test_cq03_destinations(seed_build):
    assert {r["key"] for r in _rows(seed_build, "cq03")} == {"MK", "IT", "AL", "europe"}


def test_cq04_origins_of_foreign_victims(seed_build):
    assert {r["key"] for r in _rows(seed_build, "cq04")} == {"eastern-europe"}


def test_cq05_forced_begging_victims(seed_build):
    rows = _rows(seed_build, "cq05")
    assert {r["group"] for r in rows} == {"children"}
    assert any("Roma" in (r["qualifier"] or "") for r in rows)


def test_cq06_convictions(seed_build):
    [row] = _rows(seed_build, "cq06")
    assert (row["refYear"], row["total"]) == ("2008", "15")


def test_cq07_prosecutions(seed_build):
    [row] = _rows(seed_build, "cq07")
    assert (row["refYear"], row["total"], row["subjects"]) == ("2008", "24", "trafficking cases")


def test_cq08_penalty_range(seed_build):
    [row] = _rows(seed_build, "cq08")
    assert (float(row["minimum"]), float(row["maximum"]), row["unit"]) == (2.0, 12.0, "years")
    assert row["commensurate"] == "true"


def test_cq09_victims_assisted_by_year(seed_build):
    assert [(r["refYear"], r["total"]) for r in _rows(seed_build, "cq09")] == [("2007", "33"), ("2008", "24")]


def test_cq10_shelter_funding(seed_build):
    [row] = _rows(seed_build, "cq10")
    assert (row["refYear"], row["currency"], row["total"], row["observations"]) == ("2008", "USD", "223379", "2")


def test_cq11_protection_recommendations(seed_build):
    assert [r["order"] for r in _rows(seed_build, "cq11")] == ["3", "4", "5", "6"]
    assert [r["order"] for r in _rows(seed_build, "cq11", area="prosecution")] == ["1", "2"]
    assert [r["order"] for r in _rows(seed_build, "cq11", area="prevention")] == ["7"]


def test_cq12_hotline_sponsors(seed_build):
    assert sorted(r["actor"] for r in _rows(seed_build, "cq12")) == ["IOM", "Ministry of Justice"]


def test_cq13_policies_adopted_in_2008(seed_build):
    rows = _rows(seed_build, "cq13")
    assert [(r["policyType"], r["action"], r["month"]) for r in rows] == [
        ("coordinator", "appointed", "4"), ("action_plan", "adopted", "7")]
    assert "National Strategy and Action Plan" in rows[1]["policy"]


def test_cq14_sentence_of_15_convictions(seed_build):
    from conftest import SEED

    [row] = _rows(seed_build, "cq14")
    assert row["document"] == "kosovo-2009"
    assert row["sentence"].startswith("In 2008, the government reportedly prosecuted 24 trafficking cases")
    text = SEED.read_text(encoding="utf-8")
    assert text[int(row["sentenceStart"]):int(row["sentenceEnd"])] == row["sentence"]
    assert text[int(row["spanStart"]):int(row["spanEnd"])] == "15"


def test_cq15_places_linked_by_routes(seed_build):
    rows = _rows(seed_build, "cq15")
    assert {(r["key"], r["direction"]) for r in rows} == {
        ("MK", "to"), ("IT", "to"), ("AL", "to"), ("europe", "to"), ("eastern-europe", "from")}


@pytest.mark.slow
@pytest.mark.parametrize("number", range(1, 16))
def test_both_engines_answer_every_question_alike(seed_build, number):
    # Oxigraph gets the parameters as a leading VALUES block, rdflib as initBindings
    name = f"cq{number:02d}"
    answers = [run_query(seed_build, name, engine=engine) for engine in ("oxigraph", "rdflib")]
    assert answers[0].variables == answers[1].variables
    assert answers[0].rows and _concatenations_sorted(answers[0].rows) == _concatenations_sorted(answers[1].rows)


def _concatenations_sorted(rows: list[dict]) -> list[dict]:
    """Rows with their GROUP_CONCAT lists sorted: each engine concatenates in its own row order."""
    out = []
    for row in rows:
        row = dict(row)
        for key, separator in (("amounts", " + "), ("subjects", "; ")):
            if row.get(key):
                row[key] = separator.join(sorted(row[key].split(separator)))
        out.append(row)
    return out
