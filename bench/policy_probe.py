"""Recall probe of dated policies: real sentences that look like a dated policy and give none.

Run: ``.venv/bin/python bench/policy_probe.py [--json OUT] [--show N]``. Over every real paragraph the
repository and ``../shared`` hold (the blind sets' texts, ``narratives-dev``, the ``statistics-dev`` texts,
the factbook dev records, ``data/``; a sentence found twice is counted once), it lists the sentences of the
narrative's body (not its recommendations) that hold a year (or month and year), a word of a policy noun
class and an action verb, for which the policy family gives no dated law or policy, grouped by the
construction that places the year (``in 2015``, ``the 2015 law``, ``which was adopted in 2015`` ...).

The probe's word lists are deliberately wider than the extractor's (``ontology/response.ttl``): they are a
net for wordings the rules do not read yet, not a rule; each construction found is judged by the guideline
(``../shared/eval/RECOMMENDATIONS.md`` part B) before a rule reads it.
"""
from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared" / "corpus"
INPUTS = [*sorted((ROOT / "tests" / "data" / "blind").glob("*/texts")), SHARED / "narratives-dev",
          SHARED / "statistics-dev" / "texts", SHARED / "factbook-tip.dev.jsonl", ROOT / "data"]

MONTH = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
YEAR = r"(?:19[89]\d|20[0-3]\d)"
NOUNS = re.compile(
    r"\b(?:laws?|acts?|codes?|decrees?|decisions?|ordinances?|regulations?|legislation|amendments?|bills?|statutes?|"
    r"plans?|strateg(?:y|ies)|polic(?:y|ies)|program(?:me)?s?|committees?|commissions?|councils?|task\s+forces?|"
    r"working\s+groups?|units?|offices?|departments?|divisions?|bureaus?|agenc(?:y|ies)|secretariats?|coordinators?|"
    r"rapporteurs?|shelters?|cent(?:er|re)s?|hotlines?|helplines?|protocols?|procedures?|SOPs?|guidelines?|manuals?|"
    r"mechanisms?|NRM|NAP|campaigns?|trainings?|curricul(?:um|a)|memorand(?:um|a)|MOUs?|agreements?|funds?|"
    r"database|system|framework|directives?|by-?laws?|circulars?|orders?|resolutions?|courts?|teams?|groups?|boards?|"
    r"desks?|registr(?:y|ies)|platforms?|initiatives?|projects?|schemes?|bans?|moratori(?:um|a)|reforms?|networks?)\b", re.I)
VERBS = re.compile(
    r"\b(?:adopt(?:ed|ing)|enact(?:ed|ing)|pass(?:ed|ing)|approv(?:ed|ing)|amend(?:ed|ing)|ratif(?:ied|ying)|"
    r"establish(?:ed|ing)|creat(?:ed|ing)|set\s+up|setting\s+up|launch(?:ed|ing)|open(?:ed|ing)|appoint(?:ed|ing)|"
    r"inaugurat(?:ed|ing)|implement(?:ed|ing)|began|begun|started|drafted|sign(?:ed|ing)|issu(?:ed|ing)|"
    r"promulgat(?:ed|ing)|enter(?:ed)?\s+into\s+force|came\s+into\s+(?:force|effect)|took\s+effect|became\s+law|"
    r"introduc(?:ed|ing)|form(?:ed|ing)|instituted|finaliz(?:ed|ing)|validat(?:ed|ing)|endors(?:ed|ing)|"
    r"revis(?:ed|ing)|updat(?:ed|ing)|develop(?:ed|ing)|conduct(?:ed|ing)|held|organiz(?:ed|ing)|"
    r"published|released|unveiled|authorized|decreed|allocated|mandated|designated|convened|reinstated|gazetted|"
    r"renewed|expanded|extended|transitioned|rolled\s+out|put\s+in\s+place|relaunched|re-?established|reactivated|"
    r"constituted|founded|started|instituted|imposed|banned|prohibited|introduced)\b", re.I)

#: Constructions that place the year, most telling first: (name, pattern). A sentence takes the first that matches.
CONSTRUCTIONS = [
    ("since YEAR", re.compile(rf"\bsince\s+(?:{MONTH}\s+)?{YEAR}\b", re.I)),
    ("came/entered into force, took effect, became law", re.compile(
        r"\b(?:entered|came|went)\s+into\s+(?:force|effect)|took\s+effect|became\s+(?:law|effective)", re.I)),
    ("relative: which/that was VERBed in YEAR", re.compile(
        rf"\b(?:which|that)\s+(?:was|were|had\s+been|has\s+been)\s+(?:\w+ly\s+)?\w+(?:ed|en)\b[^,;.]{{0,40}}?\b(?:in|on)\s+"
        rf"(?:(?:late|early|mid)[\s-]+)?(?:{MONTH}\s+)?{YEAR}", re.I)),
    ("relative: which the government VERBed in YEAR", re.compile(
        rf"\b(?:which|that)\s+(?:the\s+)?\w+\s+\w+ed\b[^,;.]{{0,30}}?\bin\s+(?:{MONTH}\s+)?{YEAR}", re.I)),
    ("passive: NOUN was VERBed in YEAR", re.compile(
        rf"\b(?:was|were|had\s+been|has\s+been)\s+(?:\w+ly\s+)?\w+(?:ed|en)\b[^,;.]{{0,40}}?\b(?:in|on)\s+"
        rf"(?:(?:late|early|mid)[\s-]+)?(?:{MONTH}\s+)?{YEAR}", re.I)),
    ("participle: NOUN VERBed in YEAR", re.compile(
        rf"\b\w+(?:ed|en)\s+(?:by\s+[^,;.]{{1,40}}?\s+)?(?:in|on|during)\s+(?:(?:late|early|mid)[\s-]+)?(?:{MONTH}\s+)?{YEAR}", re.I)),
    ("YEAR-YEAR period", re.compile(rf"\b{YEAR}\s*[-–/]\s*(?:{YEAR}|\d\d)\b")),
    ("(YEAR) in brackets", re.compile(rf"\((?:[^()]{{0,30}}\s)?{YEAR}\)")),
    ("the YEAR NOUN (year in name)", re.compile(rf"\b(?:the|its|a|an|[\w.-]+[’']s)\s+(?:{MONTH}\s+)?{YEAR}\s+(?!and\b|to\b|in\b)\w", re.I)),
    ("NOUN of YEAR / No. .../YEAR", re.compile(rf"\b(?:of|No\.?\s*\S*?)[\s/.-]*{YEAR}\b", re.I)),
    ("late/early/mid YEAR", re.compile(rf"\b(?:late|early|mid|end\s+of|beginning\s+of|the\s+end\s+of)[\s-]+{YEAR}", re.I)),
    ("In (Month) YEAR, subject VERBed (opening date)", re.compile(rf"(?:^|[;:]\s+|,\s+(?:and|but)\s+)(?:In|During|On)\s+(?:{MONTH}\s+)?(?:\d+,\s+)?{YEAR}\b", re.I)),
    ("VERBed ... in (Month) YEAR (date after)", re.compile(rf"\b(?:in|during|on)\s+(?:{MONTH}\s+)?(?:\d+,\s+)?{YEAR}\b", re.I)),
    ("other year placement", re.compile(YEAR)),
]


_EDITION = re.compile(rf"\s*\({YEAR}\)$")


#: A year of a figure compared ("compared with 27 in 2015", "(95 in 2016)", "an increase from 44,000 manat in 2015"):
#: no date of an action.
_COMPARED = re.compile(rf"(?:\(\s*[\d,.]+[^()]{{0,30}}?\s|\b(?:compared\s+(?:with|to)|from|up\s+from|down\s+from|versus|"
                       rf"same\s+as)\s+[^,;.]{{0,40}}?\b(?:in|during)\s+){YEAR}\b", re.I)
#: How far a year and its verb may be apart in a clause.
_NEAR = 90


def _candidate(clause: str) -> bool:
    """A clause with a year not of a comparison, a policy noun and an action verb within :data:`_NEAR` characters of it."""
    compared = {m.end() for m in _COMPARED.finditer(clause)}
    years = [m for m in re.finditer(rf"\b{YEAR}\b", clause) if m.end() not in compared]
    verbs = list(VERBS.finditer(clause))
    return bool(years and NOUNS.search(clause) and any(abs(y.start() - v.start()) < _NEAR for y in years for v in verbs))


def _documents():
    from kg.segment import segment
    from kg.sources import read_sources

    documents, _ = read_sources(INPUTS, keep_going=True)
    for document in documents:
        yield document, segment(document)


def probe(by_clause: bool = False) -> tuple[list[dict], int]:
    """The sentences (with ``by_clause``, the clauses between semicolons) that look like a dated policy and give none, and
    how many such sentences (clauses) there are in all."""
    from kg.extract import policies
    from kg.model import LawFact, PolicyFact
    from kg.places import load_gazetteer

    gazetteer = load_gazetteer()
    seen: set[str] = set()
    out: list[dict] = []
    candidates = 0
    for document, sentences in _documents():
        facts = policies.extract(document, sentences, gazetteer, [])
        dated = [f.span for f in facts if isinstance(f, (LawFact, PolicyFact)) and f.year is not None]
        for sentence in sentences:
            if sentence.section not in policies.SECTIONS:
                continue
            pieces = [(m.start(), m.end()) for m in re.finditer(r"[^;]+", sentence.text)] if by_clause \
                else [(0, len(sentence.text))]
            for start, end in pieces:
                # (a factbook record ends with the year of its edition in brackets, no year of the text: "... (2011)")
                text = _EDITION.sub("", " ".join(sentence.text[start:end].split()))
                if text in seen or not any(_candidate(clause) for clause in re.split(r";\s+", text)):
                    continue
                seen.add(text)
                candidates += 1
                if any(span.sentence == sentence.index and sentence.start + start <= span.start < sentence.start + end
                       for span in dated):
                    continue
                construction = next(name for name, pattern in CONSTRUCTIONS if pattern.search(text))
                out.append({"id": document.id, "construction": construction, "text": text})
    return out, candidates


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--json", type=Path, help="write every sentence found, one JSON line each")
    parser.add_argument("--show", type=int, default=3, help="sentences shown per construction")
    parser.add_argument("--clauses", action="store_true", help="clauses between semicolons, not sentences")
    args = parser.parse_args(argv)
    found, candidates = probe(args.clauses)
    if args.json:
        args.json.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in found), encoding="utf-8")
    groups: dict[str, list[dict]] = defaultdict(list)
    for row in found:
        groups[row["construction"]].append(row)
    unit = "clauses" if args.clauses else "sentences"
    print(f"{candidates} candidate {unit}; {len(found)} give no dated policy")
    for name, count in Counter(r["construction"] for r in found).most_common():
        print(f"\n## {name}: {count}")
        for row in groups[name][:args.show]:
            print(f"  [{row['id']}] {row['text']}")
    return 0


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT))
    sys.exit(main())
