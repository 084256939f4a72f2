"""Government-response facts: assessment detail, statistics, penalties, laws, policies, actors,
findings and recommendations — on the seed narrative and on the dev narratives."""
from __future__ import annotations

import functools

import pytest
from conftest import DEV_CORPUS, NARRATIVES, SEED, STATISTICS_TEXTS
from rdflib import Graph, Literal
from rdflib.namespace import PROV, RDF

from kg.model import (
    ActorFact,
    ComplianceFact,
    FindingFact,
    LawFact,
    PenaltyFact,
    PolicyFact,
    RecommendationFact,
    StatisticFact,
    TierFact,
    TierMovementFact,
)
from kg.pipeline import document_graph, extract_document
from kg.query import run_query
from kg.sources import read_sources
from kg.validate import validate_graph
from kg.vocab import TIP


@functools.lru_cache(maxsize=None)
def _extraction(path):
    return extract_document(read_sources([path])[0][0])


def _facts(path, kind):
    return [f for f in _extraction(path).facts if isinstance(f, kind)]


def _anchor(path, fact):
    extraction = _extraction(path)
    return extraction.document.text[fact.span.start:fact.span.end]


def _sentence(path, fact):
    return _extraction(path).sentences[fact.span.sentence].text


def _narrative(name):
    path = NARRATIVES / f"{name}.txt"
    if not path.exists():
        pytest.skip("../shared/corpus is not here")
    return path


def _stats(path):
    return {(f.measure, f.year, f.value, f.unit) for f in _facts(path, StatisticFact)}


# --- assessment ------------------------------------------------------------------------------

def test_seed_assessment():
    assert [f.tier for f in _facts(SEED, TierFact)] == ["Tier 2"]
    [compliance] = _facts(SEED, ComplianceFact)
    assert compliance.level == "significant_efforts"
    assert _anchor(SEED, compliance).startswith("does not fully comply with the minimum standards")
    assert _facts(SEED, TierMovementFact) == []  # the seed states no movement


@pytest.mark.parametrize("name, tier, level, movement, years", [
    ("2014-by", "Tier 2 Watch List", "significant_efforts", "remained", 4),
    ("2017-kw", "Tier 2 Watch List", "significant_efforts", "remained", 2),
    ("2019-nl", "Tier 1", "fully_meets", "remained", None),
    ("2020-ve", "Tier 3", "no_significant_efforts", "remained", None),
    ("2004-ng", "Tier 2 Watch List", "significant_efforts", None, None),
    ("2013-so", "Special Case", None, "remained", 11),
    ("2024-ly", "Special Case", None, "remained", 9),
])
def test_dev_assessments(name, tier, level, movement, years):
    path = _narrative(name)
    assert [f.tier for f in _facts(path, TierFact)] == [tier]
    assert [f.level for f in _facts(path, ComplianceFact)] == ([level] if level else [])
    moves = _facts(path, TierMovementFact)
    assert [(f.movement, f.consecutive_years) for f in moves] == ([(movement, years)] if movement else [])


def test_nl_fewer_victims_for_the_fourth_year_is_no_tier_movement():
    [move] = _facts(_narrative("2019-nl"), TierMovementFact)
    assert move.consecutive_years is None and _anchor(_narrative("2019-nl"), move) == "remained on Tier 1"


# --- statistics and penalties ----------------------------------------------------------------

def test_seed_prosecution_statistics():
    stats = _stats(SEED)
    assert ("prosecutions", 2008, 24, "count") in stats
    assert ("convictions", 2008, 15, "count") in stats
    assert ("sentences_over", 2008, 14, "count") in stats
    assert ("suspended_sentences", 2008, 1, "count") in stats
    [over] = [f for f in _facts(SEED, StatisticFact) if f.measure == "sentences_over"]
    assert over.threshold == 5 and over.subject == "offenders"
    [convictions] = [f for f in _facts(SEED, StatisticFact) if f.measure == "convictions"]
    assert convictions.subject == "sex trafficking offenders" and _anchor(SEED, convictions) == "15"
    assert _sentence(SEED, convictions).startswith("In 2008, the government reportedly prosecuted 24 trafficking cases")


def test_seed_protection_statistics():
    stats = _stats(SEED)
    assert ("victims_assisted", 2008, 24, "count") in stats
    assert ("victims_assisted", 2007, 33, "count") in stats
    assert ("victims_assisting_prosecution", 2008, 2, "count") in stats
    assert ("funding", 2008, 158593, "USD") in stats
    assert ("funding", 2008, 64786, "USD") in stats
    funding = {f.value: f for f in _facts(SEED, StatisticFact) if f.measure == "funding"}
    assert {(a.kind, a.relation) for a in funding[158593].actors} >= {("government", "fundedBy"), ("donors", "fundedBy")}
    assert "shelters" in funding[158593].subject and "shelter" in funding[64786].subject
    assert ("government", "fundedBy") in {(a.kind, a.relation) for a in funding[64786].actors}


def test_seed_written_number_three_children():
    [three] = [f for f in _facts(SEED, StatisticFact) if f.value == 3]
    assert (three.measure, three.subject, three.year) == ("victims_identified", "children", 2008)


def test_seed_no_statistic_from_years_durations_or_penalties():
    values = {f.value for f in _facts(SEED, StatisticFact)}
    assert not values & {2007.5, 2008, 2009, 5, 12}


def test_seed_penalty_range():
    [penalty] = _facts(SEED, PenaltyFact)
    assert (penalty.minimum, penalty.maximum, penalty.unit) == (2, 12, "years")
    assert penalty.commensurate is True and penalty.law == "Kosovo law"
    assert _anchor(SEED, penalty) == "of two to 12 years’"


def test_kuwait_statistics_under_the_2013_law():
    path = _narrative("2017-kw")
    stats = {f.measure: f for f in _facts(path, StatisticFact)}
    assert (stats["prosecutions"].value, stats["prosecutions"].subject, stats["prosecutions"].law) == \
        (15, "individuals", "2013 anti-trafficking law")
    assert stats["convictions"].value == 9  # "nine convictions"
    assert stats["prosecutions"].year == 2016  # no year stated: report year − 1
    laws = {f.name: f.year for f in _facts(path, LawFact)}
    assert laws["2013 anti-trafficking law"] == 2013 and laws["2015 domestic labor law"] == 2015


def test_venezuela_proceedings_against_complicit_officials():
    path = _narrative("2020-ve")
    [stat] = [f for f in _facts(path, StatisticFact) if f.value]
    assert (stat.measure, stat.value, stat.year, stat.subject) == ("prosecutions", 3, 2019, "complicit officials")
    # "authorities did not report assisting any victims, or investigating, prosecuting, or convicting any
    # traffickers": explicit zeros of the reporting period (STATISTICS.md, Zero)
    assert {(f.measure, f.year) for f in _facts(path, StatisticFact) if f.value == 0} == {
        ("victims_assisted", 2019), ("investigations", 2019), ("prosecutions", 2019), ("convictions", 2019)}
    assert ("media", "reportedBy") in {(a.kind, a.relation) for a in stat.actors}  # "according to press reports"


@functools.lru_cache(maxsize=1)
def _dev_documents():
    if not DEV_CORPUS.exists():
        pytest.skip("../shared/corpus is not here")
    return {doc.id: doc for doc in read_sources([DEV_CORPUS])[0]}


def _dev_stats(doc_id):
    return {(f.measure, f.year, f.value) for f in extract_document(_dev_documents()[doc_id]).facts
            if isinstance(f, StatisticFact)}


def test_a_negated_measure_and_cases_of_a_victim_measure_do_not_count_the_number():
    # factbook-2016-MR: "no prosecutions or convictions were made, including among the 4,000 child
    # labor cases NGOs referred to the police": no convictions, and no victims either (it counts
    # "child labor cases", not children)
    assert not {s for s in _dev_stats("factbook-2016-MR") if s[2] == 4000}
    # factbook-2011-GN: "no new prosecutions or convictions were reported, 12 cases from the previous
    # reporting period remain pending in the courts": no convictions counted from the 12 cases; the
    # explicit "no convictions" is a zero of the reporting period (STATISTICS.md, Zero)
    assert {s for s in _dev_stats("factbook-2011-GN") if s[0] == "convictions"} == {("convictions", 2010, 0)}
    # factbook-2016-MV: "no convictions were made, down from one in 2013": the number compared with
    assert ("convictions", 2013, 1) in _dev_stats("factbook-2016-MV")


def test_no_statistics_from_profiles_without_measures():
    for name in ("2015-cn", "2016-ir", "2004-cd", "2013-so"):
        assert _facts(_narrative(name), StatisticFact) == [], name


# --- laws, policies, actors ------------------------------------------------------------------

def test_seed_law_criminalizes_sex_and_labor_trafficking():
    [law] = _facts(SEED, LawFact)
    assert law.name == "Kosovo law" and set(law.criminalizes) == {"sex_trafficking", "forced_labor"}


def test_seed_policies_with_dates():
    policies = {(f.policy_type, f.action, f.year, f.month) for f in _facts(SEED, PolicyFact)}
    assert ("coordinator", "appointed", 2008, 4) in policies
    assert ("action_plan", "adopted", 2008, 7) in policies
    assert ("education_programme", "provided", 2008, None) in policies
    types = {f.policy_type for f in _facts(SEED, PolicyFact)}
    assert types >= {"shelter", "hotline", "procedures", "training", "awareness_campaign", "anonymous_testimony",
                     "alternatives_to_removal", "refugee_status", "residency_permit", "repatriation_reintegration"}
    [repatriation] = [f for f in _facts(SEED, PolicyFact) if f.policy_type == "repatriation_reintegration"]
    assert repatriation.action == "absent"  # "did not provide any repatriation or reintegration assistance"


def test_seed_actors_and_their_parts():
    [hotline] = [f for f in _facts(SEED, PolicyFact) if f.policy_type == "hotline"]
    assert {(a.kind, a.name, a.relation) for a in hotline.actors} == {
        ("iom", "IOM", "sponsoredBy"), ("ministry", "Ministry of Justice", "sponsoredBy")}
    campaigns = [f for f in _facts(SEED, PolicyFact) if f.policy_type == "awareness_campaign"]
    assert {(a.kind, a.relation) for a in campaigns[0].actors} == {
        ("international_organisations", "sponsoredBy"), ("ngos", "sponsoredBy")}
    kinds = {f.actor.kind for f in _facts(SEED, ActorFact)}
    assert kinds >= {"government", "police", "prosecutors", "judges", "municipal_authorities", "national_coordinator",
                     "ministry", "ngos", "donors", "iom", "osce", "international_organisations", "offenders",
                     "complicit_officials"}


def test_seed_reported_findings():
    findings = _facts(SEED, FindingFact)
    osce = [f for f in findings if any(a.kind == "osce" for a in f.actors)]
    assert len(osce) == 1 and osce[0].year == 2008 and osce[0].area == "protection"
    assert _anchor(SEED, osce[0]).startswith("a 2008 OSCE Report indicated that Kosovo officials often do not recognize")
    ngo = [f for f in findings if any(a.kind == "ngos" for a in f.actors) and "witness intimidation" in _anchor(SEED, f)]
    assert len(ngo) == 1
    [shortfall] = [f for f in findings if f.kind == "shortfall"]
    assert _anchor(SEED, shortfall).startswith("The government did not adequately investigate and prosecute")


def test_a_sentence_without_the_words_of_a_law_is_one_no_law_pattern_reads():
    """The law patterns are not run on a sentence without the words they need (:func:`kg.extract.textutil._law_words`, the
    head nouns tip:LawNouns that :func:`kg.extract.policies._law_patterns` need): every sentence of the seed, the factbook dev records, the dev
    narratives and the statistics texts that one of them reads has those words."""
    from kg.extract import lexicon, policies, textutil
    from kg.segment import segment

    if not NARRATIVES.exists():
        pytest.skip("../shared/corpus is not here")
    acts, head_nouns = policies._law_patterns(), lexicon.word_class("LawNouns")
    paths = [SEED, DEV_CORPUS, *sorted(NARRATIVES.glob("*.txt")), *sorted(STATISTICS_TEXTS.glob("*.txt"))]
    read = skipped = 0
    for document in read_sources(paths)[0]:
        for sentence in segment(document):
            text = sentence.text.replace("\n", " ")
            named = [p.pattern[:60] for p in textutil._laws() if p.search(text)]
            assert not named or textutil._law_words().search(text), (named, text)
            done = [p.pattern[:60] for p in acts if p.search(text)]
            assert not done or head_nouns.search(text), (done, text)
            read += bool(named or done)
            skipped += not textutil._law_words().search(text)
    assert read > 150 and skipped > 1000  # the check saw laws, and sentences left unread


def test_each_law_pattern_declares_what_it_needs():
    """What a law pattern needs besides a law's words is declared with it (:class:`kg.extract.textutil.LawPattern`), not
    read from its text: a year for the eight that open a law's name with it, an enactment in a year for the one that
    looks ahead for it; a sentence without them is not read by those, and a law named without a year still is."""
    from kg.extract import textutil

    laws = textutil._law_patterns()
    assert [law.needs for law in laws].count("year") == 8 and [law.needs for law in laws].count("enactment") == 1
    assert textutil._laws() == tuple(law.pattern for law in laws)
    assert set(textutil._law_needs()) == {None, textutil._LAW_NEEDS["year"], textutil._LAW_NEEDS["enactment"]}
    # 2020 Chile: laws by what they are, dated by their enactment after them (the pattern needing an enactment)
    chile = ("Government officials identified growing migrant populations, especially irregular Venezuelan migrants, as "
             "increasingly at risk of trafficking due to stricter visa laws enacted in June 2019.")
    assert [m[2] for m in textutil.law_mentions(chile)] == ["stricter visa laws"]
    assert textutil.law_mentions(chile.replace("enacted in June 2019", "of the government")) == []  # near miss
    # a law by its year (a pattern needing a year); the same law without its year is read by one needing none
    assert textutil.law_mentions("prosecuted 15 individuals under the 2013 anti-trafficking law")[0][2:] == (
        "2013 anti-trafficking law", 2013)
    assert textutil.law_mentions("prosecuted 15 individuals under the anti-trafficking law")[0][2:] == (
        "anti-trafficking law", None)


def test_a_law_pattern_reads_only_a_sentence_with_what_it_needs():
    """A law pattern that needs a year or an enactment in a year (:func:`kg.extract.textutil._law_needs`) finds nothing in
    a sentence without it: every sentence of the seed, the factbook dev records, the dev narratives and the statistics
    texts that one of them reads has what it needs."""
    from kg.extract import textutil
    from kg.segment import segment

    if not NARRATIVES.exists():
        pytest.skip("../shared/corpus is not here")
    paths = [SEED, DEV_CORPUS, *sorted(NARRATIVES.glob("*.txt")), *sorted(STATISTICS_TEXTS.glob("*.txt"))]
    needing = [(pattern, needs) for pattern, needs in zip(textutil._laws(), textutil._law_needs(), strict=True) if needs]
    assert len(needing) == 9
    read = 0
    for document in read_sources(paths)[0]:
        for sentence in segment(document):
            text = sentence.text.replace("\n", " ")
            for pattern, needs in needing:
                if pattern.search(text):
                    assert needs.search(text), (pattern.pattern[:60], text)
                    read += 1
    assert read > 50


# --- recommendations -------------------------------------------------------------------------

def test_seed_recommendations():
    recs = _facts(SEED, RecommendationFact)
    assert [r.order for r in recs] == [1, 2, 3, 4, 5, 6, 7]
    assert [r.area for r in recs] == ["prosecution", "prosecution", "protection", "protection", "protection",
                                      "protection", "prevention"]
    assert not any(r.prioritized for r in recs)
    texts = [_anchor(SEED, r) for r in recs]
    assert texts[0].startswith("Aggressively investigate, prosecute, convict, and sentence")
    assert texts[3] == "ensure sustained funding and staffing in shelters"
    assert texts[6].startswith("continue trafficking prevention activities")  # "and" dropped


def test_prioritized_recommendations():
    recs = _facts(_narrative("2020-ve"), RecommendationFact)
    assert len(recs) == 4 and all(r.prioritized for r in recs)
    assert [r.area for r in recs] == ["prosecution", "protection", "prosecution", "prosecution"]
    nl = _facts(_narrative("2019-nl"), RecommendationFact)
    assert len(nl) == 8 and not any(r.prioritized for r in nl)
    assert [r.area for r in nl][:4] == ["protection", "protection", "protection", "prosecution"]


def test_recommendation_in_running_text_of_an_early_report():
    """2005 reports have no recommendations section: "The government should ..." is one."""
    [rec] = _facts(_narrative("2005-md"), RecommendationFact)
    # the whole sentence is the recommendation (RECOMMENDATIONS.md: text_start is "The government should lead ...")
    assert _anchor(_narrative("2005-md"), rec).startswith("The government should lead Moldova's fight against trafficking")
    assert rec.order == 1 and not rec.prioritized and rec.kind == "should"
    assert rec.area == "prevention"  # leading the response instead of relying on NGOs
    assert not [f for f in _facts(SEED, RecommendationFact) if "should" in _sentence(SEED, f)]


# --- RDF and shapes --------------------------------------------------------------------------

def test_seed_graph_response_nodes_have_provenance():
    graph = document_graph(read_sources([SEED])[0][0])
    for cls in (TIP.StatisticalObservation, TIP.PenaltyRange, TIP.Law, TIP.PolicyMeasure, TIP.Recommendation, TIP.Finding):
        nodes = set(graph.subjects(RDF.type, cls))
        assert nodes, cls
        for node in nodes:
            span = graph.value(node, PROV.wasDerivedFrom)
            assert (span, RDF.type, TIP.TextSpan) in graph
    for cls in (TIP.InternationalOrganisation, TIP.GovernmentBody, TIP.NonGovernmentalOrganisation, TIP.Donor, TIP.Offender):
        nodes = set(graph.subjects(RDF.type, cls))
        assert nodes and all(graph.value(n, TIP.mentionedIn) is not None for n in nodes), cls
    assessment = next(graph.subjects(RDF.type, TIP.CountryAssessment))
    assert (assessment, TIP.compliance, TIP.SignificantEfforts) in graph
    assert (assessment, TIP.tier, TIP.Tier2) in graph


def test_shapes_reject_a_broken_response_node():
    graph = document_graph(read_sources([SEED])[0][0])
    assert validate_graph(graph).conforms
    broken = Graph() + graph
    policy = next(broken.subjects(RDF.type, TIP.PolicyMeasure))
    broken.remove((policy, TIP.measureType, None))
    recommendation = next(broken.subjects(RDF.type, TIP.Recommendation))
    broken.add((recommendation, TIP.order, Literal(0)))
    report = validate_graph(broken)
    assert not report.conforms
    assert {v.focus for v in report.violations} == {str(policy), str(recommendation)}


def test_builds_conform(seed_build, narratives_build):
    for build in (seed_build, narratives_build):
        text = (build / "validation.txt").read_text(encoding="utf-8")
        assert text.strip().splitlines()[-1].startswith("conforms"), text[-2000:]


def test_statistics_are_data_cube_observations(seed_build):
    rows = run_query(seed_build, """
        PREFIX tip: <https://w3id.org/tip-kg/ontology#>
        PREFIX qb: <http://purl.org/linked-data/cube#>
        PREFIX sdmx-measure: <http://purl.org/linked-data/sdmx/2009/measure#>
        PREFIX sdmx-attribute: <http://purl.org/linked-data/sdmx/2009/attribute#>
        SELECT ?value ?unit ?year WHERE { GRAPH ?g {
            ?o a tip:StatisticalObservation ; qb:dataSet tip:statistics ; tip:refArea ?area ; tip:refYear ?year ;
               sdmx-measure:obsValue ?value ; sdmx-attribute:unitMeasure ?unit ; tip:measure ?m } }""").rows
    assert {(r["value"], r["unit"].rsplit("#", 1)[-1], r["year"]) for r in rows} >= {
        ("24", "CountUnit", "2008"), ("15", "CountUnit", "2008"), ("158593", "USD", "2008"), ("33", "CountUnit", "2007")}
