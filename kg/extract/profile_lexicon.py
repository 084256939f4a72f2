"""Wordings of the profile rules, loaded from ``ontology/lexicon.ttl``.

Form and demographic phrases are SKOS labels on the concepts of ``tip.ttl``; word classes
(victim nouns, agent nouns, place nouns, foreign markers, "abroad" words, capitalised words
that are not places) are ``lex:`` concepts. This module compiles them into regular
expressions once; the rules in the ``profile_*`` modules only read :func:`lexicon`.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from rdflib import Graph, Namespace
from rdflib.namespace import SKOS

from ..vocab import ONTOLOGY_DIR, TIP
from .lexicon import joined_scanner

LEX = Namespace("https://w3id.org/tip-kg/lexicon#")
LEXICON_FILE = "lexicon.ttl"

#: Concept keys of the forms of exploitation (guideline table) and victim demographics.
FORMS = ("sex_trafficking", "forced_labor", "domestic_servitude", "debt_bondage", "forced_begging",
         "child_soldiers", "forced_marriage", "organ_removal", "forced_criminality")
GROUPS = ("men", "women", "children", "girls", "boys")


def _iri(key: str):
    return TIP["".join(part.capitalize() for part in key.split("_"))]


def _phrase_pattern(phrase: str) -> str:
    """Regex of a literal phrase: words separated by any space or hyphen, final "s" optional."""
    words = [re.escape(w) for w in re.split(r"[\s-]+", phrase.strip())]
    body = r"[\s-]+".join(words)
    if not phrase.endswith("s"):
        body += "s?"
    return body


def _alternation(patterns: list[str]) -> re.Pattern:
    # Longest first so that "commercial sexual exploitation" wins over "sexual exploitation".
    ordered = sorted(set(patterns), key=lambda p: (-len(p), p))
    return re.compile(r"(?<![\w-])(?:" + "|".join(ordered) + r")(?![\w-])", re.I)


@dataclass(frozen=True)
class Lexicon:
    """Compiled wordings: one pattern per form and per group, and one per word class."""

    forms: dict[str, re.Pattern]
    forms_scanner: re.Pattern | None  # where any form's wording starts (:func:`kg.extract.lexicon.joined_scanner`)
    groups: dict[str, re.Pattern]
    groups_scanner: re.Pattern | None  # where any group's wording starts
    form_phrases: dict[str, str]  # lower-cased literal phrase -> form key (for coordination)
    victim_nouns: re.Pattern
    agent_nouns: re.Pattern
    place_nouns: re.Pattern
    vessel_nouns: re.Pattern  # "on Thai fishing boats": abroad, but the flag is no place of the movement
    foreign: re.Pattern
    abroad: re.Pattern
    non_place_capitals: frozenset[str]
    local: re.Pattern  # "local" victims: the subject's own people
    internal: re.Pattern  # wordings of "within the subject country" ("in country")
    origin_cue: re.Pattern  # "originate in", "other source regions include" (anchored at the end)
    debt_purpose: re.Pattern  # "to pay off travel debts"
    foreign_origin: re.Pattern  # "from neighboring countries": foreign victims, no place named
    law_words: re.Pattern  # "penalties", "legislation": a form after them is what a law covers
    indicators: re.Pattern  # "indicators of forced labor"
    occurs_in: re.Pattern  # "occurs in (the)" (anchored at the end)
    movement: re.Pattern  # "trafficked to", "migrate", "lured"


def _labels(graph: Graph, subject, prop) -> list[str]:
    return sorted(str(o) for o in graph.objects(subject, prop))


@lru_cache(maxsize=None)
def lexicon(ontology_dir: Path | None = None) -> Lexicon:
    """Load and compile ``lexicon.ttl`` (cached).

    Examples
    --------
    >>> lex = lexicon()
    >>> bool(lex.forms["forced_begging"].search("children forced to beg"))
    True
    >>> bool(lex.groups["children"].search("minors"))
    True
    """
    graph = Graph()
    graph.parse(Path(ontology_dir or ONTOLOGY_DIR) / LEXICON_FILE, format="turtle")
    forms: dict[str, re.Pattern] = {}
    phrases: dict[str, str] = {}
    for key in FORMS:
        alt = _labels(graph, _iri(key), SKOS.altLabel)
        hidden = _labels(graph, _iri(key), SKOS.hiddenLabel)
        forms[key] = _alternation([_phrase_pattern(a) for a in alt] + hidden)
        for a in alt:
            phrases.setdefault(a.lower(), key)
    groups = {key: _alternation([_phrase_pattern(a) if a.endswith("s") else re.escape(a)
                                 for a in _labels(graph, _iri(key), SKOS.altLabel)]) for key in GROUPS}

    def lex_class(name: str) -> re.Pattern:
        """``lex:<name>`` of lexicon.ttl: its phrases as :func:`_phrase_pattern` reads them, a hyphen no word
        boundary (not a ``tip:`` word class of response.ttl, which :func:`kg.extract.lexicon.word_class` reads)."""
        return _alternation([_phrase_pattern(a) if a.endswith("s") else re.escape(a)
                             for a in _labels(graph, LEX[name], SKOS.altLabel)]
                            + _labels(graph, LEX[name], SKOS.hiddenLabel))

    return Lexicon(forms=forms, forms_scanner=joined_scanner([forms[key] for key in FORMS], r"[\w-]"),
                   groups=groups, groups_scanner=joined_scanner(list(groups.values()), r"[\w-]"), form_phrases=phrases,
                   victim_nouns=lex_class("VictimNoun"), agent_nouns=lex_class("AgentNoun"),
                   place_nouns=lex_class("PlaceNoun"),
                   vessel_nouns=lex_class("VesselNoun"), foreign=lex_class("ForeignMarker"),
                   abroad=lex_class("AbroadWord"),
                   non_place_capitals=frozenset(_labels(graph, LEX.NonPlaceCapital, SKOS.altLabel)),
                   local=lex_class("LocalMarker"), internal=lex_class("InternalWord"),
                   origin_cue=re.compile(lex_class("OriginCue").pattern + r"$", re.I),
                   debt_purpose=lex_class("DebtPurpose"), foreign_origin=lex_class("ForeignOrigin"),
                   law_words=lex_class("LawWord"), indicators=lex_class("ExploitationIndicator"),
                   occurs_in=re.compile(lex_class("OccurrenceVerb").pattern + r"$", re.I),
                   movement=lex_class("MovementWord"))
