"""Mutual acts: "Israel and Hamas accused each other of ...", "Washington and Pyongyang traded
threats": each side did the act to the other. An accusation or a threat has a direction, so the
annotator reads two events, one each way (X -> Y and Y -> X), where the extractor found one act of
two sides with no target."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from .candidate import Candidate
from .tokens import BETWEEN, prep_objects

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Token

#: directed acts in words that two sides can do to each other: one event each way
MUTUAL_TYPES = frozenset({"ACCUSE", "THREATEN"})
#: nouns of such acts that can be between two sides ("the threats between X and Y"); not "the war
#: between X and Y", "cooperation between X and Y": no act in words, no direction
MUTUAL_NOUNS = frozenset({"threat", "accusation", "warning", "insult", "recrimination"})
#: verbs whose plural subject does the act to each other ("traded threats", "exchanged accusations")
TRADING_VERBS = frozenset({"exchange", "trade", "swap"})
#: the reciprocal pronoun's words, however the parser splits them: "each other", "one another"
_RECIPROCALS = (frozenset({"each", "other"}), frozenset({"one", "another"}))


def _each_other(tok: "Token") -> bool:
    """ "accused [each other]", "blamed [one another] for ...": the verb's object is reciprocal."""
    for c in tok.children:
        words = {c.lower_, *(d.lower_ for d in c.children)}
        if c.dep_ in ("dobj", "pobj") and any(pair <= words for pair in _RECIPROCALS):
            return True
    return False


def _between_two(tok: "Token") -> bool:
    """ "threats [between the United States and North Korea]": a noun's act between coordinated sides."""
    return any(any(c.dep_ == "conj" for c in o.children) for o in prep_objects(tok, BETWEEN))


def mutual_act(tok: "Token") -> bool:
    """Whether a trigger says its sides did it to each other ("accused each other", "traded threats",
    "the threats between X and Y")."""
    if tok.pos_ == "NOUN":
        return tok.lemma_.lower() in MUTUAL_NOUNS and _between_two(tok)
    return tok.lemma_.lower() in TRADING_VERBS or _each_other(tok)


def mutual_acts(cand: Candidate) -> list[Candidate]:
    """One event each way for a directed act in words two sides did to each other and no one else
    ("Russia and Ukraine accused each other": Russia -> Ukraine and Ukraine -> Russia); else the
    candidate as it is."""
    if cand.trig.type not in MUTUAL_TYPES or cand.target or not mutual_act(cand.trigger):
        return [cand]
    sides = list({a.code: a for a in cand.source + cand.others}.values())
    if len(sides) != 2:
        return [cand]
    first, second = sides
    return [replace(cand, source=[first], target=[second], others=[]),
            replace(cand, source=[second], target=[first], others=[])]


__all__ = ["MUTUAL_NOUNS", "MUTUAL_TYPES", "TRADING_VERBS", "mutual_act", "mutual_acts"]
