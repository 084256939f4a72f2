"""kg query under limits: a runaway query is stopped by its timeout or memory cap, in one line."""
from __future__ import annotations

import os
import signal
import time
from pathlib import Path

import pytest

from kg.cli import main
from kg.limits import LimitExceeded, Limits, run_limited
from kg.query import QueryError, run_query

# every triple of the seed (1,428) three times over: 2.9 billion rows to count or sort
CARTESIAN_COUNT = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"
CARTESIAN_SORT = "SELECT * WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i } ORDER BY ?c ?f ?i"


def children() -> set[int]:
    """The processes this test process has started and not yet reaped."""
    return {int(pid) for task in Path("/proc/self/task").iterdir()
            for pid in (task / "children").read_text().split()}


def test_a_runaway_query_is_stopped_at_its_timeout(seed_build):
    before = children()
    started = time.monotonic()
    with pytest.raises(LimitExceeded, match="ran longer than 1 s and was stopped"):
        run_query(seed_build, CARTESIAN_COUNT, limits=Limits(timeout=1, memory_mb=None))
    assert time.monotonic() - started < 10
    assert children() == before  # its process is gone, not left running


def test_the_command_has_a_timeout(seed_build, capsys):
    assert main(["query", CARTESIAN_COUNT, "--graph", str(seed_build), "--timeout", "1"]) == 2
    assert capsys.readouterr().err == "kg: error: the query ran longer than 1 s and was stopped\n"


def test_a_query_over_the_memory_cap_ends_in_one_line(seed_build, capsys):
    before = children()
    assert main(["query", CARTESIAN_SORT, "--graph", str(seed_build), "--memory", "300", "--timeout", "120"]) == 2
    assert capsys.readouterr().err == "kg: error: the query ran out of memory (cap 300 MB) and was stopped\n"
    assert children() == before


def test_answers_and_refusals_come_back_from_the_child(seed_build, capsys):
    result = run_query(seed_build, "tier-history", {"country": "XK"}, limits=Limits())
    assert [r["tier"] for r in result.rows] == ["Tier 2"]  # data/kosovo-2009.txt: "Kosovo is ... Tier 2"
    with pytest.raises(QueryError, match="federated queries are not allowed"):
        run_query(seed_build, "SELECT * { SERVICE <http://127.0.0.1:9/> { ?s ?p ?o } }", limits=Limits())
    assert main(["query", "tier-history", "--param", "country=XK", "--graph", str(seed_build)]) == 0
    assert "country:XK  2009  Tier 2" in capsys.readouterr().out


def test_a_child_that_dies_is_one_line():
    with pytest.raises(LimitExceeded, match=r"the query stopped its process \(signal SIGSEGV\)"):
        run_limited(lambda: os.kill(os.getpid(), signal.SIGSEGV), Limits(timeout=30))


@pytest.mark.parametrize("value", ["0", "-1", "abc"])
def test_limits_must_be_positive_numbers(seed_build, value, capsys):
    with pytest.raises(SystemExit):
        main(["query", "tier-history", "--graph", str(seed_build), "--timeout", value])
    assert "--timeout" in capsys.readouterr().err
