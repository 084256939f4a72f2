"""Helpers of the reliability tests: run ``kg``, fingerprint folders."""
from __future__ import annotations

import hashlib
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SEED = ROOT / "data" / "kosovo-2009.txt"
KG = [sys.executable, "-m", "kg.cli"]


def kg(*args: str | Path, env: dict | None = None, cwd: Path | None = None) -> subprocess.CompletedProcess:
    return subprocess.run(KG + [str(a) for a in args], capture_output=True, text=True, env=env, cwd=cwd, timeout=120)


def fingerprint(folder: Path) -> dict[str, str]:
    """Every file under ``folder`` (the store too) → its SHA-256; a file's path for a folder."""
    return {str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest() if p.is_file() else "folder"
            for p in sorted(folder.rglob("*"))}


#: A progress line of ``kg build`` on a stderr that is not a terminal (``kg build: 1/1 documents (100%, 0 s)``).
PROGRESS = re.compile(r"kg build: \d+/\d+ documents \(\d+%, \d+ s\)$")


def one_line_error(run: subprocess.CompletedProcess, *words: str) -> str:
    """The single stderr line of a failed run, checked to hold ``words``."""
    assert run.returncode != 0, run.stdout
    lines = [line for line in run.stderr.strip().splitlines() if not PROGRESS.match(line)]
    assert len(lines) == 1, run.stderr
    assert "Traceback" not in run.stderr
    for word in words:
        assert word in lines[0], lines[0]
    return lines[0]
