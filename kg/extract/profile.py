"""Profile family: the trafficking profile of the subject country.

Reads the profile and assessment clauses (:mod:`.profile_text`) and returns

* :class:`~kg.model.RoleFact` -- source, transit, destination, stated ("is a source and transit
  country") or implied by a statement of fact (nationals exploited abroad, foreign victims
  exploited in the country, victims moved through it), and ``internal``;
* :class:`~kg.model.FormFact` -- forms of exploitation by the guideline concept table;
* :class:`~kg.model.VictimFact` -- demographic groups, with a qualifier ("Roma communities")
  and the forms the clause names for them;
* :class:`~kg.model.RouteFact` -- directed movements touching the subject country
  (:mod:`.profile_places` gives each place its relation);
* :class:`~kg.model.PlaceWarning` -- capitalised names in a place position that the gazetteer
  does not know (never guessed).

Wordings live in ``ontology/lexicon.ttl`` (:mod:`.profile_lexicon`). What a clause names only
as a risk ("vulnerable to") gives nothing; assessment clauses count only when they state
exploitation, and a form named in a legal context ("penalties for sex trafficking") is no fact.
"""
from __future__ import annotations

import dataclasses
import functools
import re

from ..model import (
    Document,
    Fact,
    FormFact,
    PlaceWarning,
    RoleFact,
    RouteFact,
    Sentence,
    Span,
    VictimFact,
)
from ..places import Gazetteer, load_gazetteer
from .lexicon import each_finditer, word_class_alternation
from .prefilter import may_match
from .profile_lexicon import FORMS, Lexicon, lexicon
from .profile_places import PlaceRef, partner_relation, place_refs, subject_is_transit
from .profile_text import (
    EXPLOITATION,
    Clause,
    clauses,
    exploitation_act,
    strong_exploitation,
)

ROLE_WORDS = ("source", "transit", "destination")

_ROLE = re.compile(r"\b(source|transit|destination|origin)\b", re.I)
#: What may stand between a role word and the noun of "a source, transit, and destination country".
_ROLE_GAP = re.compile(
    r"^(?:[\s,]|\b(?:and|or|a|an|to|much|lesser|greater|extent|degree|possible|potential|primarily|mainly|"
    r"principally|secondarily|largely|partly|chiefly|predominantly|also|increasingly|significant|major|growing|key|"
    r"important|regional|international|secondary|"
    r"source|transit|destination|country\s+of|point\s+of|place\s+of)\b)*"
    r"(?:country|countries|point|points|hub|area|location|nation|state|zone|corridor)\b", re.I)
#: "is a source for children", "is also a destination for women" (not "a destination for sex tourism"), "is primarily
#: a source and, to a much lesser extent, a destination for men and women".
_ROLE_FOR = re.compile(r"\b(?:is|are|was|remains?|became|has\s+become)\s+(?:also\s+|primarily\s+|mainly\s+)?(?:a|an)\s+"
                       r"((?:\w+\s+)?(?:source|transit|destination)(?:[\s,]*\b(?:and|or)\b[\s,]*(?:(?:a|an)\s+)?(?:\w+\s+)?"
                       r"(?:source|transit|destination))*)\s+for\b(?!\s+(?:\w+\s+)?sex\s+tour)", re.I)
#: "recruitment companies in source countries", "employers in destination countries": other countries' role.
_OTHER_COUNTRIES_ROLE = re.compile(r"(?<!\bone\s)(?<!\bsome\s)(?<!\bamong\s)"  # "Mali is one of the transit points"
                                   r"\b(?:in|from|to|into|of|across)\s+(?:the\s+|their\s+|other\s+|some\s+|many\s+)?$", re.I)
_NO_LONGER = re.compile(r"\b(?:no\s+longer|not(?!\s+only\b))\s+(?:\w+\s+){0,3}$", re.I)
#: "a country of origin, transit, and destination for women": each role word after "country of".
_COUNTRY_OF = re.compile(r"\b(?:country|place|point)\s+of\s+((?:(?:origin|transit|destination)(?:\s*,\s*|,?\s+(?:and|or)\s+)?)+)",
                         re.I)


@functools.lru_cache(maxsize=1)
def _internal_stated() -> re.Pattern:
    """Wordings of internal trafficking ("trafficked internally", "domestic and foreign victims", "within the country",
    "from rural areas to the cities"); their words are word classes of lexicon.ttl (tip:NotInternalTraffickingWords,
    tip:InternalAdverbs, tip:CrossBorderAdjectives, tip:DomesticTraffickingNouns, tip:WithinPlaceNouns,
    tip:UrbanDestinationWords), built on first use."""
    words = word_class_alternation
    return re.compile(
        rf"\binternal(?:ly)?\b(?!\s+{words('NotInternalTraffickingWords')})|\b{words('InternalAdverbs')}\b"
        rf"|\bdomestic\s+(?:and\s+{words('CrossBorderAdjectives')}\s+)?{words('DomesticTraffickingNouns')}\b"
        rf"|\bwithin\s+(?:the\s+|its\s+|their\s+|national\s+)?{words('WithinPlaceNouns')}\b"
        rf"|\bfrom\s+(?:poor\s+)?rural\s+(?:\w+\s+){{0,3}}?to\s+(?:the\s+)?{words('UrbanDestinationWords')}", re.I)


_ANAPHORA = re.compile(r"\s*(?P<once>once\s+(?:in|there)\b[^,]{0,40},\s*)?(?:and\s+)?(?:(?:some|many|most|all)\s+of\s+(?:these|those|them|the\s+\w+)"
                       r"|these|those|they|others)\b", re.I)
_LAW_SUBJECT = re.compile(r"\s*(?:the\s+)?(?:[\w’'-]+\s+){0,2}?(?:law|laws|legislation|penal\s+code|constitution|statute)\b", re.I)
_THROUGHOUT = re.compile(r"\bthroughout\s+the\s+country\b|\bacross\s+the\s+country\b", re.I)
_TO_CAPITAL = re.compile(r"\bto\s+(?:the\s+)?(?:capital|cities|urban\s+\w+|towns|major\s+cities)\b", re.I)
_NOT_INTERNAL_MIGRATION = re.compile(r"\binternal(?:ly)?\s+displaced\b", re.I)


@functools.lru_cache(maxsize=1)
def _qualifier_phrase() -> re.Pattern:
    """"particularly from Roma communities": the victims' community (case-sensitive; tip:QualifiedGroupFocusWords,
    tip:QualifiedGroupNouns of lexicon.ttl, built on first use)."""
    words = word_class_alternation
    return re.compile(rf"\b{words('QualifiedGroupFocusWords')}?\s*(?:from|among|in)\s+(?:the\s+)?"
                      rf"((?:[A-Z][\w-]+\s+)+{words('QualifiedGroupNouns')})", re.U)


_QUALIFIER_WORDS = re.compile(
    r"\b(?:migrant|refugee|displaced|street|domestic\s+worker|orphaned|disabled|indigenous|rural)\b", re.I)
#: Victims deported from the subject were foreigners there: "authorities ... deported potential trafficking victims",
#: "victims held in detention centers pending deportation", "victims being penalized, through arrest, ... or deportation".
_DEPORTED_VICTIMS = re.compile(r"\bdeport(?:ed|s|ing)?\s+(?:\w+\s+){0,4}?victims\b"
                               r"|\bvictims\b[^;]{0,80}?\b(?:deport(?:ed|ation)|pending\s+deportation)\b", re.I)
#: The exploiters' own journey: "men from the US travel to Cambodia for child sex tourism", "wealthy men from the Gulf
#: reportedly travel to Egypt to purchase 'temporary marriages'", "Men from Middle Eastern countries use legally
#: contracted 'temporary marriages' as a means to sexually exploit young girls and women in Mauritania".
_BUYER_VERB = r"(?:use|exploit|buy|purchase|pay|travel|seek)s?\b"
_BUYERS_TRAVEL = re.compile(r"\bsex\s+touris|\btravel\w*\s+to\s+(?:\w+\s+){0,3}?to\s+(?:purchase|buy|pay\s+for|procure)\b"
                            r"|^\s*(?:some\s+|wealthy\s+|foreign\s+)?(?:men|tourists|clients|customers|buyers)\s+from\s+[^;]*?\b"
                            + _BUYER_VERB, re.I)
#: "wealthy men from the Gulf reportedly travel to Egypt to purchase ...": the buyers, not victims.
_BUYERS_FROM = re.compile(r"\s+from\s+(?:the\s+)?(?:[A-Z][\w’'-]*\s+){1,3}(?:countries\s+)?(?:\w+ly\s+)?" + _BUYER_VERB)


@functools.lru_cache(maxsize=1)
def _law_covers() -> re.Pattern:
    """"a 2006 draft law prohibiting the trafficking of": what a law covers (tip:CoveringLawNouns, tip:LawCoveringVerbs
    of lexicon.ttl, built on first use)."""
    words = word_class_alternation
    return re.compile(rf"\b{words('CoveringLawNouns')}\b[^;]{{0,40}}?\b{words('LawCoveringVerbs')}\s+(?:[\w-]+\s+){{0,4}}$",
                      re.I)


_AGENT_VERB = re.compile(r"\s+(?:often\s+|also\s+|reportedly\s+|allegedly\s+)?(?:exploit|force|coerce|abuse|recruit|lure|"
                         r"subject|compel|rape|kidnap|abduct|pimp)s?\b", re.I)  # not "sell", "buy": "children sell goods"


@functools.lru_cache(maxsize=1)
def _victims_from() -> re.Pattern:
    """"women and girls from": victims from a place (tip:MovingVictimNouns of lexicon.ttl, built on first use)."""
    return re.compile(rf"\b{word_class_alternation('MovingVictimNouns')}\b[^;]{{0,40}}?\bfrom\s+(?:the\s+)?(?:[\w-]+\s+){{0,3}}$",
                      re.I)


_CAPITALISED = re.compile(r"\b(?:from|to|into|in|through|via|within|throughout|across)\s+(?:the\s+)?"
                          r"([A-Z][\w’'-]+(?:\s+(?:[A-Z][\w’'-]+|of|de|al|el))*)")


def extract(document: Document, sentences: list[Sentence], gazetteer: Gazetteer, warnings: list) -> list[Fact]:
    """Return the profile facts of ``document`` and append unresolved place names to ``warnings``.

    Examples
    --------
    >>> from kg.sources import read_sources
    >>> from kg.segment import segment
    >>> from kg.places import load_gazetteer
    >>> doc = read_sources(["data/kosovo-2009.txt"])[0][0]
    >>> facts = extract(doc, segment(doc), load_gazetteer(), [])
    >>> sorted({(f.origin, f.destination) for f in facts if isinstance(f, RouteFact)})
    [('XK', 'AL'), ('XK', 'IT'), ('XK', 'MK'), ('XK', 'europe'), ('eastern-europe', 'XK')]
    """
    lex = lexicon()
    subject = document.country or ""
    facts: list[Fact] = []
    previous: list[PlaceRef] = []
    for clause in clauses(document, sentences):
        if clause.vulnerable_only or clause.smuggling_only:
            # "Men, women, and children from sub-Saharan Africa enter Morocco ... with the assistance of smugglers;
            # once in Morocco, some of the women ... are coerced into prostitution": who they are carries over.
            previous = [r for r in place_refs(clause, gazetteer, lex, subject) if r.relation in ("origin", "origin+via")] \
                or previous
            continue
        forms = _forms(clause, lex)
        groups = _groups(clause, lex)
        if clause.kind != "profile" and not clause.states_exploitation:
            # A form named in passing ("efforts to fight child sex tourism"): the form, and a group only
            # when the form's own words name it ("child sex tourism").
            inside = [g for g in groups if any(f.span.start <= clause.start + g[0] < f.span.end for f in forms)]
            facts += forms
            facts += _victims(clause, inside, forms)
            continue
        if clause.kind != "profile" and not exploitation_act().search(clause.outside_vulnerable()):
            # Victims named in the government's work ("identifying more victims", "services for male victims"):
            # the groups, and foreign or deported victims make a destination ("did not offer the reflection period
            # to foreign victims", "deported potential trafficking victims"), but no movement ("efforts to monitor
            # Malagasy migrant workers' conditions in Jordan").
            facts += forms
            facts += _victims(clause, groups, forms)
            marker = _foreign_victims(clause)
            if marker and not _nationals_before(clause, marker.start(), gazetteer, subject):
                facts.append(RoleFact(span=_span(clause, marker.start(), marker.end()), role="destination"))
            continue
        refs = place_refs(clause, gazetteer, lex, subject)
        anaphor = _ANAPHORA.match(clause.text)
        abroad_before = False
        if anaphor and not any(r.relation == "origin" or r.subject for r in refs if r.start >= anaphor.end("once")):
            # "others are subjected to involuntary servitude in Iraq": the victims of the clause before.
            # Taken abroad there ("migrate for work to ... Some of these workers subsequently face conditions
            # of forced labor"), they are not exploited at home.
            abroad_before = any(not r.subject and r.relation in ("dest", "loc", "via", "both") for r in previous)
            # The carried places were named in an earlier clause: their facts are stated here, by the anaphor.
            said = anaphor.start() + len(anaphor.group(0)) - len(anaphor.group(0).lstrip())
            refs = [dataclasses.replace(r, start=said, end=anaphor.end()) for r in previous
                    if r.relation in ("origin", "origin+via") or r.subject and r.relation == "via"] + refs
        previous = refs
        facts += forms
        facts += _victims(clause, groups, forms)
        routes = _routes(clause, refs, subject, forms, groups)
        facts += routes
        facts += _roles(clause, refs, routes, subject, lex)
        if not abroad_before:
            facts += _internal(clause, refs, subject, groups, forms, lex)
        _warn(clause, refs, gazetteer, lex, warnings)
    return facts


def _span(clause: Clause, start: int, end: int) -> Span:
    return Span(clause.sentence.index, clause.start + start, clause.start + end)


# -- forms ---------------------------------------------------------------------------------

def _forms(clause: Clause, lex: Lexicon) -> list[FormFact]:
    """Form mentions outside risk and legal contexts; a form inside a longer one of another form is dropped."""
    text = clause.outside_vulnerable()
    if clause.kind != "profile" and _LAW_SUBJECT.match(text):
        return []  # "Guinean law does not prohibit ... debt bondage": what a law covers is no fact
    found: list[tuple[int, int, str]] = []
    for key, matches in zip(FORMS, each_finditer([lex.forms[key] for key in FORMS], text, lex.forms_scanner), strict=True):
        for m in matches:
            if clause.legal_context(m.start(), m.end()) and not _practice_named(clause, text, m, key):
                continue
            if _in_proper_name(clause.original, m.start(), m.end()):
                continue  # "the Modern Slavery Act", "a new International Modern Slavery and Migration Envoy"
            if key == "forced_marriage" and re.search(r"\b(?:through|via|by\s+means\s+of|using)\s+(?:\w+\s+){0,3}$",
                                                      text[max(0, m.start() - 40):m.start()], re.I):
                continue  # marriage as the means, not the purpose (guideline, hard cases)
            found.append((m.start(), m.end(), key))
    # Domestic workers held in forced labour or called victims: domestic servitude (guideline, hard cases).
    if "domestic_servitude" not in {k for _, _, k in found}:
        workers = re.search(r"\bdomestic\s+workers?\b", text, re.I)
        if workers and (any(k != "domestic_servitude" for _, _, k in found) and strong_exploitation().search(text)
                        or re.search(r"\bvictims\s+of\b|\babuse[ds]?\b", text, re.I)):
            found.append((workers.start(), workers.end(), "domestic_servitude"))
    # "forced into prostitution to pay off their smuggling debt": exploitation to pay a debt is debt bondage.
    debt = lex.debt_purpose.search(text)
    if debt and re.search(r"\bmarriages?\s*$", text[:debt.start()], re.I):
        debt = None  # "sold into forced marriages to settle debts": the family's debt, not the victim's bondage
    if debt and "debt_bondage" not in {k for _, _, k in found} and strong_exploitation().search(text) and any(
            k in ("forced_labor", "domestic_servitude", "sex_trafficking", "forced_begging") for _, _, k in found):
        found.append((debt.start(), debt.end(), "debt_bondage"))
    kept = []
    for a, b, key in found:
        covered = any(a2 <= a and b <= b2 and key2 != key and (b2 - a2 > b - a or key == "forced_labor")
                      and not re.search(r"\b(?:and|or)\b|,", clause.text[a2:b2])
                      for a2, b2, key2 in found)
        if not covered:
            kept.append(FormFact(span=_span(clause, a, b), form=key))
    return kept


def _in_proper_name(text: str, start: int, end: int) -> bool:
    """A form wording written as part of a name: every word capitalised, with a capitalised word beside it."""
    words = text[start:end].split()
    if not words or not all(w[:1].isupper() for w in words):
        return False
    before = re.search(r"([A-Za-z][\w-]*)\s+$", text[:start])
    after = re.match(r"\s+(?:and\s+)?([A-Za-z][\w-]*)", text[end:])
    return bool(before and before.group(1)[0].isupper() and before.start() > 0 or after and after.group(1)[0].isupper())


def _practice_named(clause: Clause, text: str, match: re.Match, key: str) -> bool:
    """A form in an efforts context that still states the practice.

    "efforts to eliminate the use of child soldiers in its armed forces" states that children serve
    (only what a law or penalty covers is no fact); "nationals convicted for cannabis cultivation
    report indicators of forced labor" states forced criminality.
    """
    before = text[max(0, match.start() - 60):match.start()]
    if key == "child_soldiers":
        return not lexicon().law_words.search(before)
    if key == "forced_criminality":
        return bool(lexicon().indicators.search(text))
    return False


# -- victims -------------------------------------------------------------------------------

def _groups(clause: Clause, lex: Lexicon) -> list[tuple[int, int, str]]:
    """Demographic group mentions (start, end, group) outside risk spans; "adults" gives men and women."""
    text = clause.outside_vulnerable()
    found = []
    for key, matches in zip(lex.groups, each_finditer(list(lex.groups.values()), text, lex.groups_scanner), strict=True):
        for m in matches:
            if re.match(r"\s*(?:entertainment|education|literacy|services\s+for\s+adults)", text[m.end():], re.I):
                continue
            nationality = re.search(r"(?:[A-Z][\w’'-]*\s+){1,3}$", text[:m.start()])
            if nationality and partner_relation(text, nationality.start(), text[m.start():]):
                continue  # "brokered marriages, often to South Korean men": the husbands
            if _AGENT_VERB.match(text, m.end()) or _BUYERS_FROM.match(text, m.end()):
                continue  # "a practice in which men exploit boys": the men exploit, the boys are the victims
            if _law_covers().search(text[max(0, m.start() - 100):m.start()]):
                continue  # "a 2006 draft law prohibiting the trafficking of adults": what a law covers
            found.append((m.start(), m.end(), key))
    # "young women" and "women" both match: keep one mention per (span, group).
    return sorted({(a, b, k) for a, b, k in found if not any(a2 <= a and b <= b2 and (a2, b2) != (a, b) and k2 == k
                                                              for a2, b2, k2 in found)})


def _victims(clause: Clause, groups, forms: list[FormFact]) -> list[VictimFact]:
    form_keys = tuple(sorted({f.form for f in forms}))
    out = []
    for a, b, key in groups:
        out.append(VictimFact(span=_span(clause, a, b), group=key, qualifier=_qualifier(clause, a, b),
                              forms=form_keys))
    return out


def _qualifier(clause: Clause, start: int, end: int) -> str | None:
    """"Roma children" → Roma; "child trafficking, particularly from Roma communities" → Roma communities."""
    text = clause.original
    phrase = _qualifier_phrase().search(text) if may_match(_qualifier_phrase(), text) else None
    if phrase:
        return phrase.group(1).strip()
    before = re.search(r"(?:^|[^\w])([A-Z][\w-]+|" + _QUALIFIER_WORDS.pattern + r")\s+(?:and\s+\w+\s+)?$", text[:start])
    if before and before.group(1) and start - len(before.group(1)) > 0:
        word = before.group(1)
        if load_gazetteer().resolve(word) is None and word.lower() not in ("the", "some", "many", "most"):
            return word
    return None


# -- routes --------------------------------------------------------------------------------

def _routes(clause: Clause, refs: list[PlaceRef], subject: str, forms: list[FormFact], groups) -> list[RouteFact]:
    """Directed movements touching the subject, one per (origin, destination) pair of the clause."""
    form_keys = tuple(sorted({f.form for f in forms}))
    group_keys = tuple(sorted({g for _, _, g in groups}))
    from_origins = [r for r in refs if r.relation in ("origin", "both", "origin+via") and r.how != "demonym" and not r.subject]
    demonym_origins = [r for r in refs if r.relation == "origin" and r.how in ("demonym", "attributive") and not r.subject]
    # "adults from South and Southeast Asia and East Africa – and increasingly Syrian refugees –": both kinds; but
    # "some Central American men ..., particularly from Guatemala, Honduras" names the region's countries instead.
    origins = from_origins + [r for r in demonym_origins if not _narrowed(r.key, from_origins)]
    if _BUYERS_TRAVEL.search(clause.text) and not (from_origins and _victims_from().search(
            clause.text[max(0, from_origins[0].start - 60):from_origins[0].start])
            and strong_exploitation().search(clause.text, from_origins[0].end)):
        # "men from the US travel to Cambodia for child sex tourism": the exploiters' movement (but "women and girls
        # from other West African countries are subjected to ... sex trafficking in Senegal, including for sex tourism").
        origins = []
    subject_origin = any(r.subject and r.relation in ("origin", "both", "origin+via") for r in refs)
    dests = [r for r in refs if r.relation in ("dest", "loc", "both") and not r.subject]
    subject_dest = any(r.subject and r.relation in ("dest", "loc", "both") for r in refs)
    stops = [r for r in refs if r.relation == "via" and not r.subject]
    transit = subject_is_transit(clause, refs)
    foreign = bool(_foreign(clause)) and not subject_origin
    pairs: list[tuple[str, str, PlaceRef]] = []
    for r in refs:
        if r.relation == "both" and not r.subject:
            pairs += [(r.key, subject, r), (subject, r.key, r)]
    if origins:
        # Victims of a named nationality moving on ("Afghan migrants being smuggled to Europe") are in the
        # subject when the clause names neither the subject nor where they come from.
        onward = not from_origins and not any(r.subject for r in refs)
        for o in origins:
            if subject_dest or transit or not dests or onward:
                pairs.append((o.key, subject, o))
        if subject_dest and not transit:
            # "Some labor trafficking victims enter Greece through Turkey ... from the Middle East": the last leg.
            pairs += [(s.key, subject, s) for s in stops]
        if transit:
            pairs += [(subject, d.key, d) for d in dests + stops if d.relation != "both"]
        elif subject_origin and not subject_dest:
            # "women from Sudan and Ethiopia are trafficked to Libya", "Sudanese and Ugandan children ... are
            # trafficked into Uganda": the subject's own nationals among the victims who are moved.
            pairs += [(subject, d.key, d) for d in dests if d.relation != "both"]
    elif dests and (not foreign or transit):
        pairs += [(subject, d.key, d) for d in dests if d.relation != "both"]
        pairs += [(subject, s.key, s) for s in stops]
    seen, out = set(), []
    for origin, destination, ref in pairs:
        if origin == destination or (origin, destination) in seen or not origin or not destination:
            continue
        seen.add((origin, destination))
        out.append(RouteFact(span=_span(clause, ref.start, ref.end), origin=origin, destination=destination,
                             forms=form_keys, victims=group_keys))
    return out


def _nationals_before(clause: Clause, start: int, gazetteer: Gazetteer, subject: str) -> bool:
    """"Filipino migrant workers": the foreign-sounding word follows the subject's own nationality."""
    before = clause.text[max(0, start - 40):start]
    found = [m for m in gazetteer.find_all(before) if m.end == len(before.rstrip())]
    return bool(found) and found[-1].place.key == subject


def _narrowed(key: str, refs: list[PlaceRef]) -> bool:
    """Whether ``refs`` name the place ``key`` itself or, for a region, a place inside it."""
    if any(r.key == key for r in refs):
        return True
    gazetteer = load_gazetteer()
    if key.isupper():  # an ISO code: a country
        return False
    members = gazetteer.members(key)
    return any(r.key in members or not r.key.isupper() and key in gazetteer.broader(r.key) for r in refs)


def _foreign_victims(clause: Clause) -> re.Match | None:
    """The wording that tells foreign victims were in the subject: foreigners, or victims deported from it."""
    text = clause.outside_vulnerable()
    return _foreign(clause) or (_DEPORTED_VICTIMS.search(text) if may_match(_DEPORTED_VICTIMS, text) else None)


_INTERNAL_MIGRATION = re.compile(r"\binternal\s+migra\w*", re.I)


def _foreign(clause: Clause) -> re.Match | None:
    """The first wording that marks victims as foreigners ("foreign women", "migrants"), if any."""
    lex = lexicon()
    outside = clause.outside_vulnerable()
    origin = lex.foreign_origin.search(outside) if may_match(lex.foreign_origin, outside) else None
    if origin and not re.search(r"\b(?:return\w*|repatriat\w*|deport\w*)\s+(?:\w+\s+){0,2}$", clause.text[:origin.start()], re.I):
        return origin  # "women and girls from neighboring countries are forced into prostitution"
    # (a text without a word a pattern needs is left as it is: :func:`kg.extract.prefilter.may_match`)
    text = lex.abroad.sub(lambda m: " " * len(m.group()), outside) if may_match(lex.abroad, outside) else outside
    if may_match(_INTERNAL_MIGRATION, text):
        text = _INTERNAL_MIGRATION.sub(lambda m: " " * len(m.group()), text)
    for m in lex.foreign.finditer(text) if may_match(lex.foreign, text) else ():
        if m.group().lower() != "foreign":
            return m
        after = re.sub(r"^\s+", "", text[m.end():m.end() + 50])
        words = after.split()
        for k in range(1, 4):
            if k > len(words) or k > 1 and words[k - 2].endswith((",", ";", ":")):
                break  # "according to foreign observers, women and girls are trafficked to Pakistan"
            head = " ".join(words[k - 1:k + 1]) if k < len(words) else (words[k - 1] if k <= len(words) else "")
            if head and (lex.victim_nouns.match(head) or any(p.match(head) for p in lex.groups.values())):
                return m
    return None


# -- roles ---------------------------------------------------------------------------------

def _roles(clause: Clause, refs: list[PlaceRef], routes: list[RouteFact], subject: str, lex: Lexicon) -> list[RoleFact]:
    out: list[RoleFact] = []
    text = clause.text
    for m in _ROLE.finditer(text):
        word = m.group(1).lower()
        if word == "origin":
            continue
        if _ROLE_GAP.match(text[m.end():]) and not _NO_LONGER.search(text[:m.start()]) \
                and not _OTHER_COUNTRIES_ROLE.search(text[:m.start()]):
            out.append(RoleFact(span=_span(clause, m.start(), m.end()), role=word))
    for m in _ROLE_FOR.finditer(text):
        out += _role_words(clause, m)
    for m in _COUNTRY_OF.finditer(text):
        if not _NO_LONGER.search(text[:m.start()]):  # "it is no longer considered a major country of transit"
            out += _role_words(clause, m)
    transit = subject_is_transit(clause, refs)
    subject_origin = any(r.subject and r.relation in ("origin", "origin+via") for r in refs)
    for route in routes:
        if transit and not (route.origin == subject and subject_origin):
            role = "transit"
        else:
            role = "source" if route.origin == subject else "destination"
        out.append(RoleFact(span=route.span, role=role))
    if any(r.subject and "via" in r.relation for r in refs) or re.search(r"\btransiting\b", text, re.I) and any(
            r.subject for r in refs):
        ref = next((r for r in refs if r.subject), None)
        if ref:
            out.append(RoleFact(span=_span(clause, ref.start, ref.end), role="transit"))
    exploitation = EXPLOITATION.search(clause.outside_vulnerable())
    if exploitation:
        abroad = lex.abroad.search(clause.outside_vulnerable())
        foreign_origin = any(r.relation == "origin" and not r.subject for r in refs)
        if abroad and not foreign_origin:
            out.append(RoleFact(span=_span(clause, abroad.start(), abroad.end()), role="source"))
        marker = _foreign_victims(clause)
        if marker and not transit and not any((r.relation in ("dest", "loc") or r.how == "flag") and not r.subject
                                              for r in refs):
            out.append(RoleFact(span=_span(clause, marker.start(), marker.end()), role="destination"))
        into = next((r for r in refs if r.subject and r.relation == "dest" and r.how in ("into", "to")), None)
        if into and not any(r.relation == "origin" for r in refs):
            out.append(RoleFact(span=_span(clause, into.start, into.end), role="destination"))
    return out


def _role_words(clause: Clause, match: re.Match) -> list[RoleFact]:
    """A role for each role word of ``match.group(1)`` ("source and, to a lesser extent, a destination";
    "origin, transit, and destination": origin is the source role)."""
    return [RoleFact(span=_span(clause, match.start(1) + word.start(), match.start(1) + word.end()),
                     role="source" if word.group().lower() == "origin" else word.group().lower())
            for word in re.finditer(r"origin|source|transit|destination", match.group(1), re.I)]


# -- internal ------------------------------------------------------------------------------

def _internal(clause: Clause, refs: list[PlaceRef], subject: str, groups, forms, lex: Lexicon) -> list[RoleFact]:
    """Internal trafficking: stated, or the subject's nationals exploited with no foreign place named."""
    text = clause.outside_vulnerable()
    found = _internal_stated().search(text) if may_match(_internal_stated(), text) else None
    if found is None and may_match(lex.internal, text):
        found = lex.internal.search(text)
    if found:
        return [RoleFact(span=_span(clause, found.start(), found.end()), role="internal")]
    for chunk in re.finditer(r"[^,]+", text):
        throughout = _THROUGHOUT.search(chunk.group())
        if throughout and (EXPLOITATION.search(chunk.group()) or any(chunk.start() <= f.span.start - clause.start < chunk.end() for f in forms)):
            a = chunk.start() + throughout.start()
            return [RoleFact(span=_span(clause, a, a + len(throughout.group())), role="internal")]
    if not EXPLOITATION.search(text) and not forms:
        return []
    nationals = [r for r in refs if r.subject and r.relation == "origin"]
    foreign_place = any(not r.subject and (r.relation in ("dest", "loc", "via", "both", "origin", "origin+via")
                                           or r.how == "flag") for r in refs)
    at_home = [r for r in refs if r.subject and (r.relation == "loc" and r.how in ("within", "throughout", "inside", "in")
                                                 or r.how == "possessive" and clause.kind == "profile")]
    if nationals and not foreign_place and not lex.abroad.search(text):
        r = nationals[0]
        return [RoleFact(span=_span(clause, r.start, r.end), role="internal")]
    foreign_there = any(not r.subject and r.relation in ("dest", "loc", "via", "both") for r in refs)
    local = [r for r in nationals if r.how == "local"]
    if (local or nationals and at_home) and not foreign_there and not lex.abroad.search(text):
        # "local and Chinese men are forced to labor in logging camps", "Costa Rican women, as well as those
        # from Nicaragua, are sex trafficked in Costa Rica": foreign victims beside do not move the locals.
        r = (local or nationals)[0]
        return [RoleFact(span=_span(clause, r.start, r.end), role="internal")]
    occurs = next((r for r in at_home if r.how == "in" and lex.occurs_in.search(text[:r.start])), None)
    if occurs and not _foreign(clause) and not any(not r.subject and r.relation in ("origin", "origin+via") for r in refs):
        # "child sex trafficking and child sex tourism occur in Cuba": the exploitation is in the country.
        return [RoleFact(span=_span(clause, occurs.start, occurs.end), role="internal")]
    if nationals:
        # "Lebanese children are forced into street begging ..., with small numbers of Lebanese girls sex
        # trafficked in other Arab countries": a part that exploits the nationals with no movement named.
        for part in re.finditer(r"[^;]+?(?=,\s+(?:with|while|whereas|but)\b|$)", text):
            inside = [r for r in refs if part.start() <= r.start < part.end()]
            piece = part.group()
            if any(r.subject and r.relation == "origin" and r.how != "local" for r in inside) and \
                    not any(not r.subject and r.relation in ("dest", "loc", "via", "both") for r in inside) and \
                    strong_exploitation().search(piece) and not lex.movement.search(piece) and not lex.abroad.search(piece):
                r = next(r for r in inside if r.subject and r.relation == "origin")
                return [RoleFact(span=_span(clause, r.start, r.end), role="internal")]
    if at_home and (nationals or not _foreign(clause)) and not any(not r.subject and r.relation == "origin" for r in refs):
        r = at_home[0]
        if nationals or r.how in ("within", "throughout", "inside", "possessive") or _is_locality(clause, r):
            return [RoleFact(span=_span(clause, r.start, r.end), role="internal")]
    if nationals and (m := _TO_CAPITAL.search(text)):
        return [RoleFact(span=_span(clause, m.start(), m.end()), role="internal")]
    return []


def _is_locality(clause: Clause, ref: PlaceRef) -> bool:
    """A place inside the subject named by a locality ("north Kosovo", "Darfur"), not the country name."""
    surface = clause.text[ref.start:ref.end]
    place = load_gazetteer().resolve(surface)
    return place is not None and place.key == ref.key and re.match(r"^(?:north|south|east|west|northern|southern|eastern|western|central)\s",
                                                                   clause.text[max(0, ref.start - 9):ref.start].lower() + " ") is not None


# -- warnings ------------------------------------------------------------------------------

def _warn(clause: Clause, refs: list[PlaceRef], gazetteer: Gazetteer, lex: Lexicon, warnings: list) -> None:
    """Capitalised names after a place preposition that resolve to no place."""
    covered = [(r.start, r.end) for r in refs]
    for m in _CAPITALISED.finditer(clause.text):
        a, b = m.start(1), m.end(1)
        name = m.group(1)
        first = name.split()[0]
        if any(a < e and s < b for s, e in covered) or first in lex.non_place_capitals or first.split("-")[0].isupper():
            continue
        if gazetteer.resolve(name) is not None or gazetteer.find_all(name):
            continue
        warnings.append(PlaceWarning(surface=name, span=_span(clause, a, b)))
