"""Event status from the clause around a trigger: occurred, planned, expected,
hypothetical or negated.

Cues are read off the dependency path from the trigger up to its clause root
(and, for a nominal trigger, its governing verbs). Negation and conditionals
outrank expectation, expectation outranks plans, and plans come from the
clause's tense (``communique.dates.tense_of``: will, be set/slated/due to,
plan to, arrangements for, upcoming ...).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..dates import tense_of

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Token
    from ..types import Status

NEG_VERBS = frozenset({"deny", "refuse", "fail", "decline", "rule", "cancel", "postpone", "scrap", "call"})
NEG_PARTICLES = {"rule": "out", "call": "off"}
HYPO_MODALS = frozenset({"could", "might", "may", "would", "can", "should"})
HYPO_MARKS = frozenset({"if", "unless", "whether"})
HYPO_ADJ = frozenset({"possible", "potential", "hypothetical", "prospective", "proposed", "conditional"})
EXPECT_LEMMAS = frozenset({"expect", "likely", "poise", "anticipate", "predict", "unlikely", "probable",
                           "forecast", "believe"})
#: prepositions of time and occasion: an event named under one keeps its own modality
#: ("expected to invite him [during the summit slated for April 10]")
ADVERBIAL_PREPS = frozenset({"during", "at", "before", "after", "ahead", "since", "until", "following", "amid",
                             "despite", "throughout"})
#: dependency links along which a governing word's modality reaches the trigger
CHAIN_DEPS = frozenset({"xcomp", "dobj", "pobj", "prep", "acomp", "attr", "nsubjpass", "oprd", "pcomp",
                        "compound", "nsubj", "ccomp"})


def _chain(trigger: "Token", limit: int = 5) -> list["Token"]:
    """The trigger and the words it depends on, up to the root of its clause."""
    out = [trigger]
    node = trigger
    for _ in range(limit):
        if node.dep_ not in CHAIN_DEPS or node.head is node:
            break
        if node.dep_ == "ccomp" and node is not trigger:
            break
        if node.dep_ == "pobj" and node.head.lower_ in ADVERBIAL_PREPS:
            break
        node = node.head
        out.append(node)
    return out


def status_of(trigger: "Token") -> Status:
    """The status of the event whose trigger is ``trigger``."""
    chain = _chain(trigger)
    kids = [c for t in chain for c in t.children]
    # negated: "did not meet", "no talks", "never agreed", "refused to meet", "ruled out talks"
    if any(c.dep_ == "neg" for c in kids) or any(c.dep_ == "det" and c.lower_ == "no" for c in kids):
        return "negated"
    for t in chain[1:]:
        lemma = t.lemma_.lower()
        if lemma in NEG_VERBS and (lemma not in NEG_PARTICLES or any(
                c.dep_ == "prt" and c.lower_ == NEG_PARTICLES[lemma] for c in t.children)):
            return "negated"
    # hypothetical: inside an if-clause, under could/might/would, or "possible talks"
    for t in chain:
        if t.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in HYPO_MARKS for c in t.children):
            return "hypothetical"
    if any(c.dep_ == "aux" and c.lower_ in HYPO_MODALS for c in kids):
        return "hypothetical"
    if any(c.dep_ == "amod" and c.lemma_.lower() in HYPO_ADJ for c in trigger.children):
        return "hypothetical"
    # expected: "is expected to", "likely to", "poised to"
    if any(t.lemma_.lower() in EXPECT_LEMMAS for t in chain[1:]) or any(
            c.lemma_.lower() in ("likely", "unlikely") for c in kids):
        if tense_of(chain[-1]) != "past":
            return "expected"
    # planned: the clause speaks of the future
    if tense_of(trigger) == "future" or any(tense_of(t) == "future" for t in chain[1:2]):
        return "planned"
    return "occurred"
