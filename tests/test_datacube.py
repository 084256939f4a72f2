"""The W3C RDF Data Cube integrity constraints hold on the statistics and the tallies of a build.

The queries are those of the Data Cube Recommendation (section 11.1, "Integrity constraints"),
run over the union of the build's graphs (the vocabulary graph holds the data structure
definitions, the document and tally graphs the observations). Normalisation (11.2) is written
into them: ``qb:componentProperty`` is read as ``qb:dimension|qb:measure|qb:attribute``, and a
class of the tallies or statistics counts as ``qb:Observation`` through ``rdfs:subClassOf``.
Each ASK is a violation when true. The constraints on slices (IC-7 to IC-10), on a measure
dimension (IC-15, IC-16, IC-18: no structure has ``qb:measureType`` as a component) are run
too, though a build has nothing they apply to; IC-17 and those on hierarchical code lists
(IC-20, IC-21) need a measure dimension or a ``qb:HierarchicalCodeList``, which
:func:`test_the_seed_build_meets_the_data_cube_constraints` checks there are none of. IC-12 (no
two observations with the same dimension values in a data set) is written as a grouping, which
means the same when IC-11 holds and is linear instead of quadratic in the observations. IC-19
(codes from code lists) checks the value of every dimension with a ``qb:codeList``: every
dimension has one but the years and the document (:data:`UNCODED`). All hold (:data:`KNOWN`
says why the last one does).
"""
from __future__ import annotations

import gc
import shutil

import pyoxigraph as ox
import pytest

from kg.cli import main
from kg.model import Document
from kg.pipeline import document_graph
from kg.query import run_query
from kg.validate import validate

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
    "IC-7 slice keys must be declared": """ASK { ?sliceKey a qb:SliceKey .
        FILTER NOT EXISTS { [ a qb:DataStructureDefinition ] qb:sliceKey ?sliceKey } }""",
    "IC-8 slice keys consistent with DSD": f"""ASK {{ ?sliceKey a qb:SliceKey ; qb:componentProperty ?prop .
        ?dsd qb:sliceKey ?sliceKey .
        FILTER NOT EXISTS {{ ?dsd qb:component/{COMPONENT} ?prop }} }}""",
    "IC-9 unique slice structure": """ASK {
        { ?slice a qb:Slice . FILTER NOT EXISTS { ?slice qb:sliceStructure ?key } } UNION
        { ?slice a qb:Slice ; qb:sliceStructure ?key1, ?key2 . FILTER (?key1 != ?key2) } }""",
    "IC-10 slice dimensions complete": """ASK { ?slice qb:sliceStructure [ qb:componentProperty ?dim ] .
        FILTER NOT EXISTS { ?slice ?dim [] } }""",
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
    "IC-15 measure dimension consistent": f"""ASK {{ {OBSERVATION}
        ?obs qb:dataSet/qb:structure ?dsd ; qb:measureType ?measure .
        ?dsd qb:component/qb:dimension qb:measureType .
        FILTER NOT EXISTS {{ ?obs ?measure [] }} }}""",
    "IC-16 single measure on measure dimension observation": f"""ASK {{ {OBSERVATION}
        ?obs qb:dataSet/qb:structure ?dsd ; qb:measureType ?measure ; ?omeasure [] .
        ?dsd qb:component/qb:dimension qb:measureType ; qb:component/qb:measure ?omeasure .
        FILTER (?omeasure != ?measure) }}""",
    "IC-18 consistent data set links": """ASK { ?dataset qb:slice ?slice . ?slice qb:observation ?obs .
        FILTER NOT EXISTS { ?obs qb:dataSet ?dataset } }""",
    "IC-19 codes from code list": f"""ASK {{ {OBSERVATION}
        ?obs qb:dataSet/qb:structure/qb:component/qb:dimension ?dim .
        ?dim qb:codeList ?list . ?list a skos:ConceptScheme .
        ?obs ?dim ?v .
        FILTER NOT EXISTS {{ ?v a skos:Concept ; skos:inScheme ?list }} }}""",
}


#: The dimensions without a code list: their values are years and documents, not codes.
UNCODED = {"refYear", "tallyYear", "statedIn"}
DIMENSIONS = PREFIXES + """SELECT DISTINCT ?dim ?list WHERE {
    ?dataset a qb:DataSet ; qb:structure/qb:component/qb:dimension ?dim . OPTIONAL { ?dim qb:codeList ?list } }"""
#: What IC-17, IC-20 and IC-21 apply to: a measure dimension, a hierarchical code list.
NOT_APPLICABLE = PREFIXES + """ASK { { [] qb:dimension qb:measureType } UNION { [] a qb:HierarchicalCodeList } }"""


def code_lists(build_dir) -> dict[str, str | None]:
    """The local name of each dimension of the build's structures, with that of its code list (None without)."""
    def local(iri) -> str | None:
        return iri and iri.rsplit("#", 1)[-1]
    return {local(row["dim"]): local(row.get("list")) for row in run_query(build_dir, DIMENSIONS).rows}


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
    # IC-19 checks every coded dimension: each has the scheme its codes are in (issue #19: none of
    # tip:measure, tip:refArea and the tallies' dimensions had one, and IC-19 checked nothing there)
    assert code_lists(seed_build) == {
        "refArea": "CountryScheme", "measure": "MeasureScheme", "breakdownBy": "BreakdownScheme",
        "countedSubject": "CountedSubjectScheme", "breakdownCategory": "BreakdownCategoryScheme",
        "conversion": "ConversionScheme", "countedUnit": "CountedUnitScheme", "countedBy": "AgencyScheme",
        "caseStage": "CaseStageScheme", "tallyCountry": "CountryScheme", "tallyTier": "TierScheme",
        "tallyRole": "RoleScheme", "tallyFrom": "PlaceScheme", "tallyTo": "PlaceScheme", "tallyForm": "TallyFormScheme",
        "refYear": None, "tallyYear": None, "statedIn": None}
    assert not run_query(seed_build, NOT_APPLICABLE).boolean
    assert duplicate_documents(seed_build) == []
    # the two amounts of 2008 are two observations: what was paid for is their counted subject
    funding = run_query(seed_build, PREFIXES + """PREFIX tip: <https://w3id.org/tip-kg/ontology#>
        SELECT ?label WHERE { ?obs tip:measure tip:FundingMeasure ; tip:refYear 2008 ;
                                   tip:countedSubject/rdfs:label ?label }""")
    # (the labels are their codes' slugs in words, one per code: were the wordings, "high-risk", "ngo-run", and a
    # code worded two ways had two labels, which doubled cq06's sums)
    assert sorted(row["label"] for row in funding.rows) == [
        "the operation of its official shelter for high risk trafficking victims in 2008", "the two ngo run shelters"]


def test_a_zero_restated_in_one_document_is_one_observation():
    # factbook 2022 Nicaragua's wording: "no traffickers were convicted" restated by "did not investigate, prosecute,
    # or convict any traffickers" is one zero of 2021, one observation (until session 14 the dev corpus's Nicaragua
    # record was the case; its restatement names "government employees complicit in trafficking", no zero of the plain
    # measure since then)
    text = ("Trafficking in Persons Report 2022\nNICARAGUA\n\nThe government did not report any prosecutions, and no "
            "traffickers were convicted. Authorities did not investigate, prosecute, or convict any traffickers.\n")
    document = Document(id="2022-ni-t", text=text, country="NI", country_name="Nicaragua", year=2022,
                        source="test.txt", kind="narrative")
    rows = document_graph(document).query(PREFIXES + """PREFIX tip: <https://w3id.org/tip-kg/ontology#>
        PREFIX prov: <http://www.w3.org/ns/prov#>
        SELECT ?obs (COUNT(?span) AS ?spans) WHERE {
          ?obs tip:measure tip:ConvictionsMeasure ; tip:refYear 2021 ; tip:countedSubject tip:SubjectUnstated ;
               prov:wasDerivedFrom ?span }
        GROUP BY ?obs""")
    assert [(str(obs), int(spans)) for obs, spans in rows] == [
        ("https://w3id.org/tip-kg/id/doc/2022-ni-t/observation/convictions/2021/total/na/count/as-stated/na/agencygovernment/na",
         1)]


@pytest.mark.slow
def test_the_dev_build_meets_the_data_cube_constraints(dev_build):
    assert violations(dev_build) == KNOWN
    # two reports state figures for the same year 148 times in the dev corpus (before tip:statedIn,
    # 157 groups of duplicates; 9 left within one document before tip:countedSubject)
    assert duplicate_documents(dev_build) == []


#: Groups of observations with one key on the build of the dev narratives and the statistics-dev
#: paragraphs, as (document, measure, reference year, category): 87 when a part's category was not a
#: dimension, 34 since, 31 at the start of session 10, 13 since who states or performs a count
#: (tip:countedBy), whether cases were initiated or continued (tip:caseStage) and a part of several
#: forms (tip:CategoryMultipleForms) are dimensions or codes, 12 at the start of session 11. None since
#: (tests/test_statistics.py has each sentence): a comparison in parentheses that lists parts reads
#: each part's category (2020 Serbia, Cyprus, Armenia, 2019 Georgia), the form named after a total's
#: noun is what it counts ("73 victims of sex trafficking and 12 victims of labor trafficking", 2017
#: Spain; "340 persons under Article 600 for slavery" beside "314 persons for trafficking", 2019 Italy;
#: "four victims of forced marriage", 2020 Cyprus), prison sentences of each term are counts of their own
#: that count the term (2006 Poland) and a qualified form a code of its own words ("international sex
#: trafficking", 2015 Colombia). The test fails when a group comes back.
EXTRACTION_ERRORS: set[tuple[str, str, int, str]] = set()

DUPLICATE_KEYS = PREFIXES + f"""PREFIX tip: <https://w3id.org/tip-kg/ontology#>
SELECT DISTINCT ?document ?measure ?year ?category WHERE {{
  {{ SELECT ?dataset ?key WHERE {{ {{ {OBSERVATION_KEYS} }} }} GROUP BY ?dataset ?key HAVING (COUNT(?obs) > 1) }}
  {{ {OBSERVATION_KEYS} }}
  ?obs tip:statedIn ?document ; tip:measure ?measure ; tip:refYear ?year ; tip:breakdownCategory ?category }}"""


def duplicate_keys(build_dir) -> set[tuple[str, str, int, str]]:
    """(document, measure, reference year, category) of each group of observations with one key."""
    def local(iri: str) -> str:
        return iri.rsplit("/", 1)[-1].rsplit("#", 1)[-1]
    return {(local(r["document"]), local(r["measure"]), int(r["year"]), local(r["category"]))
            for r in run_query(build_dir, DUPLICATE_KEYS).rows}


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


def test_the_paragraphs_build_meets_the_data_cube_constraints(paragraphs_build):
    # (it violated IC-12 with 12 groups of one key: EXTRACTION_ERRORS)
    assert violations(paragraphs_build) == KNOWN
    assert duplicate_documents(paragraphs_build) == []
    assert duplicate_keys(paragraphs_build) == EXTRACTION_ERRORS == set()


def _codes(build_dir, document: str, measure: str, year: int, dimension: str) -> set[tuple[int, str]]:
    rows = run_query(build_dir, PREFIXES + f"""PREFIX tip: <https://w3id.org/tip-kg/ontology#>
        PREFIX sdmx-measure: <http://purl.org/linked-data/sdmx/2009/measure#>
        SELECT ?value ?code WHERE {{
          ?obs tip:statedIn <https://w3id.org/tip-kg/id/doc/{document}> ; tip:measure tip:{measure} ;
               tip:refYear {year} ; sdmx-measure:obsValue ?value ; tip:{dimension}/skos:notation ?code }}""").rows
    return {(int(r["value"]), r["code"]) for r in rows}


def test_who_states_a_count_and_whether_its_cases_are_new_are_dimensions(paragraphs_build):
    # 2018 Mexico: "The federal government identified 140 victims, compared to 194 in 2016 and 876 in 2015. The
    # state governments identified 527 victims, compared to 691 in 2016 and 938 in 2015."
    assert {(140, "federal"), (527, "regional")} <= _codes(paragraphs_build, "2018-mx-1", "VictimsIdentifiedMeasure", 2017, "countedBy")
    assert {(194, "federal"), (691, "regional")} <= _codes(paragraphs_build, "2018-mx-1", "VictimsIdentifiedMeasure", 2016, "countedBy")
    # 2020 Serbia: "First responders referred 135 potential victims (193 in 2018) to the CPTV; law enforcement referred 55
    # potential victims (89 in 2018), social welfare organizations referred 40 (45 in 2018), other government entities
    # referred 12 (21 in 2018), civil society referred 24 (38 in 2018)"
    assert {(135, "first_responders"), (55, "police"), (40, "social_services"), (12, "other_government"), (24, "ngos")} <= \
        _codes(paragraphs_build, "2020-rs-1", "VictimsReferredMeasure", 2019, "countedBy")
    assert {(193, "first_responders"), (89, "police"), (45, "social_services")} <= \
        _codes(paragraphs_build, "2020-rs-1", "VictimsReferredMeasure", 2018, "countedBy")
    # 2023 Ghana: "The government initiated prosecutions of 28 alleged traffickers (seven for sex trafficking, ...) and
    # continued prosecution of seven alleged traffickers (one for sex trafficking and six for labor trafficking)"
    assert {(28, "initiated"), (7, "initiated"), (14, "initiated"), (1, "continued"), (6, "continued")} <= \
        _codes(paragraphs_build, "2023-gh-1", "ProsecutionsMeasure", 2022, "caseStage")
    # every observation has both (IC-11): an agency the words do not name, and counts of no law enforcement, are unstated
    assert (24, "unstated") in _codes(paragraphs_build, "2020-cy-1", "VictimsIdentifiedMeasure", 2019, "caseStage")


def test_a_part_s_category_is_a_code_of_a_code_list(paragraphs_build):
    # 2020 Kenya: "853 victims of trafficking—275 adult females, 351 girls, and 227 boys": the age and
    # sex codes of the ontology (adult and female crossed), not one code per wording; 2020 Armenia: "two victims were from
    # Tajikistan and one from Iran": the countries the graph has; "foreign victims", "foreigners": one code
    def categories(document: str) -> list[tuple[int, str]]:
        rows = run_query(paragraphs_build, PREFIXES + f"""PREFIX tip: <https://w3id.org/tip-kg/ontology#>
            PREFIX sdmx-measure: <http://purl.org/linked-data/sdmx/2009/measure#>
            SELECT ?value ?category WHERE {{
              ?obs tip:statedIn <https://w3id.org/tip-kg/id/doc/{document}> ; tip:refYear 2019 ;
                   tip:measure tip:VictimsIdentifiedMeasure ; sdmx-measure:obsValue ?value ;
                   tip:breakdownCategory ?category . ?category skos:inScheme tip:BreakdownCategoryScheme }}""").rows
        return sorted((int(r["value"]), str(r["category"]).rsplit("/", 1)[-1].rsplit("#", 1)[-1]) for r in rows)
    assert {(275, "CategoryAdultFemale"), (351, "CategoryGirls"), (227, "CategoryBoys")} <= set(categories("2020-ke-1"))
    # "adult females" are adult and female: a cross of the two codes, narrower than both
    broader = run_query(paragraphs_build, PREFIXES + """PREFIX tip: <https://w3id.org/tip-kg/ontology#>
        SELECT ?code WHERE { tip:CategoryAdultFemale skos:broader ?code }""").rows
    assert {row["code"].rsplit("#", 1)[1] for row in broader} == {"CategoryAdult", "CategoryFemale"}
    # 2020 Cyprus: "11 victims of both sex trafficking and forced labor" are of several forms, not sex trafficking
    assert (11, "CategoryMultipleForms") in set(categories("2020-cy-1"))
    assert {(2, "TJ"), (1, "IR")} <= set(categories("2020-am-1"))
    labels = run_query(paragraphs_build, PREFIXES + """PREFIX tip: <https://w3id.org/tip-kg/ontology#>
        SELECT ?code WHERE { ?code skos:inScheme tip:BreakdownCategoryScheme ; skos:notation ?notation .
                             FILTER (?notation IN ("sex/women", "sex/females", "age/children", "age/minors", "form/sex-trafficki", "form/exploitation",
                                                 "nationality/foreign-victims", "nationality/foreigners")) }""")
    assert labels.rows == []



@pytest.mark.parametrize("dimension, code", [
    ("tallyTier", "tip:Upgraded"),  # a code (of tip:TierMovementScheme), but not a tier
    ("refArea", "region:europe"),  # a place, not a country: the seed's statistics of Kosovo said to be of Europe
    ("breakdownBy", "tip:CategoryFemale"),  # a category of a breakdown, not what it breaks down by
    ("measure", "tip:RescuesMeasure"),  # a measure the vocabulary does not have
])
def test_a_code_outside_its_code_list_violates_ic_19(seed_build, tmp_path, dimension, code):
    planted = tmp_path / "build"
    shutil.copytree(seed_build, planted)
    store = ox.Store(str(planted / "store"))
    prefixes = "PREFIX tip: <https://w3id.org/tip-kg/ontology#> PREFIX region: <https://w3id.org/tip-kg/id/region/> "
    store.update(prefixes + f"""DELETE {{ GRAPH ?g {{ ?obs tip:{dimension} ?code }} }}
        INSERT {{ GRAPH ?g {{ ?obs tip:{dimension} {code} }} }} WHERE {{ GRAPH ?g {{ ?obs tip:{dimension} ?code }} }}""")
    store.flush()
    del store
    gc.collect()  # the store's lock goes with it
    assert run_query(planted, prefixes + f"ASK {{ ?obs tip:{dimension} {code} }}").boolean
    assert violations(planted) == KNOWN | {"IC-19 codes from code list"}


def test_kg_validate_finds_a_document_count_that_is_not_the_number_of_documents(seed_build, tmp_path):
    # issue #19: tip:documentCount 5 on a tally of one document passed `kg validate`; SHACL Core
    # compares counts with constants only, so ontology/tally-shapes.ttl says it in SPARQL
    planted = tmp_path / "build"
    shutil.copytree(seed_build, planted)
    tallies = planted / "graphs" / "tallies.trig"
    text = tallies.read_text(encoding="utf-8")
    assert validate(planted).conforms and "tip:documentCount 1 " in text
    tallies.write_text(text.replace("tip:documentCount 1 ", "tip:documentCount 5 ", 1), encoding="utf-8")
    report = validate(planted)
    assert not report.conforms
    assert {(v.path, v.value, v.message) for v in report.violations} == {
        ("tip:documentCount", "5", "tip:documentCount is not the number of the tally's tip:tallyDocument documents")}


def test_two_observations_of_one_key_are_published_with_a_warning_naming_both(tmp_path, capsys):
    # counts by city are no dimension: "10 victims in Riga and 12 victims in Daugavpils" are two values of one
    # cell. The build keeps both (the second IRI with an ordinal), says so on stderr, and validation.txt and
    # `kg validate` name each observation with the other (ontology/shapes.ttl, tipsh:StatisticalObservation-key)
    text = tmp_path / "latvia-2020.txt"
    text.write_text("Trafficking in Persons Report 2020\nLATVIA\n\nPROSECUTION\n"
                    "The State Police identified 10 victims in Riga and 12 victims in Daugavpils.\n", encoding="utf-8")
    out = tmp_path / "build"
    assert main(["build", str(text), "--out", str(out)]) == 0
    assert f"kg: warning: 2 SHACL warning(s) in {out / 'validation.txt'}" in capsys.readouterr().err
    key = "https://w3id.org/tip-kg/id/doc/latvia-2020/observation/victims_identified/2019/total/victims/count/as-stated/na/agencypolice/na"
    report = validate(out)
    assert report.conforms
    assert {(v.severity, v.focus, v.value_iri or v.value) for v in report.violations} == {
        ("Warning", key, key + "/2"), ("Warning", key + "/2", key)}
    assert violations(out) == {"IC-12 no duplicate observations"}
    assert (out / "validation.txt").read_text(encoding="utf-8").count("(Data Cube IC-12)") == 2


def test_the_ic_12_warning_needs_an_engine_with_shacl_advanced_features():
    """The IC-12 shape's only target is a SPARQL-based target (SHACL Advanced Features): an engine
    without them selects no focus node and says nothing of two observations with one key, silently
    (pySHACL with advanced=False); with them (the build's engine, pySHACL with advanced=True) both
    observations are warned of."""
    import pyshacl
    from rdflib import Graph, Literal, Namespace, URIRef
    from rdflib.namespace import RDF, SH

    from kg.validate import load_shapes, validate_graph

    tip = Namespace("https://w3id.org/tip-kg/ontology#")
    key = URIRef("https://w3id.org/tip-kg/shapes#StatisticalObservation-key")
    shapes = load_shapes()
    assert set(shapes.objects(key, SH.targetClass)) == set() and len(set(shapes.objects(key, SH.target))) == 1
    graph = Graph()
    for name in ("a", "b"):  # one key: the same value of every dimension
        observation = URIRef(f"https://w3id.org/tip-kg/id/doc/x/observation/{name}")
        graph.add((observation, RDF.type, tip.StatisticalObservation))
        for dimension in ("statedIn", "measure", "refYear", "breakdownCategory", "countedSubject", "refArea",
                          "breakdownBy", "conversion", "countedUnit", "countedBy", "caseStage"):
            graph.add((observation, tip[dimension], Literal("same")))

    def warned(advanced: bool) -> set[str]:
        _, results, _ = pyshacl.validate(graph, shacl_graph=shapes, inference="none", advanced=advanced,
                                         allow_warnings=True)
        return {str(results.value(r, SH.focusNode)).rsplit("/", 1)[1] for r in results.subjects(SH.sourceShape, key)}

    assert warned(advanced=False) == set()
    assert warned(advanced=True) == {"a", "b"}
    assert {v.focus.rsplit("/", 1)[1] for v in validate_graph(graph).violations
            if v.shape == "tipsh:StatisticalObservation-key"} == {"a", "b"}


@pytest.mark.parametrize("engine", ["shacl", "pyshacl"])
@pytest.mark.parametrize("part", ["shape", "constraint", "target"])
def test_the_ic_12_warning_compares_the_dimensions_of_the_statistics_structure(engine, part):
    """The SHACL warning of two observations with one key (shapes.ttl) compares the dimensions of
    tip:statisticsStructure, each one: two observations that differ in one dimension only are two cells
    (a dimension added to the structure and not to the warning would warn of observations it tells
    apart), and two that differ in no dimension are one cell, whatever else they say. So says the shape
    in the build's engine and in pySHACL, and so say its constraint on every observation (the shape
    with sh:targetClass) and its SPARQL-based target, each alone (the target by selecting both)."""
    from rdflib import BNode, Graph, Literal, Namespace, URIRef
    from rdflib.namespace import RDF, SH

    from kg.namespaces import ONTOLOGY_DIR
    from kg.validate import load_shapes, validate_graph

    tip, qb = Namespace("https://w3id.org/tip-kg/ontology#"), Namespace("http://purl.org/linked-data/cube#")
    structure = Graph().parse(ONTOLOGY_DIR / "tip.ttl")
    dimensions = sorted(d for c in structure.objects(tip.statisticsStructure, qb.component)
                        for d in structure.objects(c, qb.dimension))
    key = URIRef("https://w3id.org/tip-kg/shapes#StatisticalObservation-key")
    shapes = Graph()
    shapes += load_shapes()
    if part == "constraint":
        shapes.remove((key, SH.target, None))
        shapes.add((key, SH.targetClass, tip.StatisticalObservation))
    elif part == "target":  # the target selects both, and a constraint of its own reports each
        shapes.remove((key, SH.sparql, None))
        shapes.add((key, SH.sparql, constraint := BNode()))
        shapes.add((constraint, SH.select, Literal("SELECT $this ?value WHERE { BIND ($this AS ?value) }")))

    def warned(differing):  # the IC-12 results of two observations, differing in the properties given
        graph = Graph()
        for name in ("a", "b"):
            observation = URIRef(f"https://w3id.org/tip-kg/id/doc/x/observation/{name}")
            graph.add((observation, RDF.type, tip.StatisticalObservation))
            for dimension in dimensions + [tip.reportYear]:
                graph.add((observation, dimension, Literal(name if dimension in differing else "same")))
        if engine == "shacl":
            return {(v.focus.rsplit("/", 1)[1], v.value_iri.rsplit("/", 1)[1])
                    for v in validate_graph(graph, shapes).violations if v.shape == "tipsh:StatisticalObservation-key"}
        import pyshacl

        _, results, _ = pyshacl.validate(graph, shacl_graph=shapes, inference="none", advanced=True,
                                         allow_warnings=True)
        return {(str(results.value(r, SH.focusNode)).rsplit("/", 1)[1], str(results.value(r, SH.value)).rsplit("/", 1)[1])
                for r in results.subjects(SH.sourceShape, key)}

    assert len(dimensions) == 11
    assert warned({tip.reportYear}) == ({("a", "a"), ("b", "b")} if part == "target" else {("a", "b"), ("b", "a")})
    assert all(warned({dimension}) == set() for dimension in dimensions)
