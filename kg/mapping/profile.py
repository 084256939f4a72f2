"""RDF writers of the assessment and profile families."""
from __future__ import annotations

from rdflib import Literal
from rdflib.namespace import RDFS

from ..model import FormFact, RoleFact, RouteFact, TierFact, VictimFact
from ..vocab import TIP, place_iri
from . import DocumentGraph, writes

TIERS = {"Tier 1": TIP.Tier1, "Tier 2": TIP.Tier2, "Tier 2 Watch List": TIP.Tier2WatchList,
         "Tier 3": TIP.Tier3, "Special Case": TIP.SpecialCase}
ROLES = {"source": TIP.SourceRole, "transit": TIP.TransitRole, "destination": TIP.DestinationRole,
         "internal": TIP.InternalRole}


def concept(key: str):
    """IRI of a form or demographic concept from its guideline key (``forced_begging`` → ``tip:ForcedBegging``)."""
    return TIP["".join(part.capitalize() for part in key.split("_"))]


@writes(TierFact)
def write_tier(out: DocumentGraph, fact: TierFact) -> None:
    node = out.fact("assessment", (), TIP.CountryAssessment, fact.span)
    out.add(node, TIP.tier, TIERS[fact.tier])


@writes(RoleFact)
def write_role(out: DocumentGraph, fact: RoleFact) -> None:
    node = out.fact("role", (fact.role,), TIP.RoleStatement, fact.span)
    out.add(node, TIP.role, ROLES[fact.role])


@writes(FormFact)
def write_form(out: DocumentGraph, fact: FormFact) -> None:
    node = out.fact("form", (fact.form,), TIP.ExploitationStatement, fact.span)
    out.add(node, TIP.form, concept(fact.form))


@writes(VictimFact)
def write_victims(out: DocumentGraph, fact: VictimFact) -> None:
    node = out.fact("victims", (fact.group,), TIP.VictimGroup, fact.span)
    out.add(node, TIP.demographic, concept(fact.group))
    if fact.qualifier:
        out.add(node, TIP.qualifier, Literal(fact.qualifier))
    for form in fact.forms:
        out.add(node, TIP.form, concept(form))


@writes(RouteFact)
def write_route(out: DocumentGraph, fact: RouteFact) -> None:
    node = out.fact("route", (f"{fact.origin}--{fact.destination}",), TIP.Route, fact.span)
    out.add(node, TIP.fromPlace, place_iri(fact.origin))
    out.add(node, TIP.toPlace, place_iri(fact.destination))
    out.add(node, RDFS.label, Literal(f"{fact.origin} → {fact.destination}"))
    for form in fact.forms:
        out.add(node, TIP.form, concept(form))
    for group in fact.victims:
        out.add(node, TIP.demographic, concept(group))
