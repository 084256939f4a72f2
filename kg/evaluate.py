"""Scorer of recommendations and dated policies, to the matching rules of RECOMMENDATIONS.md (part C).

The system side is what ``kg facts`` prints (one record per document with ``recommendations`` and
``policies`` lists) or flat JSON lines in the gold schema; the gold side is flat JSON lines
(``recommendations.jsonl``, ``policies.jsonl``). Every system document is scored: run it on the
texts that were annotated (a document with no gold line has no gold recommendation).

- A recommendation matches a gold one of the same document with the same ``n`` when the
  normalised (case, space, punctuation) ``text_start`` of one is a prefix of the other's text,
  the last, possibly cut, word compared as a prefix; a leading "and" is ignored. Matches by text
  regardless of order are reported too. Areas are compared on matched pairs, without the gold
  items marked ``area_uncertain`` (and once more without ``mixed`` ones); a system item without
  an area is ``other``. Each figure is given with and without the ``advisory`` items.
- Policies: multiset match on (id, type, year), then on (id, type, year, month), a gold
  ``month_ok`` listing other acceptable months. Undated system policies are not scored.

usage: python -m kg.evaluate SYSTEM.jsonl [--recommendations GOLD] [--policies GOLD] [--json]
"""
from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from .vocab import response_areas


@dataclass(frozen=True)
class Recommendation:
    id: str
    n: int
    text: str
    area: str
    kind: str = "list"
    prioritized: bool = False
    mixed: bool = False
    area_uncertain: bool = False


@dataclass(frozen=True)
class Policy:
    id: str
    type: str
    year: int
    month: int | None = None
    month_ok: tuple[int, ...] = ()


def words(text: str) -> list[str]:
    """Lower-case words of ``text`` without punctuation, a leading "and" dropped.

    >>> words("and Increase efforts, e.g. to identify victims.")
    ['increase', 'efforts', 'e', 'g', 'to', 'identify', 'victims']
    """
    found = re.sub(r"[^\w\s]|_", " ", text.lower()).split()
    return found[1:] if found[:1] == ["and"] else found


def same_start(a: str, b: str) -> bool:
    """Whether the words of one text begin the other's, the last word of the shorter as a prefix.

    >>> same_start("Implement results-based traini", "Implement results-based training for judges")
    True
    >>> same_start("Increase efforts to identify victims", "Increase efforts to prosecute")
    False
    """
    x, y = words(a), words(b)
    if not x or not y:
        return False
    shorter, longer = (x, y) if len(x) <= len(y) else (y, x)
    head = len(shorter) - 1
    return shorter[:head] == longer[:head] and (longer[head].startswith(shorter[head])
                                                or shorter[head].startswith(longer[head]))


def read_jsonl(path: str | Path) -> list[dict]:
    """The records of a JSON-lines file; a line that is not JSON stops with the file and line named."""
    records = []
    with open(path, encoding="utf-8") as lines:
        for number, line in enumerate(lines, 1):
            if line.strip():
                try:
                    records.append(json.loads(line))
                except json.JSONDecodeError as err:
                    raise ValueError(f"{path}:{number}: not JSON: {err.msg}") from None
    return records


def recommendations_of(records: list[dict]) -> list[Recommendation]:
    """Recommendations of ``kg facts`` records (nested lists) or of flat gold-schema lines."""
    out = []
    for record in records:
        nested = record.get("recommendations")
        for item in nested if nested is not None else ([record] if "n" in record else []):
            out.append(Recommendation(
                id=record["id"], n=int(item["n"]), text=item.get("text") or item.get("text_start") or "",
                area=item.get("area") or "other", kind=item.get("kind") or "list",
                prioritized=bool(item.get("prioritized")), mixed=bool(item.get("mixed")),
                area_uncertain=bool(item.get("area_uncertain"))))
    return out


def policies_of(records: list[dict]) -> list[Policy]:
    """Dated policies of ``kg facts`` records or of flat gold-schema lines (undated ones left out)."""
    out = []
    for record in records:
        nested = record.get("policies")
        for item in nested if nested is not None else ([record] if "type" in record else []):
            if item.get("year") is None:
                continue
            out.append(Policy(id=record["id"], type=item["type"], year=int(item["year"]),
                              month=item.get("month"), month_ok=tuple(item.get("month_ok") or ())))
    return out


def prf(tp: int, fp: int, fn: int) -> dict:
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4), "tp": tp, "fp": fp, "fn": fn}


def match_recommendations(system: list[Recommendation], gold: list[Recommendation],
                          by_order: bool = True) -> list[tuple[Recommendation, Recommendation]]:
    """Pairs (system, gold): same document, same ``n`` (unless ``by_order`` is false) and same start."""
    pairs, used = [], set()
    for g in gold:
        for k, s in enumerate(system):
            if k not in used and s.id == g.id and (not by_order or s.n == g.n) and same_start(s.text, g.text):
                pairs.append((s, g))
                used.add(k)
                break
    return pairs


def _accuracy(pairs) -> dict:
    hits = sum(s.area == g.area for s, g in pairs)
    return {"accuracy": round(hits / len(pairs), 4) if pairs else 1.0, "n": len(pairs), "right": hits}


def score_recommendations(system: list[Recommendation], gold: list[Recommendation]) -> dict:
    """Item F1 (by order and text, and by text alone), area accuracy and per-area F1, with and
    without advisory items."""
    result = {}
    for label, keep in (("all", lambda r: True), ("without_advisory", lambda r: r.kind != "advisory")):
        sys_items, gold_items = [r for r in system if keep(r)], [r for r in gold if keep(r)]
        pairs = match_recommendations(sys_items, gold_items)
        by_text = match_recommendations(sys_items, gold_items, by_order=False)
        scored = [(s, g) for s, g in pairs if not g.area_uncertain]
        per_area = {}
        for area in response_areas():
            tp = sum(s.area == area and g.area == area for s, g in scored)
            per_area[area] = prf(tp, sum(s.area == area for s in sys_items if not _uncertain(s, pairs)) - tp,
                                 sum(g.area == area for g in gold_items if not g.area_uncertain) - tp)
        result[label] = {
            "items": prf(len(pairs), len(sys_items) - len(pairs), len(gold_items) - len(pairs)),
            "items_by_text": prf(len(by_text), len(sys_items) - len(by_text), len(gold_items) - len(by_text)),
            "area": _accuracy(scored),
            "area_without_mixed": _accuracy([(s, g) for s, g in scored if not g.mixed]),
            "per_area": per_area,
            "prioritized": {"accuracy": round(sum(s.prioritized == g.prioritized for s, g in pairs) / len(pairs), 4)
                            if pairs else 1.0},
        }
    return result


def _uncertain(item: Recommendation, pairs) -> bool:
    """Whether ``item`` matched a gold item whose area is not scored."""
    return any(s is item and g.area_uncertain for s, g in pairs)


def score_policies(system: list[Policy], gold: list[Policy]) -> dict:
    """F1 on (id, type, year) and on (id, type, year, month), multisets."""
    sys_keys = Counter((p.id, p.type, p.year) for p in system)
    gold_keys = Counter((p.id, p.type, p.year) for p in gold)
    tp = sum((sys_keys & gold_keys).values())
    left, matched = list(system), set()
    # exact months first, then the alternatives a gold line accepts
    for exact in (True, False):
        for k, g in enumerate(gold):
            months = {g.month} if exact else set(g.month_ok)
            for s in left if k not in matched else ():
                if (s.id, s.type, s.year) == (g.id, g.type, g.year) and s.month in months:
                    left.remove(s)
                    matched.add(k)
                    break
    month_tp = len(matched)
    return {"year": prf(tp, len(system) - tp, len(gold) - tp),
            "month": prf(month_tp, len(system) - month_tp, len(gold) - month_tp)}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m kg.evaluate", description=__doc__.split("\n\n")[0])
    parser.add_argument("system", help="kg facts output (JSON lines)")
    parser.add_argument("--recommendations", metavar="GOLD", help="gold recommendations (JSON lines)")
    parser.add_argument("--policies", metavar="GOLD", help="gold dated policies (JSON lines)")
    parser.add_argument("--json", action="store_true", help="print the whole result as JSON")
    args = parser.parse_args(argv)
    try:
        system = read_jsonl(args.system)
        result = {}
        if args.recommendations:
            result["recommendations"] = score_recommendations(recommendations_of(system),
                                                              recommendations_of(read_jsonl(args.recommendations)))
        if args.policies:
            result["policies"] = score_policies(policies_of(system), policies_of(read_jsonl(args.policies)))
    except (OSError, ValueError, KeyError) as err:
        print(f"kg.evaluate: {err}", file=sys.stderr)
        return 2
    if args.json:
        print(json.dumps(result, indent=1))
        return 0
    for label, part in result.get("recommendations", {}).items():
        areas = " ".join(f"{a} {part['per_area'][a]['f1']:.3f}" for a in response_areas())
        print(f"recommendations ({label}): F1 {part['items']['f1']:.3f} (by text {part['items_by_text']['f1']:.3f}), "
              f"area {part['area']['accuracy']:.3f} of {part['area']['n']} "
              f"(without mixed {part['area_without_mixed']['accuracy']:.3f}); per area F1: {areas}")
    if "policies" in result:
        p = result["policies"]
        print(f"dated policies: F1 {p['year']['f1']:.3f} (P {p['year']['precision']:.3f} R {p['year']['recall']:.3f}), "
              f"with month {p['month']['f1']:.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
