"""RDF writers of the government-response families (assessment detail, statistics, laws,
policies, actors, findings, recommendations).

Concepts are found by their ``skos:notation`` in the vocabulary (``ontology/tip.ttl`` and
``ontology/response.ttl``). Statistics are RDF Data Cube observations of ``tip:statistics``.
Actors are shared nodes: one per kind and country (``id:actor/XK/ngos``), or one in all
(``id:actor/iom``) for international organisations; each mention adds a ``tip:mentionedIn`` span.
"""
from __future__ import annotations

import functools
import re

from rdflib import Literal, URIRef
from rdflib.term import Node

from ..model import (
    ActorFact,
    ActorRef,
    ComplianceFact,
    FindingFact,
    LawFact,
    PenaltyFact,
    PolicyFact,
    RecommendationFact,
    StatisticFact,
    TierMovementFact,
)
from ..vocab import (
    ID,
    QB,
    SDMX_ATTRIBUTE,
    SDMX_MEASURE,
    TIP,
    concept_iri,
    country_iri,
    fact_iri,
    slug,
    vocabulary_graph,
)
from . import PROV, RDF, RDFS, SKOS, XSD, DocumentGraph, literal, text_literal, writes
from .profile import form as form_concept


@functools.lru_cache(maxsize=None)
def _actor_kind(kind: str) -> tuple[URIRef, Node | None, Node | None]:
    """An actor kind's concept, its class and its scope, read from the vocabulary once (each mention asks)."""
    concept = concept_iri("ActorScheme", kind)
    graph = vocabulary_graph()
    return concept, graph.value(concept, TIP.actorClass), graph.value(concept, TIP.actorScope)


def actor_iri(out: DocumentGraph, actor: ActorRef) -> URIRef:
    """IRI of an actor: global kinds once for all, other kinds once per country."""
    key = actor.kind if actor.kind != "ministry" else f"ministry-{slug(actor.name)}"
    if str(_actor_kind(actor.kind)[2]) == "global":
        return ID[f"actor/{slug(key)}"]
    if out.document.country:
        return ID[f"actor/{out.document.country.upper()}/{slug(key)}"]
    return fact_iri(out.document.id, "actor", key)


def write_actor(out: DocumentGraph, actor: ActorRef) -> URIRef:
    """Write an actor node (type, kind, label) and return its IRI: shared, unless the document has no country."""
    iri = actor_iri(out, actor)
    kind, actor_class, scope = _actor_kind(actor.kind)
    write = out.add if str(iri).startswith(str(out.doc) + "/") else out.share
    write(iri, RDF.type, actor_class)
    write(iri, TIP.actorKind, kind)
    if actor.kind == "government" and out.document.country_name:
        label = f"Government of {out.document.country_name}"
    elif scope != literal("global") and actor.kind != "ministry" \
            and out.document.country_name:
        label = f"{actor.name} ({out.document.country_name})"
    else:
        label = actor.name
    write(iri, RDFS.label, text_literal(label, "en"))
    return iri


def _link_actors(out: DocumentGraph, node: URIRef, actors) -> None:
    for actor in actors:
        out.add(node, TIP[actor.relation], write_actor(out, actor))


def _number(value: int | float) -> Literal:
    return Literal(value, datatype=XSD.integer) if isinstance(value, int) else Literal(str(value), datatype=XSD.decimal)


def _decimal(value: float) -> Literal:
    return Literal(f"{value:g}" if value != int(value) else str(int(value)), datatype=XSD.decimal)


def law_iri(out: DocumentGraph, name: str) -> URIRef:
    """The node of the law named ``name`` in the document: the law it names again, if it does ("the 2014 act")."""
    again = next((f.same_as for f in out.facts_of(LawFact) if f.same_as and f.name == name), None)
    return fact_iri(out.document.id, "law", again or name)


@writes(ComplianceFact)
def write_compliance(out: DocumentGraph, fact: ComplianceFact) -> None:
    node = out.fact("assessment", (), TIP.CountryAssessment, fact.span)
    out.add(node, TIP.compliance, concept_iri("ComplianceScheme", fact.level))


@writes(TierMovementFact)
def write_movement(out: DocumentGraph, fact: TierMovementFact) -> None:
    node = out.fact("assessment", (), TIP.CountryAssessment, fact.span)
    if fact.movement:
        out.add(node, TIP.tierMovement, concept_iri("TierMovementScheme", fact.movement))
    if fact.consecutive_years:
        out.add(node, TIP.consecutiveYears, literal(fact.consecutive_years))


def _code(iri: object) -> str:
    """The local name of a code's IRI, for a path segment (``tip:CategoryFemale`` -> ``CategoryFemale``)."""
    text = str(iri)
    return text.rsplit("#", 1)[-1] if "#" in text else text.removeprefix(str(ID)).replace("/", "-")


#: a number in what an observation counts that is no term of sentences ("sentenced to 12 years" stays):
#: another count's, which must not move this observation's IRI when it is corrected
_COUNT_NUMBER = re.compile(r"(?<![\w.,])(?!(?:19|20)\d\d\b)\d[\d,.]*(?![\w.,]|\s+(?:years?|months?|weeks?|days?)\b)")


def observation_key(fact: StatisticFact) -> tuple:
    """What identifies an observation in its document's data: its dimensions, never its value or place.

    Measure, reference year, breakdown, category, counted subject, unit, conversion, counted
    unit, agency and case stage (``na`` where one is not stated)."""
    if not fact.breakdown:
        category = "total"
    elif fact.category_country:
        category = f"{fact.breakdown}-{fact.category_country}"
    elif fact.category_code:
        category = f"{fact.breakdown}-{_code(fact.category_code)}"
    else:
        category = f"{fact.breakdown}-{' '.join((fact.category or 'na').lower().split())}"
    subject = " ".join(_COUNT_NUMBER.sub("", (fact.counted or fact.subject or "na").lower()).split()) or "na"
    return (fact.measure, fact.year or "na", category, subject, fact.unit,
            "usd" if fact.conversion_of is not None else "as-stated", fact.counts or "na",
            _code(fact.agency) if fact.agency else "na", _code(fact.stage) if fact.stage else "na")


def observation_iri(out: DocumentGraph, fact: StatisticFact) -> URIRef:
    """IRI of an observation, from its key in the data (:func:`observation_key`), never its value or
    its character offset, so a corrected count, or one corrected before it, keeps its resource
    (issue #19: "24" corrected to "124" moved the IRIs of the 8 observations after it).

    Two facts of a document with one key are one observation when they are one figure (read
    twice at one place) or a zero total stated again ("no traffickers were convicted"; "did not
    convict"); otherwise the second and later get an ordinal (``/2``, ``/3``) in text order."""
    minted = out.minted.get("observation")
    if minted is None:
        minted = out.minted["observation"] = _mint_observations(out)
    return minted.get(fact) or fact_iri(out.document.id, "observation", *observation_key(fact))


def _mint_observations(out: DocumentGraph) -> dict[StatisticFact, URIRef]:
    """The IRIs of all the document's observations: key, and an ordinal after the first of a key."""
    places: dict[tuple, list[int]] = {}  # a key's span starts, in the order of its ordinals
    zeros: dict[tuple, URIRef] = {}  # a zero total's IRI by its key without agency and stage (the last two)
    minted: dict[StatisticFact, URIRef] = {}
    facts = sorted((f for f in out.extraction.facts if isinstance(f, StatisticFact)),
                   key=lambda f: (f.span.start, f.span.end))
    for fact in facts:
        # counted on the key as the IRI writes it: "anti-trafficking operations" and "anti trafficking
        # operations" are one slug, and would get one IRI with ordinal 0 each
        key = tuple(slug(str(part)) for part in observation_key(fact))
        zero_total = fact.value == 0 and fact.breakdown is None and fact.conversion_of is None
        if zero_total and key[:-2] in zeros:
            # a zero stated again, in other words too: "no traffickers were convicted" and "authorities
            # did not ... convict" (2022 Nicaragua) deny one figure, whoever each names
            minted.setdefault(fact, zeros[key[:-2]])
            continue
        seen = places.setdefault(key, [])
        if fact.span.start not in seen:  # a figure read twice at one place is one observation
            seen.append(fact.span.start)
        rank = seen.index(fact.span.start)
        iri = minted.setdefault(fact, fact_iri(out.document.id, "observation", *key, *((rank + 1,) if rank else ())))
        if zero_total:
            zeros.setdefault(key[:-2], iri)
    return minted


def counted_subject(out: DocumentGraph, words: str | None) -> URIRef:
    """The code of what was counted: one per wording (shared by the documents that use it), or
    tip:SubjectUnstated."""
    label = " ".join((words or "").lower().split())
    if not label:
        return TIP.SubjectUnstated
    code = ID[f"subject/{slug(label)}"]
    out.share(code, RDF.type, SKOS.Concept)
    out.share(code, SKOS.inScheme, TIP.CountedSubjectScheme)
    out.share(code, SKOS.notation, literal(slug(label)))
    out.share(code, RDFS.label, _code_label(label))
    return code


def _code_label(words: str) -> Literal:
    """The one label of a code minted from wordings: the words of its slug, the same for every wording of
    the code ("anti-trafficking operations", "anti trafficking operations"). A label per wording gave a
    code two, and cq06/cq07, which read it beside each observation, added every such observation twice."""
    return Literal(" ".join(slug(words).replace("-", " ").split()), lang="en")


def breakdown_category(out: DocumentGraph, fact: StatisticFact) -> URIRef:
    """The code of a part's category on its breakdown: a code of a code list where one exists
    (tip:SexTrafficking, tip:CategoryFemale, tip:CategoryChild, id:country/IR), else one per dimension
    and wording (``id:category/other/trial``), shared by the documents that use it;
    tip:CategoryTotal on a total, tip:CategoryUnstated on a part whose words name none."""
    if not fact.breakdown:
        return TIP.CategoryTotal
    label = " ".join((fact.category or "").lower().split())
    if not label:
        return TIP.CategoryUnstated
    if fact.category_country:
        country = country_iri(fact.category_country)
        out.share(country, RDF.type, SKOS.Concept)  # a code of the list too (Data Cube IC-19)
        out.share(country, SKOS.inScheme, TIP.BreakdownCategoryScheme)
        return country
    if fact.category_code:
        return URIRef(fact.category_code)
    code = ID[f"category/{fact.breakdown}/{slug(label)}"]
    out.share(code, RDF.type, SKOS.Concept)
    out.share(code, SKOS.inScheme, TIP.BreakdownCategoryScheme)
    out.share(code, SKOS.broader, concept_iri("BreakdownScheme", fact.breakdown))
    out.share(code, SKOS.notation, literal(f"{fact.breakdown}/{slug(label)}"))
    out.share(code, RDFS.label, _code_label(label))
    return code


@writes(StatisticFact)
def write_statistic(out: DocumentGraph, fact: StatisticFact) -> None:
    node = observation_iri(out, fact)
    # a zero stated again, or a figure read twice at one place: its first reading's dimensions stay
    restated = out.value(node, TIP.countedSubject) is not None
    out.fact_node(node, TIP.StatisticalObservation, fact.span)
    out.add(node, QB.dataSet, TIP.statistics)
    out.add(node, TIP.statedIn, out.doc)  # a dimension: two reports may state a figure for one year
    out.add(node, TIP.measure, concept_iri("MeasureScheme", fact.measure))
    if out.country is not None:
        out.add(node, TIP.refArea, out.country)
    if fact.year is not None:
        out.add(node, TIP.refYear, literal(fact.year))
    out.add(node, SDMX_MEASURE.obsValue, _number(fact.value))
    if fact.unit != "none":  # a zero amount with no currency written has no unit
        out.add(node, SDMX_ATTRIBUTE.unitMeasure, concept_iri("UnitScheme", fact.unit))
    if not restated:
        # a dimension: what was counted; a comparison or a part counts what its figure counts unless it says
        out.add(node, TIP.countedSubject, counted_subject(out, fact.counted or fact.subject))
        if fact.subject:
            out.add(node, TIP.statisticSubject, literal(fact.subject))
    if fact.threshold is not None:
        out.add(node, TIP.sentenceThreshold, _decimal(fact.threshold))
    if fact.law:
        out.add(node, TIP.underLaw, law_iri(out, fact.law))
    out.add(node, TIP.breakdownBy, concept_iri("BreakdownScheme", fact.breakdown or "total"))
    if not restated:
        out.add(node, TIP.breakdownCategory, breakdown_category(out, fact))  # a dimension: which part
    if fact.breakdown:
        if fact.total is not None:
            out.add(node, TIP.breakdownOf, observation_iri(out, fact.total))
    # a dimension: an amount and its dollar conversion are two observations of one cell
    out.add(node, TIP.conversion, TIP.AsStated if fact.conversion_of is None else TIP.ConvertedToUSD)
    if fact.conversion_of is not None:
        out.add(node, TIP.conversionOf, observation_iri(out, fact.conversion_of))
    if not restated:  # a dimension: cases or people, or unstated (every observation has it: Data Cube IC-11)
        out.add(node, TIP.countedUnit, concept_iri("CountedUnitScheme", fact.counts or "unstated"))
        # a dimension: who states or performs the count ("the federal government", "the state governments")
        out.add(node, TIP.countedBy, URIRef(fact.agency) if fact.agency else TIP.AgencyUnstated)
        # a dimension: "initiated prosecutions of 28 ... and continued prosecution of seven" are two cells
        out.add(node, TIP.caseStage, URIRef(fact.stage) if fact.stage else TIP.StageUnstated)
    _link_actors(out, node, fact.actors)


def penalty_iri(out: DocumentGraph, fact: PenaltyFact) -> URIRef:
    """IRI of a penalty range: its law, forms and unit, never its bounds (a corrected bound keeps the
    resource); a second range of one key in the document, with other bounds, gets an ordinal, and
    one stated again with the same bounds is the same range."""
    def key(penalty: PenaltyFact) -> tuple:
        return (penalty.law or "na", "-".join(sorted(penalty.forms)) or "na", penalty.unit)

    minted = out.minted.get("penalty")
    if minted is None:
        minted = out.minted["penalty"] = {}
        bounds: dict[tuple, list[tuple]] = {}
        for each in sorted((f for f in out.extraction.facts if isinstance(f, PenaltyFact)), key=lambda f: f.span.start):
            seen = bounds.setdefault(key(each), [])
            if (each.minimum, each.maximum) not in seen:
                seen.append((each.minimum, each.maximum))
            rank = seen.index((each.minimum, each.maximum))
            minted[each] = fact_iri(out.document.id, "penalty", *key(each), *((rank + 1,) if rank else ()))
    return minted.get(fact) or fact_iri(out.document.id, "penalty", *key(fact))


@writes(PenaltyFact)
def write_penalty(out: DocumentGraph, fact: PenaltyFact) -> None:
    node = penalty_iri(out, fact)
    out.fact_node(node, TIP.PenaltyRange, fact.span)
    if fact.minimum is not None:
        out.add(node, TIP.minimumValue, _decimal(fact.minimum))
    if fact.maximum is not None:
        out.add(node, TIP.maximumValue, _decimal(fact.maximum))
    out.add(node, SDMX_ATTRIBUTE.unitMeasure, concept_iri("UnitScheme", fact.unit))
    if fact.commensurate is not None:
        out.add(node, TIP.commensurate, literal(fact.commensurate))
    for form in fact.forms:
        out.add(node, TIP.form, form_concept(form))
    if fact.law:
        out.add(law_iri(out, fact.law), TIP.prescribesPenalty, node)


@writes(LawFact)
def write_law(out: DocumentGraph, fact: LawFact) -> None:
    node = out.fact("law", (fact.same_as or fact.name,), TIP.Law, fact.span)
    if out.value(node, RDFS.label) is None:
        out.add(node, RDFS.label, text_literal(fact.same_as or fact.name, "en"))
    if fact.year is not None and out.value(node, TIP.year) is None:
        out.add(node, TIP.year, literal(fact.year))
        if fact.month is not None:
            out.add(node, TIP.month, literal(fact.month))
    for form in fact.criminalizes:
        out.add(node, TIP.criminalizes, form_concept(form))
    if fact.action and out.value(node, TIP.policyAction) is None:
        out.add(node, TIP.policyAction, concept_iri("PolicyActionScheme", fact.action))


@writes(PolicyFact)
def write_policy(out: DocumentGraph, fact: PolicyFact) -> None:
    peers = [f.same_as or f.span for f in out.facts_of(PolicyFact) if f.policy_type == fact.policy_type]
    place = out.place(fact.same_as or fact.span, peers)
    node = out.fact("policy", (fact.policy_type, *place), TIP.PolicyMeasure, fact.span)
    _link_actors(out, node, fact.actors)
    if fact.same_as is not None:
        return  # a policy named again: its mention is one more source of the node its first mention wrote
    out.add(node, TIP.measureType, concept_iri("PolicyTypeScheme", fact.policy_type))
    out.add(node, RDFS.label, text_literal(fact.label, "en"))
    if fact.action:
        out.add(node, TIP.policyAction, concept_iri("PolicyActionScheme", fact.action))
    if fact.year is not None:
        out.add(node, TIP.year, literal(fact.year))
    if fact.month is not None:
        out.add(node, TIP.month, literal(fact.month))


@writes(ActorFact)
def write_actor_mention(out: DocumentGraph, fact: ActorFact) -> None:
    iri = write_actor(out, fact.actor)
    out.add(iri, TIP.mentionedIn, out.span(fact.span))


@writes(FindingFact)
def write_finding(out: DocumentGraph, fact: FindingFact) -> None:
    peers = [f.span for f in out.facts_of(FindingFact) if f.kind == fact.kind]
    node = out.fact("finding", (fact.kind, *out.place(fact.span, peers)), TIP.Finding, fact.span)
    out.add(node, TIP.findingKind, concept_iri("FindingKindScheme", fact.kind))
    if fact.area:
        out.add(node, TIP.area, concept_iri("ResponseAreaScheme", fact.area))
    if fact.year is not None:
        out.add(node, TIP.year, literal(fact.year))
    _link_actors(out, node, fact.actors)


@writes(RecommendationFact)
def write_recommendation(out: DocumentGraph, fact: RecommendationFact) -> None:
    node = out.fact("recommendation", (fact.order,), TIP.Recommendation, fact.span)
    out.add(node, TIP.order, literal(fact.order))
    if fact.area:
        out.add(node, TIP.area, concept_iri("ResponseAreaScheme", fact.area))
    out.add(node, TIP.prioritized, literal(fact.prioritized))
    out.add(node, PROV.value, literal(out.document.text[fact.span.start:fact.span.end]))
    out.add(node, TIP.recommendationKind, concept_iri("RecommendationKindScheme", fact.kind))
    out.add(node, TIP.truncated, literal(fact.truncated))
