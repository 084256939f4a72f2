"""The blind sets kept in the repository (``tests/data/blind/``): real paragraphs of the reports,
annotated by hand by annotators who saw neither the code nor its output (``README.md`` there says how
each was made and what it scored when it arrived). Scored by the project's scorers on what ``kg facts``
reads back from the graph, no score may fall below its floor in ``floors.json``: the score at the end
of the session that last changed the rules. A change that raises a score raises its floor with it.
"""
from __future__ import annotations

import functools
import importlib.util
import json
from pathlib import Path

import pytest
from conftest import EVAL, ROOT

from kg.evaluate import policies_of, read_jsonl, recommendations_of, score_policies, score_recommendations
from kg.facts import facts_of_inputs

BLIND = ROOT / "tests" / "data" / "blind"
FLOORS = json.loads((BLIND / "floors.json").read_text(encoding="utf-8"))


def _texts(name: str) -> list[Path]:
    """The texts of a set: its ``texts/`` folder, or, for a set annotated on texts the repository keeps already (pol-S1),
    the files its ``sources.tsv`` names in its ``text`` column (paths under ``tests/data``)."""
    folder = BLIND / name
    if (folder / "texts").is_dir():
        return sorted((folder / "texts").glob("*.txt"))
    rows = [line.split("\t") for line in (folder / "sources.tsv").read_text(encoding="utf-8").splitlines()]
    column = rows[0].index("text")
    return sorted(ROOT / "tests" / "data" / row[column] for row in rows[1:])


@functools.lru_cache(maxsize=None)
def _records(name: str) -> list[dict]:
    texts = _texts(name)
    assert texts, f"{name}: no texts"
    records, failures = facts_of_inputs(texts)
    assert not failures, failures
    assert {r["id"] for r in records} == {t.stem for t in texts}, f"{name}: a text gave no record"
    return records


def _statistics_f1(records: list[dict], gold_path: Path) -> float:
    """F1 of (id, measure, count, refYear) by the shared scorer (``score_stats.py``), oov: measures left out."""
    spec = importlib.util.spec_from_file_location("tip_score_stats", EVAL / "score_stats.py")
    assert spec is not None and spec.loader is not None
    scorer = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(scorer)
    gold = scorer.load_jsonl(gold_path)
    system = scorer.system_rows(records, {line["id"] for line in gold})
    return scorer.score(gold, system)["f1"]


@pytest.mark.parametrize("name", sorted(FLOORS))
def test_a_blind_set_scores_no_less_than_its_floor(name):
    floor = FLOORS[name]
    folder = BLIND / floor["set"]
    records = _records(floor["set"])
    gold_path = folder / floor["gold"]
    if floor["family"] == "statistics":
        scores = {"f1": _statistics_f1(records, gold_path)}
    elif floor["family"] == "policies":
        scores = {"f1": score_policies(policies_of(records), policies_of(read_jsonl(gold_path)))["year"]["f1"]}
    else:
        result = score_recommendations(recommendations_of(records), recommendations_of(read_jsonl(gold_path)))
        scores = {"f1": result["all"]["items"]["f1"], "area": result["all"]["area"]["accuracy"]}
    low = {key: round(value, 4) for key, value in scores.items() if value < floor[key] - 1e-9}
    assert not low, f"{name}: under its floor {floor}: {low}"
