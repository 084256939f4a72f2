"""``kg facts``: the profile facts and statistics of each document, read back from the graph with SPARQL.

The output follows the gold schema of the extraction guideline (id, country, tier, roles,
internal, forms, victims, routes) and, in ``statistics``, that of the statistics contract
(measure, count, refYear, unit, sub, zero, conv), so the scorers measure what the graph holds.
Observations of the measures beyond the contract's (prison sentences, people screened ...) are
listed apart, in ``otherStatistics``. Each record also lists its ``recommendations`` and
``policies`` (laws and policies, dated or not) in the schemas of RECOMMENDATIONS.md
(``kg.evaluate`` scores them).
"""
from __future__ import annotations

import tempfile
from collections.abc import Sequence
from pathlib import Path
from typing import cast

from . import store
from .query import reader, run_query

ROLE_ORDER = ("source", "transit", "destination")


def facts(build_dir: str | Path) -> list[dict]:
    """Read the gold-schema facts of every document of a build.

    Returns
    -------
    One dict per document, sorted by id.

    Examples
    --------
    >>> [f["tier"] for f in facts("build")]
    ['Tier 2']
    """
    store.check_layout(build_dir)
    # a reader query binds every variable outside its OPTIONALs: those values are cast to str
    records: dict[str, dict] = {}
    for row in run_query(build_dir, reader("facts-documents")).rows:
        records[cast(str, row["id"])] = {"id": row["id"], "country": row["country"], "tier": row["tier"], "roles": [],
                              "internal": False, "forms": [], "victims": [], "routes": [], "statistics": [],
                              "otherStatistics": []}
    for row in run_query(build_dir, reader("facts-profile")).rows:
        record = records[cast(str, row["id"])]
        if row["field"] == "roles" and row["value"] == "internal":
            record["internal"] = True
        else:
            record[cast(str, row["field"])].append(row["value"])
    for row in run_query(build_dir, reader("facts-routes")).rows:
        records[cast(str, row["id"])]["routes"].append([row["from"], row["to"]])
    for record in records.values():
        record["roles"] = sorted(set(record["roles"]), key=ROLE_ORDER.index)
        record["forms"] = sorted(set(record["forms"]))
        record["victims"] = sorted(set(record["victims"]))
        record["routes"] = sorted({tuple(r) for r in record["routes"]})
        record["routes"] = [list(r) for r in record["routes"]]
    for doc_id, statistics in _statistics(build_dir).items():
        for statistic in statistics:
            field = "otherStatistics" if statistic.pop("additional") else "statistics"
            records[doc_id][field].append(statistic)
    _read_response(build_dir, records)
    return [records[k] for k in sorted(records)]


def _statistics(build_dir: str | Path) -> dict[str, list[dict]]:
    """The statistics of each document, in the schema of the statistics contract, in text order."""
    by_document: dict[str, list[tuple[tuple[int, str], dict]]] = {}
    for row in run_query(build_dir, reader("facts-statistics")).rows:
        value = float(cast(str, row["count"]))
        by_document.setdefault(cast(str, row["id"]), []).append(((int(cast(str, row["position"])), cast(str, row["obs"])), {
            "measure": row["measure"], "count": int(value) if value == int(value) else value,
            "refYear": int(cast(str, row["refYear"])) if row.get("refYear") else None, "unit": row.get("unit"),
            "sub": bool(row.get("breakdown")), "zero": value == 0, "conv": bool(row.get("conversionOf")),
            "what": row.get("subject"), "breakdown": row.get("breakdown"), "counts": row.get("counts"),
            "additional": row.get("additional") == "true"}))
    return {doc_id: [stat for _, stat in sorted(rows, key=lambda r: r[0])] for doc_id, rows in by_document.items()}


def _read_response(build_dir: str | Path, records: dict[str, dict]) -> None:
    """Add each record's ``recommendations`` (in order) and ``policies`` (one line per distinct one)."""
    for record in records.values():
        record["recommendations"], record["policies"] = [], []
    for row in run_query(build_dir, reader("facts-recommendations")).rows:
        records[cast(str, row["id"])]["recommendations"].append({
            "n": int(cast(str, row["order"])), "text_start": text_start(cast(str, row["text"])), "text": row["text"],
            "area": row["area"] or "other", "prioritized": row["prioritized"] == "true", "kind": row["kind"],
            "truncated": row["truncated"] == "true"})
    for row in run_query(build_dir, reader("facts-policies")).rows:
        records[cast(str, row["id"])]["policies"].append({
            "type": row["type"], "name": row["name"], "action": row["action"],
            "year": int(row["year"]) if row["year"] else None, "month": int(row["month"]) if row["month"] else None})
    for record in records.values():
        record["recommendations"].sort(key=lambda r: r["n"])
        distinct: dict[tuple, dict] = {}
        for policy in sorted(record["policies"], key=lambda p: (p["type"], p["year"] or 0, p["month"] or 0,
                                                                  p["name"], p["action"] or "")):
            distinct.setdefault(_policy_key(policy), policy)
        record["policies"] = list(distinct.values())


def _policy_key(policy: dict) -> tuple:
    """What tells two policy nodes of a document apart: a policy named again is one node already
    (:func:`kg.extract.policies.extract`); undated mentions of one kind and name are one line."""
    return policy["type"], policy["name"].lower(), policy["year"], policy["month"]


def text_start(text: str, words: int = 8) -> str:
    """The first ``words`` words of a recommendation as written, a leading list "and" dropped.

    >>> text_start("and continue trafficking prevention activities, including efforts to reduce the demand")
    'continue trafficking prevention activities, including efforts to reduce'
    """
    found = text.split()
    if found[:1] and found[0].lower() == "and":
        found = found[1:]
    return " ".join(found[:words])


def facts_of_inputs(inputs: Sequence[str | Path], *, validate: bool = False,
                    **build_options) -> tuple[list[dict], list[str]]:
    """Build ``inputs`` into a temporary folder and return :func:`facts` of it, with the build's
    failures (one line per fact family that raised on a text; its other facts are kept).

    The SHACL shapes are not run unless ``validate`` is true: the facts are read from the
    same graph either way, and validation is two thirds of a cold build (``kg build`` and
    ``kg validate`` always validate).
    """
    from .build import build

    with tempfile.TemporaryDirectory(prefix="kg-facts-") as tmp:
        out = Path(tmp) / "build"
        result = build(inputs, out, validate=validate, **build_options)
        return facts(out), result.failures
