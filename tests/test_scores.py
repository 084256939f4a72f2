"""Extraction quality bars, measured by the shared scorer on what ``kg facts`` reads from the graph.

Routes F1 >= 0.90; roles, forms, victims and internal F1 and tier accuracy >= 0.95, on the dev corpus
(40 gold records), the dev narratives and the seed.
"""
from __future__ import annotations

import importlib.util

import pytest
from conftest import EVAL, NARRATIVES

from kg.facts import facts

BARS = {"routes": 0.90, "roles": 0.95, "forms": 0.95, "victims": 0.95, "internal": 0.95}
TIER_BAR = 0.95


def _scorer():
    spec = importlib.util.spec_from_file_location("tip_score", EVAL / "score.py")
    if spec is None or not (EVAL / "score.py").exists():
        pytest.skip("../shared/eval is not here")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _check(build_dir, gold_path):
    scorer = _scorer()
    system = {record["id"]: record for record in facts(build_dir)}
    gold = scorer.load(str(gold_path))
    result = scorer.score(system, gold)
    assert not result["missing"], f"records not returned: {result['missing'][:5]}"
    low = {field: result[field]["f1"] for field, bar in BARS.items() if result[field]["f1"] < bar}
    assert not low, f"fields under the bar: {low}"
    assert result["tier"]["accuracy"] >= TIER_BAR


def test_dev_corpus_scores(dev_build):
    _check(dev_build, EVAL / "gold.dev.jsonl")


def test_narratives_scores(narratives_build):
    _check(narratives_build, NARRATIVES / "gold.jsonl")


def test_seed_scores(seed_build):
    _check(seed_build, EVAL / "gold.seed.jsonl")
