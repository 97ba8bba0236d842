"""Meetings, agreements and cooperation read off the verb's surroundings (CONSULT / AGREE / COOPERATE).

Small structural tests the extractor asks of a verb before and after its lexicon reading:
"worked together" / "work closely with" (cooperation), "called Maduro's charges absurd" (naming a
thing is no phone call), "the deal struck between X and Y" read by the parser with the deal as the
verb's subject (the deal is what was struck), "a trip [from] Turkey" (where a journey set out from
is no party to it)."""
from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from ..types import Actor
from .appeals import CEASEFIRE_NOUNS, ceasefire_noun
from .args import HOME_MODIFIERS, PLURAL_NOUNS, PERSON_PLURALS, PERSON_PRONOUNS, PLURAL_PRONOUNS
from .candidate import Candidate
from .discourse import CONTINENT_ACTORS
from .lexicon import Trigger
from .questions import NAMING_VERBS
from .status import DISPOSITION_NOUNS, HYPO_MODALS, disposed_toward, future_aux, looks_forward
from .tokens import FROM, IN, OF, TO, WITH, WITHOUT, indefinite, is_passive, nearest_subject, phrase_host, prep_objects

if TYPE_CHECKING:
    from spacy.tokens import Token

    from .args import ArgumentResolver

#: adverbs that make working a joint effort ("working together", "work closely with NATO")
JOINT_ADVERBS = frozenset({"together", "closely", "jointly", "hand-in-hand"})
#: verbs whose joint adverb reads as cooperation (the lexicon's rows with the particle "together")
JOINT_VERBS = frozenset({"work", "act", "operate"})
#: the particle the lexicon's cooperation rows carry
JOINT_PARTICLE = "together"
#: auxiliaries of a wish or a possibility, not of work that goes on
UNSURE_AUX = HYPO_MODALS | {"must", "'d"}
#: nouns of people a phone call reaches ("called his counterpart", "called the Iranian leader")
CALLED_PEOPLE = PERSON_PLURALS | PLURAL_NOUNS | frozenset({
    "chancellor", "king", "emir", "prince", "monarch", "secretary", "envoy", "ambassador", "official",
    "administration", "embassy", "ministry", "office", "people", "family", "host", "guest", "team",
})
#: nouns of a made accord: a verb whose subject is one was done to it ("the deal struck between ..."); a
#: ceasefire is one too (``accord_noun``)
ACCORD_SUBJECTS = frozenset({"deal", "agreement", "accord", "pact", "treaty"})
#: accords and meetings that a label names without reporting them
NAMED_ACCORDS = ACCORD_SUBJECTS | CEASEFIRE_NOUNS | frozenset({"talk", "meeting", "summit", "visit", "cooperation",
                                            "partnership", "alliance", "relationship"})


def accord_noun(noun: "Token") -> bool:
    """Whether ``noun`` names a made accord: "the deal", "the pact", "the truce", "the cease-fire"."""
    return noun.lemma_.lower() in ACCORD_SUBJECTS or ceasefire_noun(noun)


#: verbs whose accord subject the parser misreads as their doer
ACCORD_MAKING = frozenset({"strike", "broker", "sign", "seal", "ink", "reach", "negotiate", "forge", "hammer"})
#: nouns of a journey, whose "from" names where it set out from
TRIP_NOUNS = frozenset({"trip", "visit", "journey", "flight", "tour", "voyage"})
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
OBJECT_DEPS = frozenset({"dobj", "attr", "oprd", "ccomp", "xcomp"})


def joint_particle(tok: "Token") -> str | None:
    """``"together"`` when a verb of working has a joint adverb ("are working together",
    "is working closely with NATO"), the particle the lexicon reads as cooperation; else ``None``."""
    if tok.lemma_.lower() not in JOINT_VERBS or _wished(tok) or _unnamed_pair(tok):
        return None
    adverbs = {c.lower_ for c in tok.children if c.dep_ == "advmod"}
    adverbs |= {g.lower_ for c in tok.children if c.dep_ == "advmod" for g in c.children if g.dep_ == "advmod"}
    return JOINT_PARTICLE if adverbs & JOINT_ADVERBS else None


def _wished(tok: "Token") -> bool:
    """Whether working together is only wished or possible ("would be working closely with Seoul",
    "find areas where they can work together", "to work together", "must strengthen ... and work
    together with partners"): the labels keep joint work that goes on."""
    verbs = [tok, tok.head] if tok.dep_ == "conj" else [tok]
    return any(c.dep_ == "aux" and (c.lower_ in UNSURE_AUX or c.lower_ == "to") for v in verbs for c in v.children)


def _unnamed_pair(tok: "Token") -> bool:
    """Whether joint work has only a pronoun for the side that does it and no partner named ("while
    they were working together"): who "they" are, the previous sentences' states guess badly."""
    subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
    partner = any(c.dep_ == "prep" and c.lower_ == "with" for c in tok.children)
    return subj is not None and subj.pos_ == "PRON" and not partner


def calls_a_thing(tok: "Token", obj: "Token | None", res: "ArgumentResolver") -> bool:
    """Whether "call" has a thing for its object, which no phone call reaches: "called Maduro's
    charges 'absurd'", "called the treaty a historic step". Not a person, a state or an office, named
    or not ("called his counterpart", "called Merkel", "called him")."""
    if tok.lemma_.lower() != "call" or obj is None or obj.pos_ != "NOUN":
        return False
    if res.mention_of(obj) is not None or obj.ent_type_ in ("PERSON", "NORP", "GPE", "ORG"):
        return False
    lemma = obj.lemma_.lower()
    return lemma not in CALLED_PEOPLE and lemma not in PERSON_PRONOUNS | PLURAL_PRONOUNS


#: opening quotation marks
OPENING_QUOTES = frozenset({'"', "\u201c", "\u2018", "'", "``"})


def quoted_label(tok: "Token", obj: "Token | None") -> bool:
    """Whether "call" has a quoted label right after its object: 'called Mandela "one of our greatest
    teachers"', 'has called Trudeau \u201ctwo-faced\u201d' (the parser may hang the quoted words
    anywhere): the object is named, not telephoned; a phone call's object is never followed by a
    quotation."""
    if tok.lemma_.lower() != "call" or obj is None or obj.i < tok.i:
        return False
    after = obj.right_edge.i + 1
    return after < len(obj.doc) and obj.doc[after].text in OPENING_QUOTES


def accord_subject(tok: "Token") -> "Token | None":
    """The accord a verb of making one leaves as its object when the parser has not read the reduced
    relative clause as one: the accord parsed as the verb's subject ("The deal [struck] between
    Obama and Castro ended ...": the deal was struck, it struck nothing) or right before a participle
    hung elsewhere ("part of the deal [struck] between X and Y", the participle an adverbial clause);
    ``None`` when the verb has an object or an auxiliary of its own."""
    if tok.lemma_.lower() not in ACCORD_MAKING or tok.tag_ not in ("VBN", "VBD"):
        return None
    if any(c.dep_ in OBJECT_DEPS for c in tok.children) or any(c.dep_ in ("aux", "auxpass") for c in tok.children):
        return None
    subj = next((c for c in tok.children if c.dep_ in SUBJECT_DEPS), None)
    before = tok.doc[tok.i - 1] if tok.i > 0 else None
    if before is not None and before.pos_ == "NOUN" and accord_noun(before) \
            and (subj is None or subj == before):
        return before  # "the deal struck between ...": the participle's own subject would come between
    if subj is None or not accord_noun(subj) or subj.dep_ != "nsubj":
        return None
    return subj


def made_accord(found: "Trigger | None", tok: "Token", gap: "Token | None") -> "Trigger | None":
    """An agreement read off the accord a verb's missing object refers to ("the deal [struck]
    between X and Y", "the accord [they signed]"), or that the parser took for the verb's subject
    ("The deal [struck] between X and Y ended ..."), kept as the sentence's structure: a reader of
    the single verb, which sees "struck" with no object, would make it an attack."""
    if found is None or found.type != "AGREE" or gap is None or not accord_noun(gap):
        return found
    return Trigger("AGREE", found.mode, found.cameo, found.weight, "rule", "an accord its verb made")


def trip_origins(trip: "Token", res: "ArgumentResolver") -> set[str]:
    """The codes a trip noun names as where it set out from ("the trip [from] Turkey into Syria",
    "his visit from Ankara"): no party to the visit."""
    if trip.lemma_.lower() not in TRIP_NOUNS:
        return set()
    return {a.code for o in prep_objects(trip, FROM) for a in res.actors_in(o)}


def party_called(found: "Trigger | None", tok: "Token", obj: "Token | None",
                 res: "ArgumentResolver") -> "Trigger | None":
    """A phone call read off "call" with a named party for its object ("Merkel called Putin on
    Friday"), kept as the sentence's structure: a reader of the single verb takes "called ... on" for
    an appeal. A label ("called Putin a killer") has decided the reading before this."""
    if found is None or found.type != "CONSULT" or found.source == "rule" or tok.lemma_.lower() != "call":
        return found
    mention = res.mention_of(obj) if obj is not None else None
    if mention is None or mention.actor.kind not in ("person", "state"):
        return found
    return Trigger("CONSULT", "phone", found.cameo, found.weight, "rule", "a party called")


#: words that make a "call" an appeal, never a telephone call ("a rallying call", "a clarion call",
#: "a wake-up call")
APPEAL_CALL_WORDS = frozenset({"rallying", "clarion", "wake"})
#: what a "call to" summons, not whom it reaches ("a call to arms", "a call to action")
SUMMONED_THINGS = frozenset({"arms", "action"})
#: verbs that put out an appeal, which no telephone call is put out by ("issued a call to young Muslims")
ISSUING_VERBS = frozenset({"issue", "sound"})


def appeal_call(noun: "Token") -> bool:
    """Whether a "call" is an appeal, not a telephone call: "issued a rallying call to the British
    people", "Kim's call to arms", "a wake-up call for NATO", "sounded a call to ..."."""
    if noun.lemma_.lower() != "call":
        return False
    if any(c.dep_ in ("amod", "compound") and c.lower_ in APPEAL_CALL_WORDS for c in noun.children):
        return True
    if any(o.lower_ in SUMMONED_THINGS for o in prep_objects(noun, TO)):
        return True
    return noun.dep_ == "dobj" and noun.head.lemma_.lower() in ISSUING_VERBS


def named_by_call(noun: "Token", res: "ArgumentResolver") -> bool:
    """Whether ``noun`` is the thing or the label a verb of calling names ("called TPP 'the most
    progressive trade deal'", "called the treaty a historic step"): the text names an accord or a
    meeting it refers to, it reports none. (A "red line" so named is the warning itself.)"""
    verb = noun.head
    if noun.lemma_.lower() not in NAMED_ACCORDS or verb.lemma_.lower() != "call" or verb.pos_ != "VERB" \
            or noun.dep_ not in ("dobj", "oprd"):
        return False
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    return calls_a_thing(verb, obj, res)


#: plural meeting nouns: "meetings with A and B" are one meeting with each
MEETING_PLURALS = frozenset({"meetings", "calls", "visits"})


def separate_meetings(cand: "Candidate") -> "list[Candidate]":
    """ "has set up meetings with Trudeau and Pena Nieto", "separate meetings with A and B": one
    meeting per other side, when the candidate's own side is known; none when it is not ("will
    include meetings with leaders of Turkey, Afghanistan and Ukraine": each meets the unnamed side,
    not the others); else the candidate as it is."""
    noun = _meeting_noun(cand.trigger)
    if cand.trig.type != "CONSULT" or noun is None:
        return [cand]
    sides = _other_sides(cand.target, cand.source_codes())
    if not cand.source:  # (a verb's own sides may sit among its targets: "[he]'s set up meetings with ...")
        return [] if noun == cand.trigger and not cand.others and len(sides) >= 2 else [cand]
    if len(sides) < 2:
        return _separate_hosts(cand, noun) or [cand]
    rest = [a for a in cand.target if a.code not in sides]
    return [replace(cand, source=list(cand.source), target=[a, *rest], others=list(cand.others))
            for a in sides.values()]  # (every other field kept: ``reported``)


def _separate_hosts(cand: "Candidate", noun: "Token") -> "list[Candidate]":
    """ "The leaders of France, Germany and Britain have scheduled [separate] meetings with Putin": one
    meeting per side named as the doer, when the noun says they are separate or bilateral and the
    other side is one; [] else."""
    if not _separate(noun) or len(_other_sides(cand.target, set())) != 1:
        return []
    own = _other_sides(cand.source, {a.code for a in cand.target})
    return [replace(cand, source=[a], target=list(cand.target), others=list(cand.others))
            for a in own.values()] if len(own) >= 2 else []


def _separate(noun: "Token") -> bool:
    """A meeting noun said to be held apart: "separate meetings", "bilateral talks"."""
    return any(c.lower_ in ("separate", "bilateral") for c in noun.children if c.dep_ == "amod")


def _other_sides(target: "list[Actor]", own: set[str]) -> "dict[str, Actor]":
    """The states and persons of a meeting's other side, one per code, but the own side's."""
    sides: dict[str, "Actor"] = {}
    for a in target:
        if a.kind in ("state", "person") and a.code not in own:
            sides.setdefault(a.code, a)
    return sides


def _meeting_noun(trigger: "Token") -> "Token | None":
    """The plural meeting noun a candidate reads: its trigger, or the object of its verb
    ("set up [meetings] with ..."), or ``None``; "separate"/"bilateral" talks count as well."""
    nouns = [trigger, *(c for c in trigger.children if c.dep_ == "dobj")]
    for n in nouns:
        if n.lower_ in MEETING_PLURALS or (n.lemma_.lower() in ("meeting", "talk") and _separate(n)):
            return n
    return None


def brokered_with(found: "Trigger | None", tok: "Token", obj: "Token | None") -> "Trigger | None":
    """An accord a state brokered [with] another is one they made ("the 2013 agreement it brokered
    with Syria"); one brokered [by] or [between] others is their accord, the broker's mediation
    stays as it is ("a deal brokered by China")."""
    if tok.lemma_.lower() != "broker" or not any(c.dep_ == "prep" and c.lower_ == "with" for c in tok.children):
        return found
    gap = tok.head if tok.dep_ in ("relcl", "acl") else None
    accord = next((t for t in (obj, gap) if t is not None and accord_noun(t)), None)
    if accord is None:
        return found
    return Trigger("AGREE", None, None, 0.8, "rule", "an accord brokered with another")


#: verbs that do something to an accord that already exists: the accord they name is no agreement
#: the text reports ("withdrew from the TPP agreement", "salvage the Iran nuclear deal", "keep the deal
#: alive", "decertify the deal", "has long criticized the deal")
KEPT_ACCORD_VERBS = frozenset({
    "withdraw", "pull", "exit", "leave", "quit", "salvage", "preserve", "maintain", "implement", "uphold",
    "honor", "honour", "abide", "comply", "respect", "scrap", "abandon", "kill", "renegotiate", "enforce",
    "defend", "save", "protect", "rescue", "oppose", "disapprove", "undermine", "dismantle", "revive",
    "rejoin", "terminate", "suspend", "keep", "certify", "decertify", "recertify", "criticize", "criticise",
    "attack", "deride",
})
#: nouns of an accord between sides ("the deal", "the Geneva Conventions", "the Minsk protocol")
ACCORD_NOUNS = frozenset({"deal", "agreement", "accord", "pact", "treaty", "convention", "protocol"})


def existing_accord(noun: "Token") -> bool:
    """Whether an accord noun names an accord that exists and that its verb acts on ("has withdrawn
    from the TPP trade agreement", "tried to salvage the Iran nuclear deal", "Preserving the Egyptian
    peace treaty with Israel"), also from a relative clause whose object it is ("a trade deal the
    president has long criticized"): the text refers to it, it reports no agreement being made."""
    if noun.lemma_.lower() not in ACCORD_NOUNS:
        return False
    if described_accord(noun) or any(_kept_in_clause(c) for c in noun.children if c.dep_ == "relcl"):
        return True
    verb = noun.head
    if noun.dep_ == "pobj" and verb.dep_ == "prep":
        verb = verb.head
    elif noun.dep_ != "dobj":
        return False
    return verb.pos_ == "VERB" and (verb.lemma_.lower() in KEPT_ACCORD_VERBS or _labelled(verb))


def _labelled(verb: "Token") -> bool:
    """Whether a verb of naming gives its object a label ("has called the Iran agreement [the worst
    deal ever]"): the accord named is one that exists, and so is the one its label names."""
    return verb.lemma_.lower() in NAMING_VERBS and any(c.dep_ == "oprd" for c in verb.children)


def described_accord(noun: "Token") -> bool:
    """Whether an accord noun only says what a named thing is: set in apposition to a name ("NAFTA,
    the free trade agreement between ...", "the Non-Proliferation Treaty, a United Nations pact
    governing ...") or the predicate of a copula ("TPP would be the largest trade agreement", "the
    deal isn't just an agreement between America and Iran", "would be by far the largest ...", the
    idiom hung on "by"), its subject a name, a pronoun or an accord; not another thing ("the result
    was an agreement between X and Y": an agreement reached) nor an expletive ("there was agreement
    with the US": an agreement found)."""
    head = noun.head
    if noun.dep_ == "appos":
        return _names_accord(head)
    if noun.dep_ == "oprd":  # "called the agreement [the worst deal ever]": an object and its label (the
        # parser may make both oprd); not a name a participle gives ("signed the pact, called the USMCA")
        return _labelled(head) and sum(c.dep_ in ("dobj", "oprd") for c in head.children) > 1
    if noun.dep_ == "pobj" and head.lower_ == "by" and any(c.lower_ == "far" for c in head.children):
        noun, head = head, head.head  # "be [by far] the largest agreement"
    if noun.dep_ not in ("attr", "prep") or head.lemma_.lower() != "be":
        return False
    subj = next((c for c in head.children if c.dep_ == "nsubj"), None)
    return subj is not None and (_names_accord(subj) or (subj.pos_ == "PRON" and subj.lower_ != "there"))


def _names_accord(tok: "Token") -> bool:
    """Whether ``tok`` can name an accord: a proper name ("NAFTA", "TPP") or an accord noun."""
    return tok.pos_ == "PROPN" or tok.lemma_.lower() in ACCORD_NOUNS


def _kept_in_clause(verb: "Token") -> bool:
    """Whether a relative clause's verb acts on an accord and leaves its object to the noun it hangs on
    ("the deal [Trump withdrew from]", "a deal the president has [criticized]"). Not one still to come
    ("signed an agreement they [will implement] next year", "that both sides [must uphold]"): what the
    sides are to do with an accord says nothing of its being made before."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in KEPT_ACCORD_VERBS or future_aux(verb) or any(
            c.dep_ == "aux" and c.lower_ in UNSURE_AUX for c in verb.children):
        return False
    return not any(c.dep_ in ("dobj", "ccomp", "xcomp") for c in verb.children)


#: participles that bring others into what the subject does ("joined by Trudeau", "flanked by ...")
COMPANY_VERBS = frozenset({"join", "accompany", "flank"})
#: the types whose company takes part in them: who joins a signing signs, who joins a meeting meets
JOINT_TYPES = frozenset({"AGREE", "CONSULT", "COOPERATE"})


def joined_by(verb: "Token") -> "list[Token]":
    """Who a participle of company brings into the act of ``verb`` or of its subject ("Trump,
    [joined by] Trudeau and Pena Nieto, signed the agreement", "Trump signed the USMCA [joined by]
    ..."): the heads of its "by" phrase, each conjunct as well."""
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    hosts = [verb, *([subj] if subj is not None else [])]
    found: list["Token"] = []
    for h in hosts:
        for part in h.children if h == verb else h.subtree:  # (tokens compare by ==, never by identity)
            if part.lemma_.lower() not in COMPANY_VERBS or part.tag_ != "VBN" or part == verb:
                continue
            for agent in (c for c in part.children if c.dep_ == "agent"):
                for o in agent.children:
                    if o.dep_ == "pobj":
                        found.extend([o, *o.conjuncts])
    return found


#: prepositions of an occasion its host takes part in ("Lavrov, [in] a phone call with Pompeo, said")
OCCASION_PREPS = frozenset({"in", "during", "at", "after"})


def occasion_host(noun: "Token") -> "Token | None":
    """The party a meeting noun is the occasion of when the parser hangs the noun's phrase on that
    party's name, set off by a comma, rather than on the verb: "Lavrov, [in a phone call Saturday with
    Pompeo], said ...", "Karzai, [in the meeting with Rice], insisted ..."; else ``None``."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.dep_ != "prep" or prep.lower_ not in OCCASION_PREPS:
        return None
    host = prep.head
    if host.pos_ not in ("PROPN", "NOUN") or host.i >= prep.i or prep.i == 0:
        return None
    return host if host.doc[prep.i - 1].text == "," else None


#: prepositions that put what a clause reports within a meeting or a journey, or make one its purpose
#: ("[In] London [for] talks with Hague, Kerry suggested ...", "[during] a visit to Italy")
STAY_PREPS = OCCASION_PREPS | frozenset({"for", "following", "before", "on"})


#: prepositions that place an act in time around an occasion ("[during] Trump's visit to Japan")
TIME_PREPS = frozenset({"during", "after", "following", "before"})


def occasion_phrase(noun: "Token") -> bool:
    """Whether an event noun is the occasion a time phrase names ("obscuring the ship's name [during]
    Trump's visit to Japan"): an event that took place, even under a gerund that only names an
    activity (that activity's object is no event: "include strengthening cooperation")."""
    return noun.dep_ == "pobj" and noun.head.dep_ == "prep" and noun.head.lower_ in TIME_PREPS


#: nouns that name a part of an occasion in time: "[at the start] of a meeting with Liu He, Trump said"
OCCASION_PHASES = frozenset({"start", "beginning", "outset", "opening", "end", "close", "conclusion"})


def _phase_of(noun: "Token") -> "Token | None":
    """The phase noun whose "of" phrase ``noun`` is, also through a span of time ("the [end] of talks
    with Y", "the [end] of two days of talks with Y"), else ``None``."""
    node = noun
    for _ in range(2):
        prep = node.head
        if node.dep_ != "pobj" or prep.lower_ != "of" or prep.dep_ != "prep":
            return None
        if prep.head.lemma_.lower() in OCCASION_PHASES:
            return prep.head
        node = prep.head  # "two days [of] talks": the span's own "of"
    return None


def _object_occasion(host: "Token", prep: "Token", noun: "Token") -> "Token | None":
    """The verb an occasion phrase belongs to when the parser hangs it on that verb's object instead:
    "Kerry [proposed] the letter [in] a conversation with Karzai", "raised concerns during a call".
    "in"/"at" only before one episode ("in a call with Y"), since after an abstract object they tell
    what the object is about ("expressed interest in direct talks with Tehran": no talks held);
    ``None`` for an object another owns ("praised Obama's remarks during the visit": the remarks'
    occasion, not the praise's) or another relation."""
    if host.dep_ != "dobj" or host.head.pos_ != "VERB" or prep.lower_ not in OCCASION_PREPS \
            or any(c.dep_ == "poss" and c.pos_ != "PRON" for c in host.children):
        return None
    if prep.lower_ not in TIME_PREPS and not indefinite(noun):  # "in [a] call with Y": one episode
        return None
    return host.head


def occasion_clause(noun: "Token") -> "Token | None":
    """The verb whose clause a meeting noun is the occasion of, through the phrases stacked in front
    of it: "[In] London on Saturday [for] talks with the British foreign secretary, Kerry [suggested]"
    (the parser hangs "for" on "In"), "Rice [said] during a visit to Kabul", "[at the start of] a
    meeting with Liu He, Trump [said]" (through the phase's "of"), "[proposed] the letter in a
    conversation with Karzai" (hung on the verb's object, ``_object_occasion``); ``None`` for a noun's
    own phrase ("his remarks during the visit") or another relation."""
    node = _phase_of(noun) or noun
    for _ in range(3):
        prep = node.head
        if node.dep_ != "pobj" or prep.dep_ != "prep" or prep.lower_ not in STAY_PREPS:
            return None
        host = phrase_host(prep)
        if host.dep_ == "prep" and host.lower_ in STAY_PREPS and host.head != host:
            host = phrase_host(host)  # "In London ... for talks": "for" hung on "In"
        if host.pos_ == "VERB":
            return host
        verb = _object_occasion(host, prep, node)
        if verb is not None:
            return verb
        node = host  # "in London [for] talks": the place's own phrase
    return None


def occasion_doer(noun: "Token") -> "Token | None":
    """Who takes part in a meeting that names only its other side, when it is the occasion of a
    clause: that clause's subject ("In London for talks with Hague, [Kerry] suggested ...",
    "During a visit to Bagram, [Trump] delivered remarks"). Not a passive's subject, who undergoes
    what is done ("[the president] was briefed in a call with aides")."""
    verb = occasion_clause(noun)
    if verb is None or is_passive(verb):
        return None
    subj = nearest_subject(verb)
    if subj is None:  # "Merkel, [speaking] after talks with Erdogan, said": the participle's noun
        return participle_doer(verb)
    return subj if subj.dep_ == "nsubj" else None


#: verbs by which a clause's subject addresses someone in person ("told Poroshenko", "assured Erdogan")
ADDRESSING_VERBS = frozenset({"tell", "assure", "inform", "urge", "ask", "press", "warn", "reassure", "promise"})


def occasion_addressee(noun: "Token") -> "Token | None":
    """Whom a meeting noun that names no side met, when it is the occasion of a clause whose subject
    addresses someone: "In a phone call on Monday, Biden [told] [Poroshenko] that ...", "During talks
    in Ankara, Putin assured Erdogan ...": that object; ``None`` for another verb or a passive."""
    verb = occasion_clause(noun)
    if verb is None or verb.lemma_.lower() not in ADDRESSING_VERBS or is_passive(verb):
        return None
    return next((c for c in verb.children if c.dep_ == "dobj"), None)


_GBR = Actor("GBR", "United Kingdom", "state", id="state/GBR")
_EU = CONTINENT_ACTORS["europe"]
_NORTH_AMERICA = (Actor("USA", "United States", "state", id="state/USA"),
                  Actor("CAN", "Canada", "state", id="state/CAN"), Actor("MEX", "Mexico", "state", id="state/MEX"))
#: processes whose name before a meeting noun names its parties: "the Brexit talks" are Britain's with
#: the EU, "NAFTA negotiations" the three North American states'
PROCESS_PARTIES: dict[str, tuple[Actor, ...]] = {"brexit": (_GBR, _EU), "nafta": _NORTH_AMERICA}
#: a state's own chambers: talks held in one are a home debate ("Brexit negotiations in Parliament")
HOME_CHAMBERS = frozenset({"parliament", "commons", "congress", "cabinet", "westminster", "senate", "house"})
#: chambers and assemblies one addresses in a speech to their members ("addressed a joint session of
#: Congress", "will address the UN General Assembly", "addressed the Knesset"): the speaker meets the
#: state or body that sits there (verbs.tsv's "address" rows, one per noun, give the CONSULT)
ADDRESSED_BODIES = (HOME_CHAMBERS - {"cabinet", "house", "westminster"}) | {
    "assembly", "session", "council", "knesset", "bundestag", "duma"}


def addressed_body(verb: "Token", obj: "Token | None") -> bool:
    """Whether "address" has for object a chamber or assembly spoken to, whose state or body is then
    whom the speaker met ("Netanyahu addressed Congress", "addressed the UN Security Council"); not
    a topic addressed ("addressed the council's concerns": the object is the concerns)."""
    return verb.lemma_.lower() == "address" and obj is not None and obj.lemma_.lower() in ADDRESSED_BODIES


#: nouns of a speech given to an audience ("his address to the UN General Assembly", "a speech to Congress")
SPEECH_NOUNS = frozenset({"address", "speech"})
#: the prepositions that name a speech's audience ("a speech to Congress", "his address before the Assembly")
AUDIENCE_PREPS = frozenset({"to", "before"})
SPEECH_TO_BODY = Trigger("CONSULT", None, None, 0.8, "rule", "a speech to a chamber or assembly")


def speech_to_body(noun: "Token") -> bool:
    """Whether a speech noun is given "to" or "before" a chamber or assembly (``ADDRESSED_BODIES``), a
    speech to its members as "addressed Congress" is: "Abe's address to a joint session of Congress",
    "his first address to the UN General Assembly"; not "the address of the embassy", "a speech on Iran".
    The parser often hangs the audience on the verb the noun is the object of ("delivered his address
    [to] Congress", "said in his address [to] a joint session of Congress"), so that verb's phrase counts."""
    if noun.lemma_.lower() not in SPEECH_NOUNS:
        return False
    return any(o.lemma_.lower() in ADDRESSED_BODIES for o in audience(noun))


def audience(noun: "Token") -> list["Token"]:
    """The objects of a speech noun's "to"/"before" phrase, or of the phrase the parser hangs on the verb
    whose object the noun is (directly or through one preposition). On a verb of giving the "to" is
    the parser's dative, not a "prep": "gave a speech [to] a joint session of Congress"."""
    verb = noun.head.head if noun.dep_ == "pobj" and noun.head.dep_ == "prep" else noun.head
    hung = noun.dep_ in ("dobj", "pobj") and verb.pos_ in ("VERB", "AUX")
    found = [*prep_objects(noun, AUDIENCE_PREPS), *(_audience_of_verb(verb) if hung else [])]
    return [o for o in found if not _session_awaited(o)]


def _audience_of_verb(verb: "Token") -> list["Token"]:
    """The objects of the "to"/"before" phrases hung on ``verb``, as a preposition or as a dative."""
    return [o for p in verb.children if p.dep_ in ("prep", "dative") and p.lower_ in AUDIENCE_PREPS
            for o in p.children if o.dep_ == "pobj"]


def _session_awaited(obj: "Token") -> bool:
    """Whether ``obj`` is a session "before" which a speech comes, a time and no audience: "a speech
    before the closing session of the summit" precedes it. A joint session is the members assembled,
    spoken before as before Congress ("a speech before a joint session of Congress")."""
    return obj.head.lower_ == "before" and obj.lemma_.lower() == "session" and not any(
        c.dep_ == "amod" and c.lower_ == "joint" for c in obj.children)


#: meeting nouns a process's name can premodify
PROCESS_TALKS = frozenset({"talk", "talks", "negotiation", "negotiations"})


def process_parties(noun: "Token") -> tuple[Actor, ...]:
    """The parties to the process a meeting noun's premodifier names ("the Brexit talks resumed",
    "the tough NAFTA negotiations"); none for another noun, or for talks a party or home word makes
    domestic ("cross-party Brexit talks" between a government and its opposition)."""
    if noun.lemma_.lower() not in PROCESS_TALKS and noun.lower_ not in PROCESS_TALKS:
        return ()
    mods = [c for c in noun.children if c.dep_ in ("compound", "nmod", "amod")]
    if any(t.lower_ in HOME_MODIFIERS or t.lower_ == "cross" for c in mods for t in c.subtree):
        return ()
    if any(o.lemma_.lower() in HOME_CHAMBERS for o in prep_objects(noun, IN)):
        return ()  # "heated Brexit negotiations in Parliament": a home debate
    return next((PROCESS_PARTIES[c.lower_] for c in mods if c.lower_ in PROCESS_PARTIES), ())


#: verbs of talking that, with two sides for subject and no one talked to, report their talk
TALKING_VERBS = frozenset({"speak", "talk", "confer"})
#: prepositions a joint talk may take without being speeches to others ("spoke on Sunday", "talked
#: for an hour", "spoke by phone", "talked about Syria"); not "spoke at the summit", "spoke to reporters"
TALK_PREPS = frozenset({"on", "for", "by", "over", "about", "via", "after"})
#: nouns that, with "the two"/"both", are the two sides' own people ("the two leaders spoke")
TALKER_NOUNS = (PERSON_PLURALS - {"head"}) | {"man", "side"}
#: what "spoke on" makes no talk between the speakers ("spoke on condition of anonymity")
UNNAMED_WORDS = frozenset({"condition", "anonymity", "background", "record"})


def _at_length(prep: "Token") -> bool:
    """ "talked [at length]": how long, no occasion spoken at."""
    return prep.lower_ == "at" and any(o.lower_ == "length" for o in prep.children)


JOINT_TALK = Trigger("CONSULT", None, None, 0.8, "rule", "two sides talked together")


def spoke_a_tongue(verb: "Token", obj: "Token | None", res: "ArgumentResolver") -> bool:
    """Whether "speak" has for object what is spoken, a language or words ("speaks Greek with a British
    accent", "spoke Arabic and French", "did not speak a word"), with no party spoken with or to: a
    talk names whom it is with ("spoke English with Putin"), never by an object."""
    if verb.lemma_.lower() != "speak" or obj is None:
        return False
    return not any(_party_word(o, res) for o in prep_objects(verb, WITH | TO))


def _party_word(noun: "Token", res: "ArgumentResolver") -> bool:
    """Whether a noun names someone one talks with: a name, a pronoun, a mention, people ("his
    counterpart", "the ambassador"); not a thing that an adjective ties to a state ("a British accent")."""
    return noun.pos_ in ("PROPN", "PRON") or res.mention_of(noun) is not None \
        or noun.lemma_.lower() in CALLED_PEOPLE


def spoke_at_occasion(verb: "Token", res: "ArgumentResolver") -> bool:
    """Whether a verb of talking says where or at what one side spoke, with no one spoken with:
    "Haley was speaking at a special UN session", "speaking at the anniversary of The Hague" (the
    occasion's names are no party talked with); not "spoke at a news conference with his Japanese
    counterpart", "speaking at a meeting with his counterparts", "talked at length with Putin", nor
    two sides that spoke ("Obama and Putin spoke at the summit"), nor a body of states spoken at, whose
    session the speaker takes part in ("speaking Friday at the United Nations Security Council")."""
    if verb.lemma_.lower() not in TALKING_VERBS or _joint_subject(verb):
        return False  # "Obama and Putin spoke at the summit": with each other
    ats = [p for p in verb.children if p.dep_ == "prep" and p.lower_ == "at" and not _at_length(p)]
    if not ats:
        return False
    if any(a.code in MEMBER_BODIES for p in ats for o in p.children if o.dep_ == "pobj" for a in res.actors_in(o)):
        return False
    phrases = [*verb.children, *(t for p in ats for t in p.subtree)]
    return not any(t.dep_ in ("prep", "dative") and t.lower_ in ("with", "to") for t in phrases)


def joint_talk(verb: "Token") -> bool:
    """Whether a verb of talking reports talks between the two sides its subject names together:
    "Trump and Erdogan spoke on Sunday", "the two leaders talked for an hour"; not with someone
    talked to or an occasion spoken at ("spoke to reporters", "spoke at the UN"), nor people who
    spoke "on condition of anonymity"."""
    if verb.lemma_.lower() not in TALKING_VERBS or any(c.dep_ in ("dobj", "ccomp", "xcomp") for c in verb.children):
        return False
    preps = [c for c in verb.children if c.dep_ == "prep" and not _at_length(c)]
    if any(p.lower_ not in TALK_PREPS for p in preps) or any(
            o.lower_ in UNNAMED_WORDS for p in preps for o in p.children if o.dep_ == "pobj"):
        return False
    return _joint_subject(verb)


def _joint_subject(verb: "Token") -> bool:
    """Whether a verb's subject names two sides together: "Trump and Erdogan [spoke]", "the two
    leaders [talked]"."""
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is None:
        return False
    if any(c.dep_ == "conj" for c in subj.children):
        return True  # "Trump and Erdogan spoke"
    joint = any(c.lower_ in ("two", "both") for c in subj.children if c.dep_ in ("det", "nummod", "predet"))
    return joint and subj.lemma_.lower() in TALKER_NOUNS


#: verbs of being somewhere in person, which "alongside", "beside" or "next to" a leader puts two sides
#: together in public ("speaking alongside Netanyahu", "sitting next to Putin at the presidential palace")
SIDE_BY_SIDE_VERBS = frozenset({"stand", "sit", "speak", "appear"})
BESIDE_PREPS = frozenset({"alongside", "beside"})
SIDE_BY_SIDE = Trigger("CONSULT", None, None, 0.7, "rule", "two sides side by side")


def beside_person(verb: "Token", res: "ArgumentResolver") -> "Token | None":
    """The person a verb of appearing puts its doer beside, the two together in public: "Clinton,
    speaking alongside Mr. Netanyahu, said", "Trump said, sitting next to Putin", "as he stood beside
    Lavrov"; ``None`` for a state ("stood beside France": support) or anyone the text does not name
    as a party ("standing next to his wife")."""
    if verb.lemma_.lower() not in SIDE_BY_SIDE_VERBS:
        return None
    nexts = [c for c in verb.children if c.dep_ == "advmod" and c.lower_ == "next"]
    heads = [*prep_objects(verb, BESIDE_PREPS), *(o for c in nexts for o in prep_objects(c, TO))]
    for o in heads:
        mention = res.mention_of(o)
        if mention is not None and mention.actor.kind == "person":
            return o
    return None


#: the relations a present participle set off after a noun takes ("Kerry, [meeting] with Lavrov, said")
PARTICIPLE_DEPS = frozenset({"acl", "appos", "advcl"})


def participle_doer(verb: "Token") -> "Token | None":
    """The noun a present participle right after it describes, which does what the participle says:
    "Kerry, [meeting] with Lavrov in Geneva, said ...", "Pompeo, [visiting] Baghdad, urged ...",
    "Kurdish fighters [battling] the Islamic State"; ``None`` for a verb with a subject of its own or
    another relation."""
    head = verb.head
    if verb.tag_ != "VBG" or verb.dep_ not in PARTICIPLE_DEPS or head.pos_ not in ("PROPN", "NOUN") \
            or head.i > verb.i or nearest_subject(verb) is not None:
        return None
    return head


#: verbs of meeting someone, a meeting still to come when one looks forward to it
MEETING_GERUNDS = frozenset({"meet", "see", "visit", "welcome", "host", "receive", "talk", "speak"})


def looked_forward(tok: "Token") -> bool:
    """Whether a gerund is a meeting its subject "looks forward to": "looked forward to [meeting] Putin",
    "is looking forward to [seeing] him in China": one still to come, not a mere activity named
    ("include strengthening cooperation"); not other work looked forward to ("looks forward to working
    closely with Hagel": a wish)."""
    node = tok
    while node.dep_ == "conj" and node.head != node:
        node = node.head
    prep = node.head
    return (tok.tag_ == "VBG" and tok.lemma_.lower() in MEETING_GERUNDS and node.dep_ == "pcomp"
            and prep.lower_ == "to" and looks_forward(prep.head))


#: pronouns of a person one meets
MET_PRONOUNS = frozenset({"him", "her", "you", "them"})
#: verbs of seeing a person, a meeting when one looks forward to it
SEEING_VERBS = frozenset({"see"})


def seen_in_person(found: "Trigger | None", tok: "Token", obj: "Token | None",
                   res: "ArgumentResolver") -> "Trigger | None":
    """A meeting read off seeing a person one looks forward to seeing ("looked forward to seeing him in
    China", "looks forward to seeing President Xi"); not seeing a thing ("seeing the results")."""
    if found is not None or tok.lemma_.lower() not in SEEING_VERBS or obj is None or not looked_forward(tok):
        return found
    mention = res.mention_of(obj)
    if obj.lower_ not in MET_PRONOUNS and (mention is None or mention.actor.kind not in ("person", "state")):
        return found
    return Trigger("CONSULT", None, None, 0.7, "rule", "a person one looks forward to seeing")


#: words of coming upon someone: a meeting when whom one comes upon is a person ("Tillerson encountered his
#: Iranian counterpart", "an encounter between Trump and Xi"); with forces, ships or aircraft it is a
#: clash ("a tense encounter between Iranian and U.S. vessels"), with a thing no event ("encountered
#: resistance"), so verbs.tsv blocks the CAMEO default and only these readings make one
ENCOUNTER_WORDS = frozenset({"encounter"})
ENCOUNTER = Trigger("CONSULT", None, None, 0.7, "rule", "an encounter between persons")
#: the prepositions of whom an encounter is with
ENCOUNTER_PREPS = frozenset({"with", "between"})


def _persons(toks: "list[Token]", res: "ArgumentResolver") -> bool:
    """Whether every word of ``toks`` (at least one) names a person: by name, or by office ("his
    Iranian counterpart", "the two leaders")."""
    return bool(toks) and all(t.lemma_.lower() in PERSON_PLURALS or _person_named(t, res) for t in toks)


def _person_named(tok: "Token", res: "ArgumentResolver") -> bool:
    mention = res.mention_of(tok)
    return mention is not None and mention.actor.kind == "person"


def met_on_encounter(found: "Trigger | None", tok: "Token", obj: "Token | None",
                     res: "ArgumentResolver") -> "Trigger | None":
    """A meeting read off encountering a person ("encountered his Iranian counterpart"), whatever the
    model guessed for a verb the lexicon holds no event ("encountered his counterpart at a conference"
    is no accord); not a force or a thing encountered."""
    if tok.lemma_.lower() not in ENCOUNTER_WORDS or obj is None:
        return found
    return ENCOUNTER if _persons([obj], res) else found


def encounter_reading(noun: "Token", res: "ArgumentResolver") -> "Trigger | None":
    """The meeting an encounter noun reports when its with- or between-phrase names persons only ("a
    late June encounter between Trump and Xi", "two chummy encounters with Trump"), else ``None``."""
    if noun.lemma_.lower() not in ENCOUNTER_WORDS or noun.pos_ != "NOUN":
        return None
    met = [t for o in prep_objects(noun, ENCOUNTER_PREPS) for t in (o, *o.conjuncts)]
    return ENCOUNTER if _persons(met, res) else None


#: verbs of sending someone somewhere ("sent Kerry to Cairo", "dispatched an envoy to Pyongyang")
ENVOY_VERBS = frozenset({"send", "dispatch"})


def sent_nowhere(found: "Trigger | None", tok: "Token") -> "Trigger | None":
    """No visit where an official is sent to no place ("sent out his secretary of state to make
    speeches"): a visit read off sending needs the "to" of where the envoy goes."""
    if found is None or found.type != "CONSULT" or tok.lemma_.lower() not in ENVOY_VERBS:
        return found
    goes = any(c.dep_ in ("prep", "dative") and c.lower_ == "to" and any(o.dep_ == "pobj" for o in c.children)
               for c in tok.children)
    return found if goes else None


def envoys_sent(cand: "Candidate", envoy: "Token | None", res: "ArgumentResolver") -> None:
    """ "The EU will send the foreign ministers of France and Germany to Ukraine": the envoys go for
    the side that sends them, the place they are sent to is the visit's host; not the envoys."""
    if envoy is None or cand.trig.type != "CONSULT" or cand.trigger.lemma_.lower() not in ENVOY_VERBS:
        return
    envoys = {a.code for a in res.actors_in(envoy)}
    moved = [a for a in cand.target if a.code in envoys]
    if not moved or len(moved) == len(cand.target):
        return
    cand.target[:] = [a for a in cand.target if a.code not in envoys]
    cand.source.extend(a for a in moved if a not in cand.source)


def accord_negotiated(found: "Trigger | None", tok: "Token", accord: "Token | None") -> "Trigger | None":
    """An accord negotiated is one made ("Obama negotiated a nuclear deal with Iran", "the deal May
    negotiated with the EU"): the agreement, not the talks; talks still going on are talks ("are
    negotiating a trade deal", "will negotiate a new accord")."""
    if found is None or found.type != "CONSULT" or tok.lemma_.lower() != "negotiate" or tok.tag_ not in ("VBD", "VBN"):
        return found
    if accord is None or not accord_noun(accord):
        return found
    if any(c.dep_ == "aux" and c.lower_ in UNSURE_AUX | {"will", "to"} for c in tok.children):
        return found
    return Trigger("AGREE", None, None, 0.8, "rule", "an accord negotiated")


#: bodies of member states whose own meeting gathers several states: "the UN Security Council will
#: hold an emergency session", "the NATO summit in Wales", "G-20 leaders met in Osaka"
MEMBER_BODIES = frozenset({
    "UN", "NATO", "EU", "G7", "G8", "G20", "QUAD", "BRICS", "P5+1", "ASEAN", "APEC", "AU", "ARL", "GCC", "OAS",
    "OSCE", "OPEC", "SCO", "CSTO", "EAEU", "CIS", "COE", "ECOWAS", "IGAD", "SADC", "SAARC", "MERCOSUR", "CELAC",
    "OIC", "NAM", "CARICOM", "PIF", "EAC", "UNASUR", "IAEA",
})
#: words of a gathering (not of talks, calls or visits, which a body's spokesman reports of others)
GATHERING_WORDS = frozenset({"summit", "meeting", "session", "meet", "convene", "gather", "conference", "ministerial"})


def body_meeting(cand: "Candidate", codes: set[str], res: "ArgumentResolver") -> bool:
    """ "The UN Security Council will hold a closed-door session", "G-7 leaders wrapped up their summit",
    "EU leaders will gather for their next summit": a meeting of one body of member states that the
    sentence reports is an international meeting though the text names no other party (one state alone
    is not); not meetings counted ("G-7 meetings") nor one that is the backdrop of another act, in a
    phrase ("said at their summit", "returned from a NATO summit"), nor one whose body is not named in
    its own phrase (the verb's subject, the noun's modifiers or "of" phrase: not "the EU's failure could
    jeopardize [a conference]") or that meets with people the text does not place ("met with doctors")."""
    if cand.trig.type != "CONSULT" or len(codes) != 1 or not codes <= MEMBER_BODIES:
        return False
    tok = cand.trigger
    if tok.tag_ in ("NNS", "NNPS") or tok.dep_ == "pobj":
        return False
    objects = {c.lemma_.lower() for c in tok.children if c.dep_ == "dobj"}
    if objects and not objects & GATHERING_WORDS:
        return False  # "NATO members have met their spending targets": no gathering
    if not ({tok.lemma_.lower()} | objects) & GATHERING_WORDS or any(prep_objects(tok, WITH)):
        return False
    return codes <= {a.code for t in _own_phrase(tok) for a in res.actors_in(t)}


def _own_phrase(tok: "Token") -> list["Token"]:
    """The heads that name who holds a meeting: a verb's subject ("the Security Council met"), a noun's
    modifiers and "of" phrase ("the NATO summit", "a meeting of EU foreign ministers")."""
    if tok.pos_ in ("VERB", "AUX"):
        subj = nearest_subject(tok)
        return [subj] if subj is not None else []
    return [c for c in tok.children if c.dep_ in ("compound", "poss", "nmod", "amod")] + list(prep_objects(tok, OF))


#: nouns of talks that work toward an accord ("talks on a deal", "negotiations toward an accord")
ACCORD_TALKS = frozenset({"talk", "negotiation", "discussion"})
#: prepositions of the accord talks work toward ("talks [on] a deal", "negotiations [toward] a treaty")
SOUGHT_PREPS = frozenset({"on", "over", "toward", "towards", "for", "about"})
#: an accord's phrases that name the parties to the talks toward it, and the side each names
ACCORD_PARTY_ROLES = {"between": "others", "with": "target"}


def sought_accord(noun: "Token") -> "Token | None":
    """The accord a talks noun works toward ("Negotiations [toward] a nuclear deal between Iran and the
    P5+1 will continue", "talks on a trade deal with China"), whose own phrase names the parties to the
    talks; ``None`` for another noun or phrase."""
    if noun.lemma_.lower() not in ACCORD_TALKS:
        return None
    return next((o for o in prep_objects(noun, SOUGHT_PREPS) if o.lemma_.lower() in ACCORD_NOUNS), None)


def accord_under_talks(noun: "Token") -> bool:
    """Whether an accord noun is what talks work toward ("talks on [a deal] between X and Y"): an accord
    sought, which the text does not report as made."""
    prep = noun.head
    return (noun.lemma_.lower() in ACCORD_NOUNS and noun.dep_ == "pobj" and prep.dep_ == "prep"
            and prep.lower_ in SOUGHT_PREPS and sought_accord(prep.head) == noun)


#: nouns of a side's own disposition toward a meeting or its offer of one, whose holder would be its
#: party ("his openness [to] talks with Kim", "Seoul's proposal [for] talks with Pyongyang": the
#: prepositions ``status.DISPOSED_PREPS`` reads)
MEETING_DISPOSITIONS = DISPOSITION_NOUNS | {"offer", "proposal"}


def disposed_side(noun: "Token") -> "Token | None":
    """Who would take part in a meeting that names only its other side, when the meeting is what a
    disposition of theirs is toward: the disposition's owner ("Trump's openness to talks with Kim"),
    else the subject of the verb that voices it ("Trump has expressed his openness to talks with Kim",
    "Abe signalled readiness for a meeting with Putin"), else a pronoun owner ("his openness"); ``None``
    for another noun, a passive, or a verb with no subject of its own (``voicing_verb``)."""
    disposition = disposed_toward(noun, MEETING_DISPOSITIONS)
    if disposition is None:
        return None
    owner = next((c for c in disposition.children if c.dep_ == "poss"), None)
    if owner is not None and owner.pos_ != "PRON":
        return owner  # "Trump's openness to talks"
    verb = voicing_verb(noun)
    subj = nearest_subject(verb) if verb is not None else None
    return subj if subj is not None and subj.dep_ == "nsubj" else owner


def voicing_verb(noun: "Token") -> "Token | None":
    """The active verb whose object is the disposition toward a meeting ``noun`` (``disposed_side``):
    "[expressing] an openness to talks with Kim", whose doer a participle shares with its clause
    ("Trump is taking a different line, expressing ..."); ``None`` else."""
    disposition = disposed_toward(noun, MEETING_DISPOSITIONS)
    verb = disposition.head if disposition is not None and disposition.dep_ == "dobj" else None
    return verb if verb is not None and verb.pos_ == "VERB" and not is_passive(verb) else None


#: prepositions of a relative clause that reports what passed within a meeting ("a call [in] which ...")
WITHIN_PREPS = frozenset({"in", "during"})


def within_parties(noun: "Token") -> "tuple[Token, Token] | None":
    """The doer and the one addressed of a clause set within a meeting noun, who are its two sides: "a
    July 25 phone call [in which] Trump asked Zelenskiy to ...", "the calls in which Flynn urged the
    ambassador ...": the relative clause's subject and object; ``None`` for another clause, or one that
    addresses no one ("a news conference in which Clinton said ...")."""
    for clause in (c for c in noun.children if c.dep_ == "relcl" and c.pos_ == "VERB"):
        within = any(p.dep_ == "prep" and p.lower_ in WITHIN_PREPS and any(
            o.dep_ == "pobj" and o.lower_ == "which" for o in p.children) for p in clause.children)
        subj = nearest_subject(clause)
        obj = next((c for c in clause.children if c.dep_ == "dobj"), None)
        if within and subj is not None and subj.dep_ == "nsubj" and obj is not None:
            return subj, obj
    return None


#: verbs by which a side stays away from an event: "Putin will skip the G20 summit", "Russia boycotted the talks"
SKIPPING_VERBS = frozenset({"skip", "boycott"})


def skipped_by_side(trigger: "Token", type_: str, sides: list[Actor], res: "ArgumentResolver") -> bool:
    """Whether the event ``trigger`` names is one that one of its own ``sides`` skips or boycotts: "Putin
    will skip the G20 summit", "Obama skipped a meeting with Netanyahu", "the talks were boycotted by Iran",
    "Russia boycotted the council meeting" (a meeting read at the verb, ``type_`` CONSULT): that side's part
    in it does not take place. Not a skipper who is no side of the event ("lawmakers skipped Netanyahu's
    address": the address was given), nor a skipping only planned or threatened ("planned to skip the
    meeting": an intention, which the sentence may go on to undo), nor one denied; nor a boycott that is
    itself the act ("boycotted Israeli goods")."""
    at_verb = trigger.lemma_.lower() in SKIPPING_VERBS and type_ == "CONSULT"
    verb = trigger if at_verb else trigger.head
    if (verb.i == trigger.i and not at_verb) or verb.pos_ != "VERB" or verb.lemma_.lower() not in SKIPPING_VERBS:
        return False
    if verb.dep_ in ("xcomp", "ccomp") or any(c.dep_ == "neg" for c in verb.children):
        return False
    if at_verb or trigger.dep_ == "dobj":
        skipper = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    elif trigger.dep_ == "nsubjpass":
        skipper = next((o for p in verb.children if p.dep_ == "agent" for o in p.children if o.dep_ == "pobj"), None)
    else:
        return False
    own = {a.code for a in sides}
    return skipper is not None and any(a.code in own for a in res.actors_in(skipper))


#: verbs by which talks come to their end ("the talks ended without a deal", "the summit broke up
#: without an agreement", "the meeting concluded without any accord")
TALKS_ENDING_VERBS = frozenset({"end", "break", "conclude", "close", "finish", "wrap", "collapse"})
#: the agreement that talks ended without: it was not made (its status negated: "without" denies it)
ACCORD_MISSED = Trigger("AGREE", None, None, 0.8, "rule", "talks ended without an accord")


def accord_missed(talks: Candidate) -> list[Candidate]:
    """The agreement (AGREE, negated) that a meeting with its sides named ended without, between the
    same sides: "the talks between Iran and Britain ended without a deal", "a meeting between X and Y
    that ended abruptly without any agreement"; the meeting itself stays as it is (it took place).
    None when the meeting ended otherwise ("ended with a joint statement") or names no side."""
    if talks.trig.type != "CONSULT" or not (talks.source or talks.target or talks.others):
        return []
    accord = _missed_accord(talks.trigger)
    if accord is None:
        return []
    return [Candidate(accord, ACCORD_MISSED, list(talks.source), list(talks.target), list(talks.others))]


def _missed_accord(meeting: "Token") -> "Token | None":
    """The accord noun under "without" on the verb that ends ``meeting``: the meeting its subject ("the
    talks ended without ..."), or the head of the relative clause whose verb it is ("a meeting that ended
    without ...")."""
    verb: "Token | None" = meeting.head
    if meeting.dep_ != "nsubj":
        verb = next((c for c in meeting.children if c.dep_ == "relcl"
                     and any(s.dep_ == "nsubj" and s.lower_ in ("that", "which") for s in c.children)), None)
    if verb is None or verb.pos_ != "VERB" or verb.lemma_.lower() not in TALKS_ENDING_VERBS \
            or any(c.dep_ == "neg" for c in verb.children):
        return None  # (not "the talks did not end without a deal": a deal was made)
    return next((o for o in prep_objects(verb, WITHOUT) if accord_noun(o)), None)


#: verbs by which an accord is made, whose "between" phrase names its parties wherever the parser hangs
#: the accord ("the pact sealed between X and Y", "an agreement was reached between X and Y"): those the
#: parser misreads (``ACCORD_MAKING``) and the rest
ACCORD_MADE_VERBS = ACCORD_MAKING | frozenset({"conclude", "clinch", "finalize", "finalise", "agree", "work"})


def accord_maker(noun: "Token") -> "Token | None":
    """The verb that made an accord noun, when the accord is what it made and its doers stand in a phrase
    of the verb's: the passive whose subject the accord is ("an agreement was reached between X and Y")
    or the participle after it ("the pact sealed between X and Y", "the deal concluded between ...");
    ``None`` else."""
    if not accord_noun(noun):
        return None
    verb = noun.head if noun.dep_ == "nsubjpass" else next(
        (c for c in noun.children if c.dep_ == "acl" and c.tag_ == "VBN"), None)
    return verb if verb is not None and verb.lemma_.lower() in ACCORD_MADE_VERBS else None
