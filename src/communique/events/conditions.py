"""Conditions, ultimatums and feared acts: the readings that make a hostile act a threat ("would
retaliate if X attacked", "gave Y 48 hours to ..."), and the clause a fear is about ("fears that X
may strike")."""

from __future__ import annotations

from typing import TYPE_CHECKING, Iterator

from .args import SUBJECTS, ArgumentResolver, Discourse
from .candidate import Candidate
from .lexicon import Trigger
from .status import CONDITION_MARKS, CONDITION_OPENERS, FORECAST_ADVERBS, FUTURE_AUX, NEG_VERBS, marked_clause
from .tokens import governing_verb, with_conjuncts

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Token


#: modals of a possible act someone fears: "concern that X may strike", "fears that X could invade"
FEARED_MODALS = frozenset({"may", "might", "could", "would", "will", "can"})


#: what a commitment must be about to be a threat ("vowed to strike", "pledged to impose tariffs")
HOSTILE_CONTENT = frozenset({"ASSAULT", "COERCE", "SANCTION", "THREATEN"})


def condition_clauses(clause: "Token", depth: int = 3) -> Iterator["Token"]:
    """The condition clauses of a clause and of the infinitives it chains: "it would [be forced to
    take steps] [if Finland joined NATO]" (the parser hangs the condition on any of the verbs)."""
    for c in with_conjuncts(clause):
        if marked_clause(c, CONDITION_OPENERS):  # "if Finland joined", "should Israel attack"
            yield c
        elif c.dep_ == "xcomp" and depth > 0:
            yield from condition_clauses(c, depth - 1)


def feared_clause(tok: "Token") -> "Token | None":
    """The "that" clause of a possible act a stance of disapproval fears: "voiced concern [that X
    may strike]", "warned [that X could seize the port]", on the verb's object or the verb itself."""
    heads = [o for o in tok.children if o.dep_ == "dobj"] + [tok]
    return next((c for h in heads for c in h.children if c.dep_ in ("acl", "ccomp") and any(
        m.dep_ == "mark" and m.lower_ == "that" for m in c.children) and any(
        a.dep_ == "aux" and a.lower_ in FEARED_MODALS for a in c.children)), None)


CONDITIONAL_THREAT = Trigger("THREATEN", None, None, 0.75, "rule", "a hostile act on a condition")


#: what an if-clause without a subject makes the act wait on: need ("if necessary", "if need be") or
#: another's move against the doer ("if provoked", "if attacked")
ELLIPTIC_CONDITIONS = frozenset({"necessary", "need", "needed", "require", "required", "provoke", "provoked",
                                 "attack", "attacked", "challenge", "challenged", "threaten", "threatened"})


def _elliptic_condition(clause: "Token") -> bool:
    """ "[if necessary]", "[if needed]", "[if provoked]": a condition with no subject of its own
    that makes an act of force a threat ("will respond with force if necessary")."""
    return (marked_clause(clause, frozenset({"if"})) and not any(c.dep_ in SUBJECTS for c in clause.children)
            and (clause.lower_ in ELLIPTIC_CONDITIONS or clause.lemma_.lower() in ELLIPTIC_CONDITIONS))


def _condition_of(verb: "Token") -> "Token | None":
    """The if- or unless-clause with a doer ("if Beijing retaliates"), or the elliptic one ("if
    necessary"), that hangs on ``verb``."""
    cond = next((c for c in verb.children if marked_clause(c, CONDITION_MARKS) and c.pos_ in ("VERB", "AUX")
                 and any(s.dep_ in SUBJECTS for s in c.children)), None)
    return cond or next((c for c in verb.children if _elliptic_condition(c)), None)


def _acting_chain(act: "Token | None") -> list["Token"]:
    """The act's verb and the verbs whose infinitive it is, up to two: "would [use] its powers to
    [impose] tariffs if ...", "would [move] to [impose] sanctions unless ..." (the parser hangs the
    condition on the verb that carries the modal); not through a verb that undoes its infinitive
    ("would refuse to impose sanctions if ...": ``NEG_VERBS``)."""
    chain = [] if act is None else [act]
    while chain and len(chain) < 3 and chain[-1].dep_ == "xcomp":
        head = chain[-1].head
        if head.pos_ not in ("VERB", "AUX") or head.lemma_.lower() in NEG_VERBS:
            break
        chain.append(head)
    return chain


def _conditional_act(tok: "Token") -> "Token | None":
    """The if- or unless-clause a hostile act still to come depends on: "would strike [if X
    attacks]", "will impose sanctions [unless Y withdraws]", "hit them hard [if they invade]" (an
    imperative); None for an act that is not conditional, or a past one ("would have struck if")."""
    chain = _acting_chain(tok if tok.pos_ in ("VERB", "AUX") else governing_verb(tok))
    found = next(((k, c) for k, v in enumerate(chain) for c in [_condition_of(v)] if c is not None), None)
    if found is None:
        return None  # no condition, or none with a doer ("what, if anything, would trigger strikes")
    verb, cond = chain[found[0]], found[1]
    # (the modal may sit on a verb above the one the condition hangs on: "will seek to expel them if ...")
    mods = [c for v in chain[found[0]:] for c in v.children]
    auxes = {c.lower_ for c in mods if c.dep_ == "aux"}
    if any(c.dep_ == "aux" and c.lemma_ == "have" or c.lower_ in FORECAST_ADVERBS for c in mods):
        return None  # "would have struck if": the past; "will likely strike if": a forecast, no threat
    # "hit them hard if they invade": a base form with no subject and no auxiliary (the tagger
    # reads some as present tense or participles: "hit", "cut", "put")
    base = verb.tag_ == "VB" or (verb.tag_ in ("VBP", "VBN") and verb.lower_ == verb.lemma_.lower())
    imperative = base and verb.dep_ in ("ROOT", "ccomp", "xcomp") and not any(
        c.dep_ in SUBJECTS or c.dep_ in ("aux", "auxpass") for c in verb.children)
    return cond if auxes & FUTURE_AUX or imperative else None


#: verbs that set another party a deadline: "gave Moscow 60 days to comply"
GRANTING_VERBS = frozenset({"give", "grant", "allow"})


#: the spans of time a deadline grants
DEADLINE_UNITS = frozenset({"hour", "day", "week", "month"})


#: what a deadline is set for that is no demand made of the party: "72 hours to leave the country" (an expulsion)
DEPARTURE_VERBS = frozenset({"leave", "depart", "exit", "go"})


def ultimatum(tok: "Token") -> bool:
    """ "gave Moscow 60 days to comply", "has given Minsk a week to free the prisoners": a deadline
    set for another party to act is an ultimatum (CAMEO 139, PLOVER THREATEN). Not a deadline to
    leave (an expulsion), nor a span given without an act to do ("gave it two weeks")."""
    if tok.lemma_.lower() not in GRANTING_VERBS:
        return False
    span = next((c for c in tok.children if c.dep_ in ("dobj", "npadvmod") and c.lemma_.lower() in DEADLINE_UNITS
                 and any(n.dep_ == "nummod" or n.lower_ in ("a", "an", "another") for n in c.children)), None)
    if span is None or not any(c.dep_ in ("dative", "dobj") and c != span for c in tok.children):
        return False
    acts = [c for c in (*tok.children, *span.children) if c.dep_ in ("advcl", "relcl", "acl", "xcomp")
            and c.tag_ == "VB" and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)]
    return bool(acts) and acts[0].lemma_.lower() not in DEPARTURE_VERBS


def threats_on_condition(cands: list[Candidate], res: ArgumentResolver, ctx: Discourse) -> None:
    """A hostile act promised on a condition is a threat: "the U.S. will impose sanctions if Russia
    invades", "we would strike their bases unless they withdraw". Aimed at the act's target, or
    at whoever the condition names when the act names no one."""
    for c in cands:
        if c.trig.type not in HOSTILE_CONTENT or c.trig.type == "THREATEN":
            continue
        cond = _conditional_act(c.trigger)
        if cond is None:
            continue
        c.trig = CONDITIONAL_THREAT
        subj = next((s for s in cond.children if s.dep_ in SUBJECTS), None)
        own = c.source_codes()
        if not c.names_other_side() and subj is not None:
            c.target.extend(a for a in res.actors_of(subj, ctx) if a.code not in own)
