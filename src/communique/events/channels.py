"""A channel kept between two sides: "were in touch with X", "had contacts with X", "in constant
communication with X". The noun names no event of its own in the lexicon ("a contact group", "a
touch of humour"); with a with-phrase or a between-phrase ("contacts between the two governments"),
and "touch" inside "in touch", it reports that the two sides communicated: a CONSULT."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .args import PLURAL_NOUNS
from .lexicon import Trigger

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Token

CONTACT_NOUNS = frozenset({"contact", "touch", "communication"})
#: contacts that are no exchange between two sides ("Russia's digital contact with the campaigns": intrusion)
_NO_CHANNEL_ADJECTIVES = frozenset({"digital", "physical", "sexual", "visual", "bodily"})
#: verbs under which a contact is lost or sought, not kept ("lost contact with the crew", "tried to get in touch")
_NO_CHANNEL_VERBS = frozenset({"lose", "regain", "restore", "try", "attempt", "seek", "urge", "ask", "able", "unable"})


#: the heads of a between-phrase that name states or their officials ("contacts between the two
#: countries", "communication between American and North Korean diplomats"): a channel between others
#: ("contacts between campaign aides and Russian officials", "communication between al Qaeda's chief and
#: its Yemeni branch") is no exchange between states
_STATE_SIDES = (PLURAL_NOUNS - {"group", "party"}) | {"ambassador", "diplomat", "envoy", "embassy", "military"}


def _party_phrase(tok: "Token") -> bool:
    """Whether a contact noun names whom it is with ("in touch [with] Putin"), or two sides that are
    states or their officials ("a channel of communication [between] American and North Korean diplomats")."""
    return any(c.dep_ == "prep" and (c.lower_ == "with" or (c.lower_ == "between" and _state_sides(c)))
               for c in tok.children)


def _state_sides(prep: "Token") -> bool:
    """Whether every side a between-phrase names is a state or its officials (``_STATE_SIDES``)."""
    heads = [o for o in prep.children if o.dep_ == "pobj"]
    heads += [c for h in heads for c in h.conjuncts if c not in heads]
    return bool(heads) and all(h.ent_type_ == "GPE" or h.lemma_.lower() in _STATE_SIDES for h in heads)


def _host_verb(tok: "Token") -> "Token | None":
    """The verb a contact noun hangs from: "had [contact]", "were in [touch]"."""
    node = tok.head.head if tok.dep_ == "pobj" else tok.head
    return node if node.pos_ in ("VERB", "AUX") else None


def _sought_or_lost(tok: "Token") -> bool:
    verb = _host_verb(tok)
    for _ in range(3):
        if verb is None:
            return False
        if verb.lemma_.lower() in _NO_CHANNEL_VERBS:
            return True
        verb = verb.head if verb.dep_ in ("xcomp", "acomp") else None
    return False


def contact_reading(tok: "Token") -> Trigger | None:
    """The CONSULT a contact noun reports ("in touch with Putin", "contacts between the two militaries"),
    or None: no with- or between-phrase, "eye contact", "digital contact", a contact lost or only sought
    ("lost contact with the team", "tried to get in touch")."""
    lemma = tok.lemma_.lower()
    if lemma not in CONTACT_NOUNS or tok.pos_ != "NOUN" or not _party_phrase(tok):
        return None
    if lemma == "touch" and not (tok.dep_ == "pobj" and tok.head.lower_ == "in"):
        return None
    if any((c.dep_ == "compound" and c.lemma_.lower() != "phone") or c.lemma_.lower() in _NO_CHANNEL_ADJECTIVES
           for c in tok.children) or _sought_or_lost(tok):
        return None
    mode = "phone" if any(c.lemma_.lower() == "phone" for c in tok.children) else None
    return Trigger("CONSULT", mode, None, 0.7, "rule", "a channel kept between two sides")


__all__ = ["CONTACT_NOUNS", "contact_reading"]
