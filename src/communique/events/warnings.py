"""What a warning warns of, when it says so in a that-clause: a threat, an accusation, or no event.

"X warned that ..." is a threat when the clause says what X's own side will do ("warned that Chile would
retaliate", "warned that further tariffs could be slapped on Peruvian goods"); an accusation of the other
side when the clause's subject is an act of another party ("warned that a Peruvian blockade might
lead to shortages": the annotation rules code such warnings as ACCUSE); and no event when the clause is a
judgment with no subject of its own ("warned that it was too early to tell"). A warning addressed to
someone ("warned Peru that ...") or "of" something ("warned of consequences"), and one that names no
party ("warned that time was running out for the deal": most often pressure on the other side), are
left as they are.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal

from ..types import Actor

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Token

    from .args import ArgumentResolver, Discourse
    from .lexicon import Lexicon

WARNING_VERBS = frozenset({"warn", "caution"})

#: what "it is ..." judges, with no one as its subject: "it was too early to tell", "it is unclear whether"
JUDGMENTS = frozenset({"early", "late", "soon", "unclear", "clear", "possible", "impossible", "likely", "unlikely",
                       "important", "necessary", "difficult", "hard", "easy", "premature", "time", "uncertain",
                       "obvious", "true", "doubtful", "essential", "vital", "crucial"})

Reading = Literal["threat", "accusation", "none"]


def warned_about(verb: "Token", own: set[str], res: "ArgumentResolver", ctx: "Discourse",
                 lex: "Lexicon") -> tuple[Reading, list[Actor]]:
    """How to read ``verb`` (a verb of warning read as THREATEN) whose speaker's side is ``own``:
    ("threat", []), ("accusation", the other side) or ("none", [])."""
    if verb.lemma_.lower() not in WARNING_VERBS or any(
            c.dep_ in ("dobj", "dative", "iobj") or (c.dep_ == "prep" and c.lower_ in ("of", "against", "about"))
            for c in verb.children):
        return "threat", []
    clause = next((c for c in verb.children if c.dep_ == "ccomp"), None)
    subj = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass", "expl")), None) \
        if clause is not None else None
    if subj is None:
        return "threat", []
    if _expletive(subj):
        return "none", []  # "warned that it was too early to tell": a judgment, no threat
    if any(c.dep_ == "det" and c.lower_ in ("any", "every") for c in subj.children):
        return "threat", []  # "warned that any new sanctions would spark a fierce reaction": a condition
    if not lex.noun(subj.lemma_.lower()) or subj.dep_ != "nsubj":
        return "threat", []  # "warned that the EU could no longer rely on ...": a party, not an act named
    named = res.actors_of(subj, ctx)
    other = [a for a in named if a.code not in own]
    if named and len(other) == len(named):
        return "accusation", other  # "warned that a Turkish incursion might lead to ...": another's act
    return "threat", []


def _expletive(subj: "Token") -> bool:
    """ "it" in "it was too early to tell", "it is unclear whether": no one (but "it was prepared to
    respond" is the speaker's side)."""
    if subj.dep_ == "expl":
        return True
    head = subj.head
    return subj.lower_ == "it" and head.lemma_.lower() == "be" and any(
        c.dep_ in ("acomp", "attr") and c.lemma_.lower() in JUDGMENTS for c in head.children)


__all__ = ["WARNING_VERBS", "warned_about"]
