"""Segmentation: sentence boundaries, offsets and section tags on the seed, the dev narratives
and the corpus summaries."""
from __future__ import annotations

import pytest
from conftest import DEV_CORPUS, NARRATIVES, SEED

from kg.segment import segment, split_sentences
from kg.sources import read_sources


def _sentences(path):
    document = read_sources([path])[0][0]
    return document, segment(document)


def _narratives():
    if not NARRATIVES.exists():
        pytest.skip("../shared/corpus is not here")
    return sorted(NARRATIVES.glob("*.txt"))


def _starting(sentences, prefix):
    found = [s for s in sentences if s.text.startswith(prefix)]
    assert found, f"no sentence starts with {prefix!r}"
    return found[0]


def test_seed_sections_in_order():
    _, sentences = _sentences(SEED)
    sections = []
    for s in sentences:
        if not sections or sections[-1] != s.section:
            sections.append(s.section)
    assert sections == ["header", "profile", "assessment", "recommendations", "prosecution", "protection", "prevention"]


def test_seed_sentences_and_offsets():
    document, sentences = _sentences(SEED)
    for s in sentences:
        assert document.text[s.start:s.end] == s.text
    assert [s.index for s in sentences] == list(range(len(sentences)))
    profile = [s.text for s in sentences if s.section == "profile"]
    assert profile[0].startswith("Kosovo is a source, transit, and destination country")
    assert len(profile) == 7
    stat = _starting(sentences, "In 2008, the government reportedly prosecuted 24 trafficking cases")
    assert stat.section == "prosecution"
    assert stat.text.endswith("the conviction of 15 sex trafficking offenders.")
    money = _starting(sentences, "To help remedy a funding shortfall")
    assert money.text.endswith("provided critical funding totaling $158,593.") and money.section == "protection"
    assert _starting(sentences, "Recommendations for Kosovo:").section == "recommendations"
    assert _starting(sentences, "In April 2008, the government appointed").section == "prevention"
    header = [s.text for s in sentences if s.section == "header"]
    assert any("U.S. State Dept Trafficking in Persons Report, June 2009" in h for h in header)


def test_abbreviations_and_numbers_do_not_split():
    text = "The U.S. Government gave $158,593. Gov. Smith signed Law No. 12 in Jan. 2008. Victims went to the U.S. The end."
    assert [text[a:b] for a, b in split_sentences(text)] == [
        "The U.S. Government gave $158,593.", "Gov. Smith signed Law No. 12 in Jan. 2008.", "Victims went to the U.S.",
        "The end."]


def test_dev_narratives_abbreviations():
    names = {p.stem: p for p in _narratives()}
    _, cd = _sentences(names["2004-cd"])
    assert _starting(cd, "Democratic Republic of the Congo (D.R.C.) is a source country").text.endswith("soldiering.")
    assert _starting(cd, "Credible estimates").text.endswith("vary widely from 15,000 to 30,000.")
    _, pg = _sentences(names["2007-pg"])
    assert _starting(pg, "Women are trafficked from Malaysia").text.endswith("mining camps.")
    _, md = _sentences(names["2005-md"])
    assert _starting(md, "Moldovan victims continued").text.endswith("Russia (particularly minors).")


@pytest.mark.parametrize("name", ["2003-sl", "2004-cd", "2004-ng", "2005-md", "2007-pg", "2010-np", "2013-so", "2014-by",
                                  "2015-cn", "2016-ir", "2017-kw", "2018-ge", "2019-nl", "2019-za", "2020-ve", "2024-ly",
                                  "2024-pe"])
def test_dev_narrative_offsets_and_assessment(name):
    path = NARRATIVES / f"{name}.txt"
    if not path.exists():
        pytest.skip("../shared/corpus is not here")
    document, sentences = _sentences(path)
    for s in sentences:
        assert document.text[s.start:s.end] == s.text
        assert s.text == s.text.strip() and s.text[0] not in "•*"
    # The verdict on the minimum standards is always in the assessment (some excerpts stop before it).
    verdicts = [s for s in sentences if "minimum standards" in s.text]
    assert all(s.section == "assessment" for s in verdicts)
    assert verdicts or name in ("2010-np", "2013-so", "2015-cn", "2016-ir", "2024-ly")


def test_old_narratives_open_with_profile_new_ones_with_assessment():
    names = {p.stem: p for p in _narratives()}
    _, sl = _sentences(names["2003-sl"])
    assert _starting(sl, "Sierra Leone is a source country").section == "profile"
    _, kw = _sentences(names["2017-kw"])
    assert _starting(kw, "The Government of Kuwait does not fully meet").section == "assessment"
    _, so = _sentences(names["2013-so"])
    assert _starting(so, "Somalia remains a Special Case").section == "assessment"
    assert _starting(so, "Scope and Magnitude: Somalia is a source").section == "profile"


def test_prioritized_recommendations_heading_and_glued_sentences():
    document, sentences = _sentences(NARRATIVES / "2020-ve.txt" if NARRATIVES.exists() else pytest.skip())
    heading = _starting(sentences, "Prioritized Recommendations")
    assert heading.section == "recommendations"
    after = [s for s in sentences if s.index > heading.index]
    assert [s.section for s in after] == ["recommendations"] * 4
    # "... armed groups.Provide specialized services" is two sentences
    assert after[0].text.endswith("illegal armed groups.")
    assert after[1].text.startswith("Provide specialized services")


def test_recommendation_lists_without_heading():
    names = {p.stem: p for p in _narratives()}
    _, nl = _sentences(names["2019-nl"])
    items = [s.text for s in nl if s.section == "recommendations"]
    assert items[0] == "Increase efforts to identify victims."
    assert len(items) == 8  # bullets "•"
    _, pe = _sentences(names["2024-pe"])
    items = [s.text for s in pe if s.section == "recommendations"]
    assert items[0].startswith("Amend the anti-trafficking law") and items[1].startswith("Increase funding")  # " * "
    _, ge = _sentences(names["2018-ge"])
    assert _starting(ge, "RECOMMENDATIONS FOR GEORGIA").section == "recommendations"
    assert _starting(ge, "Improve efforts to proactively identify").section == "recommendations"


def test_summary_parts():
    if not DEV_CORPUS.exists():
        pytest.skip("../shared/corpus is not here")
    document = read_sources([DEV_CORPUS])[0][0]
    sentences = segment(document)
    assert sentences[0].text.startswith("current situation:") and sentences[0].section == "profile"
    rating = _starting(sentences, "tier rating:")
    assert rating.section == "assessment"
    assert all(document.text[s.start:s.end] == s.text for s in sentences)


# The opening of the 2003 report's Haiti narrative as a mailing-list copy gave it: page titles before the
# country header, and lines wrapped at about 75 characters (the wrapping is the copy's, the words the report's).
HAITI_2003_COPY = """Trafficking in Persons Report - US Department of State
Released by the Office to Monitor and Combat Trafficking in Persons
June 11, 2003

Country Narratives

HAITI (Tier 3)

Haiti is mainly a source country for trafficking of children for forced
labor
and sexual exploitation. Haitian children are trafficked internally by poor
parents who place their children as servants ("restaveks") in households of
better-off families. Although not all children are victimized in this
process,
significant numbers are sexually exploited and otherwise abused in sometimes
slave-like conditions.
"""


def test_title_lines_before_the_header_and_hard_wrapped_lines(tmp_path):
    from kg.model import FormFact, TierFact
    from kg.pipeline import extract_document

    path = tmp_path / "2003-ht.txt"
    path.write_text(HAITI_2003_COPY, encoding="utf-8")
    document, sentences = _sentences(path)
    assert (document.country, document.year) == ("HT", 2003)
    assert [s.section for s in sentences[:5]] == ["header"] * 5
    assert sentences[4].text == "HAITI (Tier 3)"
    texts = [s.text.replace("\n", " ") for s in sentences[5:]]
    assert texts == [
        "Haiti is mainly a source country for trafficking of children for forced labor and sexual exploitation.",
        'Haitian children are trafficked internally by poor parents who place their children as servants '
        '("restaveks") in households of better-off families.',
        "Although not all children are victimized in this process, significant numbers are sexually exploited "
        "and otherwise abused in sometimes slave-like conditions."]
    facts = extract_document(document).facts
    assert [f.tier for f in facts if isinstance(f, TierFact)] == ["Tier 3"]
    assert {f.form for f in facts if isinstance(f, FormFact)} >= {"forced_labor", "sex_trafficking"}


def test_the_profile_opener_of_recent_reports_starts_the_profile_without_its_heading(tmp_path):
    # The 2023 report's Cambodia narrative: the tier paragraph, then the profile without its
    # "TRAFFICKING PROFILE" heading, as copies of the narrative often give it.
    path = tmp_path / "2023-kh.txt"
    path.write_text("CAMBODIA (Tier 3)\n\nThe Government of Cambodia does not fully meet the minimum standards for the "
                    "elimination of trafficking and is not making significant efforts to do so.\n\nAs reported over the "
                    "past five years, human traffickers exploit domestic and foreign victims in Cambodia, and traffickers "
                    "exploit victims from Cambodia abroad. NGOs and labor unions reported in 2020 that foreign labor "
                    "brokers fraudulently recruit foreign migrants, including from Bangladesh, the PRC, and Nepal, to work "
                    "in PRC-invested and other construction sites in Cambodia, where some are indebted to recruitment "
                    "firms and experience passport confiscation.\n", encoding="utf-8")
    _, sentences = _sentences(path)
    assert [s.section for s in sentences] == ["header", "assessment", "profile", "profile"]
    from kg.model import RouteFact
    from kg.pipeline import extract_document

    routes = {(f.origin, f.destination) for f in extract_document(read_sources([path])[0][0]).facts
              if isinstance(f, RouteFact)}
    assert routes == {("BD", "KH"), ("CN", "KH"), ("NP", "KH")}


def test_a_text_without_sentence_ends_is_read_in_bounded_clauses():
    """A megabyte without a full stop (a table pasted as one line) took minutes: some rules look
    across the whole sentence for each of its numbers. The reports' own sentences stay whole."""
    from kg.model import Document
    from kg.segment import MAX_SENTENCE_CHARS, segment

    clause = "the government identified 12 victims, referred 9 to shelters; and prosecuted 3 traffickers, "
    doc = Document("x", "KOSOVO (Tier 2)\n\n" + clause * 400, "XK", "Kosovo", 2009, "x", "narrative")
    sentences = segment(doc)[1:]
    assert len(sentences) > 1 and all(s.end - s.start <= MAX_SENTENCE_CHARS for s in sentences)
    assert all(doc.text[s.start:s.end] == s.text for s in sentences)
    assert all(s.text.endswith(";") for s in sentences[:-1])  # cut after a clause, not inside a word
    assert MAX_SENTENCE_CHARS > 4000  # the longest sentence of the dev corpus (2023 Mozambique) is 3,987


#: 2018 Georgia's tier verdict and the first items of its ";" list of recommendations, with an item the reports
#: write in such lists ("screen for trafficking indicators among vulnerable populations") in second place.
_GEORGIA_VERDICT = "The Government of Georgia fully meets the minimum standards for the elimination of trafficking."
_GEORGIA_ITEMS = ("improve efforts to proactively identify trafficking victims, particularly street children and Georgian "
                  "and foreign victims in vulnerable labor sectors; screen for trafficking indicators among vulnerable "
                  "populations; vigorously investigate, prosecute, and convict traffickers under article 143; increase "
                  "law enforcement capacity to investigate complex cases.")


@pytest.mark.parametrize("verb", ["screen for", "provide for", "allow for"])
def test_a_lower_case_verb_before_for_in_a_semicolon_list_is_an_item(verb):
    # (was: a noun read as in "Support for victims ..." once the reading took lower-case words too: the ";" list run
    # into the tier paragraph gave no list, and the list opened by a phrase was no recommendation paragraph)
    from kg.segment import _is_recommendation_paragraph, _run_in_list

    items = _GEORGIA_ITEMS.replace("screen for", verb)
    text = f"{_GEORGIA_VERDICT} {items[0].upper()}{items[1:]}"
    assert _run_in_list(text, split_sentences(text)) == 1
    assert _is_recommendation_paragraph(f"In partnership with NGOs, {items}", "assessment")
    # a capitalised noun spelled as a verb still opens no item: "Support for victims remained limited."
    noun = f"{_GEORGIA_VERDICT} Support for victims remained limited; {items}"
    assert _run_in_list(noun, split_sentences(noun)) is None


def test_every_sentence_boundary_starts_where_its_first_test_lets_it():
    """The sentence boundary's first test (a space, a bullet or a capital) leaves every boundary where the seven ways
    alone find it: on the dev narratives and on random texts of the characters they read (end marks, quotes, bullets,
    capitals, "tier rating:", line breaks)."""
    import random
    import re

    from kg.segment import _BOUNDARY

    first_test = r"(?=[\s•A-Z])"
    assert _BOUNDARY.pattern.startswith(first_test)
    ways = re.compile(_BOUNDARY.pattern[len(first_test):], _BOUNDARY.flags)
    rng = random.Random(15)
    texts = [document.text for document in read_sources(sorted(NARRATIVES.glob("*.txt")))[0]]
    texts += ["".join(rng.choice("aZ0. \n\t•*!?\"”’)(“‘tier rating:AB") for _ in range(rng.randint(0, 40)))
              for _ in range(20_000)]
    found = 0
    for text in texts:
        spans = [m.span() for m in _BOUNDARY.finditer(text)]
        assert spans == [m.span() for m in ways.finditer(text)], text
        found += len(spans)
    assert found > 10_000


def test_the_last_word_before_a_boundary_is_found_from_its_reach():
    """:func:`kg.segment._last_word` finds what a search of the whole text finds: on every prefix of the dev narratives'
    first paragraphs that ends in a full stop ("... the U.S." ends with "U.S"), and on random runs of letters and dots."""
    import random

    from kg.segment import _LAST_WORD, _last_word

    texts = [d.text[:3000] for d in read_sources(sorted(NARRATIVES.glob("*.txt")))[0]]
    rng = random.Random(16)
    texts += ["".join(rng.choice("aB.. \n”") for _ in range(rng.randint(30, 120))) + "." for _ in range(3000)]
    texts += ["x" + "." * 60 + "a.", "Ab" + "c" * 80 + ".", "word " + "a." * 40]
    checked = 0
    for text in texts:
        for end in [i + 1 for i, c in enumerate(text) if c in ".”"] + [len(text)]:
            found, expected = _last_word(text[:end]), _LAST_WORD.search(text[:end])
            assert (found and (found.span(), found.group(1))) == (expected and (expected.span(), expected.group(1))), text[:end]
            checked += 1
    assert checked > 10_000
