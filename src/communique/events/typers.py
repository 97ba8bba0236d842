"""Typing a trigger: one interface that the lexicon rules and the learned model both implement.

The extractor finds a candidate token and its lexicon reading (a ``Trigger`` or None), then asks
its ``TriggerTyper`` for the final reading. ``RuleTyper`` keeps the lexicon's reading;
``ModelTyper`` uses the learned model's alone; ``CombinedTyper`` keeps the rules where they are
precise and lets the model veto, retype and add. Choose with the ``event_typing`` setting
(``rules``, ``model`` or ``combined``).
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from typing import TYPE_CHECKING, Protocol, Sequence

import numpy as np

from .args import carrying_verb, object_noun
from .lexicon import Trigger
from .measures import measure_in_law
from .model import CLASSES, EventModel, HasActor, actor_tokens, featurise, is_candidate, load_model

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Doc, Span, Token

    from ..types import Mention
    from .lexicon import Lexicon

TYPINGS: tuple[str, ...] = ("rules", "model", "combined")


class TriggerTyper(Protocol):
    def start(self, doc: "Doc", mentions: Sequence["Mention"]) -> None:
        """Called once per article before any ``decide``."""

    def decide(self, tok: "Token", proposal: Trigger | None) -> Trigger | None:
        """The reading of ``tok`` given the lexicon's ``proposal``; None: not a trigger."""


class RuleTyper:
    """The lexicon's reading, as it is."""

    def start(self, doc: "Doc", mentions: Sequence["Mention"]) -> None:
        return None

    def decide(self, tok: "Token", proposal: Trigger | None) -> Trigger | None:
        return proposal


class ModelTyper:
    """The learned model's reading: its most probable class when that is an event type with at
    least ``threshold`` probability. Probabilities are computed a sentence at a time, on demand."""

    def __init__(self, lexicon: "Lexicon", model: EventModel | None = None, threshold: float = 0.5):
        self.lex = lexicon
        self.model = model or load_model()
        self.threshold = threshold
        self._doc: "Doc | None" = None
        self._has_actor: HasActor | None = None
        self._proba: dict[int, np.ndarray] = {}
        self._done: set[int] = set()
        self._actor_starts: list[int] = []
        self._sents: list["Span"] = []
        self._sent_starts: list[int] = []

    def start(self, doc: "Doc", mentions: Sequence["Mention"]) -> None:
        self._doc = doc
        self._has_actor = actor_tokens(doc, [(m.start, m.end) for m in mentions])
        self._actor_starts = sorted(m.start for m in mentions)
        self._proba = {}
        self._done = set()
        self._sents = list(doc.sents)
        self._sent_starts = [s.start for s in self._sents]

    def _sent_of(self, tok: "Token") -> "Span":
        """``tok.sent`` by bisection: spaCy's walks the sentence on every call (quadratic in it)."""
        if self._doc is not tok.doc:
            return tok.sent
        return self._sents[bisect_right(self._sent_starts, tok.i) - 1]

    def proba(self, tok: "Token") -> np.ndarray | None:
        """Class probabilities of ``tok`` (``CLASSES`` order), None for a non-candidate token."""
        sent = self._sent_of(tok)
        if sent.start not in self._done and self._has_actor is not None:
            self._done.add(sent.start)
            at = bisect_left(self._actor_starts, sent.start_char)
            if at == len(self._actor_starts) or self._actor_starts[at] >= sent.end_char:
                return None  # no actor named: no event for the model to read
            toks = [t for t in sent if is_candidate(t)]
            if toks:
                dense, sparse = featurise(toks, self.lex, self._has_actor)
                for t, p in zip(toks, self.model.proba(dense, sparse)):
                    self._proba[t.i] = p
        return self._proba.get(tok.i)

    def reading(self, tok: "Token", proposal: Trigger | None, threshold: float) -> Trigger | None:
        p = self.proba(tok)
        if p is None:
            return None
        best = int(p.argmax())
        if best == 0 or p[best] < threshold:
            return None
        typ = CLASSES[best]
        if proposal is not None and proposal.type == typ:
            return proposal
        return Trigger(typ, None, None, float(p[best]), "model")

    def decide(self, tok: "Token", proposal: Trigger | None) -> Trigger | None:
        return self.reading(tok, proposal, self.threshold)


class CombinedTyper(ModelTyper):
    """Rules first; the model vetoes a rule reading it is sure is no event (``veto``), retypes one
    it is sure is another type (``retype``), and adds readings the lexicon lacks (``add``). Readings
    the extractor composed from the sentence's structure (source ``rule``: a vow whose content is
    hostile is a threat) are beyond a reader of single tokens and stand. Where the lexicon keeps a
    curated row for the verb with its object ("withdraw" + "troops", "lift" + "sanctions"), the
    object has decided the type: the model may veto the event or retype it to that row's type (the
    row the extractor met first may be another, "withdraw ... from X"), not to a third one."""

    def __init__(self, lexicon: "Lexicon", model: EventModel | None = None, *, add: float = 0.7,
                 veto: float = 0.9, retype: float = 0.8):
        super().__init__(lexicon, model, threshold=add)
        self.veto, self.retype = veto, retype

    def decide(self, tok: "Token", proposal: Trigger | None) -> Trigger | None:
        if proposal is None:
            return self.reading(tok, None, self.threshold)
        p = self.proba(tok)
        if p is None or proposal.source == "rule":
            return proposal
        if p[0] >= self.veto and not self._carried(tok):
            return None
        best = int(p.argmax())
        if best and CLASSES[best] != proposal.type and p[best] >= self.retype and not _settled(proposal) \
                and self._may_retype(tok, CLASSES[best]):
            return Trigger(CLASSES[best], None, None, float(p[best]), "model")
        return proposal

    def _carried(self, tok: "Token") -> bool:
        """Whether ``tok`` is an event noun that a verb with no reading of its own carries as its object
        ("announced $200 million in emergency [aid]", "issued [sanctions]"): the noun is the event. The
        model learned nouns mostly under verbs that are the event ("sent aid"), and calls them none."""
        verb = carrying_verb(tok) if tok.pos_ == "NOUN" else None
        return verb is not None and verb.pos_ == "VERB" and (
            self.lex.is_reporting_verb(verb.lemma_.lower()) or self.lex.is_light_verb(verb.lemma_.lower()))

    def _may_retype(self, tok: "Token", typ: str) -> bool:
        """Whether the model may make ``tok`` a ``typ``: not against its object's curated row."""
        rows = self.object_rows(tok)
        return not rows or any(t.type == typ for t in rows)

    def object_rows(self, tok: "Token") -> list[Trigger]:
        """The curated readings the lexicon keeps for verb ``tok`` with its direct object ("suspend"
        + "treaty"), [] when it keeps none apart from the verb's own, or when any reading it gives is a
        CAMEO pattern (a mixed answer is no curated decision the model must keep)."""
        obj = next((c for c in tok.children if c.dep_ == "dobj"), None) if tok.pos_ == "VERB" else None
        if obj is None:
            return []
        obj = object_noun(obj)  # "the deal [that X struck]": the deal
        obj = measure_in_law(obj) or obj  # "approved a sanctions bill": the sanctions
        lemma = tok.lemma_.lower()
        rows = self.lex.verb(lemma, obj_lemma=obj.lemma_.lower())
        if not rows or any(t.source != "curated" for t in rows) or rows == self.lex.verb(lemma):
            return []
        return rows


#: a curated reading this sure is the team's decision on the word ("annex" is COERCE seize, PLOVER's
#: "occupy territory"; "deport" is COERCE deport): the model may veto it but not give it another type
SETTLED_WEIGHT = 0.9


def _settled(trig: Trigger) -> bool:
    return trig.source == "curated" and trig.weight >= SETTLED_WEIGHT


def make_typer(kind: str, lexicon: "Lexicon") -> TriggerTyper:
    """The typer a setting names (``rules``, ``model``, ``combined``)."""
    if kind == "rules":
        return RuleTyper()
    if kind == "model":
        return ModelTyper(lexicon)
    if kind == "combined":
        return CombinedTyper(lexicon)
    raise ValueError(f"unknown event_typing {kind!r}: use one of {', '.join(TYPINGS)}")


__all__ = ["CombinedTyper", "ModelTyper", "RuleTyper", "TYPINGS", "TriggerTyper", "make_typer"]
