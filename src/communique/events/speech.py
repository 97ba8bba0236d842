"""Reported speech as events: what a speaker says of another actor can itself be the event.

"Pompeo said Russia had violated the treaty" is an accusation by the United States against
Russia; "'Russia must return to compliance,' Stoltenberg said" is NATO's request to Russia;
"Moon said he hoped North Korea would not cross the line" is South Korea's request to North
Korea. The speaker is the subject of a reporting verb (``word_classes.tsv``: ``reporting``);
the reported clause's subject is the target; the clause's predicate decides the type through
the word classes ``accusation`` (violate, undermine, responsible ...), ``obligation`` (must,
should, need), ``warning`` (consequences, a heavy price: THREATEN, aimed at whoever the
condition names) and, for verbs of wishing, ``wish`` (hope, want). The reporting verb is the
trigger, so the event's date and status are those of the saying.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Iterator

from ..types import Actor
from .args import FIRST_PERSON
from .candidate import Candidate
from .lexicon import Trigger

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Span, Token

    from .args import ArgumentResolver, Discourse
    from .lexicon import Lexicon

ACCUSE = Trigger("ACCUSE", "allege", None, 0.7, "speech")
REQUEST = Trigger("REQUEST", None, None, 0.7, "speech")
THREATEN = Trigger("THREATEN", None, None, 0.7, "speech")
_CONDITION_MARKS = ("if", "unless", "should")
_SUBJ = ("nsubj", "nsubjpass")


def _subject(tok: "Token") -> "Token | None":
    return next((c for c in tok.children if c.dep_ in _SUBJ), None)


def speaker_of(verb: "Token", res: "ArgumentResolver", ctx: "Discourse") -> list[Actor]:
    """The actors who speak through a reporting verb: its subject, or the "by" agent of a passive."""
    subj = _subject(verb)
    if subj is not None and subj.dep_ == "nsubj":
        return res.actors_of(subj, ctx)
    for c in verb.children:
        if c.dep_ == "agent":
            return [a for o in c.children if o.dep_ == "pobj" for a in res.actors_of(o, ctx)]
    return []


def _reported_clauses(verb: "Token") -> Iterator["Token"]:
    """The clauses a reporting verb reports: its complements, or the quote it comments on."""
    for c in verb.children:
        if c.dep_ in ("ccomp", "parataxis") and c.pos_ in ("VERB", "AUX"):
            yield c
    if verb.dep_ in ("parataxis", "advcl") and verb.head.pos_ in ("VERB", "AUX"):
        yield verb.head  # "Russia must comply, he said"


def _reading(clause: "Token", lex: "Lexicon") -> Trigger | None:
    """ACCUSE or REQUEST for what the clause says of its subject, else None."""
    if any(c.dep_ == "neg" for c in clause.children):
        return None
    classes = lex.speech_classes
    preds = [clause.lemma_.lower()] + [c.lemma_.lower() for c in clause.children if c.dep_ in ("acomp", "attr")]
    if clause.lemma_.lower() == "be":  # "Y was to blame"
        preds += [c.lemma_.lower() for c in clause.children if c.dep_ == "xcomp"]
    modals = {c.lemma_.lower() for c in clause.children if c.dep_ == "aux"}
    if modals & classes["obligation"] or (clause.lemma_.lower() in classes["obligation"]
                                          and any(c.dep_ == "xcomp" for c in clause.children)):
        return REQUEST
    if any(p in classes["accusation"] for p in preds):
        return ACCUSE
    objects = [c.lemma_.lower() for c in clause.children if c.dep_ in ("dobj", "attr")]
    if any(p in classes["warning"] for p in preds + objects):
        return THREATEN  # "there will be consequences if ...", "they will pay a heavy price"
    return None


def _condition_subject(clause: "Token") -> "Token | None":
    """The subject of the condition a reported clause sets: "... if [Iran] attacks"."""
    for c in clause.children:
        if c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in _CONDITION_MARKS for m in c.children):
            return _subject(c)
    return None


def _targets(clause: "Token", speaker: list[Actor], res: "ArgumentResolver", ctx: "Discourse",
             threat: bool = False) -> list[Actor]:
    subj = (_condition_subject(clause) if threat else None) or _subject(clause)
    if subj is None or subj.lower_ in FIRST_PERSON:
        return []
    own = {a.code for a in speaker}
    return [a for a in res.actors_of(subj, ctx) if a.code not in own]


def speech_candidates(sent: "Span", res: "ArgumentResolver", ctx: "Discourse", lex: "Lexicon",
                      taken: set[int]) -> list[Candidate]:
    """Events that reported speech in ``sent`` makes; ``taken`` holds tokens that are already
    triggers of their own (a reported attack stays an attack)."""
    out: list[Candidate] = []
    for tok in sent:
        lemma = tok.lemma_.lower()
        if tok.pos_ not in ("VERB", "AUX"):
            continue
        # the small model lemmatises "hoped" as "hop": the word form decides too
        wish = any(lemma == w or (tok.lower_.startswith(w) and len(tok.lower_) - len(w) <= 3)
                   for w in lex.speech_classes["wish"])
        if not (wish or lex.is_reporting_verb(lemma)):
            continue
        speaker = speaker_of(tok, res, ctx)
        if not speaker:
            continue
        for clause in _reported_clauses(tok):
            trig = REQUEST if wish and clause.dep_ == "ccomp" else _reading(clause, lex)
            if trig is ACCUSE and clause.i in taken:
                continue  # "said Russia attacked X": the attack is the event
            targets = _targets(clause, speaker, res, ctx, trig is THREATEN) if trig else []
            if trig and targets:
                out.append(Candidate(tok, trig, list(speaker), targets))
    return out


__all__ = ["speaker_of", "speech_candidates"]
