"""The W3C RDF Data Cube integrity constraints hold on the statistics and the tallies of a build.

The queries are those of the Data Cube Recommendation (section 11.1, "Integrity constraints"),
run over the union of the build's graphs (the vocabulary graph holds the data structure
definitions, the document and tally graphs the observations). Normalisation (11.2) is written
into them: ``qb:componentProperty`` is read as ``qb:dimension|qb:measure|qb:attribute``, and a
class of the tallies or statistics counts as ``qb:Observation`` through ``rdfs:subClassOf``.
Each ASK is a violation when true. The constraints on slices (IC-7 to IC-10), on a measure
dimension (IC-15 to IC-17: no structure has ``qb:measureType`` as a component) and on
hierarchical code lists (IC-20, IC-21) have nothing to apply to. IC-12 (no two observations
with the same dimension values in a data set) is written as a grouping, which means the same
when IC-11 holds and is linear instead of quadratic in the observations. All hold
(:data:`KNOWN` says why the last one does).
"""
from __future__ import annotations

import pytest

from kg.query import run_query

PREFIXES = """PREFIX qb: <http://purl.org/linked-data/cube#>
PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
"""
OBSERVATION = "?obs rdf:type/rdfs:subClassOf* qb:Observation ."
# each observation with its key: the values of its data set's dimensions, in one string (IC-12)
OBSERVATION_KEYS = f"""SELECT ?dataset ?obs (GROUP_CONCAT(CONCAT(STR(?dim), "=", STR(?value)); separator=" ") AS ?key) WHERE {{
      {{ SELECT ?dataset ?obs ?dim ?value WHERE {{
          {OBSERVATION} ?obs qb:dataSet ?dataset .
          ?dataset qb:structure/qb:component/qb:dimension ?dim .
          ?obs ?dim ?value . }} ORDER BY ?obs ?dim }}
    }} GROUP BY ?dataset ?obs"""
COMPONENT = "(qb:dimension|qb:measure|qb:attribute)"

CONSTRAINTS = {
    "IC-1 unique data set": f"""ASK {{
        {{ {OBSERVATION} FILTER NOT EXISTS {{ ?obs qb:dataSet ?dataset1 . }} }} UNION
        {{ {OBSERVATION} ?obs qb:dataSet ?dataset1, ?dataset2 . FILTER (?dataset1 != ?dataset2) }} }}""",
    "IC-2 unique DSD": """ASK {
        { ?dataset a qb:DataSet . FILTER NOT EXISTS { ?dataset qb:structure ?dsd . } } UNION
        { ?dataset a qb:DataSet ; qb:structure ?dsd1, ?dsd2 . FILTER (?dsd1 != ?dsd2) } }""",
    "IC-3 DSD includes measure": f"""ASK {{ ?dsd a qb:DataStructureDefinition .
        FILTER NOT EXISTS {{ ?dsd qb:component/{COMPONENT} [ a qb:MeasureProperty ] }} }}""",
    "IC-4 dimensions have range": """ASK { ?dim a qb:DimensionProperty .
        FILTER NOT EXISTS { ?dim rdfs:range [] } }""",
    "IC-5 concept dimensions have code lists": """ASK { ?dim a qb:DimensionProperty ; rdfs:range skos:Concept .
        FILTER NOT EXISTS { ?dim qb:codeList [] } }""",
    "IC-6 only attributes may be optional": """ASK { ?dsd qb:component ?componentSpec .
        ?componentSpec qb:componentRequired "false"^^<http://www.w3.org/2001/XMLSchema#boolean> ;
                       (qb:dimension|qb:measure|qb:attribute) ?component .
        FILTER NOT EXISTS { ?component a qb:AttributeProperty } }""",
    "IC-11 all dimensions required": f"""ASK {{ {OBSERVATION}
        ?obs qb:dataSet/qb:structure/qb:component/{COMPONENT} ?dim .
        ?dim a qb:DimensionProperty .
        FILTER NOT EXISTS {{ ?obs ?dim [] }} }}""",
    "IC-12 no duplicate observations": f"""ASK {{ {{
        SELECT ?dataset ?key (COUNT(?obs) AS ?n) WHERE {{ {{ {OBSERVATION_KEYS} }} }}
        GROUP BY ?dataset ?key HAVING (COUNT(?obs) > 1) }} }}""",
    "IC-13 required attributes": f"""ASK {{ {OBSERVATION}
        ?obs qb:dataSet/qb:structure/qb:component ?component .
        ?component qb:componentRequired "true"^^<http://www.w3.org/2001/XMLSchema#boolean> ;
                   qb:attribute ?attr .
        FILTER NOT EXISTS {{ ?obs ?attr [] }} }}""",
    "IC-14 all measures present": f"""ASK {{ {OBSERVATION}
        ?obs qb:dataSet/qb:structure ?dsd .
        FILTER NOT EXISTS {{ ?dsd qb:component/qb:measure qb:measureType }}
        ?dsd qb:component/qb:measure ?measure .
        FILTER NOT EXISTS {{ ?obs ?measure [] }} }}""",
    "IC-19 codes from code list": f"""ASK {{ {OBSERVATION}
        ?obs qb:dataSet/qb:structure/qb:component/qb:dimension ?dim .
        ?dim qb:codeList ?list . ?list a skos:ConceptScheme .
        ?obs ?dim ?v .
        FILTER NOT EXISTS {{ ?v a skos:Concept ; skos:inScheme ?list }} }}""",
}


#: Constraints a build does not meet yet, and why: the test fails when one of them holds (drop it
#: here then) or when another one fires. None since what was counted is a dimension
#: (tip:countedSubject) and a zero total restated in one document is one observation: "no
#: investigations of officials" and "no investigations of traffickers" were two observations of
#: one key, and so were the seed's "$158,593" for the NGO-run shelters and "$64,786" for the
#: government's own shelter in 2008.
KNOWN: set[str] = set()

DUPLICATES = PREFIXES + f"""SELECT ?key (GROUP_CONCAT(STR(?obs); separator=" ") AS ?observations) WHERE {{ {{
    {OBSERVATION_KEYS} }} }}
GROUP BY ?dataset ?key HAVING (COUNT(?obs) > 1)"""


def violations(build_dir) -> set[str]:
    return {name for name, ask in CONSTRAINTS.items() if run_query(build_dir, PREFIXES + ask).boolean}


def duplicate_documents(build_dir) -> list[set[str]]:
    """For each group of observations with the same dimension values, the documents that state them."""
    return [{obs.split("/observation/")[0] for obs in row["observations"].split()}
            for row in run_query(build_dir, DUPLICATES).rows]


def test_the_seed_build_meets_the_data_cube_constraints(seed_build):
    assert violations(seed_build) == KNOWN
    assert duplicate_documents(seed_build) == []
    # the two amounts of 2008 are two observations: what was paid for is their counted subject
    funding = run_query(seed_build, PREFIXES + """PREFIX tip: <https://w3id.org/tip-kg/ontology#>
        SELECT ?label WHERE { ?obs tip:measure tip:FundingMeasure ; tip:refYear 2008 ;
                                   tip:countedSubject/rdfs:label ?label }""")
    assert sorted(row["label"] for row in funding.rows) == [
        "the operation of its official shelter for high-risk trafficking victims in 2008", "the two ngo-run shelters"]


def test_a_zero_restated_in_one_document_is_one_observation(dev_build):
    # factbook 2022 Nicaragua: "no traffickers were convicted" and "authorities did not investigate,
    # prosecute, or convict government employees complicit in trafficking" (2021): one zero, two spans
    rows = run_query(dev_build, PREFIXES + """PREFIX tip: <https://w3id.org/tip-kg/ontology#>
        PREFIX prov: <http://www.w3.org/ns/prov#>
        SELECT ?obs (COUNT(?span) AS ?spans) WHERE {
          ?obs tip:statedIn <https://w3id.org/tip-kg/id/doc/factbook-2022-ni> ; tip:measure tip:ConvictionsMeasure ;
               tip:refYear 2021 ; tip:countedSubject tip:SubjectUnstated ; prov:wasDerivedFrom ?span }
        GROUP BY ?obs""").rows
    assert [(row["obs"].rsplit("/", 1)[1], row["spans"]) for row in rows] == [("zero", "2")]


@pytest.mark.slow
def test_the_dev_build_meets_the_data_cube_constraints(dev_build):
    assert violations(dev_build) == KNOWN
    # two reports state figures for the same year 148 times in the dev corpus (before tip:statedIn,
    # 157 groups of duplicates; 9 left within one document before tip:countedSubject)
    assert duplicate_documents(dev_build) == []


#: Groups of observations with one key on the build of the dev narratives and the statistics-dev
#: paragraphs: 87 when a part's category was not a dimension, 34 since, 32 with the statistics rules of
#: session 9 merged, 31 once a nationality is a capitalised word and a part's words keep their hyphens
#: ("anti-trafficking"). What is left are figures
#: the extraction reads apart but whose key cannot tell: one measure and year stated by different
#: agencies ("the federal government identified 140 victims", "the state governments identified
#: 527 victims"; Peru's three databases), parts whose words the rules do not reach ("(34) compared
#: with 2017 (659)"), and parts of two totals on one axis ("eight victims of both sex trafficking
#: and forced labor"). The test fails when one comes back: lower the number when one goes.
PARAGRAPHS_DUPLICATE_GROUPS = 31


def test_the_parts_of_a_total_on_one_axis_are_two_observations(paragraphs_build):
    # 2019 Germany: "Police identified 550 suspected traffickers out of those investigations, (523 for
    # sex trafficking and 27 for labor trafficking)", and "Of these, 327 were for sex trafficking ...
    # and 11 for labor trafficking": four keys, by category (the forms of exploitation of tip:FormScheme)
    # and by what the total counted
    rows = run_query(paragraphs_build, PREFIXES + """PREFIX tip: <https://w3id.org/tip-kg/ontology#>
        PREFIX sdmx-measure: <http://purl.org/linked-data/sdmx/2009/measure#>
        SELECT ?value ?category ?counted WHERE {
          ?obs tip:statedIn <https://w3id.org/tip-kg/id/doc/2019-de-1> ; tip:measure tip:InvestigationsMeasure ;
               tip:refYear 2017 ; tip:breakdownBy tip:BreakdownByForm ; sdmx-measure:obsValue ?value ;
               tip:breakdownCategory/skos:notation ?category ; tip:countedSubject/skos:notation ?counted }""").rows
    assert sorted((int(r["value"]), r["category"], r["counted"]) for r in rows) == [
        (11, "forced_labor", "pre-trial-trafficking-investigations"),
        (27, "forced_labor", "suspected-traffickers"),
        (327, "sex_trafficking", "pre-trial-trafficking-investigations"),
        (523, "sex_trafficking", "suspected-traffickers")]
    # 2017 Kazakhstan: "1.97 million KZT ($5,911) for victim assistance": an amount and its conversion, two observations
    rows = run_query(paragraphs_build, PREFIXES + """PREFIX tip: <https://w3id.org/tip-kg/ontology#>
        PREFIX sdmx-measure: <http://purl.org/linked-data/sdmx/2009/measure#>
        SELECT ?value ?conversion WHERE {
          ?obs tip:statedIn <https://w3id.org/tip-kg/id/doc/2017-kz-1> ; tip:measure tip:FundingMeasure ;
               tip:refYear 2016 ; tip:countedSubject/skos:notation "victim" ; sdmx-measure:obsValue ?value ;
               tip:conversion/skos:notation ?conversion }""").rows
    assert sorted((int(r["value"]), r["conversion"]) for r in rows) == [(5911, "usd"), (1970000, "stated")]


def test_the_paragraphs_build_meets_the_data_cube_constraints_but_some_keys(paragraphs_build):
    assert violations(paragraphs_build) == {"IC-12 no duplicate observations"}
    assert len(duplicate_documents(paragraphs_build)) == PARAGRAPHS_DUPLICATE_GROUPS


def test_a_part_s_category_is_a_code_of_a_code_list(paragraphs_build):
    # 2020 Kenya: "853 victims of trafficking—275 adult females, 351 girls, and 227 boys": the age and
    # sex codes of the ontology, not one code per wording; 2020 Armenia: "two victims were from
    # Tajikistan and one from Iran": the countries the graph has; "foreign victims", "foreigners": one code
    def categories(document: str) -> list[tuple[int, str]]:
        rows = run_query(paragraphs_build, PREFIXES + f"""PREFIX tip: <https://w3id.org/tip-kg/ontology#>
            PREFIX sdmx-measure: <http://purl.org/linked-data/sdmx/2009/measure#>
            SELECT ?value ?category WHERE {{
              ?obs tip:statedIn <https://w3id.org/tip-kg/id/doc/{document}> ; tip:refYear 2019 ;
                   tip:measure tip:VictimsIdentifiedMeasure ; sdmx-measure:obsValue ?value ;
                   tip:breakdownCategory ?category . ?category skos:inScheme tip:BreakdownCategoryScheme }}""").rows
        return sorted((int(r["value"]), str(r["category"]).rsplit("/", 1)[-1].rsplit("#", 1)[-1]) for r in rows)
    assert {(275, "CategoryAdult"), (351, "CategoryGirls"), (227, "CategoryBoys")} <= set(categories("2020-ke-1"))
    assert {(2, "TJ"), (1, "IR")} <= set(categories("2020-am-1"))
    labels = run_query(paragraphs_build, PREFIXES + """PREFIX tip: <https://w3id.org/tip-kg/ontology#>
        SELECT ?code WHERE { ?code skos:inScheme tip:BreakdownCategoryScheme ; skos:notation ?notation .
                             FILTER (?notation IN ("sex/women", "sex/females", "age/children", "age/minors", "form/sex-trafficki",
                                                 "nationality/foreign-victims", "nationality/foreigners")) }""")
    assert labels.rows == []
