"""Policies family: laws (with what they criminalise) and the policies and measures of the response.

Laws are named ("the 2013 anti-trafficking law", "the Prevention and Combating of Trafficking
in Persons Act", "Article 143 of the Criminal Code") or the country's law in general
("Kosovo law criminalizes sex and labor trafficking"). The US statute the reports apply
(``tip:ReportingStatute``) is never a law of the country.

Policies and measures are the wordings of ``tip:PolicyTypeScheme`` (``ontology/response.ttl``):
action plans, coordinators, shelters, hotlines, procedures, training, campaigns, protections.
Each mention outside the recommendations gets

- its action (``tip:PolicyActionScheme``): the first action wording of its clause before it
  ("In April 2008, the government **appointed** a new ... coordinator"), else the first after it
  ("campaigns **continue** to be run by ..."); a negation ("did not", "no", "lack") wins;
- its date: a date that opens its clause ("In July 2008 it adopted ...") or that follows it
  ("... shelters in 2008");
- its actors and how they take part (:func:`kg.extract.textutil.actor_refs`).
"""
from __future__ import annotations

import functools
import re
from collections.abc import Callable
from dataclasses import replace

from ..model import Document, Fact, LawFact, PolicyFact, Sentence, Span
from .lexicon import all_matches, first_match, forms_named, load_lexicon, word_class
from .prefilter import may_match
from .textutil import (
    MONTH,
    MONTH_YEAR_LAW,
    MONTHS,
    TO_YEAR,
    YEAR,
    YEARS,
    actor_mentions,
    actor_refs,
    clauses,
    dates,
    law_mentions,
    noun_forms,
    singular,
)

SECTIONS = ("assessment", "prosecution", "protection", "prevention", "profile")

#: The wordings of a law's passing (tip:lawTrigger), its head nouns (tip:LawNouns) and the legislature a bill is sent to
#: (tip:LegislatureWords) are response.ttl's; the three patterns below read laws named by them (:func:`_law_patterns`).


@functools.lru_cache(maxsize=1)
def _law_patterns() -> tuple[re.Pattern, re.Pattern, re.Pattern]:
    """The legislative acts a sentence names by what was done to them: by a verb before (:data:`_LEGISLATIVE_ACT`),
    by a participle after with its date (:data:`_ENACTED_LAWS`), by a verb before and a participle of what they do
    (:data:`_LEGISLATION_DOING`), built from the wordings of response.ttl. Each needs a head noun of tip:LawNouns (a
    sentence without one is not read by the three: five in six sentences of a narrative)."""
    actions = load_lexicon().law_actions
    passing = "|".join(e.pattern.pattern for e in actions if e.key == "adopted")
    proposing = "|".join(e.pattern.pattern for e in actions if e.key == "proposed")
    # a law is named after what passed, proposed or ratified it (not after what amended it: "amended its criminal law" names
    # the law, read by its own name); after a noun of passing, by "of": "through the enactment of comprehensive legislation"
    done = "|".join(e.pattern.pattern for e in actions if e.key != "amended")
    nouns, legislature = word_class("LawNouns").pattern, word_class("LegislatureWords").pattern
    passing_nouns = word_class("PassingNouns").pattern  # "the enactment of", not "the enactment" (tip:PassingNouns)
    # ... its passing joined to another verb of the same object: "by passing and implementing ... laws" (2005 Korea), as a
    # plan "finalized and adopted" is
    before = (rf"(?<!not )(?<!never )(?:{passing_nouns}\s+of|(?!{passing_nouns})(?:{done})(?:\s+and\s+(?!(?:the|a|an|its)\b)\w+(?:ed|ing))?)"
              r"\s+(?:(?:a|an)\s+)?(?:new\s+)?")
    purpose, next_verbs = word_class("LawPurposeGerunds").pattern, word_class("IrregularPastVerbs").pattern
    return (re.compile(_LEGISLATIVE_ACT % {"before": before, "nouns": nouns, "legislature": rf"(?:the\s+)?{legislature}",
                                           "purpose": purpose, "next_verbs": next_verbs}, re.I),
            re.compile(_ENACTED_LAWS % {"nouns": nouns, "passing": passing, "proposing": proposing, "month": MONTH, "year": YEAR,
                                        "aside": _ASIDE.pattern, "legislature": rf"(?:the\s+)?{legislature}"}, re.I),
            re.compile(_LEGISLATION_DOING % {"before": before, "nouns": nouns}, re.I))


#: A legislative act the sentence names only by what it does: "the National People's Congress ratified a
#: decision to abolish RTL" (2015 China), "enacted a set of legislative amendments", "parliament passed
#: legislation that grants ...", "Qatar enacted a new migrant worker sponsorship law" (2009).
_LEGISLATIVE_ACT = (
    # ... by the gerund or noun of its passing too: "by enacting a new law", "through the enactment of comprehensive
    # anti-trafficking legislation" (2009 Mozambique)
    r"%(before)s"
    r"(?P<name>(?:[\w-]+\s+){0,4}?(?:legislative\s+|presidential\s+|government\s+)?%(nouns)s"
    # what it is about: "a decision to abolish RTL", "a law against trafficking in persons"; what it does: "passed a law
    # prohibiting child trafficking in January 2006" (2006 Benin); the law it implements: "adopted implementing regulations for the 2008 anti-trafficking law"
    # (2015 Tanzania)
    # (not where it was sent: "submitting anti-trafficking legislation to Congress in August 2005", 2006 Argentina)
    # ... a law by its initials too: "adopting the implementing rules for the 2012 Prevention and Suppression of Human
    # Trafficking Act (PSHTA) in January 2017" (2017 Bangladesh)
    r"(?:\s+(?:(?:to|on|for|of|under|against)\s+(?!%(legislature)s)|%(purpose)s\s+)[\w’'-]+(?:\s+\(?[\w’'-]+\)?){0,9}?)?)"
    # ... or what it does after it: "issued a ministerial decree creating an anti-trafficking bureau under the Internal
    # Security Forces (ISF) to manage ..." (2015 Lebanon)
    # ... and where its name ends: punctuation, a date, a relative clause or the next predicate ("adopted a witness protection law
    # and took steps to ...", 2006 Slovenia; tip:IrregularPastVerbs)
    r"(?=\s*[,.;]|\s+(?:in|on|during|that|which)\b|\s+and\s+(?:\w+ly\s+)?(?:\w+ed|%(next_verbs)s)\b|\s+%(purpose)s|"
    r"\s+to\s+%(legislature)s|$)")



def extract(document: Document, sentences: list[Sentence], gazetteer, warnings) -> list[Fact]:
    """Return the law and policy facts of ``document``."""
    facts: list[Fact] = []
    abbreviations, expansions = _abbreviations(sentences)
    own_name = _names_the_country(gazetteer, document.country)
    other_name = _names_the_country(gazetteer, document.country, another=True)
    bodies = _government_abbreviations(sentences, document.country_name, own_name)
    for sentence in sentences:
        # a line break of a wrapped copy is a space to the wordings ("national action\nplan"): same offsets; the actors
        # are read as written, where the mapping finds their words again
        actors_text, sentence = sentence.text, replace(sentence, text=sentence.text.replace("\n", " "))
        if sentence.section == "recommendations":
            # a year in a law's or plan's designation dates it wherever it is named ("... using the 2016 anti-trafficking
            # law", "Collaborate with civil society to implement the 2016-2020 national action plan", 2017 Laos), unless
            # its adoption is asked for ("approve the 2022-2025 national action plan", 2023 Seychelles)
            facts.extend(f for f in _laws(document, sentence) if isinstance(f, LawFact) and f.year is not None)
            # ... or a participle right after it dates it ("Implement the National Referral Mechanism adopted in 2019")
            facts.extend(f for f in _policies(sentence, actors_text, recommended=True, abbreviations=abbreviations)
                         if f.year is not None
                         and (_named_year(sentence.text, f.span.start - sentence.start, f.span.end - sentence.start) == f.year
                              or _set_up_in(sentence.text, f.span.end - sentence.start) == f.year))
        if sentence.section not in SECTIONS:
            continue
        facts.extend(_laws(document, sentence))
        found = _unfinished(sentence, _policies(sentence, actors_text, abbreviations=abbreviations))
        found = _set_up_measures(document.country_name, sentence, found, actors_text, bodies, own_name, other_name)
        earlier = [f for f in facts if isinstance(f, PolicyFact) and f.span.sentence == sentence.index - 1]
        facts.extend(found + _named_back(sentence, earlier + found, actors_text, other_name))
    return _named_again(_kind_named_again(facts, document.text), expansions)


@functools.lru_cache(maxsize=1)
def _demonstrative_object() -> re.Pattern:
    """A verb and its object that names a measure again by a demonstrative and its head noun (tip:DemonstrativeWords): "approved
    these procedures", "developed and trained personnel on this protocol" (the object of a second verb joined by "and" is the
    first's too)."""
    return re.compile(r"\b(?P<verb>[a-z]+(?:\s+up)?)\s+(?:and\s+[a-z]+ed\s+(?:[\w-]+\s+){0,3}?(?:on|in|with|for)\s+)?"
                      rf"(?P<det>{word_class('DemonstrativeWords').pattern})\s+(?:new\s+)?(?P<head>[a-z]+)\b", re.I)


def _named_back(sentence: Sentence, before: list[PolicyFact], actors_text: str,
                other_name: Callable[[str], bool] = lambda word: False) -> list[PolicyFact]:
    """Measures named again by a demonstrative and their head noun alone after a verb of setting them up in a dated clause
    (:func:`_demonstrative_object`): the measure of that head noun named last before, in the sentence or the one before
    (``before``), of its kind, set up at the clause's date: "... to develop more detailed referral procedures to better guide
    officials; the government approved these procedures in March 2019" (2019 Jordan). Not where the verb is denied, planned,
    pending or promised in its clause, nor where another country is named before it there ("... Malaysia adopted these
    procedures"), nor a measure named before that was denied."""
    text = sentence.text
    if not _A_YEAR_ANYWHERE.search(text) or not may_match(_demonstrative_object(), text):
        return []
    setting_up = _setting_up_actions()
    found_dates = [d for d in _dates(text) if not _since(text, d) and not _compared(text, d)]
    out: list[PolicyFact] = []
    for match in _demonstrative_object().finditer(text):
        action = next((e.key for e in setting_up if e.pattern.fullmatch(match.group("verb"))), None)
        start, end = match.start("verb"), match.end()
        head = noun_forms(match.group("head").lower())
        antecedent = next((f for f in reversed(before) if (f.span.end - sentence.start <= start or f.span.sentence < sentence.index)
                           and f.action != "absent" and re.search(head, f.label, re.I)), None) if action else None
        if antecedent is None or any(f.span.sentence == sentence.index and f.span.start - sentence.start < end
                                     and start < f.span.end - sentence.start for f in before):
            continue
        clause_start, clause_end = next(((a, b) for a, b in clauses(text) if a <= start < b), (0, len(text)))
        if _last_match(_actions_and_negations()[1], text, clause_start, start) \
                or _not_carried_out(text, clause_start, end) or _names_another(other_name, text[clause_start:start]):
            continue
        date = _set_up_date(text, found_dates, clause_start, start, match.end("verb"), end, _phrase_end(text, end, clause_end))
        if date is None:
            continue
        out.append(PolicyFact(span=Span(sentence.index, sentence.start + match.start("det"), sentence.start + end),
                              policy_type=antecedent.policy_type, label=antecedent.label, action=action,
                              year=date[0], month=date[1], actors=actor_refs(actors_text, clause_start, clause_end)))
    return out


#: A policy named by its head noun alone ("the campaign", "these units"), not by what it is ("awareness campaigns").
_BARE_HEAD = re.compile(r"\b(?:the|this|that|these|its)\s+(?:same\s+|first\s+|second\s+|previous\s+)?$", re.I)
#: Sentences after a policy in which its head noun alone names it again.
_HEAD_REACH = 2


def _planned_between(text: str, end: int, start: int) -> bool:
    """Whether the words from ``end`` to a later date at ``start`` say a step yet to be taken (tip:PlannedWords: "that is
    expected to be adopted in 2006")."""
    return end <= start and bool(word_class("PlannedWords").search(text, end, start))


def _kind_named_again(facts: list[Fact], text: str) -> list[Fact]:
    """A policy named by its head noun alone right after a policy of no wording's kind (``other``) with that head noun is
    that one named again, of its kind: "launched a second campaign to remove all vulnerable children from the street ..., similar to the
    campaign conducted in August 2018" (2020 Burkina Faso) is a campaign of an operation (``other``), not an awareness
    campaign."""
    out: list[Fact] = []
    for fact in facts:
        if isinstance(fact, PolicyFact) and re.fullmatch(r"[a-z]+", fact.label, re.I) \
                and _BARE_HEAD.search(text, max(0, fact.span.start - 20), fact.span.start):
            head = noun_forms(fact.label.lower())  # "campaigns", "campaign"; "process"
            # ... of a kind no wording names (``other``), which "the campaign" is not read as
            earlier = next((f for f in reversed(out) if isinstance(f, PolicyFact) and f.policy_type == "other"
                            and re.search(head, f.label, re.I)), None)
            if earlier is not None and fact.span.sentence - earlier.span.sentence <= _HEAD_REACH:
                fact = replace(fact, policy_type="other")
        out.append(fact)
    return out


#: An abbreviation in brackets right after a name: "the National Referral Guidelines (NRG)".
_ABBREVIATION = re.compile(r"\s*\((?P<abbr>[A-Z][A-Z0-9]{1,7})\)")


def _abbreviations(sentences: list[Sentence]) -> tuple[list, dict[str, str]]:
    """The policies a document names by an abbreviation it defines ("the National Referral Guidelines (NRG) ... the NRG,
    which was adopted in July 2020", 2022 Uganda): entries of their types that read the abbreviation, and each
    abbreviation's name. An abbreviation the vocabulary reads already (NAP, NRM, SOPs) is left to it."""
    lex = load_lexicon()
    named: dict[str, tuple] = {}
    for sentence in sentences:
        text = sentence.text.replace("\n", " ")
        if not re.search(r"\([A-Z]", text):
            continue
        for entry, match in all_matches(lex.policy_types, text):
            found = _ABBREVIATION.match(text, match.end())
            if found and found.group("abbr") not in named and not any(e.pattern.fullmatch(found.group("abbr"))
                                                                      for e in lex.policy_types):
                named[found.group("abbr")] = (entry, match.group())
    entries = [replace(entry, pattern=re.compile(r"(?<![\w(])(?:%s)(?![\w)])" % "|".join(
                   re.escape(a) for a, (e, _) in named.items() if e is entry)))
               for entry in dict.fromkeys(e for e, _ in named.values())]
    return entries, {abbr: name for abbr, (_, name) in named.items()}


#: A name that only says what the policy is: "the 2014 act" (its year is no part of a law's name here), "the plan", "NAP".
_BARE_NAME = re.compile(rf"(?:{YEARS}\s+)?(?P<kind>act|law|code|nap|plan)s?", re.I)
#: Words of a name that do not tell two policies apart: its year, "new", "updated", an article, a part in brackets.
_NAME_NOISE = re.compile(rf"(?:\bof\s+|/)(?={YEAR}\b)|"  # "Law 60(I) of 2014" is "Law 60(I)/2014"
                         rf"\b(?:{YEARS}|new|updated|revised|amended|the|its|an?)\b|\([^)]*\)", re.I)


def _named_again(facts: list[Fact], expansions: dict[str, str] | None = None) -> list[Fact]:
    """Each dated law or policy named again is one with its fullest mention: it points to that mention (``same_as``: a
    law to its name, which other families may use too, a policy to its span) and takes its month.

    Named again are: a policy by its bare kind and year ("the 2014 Anti-Human Trafficking Act ... the 2014 act", 2022
    Botswana; "the 2013-2016 plan"), by its name with the year where the other has its month ("In November 2018, the
    government promulgated an updated penal code. Article 215 of the 2018 Penal Code ...", 2019 Laos), the same name
    again, and a law by its month and year ("a March 2009 law", "the March 2009 protection law") or as the trafficking law
    of its year ("its 2005 anti-trafficking law", "its 2005 Human Trafficking Act").
    """
    dated = [f for f in facts if isinstance(f, (LawFact, PolicyFact)) and f.year is not None]
    # "the YEAR law" is named again only where the document names one law of that year otherwise (:func:`_same_policy`)
    named_laws: dict[int, set[str]] = {}
    for fact in dated:
        if isinstance(fact, LawFact) and not _BARE_NAME.fullmatch(fact.name.strip()):
            named_laws.setdefault(fact.year, set()).add(fact.name)  # type: ignore[arg-type]
    sole_laws = {year: next(iter(names)) for year, names in named_laws.items() if len(names) == 1}
    groups: list[list[LawFact | PolicyFact]] = []
    # a bare name ("the 2003 law") after the names it may stand for, joined to one of them only if it is the only one
    for fact in sorted(dated, key=lambda f: bool(_BARE_NAME.fullmatch(_name(f).strip()))):
        matching = [g for g in groups if any(_same_policy(fact, other, expansions or {}, sole_laws) for other in g)]
        if len(matching) > 1 and _BARE_NAME.fullmatch(_name(fact).strip()):
            # ... of two laws of its year named otherwise it is neither: "the 2003 law" after a law on smuggling and a law
            # on migration of 2003; other bare mentions of it join it
            matching = [g for g in matching if all(_BARE_NAME.fullmatch(_name(f).strip()) for f in g)]
        if not matching:
            groups.append([fact])
        else:
            matching[0].append(fact)
    merged: dict[int, Fact] = {}
    for group in groups:
        # a proper name before a description ("Tunisia’s anti-trafficking law, Organic Law 2016-61", 2023 Tunisia)
        fullest = max(group, key=lambda f: (not _BARE_NAME.fullmatch(_name(f)), f.month is not None,
                                            _name(f)[:1].isupper() or bool(re.search(r"\d", _name(f))), -f.span.start))
        month = next((f.month for f in group if f.month is not None), None)
        for fact in group:
            if isinstance(fact, LawFact) and fact.name != _name(fullest):
                merged[id(fact)] = replace(fact, same_as=_name(fullest), month=month)
            elif fact is not fullest and isinstance(fact, PolicyFact):
                merged[id(fact)] = replace(fact, same_as=fullest.span, month=month, year=fullest.year)
            elif month != fact.month:
                merged[id(fact)] = replace(fact, month=month)
    return [merged.get(id(f), f) for f in facts]


#: A law's number, which names it with its year: "Law 4788 of 2012", "Law 4788/12", "Law No. 19 of 2006".
@functools.lru_cache(maxsize=1)
def _number_in_law_name() -> re.Pattern:
    return re.compile(rf"{word_class('NumberedLawKinds').pattern}\s+(?:no\.\s*)?(\d+)\b", re.I)


#: A law named by the generic noun alone.
_GENERIC_LAW = re.compile(r"(?:new\s+)?legislation", re.I)


@functools.lru_cache(maxsize=1)
def _law_heads() -> tuple[re.Pattern, re.Pattern]:
    """A law's head noun, the first of its name (tip:LawNouns, tip:LawHeadNouns), and the generic ones (tip:GenericLawNouns)."""
    heads = rf"\b(?:{word_class('LawHeadNouns').pattern})"
    return re.compile(heads, re.I), re.compile(rf"(?:{word_class('GenericLawNouns').pattern})$", re.I)


def _generic_law(name: str) -> bool:
    """Whether a law's head noun is a generic one: "comprehensive legislation", "Law on Human Smuggling", "Trafficking in
    Persons Act"; not "decree on victim assistance", "labor code", "2014 amendments to the criminal code"."""
    head, generic = _law_heads()
    found = head.search(name)
    return found is not None and bool(generic.match(found.group()))


def _name(fact: LawFact | PolicyFact) -> str:
    return fact.name if isinstance(fact, LawFact) else fact.label


def _same_policy(a: LawFact | PolicyFact, b: LawFact | PolicyFact, expansions: dict[str, str],
                 sole_laws: dict[int, str] | None = None) -> bool:
    """Whether two dated mentions of a document name one law or policy (:func:`_named_again`); an abbreviation the
    document defined is its name (``expansions``); ``sole_laws`` is, for each year, the one law the document names
    otherwise than by its bare kind and year, where it names only one."""
    if type(a) is not type(b) or a.year != b.year or isinstance(a, PolicyFact) and a.policy_type != b.policy_type:  # type: ignore[union-attr]
        return False
    def core(name: str) -> str:
        # (a criminal code by either of its names is one: "the 2018 criminal code ... the 2018 penal code", tip:CriminalCodeNames)
        return " ".join(word_class("CriminalCodeNames").sub("criminal code", _NAME_NOISE.sub(" ", name.lower())).split())

    name_a, name_b = (expansions.get(_name(f), _name(f)) for f in (a, b))
    if a.month is not None and b.month is not None:
        return a.month == b.month and (isinstance(a, LawFact) or core(name_a) == core(name_b))
    if core(name_a) == core(name_b):
        return True
    numbers = [_number_in_law_name().search(name) for name in (name_a, name_b)]
    if isinstance(a, LawFact) and numbers[0] and numbers[1] and numbers[0].group(1) == numbers[1].group(1):
        return True  # "Law 4788 of 2012 ... Law 4788/12" (2020 Paraguay)
    for (bare, bare_month), other in (((name_a, a.month), name_b), ((name_b, b.month), name_a)):
        kind = _BARE_NAME.fullmatch(bare.strip())
        if kind and bare_month is None and not _BARE_NAME.fullmatch(other.strip()) \
                and (re.search(rf"\b{kind.group('kind')}\b", other, re.I)
                     # "law" is the one law of its year: "Kiribati’s 2005 comprehensive legislation ... The 2005 law also
                     # provides ..." (2008 Kiribati), passed as it was, a law by its head noun (tip:GenericLawNouns), not a
                     # code, decree or amendment ("adopted a decree on victim assistance. The 2005 law criminalizes ...")
                     or kind.group("kind").lower() == "law" and isinstance(a, LawFact) and a.action == b.action
                     and (sole_laws or {}).get(a.year) == other and _generic_law(other)):  # type: ignore[arg-type]
            # "the 2014 act" is the 2014 ... Act, or the Act passed in a month of 2014 ("In June 2014, the government
            # passed its “Trafficking in Persons Act.” ... the 2014 act fails to capture ...", 2015 Zimbabwe)
            return True
    if isinstance(a, LawFact) and a.action == b.action and any(
            _GENERIC_LAW.fullmatch(bare.strip()) and not _GENERIC_LAW.fullmatch(other.strip())
            for bare, other in ((name_a, name_b), (name_b, name_a))):
        # "legislation" passed in a year is the law named otherwise by that year ("the government passed legislation in
        # 2005 prohibiting child trafficking ... the 2005 anti-child trafficking law", 2006 Togo)
        return True
    if a.month is not None or b.month is not None:
        return False
    # the trafficking law of a year named twice, not an amendment of it beside the law
    return isinstance(a, LawFact) and isinstance(b, LawFact) and a.action == b.action \
        and "traffick" in name_a.lower() and "traffick" in name_b.lower()


def _laws(document: Document, sentence: Sentence) -> list[Fact]:
    text = sentence.text
    mentions = law_mentions(text)
    criminalizes = word_class("CriminalizingWords").search(text) if may_match(word_class("CriminalizingWords"), text) else None
    forms = tuple(forms_named(text[criminalizes.end():])) if criminalizes else ()
    if criminalizes and not mentions and forms and re.search(r"\blaws?\b|\blegislation\b", text, re.I):
        # "The law criminalizes ...": the country's law in general.
        name = f"{document.country_name} law" if document.country_name else "national law"
        # the law word nearest before the verb, not "law enforcement" ("... no law enforcement officials were
        # investigated; parliament in 2012 passed legislation prohibiting all forms of trafficking", 2015 PNG)
        words = [m for m in re.finditer(r"\blaws?\b(?!\s+enforcement)|\blegislation\b", text, re.I)]
        before_verb = [m for m in words if m.start() < criminalizes.start()]
        at = before_verb[-1] if before_verb else words[0] if words else re.search(r"\blaws?\b|\blegislation\b", text, re.I)
        assert at is not None  # the condition above found a law word
        mentions = [(at.start(), at.end(), name, None)]
    lawmaking = _lawmaker_criminalized().search(text) if may_match(_lawmaker_criminalized(), text) else None
    if lawmaking and not mentions and re.match(r"\s+(?:\w+\s+){0,3}?(?:traffick|slavery|forced)", text[lawmaking.end():], re.I):
        # "The government criminalized trafficking in women and children in 2001" (2003 Albania): the verb names a law
        # of the country, passed by it
        name = f"{document.country_name} law" if document.country_name else "national law"
        mentions = [(lawmaking.start("verb"), lawmaking.end("verb"), name, None)]
    else:
        lawmaking = None
    facts: list[Fact] = []
    found_dates = _dates(text)
    country_law = f"{document.country_name} law" if document.country_name else "national law"
    acts = _legislative_acts(text, mentions)
    # "adopted amendments to its penal code": the act is the law, not the code
    # ... unless the code has a year of its own ("passed amendments to the 2003 Trafficking in Persons Law Enforcement
    # and Administration Act", 2015 Nigeria: the 2003 act is dated by its name)
    mentions = [m for m in mentions if m[3] is not None or not any(a[0] <= m[0] < a[1] for a in acts)]
    # ... and a court's decision is a judgment, no law, nor is the law it rules on passed by it;
    # a decree on a body's creation is the body set up (:func:`_created_by_decree`), no law
    laws = [*mentions, *(a for a in acts if not _court_decision().search(text, max(0, a[0] - 30), a[1]))]
    mentions = sorted(m for m in laws if not _decree_of_creation(text, m[0], m[1]))
    for i, (start, end, name, year) in enumerate(mentions):
        name = _DETERMINER.sub("", name)  # "proclaimed its anti-trafficking law" names the "anti-trafficking law"
        named_month = MONTH_YEAR_LAW.match("the " + name)
        month = MONTHS.index(named_month.group("month").lower()) + 1 if named_month else None
        if named_month and year is None:
            # a name another pattern read with its month keeps its year too: a month is never dated without it
            year = int(named_month.group("year"))
        # a year in the law's name dates its enactment ("the 2013 anti-trafficking law"), or its amendment
        # ("2014 amendments to the criminal code")
        action = None if year is None else "amended" if name.lower().startswith(f"{year} amendment") else "adopted"
        if year is not None and _BILL.search(name) and not word_class("EnactedBillWords").search(text, max(0, start - 40), start):
            # a bill is a law not passed yet: its year is no enactment ("The government's 2019 anti-trafficking bill remained
            # pending in parliament"), unless the sentence treats it as in force: "enacting implementing regulations to its
            # 2017 migrant protection bill" (2021 Indonesia; tip:EnactedBillWords)
            year, month, action = None, None, None
        if word_class("DraftWords").search(text, max(0, start - 12), end):
            # a draft's year is when it was drafted, a law proposed then (RECOMMENDATIONS.md lists "proposed"), not enacted:
            # "Pass and enact draft 2006 legislation" (2009 Niger), "did not take steps to enact a 2006 draft law" (factbook
            # 2011 Cameroon), as a draft submitted in a month is (tip:Proposed)
            month, action = None, "proposed" if year is not None else None
        clause_start, clause_end = next((a, b) for a, b in clauses(text) if a <= start < b or start < a)
        passed = lawmaking or _passed_near(text, clause_start, clause_end, start, end)
        promise_from = max(clause_start, text.rfind(";", 0, start) + 1)
        if word_class("CommitmentWords").search(text, promise_from, start):
            passed = None  # a passing promised in the law's own clause is not dated by the sentence (tip:CommitmentWords)
        amendment = None
        # an article is part of a law named elsewhere, dated as that law ("passed a new money laundering law, in which
        # Article 2 ...", 2003 Qatar), unless it is the only law of the sentence and what was amended: its amendment is
        # a law of its own ("In 2020, the government amended the definition of trafficking within Article 91", 2022
        # Ecuador), as "2014 amendments to the criminal code"
        article_amended = bool(_BARE_ARTICLE.match(name)) and len(mentions) == 1 and passed is not None \
            and not lawmaking and _law_action(passed.group()) == "amended"
        if passed and (year is None or month is None) and (not _BARE_ARTICLE.match(name) or article_amended):
            # "enacted in March 2008", "In 2005, the government passed the ... law", "the law was amended in 2013";
            # the verb next to the law and the date next to either, in the law's clause ("did not amend its
            # criminal code ...; in March 2008, Uzbekistan adopted ILO Conventions" dates no code)
            near = [d for d in found_dates if clause_start <= d.start < clause_end and not _since(text, d)
                    and not (d.end <= start and _after_event().match(text, d.end))
                    # a date of a step yet to be taken after the law, as after a policy ("an additional law ... that is
                    # expected to be adopted in 2006", 2006 Togo; tip:PlannedWords)
                    and not _planned_between(text, end, d.start)
                    and (abs(d.start - end) < 40 or abs(d.end - passed.start()) < 40 or abs(d.start - passed.end()) < 40
                         or d.prefix and d.start < passed.start()  # "in 2014, Haiti developed a ... plan and enacted a law"
                         # ... or the date closes a second action joined to the passing: "enacted an anti-trafficking law
                         # and validated its national action plan in 2014"
                         or passed.end() <= start and _joined_policy_action_dated(text, end, d.start))]
            # the lawmaker that criminalized something passed a law ("The government criminalized trafficking ... in 2001")
            did = "adopted" if lawmaking else _law_action(text[passed.start():passed.end()])
            if did == "proposed" and name == country_law:
                # the country's law in general is no bill: "not all forms of trafficking are prohibited; an anti-trafficking
                # bill drafted in 2013 to address gaps in existing legislation remains pending" (factbook 2016 Pakistan)
                near = []
            if near and year is None:
                year, month = near[0].year, near[0].month
                action = did
                if article_amended:
                    name = f"{year} amendments to {name}"
            elif near and near[0].year == year and action == "adopted" and did == "adopted":
                # a law named by its year, passed in a month of it: "Organic Law 2016-61, enacted in July 2016" (2023 Tunisia)
                month = near[0].month
            elif near and near[0].year > year and (did == "amended" or _AMENDMENTS_TO.search(text, max(0, start - 60), start)) \
                    and not _AS_AMENDED.match(text, end):
                # ... or amendments to it passed later: "Amendments to the 2010 labor law, passed in 2016, increased penalties"
                # (2019 Kuwait)
                # a law named by its year, amended in a later one: "In December 2005, the government amended its 2003
                # federal statute prohibiting trafficking" (2006 Nigeria): the amendment is a law of its own year
                amendment = (near[0].year, near[0].month)
        criminalized = forms if criminalizes and (i == 0 or criminalizes.start() > start) and \
            (criminalizes.start() >= start or start - criminalizes.end() < 80) else ()
        facts.append(LawFact(span=Span(sentence.index, sentence.start + start, sentence.start + end),
                             name=name, year=year, month=month, criminalizes=criminalized,
                             action=action if year is not None else None))
        if amendment:
            facts.append(LawFact(span=Span(sentence.index, sentence.start + start, sentence.start + end),
                                 name=f"{amendment[0]} amendments to the {name}", year=amendment[0], month=amendment[1],
                                 action="amended"))
        amended = _AS_AMENDED.match(text, end)
        while amended and year is not None and int(amended.group("year")) != year:
            # "The 2007 Trafficking in Persons Act, as amended in 2010, criminalizes ..." (2017 The Gambia): the
            # amendment is a law of its own year, as "2014 amendments to the criminal code"; so is each amendment after
            # it ("amended in 2010 and again in 2015", 2016 Malaysia)
            facts.append(LawFact(span=Span(sentence.index, sentence.start + start, sentence.start + amended.end()),
                                 name=f"{amended.group('year')} amendments to the {name}", year=int(amended.group("year")),
                                 month=MONTHS.index(amended.group("month").lower()) + 1 if amended.group("month") else None,
                                 action="amended"))
            amended = _AMENDED_AGAIN.match(text, amended.end())
    return facts


#: A bill's head noun in a law's name.
_BILL = re.compile(r"\bbills?$", re.I)
#: A determiner opening a name: no word of it.
_DETERMINER = re.compile(r"^(?:the|a|an|its|their|this|that|these|those)\s+", re.I)


@functools.lru_cache(maxsize=1)
def _court_decision() -> re.Pattern:
    """A legislative act's head noun after a court, its maker: "the court’s decision to acquit the defendants", "A Supreme
    Court decision issued in March 2021" (tip:JudiciaryWords, tip:LawNouns)."""
    return re.compile(rf"{word_class('JudiciaryWords').pattern}(?:[’']s)?\s+(?:[\w-]+\s+){{0,2}}?{word_class('LawNouns').pattern}", re.I)


#: Amendments named before the law they amend: "Amendments to the ", "amendments to the ministerial resolution of the ".
_AMENDMENTS_TO = re.compile(r"\bamendments?\s+to\s+(?:the\s+|its\s+)?(?:[\w-]+\s+){0,3}?(?:of\s+(?:the\s+|its\s+)?)?$", re.I)
#: A law's amendment named after it: ", as amended in 2010", "as amended in March 2015".
_AS_AMENDED = re.compile(r"(?:,?\s+|\s*[–—]\s*)(?:as\s+)?(?:amended|revised)\s+in\s+(?:(?P<month>%s)\s+)?(?P<year>%s)\b" % (MONTH, YEAR), re.I)
#: Another amendment after it: "... and again in 2015".
#: The year ends the phrase: ", and in 2014 the government launched a campaign" is no amendment.
_AMENDED_AGAIN = re.compile(r",?\s+and\s+(?:again\s+)?in\s+(?:(?P<month>%s)\s+)?(?P<year>%s)\b(?=\s*(?:[,;.)—–]|$))" % (MONTH, YEAR), re.I)


#: A lawmaker that criminalized something: the act is a law of the country ("The government criminalized trafficking in
#: women and children in 2001", 2003 Albania).
#: (tip:LawmakingBodies, tip:LawmakerSubjects; case-sensitive, as they are written)
@functools.lru_cache(maxsize=1)
def _lawmaker_criminalized() -> re.Pattern:
    return re.compile(rf"\b(?:[Tt]he\s+{word_class('LawmakingBodies').pattern}|{word_class('LawmakerSubjects').pattern})\s+"
                      r"(?:\w+ly\s+|also\s+|first\s+)*(?P<verb>criminali[sz]ed|outlawed)\b")


#: An article without its code is part of a law named elsewhere ("passed a new money laundering law, in which
#: Article 2 ...", 2003 Qatar): the law is dated, not the article.
_BARE_ARTICLE = re.compile(r"[Aa]rticles?\s+\S+$")


@functools.lru_cache(maxsize=1)
def _after_event() -> re.Pattern:
    """What follows a date that dates what happened then, not the event named after it ("prosecutions discontinued ... in
    2017 following enactment of the new criminal code", 2019 Mongolia; tip:AfterEventWords)."""
    return re.compile(rf",?\s+{word_class('AfterEventWords').pattern}", re.I)


#: A remark set off by dashes right after a name.
_ASIDE = re.compile(r"\s*[–—][^–—]{1,200}[–—]")


def _passed_near(text: str, clause_start: int, clause_end: int, start: int, end: int) -> re.Match | None:
    """The verb that passed, amended or ratified the law at ``start:end``: within a few words of it, in its clause,
    not negated ("did not amend")."""
    aside = _ASIDE.match(text, end)  # past a remark set off by dashes: "the decision ... —that previously required ...—entered"
    stop = min(max(clause_end, aside.end()), aside.end() + 60) if aside else min(clause_end, end + 60)
    found = [m for entry in load_lexicon().law_actions for m in entry.pattern.finditer(text, max(clause_start, start - 60), stop)]
    for match in sorted(found, key=lambda m: m.start()):
        if not re.search(r"\b(?:not|never|yet to)\s+(?:\w+\s+)?$", text[max(0, match.start() - 20):match.start()]):
            return match
    return None


def _dates(text: str) -> list:
    """The dates of ``text`` (:func:`kg.extract.textutil.dates`), a date opening what follows only where it opens a clause
    or a phrase: "Despite enacting an anti-trafficking law and adopting a national action plan in 2011, authorities have
    not ..." (factbook 2013 Guinea-Bissau) dates the plan before it, not the authorities after it; or where it stands
    between a subject and its verb, whose objects it dates: "the Mongolian Government in November 2005 adopted a National
    Action Plan" (2006 Mongolia)."""
    return [_opening(text, d) for d in dates(text)]


def _opening(text: str, date):
    """``date`` opening what follows (``prefix``) as :func:`_dates` reads it."""
    before_verb = _PAST_VERB_AFTER.match(text, date.end) is not None
    if date.prefix and date.start and not _OPENS.search(text, 0, date.start) and not before_verb:
        return replace(date, prefix=False)
    if not date.prefix and before_verb and _subject_before().search(text, 0, date.start):
        return replace(date, prefix=True)
    return date


#: The verb right after a date between a subject and it ("the government in 2005 adopted"): a past tense, not a participle
#: set off by a comma.
_PAST_VERB_AFTER = re.compile(r"\s+(?:also\s+|\w+ly\s+)?(?!(?:and|or|as|to|the)\b)\w+ed\b(?!\s+(?:by|in|on|to)\b)")


@functools.lru_cache(maxsize=1)
def _subject_before() -> re.Pattern:
    """A subject right before such a date: "the government", "the Mongolian Government", "parliament", "authorities"
    (tip:GovernmentSubjectWords of response.ttl, the legislatures among them)."""
    return re.compile(rf"{word_class('GovernmentSubjectWords').pattern}\s+$", re.I)


@functools.lru_cache(maxsize=1)
def _new_subject() -> re.Pattern:
    """A comma, then a subject of the government's (tip:GovernmentSubjectWords) with up to two words before it ("the
    Mongolian government", "the labor ministry") and an adverb after, right before a verb: the verb is the subject's.
    Not a relative clause's subject, whose verb acts on the policy (", which the government adopted in 2019")."""
    return re.compile(rf",\s+(?:(?:the|its)\s+)?(?:(?!(?:which|that|whom?)\b)[\w’'-]+\s+){{0,2}}?{word_class('GovernmentSubjectWords').pattern}"
                      r"\s+(?:\w+ly\s+|also\s+)?$", re.I)


#: What a date that opens a clause or phrase comes after: a break or a conjunction ("; in January 2015, an ...").
_OPENS = re.compile(r"(?:[,;:(–—]|\b(?:and|but|while|whereas|then|however))\s*$", re.I)


#: A second action joined to a law's passing, whose date closes the clause and dates both: "enacted an anti-trafficking law
#: and validated its national anti-trafficking action plan in 2014", "enacting an anti-trafficking law and finalizing and
#: adopting a national action plan in 2011".
_JOINED_ACTION_DATED = re.compile(r"\s+and\s+(?:(?:\w+ly|also)\s+)?(?P<verbs>\w+(?:ed|ing)(?:\s+and\s+\w+(?:ed|ing))?)\s+"
                                  r"(?P<object>(?:a|an|the|its|their)\s+[^,;:.()—–]{1,80}?)\s+", re.I)


def _joined_policy_action_dated(text: str, law_end: int, date_start: int) -> bool:
    """Whether a second action joined to a law's passing closes with the date (:data:`_JOINED_ACTION_DATED`) and is itself
    a policy action: a verb of setting up (tip:Adopted) and a policy or law it sets up (tip:PolicyTypeScheme, tip:LawNouns).
    An act of law enforcement dates no law: "passed a new anti-trafficking law and prosecuted its first case under the law
    in 2019"."""
    joined = _JOINED_ACTION_DATED.fullmatch(text, law_end, date_start)
    if joined is None:
        return False
    lexicon = load_lexicon()
    setting_up = next(e.pattern for e in lexicon.actions if e.key == "adopted")
    policy = joined.group("object")
    return setting_up.search(joined.group("verbs")) is not None and (
        word_class("LawNouns").search(policy) is not None or any(e.pattern.search(policy) for e in lexicon.policy_types))


def _since(text: str, date) -> bool:
    """A year after "since" or "as of" is when something last happened or how things stood, not the date of an action
    ("has not met since 2012", "a national action plan that awaited presidential approval as of April 2015"); unless "as
    of" and its month open a clause whose verb is a past of its own, when it took effect: "As of January 2012, the
    government adopted legislation permitting corporate criminal liability" (2012 Czech Republic), not "As of March 2020,
    the government had opened ..." (how things stood)."""
    found = re.match(r"since|as of", text[date.start:date.start + 5], re.I)
    if found and found.group().lower() == "as of" and date.month and date.prefix and _past_of_its_own().match(text, date.end):
        return False
    return bool(found)


def _compared(text: str, date) -> bool:
    """A year in a comparison is the year of the figure compared, not the date of an action (tip:ComparisonOpenerWords:
    "drafted the accompanying annual national program ... with a budget of 461,600 lev ($267,750), an increase from 440,400
    lev ($255,450) in 2020", 2022 Bulgaria; "compared with one in 2020"): the comparison's opener before it with only its
    figure between, a few words of numbers and currency, no comma, semicolon or full stop set off and no determiner, which
    opens a phrase or clause of its own whose date is a real one ("increased from 100 to 300 after the government launched
    a hotline in 2019", "an increase from 15,000 lari for the action plan adopted in 2018")."""
    window = text[max(0, date.start - 100):date.start]
    openers = list(word_class("ComparisonOpenerWords").finditer(window))
    if not openers:
        return False
    gap = window[openers[-1].end():]
    return not re.search(r"[,;.](?:\s|$)", gap) and len(gap.split()) <= 5 \
        and not re.search(r"\b(?:the|a|an|its|their|this|that)\b", gap, re.I)


@functools.lru_cache(maxsize=1)
def _past_of_its_own() -> re.Pattern:
    """A subject of up to four words and its verb in the past, no auxiliary or negation between (tip:AuxiliaryWords):
    ", the government adopted"."""
    return re.compile(rf",\s+(?:(?!{word_class('AuxiliaryWords').pattern}\b)[\w’'.-]+\s+){{1,4}}?(?:\w+ly\s+)?[a-z]+ed\b")


def _law_action(text: str) -> str | None:
    """What the sentence did to its law: amended, ratified or adopted (passed, enacted ...): the action of
    tip:PolicyActionScheme whose law wording (tip:lawTrigger) comes first in ``text``."""
    found = [(m.start(), e.key) for e in load_lexicon().law_actions for m in [e.pattern.search(text)] if m]
    return min(found)[1] if found else None


#: Laws named by a participle of their passing and its date: "due to stricter visa laws enacted in June 2019" (2020 Chile).
_ENACTED_LAWS = (
    # (not a verb before it: "still has not passed anti-trafficking legislation drafted in 2010", factbook 2016 Venezuela)
    r"(?<![\w’'-])(?P<name>(?:(?!(?:the|a|an|its|their|of|to|and|or|under|by|with|for|in|on|from|at|new|not|has|have|had)\b)"
    r"(?!(?:%(passing)s|%(proposing)s)\b)[\w-]+\s+){0,3}?"
    # ... what it is about: "the government’s decision to abolish exit visas for migrant workers", "the decree on victim
    # protection"
    r"(?:%(nouns)s)(?:\s+(?:to\s+(?!(?:the|a|an)\b)[a-z]+|on)(?:\s+[\w’'-]+){1,10}?)?)"
    # ... a remark set off by dashes between it and its verb
    # ... or a comma before its relative clause: "the revised children's code, which came into effect in March 2020", or
    # before the participle of its proposing: "a draft anti-trafficking law, first introduced in 2010" (2017 Venezuela), or of
    # its passing: "an earlier presidential decree, issued in December 2012, ..."
    r"(?:%(aside)s\s*|\s+|,\s+(?=which\b|(?:first\s+)?(?:%(proposing)s|%(passing)s)\b))(?:(?:that|which)\s+)?(?:was\s+|were\s+)?"
    r"(?:(?:\w+ly|first)\s+)?"
    # ... or by its entry into force: "A law entered into force in June 2015 establishing ..." (2016 Armenia); a bill passed is
    # a law ("a migrant worker protection bill passed in 2017", 2020 Indonesia); in force on the clause's date, the subject
    # of what enters into force is a law whatever its date: "In January 2021, the government’s decision to eliminate the
    # NOC—that previously required ...—entered into force" (2022 Oman)
    # ... by one house too, which the guideline counts as passing: "Anti-trafficking legislation was adopted by the National
    # Assembly in late 2003" (lower house only, the Senate still to vote)
    # ... a draft by its proposing, to whomever it went: "The draft amendments were submitted to the prime minister for
    # review in January 2017" (2017 Jordan): a law proposed then (RECOMMENDATIONS.md lists "proposed")
    r"(?=(?:%(passing)s)(?:\s+by\s+%(legislature)s)?\s+in\s+(?:(?:late|early|mid)[\s-]+)?(?:%(month)s\s+)?%(year)s\b|(?:entered|came|went)\s+into\s+(?:force|effect)\b|took\s+effect\b"
    r"|(?:%(proposing)s)(?:\s+(?:to|for)\s+[^,.;]{1,40}?)?\s+in\s+(?:%(month)s\s+)?%(year)s\b)")
#: Legislation passed with a participle and its object of what it does at more length: "passed anti-trafficking legislation
#: establishing a comprehensive legal framework to address trafficking in persons" (2015 Malawi), "issued a ministerial
#: decree creating an anti-trafficking bureau" (2015 Lebanon).
_LEGISLATION_DOING = r"%(before)s(?P<name>(?:[\w-]+\s+){0,3}?%(nouns)s)\s+\w+ing\s+(?:a|an|the|all)\b"


def _legislative_acts(text: str, mentions: list) -> list[tuple[int, int, str, None]]:
    """Decisions, decrees and resolutions the sentence says were passed, where no law is named; laws named by the
    participle of their passing (:data:`_ENACTED_LAWS`) or by what they do (:data:`_LEGISLATION_DOING`)."""
    found: list[tuple[int, int, str, None]] = []
    # a law dated by its passing first, then an act named with it ("enacting some implementing regulations to a migrant worker
    # protection bill passed in 2017", 2020 Indonesia: the bill is dated, not the regulations)
    legislative_act, enacted_laws, legislation_doing = _law_patterns()
    if not may_match(word_class("LawNouns"), text) or not word_class("LawNouns").search(text):
        return found
    for match in [m for pattern in (enacted_laws, legislative_act, legislation_doing) if may_match(pattern, text)
                  for m in pattern.finditer(text)]:
        if not any(s <= match.start("name") < e for s, e, *_ in mentions + found) \
                and not any(match.start("name") <= s < match.end("name") for s, _, _, _ in found):
            found.append((match.start("name"), match.end("name"), re.sub(r"\s+", " ", match.group("name")), None))
    return found


def _policies(sentence: Sentence, actors_text: str, recommended: bool = False, abbreviations=()) -> list[PolicyFact]:
    """The policies of ``sentence`` (its actors read in ``actors_text``, the sentence as written); of a recommendation
    (``recommended``), every action is asked for: its setting up
    ("approve the 2022-2025 national action plan") denies that the policy exists yet, another ("update and implement
    the 2011 anti-trafficking national action plan", 2018 Fiji) does not; ``abbreviations`` are the document's own
    (:func:`_abbreviations`)."""
    lex = load_lexicon()
    text = sentence.text
    found_dates = [d for d in _dates(text) if not _since(text, d) and not _compared(text, d)]
    facts: list[PolicyFact] = []
    for clause_start, clause_end in _with_participles(text, clauses(text)):
        mentions = all_matches(lex.policy_types, text[clause_start:clause_end])
        if abbreviations:
            # a policy named by the abbreviation the document defined for it, where no wording is read
            mentions = sorted(mentions + [(e, m) for e, m in all_matches(abbreviations, text[clause_start:clause_end])
                                          if not any(m.start() < o.end() and o.start() < m.end() for _, o in mentions)],
                              key=lambda em: em[1].start())
        # a policy named in a body's name is part of that name, no policy of its own ("the Permanent National Committee for
        # the Implementation of the National Strategy for the Prevention of Trafficking", 2020 Kuwait)
        mentions = [(e, m) for e, m in mentions
                    if not _in_a_body_name().search(text, max(clause_start, clause_start + m.start() - 80), clause_start + m.start())]
        actors = actor_refs(actors_text, clause_start, clause_end)
        previous_end = clause_start
        for k, (entry, match) in enumerate(mentions):
            start, end = clause_start + match.start(), clause_start + match.end()
            next_start = clause_start + mentions[k + 1][1].start() if k + 1 < len(mentions) else clause_end
            window_start = max([previous_end] + [d.end for d in found_dates if previous_end <= d.start < start and d.prefix])
            action = _action(text, window_start, start, end, next_start)
            if action is None and entry.key == "training" and _training_of().match(text, start):
                # the verb of training and its count of people is the training held: "reported training 23,890 police
                # officers on human trafficking in 2018" (2019 Bangladesh), as "provided training to ..." is
                action = "provided"
            if entry.key == "coordinator" and action != "absent" \
                    and _put_in_post().search(text, max(window_start, start - 60), _post_start(match.group(), start)) \
                    and not _post_given_more().match(text, end):
                # a coordinator put in the post by a verb of posting right before it is appointed: "assigned a new National
                # Coordinator in September 2013" (2014 Montenegro; tip:PostingWords)
                action = "appointed"
            elif entry.key == "coordinator" and action == "appointed" and _post_given_more().match(text, end):
                # ... and a post given a role or a thing by a verb of appointing is not filled either: "the president appointed
                # the national coordinator as chair of the working group"
                action = None
            if action is None and k and facts and facts[-1].action not in (None, "absent") \
                    and re.search(r"\band\b", text[previous_end:start]):
                # objects joined by "and" share the verb: "announced the creation of a national task force
                # and a protocol for handling trafficking cases"
                action = facts[-1].action
            # a date after a plan of the government's is when it would be done, no date of what was done ("initiated the
            # development of a new victim identification guide and planned to finalize ... it in 2019", 2019 Guatemala)
            # ... as is a date after a policy a plan's verb sets up ("the committee planned to create a new national action plan by
            # the end of 2022", 2022 Bahrain)
            # (the clause's opening date is its first verb's)
            planned = _planned_before().search(text, window_start, start)
            done_dates = [d for d in found_dates if not planned
                          and not _planned_between(text, end, d.start)]
            # a date in a relative clause of a predicate joined by "and" is that predicate's: "opened ... the government’s first
            # shelter ... and ceased coordinating with ... (GATIA), which recruited and used child soldiers in 2019" (2020 Niger)
            joined = _JOINED_PREDICATE.search(text, end, next_start)
            relative = _RELATIVE.search(text, joined.end(), next_start) if joined else None
            year, month = _date(done_dates, clause_start, previous_end, start, end, relative.start() if relative else next_start)
            if year is None:
                year, month = _date_after_action(text, done_dates, window_start, start)
            if year is None and entry.key in _INSTITUTIONS:
                year = _created_by_decree(text, clause_start, start)
            inception = _inception().search(text, clause_start, start) if year is None and k == 0 else None
            if inception:
                # "Since its inception in July 2017, the LMRA’s “flexible (or flexi) work permit” program has served ..."
                # (2020 Bahrain): the policy the sentence opens on was set up then
                since = next((d for d in found_dates if d.start == inception.start("date")), None)
                if since is not None:
                    year, month, action = since.year, since.month, "adopted"
            if year is not None and not any(end <= d.start < next_start and d.year == year for d in done_dates) \
                    and _for_purpose(text, window_start, start):
                # what a policy or partnership is for is not done by the clause's verb: "established a dedicated
                # anti-trafficking unit ... for prosecuting trafficking crimes and providing training" (2022 Romania),
                # "pursued partnerships with NGOs to provide training to hundreds of officials" (2011 Armenia), "worked to
                # achieve the NAP’s goals, which included developing the NRM" (2022 Oman; tip:CommitmentWords)
                year, month = None, None
            if action in _UPKEEP:
                # "provided funding for a new shelter ... that opened in September 2011": the opening is dated
                action = _setting_up(text, window_start, start, end, next_start) or action
            if _content_of_law(text, clause_start, start, entry.key) or action in (None, "absent") or \
                    action in _UPKEEP and not (action == "provided" and entry.key in _EVENTS):
                # the date is the law's ("passed legislation that will provide ... residence status"), no action is
                # dated ("recommitment to an action plan ... by 2016, the practice expanded during 2014"), or the
                # year is of the upkeep, not of the policy ("Government-funded NGOs provided shelter and care to 58
                # victims in 2010"); an event is dated by when it was held ("held a trafficking awareness event in
                # March 2012")
                year, month = None, None
            denied = _verb_denied(text, window_start, start) if action == "absent" else None
            set_up = _set_up_after_denial(text, end) if denied and not _denied_setting_up(text, denied.end(), start) else None
            if set_up is not None:
                # the participle of its setting up right after it dates the policy, whatever verb before is denied: "the
                # government again did not allocate money to a fund established in 2004 for victim compensation" (factbook
                # Brunei); not "no shelter opened in 2019", nor a setting up denied ("has not yet established the shelter
                # approved in 2016")
                year, month = set_up, next((d.month for d in found_dates if d.start >= end and d.year == set_up), None)
                action = "adopted"
            elif denied and (_funding_denied(text, denied.end(), start)
                             or not _denied_setting_up(text, denied.end(), start) and _set_up_by_another(text, end)):
                # money denied to, for or from a policy says nothing of whether it exists ("did not allocate funding to the
                # shelter"), and one set up by another exists ("did not support the shelter opened in 2016 by an NGO"): no action
                action = None
            agent = _AGENT_OF_PARTICIPLE.search(text, max(previous_end, start - 80), start) if k and facts else None
            if agent and facts[-1].year is None and not text[previous_end:agent.start()].strip(" ,") \
                    and any(e.pattern.fullmatch(agent.group("verb")) for e in _setting_up_actions()):
                # a body after "by" of a participle right after a policy is who set that policy up, and the date after the body
                # is the participle's: "formal manuals instituted by an Inter-Ministerial Liaison Committee in 2010" (2020
                # Japan) dates the manuals, not the committee
                if year is not None:
                    facts[-1] = replace(facts[-1], year=year, month=month, action=facts[-1].action or "adopted")
                year, month, action = None, None, None
            if _listed_in().search(text, max(window_start, start - 40), start):
                # a publication that lists the policy is no setting up of it: "In December 2014, the government released
                # ... an updated guide of available shelters" (2015 Spain)
                year, month = None, None
            named = _named_year(text, start, end) if year is None else None
            # (a verb denied is not asked for: "did not take steps to update or implement its 2011 ... plan", 2019 Fiji)
            asked = action in ("adopted", "appointed") if recommended else action != "absent" and _asked(text, window_start, start)
            # a policy is denied where the negation is of it ("no shelter") or of its setting up ("did not adopt its 2011
            # plan"), not of what was done with it: "did not take steps to update or implement its 2011 anti-trafficking
            # action plan" (2019 Fiji) names a plan that exists
            denied_itself = action == "absent" and _denied(text, window_start, start) \
                and (denied is None or _denied_setting_up(text, denied.end(), start))
            if named and not denied_itself and not asked:
                # a year in the policy's name dates it, as a law's ("continued its 2017 ban on labor migration",
                # 2023 Ghana; "the 2007 NAP")
                year, month = named, None
                action = "adopted" if action in (None, "absent") else action
            facts.append(PolicyFact(span=Span(sentence.index, sentence.start + start, sentence.start + end),
                                    policy_type=entry.key, label=match.group(), action=action,
                                    year=year, month=month, actors=actors))
            previous_end = end
    return facts


@functools.lru_cache(maxsize=1)
def _in_a_body_name() -> re.Pattern:
    """The capitalised name of a body up to a policy it is for: "Committee for the Implementation of the ", "Council on the "
    (tip:BodyNameNouns)."""
    return re.compile(rf"{word_class('BodyNameNouns').pattern}"
                      r"\s+(?:for|on)\s+(?:the\s+)?(?:(?-i:[A-Z][\w-]*)\s+(?:(?:of|for|on)\s+)?(?:the\s+)?){0,3}$")


#: A participle set off by a dash after a policy, which says when it was set up: "victim identification SOPs – formally
#: adopted in April 2020 – for law enforcement" (2023 Malaysia).
_PARTICIPLE = re.compile(r"(?:\w+ly\s+)?\w+ed\b")


def _with_participles(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The clauses of a sentence, each with the participle set off by a dash after it (:data:`_PARTICIPLE`)."""
    joined: list[tuple[int, int]] = []
    for start, end in spans:
        if joined and re.fullmatch(r"\s*[–—]\s*", text[joined[-1][1]:start]) and _PARTICIPLE.match(text, start, end):
            joined[-1] = (joined[-1][0], end)
        else:
            joined.append((start, end))
    return joined


#: Actions that keep up or pay for a policy, rather than set it up: their year is no date of the policy.
_UPKEEP = ("provided", "funded", "continued")
#: Policies that are events: held (``provided``) in a year, they are dated by it.
_EVENTS = ("training", "awareness_campaign", "education_programme")


@functools.lru_cache(maxsize=1)
def _listed_in() -> re.Pattern:
    """A publication that lists policies of a kind, right before their name: "a guide of available shelters", "a directory
    of hotlines", "a list of the shelters" (tip:ListingNouns)."""
    return re.compile(rf"{word_class('ListingNouns').pattern}\s+(?:of|to|listing)\s+(?:(?:available|existing|all|the|its)\s+)*$",
                      re.I)


@functools.lru_cache(maxsize=1)
def _setting_up_actions() -> list:
    """The actions of the lexicon that set a policy up: not upkeep ("funded", "continued"), not "absent"."""
    return [e for e in load_lexicon().actions if e.key not in _UPKEEP and e.key != "absent"]


@functools.lru_cache(maxsize=1)
def _actions_and_negations() -> tuple[list, list]:
    """The actions of the lexicon that do something with a policy, and those that deny it ("absent")."""
    actions = load_lexicon().actions
    return [e for e in actions if e.key != "absent"], [e for e in actions if e.key == "absent"]


def _setting_up(text: str, window_start: int, start: int, end: int, next_start: int) -> str | None:
    """An action that sets the policy up, nearest before it ("funded the opening of three new shelters") or in its
    stretch after it ("a new shelter ... that opened in September 2011")."""
    entries = _setting_up_actions()
    before = _last_match(entries, text, window_start, start)
    # what is continued is kept up, whatever its verb: "continued to implement victim identification protocols at the
    # Madrid and Barcelona airports in 2021" (2022 Spain)
    if before and not _continued().search(text, window_start, before[1].start()):
        return before[0].key
    # not past a predicate of the subject joined by "and": "continued to support four shelters that provided specialized
    # services ... and passed a new comprehensive trafficking law in December 2012" (2013 Argentina)
    joined = _JOINED_PREDICATE.search(text, end, next_start)
    after = first_match(entries, text, end, joined.start() if joined else next_start)
    return after[0].key if after else None


@functools.lru_cache(maxsize=1)
def _continued() -> re.Pattern:
    """The upkeep a verb right after it belongs to: "continued to implement", "maintained and updated"
    (tip:Continued's wordings, ontology/response.ttl)."""
    entry = next(e for e in load_lexicon().actions if e.key == "continued")
    return re.compile(rf"{entry.pattern.pattern}\s+(?:to\s+|and\s+)?(?:\w+ly\s+)?$", entry.pattern.flags)
#: A relative clause set off by a comma: ", which recruited ...", ", who ...".
_RELATIVE = re.compile(r",\s+(?:which|who|whose)\b")
#: A predicate joined to the one before by "and": "... and passed", "..., and recently opened".
#: A participle and "by" right before a policy, which is then its agent: "formal manuals instituted by an Inter-Ministerial
#: Liaison Committee in 2010" (2020 Japan).
_AGENT_OF_PARTICIPLE = re.compile(r"(?P<verb>\b[a-z]+ed)\s+by\s+(?:(?:the|an?|its)\s+)?(?:[\w’'-]+\s+){0,3}$")
_JOINED_PREDICATE = re.compile(r",?\s+and\s+(?:\w+ly\s+)?\w+ed\b")


#: The last verb of a list joined by "or" ("..., or implement").
_OR_CLOSES = re.compile(r"\bor\s+(?:\w+ly\s+)?$")


def _action(text: str, window_start: int, start: int, end: int, next_start: int) -> str | None:
    others, absent = _actions_and_negations()
    # the negation nearest the policy: "did not provide ..., did not systematically implement its victim identification
    # procedures" (2018 Papua New Guinea) is denied by the second "did not", not undone by the first's comma
    negation = _last_match(absent, text, window_start, start)
    before = first_match(others, text, window_start, start)
    nearest = _last_match(others, text, window_start, start)  # (entry, match)
    # a negation in a clause of its own before the verb does not hold: "Although shelters remained lacking,
    # the government opened a hotline", "does not have laws ... but introduced ..., and formed an
    # anti-trafficking steering committee" (factbook 2013 Maldives)
    if negation:
        between = text[negation[1].end():nearest[1].start()] if nearest else ""
        # ... but a list of what was not done, closed by "or", is denied to its last verb: "did not take law enforcement
        # action ..., conduct any prevention activities, or implement its national action plan in 2014"
        if nearest and nearest[1].start() > negation[1].end() and re.search(r",|\bbut\b|\band\b", between) \
                and not (_OR_CLOSES.search(between) and not re.search(r"\bbut\b|[;:]", between)):
            return nearest[0].key
        return "absent"
    if before:
        return before[0].key
    # the action after it is of its own predicate, a few words on ("A new shelter opened in March 2016", "The hotline,
    # launched in 2015, ..."), not of a clause further on ("the Anti-Trafficking Department ... reported investigating 39
    # incidents (69 in 2017), culminating in the opening of 26 trafficking cases", 2019 Laos)
    after = first_match(others, text, end, min(next_start, end + _AFTER_WINDOW))
    if after and _new_subject().search(text, end, after[1].start()):
        # past a comma and a subject of its own, the verb is that subject's, the policy only named in a phrase before it:
        # "In February 2020, after consulting two foreign NGOs on shelter best practices and SOPs, the government opened
        # its inaugural trafficking-specific shelter" (2020 Qatar)
        return None
    if after and _pending().search(text, max(end, after[1].start() - 30), after[1].start()):
        return "absent"  # "The government’s draft 2022-2025 NAP remained pending adoption" (2023 Côte d'Ivoire)
    if after and re.search(r"\bto\s+(?:\w+ly\s+)?$", text[max(end, after[1].start() - 12):after[1].start()]):
        # an infinitive after the policy is what it set out to do to something else: "the anti-trafficking committee partnered
        # with an international organization to develop a comprehensive database" (2023 Morocco)
        return None
    if after and after[1].group().lower().endswith("ing"):
        # a verb in -ing after the policy is what it does, not what was done to it: "The police anti-trafficking unit (ATU)
        # reported initiating 44 investigations in 2020" (2021 Dominican Republic)
        return None
    return after[0].key if after else None


#: An infinitive or gerund of purpose right before a policy's action: after a noun ("partnerships with NGOs to provide"),
#: after "for" ("for prosecuting ... and providing"); not after a verb it completes ("continued to provide", "began to").
#: (tip:ToCompletingVerbs; case-sensitive, as they are written)
@functools.lru_cache(maxsize=1)
def _purpose() -> re.Pattern:
    return re.compile(rf"(?:\b(?!{word_class('ToCompletingVerbs').pattern})(?P<noun>[A-Za-z]\w*)(?<!ed)\s+to"
                      r"|\bfor\s+\w+ing\b(?:\s+[\w’'-]+){0,4}?\s+and)\s+(?:\w+ly\s+)?$")
#: A partner after the verb it worked with, right before "to": "worked with IOM to establish", "cooperated with IOM and
#: UNICEF to launch"; not a partnership named as a noun ("pursued partnerships with NGOs to provide training", 2011 Armenia).
_PARTNER = re.compile(r"\b\w+ed\s+(?:\w+ly\s+)?with\s+(?:[\w’'.-]+\s+){0,6}$")


def _for_purpose(text: str, window_start: int, start: int) -> bool:
    """Whether the action before the policy at ``start`` is what something is for, or a goal, not what was done
    (:func:`_purpose`, tip:CommitmentWords)."""
    if word_class("CommitmentWords").search(text, window_start, start):
        return True
    found = _last_match(_actions_and_negations()[0], text, window_start, start)
    purpose = _purpose().search(text, max(0, found[1].start() - 60), found[1].start()) if found else None
    if purpose is None or purpose.group("noun") is None:
        return purpose is not None
    # not the means it was done by: an instrument that does it ("signed two separate orders to establish regional
    # anti-trafficking committees", 2023 Cameroon; "issued a directive to establish", tip:InstrumentWords), a partner it was
    # done with ("worked with IOM to establish"; RECOMMENDATIONS.md: partnership only where cooperation is the action)
    noun = purpose.group("noun")
    instrument = word_class("InstrumentWords")
    return not (instrument.fullmatch(noun) or instrument.fullmatch(singular(noun.lower()))
                or _PARTNER.search(text, max(0, purpose.start() - 60), purpose.start("noun")))


@functools.lru_cache(maxsize=1)
def _training_of() -> re.Pattern:
    """Training named by its verb and the count of the people trained, approximate or not (tip:ApproximationWords):
    "training 23,890 police officers", "trained 20 inspectors"."""
    return re.compile(rf"train(?:ed|ing)\s+(?:{word_class('ApproximationWords').pattern}\s+)?\d", re.I)


#: Characters after a policy in which an action is its own.
_AFTER_WINDOW = 80


@functools.lru_cache(maxsize=1)
def _put_in_post() -> re.Pattern:
    """A verb of putting a person in a post (tip:PostingWords) right before a post's name with an indefinite or new-post
    determiner and up to three words between ("assigned a ", "assigned a new full-time "), or a verb of naming
    (tip:NamingWords) with a new-post determiner only ("named a new ", "named its first "): a post named by "the" is one
    that exists, given a task ("assigned the National Coordinator additional responsibilities") or the name of something
    ("an office named the Office of the National Coordinator")."""
    new_post = rf"(?:a|an|its)\s+(?:{word_class('NewPostWords').pattern})"
    return re.compile(rf"(?:{word_class('PostingWords').pattern}\s+(?:{new_post}|a|an)"
                      rf"|{word_class('NamingWords').pattern}\s+{new_post})\s+(?:[\w-]+\s+){{0,3}}$", re.I)


def _post_start(wording: str, start: int) -> int:
    """Where a post's name starts in its wording found at ``start``: after a new-post word that may open the wording
    (tip:NewPostWords: "a new national coordinator")."""
    opening = _new_post_opening().match(wording)
    return start + (opening.end() if opening else 0)


@functools.lru_cache(maxsize=1)
def _new_post_opening() -> re.Pattern:
    return re.compile(rf"(?:{word_class('NewPostWords').pattern})\s+", re.I)


@functools.lru_cache(maxsize=1)
def _post_given_more() -> re.Pattern:
    """What follows a post given another role or a thing, not filled: "... as chair of", "... additional responsibilities"
    (a second object); not a date, a place or a clause of its own ("in September 2013", ", and convicted":
    tip:PostClosingWords)."""
    return re.compile(rf"\s+(?:as\b|(?!{word_class('PostClosingWords').pattern})[a-z][\w-]*\b)")


@functools.lru_cache(maxsize=1)
def _pending() -> re.Pattern:
    """Words right before an action that say it has not been taken yet: "remained pending adoption", "awaited presidential
    approval", "is yet to be approved" (tip:PendingWords)."""
    return re.compile(rf"{word_class('PendingWords').pattern}\s+(?:\w+\s+)?$", re.I)


@functools.lru_cache(maxsize=1)
def _planned_before() -> re.Pattern:
    """Words of a step yet to be taken (tip:PlannedWords) a few words before a policy, its verb among them."""
    return re.compile(rf"{word_class('PlannedWords').pattern}\s+(?:[\w’'-]+\s+){{1,5}}$", re.I)


def _last_match(entries, text: str, start: int, end: int):
    """The entry whose wording comes last in ``text[start:end]``, with its match, or None."""
    found = [(entry, m) for entry in entries if may_match(entry.pattern, text) for m in entry.pattern.finditer(text, start, end)]
    return max(found, key=lambda em: em[1].start()) if found else None


def _date(found_dates, clause_start: int, previous_end: int, start: int, end: int, next_start: int):
    """A prefix date of the clause or of this mention's stretch, else a date right after the mention."""
    opening = [d for d in found_dates if clause_start <= d.start < start and d.prefix and d.start >= previous_end]
    if opening:
        return opening[-1].year, opening[-1].month
    following = [d for d in found_dates if end <= d.start < next_start and not d.prefix]
    if following:
        return following[0].year, following[0].month
    opening = [d for d in found_dates if clause_start <= d.start < start and d.prefix]
    if opening:
        return opening[-1].year, opening[-1].month
    return None, None


#: What stands between a date right after an action and the policy it sets up: "of" after a noun of the action, the
#: object's determiner and up to five words of its name ("developed in 2016 a new national victim referral mechanism").
_OBJECT_AFTER_DATE = re.compile(r",?\s+(?:of\s+)?(?:a|an|the|its|their)\s+(?:[\w’'-]+\s+){0,5}?")


def _date_after_action(text: str, found_dates, window_start: int, start: int) -> tuple[int | None, int | None]:
    """A date between a verb or noun of setting a policy up (tip:Adopted ...) and the policy's phrase, with only the phrase's
    determiner and first words after it: "the government developed in 2016 a new national victim referral mechanism" (2017
    Tunisia), "with the creation in 2012 of a working-level committee to combat human trafficking" (factbook 2013
    Equatorial Guinea). Not a date after another verb ("reported in 2019 a total of ...")."""
    for date in found_dates:
        if window_start <= date.start and date.end <= start and _OBJECT_AFTER_DATE.fullmatch(text, date.end, start):
            action = _last_match(_setting_up_actions(), text, window_start, date.start)
            if action is not None and not text[action[1].end():date.start].strip() \
                    and re.match(r"in\b", text[date.start:date.start + 3], re.I):
                return date.year, date.month
    return None, None


#: A year, or the years, a policy is named by right before its name: "its 2017 ban", "the 2013-2017 national action plan".
_NAMED_YEAR = re.compile(r"\b(?:the|its|a|an|[\w.-]+[’']s)\s+(?:own\s+)?(?:new\s+|first\s+|second\s+|third\s+|revised\s+)?"
                         rf"(?P<year>{YEAR})(?P<span>{TO_YEAR})?\s+(?:[\w-]+\s+){{0,2}}$", re.I)


def _named_year(text: str, start: int, end: int) -> int | None:
    """The year a policy is named by ("its 2017 ban", "its 2011 anti-trafficking action plan"): it was set up then, as a
    law named by its year was passed then. Not the years a plan runs for ("the 2013-2017 national action plan", "a
    national strategy for 2019-2024"): its span, no date of an action (RECOMMENDATIONS.md part B: a year that is not the
    date of the action); a stated adoption dates such a plan ("adopted the 2018-2020 NAP in March 2018")."""
    found = _NAMED_YEAR.search(text, max(0, start - 60), start)
    if not found or found.group("span") or word_class("DraftWords").search(text, max(0, found.start() - 12), start):
        return None  # (and a draft is named for the year it would be adopted: "the government’s draft 2022 NAP")
    return int(found.group("year"))




#: A participle and its date right after a policy: "the National Referral Mechanism adopted in 2019", "the SOPs, launched in
#: March 2022".
_SET_UP_IN = re.compile(r",?\s+(?:\w+ly\s+)?(?P<verb>\w+ed)\s+in\s+(?:(?:%s)\s+)?(?P<year>%s)\b" % (MONTH, YEAR), re.I)


def _set_up_in(text: str, end: int) -> int | None:
    """The year of the participle of setting up right after a policy ending at ``end`` (:data:`_SET_UP_IN`)."""
    found = _SET_UP_IN.match(text, end)
    if found and any(e.pattern.fullmatch(found.group("verb")) for e in _setting_up_actions()):
        return int(found.group("year"))
    return None


def _asked(text: str, window_start: int, start: int) -> bool:
    """Whether the action before a policy asks for it: a verb in its base form opening its clause ("...; approve the
    2022-2025 national action plan (NAP); or adopt ...", 2023 Seychelles), not "efforts to implement the ... plan"."""
    found = _last_match(_actions_and_negations()[0], text, window_start, start)
    if not found or re.search(r"(?:ed|ing|s)$", found[1].group(), re.I):
        return False
    return bool(re.search(r"(?:^|[;:.•]\s*|\b(?:and|or)\s+)(?:\w+ly\s+)*$", text[:found[1].start()]))


def _verb_denied(text: str, window_start: int, start: int) -> re.Match | None:
    """The negation before a policy if it denies a verb ("did not allocate money to", "failed to fund"), not the policy
    itself ("no shelter", "without a hotline": tip:PolicyNegationWords)."""
    negation = _last_match(_actions_and_negations()[1], text, window_start, start)
    if negation is None or word_class("PolicyNegationWords").fullmatch(negation[1].group()):
        return None
    return negation[1]


def _denied_setting_up(text: str, negation_end: int, start: int) -> bool:
    """Whether the verb a negation denies before a policy is itself its setting up ("has not yet established the shelter
    approved in 2016"): a participle after the policy then says what was approved, not that it was set up."""
    return first_match([e for e in _setting_up_actions() if e.key in ("adopted", "appointed")], text, negation_end, start) is not None


#: An agent after a participle: "opened in 2016 by an NGO", "created by the 2012 law".
_BY_AGENT = re.compile(r"\s+by\s+(?P<agent>[^,.;:()]{1,60})")


def _set_up_after_denial(text: str, end: int) -> int | None:
    """The year of the participle of setting up right after a policy whose verb before is denied (:func:`_set_up_in`): not
    past a comma, where it may say what another did ("did not fund the shelter, opened in 2016 by an NGO"), nor with an
    agent other than the government or a law (tip:GovernmentSubjectWords, tip:LawNouns: "opened in 2016 by an NGO")."""
    found = _SET_UP_IN.match(text, end)
    if found is None or found.group().startswith(",") or _set_up_by_another(text, end):
        return None
    return _set_up_in(text, end)


def _set_up_by_another(text: str, end: int) -> bool:
    """Whether the participle of setting up right after a policy, past a comma or not, has an agent other than the
    government or a law ("the shelter opened in 2016 by an NGO": tip:GovernmentSubjectWords, tip:LawHeadNouns)."""
    found = _SET_UP_IN.match(text, end)
    if found is None or _set_up_in(text, end) is None:
        return False
    by = _BY_AGENT.match(text, found.end())
    return bool(by and not (word_class("GovernmentSubjectWords").search(by.group("agent"))
                            or word_class("LawHeadNouns").search(by.group("agent"))))


def _funding_denied(text: str, negation_end: int, start: int) -> bool:
    """Whether a negation denies money to, for or from a policy, not the policy ("did not fund the shelter", "did not
    allocate funding to the shelter", "did not disburse any money from the fund dedicated to victims": tip:FundingVerbs)."""
    return bool(word_class("FundingVerbs").search(text, negation_end, start))


def _denied(text: str, window_start: int, start: int) -> bool:
    """Whether the negation before a policy denies the policy itself, not another version of it."""
    return not _another_of().search(text, window_start, start)


@functools.lru_cache(maxsize=1)
def _another_of() -> re.Pattern:
    """What a negation before a plan may deny instead of the plan itself: "did not approve a revised version of the ... plan"
    (tip:SuccessorNouns)."""
    return re.compile(rf"{word_class('SuccessorNouns').pattern}\s+(?:of|to)\b", re.I)


#: A law's relative clause or participle that says what it provides.
@functools.lru_cache(maxsize=1)
def _law_content() -> re.Pattern:
    """What a law provides: "that" or "which" and a verb of tip:LawContentVerbs, or a gerund of tip:LawContentGerunds."""
    return re.compile(rf"\b(?:that|which)\s+(?:\w+\s+){{0,2}}?{word_class('LawContentVerbs').pattern}|"
                      rf"{word_class('LawContentGerunds').pattern}", re.I)


def _content_of_law(text: str, clause_start: int, start: int, policy_type: str) -> bool:
    """Whether the policy at ``start`` is what a law named before it in the clause provides; a body, unit or post the law
    creates is set up by it, then ("issued a ministerial decree creating an anti-trafficking bureau", 2015 Lebanon)."""
    laws = law_mentions(text[clause_start:start]) + _legislative_acts(text[clause_start:start], [])
    for _, law_end, *_ in laws:
        content = _law_content().search(text, clause_start + law_end, start)
        if content and not (policy_type in _INSTITUTIONS and _SETS_UP.search(content.group())):
            return True
    return False


@functools.lru_cache(maxsize=1)
def _inception() -> re.Pattern:
    """A phrase that dates a policy's setting up before its name: "Since its inception in July 2017, ..." (tip:InceptionNouns,
    in lower case)."""
    return re.compile(rf"\b[Ss]ince\s+its\s+{word_class('InceptionNouns').pattern}\s+(?P<date>in\s+)")


@functools.lru_cache(maxsize=1)
def _decree_patterns() -> tuple[re.Pattern, re.Pattern, re.Pattern]:
    """A decree's, order's or resolution's subject when it is a body's creation (tip:CreationNouns): "a ministerial decree
    on the formation of the Permanent National Committee" (2019 Kuwait), "the Prime Minister’s 2018 decree on the creation
    of ... committees" (2021 Laos); a name that ends with such a noun (tip:DecreeNouns); and the two joined."""
    creation_of = re.compile(rf"\s+(?:on|for|regarding)\s+the\s+{word_class('CreationNouns').pattern}\s+of\b", re.I)
    nouns = word_class("DecreeNouns").pattern
    return creation_of, re.compile(nouns + "$", re.I), re.compile(nouns + creation_of.pattern, re.I)


def _decree_of_creation(text: str, start: int, end: int) -> bool:
    """Whether the law named at ``start:end`` is a decree on a body's creation (its name may run on into the body's)."""
    found = _decree_patterns()[2].search(text, start, end + 40)
    return found is not None and found.start() < end


def _created_by_decree(text: str, clause_start: int, start: int) -> int | None:
    """The year of a decree named by its year on the creation of the body at ``start`` (:func:`_decree_patterns`): the body
    is set up by it, as by a decree that creates it ("issued a ministerial decree creating an anti-trafficking bureau")."""
    creation_of, decree, _ = _decree_patterns()
    for _, law_end, name, year in reversed(law_mentions(text[clause_start:start])):
        creation = creation_of.match(text, clause_start + law_end)
        if creation and decree.search(name) and re.fullmatch(r"\s+(?:[\w’'-]+\s+){0,4}", text[creation.end():start]):
            return year
    return None


#: Policies that are institutions: a law that creates one sets it up.
_INSTITUTIONS = ("coordinating_body", "specialised_unit", "coordinator")
_SETS_UP = re.compile(r"\b(?:establish|creat)", re.I)


# --- the general rule: a measure the government set up in a dated clause ----------------------------------------------

def _between() -> str:
    """Words that may stand between a subject and its verb: adverbs, "also" (tip:SubjectVerbGapWords), a date after a
    preposition of a setting-up date (tip:SettingUpDatePrepositions: "the government in 2005 adopted"), a partner set off by
    commas (tip:PartnerAsideWords: "the government, in partnership with an international organization, launched")."""
    return (rf"(?:,\s+(?:{word_class('PartnerAsideWords').pattern})\s+[^,;.]{{1,80}}?,"
            rf"|(?:\s+(?:\w+ly|{word_class('SubjectVerbGapWords').pattern}|{word_class('SettingUpDatePrepositions').pattern}"
            rf"\s+(?:(?:{MONTH})\s+)?{YEAR}),?))*")
#: A measure's phrase: a determiner, up to six words and the head noun, which ends it (a preposition, a relative, "to",
#: a comma, a quote or the clause's end after it).
_OBJECT = (r"(?P<object>(?:(?P<det>a|an|the|its|their|new|two|three|four|five|several)\s+"
           # ... or agreements in the plural without one: "signed cooperation agreements with two NGOs" (2017 Tunisia)
           r"|(?=(?:[\w-]+\s+)?(?:agreements|memoranda|MOUs)\s+with\b))(?:[\w’'“”\"()-]+\s+){0,6}?"
           r"(?P<head>%(heads)s)[”\"]?)(?=\s+(?:to|for|in|on|at|of|that|which|with|under|by|called|named|entitled|and|or|as|"
           r"from|within|through|during|across|nationwide)\b|\s*[,.;:()—–]|\s*$)")


@functools.lru_cache(maxsize=1)
def _set_up_pattern() -> re.Pattern:
    """A subject of the government's, a verb of setting up (or a directive to set up or hold) and a measure's phrase with a
    generic head noun (tip:headNoun): "the government established a victim support unit" (2018 Malta), "the Council of
    Ministers instructed the Minister of Interior to form a working group" (2021 Kuwait)."""
    heads = "|".join(e.pattern.pattern for e in load_lexicon().policy_heads)
    body = word_class("GovernmentBodyNouns").pattern
    # the government ("the Kuwaiti government", "authorities"), a capitalised body's name ("the Ministry of Foreign
    # Affairs", "the Attorney General’s Office"), an abbreviation ("PAM"), or the country (filled in per document)
    subject = (rf"(?P<subject>(?:(?:the|its)\s+)?(?:[\w’'-]+\s+){{0,2}}?{word_class('MeasureSubjectWords').pattern}"
               rf"|(?:the\s+)?(?:(?-i:[A-Z])[\w’'-]*\s+){{0,4}}?{body}(?:[’']s)?(?:\s+(?:of|for|on)\s+(?:the\s+)?(?-i:[A-Z])[\w’'-]*"
               rf"(?:\s+(?:and\s+|of\s+)?(?-i:[A-Z])[\w’'-]*)*)?(?:[’']s\s+(?-i:[A-Z])\w+)?(?:\s+\((?-i:[A-Z]{{2,8}})\))?"
               rf"|(?-i:[A-Z]{{2,8}})|%(country)s)")
    verb = (rf"(?P<verb>{word_class('SettingUpVerbs').pattern}|(?P<implemented>implemented)(?=\s+(?:{word_class('NewMeasureWords').pattern})\s)"
            rf"|(?P<directive>{word_class('DirectiveVerbs').pattern})\s+(?:[\w’'-]+\s+){{1,8}}?to\s+{word_class('SettingUpBaseVerbs').pattern})")
    return re.compile(rf"(?<![\w-]){subject}{_between()}\s+(?:(?:and|,)\s+)?{verb}\s+{_OBJECT % {'heads': heads}}", re.I)


@functools.lru_cache(maxsize=1)
def _named_by_year() -> re.Pattern:
    """A measure with a generic head noun named by a single year, the year it was set up, as a law or plan so named is
    (:func:`_named_year`): "the 2005 ban on unattended children in resort areas" (2016 The Gambia); not a plan's period
    ("the 2018-2020 program")."""
    heads = "|".join(e.pattern.pattern for e in load_lexicon().policy_heads)
    return re.compile(rf"\b(?P<object>(?P<det>the|its|[\w.-]+[’']s)\s+(?P<year>{YEAR})(?!{TO_YEAR})\s+(?:[\w-]+\s+){{0,2}}?"
                      rf"(?P<head>{heads}))(?=\s+(?:to|for|on|of|that|which|against)\b|\s*[,.;:()—–])", re.I)


def _set_up_finder(country: str | None, text: str | None = None) -> re.Pattern:
    """The pattern of a measure set up with ``country`` as a subject; without it where ``text`` (when given) cannot
    name the country, which the pattern then could not match as a subject: the same matches, and no pattern to make
    for each country (a worker sees each of the ~190, in any order)."""
    if not country:
        return _country_set_up(r"(?!x)x")
    named = text is None or may_match(re.escape(country), text, re.I) and re.search(re.escape(country), text, re.I)
    return _country_set_up(re.escape(country) if named else r"(?!x)x")


def _may_set_up(text: str) -> bool:
    """Whether :func:`_set_up_pattern` may match ``text`` (:func:`kg.extract.prefilter.may_match`) whatever the country:
    its verbs and measures' head nouns."""
    pattern = _set_up_pattern()
    return may_match(pattern.pattern.replace("%(country)s", r"[\s\S]"), text, pattern.flags)


@functools.lru_cache(maxsize=256)
def _country_set_up(country: str) -> re.Pattern:
    pattern = _set_up_pattern()
    return re.compile(pattern.pattern.replace("%(country)s", country), pattern.flags)


#: A name and the abbreviation a document defines for it: "the Public Authority for Manpower (PAM)".
_DEFINED_ABBREVIATION = re.compile(r"(?P<name>(?:the\s+)?(?-i:[A-Z])[\w’'-]*(?:,?\s+(?:(?:of|for|on|and|the|against|in)\s+)*"
                                   r"(?-i:[A-Z])[\w’'-]*){0,9})" + _ABBREVIATION.pattern)
#: A word of a subject written as an abbreviation ("IOM", "U.S.", "UN").
_ABBREVIATED_WORD = re.compile(r"(?<![\w(])(?-i:[A-Z][A-Z.]+)(?![\w)])")


def _names_the_country(gazetteer, code: str | None, *, another: bool = False) -> Callable[[str], bool]:
    """Whether a word names the document's country, by the gazetteer's names, aliases and demonyms ("Kuwaiti", "Filipino"
    for the Philippines), or with ``another`` a country other than the document's ("Indian" in a narrative of Nepal); no
    word does when the country or the gazetteer is not known."""
    def names(word: str) -> bool:
        place = gazetteer.resolve(word) if gazetteer is not None and code else None
        if place is None:
            return False
        return place.kind == "country" and place.key != code if another else place.key == code
    return names


def _government_abbreviations(sentences: list[Sentence], country: str | None,
                              own_name: Callable[[str], bool]) -> frozenset[str]:
    """The abbreviations a document defines for a body of its government (:func:`_a_government_subject` of the name):
    "the Public Authority for Manpower (PAM)" (2021 Kuwait)."""
    found: set[str] = set()
    for sentence in sentences:
        if not re.search(r"\([A-Z]", sentence.text):
            continue  # (most sentences define none)
        for match in _DEFINED_ABBREVIATION.finditer(sentence.text.replace("\n", " ")):
            if _a_government_subject(match.group("name"), country, frozenset(), own_name):
                found.add(match.group("abbr"))
    return frozenset(found)


def _a_government_subject(subject: str, country: str | None, bodies: frozenset[str],
                          own_name: Callable[[str], bool]) -> bool:
    """Whether a subject of the general rule is the country's government, by an allow-list: the government or its
    authorities or officials in words of the government (tip:MeasureSubjectWords: "the Kuwaiti government", "officials"),
    the country, a body the actors module types as the government's (tip:GovernmentBody: "the Ministry of Labor", "the
    police"), a name of a body of the state (tip:StateBodyNames: "the Council of Ministers"), or an abbreviation the
    document defines for one of these (``bodies``). Not a body of another kind or country ("IJM", "CARE", "IOM
    officials", "the European Commission", "the Council of Europe", "the U.S. Department of State")."""
    subject = _DETERMINER.sub("", subject.strip())
    if subject in bodies or country and subject == country:
        return True
    # (an abbreviation defined right after the name is no other body's: "the Ministry of Health ... (MLSP)")
    plain = re.sub(r"\s*\([A-Z]{2,8}\)$", "", subject)
    if any(word not in bodies for word in _ABBREVIATED_WORD.findall(plain)):
        return False
    mentions = actor_mentions(plain)
    if any(m.entry.get("actor_class") != "GovernmentBody" for m in mentions):
        return False
    head = word_class("MeasureSubjectWords").search(plain)
    if head is not None and not plain[head.end():].strip() and head.group()[:1].islower():
        # the government's noun in lower case ends the subject: the words before it are lower case ("local authorities",
        # "the national police") or name the country ("the Kuwaiti government", ``own_name``), never a name of another body
        # or country ("IOM officials", "Nepali authorities", "the Indian police")
        return all(not word[:1].isupper() or own_name(word) for word in plain[:head.start()].split())
    if any(m.entry.get("actor_class") == "GovernmentBody" for m in mentions):
        return True
    return bool(word_class("StateBodyNames").search(plain))


def _set_up_measures(country: str | None, sentence: Sentence, found: list[PolicyFact], actors_text: str,
                     bodies: frozenset[str], own_name: Callable[[str], bool],
                     other_name: Callable[[str], bool] = lambda word: False) -> list[PolicyFact]:
    """The general rule of a measure set up, over the policies ``found`` in ``sentence`` by their wordings: the government
    or a body of it (a ministry, an agency, the country), a verb of setting up (tip:SettingUpVerbs) or a directive to set
    up (tip:DirectiveVerbs), the measure's phrase with a generic head noun (tip:headNoun) and a date of its clause give a
    dated policy of the type its head noun says where its phrase names the response's remit (tip:RemitWords), else of type
    ``other`` ("In 2016, the Ministry of Foreign Affairs implemented a policy that prohibited visa issuance ...", 2017 Sint
    Maarten). A policy a wording found in the phrase is that one, dated by the rule if it was not. Not a measure with
    other countries (tip:NotOwnMeasureWords), a step planned, pending, drafted or promised, nor a date of "since", "for" or
    "by" (only a clause's opening date, one between the subject and its verb, or one after the phrase: "in", "on",
    "during"). The actors are read in ``actors_text``, the sentence as written."""
    text = sentence.text
    out = list(found)
    if not may_match(_A_YEAR_ANYWHERE, text) or not _A_YEAR_ANYWHERE.search(text):
        return out
    found_dates = [d for d in _dates(text) if not _since(text, d) and not _compared(text, d)]
    spans = clauses(text)
    for match in _set_up_finder(country, text).finditer(text) if _may_set_up(text) else ():
        if not _a_government_subject(match.group("subject"), country, bodies, own_name) \
                or _names_another(other_name, match.group("subject")):
            # (a body named with another country's name or demonym is that country's: "the Indian Police Service" in a
            # narrative of Nepal)
            continue
        start, end = match.start("object"), match.end("object")
        clause_start, clause_end = next(((a, b) for a, b in spans if a <= match.start("verb") < b), (0, len(text)))
        clause_start = min(clause_start, match.start())
        phrase_end = _phrase_end(text, end, clause_end)
        date = _set_up_date(text, found_dates, clause_start, match.start("subject"), match.end("verb"), end, phrase_end)
        if date is None or _not_set_up(text, clause_start, match, phrase_end, other_name):
            continue
        year, month = date
        own = _set_up_in(text, _phrase_head_end(text, end))
        if own is not None:
            # a participle of setting up with its own date dates the measure: "a program for victims established in 2016"
            year, month = own, None
        # (the phrase with the name after it: "an office named the Office of the National Coordinator" is that policy)
        named = _naming_after().match(text, end)
        covered_end = _phrase_end(text, end, clause_end) if named else end
        covering = [k for k, f in enumerate(out)
                    if f.span.start - sentence.start < covered_end and start < f.span.end - sentence.start]
        if covering:
            # a policy its wording names in the phrase: dated by the rule where its own reading gave no date
            for k in covering:
                fact = out[k]
                if fact.year is None and fact.action != "absent":
                    out[k] = replace(fact, year=year, month=month, action="adopted")
            continue
        # the measure must concern the response (tip:MeasureRemitWords) in its own phrase or purpose, not in a relative
        # clause after it: "opened a new detention center for migrants, where victims were sometimes held" is no shelter
        relative = _relative_after().search(text, end, phrase_end)
        remit_end = relative.start() if relative and relative.group().startswith(",") else phrase_end
        if not word_class("MeasureRemitWords").search(text, start, remit_end):
            continue
        kind = _head_kind(match.group("head"), text, start, remit_end)
        label = _DETERMINER.sub("", match.group("object")).strip("”\" ")
        out.append(PolicyFact(span=Span(sentence.index, sentence.start + start, sentence.start + end), policy_type=kind,
                              label=label, action="adopted", year=year, month=month,
                              actors=actor_refs(actors_text, clause_start, clause_end)))
    for match in _named_by_year().finditer(text) if may_match(_named_by_year(), text) else ():
        start, end = match.start("object"), match.end("object")
        if any(f.span.start - sentence.start < end and start < f.span.end - sentence.start for f in out) \
                or word_class("DraftWords").search(text, max(0, start - 12), end):
            continue
        kind = _head_kind(match.group("head"), text, start, _phrase_end(text, end, len(text)))
        out.append(PolicyFact(span=Span(sentence.index, sentence.start + start, sentence.start + end), policy_type=kind,
                              label=_DETERMINER.sub("", match.group("object")), action="adopted",
                              year=int(match.group("year")), month=None, actors=()))
    return out


_A_YEAR_ANYWHERE = re.compile(r"\b(?:19|20)\d\d\b")


def _head_kind(head: str, text: str, start: int, end: int) -> str:
    """The policy type of a measure's generic head noun (tip:headNoun), where its phrase ``text[start:end]`` names the
    response's remit (tip:RemitWords: "a victim support unit"); else ``other`` ("a formal Grievance Committee")."""
    kind = next(e.key for e in load_lexicon().policy_heads if e.pattern.fullmatch(head))
    return kind if kind == "other" or word_class("RemitWords").search(text, start, end) else "other"


@functools.lru_cache(maxsize=1)
def _naming_after() -> re.Pattern:
    """A name given right after a measure's phrase: "an office named the Office of ..." (tip:NamingAfterWords)."""
    return re.compile(rf",?\s+{word_class('NamingAfterWords').pattern}\b", re.I)


@functools.lru_cache(maxsize=1)
def _date_prepositions() -> tuple[re.Pattern, re.Pattern]:
    """The prepositions of a setting-up date after a measure's phrase (tip:SettingUpDatePrepositions: "in", "on",
    "during"), and what makes a date a span's end instead (a dash, tip:SpanDatePrepositions: "for", "by", "until")."""
    return (re.compile(rf"{word_class('SettingUpDatePrepositions').pattern}\b", re.I),
            re.compile(rf"[–-]\s*$|\b{word_class('SpanDatePrepositions').pattern}\s+$", re.I))


def _phrase_end(text: str, end: int, clause_end: int) -> int:
    """Where the phrase of a measure ending at ``end`` and its purpose end: the clause's end, or a predicate joined by
    "and" or a new subject after a comma before it."""
    joined = _JOINED_PREDICATE.search(text, end, clause_end)
    return joined.start() if joined else clause_end


def _set_up_date(text: str, found_dates, clause_start: int, subject_start: int, verb_end: int, end: int,
                 phrase_end: int) -> tuple[int, int | None] | None:
    """The date of a measure's setting up in its clause: one that opens the clause before the subject, one between the
    subject and the verb, or the first after the phrase in its stretch, after "in", "on" or "during" (not "for 2021-2023",
    "by 2025"); a date in a relative clause after the phrase is the relative clause's."""
    before = [d for d in found_dates if clause_start <= d.start < verb_end
              and (d.prefix and d.start < subject_start or subject_start <= d.start)]
    if before:
        return before[-1].year, before[-1].month
    relative = _relative_after().search(text, end, phrase_end)
    stop = relative.start() if relative else phrase_end
    at, span = _date_prepositions()
    after = [d for d in found_dates if end <= d.start < stop and at.match(text, d.start)
             and not span.search(text, max(0, d.start - 8), d.start)]
    return (after[0].year, after[0].month) if after else None


@functools.lru_cache(maxsize=1)
def _relative_after() -> re.Pattern:
    """A relative clause or participle after a measure's phrase, whose date is its own: "a policy that prohibited ... in
    2015" (tip:RelativeWords; set off by a comma, tip:CommaRelativeWords too: ", where victims were held")."""
    return re.compile(rf",\s+{word_class('CommaRelativeWords').pattern}\b|\b{word_class('RelativeWords').pattern}\b|,\s+\w+ed\b", re.I)


def _not_carried_out(text: str, start: int, end: int) -> bool:
    """A step planned, pending, drafted or promised between ``start`` and ``end`` (tip:PlannedWords, tip:PendingWords,
    tip:DraftWords, tip:CommitmentWords): no measure set up."""
    return any(word_class(name).search(text, start, end)
               for name in ("PlannedWords", "PendingWords", "DraftWords", "CommitmentWords"))


def _names_another(other_name: Callable[[str], bool], words: str) -> bool:
    """Whether a capitalised word of ``words`` (a possessive's "'s" dropped) names another country than the document's
    (``other_name``: :func:`_names_the_country` with ``another=True``)."""
    return any(other_name(re.sub(r"[’']s$", "", word)) for word in words.split() if word[:1].isupper())


#: The partners of an agreement: the words after "with" up to its purpose or topic.
_PARTNERS = re.compile(r"\s+(?:of\s+(?:understanding|cooperation)\s+)?with\s+(?P<partners>.*?)"
                       r"(?=\s+(?:to|on|for|in|governing|regarding|that|which)\b|[,;.]|$)", re.I)


def _not_set_up(text: str, clause_start: int, match: re.Match, phrase_end: int,
                other_name: Callable[[str], bool] = lambda word: False) -> bool:
    """Whether the measure of a match of the general rule was not set up by the country itself: a measure with other
    countries (tip:NotOwnMeasureWords in its phrase or right after it), a step planned, pending, drafted or promised before
    it (tip:PlannedWords, tip:PendingWords, tip:DraftWords, tip:CommitmentWords), or a negation in its clause before the verb
    (work not finished undates only the measures of a verb of work, :func:`_unfinished`)."""
    start, end = match.start("object"), match.end("object")
    if word_class("NotOwnMeasureWords").search(text, start, min(len(text), end + 40)):
        return True
    agreement = bool(word_class("AgreementNouns").fullmatch(match.group("head")))
    if match.group("verb").lower() == "signed" and not agreement:
        # "signed" sets up only an agreement: not an international instrument signed, whose name may hold a head ("signed the
        # Council of Europe Convention on Action against Trafficking in Human Beings")
        return True
    if agreement \
            and not re.match(rf"\s+(?:of\s+(?:understanding|cooperation)\s+)?with\s+(?:[\w-]+\s+){{0,3}}?"
                             rf"{word_class('AgreementPartnerWords').pattern}", text[end:phrase_end]):
        # an agreement is the country's own measure only with a partner at home or an international organization, never with
        # another country (tip:AgreementPartnerWords: "signed cooperation agreements with two NGOs", 2017 Tunisia)
        return True
    partners = _PARTNERS.match(text[end:phrase_end]) if agreement else None
    if partners and (re.search(r"(?-i:Government)\s+of\b", partners.group("partners"))
                     or _names_another(other_name, partners.group("partners"))):
        # ... nor with another country beside a partner at home, nor with its employers or agencies ("with Kuwait and IOM",
        # "with Saudi employers")
        return True
    if _not_carried_out(text, clause_start, end):
        return True
    return bool(_last_match(_actions_and_negations()[1], text, clause_start, match.start("verb")))


def _unfinished(sentence: Sentence, found: list[PolicyFact]) -> list[PolicyFact]:
    """The policies of ``sentence``, those the sentence says were not finished undated: work begun and not finished is a
    commitment not carried out (RECOMMENDATIONS.md part B; tip:UnfinishedWords after the policy: "In 2019, the government
    collaborated with an international organization to develop standard operating procedures ... but did not finalize
    them"). Unfinished are the policy that is the words' subject ("the national action plan has not been finalized") and
    the policies after the last verb of work on a draft before the words (tip:WorkVerbs) that the words refer to: by a
    pronoun not past a ";" from the verb ("to develop standard operating procedures and a national referral mechanism but
    did not finalize them") or by their name ("...; however, officials did not report any progress on the shelter"); never
    a policy set up beside them ("opened a shelter ..., but police did not complete the investigation of the owner")."""
    text = sentence.text
    unfinished: set[int] = set()
    for words in word_class("UnfinishedWords").finditer(text) if may_match(word_class("UnfinishedWords"), text) else ():
        before = [k for k, f in enumerate(found) if f.span.end - sentence.start <= words.start()]
        if not before:
            continue
        last = found[before[-1]]
        if _SUBJECT_GAP.fullmatch(text, last.span.end - sentence.start, words.start()) and not words.group().lower().startswith("did"):
            # the measure is the subject of the words: "the national action plan has not been finalized"
            unfinished.add(before[-1])
            continue
        # ... else they are about the measures of the last verb of work on a draft before them (tip:WorkVerbs) when
        # their object is a pronoun for them or names them ("to develop SOPs ... but did not finalize them"; "began drafting
        # a plan for ... a multifunctional shelter ...; however, officials did not report any progress on the shelter"),
        # never a measure set up ("opened a shelter ..., but police did not complete the investigation of the owner")
        work = _last_match_of(word_class("WorkVerbs"), text, 0, words.start())
        if work is None:
            continue
        worked = [k for k in before if found[k].span.start - sentence.start >= work.end()]
        obj = re.match(r"[^,;.]{0,60}", text[words.end():]).group()  # type: ignore[union-attr]
        if _pronoun_object().match(obj):
            if ";" not in text[work.end():words.start()]:
                unfinished.update(worked)
            continue
        unfinished.update(k for k in worked if _head_word(found[k].label) and re.search(
            noun_forms(_head_word(found[k].label)), obj, re.I))
    return [replace(f, year=None, month=None) if k in unfinished and f.year is not None else f for k, f in enumerate(found)]


#: What stands between a measure and the words of work not finished of which it is the subject: "the plan has not".
_SUBJECT_GAP = re.compile(r"\s+(?:\w+\s+){0,2}?")
@functools.lru_cache(maxsize=1)
def _pronoun_object() -> re.Pattern:
    """An object of the words of work not finished that stands for the measures before (tip:DraftPronouns): "did not
    finalize them"."""
    return re.compile(rf"\s*(?:(?:on|in|with)\s+)?{word_class('DraftPronouns').pattern}", re.I)


def _head_word(label: str) -> str:
    """The head word of a measure's label in the singular (:func:`kg.extract.textutil.singular`: "multifunctional
    shelters" -> "shelter", "coordinating bodies" -> "body")."""
    words = re.findall(r"[a-z]+", label.lower())
    return singular(words[-1]) if words else ""


def _phrase_head_end(text: str, end: int) -> int:
    """The end of a measure's phrase with its "for"/"to" complement: "a program for victims| established in 2016"."""
    found = re.match(r"(?:\s+(?:for|of|on|to)\s+(?:[\w’'-]+\s+){0,3}?[\w’'-]+)?(?=,?\s+(?:\w+ly\s+)?\w+ed\s+in\b)", text[end:])
    return end + found.end() if found else end


def _last_match_of(pattern: re.Pattern, text: str, start: int, end: int) -> re.Match | None:
    found = list(pattern.finditer(text, start, end))
    return found[-1] if found else None
