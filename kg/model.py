"""Typed records passed between the pipeline stages.

``sources`` yields :class:`Document`; ``segment`` turns it into :class:`Sentence` records;
``extract`` returns :class:`Fact` records, each with a :class:`Span` for provenance;
``mapping`` turns facts into RDF. No stage reads the records of a later one.
"""
from __future__ import annotations

from dataclasses import dataclass, field


class InputError(Exception):
    """Bad input: the message is one line naming the file (and line) at fault."""


class OldBuildError(InputError):
    """A build of a layout older than this kg reads (``store.QUERY_LAYOUT``), where an answer would be wrong."""


class OldBuildWarning(UserWarning):
    """A build of a layout older than this kg reads, where the answer is still what the build holds."""


class OutputError(Exception):
    """The build folder cannot be written (or must not be): the message is one line naming it."""


@dataclass(frozen=True)
class Document:
    """One source text: a narrative file or one record of a JSON-lines corpus.

    ``offset`` is 0 for files; offsets of facts are always into ``text``. ``pages`` maps the text
    of a narrative read from a PDF to its pages: ``(offset, page)`` where each page's text begins.
    """

    id: str
    text: str
    country: str | None  # ISO 3166-1 alpha-2 code of the subject country
    country_name: str | None
    year: int | None  # report year: the year of the report the text states or summarises
    source: str  # the file it came from (a corpus record is found in it by its id)
    kind: str  # "narrative" or "summary"
    edition: int | None = None  # edition of the publication that holds a summary (Factbook), when given
    pages: tuple[tuple[int, int], ...] = ()  # (offset, page number) where a page begins; () if not paged

    def page_at(self, offset: int) -> int | None:
        """The page the character at ``offset`` is printed on (None for a text without pages)."""
        from bisect import bisect_right

        at = bisect_right(self.pages, (offset, float("inf"))) - 1
        return self.pages[at][1] if at >= 0 else None


@dataclass(frozen=True)
class Sentence:
    index: int
    start: int
    end: int
    text: str
    section: str  # header, profile, assessment, recommendations, prosecution, protection, prevention


@dataclass(frozen=True)
class Span:
    """Evidence of a fact: character offsets into the document and the sentence holding them."""

    sentence: int
    start: int
    end: int


@dataclass(frozen=True)
class Fact:
    """Base of every extracted fact."""

    span: Span


@dataclass(frozen=True)
class TierFact(Fact):
    tier: str  # "Tier 1", "Tier 2", "Tier 2 Watch List", "Tier 3", "Special Case"


@dataclass(frozen=True)
class RoleFact(Fact):
    role: str  # source, transit, destination, internal


@dataclass(frozen=True)
class FormFact(Fact):
    form: str  # guideline concept key, e.g. sex_trafficking


@dataclass(frozen=True)
class VictimFact(Fact):
    group: str  # men, women, children, girls, boys
    qualifier: str | None = None  # Roma, migrants, domestic workers ...
    forms: tuple[str, ...] = ()


@dataclass(frozen=True)
class RouteFact(Fact):
    origin: str  # place key: ISO code or region key
    destination: str
    forms: tuple[str, ...] = ()
    victims: tuple[str, ...] = ()


@dataclass(frozen=True)
class PlaceWarning:
    """A place-like name that could not be resolved, with where it was seen."""

    surface: str
    span: Span


@dataclass(frozen=True)
class FamilyFailure:
    """A fact family whose rules raised on a document: its facts are missing, the other families' are kept."""

    family: str  # module name, e.g. "profile"
    error: str  # "IndexError: list index out of range"


@dataclass
class Extraction:
    """Everything the extraction stage found in one document."""

    document: Document
    sentences: list[Sentence]
    facts: list[Fact] = field(default_factory=list)
    warnings: list[PlaceWarning | FamilyFailure] = field(default_factory=list)


# --- Government response (assessment detail, statistics, laws, policies, actors, recommendations) ---

@dataclass(frozen=True)
class ActorRef:
    """An actor taking part in a fact, and how (``participant``, ``fundedBy``, ``sponsoredBy``, ``reportedBy``)."""

    kind: str  # actor kind notation of tip:ActorScheme: iom, ngos, government, ministry ...
    name: str  # label: the kind's label, or the name as written for a ministry
    relation: str = "participant"


@dataclass(frozen=True)
class ComplianceFact(Fact):
    level: str  # fully_meets, significant_efforts, no_significant_efforts


@dataclass(frozen=True)
class TierMovementFact(Fact):
    movement: str | None  # upgraded, downgraded, remained
    consecutive_years: int | None = None


@dataclass(frozen=True)
class StatisticFact(Fact):
    measure: str  # measure notation: prosecutions, convictions, victims_assisted, funding ...
    value: int | float
    unit: str  # unit notation: count, USD, EUR ...
    year: int | None  # reference year
    subject: str | None = None  # what was counted, in the report's words
    counted: str | None = None  # what was counted: its subject, or that of the figure it is compared with or a part of
    threshold: float | None = None  # years, for sentences_over
    law: str | None = None  # name of the law the cases were brought under
    actors: tuple[ActorRef, ...] = ()
    breakdown: str | None = None  # breakdown dimension notation (sex, age, form ...) when it breaks down a total
    category: str | None = None  # the words of a part's category on its breakdown ("sex trafficking", "women")
    category_code: str | None = None  # the IRI of the code its category words name in a code list (a form, a sex, an age)
    category_country: str | None = None  # the ISO code of the country a nationality category names
    total: "StatisticFact | None" = None  # the count it breaks down, when stated
    conversion_of: "StatisticFact | None" = None  # the amount it converts into US dollars
    counts: str | None = None  # "cases" or "people", what a count of law enforcement counts
    agency: str | None = None  # the IRI of the tip:AgencyScheme code of who states or performs the count
    stage: str | None = None  # the IRI of the tip:CaseStageScheme code: cases initiated or continued


@dataclass(frozen=True)
class PenaltyFact(Fact):
    minimum: float | None
    maximum: float | None
    unit: str  # years, months
    law: str | None = None
    commensurate: bool | None = None
    forms: tuple[str, ...] = ()


@dataclass(frozen=True)
class LawFact(Fact):
    name: str  # "2013 anti-trafficking law", "Kosovo law"
    year: int | None = None
    month: int | None = None
    criminalizes: tuple[str, ...] = ()  # form keys
    action: str | None = None  # policy action notation: adopted (enacted, passed), amended, ratified
    same_as: str | None = None  # the name of the law this mention names again ("the 2014 act"): one node


@dataclass(frozen=True)
class PolicyFact(Fact):
    policy_type: str  # policy type notation: action_plan, coordinator, hotline ...
    label: str  # the wording
    action: str | None = None  # policy action notation: adopted, appointed, continued, absent ...
    year: int | None = None
    month: int | None = None
    actors: tuple[ActorRef, ...] = ()
    same_as: Span | None = None  # the mention of the policy this one names again ("the 2013-2016 plan"): one node


@dataclass(frozen=True)
class ActorFact(Fact):
    """One mention of an actor (the span names it)."""

    actor: ActorRef


@dataclass(frozen=True)
class FindingFact(Fact):
    kind: str  # reported, shortfall
    area: str | None = None  # prosecution, protection, prevention, partnership
    year: int | None = None  # year of the source report, when given
    actors: tuple[ActorRef, ...] = ()


@dataclass(frozen=True)
class RecommendationFact(Fact):
    order: int  # from 1, in the report's order
    area: str | None  # prosecution, protection, prevention, partnership (None when no wording says)
    prioritized: bool = False
    kind: str = "list"  # list, should, advisory (tip:RecommendationKindScheme)
    truncated: bool = False  # the text ends inside the item
