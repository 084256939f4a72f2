"""Recommendations family: each recommendation of the report, in order, with its kind and 3P area.

Kinds (RECOMMENDATIONS.md):

- ``list``: the items of the ``recommendations`` section, whatever the layout: one paragraph
  split at ";" ("Recommendations for Kosovo: Aggressively investigate ...; increase ...; and
  continue ..."), bullets, one item per line or per paragraph, sentences run together
  ("...armed groups.Provide ..."). A ";" after a dash that lists the specifics of one item
  ("... or end them—specifically ensure ...; ensure ...") does not split it. Items under a
  heading that says "Prioritized" are ``prioritized``.
- ``should``: a sentence of the running text whose subject is the government or the country
  and whose verb is "should", with or without a lead-in clause ("To further its efforts, the
  government should ..."); the whole sentence is one recommendation.
- ``advisory``: hedged advice without "should" ("Sierra Leone can make additional progress
  through ...", "The government needs to ...": ``tip:trigger`` of ``tip:AdvisoryRecommendation``).

The area is decided by the action asked for (:func:`area_of`), not by the first area word.
"""
from __future__ import annotations

import functools
import re
from typing import cast

from ..model import Document, Fact, RecommendationFact, Sentence, Span
from ..segment import item_after_phrase, list_heading, opens_item
from ..vocab import TIP, vocabulary_graph
from .lexicon import AreaRules, aside_wordings, first_match, load_area_rules, word_class
from .prefilter import may_match

_HEADING_ONLY = re.compile(r"^\s*(?:prioritized\s+)?recommendations(?:\s+for\s+[^:]{1,60})?\s*:?\s*$", re.I)
#: The government as the subject: "The government", "The Government of X", "The Nigerian Government", "Authorities",
#: "Government officials should more forcefully acknowledge Argentina's trafficking problem ..." (2004 Argentina).
_GOVERNMENT = (r"(?:[Tt]he\s+)?(?:(?:[A-Z][\w'’.-]*\s+){0,3}[Gg]overnment(?:\s+of\s+(?:the\s+)?[A-Z][^,;]{0,50}?)?"
               r"(?:\s+(?:action|leaders|officials)(?=\s+(?:\w+ly\s+|also\s+)*(?:should|needs?)\b))?|(?:[A-Z][a-z]+\s+)?[Aa]uthorities)")
#: A lead-in clause before the subject ("To further its efforts to combat trafficking, ...").
_LEAD_CLAUSE = r"(?:[A-Z][^;:]{0,200}?,\s+)?"
#: A sentence that opens with a subject of its own is no list item ("The government ...", "In 2008, ...").
_NOT_AN_ITEM = re.compile(
    r"^\s*(?:The|This|These|Those|There|It|Its|In|During|However|Although|While|As|According|Despite|Since|On|Some|Many|"
    r"Most|Several|Victims|Officials|Authorities|NGOs)\b")
_ITEM_OPEN = re.compile(r"\s*(?:and\s+|[•*▪◦–—-]\s*|\d+[.)]\s+)*", re.I)
#: A dash that opens the specifics of one item, not closed by another: its ";" do not split the item.
_SPECIFICS = re.compile(r"(?:[—–]|\s-\s)\s*(?:specifically|in particular|namely|including|such as|e\.g\.)[^—–]*$", re.I)
_BULLET = re.compile(r"[•*▪◦]")
#: A ";" piece that opens with a verb of the third person goes on the clause before, no item of its own: "a national
#: action plan that clarifies the roles ...; stipulates law enforcement ... actions; is informed by ..." (2020 Vietnam).
#: Imperatives ending in "s" ("address", "assess", "focus") are not of the third person.
_GOES_ON = re.compile(r"(?:is|are|has|have|was|were)\b|(?!(?:this|its|his|thus|as|towards|afterwards|besides)\b)[a-z]*[^\Wsu]s\b"
                      r"(?!\s+(?:of|for)\b)")
_ADVERB = re.compile(r"\w+ly", re.I)
_ADVERBS = re.compile(r"(?:\w+ly|further|also|continue to|then)\s+", re.I)
_END_MARKS = ".!?;"


def extract(document: Document, sentences: list[Sentence], gazetteer, warnings) -> list[Fact]:
    """Return the recommendations of ``document`` in order (``order`` from 1)."""
    facts: list[Fact] = []
    prioritized = False
    text_end = len(document.text.rstrip())
    previous_advice = -2  # index of the last sentence that recommended, or had the government as its subject
    paragraphs = _paragraph_items(document.text, sentences)
    for sentence in sentences:
        if sentence.section != "recommendations":
            prioritized = False
            found = _running_text(document, sentence, previous_advice == sentence.index - 1, gazetteer)
            if found or _opens_with_the_government(document, sentence, gazetteer):
                previous_advice = sentence.index  # "It" in the next sentence is the government
            if found:
                kind, action_at = found
                facts.append(_recommendation(document, sentence, (0, len(sentence.text)), action_at, kind,
                                             False, len(facts) + 1, text_end))
            continue
        text = sentence.text
        if _HEADING_ONLY.match(text):
            prioritized = "prioritized" in text.lower()
            continue
        lead = list_heading(text)
        if lead and lead.group().strip():
            prioritized = prioritized or "prioritized" in lead.group().lower()
        cursor = lead.end() if lead else 0
        if _NOT_AN_ITEM.match(text, cursor) and item_after_phrase(text[cursor:].lstrip()) is None:
            continue  # a sentence with a subject, not an item "In collaboration with civil society, increase ..."
        cut = sentence.end >= text_end and document.text[text_end - 1] not in _END_MARKS
        for start, end in _items(text, cursor, _bulleted(document.text, sentence) or sentence.index in paragraphs, cut):
            facts.append(_recommendation(document, sentence, (start, end), start, "list", prioritized,
                                         len(facts) + 1, text_end))
    return facts


def _item_start(sentence: Sentence) -> int | None:
    """Where the item of a recommendations sentence starts, or None when it is a heading or no item."""
    if sentence.section != "recommendations" or _HEADING_ONLY.match(sentence.text):
        return None
    lead = list_heading(sentence.text)
    cursor = lead.end() if lead else 0
    return None if _NOT_AN_ITEM.match(sentence.text, cursor) and item_after_phrase(sentence.text[cursor:].lstrip()) is None \
        else cursor


def _paragraph_items(text: str, sentences: list[Sentence]) -> set[int]:
    """Indices of the sentences of a list laid out one item per paragraph (2023 on): each fills its lines
    and so does a list sentence next to it. Their ";" do not split them ("Continue to increase efforts to
    identify vulnerable individuals ...; screen them for trafficking indicators and refer ...", 2023 St. Lucia)."""
    def fills_lines(sentence: Sentence) -> bool:
        cursor = _item_start(sentence)
        if cursor is None:
            return False
        start, end = sentence.start + cursor, sentence.end
        return not text[text.rfind("\n", 0, start) + 1:start].strip() and not text[end:text.find("\n", end) % (len(text) + 1)].strip()

    whole = [fills_lines(s) for s in sentences]
    return {s.index for k, s in enumerate(sentences)
            if whole[k] and (k > 0 and whole[k - 1] or k + 1 < len(sentences) and whole[k + 1])}


def _bulleted(text: str, sentence: Sentence) -> bool:
    """Whether a bullet mark stands just before the sentence or just after it on its line (inline bullets)."""
    before = text[max(0, sentence.start - 4):sentence.start].strip()
    after = text[sentence.end:sentence.end + 4].split("\n")[0].strip()
    return bool(before and _BULLET.fullmatch(before[-1]) or after and _BULLET.fullmatch(after[0]))


def _recommendation(document: Document, sentence: Sentence, item: tuple[int, int], action_at: int, kind: str,
                    prioritized: bool, order: int, text_end: int) -> RecommendationFact:
    start, end = sentence.start + item[0], sentence.start + item[1]
    truncated = end >= text_end and document.text[text_end - 1] not in _END_MARKS
    return RecommendationFact(span=Span(sentence.index, start, end), order=order,
                              area=area_of(" ".join(sentence.text[action_at:item[1]].split())), prioritized=prioritized,
                              kind=kind, truncated=truncated)


#: A name as the subject ("Sierra Leone", "The D.R.C."): a recommendation when it names the subject country.
_NAME = r"(?:[Tt]he\s+)?[A-Z][\w'’.-]*(?:\s+(?:[A-Z][\w'’.-]*|of|and|the)){0,4}"


@functools.lru_cache(maxsize=1)
def _advisory_words() -> list[str]:
    """The wordings of advice (``tip:trigger`` of tip:AdvisoryRecommendation), longest first."""
    return sorted((str(t) for t in vocabulary_graph().objects(TIP.AdvisoryRecommendation, TIP.trigger)),
                  key=lambda p: (-len(p), p))


@functools.lru_cache(maxsize=1)
def _should() -> tuple[str, str]:
    """``(aside, should)``: a word set off by commas between the subject and "should" (:func:`aside_wordings`: "The
    government, however, should address ..."), and "should" with the words around it ("should, however, increase ...");
    "should have done more" judges the past."""
    aside_words = "(?:" + "|".join(aside_wordings()) + ")"
    should = (rf"\s+(?:\w+ly\s+|also\s+|now\s+|further\s+)*should(?::|,\s+{aside_words},)?\s+(?:\w+ly\s+|also\s+|now\s+|further\s+)*"
              r"(?!have\b)")
    return rf"(?:,\s+{aside_words},)?", should


@functools.lru_cache(maxsize=1)
def _running_patterns() -> tuple[re.Pattern, re.Pattern]:
    aside, should_words = _should()
    subject = rf"(?:{_GOVERNMENT}|(?P<name>{_NAME})|(?<=, )it)"
    passive = sorted(str(t) for t in vocabulary_graph().objects(TIP.ShouldRecommendation, TIP.subjectlessTrigger))
    should = re.compile(rf"^{_LEAD_CLAUSE}(?:(?P<passive>(?i:{'|'.join(passive)}))\s+"
                        rf"|{subject}{aside}(?:{should_words}|(?!{should_words}){_JOINED_SHOULD}{should_words}))")
    advisory_words = _advisory_words()
    urges = r"(?:[Tt]he\s+)?U\.\s?S\.\s+[Gg]overnment\s+(?:\w+ly\s+)?urges\s+" + _GOVERNMENT + r"\s+to\s+"
    subjectless = sorted(str(t) for t in vocabulary_graph().objects(TIP.AdvisoryRecommendation, TIP.subjectlessTrigger))
    advisory = re.compile(rf"^{_LEAD_CLAUSE}(?:{subject}(?:{aside}\s+(?:\w+ly\s+|also\s+|still\s+|further\s+|now\s+)*"
                          rf"(?:{'|'.join(advisory_words)})\s+"
                          rf"|{_JOINED_ADVICE.format(advice='|'.join(advisory_words))})"
                          rf"|{urges}|(?P<thing>(?i:{'|'.join(subjectless)}))\s+)")
    return should, advisory


#: Advice joined to a statement of the same subject: "The government has updated and enhanced an anti-trafficking statute in
#: March 2004, but must sustain improvements in victim protection" (2004 Panama), as :data:`_JOINED_SHOULD`.
_JOINED_ADVICE = (r"\s+(?:(?!\b(?:which|that|who|whose|while|although|because)\b)[^;:])*?,?\s+(?:and|but)\s+"
                  r"(?:\w+ly\s+|also\s+|still\s+)*(?:{advice})\s+")
#: What joins a should-predicate to a first one of the same subject ("Qatar also lacks a screening mechanism ... and should
#: increase referrals to the victim shelter", 2006 Qatar): no relative clause or new subject before it.
_JOINED_SHOULD = r"\s+(?:(?!\b(?:which|that|who|whose|while|although|because)\b)[^;:])*?,?\s+(?:and|but)"


@functools.lru_cache(maxsize=1)
def _it_should() -> re.Pattern:
    """"It should also work with NGOs ...": the government of the recommendation just before; not "It should be noted"."""
    return re.compile(r"^It" + _should()[1] + r"(?!be\s+(?:noted|stressed|emphasi[sz]ed|mentioned)\b)")


def _running_text(document: Document, sentence: Sentence, after_advice: bool, gazetteer) -> tuple[str, int] | None:
    """``(kind, where the action starts)`` when ``sentence`` recommends in running text."""
    if sentence.section == "header":
        return None
    if after_advice and (it_should := _it_should().match(sentence.text)):
        return "should", it_should.end()
    if after_advice and (it_advises := _it_advises().match(sentence.text)):  # "It now needs to implement ..." (2005 Afghanistan)
        return "advisory", it_advises.end()
    for kind, pattern in zip(("should", "advisory"), _running_patterns(), strict=False):
        match = pattern.match(sentence.text) if may_match(pattern, sentence.text) else None
        if match and (not match.group("name") or _names_subject(match.group("name"), document, gazetteer)):
            if match.groupdict().get("thing") and area_of(" ".join(sentence.text[match.end():].split())) is None:
                # the thing needed says the area when what it is for does not ("Aggressive prosecution and
                # sentencing is needed to deter future acts of trafficking", 2006 Luxembourg)
                return kind, match.start("thing")
            return kind, match.end()
    return None


@functools.lru_cache(maxsize=1)
def _it_advises() -> re.Pattern:
    """"It" with the wording of advice: the subject of the sentence before."""
    return re.compile(rf"^It\s+(?:\w+ly\s+|also\s+|now\s+|still\s+)*(?:{'|'.join(_advisory_words())})\s+(?!be\b)")  # "It needs to be renovated" is a thing


_GOVERNMENT_OPENS = re.compile(rf"^(?:{_GOVERNMENT}|(?P<name>{_NAME}))\s+(?:\w+ly\s+|also\s+)*(?:has|have|had|is|was|does|"
                               rf"did|lacks?|made|continued|remains?)\b")


def _opens_with_the_government(document: Document, sentence: Sentence, gazetteer) -> bool:
    """Whether the government or the country is the subject of ``sentence`` ("Afghanistan has a taskforce ...")."""
    match = _GOVERNMENT_OPENS.match(sentence.text)
    return match is not None and (not match.group("name") or _names_subject(match.group("name"), document, gazetteer))


def _names_subject(name: str, document: Document, gazetteer) -> bool:
    """Whether ``name`` is the document's country ("Sierra Leone", "Burma" for Myanmar); "Victims" and
    other countries are not."""
    if document.country_name and name.lower().removeprefix("the ").strip() == document.country_name.lower():
        return True
    place = gazetteer.resolve(name) if gazetteer is not None else None
    return place is not None and place.key == document.country


def _items(text: str, start: int, bulleted: bool = False, cut: bool = False) -> list[tuple[int, int]]:
    """Offsets of the ";"-separated items of a list sentence, lead words and end marks trimmed.

    A bulleted sentence is one item whatever its ";" (the bullet separates); so is the rest of an
    item after a dash that opens its specifics ("... or end them—specifically ensure ...; ensure ...").
    When the text is ``cut`` inside the last item, that item is one however short ("PRIORITIZED RECOMMENDATIONS: D", the
    end of a 2022 extract).
    """
    spans: list[tuple[int, int]] = []
    joined = False
    for piece in re.finditer(r"[^;]+", text[start:]):
        a, b = start + piece.start(), start + piece.end()
        while b > a and (text[b - 1].isspace() or text[b - 1] in ".;"):
            b -= 1
        if (joined or bulleted) and spans:
            spans[-1] = (spans[-1][0], b)
            continue
        a = cast(re.Match[str], _ITEM_OPEN.match(text, a)).end()  # the pattern matches the empty string
        goes_on = _GOES_ON.match(text, a)
        # a word cut by the end of the text is no verb of the clause before ("...; ens", the end of a 2015 extract)
        if spans and goes_on and not (cut and goes_on.end() == b == len(text.rstrip())):
            spans[-1] = (spans[-1][0], b)  # the next clause of the item's "that ..." (2020 Vietnam)
            continue
        if b - a > 3 and re.search(r"[A-Za-z]{3}", text[a:b]) or cut and b == len(text.rstrip()) and re.match(r"[A-Za-z]", text[a:b]):
            spans.append((a, b))
            joined = bool(_SPECIFICS.search(text[a:b]))
    return spans


def area_of(text: str, later: bool = True) -> str | None:
    """The 3P area of the action a recommendation asks for, or None (:func:`area_decision`)."""
    return area_decision(text, later)[0]


def area_decision(text: str, later: bool = True) -> tuple[str | None, str]:
    """The 3P area of the action a recommendation asks for (None when the text does not say) and the rule that decided it
    ("main action", "object word", "fallback action", ...: what a reader of the output can check).

    The main action decides ("Increase efforts to identify victims" → protection); a general one
    ("increase", "provide", "improve") passes to the means ("Combat forced labor by identifying
    victims"), then to its object ("Increase staffing ... of the special prosecutor"); the purpose
    decides first for training and funding ("Train officials to identify victims") and when the
    object is only who is to act ("Provide training to labor inspectors to identify ..."); an
    action that says its area only by itself ("pass and enact", cut off) comes last. ``later`` is false for the means
    of an action, read by itself: what follows the means is none of it.

    Examples
    --------
    >>> area_decision("Improve data collection quality for law enforcement and ensure the release of victim data")
    ('prosecution', 'object word')
    >>> area_of("Train law enforcement officials to identify victims")
    'protection'
    >>> area_of("The government should pass and enact"[len("The government should "):])
    'prosecution'
    """
    rules = load_area_rules()
    text = _without_framing_names(_without_asides(text, rules))
    core = _core(text, rules)
    first_end = _first_action_end(text, core, rules)
    by = _MEANS.search(text, core, first_end) if may_match(_MEANS, text) else None
    if by and (means := area_of(text[by.end():first_end], later=False)):
        # the means is the first concrete action ("prevent the sex trafficking of children in state-run orphanages
        # by investigating and prosecuting complicit ... authorities", 2017 Lithuania) ...
        if means != "partnership" or not (done := area_of(text[:by.start()], later=False)):
            return means, "means"
        # ... but partners worked with are how, not what, when the action says its area before them: "Update the national
        # referral mechanism to provide victims all necessary support services by formalizing cooperation with NGOs and
        # ..." (2019 Serbia: protection)
        return done, "action before partner means"
    kind = _kind_of_action(text, core, first_end, rules)
    if kind:
        return kind, "kind of action"
    main = _action_at(rules.actions, text, core)
    if main:
        return main, "main action"
    asked = _clause_asked_at(text, rules)
    ensured = _ensured(text, asked, first_end, rules) if asked is not None else None
    if ensured:
        return ensured, "clause ensured"
    by = _MEANS.search(text, core)
    if by:
        means = area_of(text[by.end():], later=False)
        if means:
            return means, "later means"
    purposes = _purposes(text, core, first_end, rules)
    object_end = purposes[0][0] if purposes else first_end
    purpose = purposes[0][1] if purposes else None
    fallback, fallback_end = _action_span(rules.fallbacks, text, core)
    chain = _SHARED_OBJECT.match(text, core)
    if not fallback and chain:
        # verbs that share their object: the last one's wording, training ("disseminate, implement, and train police and
        # border officials on the national victim protection and referral guidelines", 2020 Laos: those trained are no object)
        fallback, fallback_end = _action_span(rules.fallbacks, text, chain.end())
    object_start = core
    if fallback_end > core:
        # "provide additional awareness training to ... law enforcement officials": the words inside the
        # training wording qualify it, they are no object; an action or a victim among them is its purpose
        # ("conduct victim identification training", "provide victim-centered training")
        inside = first_match(rules.actions, text, core, fallback_end) or \
            first_match([e for e in rules.objects if e.key != "prevention"], text, core, fallback_end)
        purpose = purpose or (inside[0].key if inside else None)
        object_start = fallback_end
    training = bool(fallback and rules.training.search(text, core, fallback_end))
    named = _object_before(rules, text, object_start, object_end, first_end)
    if named and training:
        # those trained are no object, nor how they are to act: the topic is ("train investigators ... on applying the
        # trafficking law and respecting the rights of victims"), before the purpose named after it; a purpose inside the
        # training wording comes first ("provide victim identification training to law enforcement officials and ...")
        trained = named
        named = _topic(rules, text, named, object_end, first_end)
        if named and purposes and _TOPIC.search(text, fallback_end, named[1].start()):
            return named[0].key, "training topic"
        if not named and not purpose and not _others_trained(rules, text[trained[1].end():first_end]):
            # training with no topic nor purpose is for the work of those trained: labor inspectors' is labor inspection
            # ("Train more labor inspectors, inspect worksites for indicators of forced labor, ...", 2019 Haiti), wherever
            # they are ("Train labor inspectors in all regions"); not when other words follow them, a topic cut off ("Train
            # labor inspectors o", 2023 Ecuador: annotated prosecution)
            return trained[0].key, "trained agents"
    if fallback and purpose:
        return purpose, "purpose of fallback action"
    if named and purpose and (rules.agent.fullmatch(named[1].group()) and not _acts_of(text, named[1].end(), rules)
                              or rules.means.fullmatch(named[1].group()) and _PURPOSE_START.match(text, object_end)):
        # who is to act is no object: "Provide training to labor inspectors to identify ..."; the means serve the purpose:
        # "Establish procedures or specialized units to ensure trafficking cases are handled by trained prosecutors"
        return purpose, "purpose of agent or means"
    if named:
        return named[0].key, "object word"
    if purpose:
        return purpose, "purpose"
    if fallback:
        return fallback, "fallback action"  # the first action's own area: "amend its laws to address trafficking offenses, increase ..."
    after = _later_action(text, first_end, rules) if later else None
    if after:
        return after, "later action"  # the first concrete action is a later one: "strengthen enforcement of ... and continue ... to end all ..."
    named = first_match(rules.objects, text, core, None if later else first_end)
    return (named[0].key, "any object word") if named else (None, "none")


@functools.lru_cache(maxsize=1)
def _framed_law() -> tuple[re.Pattern, re.Pattern]:
    """The title words of a law named in the text, before its head (tip:LawTitleHeads: "Act", "Law", "Code"; joined by
    tip:TitleJoinWords); and a law named under which, or with which, the action is to be done (tip:FramingWords): a frame
    or a standard, no object. The title must be the preposition's own object: its words run on through no "to" nor a comma
    that closes them (", to implement the ...", "with NGO input, the ... Act": the law is the object of the verb), only
    through one that goes on with a list (tip:ListContinuationWords)."""
    joined, heads = word_class("TitleJoinWords").pattern, word_class("LawTitleHeads").pattern
    # ... after a word or the law's year ("the 2018 Prevention of Trafficking in Persons Act")
    name = re.compile(rf"(?:(?<=[a-z] )|(?<=\d{{4}} ))(?:[A-Z][\w’'-]*,?(?: Etc\.,?)? (?:{joined} )*)+(?={heads})")
    framing = re.compile(rf"{word_class('FramingWords').pattern}\s+(?:(?!to\b)[\w’'.-]+"
                         rf"(?:,(?=\s+{word_class('ListContinuationWords').pattern}))?\s+){{0,12}}$", re.I)
    return name, framing


def _without_framing_names(text: str) -> str:
    """``text`` without the title words of the laws it names as a frame or a standard ("under the ... Act", "consistent with
    ... the ... Act"): the name says what the law is called, not the action asked for ("Amend the definition of trafficking
    under the Crimes Act to be consistent with ... the newly enacted Prevention of Trafficking in Persons, Etc. and Victim
    Protection Act", 2023 Korea: a law amended). A law that is the object keeps its name ("Implement the Victim Protection
    Act"), unless its title is the general one of an anti-trafficking law (``tip:GeneralLawTitles``: "Finalize, disseminate,
    and train officials on the implementing rules for the 2018 Prevention of Trafficking in Persons Act (PTPA)", 2019
    Pakistan: "Prevention" names the law, not the action)."""
    law_name, framing = _framed_law()
    general = word_class("GeneralLawTitles")
    return law_name.sub(lambda name: "" if framing.search(text, 0, name.start()) or general.match(name.group())
                        else name.group(), text)


def _without_asides(text: str, rules: AreaRules) -> str:
    """``text`` without the words set off by commas inside it (``tip:asideWord``) and the partners named with whom it is
    to be done (``tip:partnerWording``, set off or not), which ask for no action and name no object: "Increase funding and
    in-kind resources, as feasible, for the anti-trafficking law enforcement units to investigate ..." (2022 Cote
    d'Ivoire), "..., in coordination with international organizations and donors" (2020 Chad)."""
    return rules.aside.sub("", text)


#: Where the purpose of an action starts, said by an infinitive: "to" and a verb ("... hotline to promote ...", "in order to
#: identify ..."), not a noun or article ("referral to prosecutors", "reported to the hotline"), nor a manner ("in
#: partnership with NGOs").
_PURPOSE_START = re.compile(r"\b(?:in order |so as )?to\s+(?:\w+ly\s+)?(?!(?:the|a|an|its|their|all|any|this|these)\b)[a-z]+\b",
                            re.I)


def _kind_of_action(text: str, core: int, end: int, rules: AreaRules) -> str | None:
    """The area of a kind of action (``tip:AreaAction``: law making, recording data, funding) that opens the item:
    its own, or that of the first exception it names up to ``end`` (the end of the first action)."""
    for kind in rules.kinds:
        found = kind.pattern.match(text, core)
        if not found:
            continue
        stop = end
        if kind.object_only:
            purpose = next((p for p in _PURPOSE_START.finditer(text, found.end(), end)
                            if not _NOUN.match(text, p.end() - len(p.group().split()[-1]))), None)
            stop = purpose.start() if purpose else end
        part = kind.parts.search(text, found.end(), stop)
        if part and kind.whole.search(text, core, part.start()):
            stop = part.start()  # "anti-trafficking legislation that includes protections for victims": a part of the law
        named = first_match(kind.exceptions, text, core, stop)
        if named and rules.agent.match(text, named[1].start()):
            # who is to act is no object, what they are to do is: "fund mobile units operated by civil society groups and
            # law enforcement to identify victims" (2015 Albania)
            purposes = _purposes(text, named[1].end(), end, rules)
            if purposes:
                return purposes[0][1]
        return named[0].key if named else kind.key
    return None


@functools.lru_cache(maxsize=1)
def _list_joins() -> re.Pattern:
    """What joins those trained in a list ("labor inspectors, social workers, and interpreters"): punctuation and the words
    that go on with a list (``tip:ListContinuationWords``)."""
    return re.compile(rf"[\s,;.]*(?:\b{word_class('ListContinuationWords').pattern}\b[\s,;.]*)*", re.I)


def _others_trained(rules: AreaRules, text: str) -> str:
    """What is left of ``text`` after the first of those trained once the places they are in and the others trained with
    them (``tip:agentTrigger``) are set aside: nothing when the training names neither topic nor purpose."""
    rest = rules.agent.sub("", rules.place.sub("", text))
    return "" if _list_joins().fullmatch(rest) else rest


#: The word that opens the topic of training ("train prosecutors and judges on the severity of the crime"), after those trained.
_TOPIC = re.compile(r"\b(?:on|about|regarding|concerning)\s", re.I)


def _topic(rules: AreaRules, text: str, named, end: int, action_end: int):
    """The first object wording of a training's topic from ``named`` on: who is trained ("prosecutors and judges") and how
    they are to act ("on a victim-centered approach", "victims’ rights"; "judges on witness protection during trials", read
    from the trained) skipped."""
    while named:
        skipped = rules.manner.match(text, named[1].start()) or rules.agent.match(text, named[1].start())
        if not skipped:
            return named
        named = _object_before(rules, text, max(named[1].end(), skipped.end()), end, action_end)
    return None


def _object_before(rules: AreaRules, text: str, start: int, end: int, action_end: int):
    """The first object wording that starts in ``text[start:end]``, whole even past ``end`` up to ``action_end`` ("data
    on trafficking prosecutions" is law-enforcement data, though "on trafficking prosecutions" reads as a purpose)."""
    named = first_match(rules.objects, text, start, action_end)
    return named if named and named[1].start() < end else None


def _acts_of(text: str, at: int, rules: AreaRules) -> bool:
    """Whether the noun at ``at`` names an action (``tip:actionTrigger``): those before it say whose acts they are, they are no
    agent ("Increase law enforcement investigations and labor inspections to identify forced labor", 2020 Honduras)."""
    return bool(_action_at(rules.actions, text, at + len(text[at:]) - len(text[at:].lstrip())))


#: Verbs in a series before the one that takes their object ("disseminate, implement, and ", "Adopt, fully implement, and ").
_SHARED_OBJECT = re.compile(r"(?:[a-z]+(?:,\s+(?:and\s+|or\s+)?|\s+(?:and|or)\s+)(?:\w+ly\s+)?){1,4}(?=[a-z]+\s)", re.I)
#: Where the means of an action start: "... by (proactively) identifying ...".
#: ... not an instance of the action ("Cease penalizing victims ..., including by amending the Law on Petty Offenses",
#: 2019 Mongolia: the action decides), nor who did it after a participle ("in care facilities used by trafficking victims",
#: 2021 Chile).
_MEANS = re.compile(r"(?<!including )(?<!ed )\bby\s+(?=(?:\w+ly\s+)?\w+ing\b)", re.I)
#: Where the purpose of an action may start: "to identify", "and identify", "on (proactive) identification".
_PURPOSE = re.compile(r"\b(?P<word>to|and|in|on|for)\s+(?:\w+ly\s+)?", re.I)
#: A noun after "to" is whom the thing goes to ("referral of victims to prosecutors", "training to labour inspectors"), not a
#: purpose.
_NOUN = re.compile(r"[\w-]+(?:ors?|ours?|ions?|ers|als?)\b", re.I)


#: The capitalised word before a preposition inside a name ("Center for the Investigation ...").
_IN_A_NAME = re.compile(r"\b[A-Z][\w-]*\s+$")
_NAME_GOES_ON = re.compile(r"(?:the\s+)?[A-Z]")
#: A word between a purpose's "to", "on", "in", "for" and its action: no function word, no clause mark.
_PURPOSE_WORDS = re.compile(r"(?!(?:and|or|to|of|in|on|for|by|with|that|which|who)\b)[\w-]+\s+", re.I)


def _purposes(text: str, start: int, end: int, rules: AreaRules) -> list[tuple[int, str]]:
    """``(where, area)`` of each purpose of the action in ``text[start:end]`` whose wording decides an area."""
    found = []
    for match in _PURPOSE.finditer(text, start, end):
        word = match.group("word").lower()
        if word == "to" and _NOUN.match(text, match.end()):
            continue  # whom it goes to ("referral to prosecutors")
        if word != "and" and _IN_A_NAME.search(text, 0, match.start()) and _NAME_GOES_ON.match(text, match.end()):
            continue  # a name, no purpose: "Center for the Investigation of Sexual Offences" (2021 Jamaica)
        if word == "to" and rules.ensure.match(text, match.end()):
            # "provide sufficient staff, training, and resources to ensure that traffickers face prompt prosecution"
            ensured = _ensured(text, match.end(), end, rules)
            if ensured:
                found.append((match.start(), ensured))
                continue
        at = [match.end()]
        if word != "and":
            # the action may follow a few words of its own: "on formal victim identification",
            # "particularly to enhance victim identification"
            while len(at) < 4 and (skipped := _PURPOSE_WORDS.match(text, at[-1])):
                at.append(skipped.end())
        area = next(filter(None, (_action_at(rules.actions, text, a) for a in at)), None)
        if area:
            found.append((match.start(), area))
    return found


#: The subject of a clause asked for: a few words, no clause mark ("convicted traffickers", "agencies involved in such
#: trafficking").
_SUBJECT_WORD = re.compile(r"[\w’'-]+,?\s+")
_DENIED = re.compile(r"(?:not|never)\b", re.I)
#: A verb of the clause asked for, after its subject: no noun ("identification", "screening"). Not :data:`_BARE_VERB`, on
#: purpose: a clause's verb agrees with its subject and may end in "s" ("Ensure the government screens ..."), where an
#: imperative after "and" never does (an "s" there ends a plural noun: "... and officials").
_ASKED_VERB = re.compile(r"[a-z]+(?<!ion)(?<!ing)(?<!ions)\b")


def _clause_asked_at(text: str, rules: AreaRules) -> int | None:
    """Where the item asks for a clause to be made true ("ensure that ..."), after list marks, adverbs and lead words, or None."""
    at = _core(text, rules, stop=rules.ensure)  # before "ensure that", also a lead word
    return at if rules.ensure.match(text, at) else None


def _ensured(text: str, at: int, end: int, rules: AreaRules) -> str | None:
    """The area of the clause asked for at ``at`` ("ensure that traffickers face prompt prosecution") up to ``end``: that of
    the first action its predicate names ("... are adequately punished"), else of its first object wording; its subject is
    no object ("Ensure convicted traffickers are ordered to pay compensation to victims", 2023 Honduras). None when no
    clause is asked for, when it is denied ("victims are not penalized": what is spared is read as before) or names no area."""
    asked = rules.ensure.match(text, at)
    if not asked:
        return None
    subject = cursor = asked.end() + len(text[asked.end():]) - len(text[asked.end():].lstrip())
    listed = False  # a subject of several words set off by commas
    for _ in range(10):
        word = _SUBJECT_WORD.match(text, cursor)
        if not word:
            return None
        cursor = word.end()
        listed = listed or "," in word.group()
        verb = rules.predicate.match(text, cursor)
        if verb:
            if listed:
                return None  # "... that up-to-date, comprehensive law enforcement statistics are collected" (2005 Georgia)
            break
        acted = _action_at(rules.actions, text, cursor) \
            if _ASKED_VERB.match(text, cursor) and word.group().strip().lower() != "to" else None
        if acted:
            # the predicate is the action, no auxiliary before it: "Ensure police, immigration, labor, and other officials
            # consistently screen for trafficking victims" (2023 Korea): who is to act is the subject, no object
            return acted
    else:
        return None
    predicate = verb.end() + len(text[verb.end():]) - len(text[verb.end():].lstrip())
    if _DENIED.match(text, predicate):
        return None
    # a wording of the whole clause ("all citizens are aware", 2022 Uzbekistan), else the first action or object wording of
    # the predicate ("... are ordered to pay compensation", "... are offered to all victims, ... and increase ...")
    whole = [(m.start(), e.key) for e in rules.objects for m in e.pattern.finditer(text, subject, end)
             if m.start() < verb.start() and m.end() > verb.start()]
    if whole:
        return min(whole)[1]
    named = first_match(rules.objects, text, predicate, end)
    for word_start in re.finditer(r"\b\w", text[predicate:named[1].start() if named else end]):
        area = _action_at(rules.actions, text, predicate + word_start.start())
        if area:
            return area
    if not named:
        # a predicate of no area ("are implemented consistently"): what is to be done is its subject's ("increase law
        # enforcement training to ensure that standard operating procedures regarding trafficked children and victim
        # referrals are implemented consistently throughout Bosnia", 2009 Bosnia and Herzegovina)
        named = first_match(rules.objects, text, subject, verb.start())
    return named[0].key if named else None


#: Where a next action may start: after a comma or ";", an "and" allowed.
#: ... or after "and" when the first action has an object of its own ("Appoint specialized labor inspectors and train
#: all labor inspectors on victim identification", 2023 Bolivia) and a verb follows, not a noun ("training", "funding").
_NEXT_ACTION = re.compile(r"[,;]\s+(?:and\s+)?|\s+and\s+")
_VERB_CHAIN = re.compile(r"[\w-]+(?:,|\s+(?:and|or)\b)")
_BARE_VERB = re.compile(r"[a-z]+(?<!ing)(?<!ion)(?<!s)\b")
#: A verb of no area of its own with an object of its own opens a next action, whose purpose is not the first's ("Increase
#: training for labor officials on trafficking indicators and expand the MOL’s mandate to include inspections", 2020 Ecuador);
#: a pronoun after a word makes it a verb ("Increase the number of labor inspectors in the field and grant them the power to
#: proactively identify victims", 2020 Luxembourg: the power's purpose is not the number's).
_VERB_AND_OBJECT = re.compile(r"[a-z]+(?<!ing)(?<!ion)(?<!s)\s+(?:the|its|their|a|an)\s|[a-z]+\s+(?:them|him|it)\b")


#: A noun of one word in a series: followed by a comma or "and"/"or", not by an object of its own ("training, and resources");
#: not a verb of a series ("disseminate, implement, and train", "review, assess, and amend").
_LISTED_NOUN = re.compile(r"[a-z]+(?:ing|ions?|ances?|ences?|[^s\W]s)(?=,|\s+(?:and|or)\s)")
_GERUND = re.compile(r"[a-z]+ing\b")


def _first_word(text: str, at: int) -> str:
    return (text[at:].split() or [""])[0]


def _first_action_end(text: str, core: int, rules: AreaRules) -> int:
    """Where the first action of an item ends: before a next action joined by a comma ("amend its laws to address
    trafficking offenses, increase efforts to protect victims, ...", 2005 Costa Rica), whose purpose is not the
    first action's."""
    piece_start = core
    for joint in _NEXT_ACTION.finditer(text, core):
        at, piece, piece_before = joint.end(), text[piece_start:joint.start()], piece_start
        piece_start = at
        if joint.group().strip() == "and" and (len(piece.split()) < 3 or not _BARE_VERB.match(text, at)
                                               or _PURPOSE_START.search(piece)):
            # nouns joined ("Increase efforts and training of ...", "provide funding and training on ..."), or verbs of
            # one purpose ("train front-line officials ... to recognize trafficking indicators and refer potential victims"):
            # they go on the piece before, no verb of a series ("... allegations of forced labor of adults and children, and
            # raise public awareness": "children" shares no object with "raise")
            piece_start = piece_before
            continue
        if _LISTED_NOUN.match(text, at) and not (_GERUND.match(text, at) and _GERUND.fullmatch(_first_word(text, core))):
            # nouns in a series, one word each: "provide sufficient staff, training, and resources to ensure ..." (2006
            # Ecuador); an "-ing" word is a verb only in a series of "-ing" verbs ("concentrate on adopting ..., arresting ...").
            # The noun goes on the piece before: "collect data on victim protection efforts and assistance and prosecute ..."
            piece_start = piece_before
            continue
        if len([word for word in piece.split() if not _ADVERB.fullmatch(word)]) < 2:
            # verbs that share their object: "disseminate, implement, and train police ... on ..." (2018 Laos),
            # "Adopt, fully implement, and train officials ... on government-wide SOPs" (2021 Jamaica)
            continue
        if rules.lead.match(text, at) or _action_at(rules.actions, text, at) or _action_span(rules.fallbacks, text, at)[0] \
                or _VERB_AND_OBJECT.match(text, at) or "," in joint.group() and opens_item(text, at) \
                and not _VERB_CHAIN.match(text, at):
            # ... or any verb of the reports' requests after a comma with an object of its own ("provide training for law
            # enforcement investigators and prosecutors on trafficking cases, and increase cooperation with NGOs"), not
            # verbs that share one ("to update, disseminate, and systematically implement existing SOPs", 2023 Papua New Guinea)
            return joint.start()
    return len(text)


def _later_action(text: str, first_end: int, rules: AreaRules) -> str | None:
    """The area of the first action after the first one that says its area by itself (RECOMMENDATIONS.md: the first
    concrete action named decides), or None."""
    for joint in _NEXT_ACTION.finditer(text, first_end):
        area = _action_at(rules.actions, text, _core(text, rules, joint.end()))
        if area:
            return area
    return None


def _core(text: str, rules: AreaRules, start: int = 0, stop: re.Pattern | None = None) -> int:
    """Where the action of an item starts: after list marks, adverbs and lead words ("Increase efforts to"), or where
    ``stop`` matches first among them."""
    at = cast(re.Match[str], _ITEM_OPEN.match(text, start)).end()  # the pattern matches the empty string
    while not (stop and stop.match(text, at)):
        step = _ADVERBS.match(text, at) or rules.lead.match(text, at)
        if not step or step.end() == at:
            return at
        at = step.end()
    return at


def _action_span(entries, text: str, at: int) -> tuple[str | None, int]:
    """The area whose action wording starts at ``at`` and where that wording ends (``at`` when none does)."""
    for entry in entries:
        found = entry.pattern.match(text, at)
        if found:
            return entry.key, found.end()
    return None, at


def _action_at(entries, text: str, at: int) -> str | None:
    """The area whose action wording starts at ``at`` (the words "and"/"," between coordinated verbs allowed)."""
    for entry in entries:
        if entry.pattern.match(text, at):
            return entry.key
    return None
