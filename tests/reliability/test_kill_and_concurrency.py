"""A killed build and two builds at once never damage the build folder (issue #17)."""
from __future__ import annotations

import json
import os
import signal
import subprocess
import time
from pathlib import Path

import pytest
from conftest import DEV_CORPUS, build_trig  # the repository's copy of ../shared

from .reliability_util import KG, SEED, fingerprint
from .reliability_util import kg as run_kg


def store_matches_trig(build_dir: Path) -> bool:
    import pyoxigraph

    fresh = pyoxigraph.Store()
    fresh.bulk_load(input=build_trig(build_dir), format=pyoxigraph.RdfFormat.TRIG)
    return set(pyoxigraph.Store.read_only(str(build_dir / "store"))) == set(fresh)


def start(*args, cache: Path) -> subprocess.Popen:
    """A ``kg build`` in its own process (a cache of its own, so that it takes a few seconds)."""
    env = dict(os.environ, KG_CACHE_DIR=str(cache))
    return subprocess.Popen(KG + ["build", *map(str, args)], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            text=True, env=env)


def wait_for(condition, seconds: float = 60) -> None:
    deadline = time.monotonic() + seconds
    while not condition():
        assert time.monotonic() < deadline, "timed out"
        time.sleep(0.005)


def sample_corpus(folder: Path, records: int) -> Path:
    corpus = folder / "sample.jsonl"
    corpus.write_text("\n".join(DEV_CORPUS.read_text(encoding="utf-8").splitlines()[:records]) + "\n")
    return corpus


def test_a_second_build_into_the_same_folder_fails_clearly_and_the_first_is_whole(tmp_path):
    out = tmp_path / "out"
    first = start(SEED, "--out", out, cache=tmp_path / "cache-1")
    wait_for(lambda: (tmp_path / ".out.lock").exists())
    second = start(SEED, "--out", out, cache=tmp_path / "cache-2")
    _, error = second.communicate(timeout=60)
    assert second.returncode == 2
    assert error.strip().splitlines() == [f"kg: error: --out {out}: another kg build (pid {first.pid}) is writing "
                                          "this folder; run this one when it ends"]
    assert first.wait(timeout=60) == 0
    assert store_matches_trig(out)
    assert json.loads((out / "manifest.json").read_text())["documents"] == ["kosovo-2009"]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["cache-1", "out"]  # the second did no work


@pytest.mark.slow  # three trials of two builds: 7 s on an idle machine, 23 s on a busy one
def test_builds_started_together_leave_one_whole_build(tmp_path):
    """The probe's case: two builds launched at once (3 of 14 trials corrupted the store)."""
    out = tmp_path / "out"
    corpus = sample_corpus(tmp_path, 12)
    for trial in range(3):
        runs = [start(SEED, corpus, "--out", out, "--jobs", "1", cache=tmp_path / f"cache-{trial}-{n}") for n in (1, 2)]
        outcomes = [(run.wait(timeout=120), run.stderr.read()) for run in runs]
        assert any(code == 0 for code, _ in outcomes)
        for code, error in outcomes:
            assert code == 0 or "another kg build" in error, error
        assert store_matches_trig(out)
        assert len(json.loads((out / "manifest.json").read_text())["documents"]) == 13


@pytest.mark.parametrize("stage", ["processing", "writing"])
def test_a_killed_build_leaves_the_earlier_build_byte_identical(stage, tmp_path):
    out = tmp_path / "out"
    assert run_kg("build", SEED, "--out", out).returncode == 0
    before = fingerprint(out)
    corpus = sample_corpus(tmp_path, 30)
    build = start(SEED, corpus, "--out", out, "--jobs", "1", cache=tmp_path / "cache")
    if stage == "processing":
        wait_for(lambda: (tmp_path / ".out.lock").exists())
    else:
        wait_for(lambda: any((p / "graphs" / "tallies.trig").exists() for p in tmp_path.glob(".out.building-*")))
    build.send_signal(signal.SIGKILL)
    build.wait(timeout=30)
    assert fingerprint(out) == before
    assert store_matches_trig(out)
    if stage == "writing":
        assert list(tmp_path.glob(".out.building-*"))  # what the killed build left ...
    again = run_kg("build", SEED, "--out", out)
    assert again.returncode == 0, again.stderr
    assert not [p.name for p in tmp_path.iterdir() if p.name.startswith(".")]  # ... is gone, lock and all


def children(pid: int) -> set[int]:
    found = set()
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                stat = (entry / "stat").read_text()
            except OSError:
                continue
            if int(stat.rsplit(")", 1)[1].split()[1]) == pid:
                found.add(int(entry.name))
    return found


def alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="reads /proc (Linux)")
def test_workers_die_with_a_killed_build(tmp_path):
    corpus = sample_corpus(tmp_path, 80)
    build = start(corpus, "--out", tmp_path / "out", "--jobs", "2", cache=tmp_path / "cache")
    wait_for(lambda: len(children(build.pid)) >= 2)
    workers = children(build.pid)
    build.send_signal(signal.SIGKILL)
    build.wait(timeout=30)
    try:
        wait_for(lambda: not any(alive(pid) for pid in workers), seconds=5)
    finally:
        for pid in filter(alive, workers):  # left by a failing run: do not leave them behind
            os.kill(pid, signal.SIGKILL)
    assert not (tmp_path / "out").exists()
