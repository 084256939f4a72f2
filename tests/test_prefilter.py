"""The cheap test of the words a pattern needs (:mod:`kg.extract.prefilter`): it never says a pattern cannot match where
the pattern does."""
from __future__ import annotations

import re

import pytest
from conftest import NARRATIVES, STATISTICS_TEXTS

from kg.extract.prefilter import _FOLDS, _plain, folded, may_match, needs
from kg.sources import read_sources


def test_the_folds_are_what_re_matches_to_an_ascii_letter_ignoring_case():
    """Every character other than an ASCII letter that ``re.IGNORECASE`` matches to one is folded to that letter."""
    everything = "".join(chr(c) for c in range(0x80, 0x110000) if not 0xD800 <= c < 0xE000)
    others = re.compile("[a-z]", re.I).findall(everything)
    assert {ord(c): next(a for a in "abcdefghijklmnopqrstuvwxyz" if re.fullmatch(a, c, re.I)) for c in others} == _FOLDS
    assert folded("İstanbul, Diyarbakır, ſex, K") == "istanbul, diyarbakir, sex, k"
    # a character beyond ASCII a pattern's string may hold (a currency sign, a dash, a quote) matches itself alone
    chars = {c for pattern in _gated_patterns() for c in pattern.pattern if ord(c) >= 0x80} | set("$€£’“”—–")
    kept = sorted(c for c in chars if _plain(ord(c)) is not None)
    assert {"€", "£", "’", "—"} <= set(kept)
    for char in kept:
        assert re.compile(re.escape(char), re.I).findall(everything + "".join(map(chr, range(128)))) == [char], char
    assert _plain(ord("é")) is None and _plain(ord("Ⓐ")) is None and _plain(ord("K")) == "k"


@pytest.mark.parametrize(("pattern", "flags", "expected"), [
    (r"(?:compared\s+(?:to|with)|versus)\b", re.I, [{"compared", "versus"}]),
    # a run of literals across groups of a few strings: "an" holds "a", so the set is "a " and "an "
    (r"(?<!\w)(?:a|an)\s+new\s+law", re.I, [{"new"}, {"law"}]),
    (r"(?:the\s+)?(?:[A-Z]\w+\s+)?Ministry", 0, [{"ministry"}]),
    (r"[Tt]he\s+(?-i:NAP)s?", re.I, [{"the"}, {"nap"}]),
    (r"\d+\s+(?:victims?|cases?)?", re.I, []),  # optional: nothing needed
    (r"(?:traffick\w*|\w+)\s+of", re.I, [{"of"}]),  # one alternative needs no string: the branch needs none
    (r"(?<=under\s)\d+", 0, [{"under"}]),  # (a look-behind's words are not in the match, but in the text)
    (r"(?<!not )\d+(?! cases)", 0, []),  # (what a negative look-around names need not be there)
    (r"réseau|net", re.I, [{"seau", "net"}]),  # a character not in ASCII is not looked for, the rest is
    (r"(?:forced\s+)+labou?r", re.I, [{"forced"}, {"labor", "labour"}]),
])
def test_what_a_pattern_needs(pattern, flags, expected):
    assert [set(strings) for strings in needs(pattern, flags)] == expected


def test_a_sentence_without_the_words_a_pattern_needs_cannot_match_it():
    """A real sentence with a comparison (2019 report wording), the same without it, and the same in capitals."""
    compared = re.compile(r"(?:compared\s+(?:to|with)|(?:increase|decrease)\s+from|versus)\b", re.I)
    sentence = "The government identified 30 victims, compared with 12 in 2018."
    assert may_match(compared, sentence) and compared.search(sentence)
    assert not may_match(compared, "The government identified 30 victims in 2019, and 12 in 2018.")
    assert may_match(compared, sentence.upper())
    assert may_match(r"(?i:ſex)", "SEX", 0) and may_match(r"sex", "ſex", re.I) and re.search(r"sex", "ſex", re.I)


def _gated_patterns() -> list[re.Pattern]:
    """The patterns the families test with :func:`may_match` before they search a text."""
    from kg.extract import (
        policies,
        profile,
        profile_lexicon,
        profile_places,
        profile_text,
        recommendations,
        statistics,
        textutil,
    )
    from kg.extract.lexicon import load_lexicon, word_class

    lex = load_lexicon()
    patterns = [statistics._COMPARED, statistics._PENALTY_CONTEXT, statistics._RANGE, statistics._ZERO_TAIL,
                statistics._ZERO, statistics._LED_TO_NONE, statistics._NONE_OF, *policies._law_patterns(),
                policies._lawmaker_criminalized(), policies._named_by_year(), policies._set_up_finder("Kuwait"),
                *recommendations._running_patterns(), profile_text._vulnerable(), profile_text._DOUBT, profile_text._policy(),
                profile_text._LEGAL_BEFORE, profile_text._LEGAL_AFTER, profile_text._PURSUED_FOR]
    patterns += [statistics._SPLIT_PERIOD, statistics._BUDGET_YEAR, statistics._SENTENCE_WORDS, statistics._HEDGE,
                 statistics._ZERO_SINCE, statistics._CATEGORY_THEN_COUNT, textutil._NOT_A_COUNT_BEFORE, textutil._PRONOUN_ONE,
                 profile._qualifier_phrase(), profile._internal_stated(), profile_text._stock_phrases(),
                 profile_places._TRANSIT_SUBJECT, profile_places._TRANSIT_ONWARD,
                 profile_text._SMUGGLING, profile_text._PART_MARKERS, recommendations._MEANS]
    patterns += [pattern for scheme in ("AgencyScheme", "CaseStageScheme") for _, pattern in statistics._scheme_codes(scheme)]
    places = profile_lexicon.lexicon()
    patterns += [places.local, places.origin_cue, places.foreign, *places.forms.values(), *places.groups.values()]
    patterns += [word_class(name) for name in ("LawNouns", "UnfinishedWords", "CriminalizingWords")]
    patterns += [e.pattern for entries in (lex.policy_types, lex.actions, lex.actors, lex.areas, lex.law_actions,
                                           lex.policy_heads, tuple(lex.measures.values())) for e in entries]
    # the word-class templates of statistics (``_with_words``) and the law patterns with their needs (``LawPattern``)
    return [statistics._with_words(p) if isinstance(p, str) else p.pattern if isinstance(p, textutil.LawPattern) else p
            for p in patterns]


def test_the_gated_patterns_match_no_sentence_their_test_turns_away():
    """On every sentence of the dev narratives and the statistics-dev paragraphs, whole and cut inside a word: where a
    pattern the families test first matches, the test lets it."""
    from kg.extract import policies
    from kg.segment import segment

    documents = read_sources(sorted(NARRATIVES.glob("*.txt")) + sorted(STATISTICS_TEXTS.glob("*.txt")))[0]
    if not documents:
        pytest.skip("../shared/corpus is not here")
    patterns = _gated_patterns()
    turned_away = 0
    for document in documents:
        for sentence in segment(document):
            for text in (sentence.text, sentence.text[len(sentence.text) // 3:]):
                for pattern in patterns:
                    if not may_match(pattern, text):
                        assert pattern.search(text) is None, (pattern.pattern[:80], text)
                        turned_away += 1
                # the measures set up: tested whatever the country, the country's pattern only where it is named
                if not policies._may_set_up(text):
                    assert policies._set_up_finder("Kuwait").search(text) is None, text
                country = document.country or "Kuwait"
                assert [m.span() for m in policies._set_up_finder(country, text).finditer(text)] == \
                    [m.span() for m in policies._set_up_finder(country).finditer(text)], text
    assert turned_away > 10_000


def test_without_the_parser_it_expects_every_pattern_is_searched(monkeypatch):
    """``re._parser`` is private: where it is missing or reads patterns otherwise, no pattern gets a shortcut (the
    comparison words of a sentence without them are searched, not skipped), and a pattern the reader fails on is searched."""
    from kg.extract import prefilter

    pattern = re.compile(r"\b(?:compared\s+(?:to|with)|versus)\b", re.I)
    sentence = "The government identified 12 victims in 2019."
    assert prefilter.parser_reads_as_expected() and not prefilter.may_match(pattern, sentence)
    monkeypatch.setattr(prefilter, "_parser", None)
    prefilter.parser_reads_as_expected.cache_clear()
    prefilter._tests.cache_clear()
    try:
        assert not prefilter.parser_reads_as_expected()
        assert prefilter.may_match(pattern, sentence)
    finally:
        monkeypatch.undo()
        prefilter.parser_reads_as_expected.cache_clear()
        prefilter._tests.cache_clear()
