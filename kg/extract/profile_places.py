"""What each place named in a clause is to the victims' movement.

Every place mention of a clause gets a *relation*: ``origin`` ("from Vietnam", "Togolese
children", "Kosovo victims"), ``dest`` ("to Turkey", "destination"), ``loc`` ("in Russia",
"within Kosovo"), ``via`` ("through Moscow", "transiting Papua New Guinea"), ``place`` (a
place adjective on a place noun not yet governed), or ``none`` (traffickers' nationality,
"towns bordering South Africa", "agencies in Burma", "on Thai fishing boats": a vessel's flag is
no place of the victims' movement, but they are not at home either; a nationality on anything else).

The relation comes from the nearest governing word found by walking back from the mention
over *list material* (other places, commas, "and", "the", "other countries in",
"including", "less frequently" ...), so every member of "to Turkey, the Middle East
(including the U.A.E. and Israel), and Russia" is governed by "to".
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from ..places import Gazetteer, PlaceMention
from .lexicon import word_class_alternation
from .prefilter import may_match
from .profile_lexicon import Lexicon
from .profile_text import Clause

_GOVERNORS = {
    "from": "origin", "between": "both", "to": "dest", "into": "dest", "toward": "dest", "towards": "dest", "destination": "dest",
    "destinations": "dest", "in": "loc", "within": "loc", "throughout": "loc", "inside": "loc", "at": "loc",
    "across": "loc", "through": "via", "via": "via", "transiting": "via", "transit": "via",
    "depart": "origin", "departing": "origin", "departs": "origin", "leave": "origin", "leaving": "origin",
    "leaves": "origin", "fleeing": "origin", "flee": "origin", "enter": "dest", "entering": "dest", "enters": "dest",
    "reach": "dest", "reaching": "dest",
}
#: Words crossed when walking back from a place to the word that governs it.
_LIST_WORDS = frozenset("""
and or the other including include includes such as well especially particularly primarily mainly mostly
possibly likely probably also increasingly less more frequently often sometimes predominantly principally chiefly
largely notably elsewhere neighboring neighbouring nearby surrounding various several many some countries country
state states nations destinations cities regions region parts areas followed by continental mainland
islands island then namely e.g eg even most of far away rural urban northern southern eastern western third but
""".split())
#: After these words, "in"/"throughout"/"of" belongs to the list ("countries in Africa", "parts of Europe").
_LIST_NOUNS = frozenset("countries country states nations destinations cities regions parts areas elsewhere islands".split())
_NEAR = re.compile(r"\b(?:bordering|border(?:s|ing)?\s+with|near|close\s+to|adjacent\s+to|borders?\s+of)\s*$", re.I)
_WORD = re.compile(r"[A-Za-z][A-Za-z.'’-]*|[(),–—]")
#: Words that end a noun phrase rather than modify its head ("North Koreans, including children").
_NOT_MODIFIER = re.compile(r"\w+(?:ing|ly|ed)|and|or|nor|but|who|which|that|are|is|were|was|be|been|have|has|had|in|to|"
                           r"from|with|for|of|the|a|an|as|such|at|on|by|into|may|can|could|also|not|do|does|did", re.I)
#: "a transit country", "a transit and destination country", "primarily a transit, and secondarily a source and
#: destination country", "transiting".
_TRANSIT_SUBJECT = re.compile(
    r"\btransit(?:[\s,]+(?:and|or|a|an|to|primarily|secondarily|mainly|also|lesser|greater|extent|source|destination))*"
    r"[\s,]+(?:country|point|hub|route|area|zone|corridor)\b|\btransiting\b", re.I)
_TRANSIT_ONWARD = re.compile(r"\b(?:some|others|many|most|they|victims)\s+(?:\w+\s+)?transit(?:s|ed)?\s+(?:on\s+|onward\s+)?to\b", re.I)
_DESTINATION_IS = re.compile(r"^\s*(?:is|was|are|remains?)\s+(?:the|a|an)\s+(?:\w+\s+){0,3}?destinations?\b", re.I)
_PARTNER = re.compile(r"(?:men|husbands|man|husband|clients|customers|buyers)\b", re.I)
_MARRIAGE_OR_SALE = re.compile(r"\b(?:marri\w*|brides?|wed\w*|sold|bought|purchased|sell\w*|buy\w*)\b", re.I)
#: The word (or bracket, comma, dash) that ends a text, walking back from a place to the word that governs it.
_LAST_WORD = re.compile(r"([A-Za-z][A-Za-z.'’-]*|[(),–—]|(?<=\s)-)$")
_WORD_CHARACTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz.'’-"


def _last_word_reach(text: str) -> int:
    """Where :data:`_LAST_WORD` can start in ``text``: in the run of word characters that ends it, or at its last
    character; searched from the clause's start, it tried every letter before (once for each word walked back)."""
    return max(0, min(len(text.rstrip(_WORD_CHARACTERS)), len(text) - 1))


_DESTINATIONS_BEFORE = re.compile(r"\bdestinations?(?:\s+countries)?(?:\s+for\s+[^;:,]{0,60}?(?:,\s*)?)?\s*$", re.I)
#: "repatriated ... victims to Mongolia": the "to" of the return (not "who return home are re-trafficked to").
_RETURNED = re.compile(r"\b(?:repatriat|return|deport|sent\s+(?:back|home))\w*"
                       r"(?:,?\s+(?!(?:re-?)?traffick(?:ed|s)\b|sold\b|exploited\b|forced\s+(?:to|into)\b)[\w-]+){0,14}$", re.I)
_SOURCE_IS = re.compile(r"^\s*(?:is|was|are|remains?)\s+(?:also\s+)?(?:the|a|an)\s+(?:\w+\s+){0,3}?(?:source|origin)\b", re.I)


@dataclass(frozen=True)
class PlaceRef:
    """A place mention of a clause with its relation to the movement (offsets clause-relative)."""

    key: str
    start: int
    end: int
    relation: str  # origin, dest, loc, via, none
    how: str  # the governing word, "demonym" or "attributive"
    subject: bool


def place_refs(clause: Clause, gazetteer: Gazetteer, lex: Lexicon, subject: str) -> list[PlaceRef]:
    """Return the place mentions of ``clause`` with their relations, in text order."""
    text = clause.text
    mentions = [m for m in gazetteer.find_all(text) if not clause.in_vulnerable(m.start, m.end)]
    refs: list[PlaceRef] = []
    i = 0
    while i < len(mentions):
        m = mentions[i]
        if m.demonym and (i > 0 and not mentions[i - 1].demonym and text[mentions[i - 1].end:m.start].isspace()
                          or re.search(r"\bethnic(?:ally)?\s+$", text[:m.start], re.I)):
            # "Kosovo Serbs": an ethnic group of the place named before it, not a nationality of victims.
            refs.append(PlaceRef(m.place.key, m.start, m.end, "none", "ethnic", m.place.key == subject))
            i += 1
            continue
        if m.demonym:
            # A list of nationality adjectives ("Togolese, Beninese, and Ghanaian children") shares its head noun.
            j = i
            while j + 1 < len(mentions) and mentions[j + 1].demonym and re.fullmatch(
                    r"[\s,]*(?:and|or)?[\s,]*(?:possibly|other|some|also|even)?\s*", text[mentions[j].end:mentions[j + 1].start]):
                j += 1
            group = mentions[i:j + 1]
            head = _coordinated_head(_head(text, group[-1].end), lex)
            if re.match(r"(?:communit(?:y|ies)|minorit(?:y|ies))\b", head, re.I):
                # "Children, especially from the Roma and Egyptian communities": an ethnic group of the subject's people.
                refs += [PlaceRef(g.place.key, g.start, g.end, "none", "ethnic", g.place.key == subject) for g in group]
            elif lex.place_nouns.match(head):
                relation, how = _governor(text, group[0].start, mentions, lex)
                refs += [PlaceRef(g.place.key, g.start, g.end, relation, how, g.place.key == subject) for g in group]
            elif lex.agent_nouns.match(head):
                refs += [PlaceRef(g.place.key, g.start, g.end, "none", "agent", g.place.key == subject) for g in group]
            elif partner := partner_relation(text, group[0].start, head):
                refs += [PlaceRef(g.place.key, g.start, g.end, partner, "partner", g.place.key == subject) for g in group]
            elif _victim_head(head, lex) or _noun_demonym(group[-1], head):
                refs += [PlaceRef(g.place.key, g.start, g.end, "origin", "demonym", g.place.key == subject) for g in group]
            elif lex.vessel_nouns.match(head) and re.search(r"\b(?:on|aboard|onboard)\s+(?:the\s+)?$", text[:group[0].start], re.I):
                refs += [PlaceRef(g.place.key, g.start, g.end, "none", "flag", g.place.key == subject) for g in group]
            else:
                refs += [PlaceRef(g.place.key, g.start, g.end, "none", "adjective", g.place.key == subject) for g in group]
            i = j + 1
            continue
        relation, how = _governor(text, m.start, mentions, lex)
        if relation == "none" and how != "agent":
            after = text[m.end:]
            head = _head(text, m.end)
            if partner := partner_relation(text, m.start, head):
                relation, how = partner, "partner"
            elif _victim_head(head, lex) and not re.match(r"\s*'s\b", after):
                relation, how = "origin", "attributive"
            elif _DESTINATION_IS.match(after):
                relation, how = "dest", "destination"
            elif _SOURCE_IS.match(after) and m.place.key != subject:
                relation, how = "origin", "source"  # "Benin is a primary source country for boys ... in Nigeria's quarries"
            elif re.match(r"\s*['’]s\b", after):
                how = "possessive"
        refs.append(PlaceRef(m.place.key, m.start, m.end, relation, how, m.place.key == subject))
        i += 1
    refs += _local_refs(clause, mentions, lex, subject)
    return sorted(refs, key=lambda r: (r.start, r.end))


def partner_relation(text: str, start: int, head: str) -> str | None:
    """The relation of a nationality on the men victims are married or sold to, if that is what it names.

    "brokered marriages, often to South Korean men": ``dest`` (where the men live, not where the victims come
    from); "marriages with Gulf men", "bought by Chinese men": ``none`` (the men's nationality).
    """
    if not _PARTNER.match(head):
        return None
    before = re.search(r"\b(to|with|by)\s+(?:the\s+)?$", text[:start], re.I)
    if not before or not _MARRIAGE_OR_SALE.search(text[max(0, before.start() - 80):before.start()]):
        return None  # "a destination country for Cambodian men and women": the victims
    return "dest" if before.group(1).lower() == "to" else "none"


def _coordinated_head(head: str, lex: Lexicon) -> str:
    """The head noun after "and foreign", "and local", "and Chinese" ("Micronesian and foreign women")."""
    while True:
        m = re.match(r"(?:(?:and|or)\s+|,\s*(?:and\s+|or\s+)?)([A-Z][\w-]+|\w+)\s+", head)
        if not m or not (m.group(1)[0].isupper() or lex.foreign.fullmatch(m.group(1)) or lex.local.fullmatch(m.group(1))):
            return head
        head = head[m.end():]


def _local_refs(clause: Clause, mentions: list[PlaceMention], lex: Lexicon, subject: str) -> list[PlaceRef]:
    """"local children", "foreign and local women": the subject's own people, as a nationality of victims."""
    if not subject:
        return []
    out = []
    for m in lex.local.finditer(clause.text) if may_match(lex.local, clause.text) else ():
        if clause.in_vulnerable(m.start(), m.end()) or any(p.start <= m.start() < p.end for p in mentions):
            continue
        if _victim_head(_coordinated_head(_head(clause.text, m.end()), lex), lex):
            out.append(PlaceRef(subject, m.start(), m.end(), "origin", "local", True))
    return out


def _head(text: str, end: int) -> str:
    """The words after a mention, for matching a head noun."""
    return re.sub(r"^[\s,]+", "", text[end:end + 60])


def _victim_head(head: str, lex: Lexicon) -> bool:
    """The words after a nationality name victims: "women", "child workers", "economic migrants"."""
    for _skipped in range(3):  # up to two lowercase modifiers first ("Burmese economic migrants")
        if lex.victim_nouns.match(head) or _victim_modifier().match(head):
            return True
        if any(p.match(head) for p in lex.groups.values()):
            return True
        modifier = re.match(r"[a-z][a-z-]+\s+", head)
        if not modifier or _NOT_MODIFIER.fullmatch(modifier.group().strip()):
            return False
        head = head[modifier.end():]
    return False


@functools.lru_cache(maxsize=1)
def _victim_modifier() -> re.Pattern:
    """"child", "young" after a nationality: its victims (tip:VictimHeadModifiers of lexicon.ttl, built on first use)."""
    return re.compile(rf"{word_class_alternation('VictimHeadModifiers')}\b", re.I)


@functools.lru_cache(maxsize=1)
def _bound_before() -> re.Pattern:
    """"bound", "destined" before "for" and a place: its destination (tip:BoundForWords of lexicon.ttl)."""
    return re.compile(rf"\b{word_class_alternation('BoundForWords')}\s*$", re.I)


@functools.lru_cache(maxsize=1)
def _return_before() -> re.Pattern:
    """"returned", "repatriated" before "from" and a place: no origin (tip:ReturnWords of lexicon.ttl)."""
    return re.compile(rf"\b{word_class_alternation('ReturnWords')}\s*$", re.I)


def _noun_demonym(mention: PlaceMention, head: str) -> bool:
    """"Haitians are exploited", "Turkmen in search of work", "Lebanese abroad": the nationality is the noun."""
    if re.match(r"and\s+other\b", head, re.I):
        return mention.surface.endswith("s")  # "Malians and other Africans", not "Baltic and other states"
    if re.match(r"(?:are|were|is|was|have|has|who|also|abroad|overseas|being|continue|continued|may|often|"
                r"remain|migrate|travel|in|to|from|working|seeking|living|fleeing|transiting|travell?ing|trafficked|smuggled|"
                r"bound|en\s+route|and\s+other|reportedly|"
                r"increasingly|sometimes)\b", head, re.I):
        return True
    return False


def _governor(text: str, start: int, mentions: list[PlaceMention], lex: Lexicon) -> tuple[str, str]:
    """Walk back from ``start`` over list material to the word that governs a place."""
    if _NEAR.search(text[:start]):
        return "none", "near"
    ends = {m.end: m for m in mentions}
    pos = start
    while pos > 0:
        # Skip spaces, then a whole place mention ending here.
        stripped = text[:pos].rstrip()
        pos = len(stripped)
        if pos in ends:
            pos = ends[pos].start
            continue
        match = _LAST_WORD.search(stripped, _last_word_reach(stripped))
        if not match:
            return "none", ""
        word = match.group(1).lower().rstrip(".")
        if may_match(lex.origin_cue, text) and lex.origin_cue.search(text[:match.end(1)]):
            return "origin", "origin cue"  # "victims originate in", "other source regions include"
        pos = match.start(1)
        if word in ("(", ")", ",", "–", "—", "-"):  # "the Middle East – particularly Saudi Arabia, ... –"
            continue
        if word in ("are", "include", "included", "including") and _DESTINATIONS_BEFORE.search(text[:pos]):
            # "other common destinations are Spain", "destination countries for Malian child victims are Burkina
            # Faso", "new destinations for Paraguayan victims of sex trafficking, including South Korea"
            return "dest", "destinations"
        if word == "for" and _bound_before().search(text[:pos]):
            return "dest", "bound for"
        if word in ("in", "throughout", "of", "within", "across"):
            left = re.search(r"([A-Za-z]+)\s*$", text[:pos])
            if left and left.group(1).lower() in _LIST_NOUNS:
                continue
        if word in _GOVERNORS:
            before = text[:pos].rstrip()
            if word == "within" and re.search(r"\bfrom$", before, re.I):
                return "origin", "from within"  # "boys from within Mauritania and other West African countries"
            if word == "to" and _RETURNED.search(before):
                return "origin", "returned to"  # "repatriated ... forced labor and sex trafficking victims to Mongolia"
            if word == "from" and re.search(r"\bto\s+and$", before, re.I):
                return "both", "to and from"
            if word in ("through", "from") and re.search(r"\bfrom\s+and$", before, re.I):
                return "origin+via", "from and through"
            if _agent_before(before, lex):
                return "none", "agent"
            if word == "from" and _return_before().search(before):
                return "none", "return"
            if _NEAR.search(before):
                return "none", "near"
            return _GOVERNORS[word], word
        if word in _LIST_WORDS:
            continue
        if match.group(1)[0].isupper() and re.search(r"[,(]\s*(?:the\s+)?$|\b(?:and|or)\s+(?:the\s+)?$", text[:pos]):
            continue
        return "none", ""
    return "none", ""


def _agent_before(before: str, lex: Lexicon) -> bool:
    """"traffickers from", "recruitment agencies in", "groups based in": the place is the agent's."""
    tail = re.sub(r"\s+based$", "", before)
    words = tail.split()[-3:]
    for k in range(len(words)):
        if lex.agent_nouns.fullmatch(" ".join(words[k:])):
            return True
    return False


def subject_is_transit(clause: Clause, refs: list[PlaceRef]) -> bool:
    """The clause moves victims through the subject ("transit point", "transiting Papua New Guinea")."""
    if may_match(_TRANSIT_SUBJECT, clause.text) and _TRANSIT_SUBJECT.search(clause.text) or any(r.subject and "via" in r.relation for r in refs):
        return True
    # "Most victims come from Eastern Europe and the Balkans, some transit to other EU countries": victims from
    # elsewhere (not "Ethiopian men migrate to Yemen, and some victims transit to Saudi Arabia").
    return may_match(_TRANSIT_ONWARD, clause.text) and bool(_TRANSIT_ONWARD.search(clause.text)) and any(not r.subject and r.relation == "origin" for r in refs) \
        and not any(r.subject and r.relation == "origin" for r in refs)
