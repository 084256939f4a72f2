"""Generate a benchmark corpus of full-length narratives (20–30k characters) from the real texts.

Run: ``.venv/bin/python bench/corpus.py OUT_DIR [--documents 4500] [--seed 1]``. Writes one
``.txt`` narrative per document, named ``{iso}-{number}-{year}.txt`` (the year from the name,
the country from the header), made of real paragraphs: the seed narrative
(``data/kosovo-2009.txt``), the beginnings of ``../shared/corpus/narratives-dev``, the
paragraphs of ``../shared/corpus/statistics-dev/texts`` and the records of the factbook corpus.
Each document gets its own country, report year and tier, and every number in it that is not a
year or a tier is changed, so that no two documents are alike (no cache entry serves two).
The corpus is made, not committed: the same arguments make the same files.
"""
from __future__ import annotations

import argparse
import json
import random
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared" / "corpus"
SEED = ROOT / "data" / "kosovo-2009.txt"
FACTBOOK = SHARED / "factbook-tip.dev.jsonl"
NARRATIVES = SHARED / "narratives-dev"
STATISTICS = SHARED / "statistics-dev" / "texts"

MIN_CHARS, MAX_CHARS = 20_000, 30_000
YEARS = range(2001, 2026)
TIERS = ("1", "2", "2 Watch List", "3")
# numbers that are no year and no tier: changed in each document
_NUMBER = re.compile(r"(?<![\w.,])(?<!Tier )\d{1,3}(?:,\d{3})*(?![\w])(?!,\d)(?! ?(?:%|percent))")


def _paragraphs(text: str) -> list[str]:
    return [p.strip() for p in re.split(r"\n\s*\n", text) if len(p.strip()) > 200]


def _pools() -> tuple[list[str], list[str], str, list[str]]:
    """Profile paragraphs, response paragraphs (prosecution, protection, prevention), the seed's
    assessment and recommendations paragraphs, and the countries (names of the factbook records)."""
    seed = _paragraphs(SEED.read_text(encoding="utf-8"))
    records = [json.loads(line) for line in FACTBOOK.read_text(encoding="utf-8").splitlines() if line.strip()]
    profiles = [seed[0]]
    for path in sorted(NARRATIVES.glob("*.txt")):
        lines = path.read_text(encoding="utf-8").split("\n", 1)  # the country header goes
        profiles += _paragraphs(lines[1] if len(lines) > 1 else "")
    profiles += [r["text"] for r in records if len(r["text"]) > 400]
    response = seed[3:]
    for path in sorted(STATISTICS.glob("*.txt")):
        response += [p for p in _paragraphs(path.read_text(encoding="utf-8")) if not p.startswith("Trafficking in Persons Report")]
    # names a header can carry ("Burma/Myanmar" cannot)
    countries = sorted({r["country"] for r in records if re.fullmatch(r"[^\W\d_][^\W\d_ ,'’-]*(?: [^\W\d_][^\W\d_,'’-]*)*", r["country"])})
    return profiles, response, "\n\n".join(seed[1:3]), countries


def _vary_numbers(text: str, rng: random.Random) -> str:
    """Every number but years, tiers and percentages scaled by one factor ≥ 1 for the whole
    document, so that ranges keep their order ("two to 12 years" stays a valid penalty)."""
    factor = rng.uniform(1.0, 1.6)

    def change(match: re.Match) -> str:
        new = round(int(match.group().replace(",", "")) * factor)
        return f"{new:,}" if "," in match.group() else str(new)
    return _NUMBER.sub(change, text)


def narrative(number: int, rng: random.Random, pools) -> tuple[str, str]:
    """File name and text of one generated narrative."""
    profiles, response, assessment, countries = pools
    country, year, tier = rng.choice(countries), rng.choice(YEARS), rng.choice(TIERS)
    length = rng.randint(MIN_CHARS, MAX_CHARS)
    parts = [f"{country.upper()} (Tier {tier})   [Extracted from U.S. State Dept Trafficking in Persons Report, June {year}]"]
    parts += rng.sample(profiles, 3)
    parts.append(assessment.replace("Kosovo", country))
    size = sum(map(len, parts))
    while size < length - 600:
        paragraph = rng.choice(response if rng.random() < 0.7 else profiles)
        if size + len(paragraph) > length:
            paragraph = paragraph[:length - size].rsplit(". ", 1)[0] + "."
        parts.append(paragraph)
        size += len(paragraph) + 2
    text = _vary_numbers("\n\n".join(parts), rng) + "\n"
    iso = re.sub(r"[^a-z]", "", country.lower())[:12]
    return f"{iso}-{number:05d}-{year}.txt", text


def generate(out_dir: Path, documents: int, seed: int = 1) -> list[Path]:
    """Write ``documents`` narratives into ``out_dir`` (made if needed); the paths, in order."""
    out_dir.mkdir(parents=True, exist_ok=True)
    pools = _pools()
    rng = random.Random(seed)
    paths = []
    for number in range(documents):
        name, text = narrative(number, rng, pools)
        path = out_dir / name
        path.write_text(text, encoding="utf-8")
        paths.append(path)
    return paths


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out_dir", type=Path)
    parser.add_argument("--documents", type=int, default=4500)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    paths = generate(args.out_dir, args.documents, args.seed)
    chars = sum(len(p.read_text(encoding="utf-8")) for p in paths)
    print(f"{len(paths)} narratives, {chars:,} characters ({chars / len(paths):,.0f} a document) in {args.out_dir}")


if __name__ == "__main__":
    main()
