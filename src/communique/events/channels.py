"""A channel kept between two sides: "were in touch with X", "had contacts with X", "in constant
communication with X". The noun names no event of its own in the lexicon ("a contact group", "a
touch of humour"); with a with-phrase, and "touch" inside "in touch", it reports that the two sides
communicated: a CONSULT."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .lexicon import Trigger

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Token

CONTACT_NOUNS = frozenset({"contact", "touch", "communication"})
#: contacts that are no exchange between two sides ("Russia's digital contact with the campaigns": intrusion)
_NO_CHANNEL_ADJECTIVES = frozenset({"digital", "physical", "sexual", "visual", "bodily"})
#: verbs under which a contact is lost or sought, not kept ("lost contact with the crew", "tried to get in touch")
_NO_CHANNEL_VERBS = frozenset({"lose", "regain", "restore", "try", "attempt", "seek", "urge", "ask", "able", "unable"})


def _with_phrase(tok: "Token") -> bool:
    return any(c.dep_ == "prep" and c.lower_ == "with" for c in tok.children)


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
    """The CONSULT a contact noun reports ("in touch with Putin"), or None: no with-phrase, "eye
    contact", "digital contact", a contact lost or only sought ("lost contact with the team", "tried to
    get in touch")."""
    lemma = tok.lemma_.lower()
    if lemma not in CONTACT_NOUNS or tok.pos_ != "NOUN" or not _with_phrase(tok):
        return None
    if lemma == "touch" and not (tok.dep_ == "pobj" and tok.head.lower_ == "in"):
        return None
    if any((c.dep_ == "compound" and c.lemma_.lower() != "phone") or c.lemma_.lower() in _NO_CHANNEL_ADJECTIVES
           for c in tok.children) or _sought_or_lost(tok):
        return None
    mode = "phone" if any(c.lemma_.lower() == "phone" for c in tok.children) else None
    return Trigger("CONSULT", mode, None, 0.7, "rule", "a channel kept between two sides")


__all__ = ["CONTACT_NOUNS", "contact_reading"]
