"""Clauses of the trafficking profile and the cues read in them.

A *clause* is the unit the profile rules read: a sentence of the profile or assessment part,
cut at ";" and "|" (the factbook summaries are one long sentence of ";"-separated clauses).
Stock phrases that would mislead the place rules ("to a lesser extent", "in search of") are
blanked out with spaces, so offsets stay those of the document. A clause also knows its
*vulnerable spans* ("are vulnerable to forced labor in domestic service"): what is only named
as a risk is not a fact (guideline, hedged statements).
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field

from ..model import Document, Sentence
from .lexicon import word_class_alternation
from .prefilter import may_match

#: Markers of the parts of a factbook summary; the text after each is read as that part.
#: Smuggling, not of drugs (:meth:`Clause.smuggling_only`).
_SMUGGLING = re.compile(r"(?<!drug )(?<!drugs )\bsmuggl", re.I)
_PART_MARKERS = re.compile(r"(current situation|trafficking profile|tier rating)\s*:", re.I)
_PART_KIND = {"current situation": "profile", "trafficking profile": "profile", "tier rating": "assessment"}
_CLAUSE_CUT = re.compile(
    r"\s*(?:;|\s\|\s)\s*"
    # ", and some Dominican women are forced ...": a new statement with its own victims and verb.
    r"|,\s+(?:and|but|while|whereas)\s+(?=(?:(?:some|many|most|other|these|those|small|large|numbers?|of|foreign|poor)\s+){0,3}"
    r"(?:[A-Z][\w-]+,?\s+(?:and\s+)?){0,4}(?:women|men|children|girls|boys|adults|victims|nationals|citizens|migrants|"
    r"workers|[A-Z][a-z]+(?:ese|ians?|ans|is|ns))\b[^;]{0,90}?\b(?:are|is|were|was|have|has|may|can|face|"
    r"experience|become|remain)\b)"
    # "Chinese women were trafficked to Ghana ... and a Ghanaian woman was also trafficked to Kuwait".
    r"|\s+and\s+(?=(?:a|an|one|some|many|several|other)\s+(?:[a-z]+\s+)?[A-Z][a-z]+(?:ese|ians?|ans?|is|ns|i)\s+"
    r"(?:woman|man|girl|boy|child|national|citizen|women|men|girls|boys|children|nationals|citizens|victims?|workers?)\s+"
    r"(?:\w+\s+){0,2}?(?:was|were|is|are|has|have)\b)")

_LIST_TAIL = re.compile(r"(?:[A-Z][\w’'-]+,\s+)+[A-Z][\w’'-]+$")



@functools.lru_cache(maxsize=1)
def _stock_phrases() -> re.Pattern:
    """Stock phrases blanked before reading places ("to a lesser extent" is not a destination): tip:StockPhrases of
    lexicon.ttl, built on first use."""
    return re.compile(rf"\b{word_class_alternation('StockPhrases')}\b", re.I)


@functools.lru_cache(maxsize=1)
def _vulnerable() -> re.Pattern:
    """A risk named ("particularly vulnerable to"): tip:RiskDegreeAdverbs, tip:VulnerabilityWords of lexicon.ttl, built
    on first use."""
    words = word_class_alternation
    return re.compile(rf"\b(?:{words('RiskDegreeAdverbs')}\s+)*{words('VulnerabilityWords')}\b(?:\s+(?:to|of|for)\b)?", re.I)

# What ends a vulnerable span: a comma, "but", or "and" before a new verb. Not the comma of ", such as" / ", including"
# ("vulnerable groups, such as women and children in ..."), of "and, to a lesser extent, forced labor" (the phrase is
# blanked: "and,                   , forced labor"), nor of a list of forms ("vulnerable to domestic servitude,
# commercial sexual exploitation, and forced begging": the next item is a noun phrase ending at a comma or the end).
_NEXT_LIST_ITEM = (r"\s+(?:(?:and|or)\s+)?(?:[\w-]+\s+){0,3}?(?:[\w-]+(?:ion|ude|ing|ery|age|our|or|ism)|labou?r|"
                   r"sex\s+trafficking|prostitution|begging)(?:,|\s+(?:and|or)\b|[.;]?\s*$)")
_VULNERABLE_END = re.compile(
    r"(?<!\band)(?<!\bor)(?<!\s),(?!\s*,)(?!\s+(?:such\s+as|including|particularly|especially|notably)\b)"
    rf"(?!{_NEXT_LIST_ITEM})"
    r"|\bbut\b|\band\s+(?=(?:are|is|make|have|has|were|was|who|some|many|may|often|they|their)\b)", re.I)

#: "it is not clear how many of these persons actually are trafficked", "the extent to which adults are trafficked
#: for forced labor or forced prostitution is unclear".
_DOUBT = re.compile(r"\b(?:it\s+is\s+)?(?:not\s+clear|unclear|unknown)\s+(?:how\s+many|whether|if)\b[^;]*"
                    r"|\bthe\s+(?:extent|scope)\s+(?:to\s+which|of)\b[^;]*?\bis\s+(?:unclear|unknown|not\s+clear)\b", re.I)

#: A ban on migration is policy, not a movement of victims: "The government also maintained a moratorium on permits
#: for Indonesians to work in domestic service in the United Arab Emirates, Kuwait, ...", "despite the Indonesian
#: government's moratorium on issuing permits for domestic work in Saudi Arabia".
#: (tip:BanNouns, tip:BannedMovementNouns of lexicon.ttl; the pattern is built on first use)
_BAN = r"{BanNouns}\s+on\s+(?:[\w’'-]+\s+){{0,3}}?{BannedMovementNouns}\b"


@functools.lru_cache(maxsize=1)
def _policy() -> re.Pattern:
    """A government's ban on migration, and what follows it in the clause."""
    ban = _BAN.format(BanNouns=word_class_alternation("BanNouns"), BannedMovementNouns=word_class_alternation("BannedMovementNouns"))
    return re.compile(
        rf"\b(?:government|ministry|authorities)\b[^;]{{0,40}}?\b(?:maintain|impos|lift|enforc|continu|introduc|extend|"
        rf"issu|adopt|ha[sd]|kept|keep|uph[oe]ld)\w*\s+(?:a|an|the|its)\s+(?:[\w’'-]+\s+){{0,3}}?{ban}[^;]*"
        rf"|\bdespite\s+(?:[\w’'-]+\s+){{0,4}}?{ban}[^;,]*", re.I)


#: Words that state exploitation (not only a risk of it).
EXPLOITATION = re.compile(
    r"\b(?:traffick(?:ed|s)|sex\s+traffic|exploit(?:ed|s|ing)?|exploitation|forced|forcibly|force|coerced|coerce|"
    r"compelled|subjected|subject(?:s|ing)?\s+(?:\w+\s+){0,4}?to|held|sold|bought|purchased|victims|servitude|"
    r"slaves?|slavery|enslaved|abducted|kidnapped|recruited|recruit|conscripted|prostitut\w+|bonded|bondage|"
    r"lured|deceived|utiliz\w+|utilis\w+|experience[sd]?\s+(?:forced|conditions|sex|labou?r|servitude|exploitation|trafficking|debt)|face[sd]?\s+conditions|end\s+up|used\s+(?:as|by|in|for)|work\s+as|"
    r"trafficking\s+(?:of|in)\s+(?:\w+\s+){0,2}?(?:women|men|children|girls|boys|minors|persons)|"
    r"(?:child|sex|labou?r|internal|domestic|transnational)\s+trafficking|trafficking\s+occurs|occurs)\b", re.I)

#: A victim noun that names victims (not "victim identification", "victim protection").
VICTIMS_NOUN = re.compile(
    r"\bvictims\b|\bvictim\b(?!\s*[-–]?\s*(?:identification|protection|services|care|assistance|screening|"
    r"referral|shelters?|support|centered|witness))", re.I)

#: Legal or procedural context around a form name: "penalties for sex trafficking" is no statement of fact.
_LEGAL_BEFORE = re.compile(
    r"(?:penalt\w*|laws?|criminaliz\w*|criminalis\w*|prosecut\w*|convict\w*|investigat\w*|sentenc\w*|charg\w*|"
    r"legislation|offen[cs]\w*|crimes?\s+of|definition\s+of|cases?\s+of|punish\w*|statute\w*|article|"
    r"prohibit\w*|combat(?:ing)?|address(?:ing)?|identify|identifying|eliminat\w*|prevent\w*|train\w*|to\s+report|hotlines?)"
    r"(?:\s+(?:\w+|and|or|for|of|the|all)){0,3}\s*$", re.I)
#: "prosecuting any Qatari employers or recruitment agencies for forced labor", "deported potential
#: trafficking victims for immigration violations, prostitution, or ...": what someone is pursued for.
_PURSUED_FOR = re.compile(
    r"\b(?:arrest|detain|deport|penali[sz]|punish|charg|fined|jail|imprison|prosecut|investigat|convict|sentenc)\w*\b"
    r"(?:(?!\b(?:traffic(?:s|ked)?\b|exploit|forc|sell|sold|coerc|subject))[^;.]){0,80}?\bfor\s+"  # not "punish those who traffic women for"
    r"(?:(?![\w-]*ing\b|(?:are|is|were|was|have|has|had|be|been)\b)[\w-]+,?\s+(?:or\s+|and\s+)?){0,6}$", re.I)
_LEGAL_AFTER = re.compile(
    r"^\s*(?:cases?|offen[cs]\w*|crimes?|charges?|convictions?|prosecutions?|investigations?|laws?|statutes?|"
    r"provisions?|offenders?|regulations?|violations?|legislation|definition|penalt\w*|concerns|complaints|hotlines?)\b", re.I)



@functools.lru_cache(maxsize=1)
def exploitation_act() -> re.Pattern:
    """An act of exploitation done to people (a bare form noun such as "forced labor concerns" is not enough, nor
    victims named in the government's work: "identified more victims"): tip:ExploitationActWordings of lexicon.ttl,
    built on first use."""
    return re.compile(rf"\b{word_class_alternation('ExploitationActWordings')}\b", re.I)


@functools.lru_cache(maxsize=1)
def strong_exploitation() -> re.Pattern:
    """Exploitation stated of people: an act of it, or its victims."""
    return re.compile(exploitation_act().pattern + r"|\bvictims\b", re.I)



@dataclass
class Clause:
    """One clause of the profile or assessment, with document offsets."""

    sentence: Sentence
    start: int  #: offset in the document of text[0]
    text: str  #: the clause, stock phrases blanked (same length as the original)
    original: str  #: the clause as written
    kind: str  #: "profile" or "assessment"
    #: clause-relative spans named only as a risk ("vulnerable to"), a doubt ("it is not clear how many") or a
    #: policy ("a moratorium on permits for Indonesians to work in ...")
    vulnerable: list[tuple[int, int]] = field(default_factory=list)

    @property
    def vulnerable_only(self) -> bool:
        """True when the clause names a risk and states no exploitation outside it."""
        return bool(self.vulnerable) and not EXPLOITATION.search(self.outside_vulnerable())

    @property
    def smuggling_only(self) -> bool:
        """True for a movement called smuggling with no exploitation stated (not trafficking)."""
        return may_match(_SMUGGLING, self.text) and bool(_SMUGGLING.search(self.text)) and not EXPLOITATION.search(self.text)

    def outside_vulnerable(self) -> str:
        """The clause text with its vulnerable spans blanked."""
        text = self.text
        for a, b in self.vulnerable:
            text = text[:a] + " " * (b - a) + text[b:]
        return text

    def in_vulnerable(self, start: int, end: int) -> bool:
        return any(a <= start < b or a < end <= b for a, b in self.vulnerable)

    def legal_context(self, start: int, end: int) -> bool:
        """True when the words around ``text[start:end]`` are about law or procedure."""
        # (what a part of the text holds, the whole holds: each pattern is tried only where the text may match it)
        text = self.text
        return bool(may_match(_LEGAL_BEFORE, text) and _LEGAL_BEFORE.search(text[max(0, start - 60):start])
                    or may_match(_LEGAL_AFTER, text) and _LEGAL_AFTER.search(text[end:end + 30])
                    or may_match(_PURSUED_FOR, text) and _PURSUED_FOR.search(text[max(0, start - 120):start]))

    @property
    def states_exploitation(self) -> bool:
        """True when the clause states exploitation of people or names victims (not only a form noun)."""
        text = self.outside_vulnerable()
        return bool(strong_exploitation().search(text) or VICTIMS_NOUN.search(text))


def clauses(document: Document, sentences: list[Sentence]) -> list[Clause]:
    """Cut the profile and assessment sentences of ``document`` into clauses.

    Examples
    --------
    >>> from kg.model import Document
    >>> from kg.segment import segment
    >>> doc = Document("x", "current situation: A is a source country; men are trafficked to a lesser extent to B", "AF", "A", 2008, "x", "summary")
    >>> [(c.kind, c.text) for c in clauses(doc, segment(doc))][1]
    ('profile', 'men are trafficked                    to B')
    """
    out: list[Clause] = []
    for sentence in sentences:
        if sentence.section not in ("profile", "assessment"):
            continue
        kind = sentence.section
        parts: list[tuple[int, int, str]] = []
        cursor = 0
        for marker in _PART_MARKERS.finditer(sentence.text) if may_match(_PART_MARKERS, sentence.text) else ():
            if marker.start() > cursor:
                parts.append((cursor, marker.start(), kind))
            kind = _PART_KIND[marker.group(1).lower()]
            cursor = marker.end()
        parts.append((cursor, len(sentence.text), kind))
        for a, b, part_kind in parts:
            piece = sentence.text[a:b]
            cut = 0
            for m in list(_CLAUSE_CUT.finditer(piece)) + [None]:
                if m and "," in m.group() and (_LIST_TAIL.search(piece[cut:m.start()]) or re.match(r",\s+and\b", m.group())
                                               and re.search(r"(?:^|[\s,])[\w’'-]+,\s+[\w’'-]+$", piece[cut:m.start()])):
                    continue  # "Thai, Chinese, and Vietnamese women": a list, not a new statement
                end = m.start() if m else len(piece)
                raw = piece[cut:end]
                if raw.strip():
                    out.append(_clause(sentence, sentence.start + a + cut, raw, part_kind))
                cut = m.end() if m else cut
    return out


def _clause(sentence: Sentence, start: int, raw: str, kind: str) -> Clause:
    masked = _stock_phrases().sub(lambda m: " " * len(m.group()), raw) if may_match(_stock_phrases(), raw) else raw
    clause = Clause(sentence=sentence, start=start, text=masked, original=raw, kind=kind)
    for m in _vulnerable().finditer(masked) if may_match(_vulnerable(), masked) else ():
        end = _VULNERABLE_END.search(masked, m.end())
        clause.vulnerable.append((m.start(), end.start() if end else len(masked)))
    for pattern in (_DOUBT, _policy()):  # what the report says it does not know, and policy, are no facts
        clause.vulnerable += [(m.start(), m.end()) for m in pattern.finditer(masked)] if may_match(pattern, masked) else []
    return clause
