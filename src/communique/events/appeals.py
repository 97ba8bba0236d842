"""Appeals for calm: "Putin called for restraint", "Erdogan appealed for calm", "Ban appealed for a
cease-fire" name no addressee; they are made to the sides of the fighting the story has just reported
(the latest conflict event), as an annotator reads them: a REQUEST of the appealing side to both parties."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .candidate import Candidate
from .classes import quad_class

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Token

    from .args import Discourse

CALM_NOUNS = frozenset({"restraint", "calm", "de-escalation", "deescalation", "composure"})
#: a halt to the fighting asked for, which only its sides can grant ("called for a truce")
CEASEFIRE_NOUNS = frozenset({"ceasefire", "truce", "armistice"})


def ceasefire_noun(noun: "Token") -> bool:
    """ "a truce", "the ceasefire", "an immediate cease-fire": the tokenizer splits the hyphenated
    spelling ("cease" "-" "fire", "cease" a compound of "fire"), which no lemma set can hold."""
    lemma = noun.lemma_.lower()
    return lemma in CEASEFIRE_NOUNS or (
        lemma == "fire" and any(c.dep_ == "compound" and c.lower_ == "cease" for c in noun.children))


def _is_calm(noun: "Token") -> bool:
    """ "restraint", "calm", "a truce", "an immediate cease-fire"."""
    return noun.lemma_.lower() in CALM_NOUNS or ceasefire_noun(noun)


def _asks_calm(verb: "Token") -> bool:
    """ "urged restraint", "called for calm", "appealed for de-escalation", "called for a cease-fire"."""
    for c in verb.children:
        if c.dep_ == "dobj" and _is_calm(c):
            return True
        if c.dep_ == "prep" and c.lower_ == "for" and any(o.dep_ == "pobj" and _is_calm(o) for o in c.children):
            return True
    return False


def calm_addressees(cands: list[Candidate], ctx: "Discourse") -> list[Candidate]:
    """Give an appeal for calm that names no one the parties of the latest conflict event, the first
    as its target and the second among its others, one appeal per appealing side ("Erdogan and Putin
    appealed for restraint": two appeals); none when the latest event was no conflict, when the
    appealing side is one of its parties ("Tehran urged restraint" after Tehran fired), or when
    another act of the sentence names whom it is aimed at."""
    prev = ctx.last_event
    if prev is None or not quad_class(prev.type).endswith("conflict") or any(c.target for c in cands):
        return cands  # "appealed for calm and urged Pyongyang and Washington to ...": the sentence names them
    out = []
    for c in cands:
        if c.trig.type != "REQUEST" or not c.source or c.others or not _asks_calm(c.trigger):
            out.append(c)
            continue
        own = c.source_codes()
        parties = [a for a in prev.actors() if a.code not in own]
        if len(parties) < len(prev.actors()):
            out.append(c)
            continue
        appealers = list({a.code: a for a in c.source}.values())
        out.extend(Candidate(c.trigger, c.trig, [a], parties[:1], parties[1:]) for a in appealers)
    return out


__all__ = ["CALM_NOUNS", "CEASEFIRE_NOUNS", "calm_addressees", "ceasefire_noun"]
