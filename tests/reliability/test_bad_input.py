"""Bad input and a full disk give one line naming the file, a non-zero exit, and keep the earlier build (issue #17)."""
from __future__ import annotations

import errno
import json
import os
import resource
import shutil
import subprocess
from pathlib import Path

import pytest

import kg
from kg import cli, store

from .reliability_util import KG, PROGRESS, ROOT, SEED, fingerprint, one_line_error

DEV_CORPUS = ROOT.parent / "shared" / "corpus" / "factbook-tip.dev.jsonl"


@pytest.fixture(scope="module")
def previous(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("previous") / "out"
    kg.build([SEED], out)
    return out


def record(**changes) -> dict:
    line = DEV_CORPUS.read_text(encoding="utf-8").splitlines()[0] if DEV_CORPUS.exists() else None
    base = json.loads(line) if line else {"id": "r", "edition": 2010, "country": "Kosovo", "iso2": "XK",
                                          "text": "Kosovo is a source country for women trafficked for sexual exploitation."}
    return dict(base, **changes)


def write_jsonl(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def lone_surrogate_id(folder: Path) -> tuple[Path, str]:
    return write_jsonl(folder, "ids.jsonl", json.dumps(record(id="kosovo-\ud800")) + "\n"), "'id' holds a lone surrogate"


def lone_surrogate_text(folder: Path) -> tuple[Path, str]:
    text = record()["text"] + " \udc00"
    return write_jsonl(folder, "texts.jsonl", json.dumps(record(text=text)) + "\n"), "'text' holds a lone surrogate"


def long_year(folder: Path) -> tuple[Path, str]:
    line = json.dumps(record())[:-1] + ', "edition": ' + "2" * 5000 + "}\n"
    return write_jsonl(folder, "years.jsonl", line), "years.jsonl:1: unreadable JSON"


def deep_json(folder: Path) -> tuple[Path, str]:
    line = '{"id": "deep", "text": "t", "x": ' + "[" * 100_000 + "]" * 100_000 + "}\n"
    return write_jsonl(folder, "deep.jsonl", line), "deep.jsonl:1: JSON nested too deep"


def undecodable_name(folder: Path) -> tuple[Path, str]:
    texts = folder / "texts"
    texts.mkdir()
    shutil.copy(SEED, os.fsencode(texts) + b"/kosovo-2009-\xff.txt")
    return texts, "kosovo-2009-\\xff.txt: the file name is not UTF-8"


def dev_zero(folder: Path) -> tuple[Path, str]:
    return Path("/dev/zero"), "/dev/zero: not a regular file"


def fifo(folder: Path) -> tuple[Path, str]:
    os.mkfifo(folder / "pipe.txt")
    return folder / "pipe.txt", "pipe.txt: not a regular file"


CASES = [lone_surrogate_id, lone_surrogate_text, long_year, deep_json, undecodable_name, dev_zero, fifo]


@pytest.mark.parametrize("case", CASES, ids=lambda case: case.__name__)
def test_bad_input_is_one_line_naming_the_file(case, tmp_path, previous):
    if case is dev_zero and not Path("/dev/zero").exists():
        pytest.skip("no /dev/zero")
    path, words = case(tmp_path)
    before = fingerprint(previous)
    run = subprocess.run(KG + ["build", os.fsencode(path), "--out", str(previous)], capture_output=True, text=True,
                         timeout=60)
    one_line_error(run, "kg: error: ", words)
    assert fingerprint(previous) == before
    assert sorted(p.name for p in previous.parent.iterdir()) == ["out"]


def test_a_full_disk_is_one_line_and_keeps_the_earlier_build(tmp_path, previous, monkeypatch, capsys):
    before = fingerprint(previous)
    def disk_fills(path, data, **options):  # a rebuild of the same input links every graph file: it writes its records
        path.write_text("{", encoding="utf-8")
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))  # what write() raises: no file name

    monkeypatch.setattr(store, "write_json", disk_fills)
    status = cli.main(["build", str(SEED), "--out", str(previous)])
    assert status == 2
    assert [line for line in capsys.readouterr().err.splitlines() if not PROGRESS.match(line)] == [
        f"kg: error: {previous}: No space left on device (building {previous}; an earlier build there is left unchanged)"]
    assert fingerprint(previous) == before
    assert sorted(p.name for p in previous.parent.iterdir()) == ["out"]


def test_a_file_size_limit_hit_while_writing_is_one_line(tmp_path, previous):
    """A real write failure from the kernel (EFBIG under RLIMIT_FSIZE; ENOSPC takes the same path)."""
    before = fingerprint(previous)

    def limit_file_size():
        resource.setrlimit(resource.RLIMIT_FSIZE, (100_000, 100_000))

    run = subprocess.run(KG + ["build", str(SEED), "--out", str(previous), "--cache-dir", str(tmp_path / "cache")],
                         capture_output=True, text=True, preexec_fn=limit_file_size, timeout=60)
    one_line_error(run, f"kg: error: {previous}", "an earlier build there is left unchanged")
    assert fingerprint(previous) == before
    assert sorted(p.name for p in previous.parent.iterdir()) == ["out"]
