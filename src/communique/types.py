"""The record types that flow through the pipeline, left to right.

``RawDoc`` (read) -> ``Article`` (clean) -> ``Mention`` (actors) -> ``Event``
(events, dates, fuse). Every record is a frozen dataclass: a stage returns new
records and never mutates its input.

Character offsets (``Mention.start``, ``Evidence.start`` ...) always index the
cleaned article text, ``Article.text``.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any, Literal

from .events.classes import measures

ActorKind = Literal["person", "state", "organization", "group"]
Status = Literal["occurred", "planned", "expected", "hypothetical", "negated"]
#: Where an event's date comes from: its own sentence (``text``), an earlier sentence of the
#: article that tells the same story (``inherited``), or the article's publication date (``published``).
DateBasis = Literal["text", "inherited", "published"]

#: The 16 PLOVER event types.
EVENT_TYPES: tuple[str, ...] = (
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
)
#: Types whose two sides are interchangeable ("X met Y" is "Y met X"): they have no direction.
SYMMETRIC_TYPES = frozenset({"CONSULT", "AGREE", "COOPERATE"})
#: Statements: an event that is something said (an accusation, a demand, a threat, a denial, a
#: word of support, a concession). Each utterance is an event of its own.
SPEECH_TYPES = frozenset({"ACCUSE", "REJECT", "REQUEST", "THREATEN", "SUPPORT", "CONCEDE"})
STATUSES: tuple[str, ...] = ("occurred", "planned", "expected", "hypothetical", "negated")
DATE_BASES: tuple[str, ...] = ("text", "inherited", "published")


@dataclass(frozen=True)
class RawDoc:
    """One input document as read, before cleaning.

    Exactly one of ``text`` (plain text) and ``html`` is set. ``origin`` names
    where it came from (``path`` or ``path:line`` or ``path#record``) so that
    messages can point at it.
    """

    id: str
    origin: str
    text: str | None = None
    html: str | None = None
    published: str | None = None
    url: str | None = None
    title: str | None = None
    source: str | None = None


@dataclass(frozen=True)
class Article:
    """The article's own text and metadata, after cleaning."""

    id: str
    text: str
    title: str | None = None
    published: str | None = None  # ISO date "YYYY-MM-DD" (or coarser) or None
    url: str | None = None
    source: str | None = None
    author: str | None = None
    sitename: str | None = None
    origin: str = ""
    language: str | None = None
    fingerprint: str | None = None  # exact-content hash of ``text``
    simhash: int | None = None  # near-duplicate fingerprint of ``text``
    duplicate_of: str | None = None  # id of an earlier article this one nearly repeats (syndication)
    removed: tuple[str, ...] = ()  # furniture lines that cleaning removed (for audit)

    def to_dict(self) -> dict[str, Any]:
        d = asdict(self)
        d["removed"] = list(self.removed)
        return d

    def to_clean(self) -> dict[str, Any]:
        """The record ``communique clean`` writes: the fields of ``CLEAN_FIELDS``, in that order."""
        d = self.to_dict()
        return {k: d[k] for k in CLEAN_FIELDS}


#: what ``communique clean`` writes of an article: its own text and metadata, not the hashes
#: and links that storing it adds
CLEAN_FIELDS: tuple[str, ...] = ("id", "title", "published", "url", "source", "language", "text",
                                 "author", "sitename", "removed")


@dataclass(frozen=True)
class Actor:
    """A resolved actor. ``code`` is ISO 3166-1 alpha-3 for states and the
    people and bodies of a state, or an organisation code (``NATO``, ``G7``)."""

    code: str
    name: str
    kind: ActorKind
    role: str | None = None
    country: str | None = None  # for persons/organs of a state: its ISO code
    valid_from: str | None = None  # validity of the role, ISO dates
    valid_to: str | None = None
    id: str | None = None  # stable knowledge-base id, e.g. "person/joe_biden"
    #: for a state named by its leader's government ("the Trump administration"): the leader, under the
    #: state's code, who stands for the state in the events it acts in (``actors.kb.leader_acting``;
    #: the event records the name in ``extra[GOVERNMENT_NAMED]``)
    leader: Actor | None = field(default=None, compare=False, hash=False, repr=False)

    def to_exchange(self) -> dict[str, Any]:
        """The actor object of the event exchange format."""
        return {"code": self.code, "name": self.name, "kind": self.kind, "role": self.role}


@dataclass(frozen=True)
class Mention:
    """A span of the article text that refers to an actor."""

    start: int
    end: int
    text: str
    actor: Actor
    how: str = "name"  # name | alias | title | role | metonym | adjective | acronym


@dataclass(frozen=True)
class Evidence:
    text: str
    start: int
    end: int

    def to_dict(self) -> dict[str, Any]:
        return {"text": self.text, "start": self.start, "end": self.end}


#: the ``Event.extra`` key of a location that the text does not give: "actor" when it is taken
#: from the event's sides (a statement where its speaker's state is; see ``events.extract``)
LOCATION_BASIS = "location_basis"
#: the ``Event.extra`` key set (True) when the trigger is a definite description of an act ("the
#: offensive", "Turkey's strikes"): it names an act its article already told of (``fuse._within``)
DEFINITE = "definite"
#: the ``Event.extra`` key set (True) by fusion when an event is the only one of its type between
#: its actors in its article (``fuse.kind_counted``): stored, so that a mention read back from the
#: store is the node it was when its article came in
SOLE_OF_KIND = "sole_of_kind"
#: the ``Event.extra`` key of the names of the persons an event names only through their government
#: ("the Trump administration imposed sanctions": Donald Trump): they tell one report of an act from
#: another no more than their state does (``fuse``); stored, so that the store's mentions read back
#: are the nodes they were when their article came in
GOVERNMENT_NAMED = "government_named"


@dataclass(frozen=True)
class Location:
    name: str
    country: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"name": self.name, "country": self.country}


def settle_sides(source: Actor | None, target: Actor | None, participants: tuple[Actor, ...]
                 ) -> tuple[Actor | None, Actor | None, tuple[Actor, ...]]:
    """Source, target and the further parties of an event, with no actor listed twice.

    A named person of the source's or the target's code stands for that side when the side is
    a state or a body (Japan -> Kishida) and leaves the participants; the side itself never
    comes back among them, nor does a state or body whose code a named person already carries.
    A second named person of one side (Austin beside the source Blinken) stays a participant.
    """
    sides = [source, target]
    for a in participants:
        for i, side in enumerate(sides):
            if side is not None and side.code == a.code and a.kind == "person" and side.kind != "person":
                sides[i] = a
                break
    taken = {(s.code, s.name) for s in sides if s is not None}
    covered = {s.code for s in sides if s is not None} | {a.code for a in participants if a.kind == "person"}
    out: dict[tuple[str, str], Actor] = {}
    for a in participants:
        if (a.code, a.name) not in taken and (a.kind == "person" or a.code not in covered):
            out.setdefault((a.code, a.name), a)
    return sides[0], sides[1], tuple(out.values())


@dataclass(frozen=True)
class Event:
    """One event mention, in the terms of the exchange format. ``participants`` are the further
    parties (:func:`settle_sides`): never the source or the target again."""

    doc_id: str
    type: str
    evidence: Evidence
    status: Status = "occurred"
    mode: str | None = None
    source: Actor | None = None
    target: Actor | None = None
    participants: tuple[Actor, ...] = ()
    date: str | None = None
    date_basis: DateBasis | None = None
    location: Location | None = None
    topics: tuple[str, ...] = ()
    background: bool = False
    trigger: str | None = None
    event_id: str | None = None
    confidence: float = 1.0
    extra: dict[str, Any] = field(default_factory=dict, compare=False, hash=False)

    def __post_init__(self) -> None:
        source, target, participants = settle_sides(self.source, self.target, self.participants)
        if (source, target, participants) != (self.source, self.target, self.participants):
            object.__setattr__(self, "source", source)
            object.__setattr__(self, "target", target)
            object.__setattr__(self, "participants", participants)

    def actors(self) -> tuple[Actor, ...]:
        out = [a for a in (self.source, self.target) if a is not None]
        return tuple(out) + self.participants

    @property
    def location_basis(self) -> str | None:
        """How the location was found: ``"text"`` when the text names the place, else what
        ``extra[LOCATION_BASIS]`` says (``"actor"``: taken from the event's sides); None without one."""
        return self.extra.get(LOCATION_BASIS, "text") if self.location is not None else None

    def to_exchange(self) -> dict[str, Any]:
        """One line of the exchange format (``../shared/eval/README.md``)."""
        return {
            "doc_id": self.doc_id,
            "event_id": self.event_id,
            "type": self.type,
            "mode": self.mode,
            **measures(self.type, self.mode),
            "source": self.source.to_exchange() if self.source else None,
            "target": self.target.to_exchange() if self.target else None,
            "participants": [a.to_exchange() for a in self.participants],
            "date": self.date,
            "date_basis": self.date_basis,
            "status": self.status,
            "location": {**self.location.to_dict(), "basis": self.location_basis} if self.location else None,
            "topics": list(self.topics),
            "background": self.background,
            "trigger": self.trigger,
            "confidence": round(self.confidence, 3),
            "evidence": self.evidence.to_dict(),
        }


@dataclass(frozen=True)
class ArticleResult:
    """Everything the pipeline made of one article: what the store writes."""

    article: Article
    mentions: tuple[Mention, ...] = ()
    events: tuple[Event, ...] = ()

    def to_exchange(self) -> list[dict[str, Any]]:
        """The events as exchange-format records plus the article's ``published``, ``title`` and
        ``url`` (the fields the store's queries and exports add)."""
        a = self.article
        return [{**e.to_exchange(), "published": a.published, "title": a.title, "url": a.url}
                for e in self.events]
