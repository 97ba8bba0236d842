"""Which side of an event a phrase names, where the grammar alone decides it.

- A noun trigger's "from" phrase names who acts: "a request from Damascus", "criticism from China",
  "a visit from Xi" (but "the withdrawal from Syria" leaves a place or a pact, and "the seizure of
  Crimea from Ukraine" names whom a thing was taken from).
- A noun trigger's "of" phrase names who is acted on when the noun is a hostile act done to someone:
  "criticism of Israel", "the invasion of Iraq", "the arrest of two Britons" (elsewhere it stays a
  participant: "the support of France", "a meeting of G7 ministers").
- A passive participle that describes people names whom the act is done to: "officials accused of
  fraud", "Assad's forces, backed by Russian air power", "diplomats expelled by Moscow" (but "Iranian
  drones supplied to Russia" and "troops deployed to the border": the noun is a thing moved, and its
  owner is who moved it).
- What a verbal act is about, as its own phrase names it: its object ("protested the label"), the
  object of its "for"/"about"/"over"/"into"/"on"/"of" phrase ("asked for congressional approval", "the
  veto of GOP legislation"), the object of its to-clause ("vowed to suspend the refugee program") and
  the subject of its that-clause ("complained that the media ..."). ``topic_heads`` finds them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..dates import PARTY_ENTS
from .tokens import part_of

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Token

#: noun triggers of these types read their "of" phrase as the one acted on ("the invasion of Iraq")
OBJECTIVE_OF_TYPES = frozenset({"ACCUSE", "ASSAULT", "COERCE"})
#: modes whose noun reads its "of" phrase as the one acted on whatever the type ("the expulsion of 60
#: U.S. diplomats": the diplomats' state is expelled from, not the expeller)
OBJECTIVE_OF_MODES = frozenset({"expel"})
#: types whose "from" phrase is a place or a thing left, not who acts ("the withdrawal from Syria")
LEAVING_TYPES = frozenset({"RETREAT"})
#: types whose participle's noun is who acts even when passive: troops deployed, delegations sent
MOVER_TYPES = frozenset({"MOBILIZE", "CONSULT", "AID", "COOPERATE", "AGREE", "CONCEDE"})
#: head nouns that name people or bodies of people ("officials accused of ...", "forces backed by ...")
PEOPLE_NOUNS = frozenset({
    "official", "force", "troop", "soldier", "diplomat", "citizen", "national", "leader", "militant", "rebel",
    "fighter", "group", "government", "regime", "minister", "militia", "journalist", "activist", "hostage",
    "prisoner", "detainee", "person", "people", "man", "woman", "sailor", "crew", "agent", "spy", "hacker",
    "company", "firm", "bank", "entity", "individual", "member", "politician", "lawmaker", "student",
    "worker", "military", "army", "navy", "officer", "commander", "general", "president", "envoy",
    "ambassador", "tourist", "resident", "civilian", "oligarch", "businessman", "executive", "dissident",
})
#: prepositions whose object says what a verbal act is about ("asked for", "complained about"); wider
#: than ``extract.TOPIC_PREPS``, the subject-matter prepositions of a meeting ("talks on Ukraine")
MATTER_PREPS = frozenset({"for", "about", "over", "into", "on", "of"})
TIMES = frozenset({"DATE", "TIME"})


def noun_prep_role(event_type: str, prep: str, moved: bool = False, mode: str | None = None) -> str:
    """ "source", "target" or "others": the side a noun trigger's ``prep`` phrase names. With ``moved``
    (the noun has an "of" phrase: "the seizure of Crimea from Ukraine"), its "from" phrase names whom
    the thing was taken from; with ``mode`` "expel" its "of" phrase names who is expelled."""
    if prep == "by" or (prep == "from" and event_type not in LEAVING_TYPES and not moved):
        return "source"
    if prep == "of":
        return "target" if event_type in OBJECTIVE_OF_TYPES or mode in OBJECTIVE_OF_MODES else "others"
    if prep in ("between", "among", "amongst"):
        return "others"
    return "target"


def names_people(noun: "Token") -> bool:
    """Whether ``noun`` names people or a body of people (an official, a state, a named person)."""
    return noun.lemma_.lower() in PEOPLE_NOUNS or noun.ent_type_ in PARTY_ENTS


def patient_participle(tok: "Token", event_type: str) -> bool:
    """Whether ``tok`` is a passive participle describing the people it is done to: "officials
    [accused] of fraud", "forces [backed] by Russia", "hundreds of Syrians [killed] by Russian
    airstrikes" (through a quantity). Not a thing moved ("drones supplied to Russia") nor troops or
    envoys sent (their owner sends them)."""
    return (tok.dep_ == "acl" and tok.tag_ in ("VBN", "VBD") and event_type not in MOVER_TYPES
            and names_people(part_of(tok.head)) and not any(c.dep_ in ("dobj", "nsubj") for c in tok.children)
            and tok.head.dep_ != "ROOT")  # "Netanyahu, [...], called on X to": a main verb the parser hung on its subject


def topic_heads(tok: "Token") -> tuple[list["Token"], list["Token"]]:
    """What the act of ``tok`` is about, in two lists: the things it is done to (its direct object,
    the objects of its topic prepositions and of its to-clause) and the subjects of its that-clauses
    ("denied that [Brennan] was aware"). Both empty when its phrase names none."""
    acted: list["Token"] = []
    said: list["Token"] = []
    for c in tok.children:
        if c.dep_ == "dobj":
            acted.append(c)
        elif c.dep_ == "prep" and c.lower_ in MATTER_PREPS:  # not a time: "protested on Tuesday"
            acted.extend(o for o in c.children if o.dep_ == "pobj" and o.ent_type_ not in TIMES)
        elif c.dep_ == "xcomp":
            acted.extend(o for o in c.children if o.dep_ == "dobj")
        elif c.dep_ == "ccomp":
            said.extend(o for o in c.children if o.dep_ in ("nsubj", "nsubjpass"))
    return acted, said


#: verbs that judge someone for an act, naming the doer as their object and the act in a "for" phrase
#: ("blamed Iran for the attack", "sanctioned Russia for its annexation of Crimea", "thanked Japan for
#: its aid"); with "of" for charges ("accused Tehran of the bombing")
JUDGING_VERBS = frozenset({"blame", "condemn", "criticize", "criticise", "denounce", "fault", "punish", "sanction",
                           "penalize", "penalise", "praise", "thank", "commend", "credit", "reward", "congratulate",
                           "accuse", "suspect"})
JUDGED_PREPS = {"accuse": frozenset({"of"}), "suspect": frozenset({"of"}), "congratulate": frozenset({"on", "for"})}


def judged_doer(noun: "Token", verb: "Token") -> "Token | None":
    """The object of a verb that judges someone for the act ``noun`` names, where that phrase hangs on
    the verb: "blamed [Iran] for a drone attack on Saudi oil facilities": the one judged did the act,
    not the one who judges. ("held Russia responsible for the poisoning" hangs the phrase on the
    adjective: no verb governs the act there.)"""
    lemma = verb.lemma_.lower()
    if lemma not in JUDGING_VERBS or noun.dep_ != "pobj" or noun.head.lower_ not in JUDGED_PREPS.get(lemma, {"for"}):
        return None
    if noun.head.head != verb:
        return None
    return next((c for c in verb.children if c.dep_ == "dobj"), None)


#: verbs that lay a deed at a side's door through a preposition, and that preposition: "blamed the bombing
#: [on] the PKK", "an attack attributed [to] the Chinese government", "the killing was pinned [on] Syria",
#: "traced the hack [to] North Korea", "linked the bombing [to] Hezbollah"
ASCRIBING_VERBS: dict[str, str] = {"blame": "on", "attribute": "to", "pin": "on",
                                   "trace": "to", "link": "to", "tie": "to"}
#: those of them that join things other than a deed and its doer as well ("linked the region to Europe",
#: "sanctions tied to Iran's program"): a reader takes them only where the object is a hostile deed
LOOSE_ASCRIBING_VERBS = frozenset({"trace", "link", "tie"})


def ascribed_doer(noun: "Token") -> "Token | None":
    """Whom a verb of ascribing lays the act ``noun`` names on: its "on"/"to" object where the act is
    the verb's object ("Turkey blamed [the bombing] on [the PKK]"), its passive subject ("[the attack]
    was blamed on [Iran]") or the noun the participle qualifies ("a chemical [attack] blamed on [the
    Assad regime]", "an [attack] attributed to [China]"): the other frame of "blamed the PKK for the
    bombing" (``judged_doer``). None where the verb is denied ("did not blame it on")."""
    if noun.dep_ in ("dobj", "nsubjpass"):
        verb = noun.head
    else:
        verb = next((c for c in noun.children if c.dep_ == "acl" and c.tag_ == "VBN"), noun)
    lemma = verb.lemma_.lower()  # (not the loose verbs: "sanctions tied to Iran's program" names no doer)
    prep = ASCRIBING_VERBS.get(lemma) if verb is not noun and lemma not in LOOSE_ASCRIBING_VERBS else None
    if prep is None or any(c.dep_ == "neg" for c in verb.children):
        return None
    return next((o for p in verb.children if p.dep_ == "prep" and p.lower_ == prep
                 for o in p.children if o.dep_ == "pobj"), None)


__all__ = ["ASCRIBING_VERBS", "LOOSE_ASCRIBING_VERBS", "ascribed_doer", "judged_doer", "noun_prep_role", "names_people",
           "patient_participle", "topic_heads"]
