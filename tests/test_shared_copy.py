"""The copy of the shared data under tests/data/shared is the shared folder's, file for file."""
from __future__ import annotations

import pytest
from conftest import SHARED, SHARED_ORIGINAL


def test_the_copy_has_the_corpus_the_gold_and_the_seed():
    for part in ("corpus/factbook-tip.dev.jsonl", "corpus/narratives-dev/gold.jsonl", "eval/score.py",
                 "eval/gold.dev.jsonl", "seeds/kosovo-2009.txt"):
        assert (SHARED / part).is_file(), part


@pytest.mark.skipif(not SHARED_ORIGINAL.is_dir(), reason="../shared is not next to this checkout")
def test_every_copied_file_equals_the_shared_one():
    copied = sorted(p for p in SHARED.rglob("*") if p.is_file())
    assert len(copied) >= 80

    def same(path):
        original = SHARED_ORIGINAL / path.relative_to(SHARED)
        return original.is_file() and original.read_bytes() == path.read_bytes()

    differ = [str(p.relative_to(SHARED)) for p in copied if not same(p)]
    assert not differ, f"tests/data/shared differs from ../shared (copy them again): {differ}"
