"""Profile family: roles of the subject country (source, transit, destination, internal).

Minimal rules: the explicit role statement ("Kosovo is a source, transit, and destination
country"). Forms, victims and routes are added by the full profile rules.
"""
from __future__ import annotations

import re

from ..model import Document, Fact, RoleFact, Sentence, Span

_ROLE_LIST = re.compile(
    r"\b(?:is|remains?|has become|became|serves as)\s+(?:\w+\s+){0,3}?(?:a|an)\s+(?:\w+\s+)?"
    r"(?P<roles>(?:(?:source|transit|destination)(?:,?\s*(?:and|or)?\s*)){1,3})\s*(?:country|point|area|hub|location)",
    re.I)
_ROLE_WORD = re.compile(r"source|transit|destination", re.I)


def extract(document: Document, sentences: list[Sentence], gazetteer, warnings) -> list[Fact]:
    """Return role facts stated in the profile sentences of ``document``."""
    facts: list[Fact] = []
    for sentence in sentences:
        if sentence.section not in ("profile", "header"):
            continue
        for match in _ROLE_LIST.finditer(sentence.text):
            base = sentence.start + match.start("roles")
            for word in _ROLE_WORD.finditer(match.group("roles")):
                facts.append(RoleFact(span=Span(sentence.index, base + word.start(), base + word.end()),
                                      role=word.group().lower()))
    return facts
