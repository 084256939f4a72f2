"""RDF writers of the assessment and profile families."""
from __future__ import annotations

from ..model import FormFact, RoleFact, RouteFact, TierFact, VictimFact
from ..vocab import TIP, concept_iri, place_iri
from . import RDFS, DocumentGraph, literal, writes


def form(key: str):
    """The form-of-exploitation concept of a guideline key (``forced_begging``)."""
    return concept_iri("FormScheme", key)


def demographic(key: str):
    """The demographic concept of a guideline key (``girls``)."""
    return concept_iri("DemographicScheme", key)


@writes(TierFact)
def write_tier(out: DocumentGraph, fact: TierFact) -> None:
    node = out.fact("assessment", (), TIP.CountryAssessment, fact.span)
    out.add(node, TIP.tier, concept_iri("TierScheme", fact.tier))


@writes(RoleFact)
def write_role(out: DocumentGraph, fact: RoleFact) -> None:
    node = out.fact("role", (fact.role,), TIP.RoleStatement, fact.span)
    out.add(node, TIP.role, concept_iri("RoleScheme", fact.role))


@writes(FormFact)
def write_form(out: DocumentGraph, fact: FormFact) -> None:
    node = out.fact("form", (fact.form,), TIP.ExploitationStatement, fact.span)
    out.add(node, TIP.form, form(fact.form))


@writes(VictimFact)
def write_victims(out: DocumentGraph, fact: VictimFact) -> None:
    # One node per group and qualifier, so "Roma children" keep their own forms.
    node = out.fact("victims", (fact.group, fact.qualifier or "all"), TIP.VictimGroup, fact.span)
    out.add(out.doc, TIP.victimGroup, node)  # the way from a country's documents to their victim groups (cq05)
    out.add(node, TIP.demographic, demographic(fact.group))
    if fact.qualifier:
        out.add(node, TIP.qualifier, literal(fact.qualifier))
    for key in fact.forms:
        out.add(node, TIP.form, form(key))


@writes(RouteFact)
def write_route(out: DocumentGraph, fact: RouteFact) -> None:
    node = out.fact("route", (f"{fact.origin}--{fact.destination}",), TIP.Route, fact.span)
    out.add(node, TIP.fromPlace, place_iri(fact.origin))
    out.add(node, TIP.toPlace, place_iri(fact.destination))
    out.add(node, RDFS.label, literal(f"{fact.origin} → {fact.destination}"))
    for key in fact.forms:
        out.add(node, TIP.form, form(key))
    for group in fact.victims:
        out.add(node, TIP.demographic, demographic(group))
