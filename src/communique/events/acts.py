"""Acts of force and coercion read off the words around their trigger (ASSAULT / COERCE / SANCTION).

Small structural tests the extractor asks of an act of force or of a measure: whether a verb's
object names the act itself rather than what it hit ("launched a military [offensive] in Syria":
the offensive is no armed force standing there), what a taking is of ("took [control] of Kunduz",
"seized large [parts] of Iraq": the town, the land), and whether what a side leaves or breaks
into is a thing of a party rather than the party ("withdrew from the [Iran] nuclear deal", "broke
into the networks of [US] companies")."""
from __future__ import annotations

from typing import TYPE_CHECKING

from .lexicon import Trigger
from .status import AUTHORIZING_VERBS, MAYBE_MODALS, any_kind, asked_of_another
from .tokens import AGAINST, INTO, OF, ON, part_of, prep_objects, verb_object

if TYPE_CHECKING:
    from spacy.tokens import Token

    from ..types import Actor, Event
    from .args import ArgumentResolver

#: nouns of an armed act: as a verb's object ("launched a military offensive", "carried out a military
#: strike"), the act itself, never a force or a post it hit
ATTACK_NOUNS = frozenset({"offensive", "counteroffensive", "counter-offensive", "operation", "strike", "airstrike",
                          "attack", "assault", "raid", "campaign", "bombardment", "bombing", "invasion", "incursion",
                          "intervention", "action", "shelling", "operations"})
#: ground: what taking by force makes fighting ("seized the town", "captured the airbase")
GROUND_NOUNS = frozenset({"town", "city", "village", "area", "territory", "base", "airbase", "airport", "province",
                          "district", "region", "stronghold", "bastion", "hill", "neighborhood", "neighbourhood",
                          "port", "crossing", "capital", "position", "outpost", "camp", "enclave", "pocket",
                          "checkpoint", "oilfield", "field", "dam", "bridge", "road", "highway", "suburb", "route",
                          "border", "frontier", "island", "land", "peninsula", "governorate", "valley", "coast",
                          "countryside", "country", "sector"})
#: what is taken named through another noun: "took [control] of Kunduz", "seized large [parts] of Iraq"
TAKEN_THROUGH = frozenset({"control", "part", "swath", "swathe", "chunk", "portion", "section", "stretch", "bulk", "much",
                           "most", "half", "rest", "north", "south", "east", "west"})
#: the prepositions that name what control or a part is of
TAKEN_PREPS = frozenset({"of", "over"})


def hostile_attitude(noun: "Token") -> bool:
    """ "Obama's hostility to Israel", "decades of hostility between Washington and Tehran": the singular
    noun names an attitude, no act; the plural is fighting ("hostilities resumed Tuesday")."""
    return noun.lemma_.lower() == "hostility" and noun.tag_ == "NN"


def names_an_attack(noun: "Token") -> bool:
    """Whether ``noun`` names an armed act ("a military offensive", "the ground operation"): what a
    light verb launches, not who or what the act struck."""
    return noun.lemma_.lower() in ATTACK_NOUNS


def taken_through(noun: "Token") -> "Token | None":
    """What control or a part taken is of: "took control [of] the city", "seized control [over] the
    airport", "took control of a large swath of [Iraq]", "the north of the [country]"; ``None`` for
    any other noun, and when no phrase names it ("seized control"). The parser may hang the phrase
    on the verb ("took control [of even more territory]")."""
    node: "Token | None" = noun
    for _ in range(3):
        if node is None or node.lemma_.lower() not in TAKEN_THROUGH:
            break
        hosts = [node, node.head] if node is noun and node.dep_ == "dobj" else [node]
        node = next((o for h in hosts for o in prep_objects(h, TAKEN_PREPS)), None)
    return None if node is noun else node


#: nouns of an armed act that news reports with no attacker named ("the attack on the U.S. consulate",
#: "the bombing of the embassy", "the assassination of its top commander"): the party hit is enough
UNCLAIMED_ATTACK_NOUNS = frozenset({"attack", "assault", "bombing", "airstrike", "bombardment", "shelling",
                                    "assassination", "killing", "murder", "downing", "beheading", "massacre"})
#: of those, the nouns whose target may be a person only when killed ("the killing of Soleimani"), not
#: "the attack on Clinton", which may be made in words
KILLING_NOUNS = frozenset({"assassination", "killing", "murder", "beheading", "massacre"})


def unclaimed_attack(trig: "Token", targets: "list[Actor]") -> bool:
    """Whether an armed act with no doer named still makes an event: "the attack on the U.S.
    consulate in Benghazi", "attacks on American diplomatic missions", "the bombing of the Chinese
    embassy", "the assassination of Iran's top general" name whom it hit, which the annotation rules
    count as an event with a target alone. Not "any attack on X" (a kind of act, none done), nor a
    verb ("was attacked": its doer is only unnamed), nor a person attacked but not killed ("the
    attacks on Clinton" may be words)."""
    if trig.pos_ != "NOUN" or trig.lemma_.lower() not in UNCLAIMED_ATTACK_NOUNS or not targets:
        return False
    if any_kind(trig):
        return False  # "any attack on the United States will be defeated": a kind of act, none done
    if trig.lemma_.lower() in KILLING_NOUNS | {"downing"}:
        return True  # "the killing of Sotloff", "the downing of Malaysia Airlines Flight 17"
    return all(a.kind != "person" for a in targets) \
        and any(_attacked_party(o) for o in prep_objects(trig, AGAINST | ON))


#: what an attack with no doer named hits when it makes an event: a state's posts and forces abroad
#: ("the attack on the U.S. consulate", "attacks on American and coalition forces", "a Saudi oil field")
ATTACKED_SITES = frozenset({"embassy", "consulate", "mission", "post", "compound", "facility", "base", "outpost",
                            "installation", "diplomat", "troop", "force", "soldier", "personnel", "ship", "warship",
                            "vessel", "tanker", "plant", "refinery", "field", "oilfield", "pipeline", "convoy"})


def _attacked_party(obj: "Token") -> bool:
    """Whether the object of an attack's "on"/"against" names a party hit: a state, a city, a region or a
    body by name ("attacks on America", "the attack against Syria", "the attacks on Paris") or one of a state's
    posts or forces ("the U.S. consulate"); not a people ("attacks on Israelis", whose attackers may be
    their own), a thing of words or of trade ("attacks on South Korea's policy", "American industry")."""
    if obj.pos_ == "PROPN":
        return obj.ent_type_ in ("GPE", "ORG", "FAC", "LOC")
    return obj.lemma_.lower() in ATTACKED_SITES


#: a state's missions abroad: an attack on one strikes the state, but not on its own soil
MISSION_SITES = frozenset({"embassy", "consulate", "legation"})


def mission_hit(trig: "Token") -> bool:
    """Whether an attack hit a state's mission abroad ("stormed the U.S. embassy", "the attack on the
    American consulate", "attacks on U.S. embassies"): the mission's state is the target, its
    country no place of the attack, which stands in the host state."""
    hit = [o for o in trig.children if o.dep_ == "dobj"] + list(prep_objects(trig, ON | AGAINST))
    return any(o.lemma_.lower() in MISSION_SITES for o in hit)


def unclaimed(ev: "Event") -> bool:
    """Whether an event is an attack reported with no doer (``unclaimed_attack``)."""
    return ev.type == "ASSAULT" and ev.source is None


#: how many sentences back a claim of an attack reaches for the article's report of it
CLAIM_REACH = 4


def one_sided_claim(ev: "Event") -> bool:
    """Whether an event is an attack with its doer alone, as a claim of it leaves it ("al-Shabaab
    claimed responsibility for the attack"): the report of the attack names whom it hit."""
    return ev.type == "ASSAULT" and ev.source is not None and ev.target is None \
        and all(a.kind == "person" for a in ev.participants)


def claimed_report(n: int, reports: "list[tuple[int, Event]]") -> "Event | None":
    """The report of the attack a claim in sentence ``n`` owns: the latest attack with no doer (and a
    party hit) told in the few sentences before ("A car bomb struck the Turkish embassy in Kabul
    ... The Taliban claimed responsibility for the attack"), which the claim completes as one event."""
    return next((ev for m, ev in reversed(reports) if n - m <= CLAIM_REACH), None)


def drop_retold_attacks(events: "list[Event]") -> "list[Event]":
    """An article's events less the attacks with no doer that it tells elsewhere with one: "Houthi
    rebels launched drone attacks on Saudi Arabia ... the attacks on Saudi Arabia", "Iran fired
    missiles at US bases ... reports of attacks on US facilities in Iraq" are one attack, told once
    with its doer."""
    claimed = {ev.target.code for ev in events if ev.type == "ASSAULT" and ev.source is not None
               and ev.target is not None}
    return [ev for ev in events if not (unclaimed(ev) and ev.target is not None and ev.target.code in claimed)]


#: verbs by which an armed act harms what it hits: "an Iraqi airstrike [killed] 45 ISIS fighters",
#: "Israeli missiles [hit] the base", "the strikes [destroyed] three ISIS Humvees"
HARMING_VERBS = frozenset({"kill", "hit", "strike", "destroy", "damage", "wound", "injure", "target", "pound",
                           "level", "flatten", "demolish"})
#: verbs by which an armed act holds back the side it hits, told by its object: "U.S. airstrikes
#: [slowed] the Islamic State's advance", "the strikes have [blunted] the militants' offensive"
CHECKING_VERBS = frozenset({"slow", "hinder", "halt", "blunt", "stall", "cripple", "degrade", "weaken",
                            "decimate"})
#: verbs that lend their subject to the verb of their complement: "airstrikes appeared to slow ..."
SEEMING_VERBS = frozenset({"appear", "seem"})


def harm_done(noun: "Token") -> "Token | None":
    """The verb of harm an armed act is the subject of: "an Iraqi airstrike [killed] 45 ISIS fighters
    in Sinjar", "U.S. airstrikes [slowed] the group's advance" (a verb of checking with its object);
    None for a noun that is no armed act, no subject or the subject of another verb."""
    verb = noun.head
    if not names_an_attack(noun) or noun.dep_ != "nsubj" or verb.pos_ != "VERB":
        return None
    if verb.lemma_.lower() in SEEMING_VERBS:  # "airstrikes appeared to [slow] the group's advance"
        verb = next((c for c in verb.children if c.dep_ == "xcomp" and c.pos_ == "VERB"), verb)
    lemma = verb.lemma_.lower()
    checked = lemma in CHECKING_VERBS and any(c.dep_ == "dobj" for c in verb.children)
    return verb if lemma in HARMING_VERBS or checked else None


def struck_by(noun: "Token") -> "list[Token]":
    """What an armed act that is the subject of a verb of harm hit: "an Iraqi airstrike killed [45
    ISIS fighters]", "Israeli airstrikes hit [Gaza]", "destroyed or damaged three ISIS [Humvees]"."""
    return harmed_by(harm_done(noun))


def harmed_by(verb: "Token | None") -> "list[Token]":
    """What a verb of harm (``harm_done``) and the verbs conjoined with it hit: "killed [45 ISIS
    fighters]", "destroyed or damaged three ISIS [Humvees]"; none for no verb."""
    if verb is None:
        return []
    verbs = [verb, *(c for c in verb.children if c.dep_ == "conj" and c.pos_ == "VERB")]
    return [o for v in verbs for o in v.children if o.dep_ == "dobj"]


def swept_land(verb: "Token") -> "list[Token]":
    """The land a force sweeps "across" or "through" (``entered_land``), which the sweep hits as an
    incursion "into" it does: "Russian tanks were rolling across [Ukraine]"."""
    land = entered_land(verb)
    return [land] if land is not None and land.head.lower_ in OVERRUN_PREPS else []


def names_a_thing(noun: "Token", res: "ArgumentResolver") -> bool:
    """Whether a phrase that names a party names a thing of or after it, not the party: "the Iran
    nuclear deal", "the networks of US companies", "talks with Iran" (its head is no actor), where a
    curated reading of the thing decides ("withdrew from the deal", "broke into the networks"); not
    an actor the knowledge base knows by the thing's noun ("the North American Free Trade Agreement")."""
    return res.mention_of(noun) is None


#: verbs of an act's course: their gerund is the act going on ("began carrying out airstrikes")
ASPECT_VERBS = frozenset({"begin", "start", "continue", "resume", "keep"})


def act_under_way(gerund: "Token") -> bool:
    """Whether a gerund is the act an aspect verb reports begun or going on: "Russian warplanes
    began carrying out airstrikes in Syria", "French jets started pounding IS targets", "continued
    shelling the town"; it names no mere activity ("include strengthening cooperation")."""
    return _gerund_of(gerund, ASPECT_VERBS)


def act_authorized(gerund: "Token") -> bool:
    """Whether a gerund is the act a verb of authorizing (``AUTHORIZING_VERBS``) lets its subject take:
    "Obama authorized [sending] 300 troops to Iraq", "Trump approved [deploying] troops to Saudi Arabia";
    the subject's own act decided, as "authorized airstrikes" is, not a mere activity named."""
    return _gerund_of(gerund, AUTHORIZING_VERBS)


def _gerund_of(gerund: "Token", verbs: frozenset[str]) -> bool:
    """Whether ``gerund`` is the complement of one of ``verbs`` ("began [carrying out]", "approved [sending]")."""
    return gerund.tag_ == "VBG" and gerund.dep_ == "xcomp" and gerund.head.lemma_.lower() in verbs


def framed_news(verb: "Token") -> bool:
    """Whether ``verb`` frames the news against an earlier event it names as its object ("the move
    follows Russia's annexation of Crimea", "the attack followed a wave of bombings in Baghdad"):
    the object is an event of its own with the sides its phrase names, not an act of the verb's
    subject. Not a phrasal verb ("followed up with sanctions", "followed through on its threat"), nor
    the participle a preposition stands for ("following their arrest", left as it was: unjudged)."""
    obj = verb_object(verb) if verb.lemma_.lower() == "follow" and verb.tag_ in ("VBZ", "VBD", "VBP") else None
    return obj is not None and obj.pos_ == "NOUN" and not any(c.dep_ == "prt" for c in verb.children)


#: verbs by which a force enters land ("troops entered the town", "forces moved into southern Ukraine")
ENTERING_VERBS = frozenset({"enter", "move", "roll", "pour", "sweep", "push", "advance", "storm", "march", "tear",
                            "rampage"})
#: forces that enter land
LAND_FORCES = frozenset({"troop", "force", "soldier", "army", "tank", "militant", "fighter", "unit", "commando",
                         "paratrooper", "marine", "column", "convoy", "battalion", "brigade", "division", "rebel",
                         "insurgent", "militia", "jihadist", "gunman"})
#: prepositions by which a force sweeps over land rather than into it ("rolling across Ukraine",
#: "tore through the towns of northern Iraq")
OVERRUN_PREPS = frozenset({"across", "through"})
INCURSION = Trigger("ASSAULT", None, None, 0.7, "rule", "an armed force entering another state's land")


def entered_land(verb: "Token") -> "Token | None":
    """The land an armed force enters: "Russian troops entered [Ukraine]", "entered Ukrainian
    [territory]", "forces moved into southern [Ukraine]", "ISIS fighters swept into [Ramadi]"; None for
    another verb, for who is no armed force ("refugees entered Turkey", "he entered the room") and,
    but for "enter", without "into" ("troops moved forward"). Whose land it is, and whether it is the
    force's own, the place decides (``EventExtractor._place_as_target``). A force sweeping "across" or
    "through" land enters it too ("Russian tanks and troops were rolling across Ukraine", "militants
    tore through the towns of northern Iraq")."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in ENTERING_VERBS:
        return None
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is None or part_of(subj).lemma_.lower() not in LAND_FORCES:
        return None
    lands = list(prep_objects(verb, INTO | OVERRUN_PREPS))
    if verb.lemma_.lower() == "enter":
        lands += [c for c in verb.children if c.dep_ == "dobj"]
    return next((o for o in lands if o.pos_ == "PROPN" or o.ent_type_ in ("GPE", "LOC")
                 or o.lemma_.lower() in GROUND_NOUNS), None)


#: what a verb "hold"/"keep" makes of its object when they are held ("held hostage", "kept captive")
CAPTIVE_NOUNS = frozenset({"hostage", "captive"})


def held_captive(verb: "Token") -> bool:
    """ "our four Americans held hostage in Iran", "Turkish citizens held hostage in northern Iraq":
    the parser reads a reduced passive as an active verb whose subject is the people held and whose
    object is a bare "hostage"; those people are the ones held, not the holders. An active holding
    keeps its own object ("Iran held hostage 52 Americans", "held them hostage"), and so do hostages
    held ("Iran held hostages at the U.S. Embassy": a plural is the object, not what the held became)."""
    if verb.lemma_.lower() not in ("hold", "keep") or any(c.dep_ in ("aux", "auxpass") for c in verb.children):
        return False
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    return obj is not None and obj.lower_ in CAPTIVE_NOUNS and not any(
        c.dep_ in ("det", "poss", "nummod", "amod") for c in obj.children)


#: nouns of people who speak for a cause: the act their "for"/"of" phrase names is what they seek
#: ("a campaigner for British withdrawal from the EU", "a proponent of sanctions on Iran")
ADVOCATE_NOUNS = frozenset({"campaigner", "advocate", "proponent", "champion", "supporter", "backer"})
#: the prepositions that name the cause an advocate speaks for
CAUSE_PREPS = frozenset({"for", "of"})


def sought_cause(noun: "Token") -> bool:
    """Whether ``noun`` is the cause an advocate speaks for ("Nigel Farage, a campaigner for British
    [withdrawal] from the EU", "a leading supporter of Britain's [exit] from the EU", "an advocate of
    tougher [sanctions] on Russia"): a goal that describes the person, no act the article reports."""
    head = noun
    while head.dep_ == "conj" and head.head.i != head.i:
        head = head.head  # "a champion of free trade and [sanctions] relief"
    prep = head.head
    return (head.dep_ == "pobj" and prep.dep_ == "prep" and prep.lower_ in CAUSE_PREPS
            and prep.head.lemma_.lower() in ADVOCATE_NOUNS and prep.head.pos_ == "NOUN")


#: words that take a share of a people ("60 percent of Americans", "a majority of Germans")
SHARE_WORDS = frozenset({"percent", "%", "majority", "most", "half", "share", "proportion", "plurality", "minority",
                         "third", "quarter", "many"})
#: words of a survey that reports what a public thinks ("polls have shown that most Japanese wanted ...")
POLL_WORDS = frozenset({"poll", "survey", "polling"})


def polled_public(trigger: "Token") -> bool:
    """Whether the act ``trigger`` reads is a public's opinion as a survey gives it: its doer (the
    subject of the trigger, or of the verb that reports it) is a people named by a plural noun
    ("Americans", "Japanese") that a share takes a part of ("60 percent of Americans want ...",
    "most Britons want ...", "six in 10 Americans say ...") or that a poll speaks for ("polls have shown
    that Japanese wanted ..."). A people's wish or belief is no act of its state; the act of another that
    it wishes for is that other's ("most Americans want [Trump to meet] Kim": a hypothetical meeting)."""
    verbs = [trigger]
    while verbs[-1].dep_ in ("ccomp", "xcomp") and len(verbs) < 4 and not asked_of_another(verbs[-1]):
        verbs.append(verbs[-1].head)  # "six in 10 Americans say [the Russians interfered to help Trump]"
    subjects = [c for v in verbs for c in v.children if c.dep_ == "nsubj"]
    return any(_polled(s, trigger) for s in subjects)


def _polled(subj: "Token", trigger: "Token") -> bool:
    """Whether ``subj`` is a share of a people or a people a poll in the sentence speaks for."""
    share = subj.lemma_.lower() in SHARE_WORDS or subj.lower_ in SHARE_WORDS
    people = next(prep_objects(subj, OF), subj) if share else subj
    if not (people.tag_ == "NNPS" or (people.tag_ == "NNS" and people.ent_type_ == "NORP")) or any(
            c.dep_ == "det" and c.lower_ == "the" for c in people.children):
        return False  # ("the Russians interfered": the state)
    counted = any(c.lower_ in SHARE_WORDS or c.dep_ == "nummod" for c in people.children)
    return share or counted or _poll_speaks(trigger)


def _poll_speaks(trigger: "Token") -> bool:
    """Whether a poll speaks for what the clause of ``trigger`` says: a poll word (``POLL_WORDS``) that is
    the subject of a verb over the trigger ("polls have shown that ...", "..., a survey found") or in a
    phrase on one ("according to a poll", "in a survey"); not the polls of an election ("fired rockets as
    Israelis went to the polls", "protested as polls opened")."""
    over = {t.i for t in (trigger, *trigger.ancestors)}
    for t in trigger.sent:
        if t.lemma_.lower() not in POLL_WORDS or t.head.i == t.i:
            continue
        prep = t.head
        if t.dep_ == "nsubj" and prep.i in over:
            return True
        if t.dep_ == "pobj" and prep.lower_ == "in" and prep.head.i in over:
            return True
        if t.dep_ == "pobj" and prep.lower_ == "to" and prep.head.lower_ == "according" and prep.head.head.i in over:
            return True
    return False


#: nouns of a side's endeavour, whose infinitive is its owner's act ("Russian efforts to defeat ISIS")
ENDEAVOUR_NOUNS = frozenset({"effort", "attempt", "bid", "push", "drive"})


def national_owner(noun: "Token", res: "ArgumentResolver") -> "list[Actor]":
    """The state a nationality adjective names as the one that makes an endeavour: "[Russian] efforts
    to defeat ISIS", "an [Iranian] attempt to seize the tanker" (Russia defeats, Iran seizes, whoever
    the clause's subject is); none with a possessive (read as the owner) or a hyphened adjective
    ("U.S.-led efforts"), nor for an adjective that names no state."""
    if noun.lemma_.lower() not in ENDEAVOUR_NOUNS or any(c.dep_ == "poss" for c in noun.children):
        return []
    mods = [c for c in noun.children if c.dep_ == "amod" and c.tag_ == "JJ" and "-" not in c.text]
    found = [a for m in mods for a in res.actors_in(m) if a.kind == "state"]
    return found[:1]


#: attack nouns a side claims as its own by the bare verb: "claimed the attack", "the bombing was claimed by"
CLAIMED_NOUNS = UNCLAIMED_ATTACK_NOUNS | ATTACK_NOUNS


def claimant(noun: "Token", verb: "Token") -> "Token | None":
    """Who claims an attack as its own with the bare verb "claim": the subject of "[Houthi rebels]
    claimed the attack on Saudi oil plants", the agent of "the strike was claimed by [Houthi rebels]";
    none when the claim is denied ("did not claim the attack") or only possible ("the Taliban might
    claim the attack", ``claim_in_doubt``), or is of another noun."""
    if verb.lemma_.lower() != "claim" or noun.lemma_.lower() not in CLAIMED_NOUNS or claim_in_doubt(verb):
        return None
    if noun.dep_ == "dobj":
        return next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if noun.dep_ == "nsubjpass":
        return next((o for a in verb.children if a.dep_ == "agent" for o in a.children if o.dep_ == "pobj"), None)
    return None


def claim_in_doubt(verb: "Token") -> bool:
    """Whether a verb of owning an act is denied ("did not claim the attack") or only possible ("the
    Taliban might claim responsibility", ``MAYBE_MODALS``): it names no doer."""
    return any(c.dep_ == "neg" or (c.dep_ == "aux" and c.lower_ in MAYBE_MODALS) for c in verb.children)


#: participles whose "by" agent is who did the act their noun names: "an assault [led] by the Taliban",
#: "attacks [perpetrated] by ISIS", "the strike [ordered] by Trump", "a bombing [claimed] by al-Shabaab"
DOER_PARTICIPLES = frozenset({"lead", "spearhead", "orchestrate", "mastermind", "perpetrate", "commit", "order",
                              "claim", "direct", "plan"})


#: verbs whose passive names an armed act's doer by "by": "the attack [was carried out] by the Taliban",
#: "the raid was [launched] by ISIS", and the participles above ("the bombing was [orchestrated] by X")
DOING_VERBS = DOER_PARTICIPLES - {"claim"} | {"carry", "launch", "conduct", "stage", "mount"}


def passive_doer(noun: "Token", verb: "Token") -> "Token | None":
    """The "by" agent of a passive whose subject is an attack noun: "[the attack] on the embassy was
    carried out by [the Taliban]", "the strikes were launched by [Russia]"; none when denied ("was not
    carried out by"), of another verb, or of a noun that is no attack ("the study was conducted by")."""
    if noun.dep_ != "nsubjpass" or noun.head != verb or verb.lemma_.lower() not in DOING_VERBS \
            or noun.lemma_.lower() not in CLAIMED_NOUNS or any(c.dep_ == "neg" for c in verb.children):
        return None
    return next((o for a in verb.children if a.dep_ == "agent" for o in a.children if o.dep_ == "pobj"), None)


def doer_participle(verb: "Token") -> bool:
    """Whether ``verb`` is a passive participle on an act's noun that names its doer by "by": "an
    assault [led] by the Taliban on a school", "attacks [perpetrated] by ISIS"."""
    return verb.dep_ == "acl" and verb.tag_ == "VBN" and verb.lemma_.lower() in DOER_PARTICIPLES \
        and any(c.dep_ == "agent" for c in verb.children)


def harm_of_an_attack(verb: "Token") -> bool:
    """Whether a verb of harm only tells what an armed act its subject names, with its own target,
    hit: "the strikes [on Islamic State] have targeted oil infrastructure in western Iraq" is the
    strikes on Islamic State, no second attack on Iraq. Not "Saudi-led airstrikes have killed Yemeni
    civilians", whose noun names no target: the verb reads it."""
    subjects = [c for c in verb.children if c.dep_ == "nsubj" and names_an_attack(c)]
    if verb.lemma_.lower() in CHECKING_VERBS and any(harm_done(c) is not None for c in subjects):
        return True  # "U.S. airstrikes hindered the group's advance": the strikes, no refusal by the U.S.
    return verb.lemma_.lower() in HARMING_VERBS and any(any(prep_objects(c, ON | AGAINST)) for c in subjects)


__all__ = ["ADVOCATE_NOUNS", "ASPECT_VERBS", "ATTACK_NOUNS", "CAUSE_PREPS", "CLAIMED_NOUNS", "DOER_PARTICIPLES",
           "ENDEAVOUR_NOUNS", "GROUND_NOUNS", "INCURSION", "MISSION_SITES", "POLL_WORDS", "SHARE_WORDS",
           "TAKEN_THROUGH", "DOING_VERBS", "act_authorized", "act_under_way", "claim_in_doubt", "claimant", "claimed_report", "doer_participle", "drop_retold_attacks", "entered_land",
           "harm_done", "harm_of_an_attack", "harmed_by", "held_captive", "hostile_attitude", "mission_hit",
           "names_a_thing", "names_an_attack", "national_owner", "one_sided_claim", "passive_doer", "polled_public", "sought_cause", "struck_by",
           "swept_land", "taken_through", "unclaimed", "unclaimed_attack"]
