"""Measures one state takes against another that news names without a verb of sanctioning:
"sanctions targeting Iran", "put on the blacklist", "designated a terrorist organisation",
diplomats told to leave, ties broken off."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .candidate import Candidate
from .conditions import DEADLINE_UNITS, DEPARTURE_VERBS
from .cooperation import AID_NOUNS
from .lexicon import Trigger
from .meetings import ACCORD_NOUNS, PROCESS_PARTIES
from .roles import TIMES
from .tokens import FOR, FROM, IN, INTO, OF, ON, TO, prep_objects, preps_named, verb_object

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Token

    from communique.types import Actor

    from .args import ArgumentResolver


#: diplomats whom a state may send away
ENVOY_NOUNS = frozenset({"diplomat", "ambassador", "envoy", "attache", "attaché", "consul", "charge"})


#: verbs that put a party on a list ("placed Chinese firms on a blacklist")
LISTING_VERBS = frozenset({"put", "place", "add"})


#: participles by which a measure names whom it hits ("sanctions targeting Russian banks") and the
#: measures they qualify (``measures_aimed``)
AIMING_VERBS = frozenset({"target", "aim", "hit", "punish", "penalize", "penalise"})


AIMED_MEASURES = frozenset({"SANCTION", "COERCE", "THREATEN", "REQUEST", "ACCUSE"})
#: the measures a participle after a comma aims ("imposed more sanctions, [targeting] the central bank"):
#: acts taken, not words, whose clause the participle may qualify rather than the doer's speech
TAKEN_MEASURES = frozenset({"SANCTION", "COERCE"})


def measures_aimed(cands: list[Candidate]) -> list[Candidate]:
    """ "agreed to sweeping sanctions [targeting Russian banks]", "tariffs [aimed at Chinese goods]":
    a participle of aiming that qualifies a measure says whom the measure hits; it is no attack of
    its own. Its targets go to the measure and the participle's reading is dropped."""
    by_tok = {c.trigger.i: c for c in cands}
    aims = {}
    for c in cands:
        measure = _aimed_measure(c.trigger, by_tok)
        if measure is not None:
            aims[c.trigger.i] = measure
            measure.target.extend(a for a in c.target if a not in measure.target)
    return [c for c in cands if c.trigger.i not in aims]


def _aimed_measure(trig: "Token", by_tok: dict[int, Candidate]) -> Candidate | None:
    """The measure a participle of aiming qualifies: the noun's own reading ("sanctions targeting
    X"), that of the verb the noun is the object of ("imposed tariffs targeting X"), or that of the
    clause it follows after a comma (``_measure_clause``)."""
    if trig.dep_ == "advcl":
        return _measure_clause(trig, by_tok)
    if trig.dep_ != "acl" or trig.tag_ not in ("VBG", "VBN") or trig.lemma_.lower() not in AIMING_VERBS:
        return None  # (not "a call [to punish Syria]": an infinitive is what is asked)
    noun = trig.head
    measure = by_tok.get(noun.i) or (by_tok.get(noun.head.i) if noun.dep_ == "dobj" else None)
    return measure if measure is not None and measure.trig.type in AIMED_MEASURES else None


def _measure_clause(trig: "Token", by_tok: dict[int, Candidate]) -> Candidate | None:
    """ "The United States imposed more sanctions, [targeting] the central bank", "Beijing responded
    with penalties, [targeting] American products": a subjectless participle of aiming after a measure
    taken (``TAKEN_MEASURES``) says whom the measure hits; it is no attack of its own."""
    if trig.tag_ != "VBG" or trig.lemma_.lower() not in AIMING_VERBS or any(
            c.dep_ in ("nsubj", "nsubjpass") for c in trig.children):
        return None
    measure = by_tok.get(trig.head.i)
    return measure if measure is not None and measure.trig.type in TAKEN_MEASURES else None


def blacklisted(noun: "Token") -> "Token | None":
    """Who is put on a list that is a sanction: the object of "placed [Chinese firms] on a blacklist",
    "added [five companies] to its entity list"; ``None`` when the noun is no such list."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ not in ("on", "to") or prep.head.lemma_.lower() not in LISTING_VERBS:
        return None
    return next((c for c in prep.head.children if c.dep_ == "dobj"), None)


def diplomats_sent_away(verb: "Token") -> bool:
    """ "told the Russian diplomats to leave the country", "asked the ambassador to leave", "the
    ambassador was given 24 hours to leave": diplomats told to go are expelled (SANCTION), however the
    telling is worded, active or passive."""
    if verb.lemma_.lower() not in ("tell", "ask", "instruct", "give", "order"):
        return False
    told = {d.dep_ for d in verb.children if d.lemma_.lower() in ENVOY_NOUNS}
    # in the passive, the order may be their own government's ("U.S. diplomats were ordered to leave Egypt
    # amid the unrest": an evacuation); a deadline is the host's ("were ordered to leave within 72 hours")
    envoys = bool(told & {"dobj", "dative"}) or ("nsubjpass" in told and _deadline(verb))
    return envoys and bool(_departures(verb, DEPARTURE_DEPS))


#: the time an expelled envoy is given to go ("48 hours to leave", "within seven days"): a deadline's
#: spans less "month": an expulsion runs in hours to weeks, and "month" would read a dated telling
#: ("were ordered last month to leave", an evacuation) as the host's deadline; the pool has no envoy
#: given months to leave
ENVOY_DEADLINES = DEADLINE_UNITS - {"month"}


def _deadline(verb: "Token") -> bool:
    """Whether the telling names a time limit ("given 24 hours to leave", "ordered to leave within 72
    hours", "to leave by Friday")."""
    return any(t.lemma_.lower() in ENVOY_DEADLINES or (t.dep_ == "prep" and t.lower_ == "by" and any(
        o.ent_type_ in TIMES for o in t.children)) for c in verb.children
        if c.dep_ not in ("nsubj", "nsubjpass") for t in c.subtree)


#: how a telling verb holds the departure it tells of ("told them [to leave]", "72 hours [to leave]")
DEPARTURE_DEPS = frozenset({"xcomp", "ccomp", "acl", "relcl"})


def _departures(verb: "Token", deps: frozenset[str]) -> list["Token"]:
    """The verbs of leaving a telling verb holds, on it or on its object ("given 72 hours [to leave]")."""
    near = [*verb.children, *(g for d in verb.children if d.dep_ in ("dobj", "npadvmod") for g in d.children)]
    return [x for x in near if x.dep_ in deps and x.lemma_.lower() in DEPARTURE_VERBS]


#: a state's formal expulsion of a foreign diplomat, however the declaring verb is parsed
DECLARED_UNWELCOME = Trigger("SANCTION", "expel", None, 0.85, "rule", "declared persona non grata")


def declared_unwelcome(verb: "Token") -> bool:
    """ "declared two diplomats persona non grata", "the envoy was declared persona non grata": the
    formal word for expelling a diplomat (SANCTION expel). The parser reads "persona" as a verb or a
    noun, so the phrase is found in any of the verb's complements (not in its subject)."""
    if verb.lemma_.lower() != "declare":
        return False
    return any(t.lower_ == "grata" for c in verb.children if c.dep_ not in ("nsubj", "nsubjpass")
               for t in c.subtree)


def unwelcome_declarers(verb: "Token") -> list["Token"]:
    """The "by" agent the parser hangs inside the phrase of "was declared persona non grata [by]
    Venezuela" (on "grata", not on the verb)."""
    return [o for c in verb.children if c.dep_ not in ("nsubj", "nsubjpass", "agent") for t in c.subtree
            if t.dep_ == "prep" and t.lower_ == "by" for o in t.children if o.dep_ == "pobj"]


def expelled_from(prep: "Token") -> "Token | None":
    """Whence an expulsion sends one, which is who expels: "diplomats were expelled [from] the United
    States", "were kicked out [of] Germany", "Russia was expelled from the G8" (the verb's "from" or
    "out of" phrase). Only a state or a body named by its name: "militants were expelled from Kobani"
    leaves a town, the fighting's ground, not a party."""
    whence = next(iter(preps_named(prep, "of")), None) if prep.lower_ == "out" \
        else prep if prep.lower_ == "from" else None
    obj = next((c for c in whence.children if c.dep_ == "pobj"), None) if whence is not None else None
    return obj if obj is not None and obj.ent_type_ in ("GPE", "ORG") else None


def ends_aid(trig: Trigger) -> bool:
    """Whether a reading is the ending of a benefit (SANCTION discontinue: "suspended", "froze", "cut off"),
    the one reading under which aid named with the act is the aid cut off. A sanction of another mode
    (withdrawing envoys, leaving a treaty) says nothing of aid."""
    return trig.type == "SANCTION" and trig.mode == "discontinue"


def aid_cut(verb: "Token", trig: Trigger) -> "Token | None":
    """The aid a passive verb of ending says is cut: "U.S. military [aid] to Egypt was suspended",
    "[assistance] to Pakistan was frozen". The act is the cut (SANCTION discontinue), not the aid:
    its giver (the noun's premodifier) cuts it, its "to"/"for" side is cut off."""
    if verb.tag_ != "VBN" or not ends_aid(trig):
        return None
    subj = next((c for c in verb.children if c.dep_ == "nsubjpass" and c.pos_ == "NOUN"), None)
    return subj if subj is not None and subj.lemma_.lower() in AID_NOUNS else None


def aid_receivers(aid: "Token") -> list["Token"]:
    """Whom aid is for, its "to"/"for" phrase: "aid [to] Egypt", "assistance [for] the Palestinians"."""
    return list(prep_objects(aid, TO | FOR))


def aid_ended(noun: "Token", trig: Trigger) -> "Token | None":
    """The aid a noun of ending names in its "of" phrase: "the suspension of U.S. [aid] to Pakistan"."""
    if not ends_aid(trig):
        return None
    return next((o for o in prep_objects(noun, OF) if o.lemma_.lower() in AID_NOUNS), None)


def country_left(verb: "Token") -> "Token | None":
    """The state diplomats are told to leave, who expels them: "were ordered to leave [Norway] within
    72 hours", "was given 72 hours to leave [Venezuela]" (the departure's object, a named state; "the
    country" names none by itself)."""
    departures = _departures(verb, DEPARTURE_DEPS | {"advcl"})
    return next((o for x in departures for o in x.children if o.dep_ == "dobj" and o.ent_type_ == "GPE"), None)


def terror_designation(verb: "Token") -> bool:
    """ "The State Department designated the group as a terrorist organization": an official listing
    of a body as terrorist is a sanction on it (its object); not "designated him as envoy"."""
    if verb.lemma_.lower() not in ("designate", "list", "blacklist"):
        return False
    heads = [verb, *(c for c in verb.children if c.dep_ == "advcl")]  # the parser may hang "as" on a participle
    return any(t.lemma_.lower() in ("terrorist", "terror", "terrorism") for h in heads for p in preps_named(h, "as")
               for t in p.subtree)


#: nouns of breaking off relations: "the severing of diplomatic ties with Iran" (CAMEO 161, a sanction)
BREAKING_NOUNS = frozenset({"ending", "severing", "severance", "breaking", "cutting", "rupture", "suspension"})


TIES_NOUNS = frozenset({"tie", "relation", "relationship"})


def ties_broken(noun: "Token") -> "Token | None":
    """The ties a noun says are broken off: "the ending of diplomatic [ties] with Iran", "the severing
    of [relations] with Qatar" (the verb reads "severed ties" already); None for any other noun, and for
    "the breakdown of ties" (no one's act)."""
    if noun.lemma_.lower() not in BREAKING_NOUNS:
        return None
    return next((o for o in prep_objects(noun, OF) if o.lemma_.lower() in TIES_NOUNS), None)


#: accords news names by a name that holds no accord word, by their key in ``PROCESS_PARTIES``:
#: "withdraw from NAFTA" is to leave an agreement, whose other parties it acts on
NAMED_ACCORDS = {"nafta": "nafta", "usmca": "nafta", "north american free trade agreement": "nafta"}


def named_accord(tok: "Token") -> str | None:
    """The ``NAMED_ACCORDS`` key of the accord ``tok`` names ("NAFTA", "the USMCA", "the North
    American Free Trade Agreement"), else ``None``."""
    name = tok.lower_ if tok.lower_ in NAMED_ACCORDS else tok.doc[tok.left_edge.i:tok.i + 1].text.lower()
    name = name[4:] if name.startswith("the ") else name
    return NAMED_ACCORDS.get(name)


def accord_word(tok: "Token") -> str:
    """The word a thing left or ended is read by: ``agreement`` for an accord named by its name
    ("terminate NAFTA" as "terminate the agreement"), else its lemma."""
    return "agreement" if named_accord(tok) is not None else tok.lemma_.lower()


def accord_parties(tok: "Token") -> tuple["Actor", ...]:
    """The parties of an accord named by its name ("NAFTA": the United States, Canada and Mexico);
    none for another word (an accord word's parties are read from its phrase: "the deal with Iran")."""
    key = named_accord(tok)
    return PROCESS_PARTIES[key] if key is not None else ()


#: nouns of leaving ("Britain's withdrawal from the EU", "the exit from the nuclear deal")
LEAVING_NOUNS = frozenset({"withdrawal", "pullout", "exit", "departure"})


BODY_LEFT = Trigger("SANCTION", "withdraw", None, 0.85, "rule", "a bloc or an accord left (a noun of leaving)")


def body_left(noun: "Token", res: "ArgumentResolver") -> "Token | None":
    """The bloc or accord a noun of leaving says is left: "Britain's withdrawal from [the European
    Union]", "the U.S. pullout from [the accord]" (SANCTION withdraw, as the verb "withdrew from NATO");
    ``None`` for troops withdrawn from a place ("the withdrawal from Syria": a RETREAT)."""
    if noun.lemma_.lower() not in LEAVING_NOUNS:
        return None
    for o in prep_objects(noun, FROM):
        mention = res.mention_of(o)
        if (mention is not None and mention.actor.kind == "organization") or o.lemma_.lower() in ACCORD_NOUNS:
            return o
    return None


def bodies_left(cands: list[Candidate], res: "ArgumentResolver") -> None:
    """A withdrawal read as a retreat that leaves a bloc or an accord is a sanction: the noun's own
    reading ("her country's withdrawal from the EU") or that of the light verb it is the object of
    ("began its withdrawal from the EU")."""
    for c in cands:
        if c.trig.type != "RETREAT":
            continue
        obj = verb_object(c.trigger) if c.trigger.pos_ in ("VERB", "AUX") else None
        if body_left(c.trigger, res) is not None or (obj is not None and body_left(obj, res) is not None):
            c.trig = BODY_LEFT


def accord_left(c: Candidate) -> bool:
    """Whether a sanction of leaving leaves an accord: "the U.S. withdrew [from] the Paris climate
    agreement", "pulled out [of] the accord", "quit [the accord]", "scrapped [the treaty]" (verbs),
    "Washington's withdrawal [from] the pact" (nouns of leaving, ``LEAVING_NOUNS``). A state that quits
    an accord acts on all its other parties, named or not, so the one state is enough (as the labels
    have it); not "withdrew from Syria" (a place left: no accord)."""
    tok = c.trigger
    if c.trig.type != "SANCTION" or (c.trig.mode != "withdraw" and tok.lemma_.lower() not in LEAVING_NOUNS):
        return False
    obj = verb_object(tok) if tok.pos_ == "VERB" else None
    if obj is not None and accord_word(obj) in ACCORD_NOUNS:
        return True
    # "pulled out of": the parser hangs "of" on the particle "out" or on the verb beside it
    outs = [p for p in tok.children if p.dep_ in ("prep", "prt") and p.lower_ == "out"] if tok.pos_ == "VERB" else []
    left = [*prep_objects(tok, FROM), *(o for h in ([tok, *outs] if outs else []) for o in prep_objects(h, OF))]
    return any(accord_word(o) in ACCORD_NOUNS for o in left)


def rated_goods(verb: "Token") -> list["Token"]:
    """The goods of a measure's "on" phrase that the parse hung on its rate ("raised tariffs from 10
    percent to 25 percent [on] $200 billion of Chinese goods", "increase duties from 10% to 25% [on]
    Mexican imports"): whose goods the raised measure hits, as if the phrase were the verb's own."""
    rates = [p for p in verb.children if p.dep_ == "prep" and p.lower_ in FROM | TO]
    return [o for p in rates for o in prep_objects(p, ON)]


#: the goods a trade measure may hit as a verb's object ("targeted $200 billion in Chinese imports",
#: "targeted American farm products"), and the readings that hit them so (a measure, or a threat of one:
#: "is ready to target $200 billion in Chinese imports"): whose goods they are is the target
GOODS_NOUNS = frozenset({"good", "import", "export", "product", "commodity"})
GOODS_MEASURES = frozenset({"SANCTION", "THREATEN"})


#: participles that say where goods come from ("goods [imported] from the United States", "steel [made] in China")
ORIGIN_VERBS = frozenset({"import", "come", "ship", "make", "produce", "manufacture", "export", "originate",
                          "send", "bring", "source"})
#: the entity types of a place goods are made in ("steel made in [China]")
PLACE_ENTS = frozenset({"GPE", "LOC"})


def goods_origins(goods: "Token") -> list["Token"]:
    """Where the goods a measure hits come from: "imports [from] China", "goods imported [from] the
    United States", "steel made [in] China", "all goods coming into our country [from] Mexico" (the
    parse may hang the participle on the measure: "a tariff on all goods [coming ...]"). [] when the
    phrase names no origin ("Chinese goods": the goods' own modifiers say whose they are)."""
    holders = [goods] + ([goods.head.head] if goods.dep_ == "pobj" and goods.head.lower_ in ON else [])
    parts = [c for h in holders for c in h.children if c.dep_ == "acl" and c.tag_ in ("VBN", "VBG")
             and c.lemma_.lower() in ORIGIN_VERBS]
    # (the parse may hang the origin on the destination: "coming into our Country [from] Mexico")
    ends = [e for v in parts for e in prep_objects(v, INTO | TO)]
    made_in = [o for v in parts for o in prep_objects(v, IN) if o.ent_type_ in PLACE_ENTS]  # not "in violation of"
    return [*prep_objects(goods, FROM), *(o for v in parts for o in prep_objects(v, FROM)), *made_in,
            *(o for e in ends for o in prep_objects(e, FROM))]


#: a state's missions abroad, and the verbs and nouns of closing one ("closed the Russian consulate",
#: "ordered the closure of the PLO mission")
MISSION_NOUNS = frozenset({"consulate", "embassy", "mission", "compound", "legation"})
CLOSING_VERBS = frozenset({"close", "shut"})
CLOSING_NOUNS = frozenset({"closure", "closing", "shutdown", "shutting"})
#: verbs by which a state closes a mission through a noun of closing ("ordered the closure of ..."); not
#: who judges or asks for one ("condemned the closure of", "demanded the closure of": ACCUSE, REQUEST)
CLOSURE_ORDERS = frozenset({"order", "announce", "decree", "direct", "declare"})


MISSION_CLOSED = Trigger("SANCTION", "relations", None, 0.8, "rule", "another state's mission closed")


def mission_closed(verb: "Token") -> "Token | None":
    """The mission of another state a verb closes: "closed [the Russian consulate] in Seattle", "shut down
    [the PLO mission]", "ordered the closure of [the Russian consulate]" (SANCTION, as expelling its
    diplomats; not "condemned" or "demanded the closure of": ``CLOSURE_ORDERS``); ``None`` for a state's
    own ("closed its embassy in Dhaka", "closed 19 embassies"): only a mission its phrase names another
    owner of (a premodifier) is one."""
    obj = verb_object(verb)
    if obj is None:
        return None
    lemma = verb.lemma_.lower()
    ordered = lemma in CLOSURE_ORDERS and obj.lemma_.lower() in CLOSING_NOUNS
    missions = [obj] if lemma in CLOSING_VERBS else list(prep_objects(obj, OF)) if ordered else []
    owned = (m for m in missions if m.lemma_.lower() in MISSION_NOUNS
             and not any(c.dep_ == "poss" for c in m.children)
             and any(c.dep_ in ("amod", "compound") and c.pos_ in ("ADJ", "PROPN") for c in m.children))
    return next(owned, None)


#: the texts that enact measures ("a sanctions bill", "new Russia sanctions legislation")
LAW_NOUNS = frozenset({"bill", "legislation", "law", "package", "act", "amendment"})
#: the measures a law text may be named by ("the Iran sanctions bill", "a tariff bill")
LAW_MEASURES = frozenset({"sanction", "tariff", "embargo"})


def measure_in_law(noun: "Token") -> "Token | None":
    """The measure a law text is named by: "sanctions" in "approved [sanctions legislation] related to
    Russia", "passed a [sanctions bill] against North Korea"; ``None`` for any other noun (the verb
    is then read by the text itself: "approved the bill", "signed a law imposing sanctions")."""
    if noun.lemma_.lower() not in LAW_NOUNS:
        return None
    return next((c for c in noun.children if c.dep_ == "compound" and c.lemma_.lower() in LAW_MEASURES), None)


#: verbs by which a side answers another's measure ("retaliated against U.S. sanctions", "responded to
#: Trump's tariffs with levies"); those marked here only with the particle "back" ("hit back at the tariffs")
ANSWERING_VERBS = frozenset({"retaliate", "respond", "react"})
ANSWERING_BACK_VERBS = frozenset({"hit", "strike", "fight", "push"})
#: the prepositions that name the measure answered
ANSWERED_PREPS = frozenset({"against", "to", "at", "over", "for"})
#: nouns of an answer whose "to"/"for" phrase names what it answers ("in response to U.S. sanctions")
ANSWER_NOUNS = frozenset({"response", "retaliation", "reply", "answer", "reaction", "riposte"})


def answering_verb(noun: "Token") -> "Token | None":
    """The verb by which a side answers the measure ``noun`` names: "[retaliated] against new U.S.
    sanctions", "China [responded] to Trump's tariffs with levies", "Moscow [hit] back at Western
    sanctions", "Russia [sold] U.S. bonds in response to new U.S. sanctions" (the verb the answer
    phrase hangs on); None when the measure is answered by no verb."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.dep_ != "prep" or prep.lower_ not in ANSWERED_PREPS:
        return None
    host = prep.head
    if host.lemma_.lower() in ANSWER_NOUNS and host.dep_ == "pobj" and host.head.lower_ == "in":
        verb = host.head.head  # "[sold] U.S. bonds in response to the sanctions"
        return verb if verb.pos_ in ("VERB", "AUX") else None
    return host if _answers(host) else None


def _answers(verb: "Token") -> bool:
    """Whether ``verb`` answers what its phrase names: "retaliated", "responded", "hit back"."""
    lemma = verb.lemma_.lower()
    back = any(c.dep_ == "prt" and c.lower_ == "back" for c in verb.children)
    return verb.pos_ == "VERB" and (lemma in ANSWERING_VERBS or (back and lemma in ANSWERING_BACK_VERBS))
