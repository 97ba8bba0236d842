"""The people a sanctions announcement names as its targets.

A report of sanctions names who they hit in sentences of their own, after the act itself:
"Those now sanctioned include Oleg Deripaska, ...", "Among those subject to the new sanctions is
Alexander Torshin", "The measures also target Igor Rotenberg", "Kosachev, who was also named in
Friday's sanctions list, ...". Most of these people are no actors of the knowledge base and none
of these sentences is an event of its own; an analyst still asks who was sanctioned. The persons
so named join the article's sanctions event as named persons of its target's side.

Only a person the sentence lists as designated: the object of a designating verb ("sanctioned
X"), the subject of a passive one ("X was designated"), or an item of what a sanctions list or
measure includes ("the list includes X, Y and Z"); not a person a designee is described by
("Deripaska, an oligarch with ties to Putin": Putin was not designated), not the speaker, not a
person of the sanctioning side.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING, Iterator

from ..types import Actor, Event
from .args import QUANTITY_WORDS
from .tokens import is_passive

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Doc, Span, Token

    from .args import ArgumentResolver

#: verbs whose object is designated whatever their subject: "sanctioned X", "X was blacklisted"
DESIGNATING_VERBS = frozenset({"sanction", "designate", "blacklist"})
#: verbs that designate when a sanctions word says so: "the measures target X", "X was named in the sanctions list"
POINTING_VERBS = frozenset({"target", "hit", "name", "identify", "list", "freeze", "penalize", "penalise", "punish"})
#: verbs by which a list gives its items: "the list includes X"
LISTING_VERBS = frozenset({"include", "contain", "comprise", "feature"})
#: the words that make a phrase one of sanctions: "those sanctioned", "the sanctions list", "whose assets were frozen"
SANCTIONS_WORDS = DESIGNATING_VERBS | frozenset({"sanction", "list", "measure", "designation", "freeze", "limit",
                                                 "penalty", "restriction", "blacklist"})
#: the words that make the subject of a list one of the sanctioned: "other tycoons identified by Treasury include"
NAMING_WORDS = SANCTIONS_WORDS | POINTING_VERBS
#: the words by which a list goes on to its items: "officials, including X", "tycoons such as X"
ITEM_PREPS = frozenset({"including", "like", "as"})
#: how the knowledge base's mention of a person names them, not by a title alone
NAMING_MENTIONS = frozenset({"name", "alias"})
#: statuses of a sanctions event that names targets: done or announced, not one wished or denied
NAMING_STATUSES = frozenset({"occurred", "planned"})


def _sanctions_phrase(tok: "Token", words: frozenset[str] = SANCTIONS_WORDS) -> bool:
    """Whether ``tok``'s phrase speaks of sanctions: "those sanctioned", "Friday's sanctions list",
    "the list" (in an article of sanctions); not a list of something else ("the guest list")."""
    return any(t.lemma_.lower() in words and not _other_list(t) for t in tok.subtree)


def _other_list(tok: "Token") -> bool:
    """ "the guest list", "a wish list": a list its compound says is not of the sanctioned."""
    return tok.lemma_.lower() == "list" and any(
        c.dep_ == "compound" and c.lemma_.lower() not in SANCTIONS_WORDS for c in tok.children)


def _items(tok: "Token") -> Iterator["Token"]:
    """``tok`` and the items listed with it: its conjuncts, its appositions, what it includes
    ("officials, including X and Y"), what a number of them holds ("a number of tycoons"); not what
    describes an item (its relative clauses, "of"-phrases: "associates of Putin")."""
    yield tok
    for c in tok.children:
        if c.dep_ == "conj" or (c.dep_ == "appos" and tok.ent_type_ != "PERSON"):
            yield from _items(c)  # "Deripaska, an oligarch": an apposition to a name describes it
        elif c.dep_ == "prep" and (c.lower_ in ITEM_PREPS
                                   or (c.lower_ == "of" and tok.lemma_.lower() in QUANTITY_WORDS)):
            for o in c.children:
                if o.dep_ == "pobj":
                    yield from _items(o)
        elif c.dep_ == "prep" and c.lower_ == "of":
            yield from _list_run_on(c)


def _list_run_on(of: "Token") -> Iterator["Token"]:
    """The persons a list goes on with after an item's "of"-phrase, which the parser hangs on that
    phrase: "the chairman of Gazprom, [Kerimov] and [Shamalov]"; not where the phrase names a
    person ("allies of Putin and Medvedev": both describe the allies)."""
    for o in of.children:
        if o.dep_ == "pobj" and o.ent_type_ != "PERSON":
            for c in o.children:
                if c.dep_ == "conj" and c.ent_type_ == "PERSON":
                    yield from _items(c)


def _subject(verb: "Token", deps: tuple[str, ...]) -> "Token | None":
    subj = next((c for c in verb.children if c.dep_ in deps), None)
    if subj is not None and subj.tag_ in ("WP", "WDT") and verb.dep_ == "relcl":
        return verb.head  # "Kosachev, who was named in the sanctions list"
    return subj


def _objects(verb: "Token") -> list["Token"]:
    return [c for c in verb.children if c.dep_ in ("dobj", "attr")]


def _designated_by_verb(verb: "Token") -> list["Token"]:
    """The heads a designating verb names: "sanctioned [X]", "[X] was designated", "the measures
    target [X]", "[X] was named in the sanctions list", "[X], designated for his work"."""
    lemma = verb.lemma_.lower()
    if lemma not in DESIGNATING_VERBS:
        if lemma not in POINTING_VERBS or not (
                any(_sanctions_phrase(c) for c in verb.children if c.dep_ in ("nsubj", "prep", "agent"))):
            return []
    if verb.dep_ == "acl" and verb.tag_ == "VBN":
        return [verb.head]  # "Shamalov, designated for his work in the energy sector"
    if is_passive(verb):
        subj = _subject(verb, ("nsubjpass",))
        return [subj] if subj is not None else []
    return _objects(verb)


def _listed(verb: "Token") -> list["Token"]:
    """The items a sanctions list gives: "[the list] includes [X]", "those sanctioned include [X]",
    "among those subject to the sanctions is [X]"."""
    lemma = verb.lemma_.lower()
    if lemma in LISTING_VERBS:
        subj = _subject(verb, ("nsubj",))
        return _objects(verb) if subj is not None and _sanctions_phrase(subj, NAMING_WORDS) else []
    if lemma == "be":
        among = [c for c in verb.children
                 if c.dep_ == "prep" and c.lower_ == "among" and _sanctions_phrase(c, NAMING_WORDS)]
        subj = _subject(verb, ("nsubj",))
        return [subj] if among and subj is not None else []
    return []


def designated_heads(sent: "Span") -> list["Token"]:
    """Every token ``sent`` names as designated by sanctions, with the items listed beside it."""
    heads = [h for t in sent if t.pos_ in ("VERB", "AUX") for h in _designated_by_verb(t) + _listed(t)]
    return [i for h in heads for i in _items(h)]


def _person_at(tok: "Token", res: "ArgumentResolver", code: str) -> Actor | None:
    """The person ``tok`` names: the knowledge base's where it knows any word of the name ("Nicolás
    Maduro Moros" is Nicolas Maduro), else one the tagger finds, of ``code``; none for a title
    ("Russia's deputy prime minister" describes the person named before it)."""
    span = next((e for e in tok.doc.ents if e.start <= tok.i < e.end and e.label_ == "PERSON"), None)
    words = list(span) if span is not None else [tok]
    known = [m for t in words for m in res.mentions_at(t) if m.actor.kind == "person"]
    if known:
        return known[0].actor if known[0].how in NAMING_MENTIONS else None
    if span is None or len(span) < 2 or any(res.mentions_at(t) for t in span):
        return None  # a family name alone may be anyone's
    return Actor(code=code, name=span.text, kind="person")


def _named_event(events: list[Event]) -> Event | None:
    """The article's sanctions event that its lists name targets of: its first one reported done
    or announced, not history, that hits a side."""
    return next((e for e in events if e.type == "SANCTION" and not e.background and e.target is not None
                 and e.status in NAMING_STATUSES), None)


def name_designees(events: list[Event], doc: "Doc", res: "ArgumentResolver") -> list[Event]:
    """``events`` with the persons the article names as designated added to its sanctions event
    (see the module's text)."""
    event = _named_event(events)
    if event is None or event.target is None:
        return events
    code, own = event.target.code, {a.code for a in (event.source,) if a is not None}
    known = {a.name for a in event.actors() if a.kind == "person"}
    found: dict[str, Actor] = {}
    for sent in doc.sents:
        for tok in designated_heads(sent):
            person = _person_at(tok, res, code)
            if person is not None and person.code == code and person.code not in own and person.name not in known:
                found.setdefault(person.name, person)
    if not found:
        return events
    named = replace(event, participants=event.participants + tuple(found.values()))
    return [named if e is event else e for e in events]


__all__ = ["name_designees", "designated_heads"]
