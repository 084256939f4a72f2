"""Check that a code change leaves the build's output byte for byte as it was.

Run: ``.venv/bin/python bench/same_output.py record DIR`` on the code before a change, then
``.venv/bin/python bench/same_output.py check DIR`` after it. Each builds cold (an empty cache)
two corpora: the dev corpus (the seed, the factbook dev records, ``narratives-dev`` and the
``statistics-dev`` texts) and 50 full-length narratives of ``bench/corpus.py``, and writes (record)
or compares (check) the SHA-256 of every file under the build's ``graphs/`` and of
``warnings.txt``. ``check`` names the files that differ and exits 1 if any does.
"""
from __future__ import annotations

import argparse
import hashlib
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpus"
DEV = [ROOT / "data", CORPUS / "factbook-tip.dev.jsonl", CORPUS / "narratives-dev", CORPUS / "statistics-dev" / "texts"]
NARRATIVES = 50


def digests(build: Path) -> dict[str, str]:
    files = sorted(p for p in (build / "graphs").rglob("*") if p.is_file()) + [build / "warnings.txt"]
    return {str(p.relative_to(build)): hashlib.sha256(p.read_bytes()).hexdigest() for p in files if p.exists()}


def build(inputs: list[Path], work: Path, name: str) -> dict[str, str]:
    out = work / f"{name}-build"
    subprocess.run([sys.executable, "-m", "kg.cli", "build", *map(str, inputs), "--out", str(out)], check=True, cwd=ROOT,
                   env={**os.environ, "KG_CACHE_DIR": str(work / f"{name}-cache")}, stdout=subprocess.DEVNULL)
    return digests(out)


def outputs(work: Path) -> dict[str, dict[str, str]]:
    sys.path.insert(0, str(ROOT / "bench"))
    from corpus import generate

    generate(work / "narratives", NARRATIVES)
    return {"dev": build(DEV, work, "dev"), "narratives": build([work / "narratives"], work, "narratives")}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("action", choices=("record", "check"))
    parser.add_argument("dir", type=Path, help="where the recorded digests are (digests.json)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="kg-same-") as tmp:
        now = outputs(Path(tmp))
    record = args.dir / "digests.json"
    if args.action == "record":
        args.dir.mkdir(parents=True, exist_ok=True)
        record.write_text(json.dumps(now, indent=1, sort_keys=True))
        print(f"recorded {sum(map(len, now.values()))} files in {record}")
        return
    before = json.loads(record.read_text())
    differ = [f"{corpus}: {name}" for corpus in before for name in sorted(set(before[corpus]) | set(now[corpus]))
              if before[corpus].get(name) != now[corpus].get(name)]
    for line in differ:
        print("differs:", line)
    print(f"{sum(map(len, now.values()))} files, {len(differ)} differ")
    sys.exit(1 if differ else 0)


if __name__ == "__main__":
    main()
