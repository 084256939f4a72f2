"""Pooled dated-policy scores over the blind policy sets of ``tests/data/blind/`` (``pol-*``).

Run: ``KG_CACHE_DIR=... .venv/bin/python bench/policy_sets.py [--misses] [--json OUT]``. Each set is built
(:func:`kg.facts.facts_of_inputs`) and scored on (id, type, year) by :func:`kg.evaluate.score_policies` against its
first annotator's ``policies.jsonl``; the sums of the sets' true positives, false positives and misses give the pooled
precision, recall and F1. ``--misses`` lists each set's misses and false positives.
"""
from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BLIND = ROOT / "tests" / "data" / "blind"


def main(argv: list[str] | None = None) -> int:
    from kg.evaluate import policies_of, prf, read_jsonl, score_policies
    from kg.facts import facts_of_inputs

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--misses", action="store_true", help="list each set's misses and false positives")
    parser.add_argument("--json", type=Path, help="write each set's system policies (JSON)")
    args = parser.parse_args(argv)
    totals = Counter()
    dump = {}
    for folder in sorted(BLIND.glob("pol-*")):
        records, failures = facts_of_inputs(sorted((folder / "texts").glob("*.txt")))
        assert not failures, failures
        system, gold = policies_of(records), policies_of(read_jsonl(folder / "policies.jsonl"))
        score = score_policies(system, gold)["year"]
        totals.update({k: score[k] for k in ("tp", "fp", "fn")})
        print(f"{folder.name:10} P {score['precision']:.3f} R {score['recall']:.3f} F1 {score['f1']:.3f} "
              f"(tp {score['tp']} fp {score['fp']} fn {score['fn']})")
        dump[folder.name] = [{"id": r["id"], **p} for r in records for p in r["policies"] if p["year"] is not None]
        if args.misses:
            keys = Counter((p.id, p.type, p.year) for p in system)
            gold_keys = Counter((p.id, p.type, p.year) for p in gold)
            for key in sorted((gold_keys - keys).elements()):
                print("   miss", key)
            for key in sorted((keys - gold_keys).elements()):
                print("   false", key)
    pooled = prf(totals["tp"], totals["fp"], totals["fn"])
    print(f"{'pooled':10} P {pooled['precision']:.4f} R {pooled['recall']:.4f} F1 {pooled['f1']:.4f} "
          f"(tp {pooled['tp']} fp {pooled['fp']} fn {pooled['fn']})")
    if args.json:
        args.json.write_text(json.dumps(dump, indent=1, ensure_ascii=False), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT))
    sys.exit(main())
