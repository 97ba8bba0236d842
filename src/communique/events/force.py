"""Armed force: who is armed, deployments and alerts, craft entering another state's airspace or
waters, weapons tests, withdrawals, fighting together, and the words that only sound like force
("fired back at his critics", "fired the attorneys")."""

from __future__ import annotations

from typing import TYPE_CHECKING, Iterable, Iterator

from .acts import names_an_attack
from .args import ARMED_WORDS, SUBJECTS, ArgumentResolver, Discourse
from .lexicon import Trigger, singular
from .status import CANCELLING_VERBS
from .tokens import (AGAINST, BETWEEN, FROM, IN, INTO, OF, TO, WITH, governing_verb, is_person, modified_by, noun_lemma,
                     part_of, prep_objects, verb_object)

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Token

#: verbs whose coordinated subjects fight each other: "India and Pakistan clashed"
FIGHTING_VERBS = frozenset({"clash", "skirmish", "battle"})


#: verbs of force that, with "back", also name a retort ("fired back at his critics", "hit back, saying")
RETORT_VERBS = frozenset({"fire", "hit", "strike", "fight"})


#: words and measures a retort answers ("fought back over new sanctions", "fought back against a false
#: accusation", "hit back at the tariffs"): no force answers them; an attack only when made in words
#: (``worded_attack``: "hit back at personal attacks", not "fought back against the Russian attack")
ANSWERED_WORDS = frozenset({"sanction", "accusation", "allegation", "criticism", "critic", "charge", "claim",
                            "tariff", "comparison", "report", "ban", "decision", "remark", "comment", "statement",
                            "probe", "investigation", "ruling", "policy", "suggestion", "insult",
                            "indictment", "lawsuit", "subpoena", "restriction", "duty", "levy", "penalty"})


#: what a verbal retort is made with or by ("fired back in a letter", "hit back by calling him ...")
RETORT_VERBS_OF_SPEECH = frozenset({"say", "call", "accuse", "tell", "tweet", "write", "insist", "argue", "note",
                                     "describe", "dismiss", "deny", "label", "brand", "question", "blame"})


#: what a verb "test" tries when it is no weapons test: "tests the limits of", "tested the resolve of
#: the alliance", "sorely tests British diplomacy", "testing the waters"
TESTED_QUALITIES = frozenset({
    "limit", "resolve", "patience", "proposition", "water", "diplomacy", "relationship", "alliance", "tie",
    "unity", "commitment", "skill", "theory", "idea", "nerve", "friendship", "loyalty", "credibility",
    "mettle", "boundary", "determination", "willingness", "ability", "claim", "assumption", "premise",
})


#: pronouns that stand for one person ("he'll cross into Ramallah")
PERSONAL_PRONOUNS = frozenset({"he", "she", "i", "you"})


#: who attacks with force ("troops attacked ...")
ARMED_NOUNS = frozenset({"force", "troop", "soldier", "army", "military", "jet", "plane", "warplane", "aircraft",
                         "drone", "militant", "fighter", "gunman", "missile", "rocket", "navy", "ship", "warship",
                         "artillery", "rebel", "insurgent", "militia", "police", "unit", "commando", "bomber"})


#: armed men named by their cause rather than their arms ("jets bombed extremists in northern Iraq")
CAUSE_FIGHTERS = frozenset({"terrorist", "jihadist", "jihadi", "extremist", "separatist", "islamist", "guerrilla"})


#: where a force stands ("rebel positions", "a militant camp")
ARMED_POSTS = frozenset({"position", "camp", "base", "stronghold", "hideout", "outpost", "post"})


#: what words are delivered in ("in a speech", "on Twitter")
SPEECH_MEDIA = frozenset({"speech", "interview", "tweet", "twitter", "statement", "post", "address", "remark",
                          "op-ed", "column", "letter", "rally", "conference", "briefing", "editorial",
                          "broadcast", "debate", "podcast", "facebook", "video", "message"})


def tested_thing(noun: "Token") -> tuple[str | None, str | None]:
    """The lemma and adjective of what "the testing of ..." tests: ("missile", "ballistic") in "the
    testing of two intercontinental ballistic missiles"; (None, None) with no of-object."""
    thing = next(prep_objects(noun, OF), None)
    if thing is None:
        return None, None
    adjs = [c.lemma_.lower() for c in thing.children if c.dep_ in ("amod", "compound")]
    return thing.lemma_.lower(), (adjs[-1] if adjs else None)


def fired_one(tok: "Token") -> "Token | None":
    """Who or what a verb "fire" fires: its passive subject ("Tillerson was fired"), the noun a
    participle qualifies ("the director fired by Trump"), the subject of a passive small clause
    ("to have Shokin fired") or of the verb a passive is joined to ("must resign or be fired"),
    else its object."""
    passive = any(c.dep_ == "auxpass" for c in tok.children)
    small_clause = tok.tag_ == "VBN" and not any(c.dep_ in ("aux", "auxpass") for c in tok.children)
    for c in tok.children:
        if c.dep_ == "nsubjpass" or (c.dep_ == "nsubj" and small_clause):  # not "Kim has fired missiles"
            return c
    if tok.dep_ == "acl" and tok.tag_ == "VBN":
        return tok.head
    if passive and tok.dep_ == "conj":
        return next((c for c in tok.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if passive and tok.dep_ == "xcomp":  # "rather than wait to be fired", "was going to be fired"
        return _controller(tok.head)
    return verb_object(tok)


def _controller(verb: "Token") -> "Token | None":
    """The subject of ``verb``, or of the verb it is the complement or the conjunct of: who "waits"
    in "he would resign rather than wait [to be fired]" is "he"."""
    while True:
        subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is not None or verb.dep_ not in ("xcomp", "conj") or verb.head is verb:
            return subject
        verb = verb.head


#: verbs that put out a message; the alert they issue is one ("issued a travel alert", "issues a flash alert")
ISSUING_VERBS = frozenset({"issue", "release", "publish", "post", "update", "circulate"})


#: whom an alert puts on alert when it is an alert of forces ("issued an alert to its army")
FORCE_NOUNS = frozenset({"army", "troop", "force", "military", "unit", "navy", "soldier", "base", "command",
                         "fleet", "division", "garrison"})


#: verbs that put or keep forces on alert ("put its army on high alert", "troops remain on alert")
ALERTING_VERBS = frozenset({"put", "place", "keep", "be", "remain", "stay", "go"})


def forces_on_alert(noun: "Token") -> bool:
    """ "Pakistan put its army on high alert", "Seoul placed its troops on alert", "the military was on
    full alert": forces put on alert are mobilised, a structure a reader of the noun alone misses;
    not a police or a public alert ("police were on high alert")."""
    prep = noun.head
    if noun.lemma_.lower() != "alert" or noun.dep_ != "pobj" or prep.lower_ != "on":
        return False
    verb = prep.head
    if verb.lemma_.lower() not in ALERTING_VERBS:
        return False
    held = [c for c in verb.children if c.dep_ in ("dobj", "nsubj", "nsubjpass")]
    return any(h.lemma_.lower() in FORCE_NOUNS or any(
        c.dep_ == "compound" and c.lemma_.lower() in FORCE_NOUNS for c in h.children) for h in held)


def message_alert(noun: "Token") -> bool:
    """ "issued a new alert warning against travel", "the FBI issues a flash alert": an alert a body
    issues is a message to the public, unless it goes to forces ("issued an alert to its army")."""
    if noun.lemma_.lower() != "alert" or noun.dep_ != "dobj" or noun.head.lemma_.lower() not in ISSUING_VERBS:
        return False
    return not any(o.lemma_.lower() in FORCE_NOUNS for h in (noun, noun.head) for o in prep_objects(h, TO))


def no_weapons_test(tok: "Token") -> bool:
    """ "tested positive for the virus", "tests the limits of its patience", "testing the waters":
    a verb "test" with an adjective or a quality as its complement tries no weapon."""
    if tok.lemma_.lower() != "test":
        return False
    if any(c.dep_ == "acomp" or c.lower_ in ("positive", "negative") for c in tok.children):
        return True
    obj = verb_object(tok)
    return obj is not None and obj.lemma_.lower() in TESTED_QUALITIES


def verbal_retort(tok: "Token", res: ArgumentResolver) -> bool:
    """ "fired back at Rouhani", "hit back, saying ...", "struck back with a harsh statement", "fired
    back: ...": a verb of force with "back" whose answer is made in words, or whose speaker is a person
    with no weapon named, is a verbal retort. Not "troops fired back", "hit back with missiles"."""
    if tok.lemma_.lower() not in RETORT_VERBS or not any(c.dep_ in ("prt", "advmod") and c.lower_ == "back"
                                                        for c in tok.children):
        return False
    if verb_object(tok) is not None or any(c.dep_ in SUBJECTS and is_armed(c, res) for c in tok.children):
        return False
    for c in tok.children:
        if c.dep_ in ("advcl", "xcomp", "ccomp", "parataxis", "pcomp") and c.lemma_.lower() in RETORT_VERBS_OF_SPEECH:
            return True  # "hit back, saying"
        if c.dep_ == "prep" and c.lower_ in ("in", "with", "by", "on") and any(
                o.lemma_.lower() in SPEECH_MEDIA or o.lemma_.lower() in RETORT_VERBS_OF_SPEECH
                for o in c.children if o.dep_ in ("pobj", "pcomp")):
            return True  # "in a letter", "with a harsh statement", "by accusing"
        if c.dep_ == "punct" and c.text == ":" and c.i > tok.i:
            return True  # "Trump fired back: ..."
        if c.dep_ == "prep" and c.lower_ in ("over", "against", "at") and any(
                o.lemma_.lower() in ANSWERED_WORDS or worded_attack(o) for o in c.children if o.dep_ == "pobj"):
            return True  # "Russia fought back over new sanctions", "fought back against a false accusation"
    subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
    return subj is not None and is_person(subj, res) and not any(
        c.dep_ == "prep" and c.lower_ in ("with", "into") for c in tok.children)


def is_armed(tok: "Token", res: ArgumentResolver) -> bool:
    """Whether a subject is an armed force or an armed group."""
    mention = res.mention_of(tok)
    return tok.lemma_.lower() in ARMED_NOUNS or (mention is not None and mention.actor.kind == "group")


def armed_doer(verb: "Token", res: ArgumentResolver) -> bool:
    """Whether a verb's doer is armed: its subject ("troops attacked") or its passive agent ("was
    attacked by Taliban militants for promoting education")."""
    return any(is_armed(d, res) for d in _doers(verb))


#: verbs that are fighting only where armed men or an armed group are on one side of them: "troops
#: engaged Boko Haram fighters" is combat, "should engage North Korea in talks" and "wants to engage
#: Iran diplomatically" are diplomacy (CAMEO's ENGAGE read them all as force)
ARMED_ONLY_VERBS = frozenset({"engage"})


def unarmed_engagement(verb: "Token", res: ArgumentResolver) -> bool:
    """Whether a verb of ``ARMED_ONLY_VERBS`` has no armed side: neither its doer nor its object is a
    force, a fighter or an armed group ("the US will engage the Russians in military to military talks")."""
    if verb.lemma_.lower() not in ARMED_ONLY_VERBS or armed_doer(verb, res):
        return False
    return not any(is_armed(o, res) or is_fighters(o) for o in verb.children if o.dep_ == "dobj")


def _doers(tok: "Token") -> list["Token"]:
    """A word's subjects and the objects of its passive agent ("[troops] attacked", "was attacked by
    [Taliban militants]")."""
    return [c for c in tok.children if c.dep_ == "nsubj"] + [
        o for c in tok.children if c.dep_ == "agent" for o in c.children if o.dep_ == "pobj"]


#: who arrives as a deployment, not a visit ("troops arrived in", "a police contingent landed in")
DEPLOYED_NOUNS = frozenset({"troop", "soldier", "force", "army", "police", "policeman", "unit", "commando",
                            "marine", "paratrooper", "peacekeeper", "personnel", "warship", "warplane", "bomber",
                            "contingent", "battalion", "brigade"})


#: who or what a mobilization or a scramble moves as armed force ("mobilized reservists", "scrambled jets")
MOBILIZED_NOUNS = ARMED_NOUNS | DEPLOYED_NOUNS | {"reservist", "reserve", "conscript", "division", "guard",
                                                  "fighter", "interceptor", "helicopter", "asset", "man", "tank",
                                                  "convoy", "column", "vehicle"}


#: what jets scramble to do ("scrambled to intercept the bombers"): a military scramble
INTERCEPTING = frozenset({"intercept", "shadow", "escort", "track", "chase", "meet"})


def no_armed_crossing(verb: "Token", res: ArgumentResolver) -> bool:
    """ "he'll cross into Ramallah", "refugees crossing into Turkey": a crossing by a person (named,
    or "he", "she") or by civilians is no incursion; "Russian troops crossed into Ukraine", "hundreds
    of soldiers crossed", "Russia crossed the border" are, and so is one by "they", which may be troops."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() != "cross":
        return False
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is None and verb.dep_ in ("advcl", "xcomp", "conj", "pcomp"):
        host = verb.head.head if verb.dep_ == "pcomp" else verb.head  # "before crossing into Turkey"
        subj = next((c for c in host.children if c.dep_ == "nsubj"), None)
    if subj is None:
        return False
    mention = res.mention_of(subj)
    if mention is not None:
        return mention.actor.kind == "person"
    if subj.pos_ == "PRON":
        return subj.lower_ in PERSONAL_PRONOUNS
    return part_of(subj).lemma_.lower() not in MOBILIZED_NOUNS


def fight_for_a_cause(verb: "Token", res: ArgumentResolver) -> bool:
    """ "we are going to fight for every last American job", "they must fight the temptations": a fight
    for a cause or against a thing that names no party and no force."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() != "fight":
        return False
    obj = verb_object(verb)
    if obj is None:
        return any(c.dep_ == "prep" and c.lower_ == "for" for c in verb.children)
    return not res.actors_in(obj) and not is_fighters(obj) and obj.pos_ != "PRON" \
        and obj.lemma_.lower() not in FOUGHT_NOUNS


#: verbs of getting ahead of another, which read an attack ("beat", "overtake") or a contest won ("beat
#: the United States to a vaccine", "overtook China as the largest producer")
OUTDOING_VERBS = frozenset({"beat", "overtake", "outpace", "outstrip", "surpass"})
#: what a beating is carried to: the harm done, not a goal raced for ("beaten to death")
HARM_ENDS = frozenset({"death", "pulp", "submission", "ground"})
#: the grounds of a contest that an "in"/"at" names ("beat France in the final", "overtake Russia in the
#: production of oil", "beat Japan at the Asian Cup")
CONTEST_NOUNS = frozenset({"race", "election", "vote", "poll", "final", "semifinal", "quarterfinal", "match",
                           "game", "tournament", "cup", "championship", "competition", "contest", "production",
                           "output", "ranking", "market", "share", "sale", "export", "growth", "medal"})
#: the prepositions of a contest's ground
CONTEST_PREPS = frozenset({"in", "at"})


def won_in_a_contest(verb: "Token") -> bool:
    """Whether a verb of getting ahead (``OUTDOING_VERBS``) tells of a contest, not an attack: a goal
    raced for ("will beat the United States [to] a vaccine"), a rank reached ("India overtook China
    [as] the most populous country") or the ground of a contest ("overtake Russia [in] the production
    of oil", "beat France in the final"); kept: "beaten to death", "beat the rebels in Mosul"."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in OUTDOING_VERBS:
        return False
    if any(p.dep_ == "prep" and p.lower_ == "as" for p in verb.children):
        return True
    if any(o.lemma_.lower() not in HARM_ENDS for o in prep_objects(verb, TO)):
        return True
    return any(o.lemma_.lower() in CONTEST_NOUNS or o.ent_type_ == "EVENT"
               for o in prep_objects(verb, CONTEST_PREPS))


#: the objects of "beat" in its idioms of no blow: "beating a path to Tehran" (flocking there), "beat a
#: retreat", "beat the drum for war", "beat the odds", "beat the deadline"
BEATEN_IDIOMS = frozenset({"path", "retreat", "drum", "odds", "deadline", "clock", "rap"})


def beaten_idiom(verb: "Token") -> bool:
    """Whether "beat" is one of its idioms (``BEATEN_IDIOMS``): "Italy and India are beating a path to
    Tehran" goes there, strikes no one; kept: "beat the protesters"."""
    obj = verb_object(verb) if verb.pos_ == "VERB" and verb.lemma_.lower() == "beat" else None
    return obj is not None and obj.lemma_.lower() in BEATEN_IDIOMS


#: nouns of a side's mood toward fighting, whose infinitive names no act done or announced ("showed no
#: will to fight the Islamic State", "a mounting determination to strike U.S. targets"); the nouns of
#: intention ("willingness", "readiness": ``status.INTENT_NOUNS``) keep their planned reading
FIGHTING_MOODS = frozenset({"will", "resolve", "determination", "desire", "eagerness", "appetite", "stomach"})


def mood_to_fight(verb: "Token") -> bool:
    """Whether an act of force is only the infinitive of a noun of mood (``FIGHTING_MOODS``): "Iraqi
    forces showed no [will] to fight ISIS" tells of their spirit, not of a fight; kept: "a plan to
    strike", "decided to strike"."""
    if verb.pos_ != "VERB" or not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return False
    mood = _mood_before(verb)
    return mood is not None and mood.lemma_.lower() in FIGHTING_MOODS


def _mood_before(verb: "Token") -> "Token | None":
    """The noun an infinitive completes: its head where parsed as the noun's clause ("no will [to
    fight]"), else the object of its head verb that ends right before it, where the parser hung the
    infinitive on the verb ("have lost the will [to fight] Israel": an advcl of "lost")."""
    head = verb.head
    if verb.dep_ == "acl" and head.i != verb.i and head.pos_ == "NOUN":
        return head
    if verb.dep_ not in ("advcl", "xcomp") or head.i == verb.i:
        return None
    return next((c for c in head.children if c.dep_ == "dobj" and c.pos_ == "NOUN"
                 and c.right_edge.i + 1 == verb.left_edge.i), None)


#: whom a fight is against, named without a party ("we're just fighting terrorists")
FOUGHT_NOUNS = frozenset({"terrorist", "terrorism", "jihadist", "extremist", "extremism", "enemy", "invader",
                          "occupier", "separatist", "insurgency", "war", "battle", "group", "regime"})


def moves_no_force(verb: "Token") -> bool:
    """ "mobilize the international community", "mobilized voters", "scrambling to respond",
    "migrants scrambled aboard": a mobilization of something other than armed force, a scramble
    of no jets and no force (kept: "scrambled jets", "the air force scrambled", "scrambled to intercept")."""
    obj = verb_object(verb)
    if obj is not None:
        return part_of(obj).lemma_.lower() not in MOBILIZED_NOUNS and not _to_fight(verb)
    if verb.lemma_.lower() != "scramble":
        return False
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    armed = subj is not None and subj.lemma_.lower() in MOBILIZED_NOUNS
    return not armed and not any(c.dep_ in ("xcomp", "advcl") and c.lemma_.lower() in INTERCEPTING
                                 for c in verb.children)


#: what people are called up for when they are a force ("mobilized 300,000 citizens to fight")
FIGHTING_PURPOSES = frozenset({"fight", "serve", "defend", "reinforce", "join"})


def _to_fight(verb: "Token") -> bool:
    """Whether a verb's purpose infinitive makes whom it moves a force: "mobilized 300,000 citizens
    [to fight] in Ukraine", "called up reservists [to serve]"."""
    return any(c.dep_ in ("xcomp", "advcl") and c.lemma_.lower() in FIGHTING_PURPOSES for c in verb.children)


#: verbs that move a force or its arms somewhere ("sent tanks into Ukraine", "moved heavy weaponry into")
FORCE_SENDING_VERBS = frozenset({"send", "move", "dispatch", "deploy", "roll", "ship"})


#: arms that, sent into a place, are a force moved there, not aid to a partner ("sent weapons to the rebels")
SENT_IN_ARMS = MOBILIZED_NOUNS | {"weaponry", "armor", "armour", "howitzer", "launcher"}


FORCES_SENT_IN = Trigger("MOBILIZE", "troops", None, 0.8, "rule", "a force or its arms sent into a place")


def forces_sent_in(verb: "Token") -> bool:
    """ "Russia sent tanks into Ukraine", "moves more heavy weaponry over its border and into
    Ukraine", "sent troops into Syria": a force or its arms sent into a place is moved there (MOBILIZE),
    whatever the learned reader makes of "send" with arms; not arms sent "to" a party ("sent weapons
    to the rebels": aid), nor aid sent into a place ("sent another convoy of aid into the country")."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in FORCE_SENDING_VERBS or not any(places_sent_into(verb)):
        return False
    obj = verb_object(verb)
    if obj is None:
        return False
    sent = part_of(obj)
    sent = next(prep_objects(sent, OF), sent)  # "a convoy [of] tanks", not "a convoy of aid"
    return sent.lemma_.lower() in SENT_IN_ARMS


#: purposes that make a force sent help to another side ("sent advisers to Iraq [to help] that country",
#: "sent troops to Iraq [to train] Sunni fighters"); not "to fight" or "to protect" (its own people)
HELPING_PURPOSES = frozenset({"help", "assist", "support", "aid", "bolster", "train", "advise", "strengthen"})

FORCE_SENT_TO_HELP = Trigger("AID", None, None, 0.8, "rule", "a force sent to help another side")
FORCE_SENT_HOME_SIDE = Trigger("MOBILIZE", "troops", None, 0.8, "rule", "a force sent to help no other side")


def helping_purpose(verb: "Token") -> "Token | None":
    """The purpose infinitive by which a force sent is help: "sent special forces to the region [to
    help] them", "deploy trainers [to help] bolster the Afghan army"; ``None`` when there is none."""
    return next((c for c in verb.children if c.dep_ in ("xcomp", "advcl") and c.lemma_.lower() in HELPING_PURPOSES
                 and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)), None)


def helped_objects(purpose: "Token") -> list["Token"]:
    """Whom a helping purpose names: its object, or that of the verb it helps do ("to help [train]
    local forces", "to help bolster Saudi Arabia's defences"), or that verb's own subject ("to help
    Iraqi forces battling ISIS": the forces, not whom they fight)."""
    named = [c for c in purpose.children if c.dep_ == "dobj"]
    for verb in (c for c in purpose.children if c.dep_ in ("xcomp", "ccomp") and c.pos_ == "VERB"):
        doers = [c for c in verb.children if c.dep_ in SUBJECTS]
        named.extend(doers or [c for c in verb.children if c.dep_ == "dobj"])
    return named


def places_sent_into(verb: "Token") -> Iterator["Token"]:
    """The places a verb sends something "into": in its own phrase ("sent tanks [into] Ukraine") or in
    one conjoined to another of its phrases ("moves heavy weaponry over its border [and into] Ukraine")."""
    preps = [p for p in verb.children if p.dep_ == "prep"]
    preps += [c for p in preps for c in p.conjuncts if c.dep_ == "conj" and c.i > p.i]
    return (o for p in preps if p.lower_ in INTO for o in p.children if o.dep_ == "pobj")


#: verbs that take a force somewhere, whose "to", "into" or "over" names the place it goes to
FORCE_TAKING_VERBS = FORCE_SENDING_VERBS | {"fly", "redeploy", "sail"}
#: the prepositions of a force's destination
DESTINATION_PREPS = TO | INTO | frozenset({"over"})


def force_destinations(trig: "Token") -> list["Token"]:
    """Where a force is taken, the place of its mobilization: "sent 400 troops [to] Syria", "deployed
    soldiers to Egypt", "troops were deployed [to] Syria", "flew stealth bombers [over] South Korea", "a decision to send 450 troops to
    Iraq"; none for what is no force ("sent a letter to Iran") nor for another verb ("troops left for")."""
    verb = trig if trig.pos_ in ("VERB", "AUX") else governing_verb(trig)
    if verb is None or verb.lemma_.lower() not in FORCE_TAKING_VERBS:
        return []
    obj = verb_object(verb) or next((c for c in verb.children if c.dep_ == "nsubjpass"), None)  # "troops were sent to"
    if obj is None or not {singular(t.lemma_) for t in (part_of(obj), *prep_objects(part_of(obj), OF))} & SENT_IN_ARMS:
        return []  # (nor "two squadrons [of] jets")
    preps = [p for h in (verb, obj) for p in h.children if p.dep_ in ("prep", "dative")]  # "sent troops [to]"
    return [o for p in preps if p.lower_ in DESTINATION_PREPS for o in p.children if o.dep_ == "pobj"]


#: participles that say where a force stands ("troops [stationed] there", "forces [based] in Germany")
STANDING_VERBS = frozenset({"station", "deploy", "base", "post", "garrison"})
#: words of where a force stands, not where it is sent ("stationed [there]", "deployed [in] the region")
STANDING_PLACES = frozenset({"there", "here", "in", "on", "at", "near", "along", "across", "inside", "abroad",
                             "overseas", "nearby"})


def force_in_place(verb: "Token") -> bool:
    """Whether a participle only says where a force stands: "American troops [stationed] there", "the
    Ukrainian army [deployed] on the land of Donetsk", "visit U.S. forces [deployed] there": a standing
    presence, no deployment; not a force sent somewhere ("a unit deployed [to] Ramadi"), at a time
    ("troops deployed there last week") or by someone ("forces deployed by Moscow")."""
    if verb.lemma_.lower() not in STANDING_VERBS or verb.dep_ != "acl" or verb.tag_ not in ("VBN", "VBD") \
            or singular(verb.head.lemma_.lower()) not in MOBILIZED_NOUNS:
        return False
    kids = list(verb.children)
    if any(c.dep_ == "agent" or c.lower_ in DESTINATION_PREPS or c.ent_type_ in ("DATE", "TIME")
           or any(g.ent_type_ in ("DATE", "TIME") for g in c.children) for c in kids):
        return False
    return any(c.lower_ in STANDING_PLACES and c.dep_ in ("advmod", "prep") for c in kids)


def force_dispatched(verb: "Token") -> bool:
    """Whether a passive verb of taking a force somewhere names no sender but the force it took:
    "U.S. troops were deployed to Syria", "100 Marines were dispatched to Baghdad" (the force's own
    state sent it); not "troops were sent by Washington" (the agent sent them) nor "a letter was sent"."""
    return verb.lemma_.lower() in FORCE_TAKING_VERBS and any(c.dep_ == "nsubjpass" for c in verb.children) \
        and not any(c.dep_ == "agent" for c in verb.children) and force_arrived(verb)


def force_arrived(verb: "Token") -> bool:
    """Whether who arrives (goes, lands) is a force: "Kenyan police officers arrived in Haiti", "a
    contingent of troops landed", "troops started to arrive"; not a delegation or a leader's plane."""
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None and verb.dep_ == "xcomp":
        subj = next((c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None:
        return False
    heads = [subj, *prep_objects(subj, OF)]
    # (the singular of a name's lemma too: "U.S. [Marines]" is a proper noun the model leaves plural)
    return any(singular(h.lemma_) in DEPLOYED_NOUNS or military_craft(h) or (h.lemma_.lower() == "officer" and any(
        c.lemma_.lower() == "police" for c in h.children)) for h in heads)


#: craft that may be a state's armed force or not ("fighter jets", but "a chartered plane")
CRAFT_NOUNS = frozenset({"jet", "plane", "aircraft", "airplane", "helicopter", "ship", "vessel", "boat"})
#: words before a craft that make it armed: "[fighter] jets", "[military] aircraft", "[naval] vessels"
MILITARY_CRAFT_WORDS = frozenset({"fighter", "military", "combat", "war", "attack", "stealth", "bomber", "naval",
                                  "navy", "strike", "surveillance", "reconnaissance", "spy", "patrol", "warship"})


def military_craft(noun: "Token") -> bool:
    """Whether ``noun`` is craft named as armed by a word before it: "British [fighter] jets were sent
    to Jordan", "[military] aircraft", "[naval] vessels" (a force, like troops or warships); not "a
    chartered plane", "rescue helicopters", "a passenger jet"."""
    return singular(noun.lemma_) in CRAFT_NOUNS and any(
        c.dep_ in ("compound", "amod") and singular(c.lemma_) in MILITARY_CRAFT_WORDS for c in noun.children)


def struck_of(noun: "Token") -> list["Token"]:
    """What an attack noun's "of" phrase names as struck ("the shelling of Donetsk", "the Israeli
    bombardment of Gaza", "a possible ground invasion of the Gaza Strip": the noun's object, as
    "shelled Donetsk"); none for a verb."""
    return list(prep_objects(noun, OF)) if noun.pos_ == "NOUN" else []


def is_fighters(tok: "Token") -> bool:
    """Armed men or their posts ("Kurdish fighters", "extremists", "rebel positions", "militant camps"): a
    force fought where it stands is not that place's state. Not the act a light verb launches ("launched a
    military offensive in Syria", "carried out drone strikes"): the offensive stands nowhere."""
    if names_an_attack(tok):
        return False
    return noun_lemma(tok) in ARMED_NOUNS | ARMED_POSTS | CAUSE_FIGHTERS or armed_group_noun(tok) or any(
        c.dep_ in ("amod", "compound") and (c.lemma_.lower() in ARMED_NOUNS or c.ent_type_ == "NORP")
        for c in tok.children)


#: nouns of an organised body that an armed word makes an armed group ("the terror group")
GROUP_HEADS = frozenset({"group", "organization", "organisation", "network", "outfit", "faction"})


def armed_group_noun(tok: "Token") -> bool:
    """ "the terror group", "the militant organization", "an extremist network": an armed group
    named by what it is rather than by its name (its name, where the article gave it, is read as
    "the group" by ``ArgumentResolver.group_referent``)."""
    return tok.lemma_.lower() in GROUP_HEADS and modified_by(tok, ARMED_WORDS)


def fought_together(verb: "Token") -> bool:
    """ "U.S. and Libyan personnel battled the attackers together": sides that fight someone, or fight
    together, fought on one side, not each other ("Indian and Pakistani troops clashed")."""
    return verb.lemma_.lower() in FIGHTING_VERBS and any(
        c.dep_ == "dobj" or c.lower_ in ("together", "jointly", "alongside") for c in verb.children)


def brought_home(verb: "Token") -> "Token | None":
    """The word "home" of "bring the troops home", "bring US fighters in Syria back home": forces
    brought home are withdrawn from where they are (RETREAT); ``None`` for anything else brought."""
    if verb.lemma_.lower() != "bring" or not any(
            d.dep_ == "dobj" and (d.lemma_.lower() in FORCE_NOUNS | {"fighter", "marine", "personnel"})
            for d in verb.children):
        return None
    return next((c for c in verb.children if c.lower_ == "home" and c.dep_ in ("advmod", "npadvmod", "dobj")), None)


#: places a strike hits that stand on the soil of the state named before them ("Israeli cities",
#: "Syrian territory", "a Syrian airfield"); not what moves ("an Iranian tanker")
LAND_SITES = frozenset({"city", "town", "village", "soil", "territory", "port", "airport", "airfield", "refinery",
                        "oilfield"})
#: posts a force holds, which a state's word before them may name as its owner rather than the land
#: ("U.S. positions in the war-torn country", "the U.S. facility"), except where the sentence says they
#: house others ("Iraqi bases housing U.S. troops")
HELD_SITES = frozenset({"base", "airbase", "facility", "installation", "position", "outpost"})


def site_owners(hit: Iterable["Token"], houses_others: bool) -> Iterator["Token"]:
    """The words naming the state a struck site stands in: "rockets fired at [Israeli] cities", "at two
    [Iraqi] bases housing U.S. troops" (``houses_others``: a post is read only when it holds others)."""
    sites = LAND_SITES | HELD_SITES if houses_others else LAND_SITES
    for h in hit:
        if noun_lemma(h) in sites:
            yield from (c for c in h.children if c.dep_ in ("amod", "compound", "poss"))


#: particles of reducing a force where it is ("draw down", "wind down", "scale back")
DRAWN_DOWN = frozenset({"down", "back"})
#: nouns of reducing a force where it is
DRAWDOWN_NOUNS = frozenset({"drawdown", "draw-down"})


def left_places(trig: "Token") -> Iterator["Token"]:
    """What a withdrawal leaves: "withdrew [from] [Syria]", "pulled out [of] [Kherson]" (the parser
    hangs "of" on "out", as a particle or a preposition)."""
    yield from prep_objects(trig, FROM)
    home = brought_home(trig)
    if home is not None:  # "bring troops home from Afghanistan", "bring the troops in Syria home"
        yield from prep_objects(home, FROM)
        yield from (o for d in trig.children if d.dep_ == "dobj" for o in prep_objects(d, IN))
    if any(c.lower_ in DRAWN_DOWN for c in trig.children if c.dep_ == "prt"):
        # "drew down its forces [in] Iraq", "winding down its presence [in] Afghanistan": forces
        # reduced where they are stand in the place they leave (the parser hangs "in" on either word)
        yield from prep_objects(trig, IN)
        yield from (o for d in trig.children if d.dep_ == "dobj" for o in prep_objects(d, IN))
    if trig.lemma_.lower() in DRAWDOWN_NOUNS:  # "the drawdown [in] Afghanistan", "a drawdown of troops [in] Iraq"
        yield from prep_objects(trig, IN)
        yield from (o for d in prep_objects(trig, OF) for o in prep_objects(d, IN))
    for out in (c for c in trig.children if c.lower_ == "out" and c.dep_ in ("prep", "prt", "advmod")):
        yield from prep_objects(out, OF)
        if out.dep_ == "prt":
            yield from prep_objects(trig, OF)


#: verbs by which armed craft enter another state's airspace or waters
INTRUDING_VERBS = frozenset({"fly", "enter", "breach", "violate", "intrude", "penetrate", "stray", "sail"})


#: the areas a state's airspace or waters are named by ("Taiwan's air defence zone", "Japanese airspace")
INTRUDED_AREAS = frozenset({"airspace", "zone", "waters"})


INTRUDED_PREPS = frozenset({"into", "over", "in"})


def intruded_area(verb: "Token") -> "Token | None":
    """The area of a state that armed craft enter: "Chinese warplanes flew [into] Taiwan's air defence
    [zone]", "Russian bombers entered Japanese [airspace]", "two jets breached Estonian [airspace]"; None
    for any other verb, for craft that are not armed ("a passenger jet") and for an area no state is
    named as owning ("flew into a no-fly zone")."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in INTRUDING_VERBS:
        return None
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is None or part_of(subj).lemma_.lower() not in ARMED_NOUNS or _civil(subj):
        return None
    areas = [c for c in verb.children if c.dep_ == "dobj"] + list(prep_objects(verb, INTRUDED_PREPS))
    return next((a for a in areas if a.lemma_.lower() in INTRUDED_AREAS and any(
        c.dep_ in ("poss", "amod", "compound") and c.ent_type_ in ("GPE", "NORP") for c in a.children)), None)


def _civil(craft: "Token") -> bool:
    """ "a passenger jet", "a civilian aircraft", "commercial planes": no armed craft."""
    return any(c.lemma_.lower() in ("passenger", "civilian", "commercial", "cargo", "private") for c in craft.children)


#: nouns of a campaign of force waged against a party ("the fight against ISIS", "the U.S.-led air
#: campaign against the Islamic State", "Pakistan's war against the Taliban")
CAMPAIGN_NOUNS = frozenset({"fight", "campaign", "war", "battle", "offensive", "counteroffensive", "operation",
                            "struggle"})
ARMED_CAMPAIGN = Trigger("ASSAULT", None, None, 0.75, "rule", "a campaign of force against an armed group")


def armed_campaign(noun: "Token", res: ArgumentResolver, ctx: Discourse) -> bool:
    """Whether ``noun`` names a campaign against an armed group: "the fight against ISIS", "its war
    against the Taliban", "a military campaign against the group" (the group named before). Not one
    against a thing of the group's ("the fight against ISIS propaganda") nor against a state or a
    cause ("the campaign against Huawei", "the war against terror"): those are words or measures."""
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in CAMPAIGN_NOUNS or _unarmed_campaign(noun):
        return False
    return any(_fought_group(o, res, ctx) for o in prep_objects(noun, AGAINST))


#: modifiers of a campaign noun that make it one of words, law or money ("a diplomatic campaign
#: against Hezbollah", "an information war against ISIS", "a media campaign against the Brotherhood")
UNARMED_CAMPAIGNS = frozenset({"diplomatic", "media", "medium", "information", "propaganda", "relation", "political",
                               "legal", "pressure", "lobbying", "economic", "smear", "public", "financial",
                               "messaging", "social", "online", "ideological", "advertising", "ad", "trade",
                               "sanction", "sanctions", "cyber", "psychological", "intellectual", "charm"})


def _unarmed_campaign(noun: "Token") -> bool:
    """Whether a campaign noun's modifiers make it one without arms ("a diplomatic campaign", "a public
    relations campaign", "an information war")."""
    return any(t.lemma_.lower() in UNARMED_CAMPAIGNS for c in noun.children if c.dep_ in ("amod", "compound")
               for t in c.subtree)


def _fought_group(obj: "Token", res: ArgumentResolver, ctx: Discourse) -> bool:
    """Whether ``obj`` names an armed group or its fighters ("ISIS", "Taliban militants", "the group")."""
    if res.mention_of(obj) is None and obj.lemma_.lower() not in ARMED_NOUNS | ARMED_POSTS | FOUGHT_NOUNS:
        return False
    return any(a.kind == "group" for a in res.actors_of(obj, ctx))


#: nouns of a standing state of armed conflict, read as an attack only between two armed sides
#: ("the war between Israel and Hamas", "the conflict between India and Pakistan")
WAR_NOUNS = frozenset({"war", "conflict"})
#: modifiers of such a noun that make it no fighting between its sides ("a trade war between", "the
#: cold war between", "a proxy conflict between Washington and Tehran": others fight it)
UNFOUGHT_WARS = frozenset({"cold", "proxy", "tariff", "currency", "culture", "price", "word", "turf", "bidding",
                           "spy", "shadow", "tech", "technology", "chip"})
#: modifiers that make a "conflict" one of arms ("the escalated conflict between Israel and Palestinian
#: militants", "a full-scale conflict"); a bare conflict is as often a standing dispute ("the conflict
#: between the United States and China over trade")
FOUGHT_CONFLICT_WORDS = frozenset({"armed", "military", "violent", "bloody", "deadly", "escalated", "escalating",
                                   "separatist", "full-scale", "large-scale", "open", "direct", "renewed", "latest",
                                   "continued", "continuing", "ongoing"})
#: the units an episode of fighting is counted in: "the eight-day conflict between Hamas and Israel",
#: "a weeks-long conflict" (a standing dispute is not counted in days)
EPISODE_UNITS = frozenset({"day", "week", "month"})
WAR_BETWEEN = Trigger("ASSAULT", None, None, 0.7, "rule", "a war between two armed sides")


def _fought_conflict(noun: "Token", sides: list["Token"]) -> bool:
    """Whether a "conflict" is one of arms: a modifier says so ("the escalated conflict", "an eight-day
    conflict") or a side is named as a force ("between pro-Russia separatists and Ukrainian forces")."""
    words = {w.strip(",;:()\"'") for c in noun.lefts if c.dep_ in ("amod", "compound", "nmod")
             for w in noun.doc[c.left_edge.i:c.right_edge.i + 1].text.lower().split()}  # ("full-scale": one word)
    counted = any(part.removesuffix("s") in EPISODE_UNITS for w in words for part in w.split("-"))
    return bool(words & FOUGHT_CONFLICT_WORDS) or counted or any(is_fighters(s) for s in sides)


#: the kinds of actor that wage a war ("between Israel and Hamas"), unlike persons ("between Trump and Comey")
WARRING_KINDS = frozenset({"state", "group"})


def war_between(noun: "Token", res: ArgumentResolver, ctx: Discourse) -> bool:
    """Whether a war or conflict noun names fighting between the sides of its "between" phrase: "the
    war between Israel and Hamas", "the escalated conflict between India and Pakistan": two sides,
    states or armed groups of two states (a list of wars between several pairs is left to other
    readings). Not a war of trade or by proxies ("a trade war between the two economies", "the proxy
    conflict between Washington and Tehran", a war "waged in Yemen"), nor one between persons ("the
    war between Merkel and her critics")."""
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in WAR_NOUNS or _unarmed_campaign(noun) or any(
            c.lemma_.lower() in UNFOUGHT_WARS for c in noun.children if c.dep_ in ("amod", "compound")):
        return False
    sides = [s for o in prep_objects(noun, BETWEEN) for s in (o, *o.conjuncts)]
    if noun.lemma_.lower() == "conflict" and not _fought_conflict(noun, sides):
        return False  # "the conflict between Israel and the Palestinians": a standing dispute, no fighting named
    actors = {a.code: a for s in sides for a in res.actors_of(s, ctx)}
    countries = {a.country or a.code for a in actors.values()}
    if len(actors) != 2 or len(countries) != 2 or any(a.kind not in WARRING_KINDS for a in actors.values()):
        return False
    return not _waged_elsewhere(noun, countries, res, ctx)


#: modifiers that single out a war as the one before ("the last war between Israel and Hezbollah"), as a
#: superlative does ("the deadliest war between ..."); not one that names the war of the day
PREVIOUS_WAR_WORDS = frozenset({"last", "previous"})
_NEWEST = frozenset({"latest", "newest"})


def recalled_war(noun: "Token") -> bool:
    """Whether a war noun names a past war recalled, not the news of the day: one singled out by a
    superlative or as the last one, in a clause told in the past tense ("It was the deadliest war
    between Israelis and Palestinians", "the last war between Israel and Hezbollah ended in a
    stalemate"). Not a war under way ("troops remain locked in the longest war in U.S. history"), one
    to come ("this could be the last war between them") or the latest one ("the latest war")."""
    if noun.lemma_.lower() not in WAR_NOUNS:
        return False
    singled = any(c.dep_ == "amod" and c.lower_ not in _NEWEST and (
        c.tag_ == "JJS" or c.lower_ in PREVIOUS_WAR_WORDS or any(a.lower_ in ("most", "least") for a in c.children))
        for c in noun.children)
    verb = next((a for a in noun.ancestors if a.pos_ in ("VERB", "AUX")), None)
    return singled and verb is not None and verb.tag_ == "VBD"


def _waged_elsewhere(noun: "Token", countries: set[str], res: ArgumentResolver, ctx: Discourse) -> bool:
    """Whether a war is said to be waged in a third state ("the war between Saudi Arabia and Iran is
    being waged in Yemen"): a war by proxy, where others do the fighting, not the sides on each other."""
    verb = governing_verb(noun)  # "is being [waged] in Yemen"
    hosts = [noun] + ([verb] if verb is not None else [])
    return any(a.kind == "state" and a.code not in countries
               for h in hosts for o in prep_objects(h, IN) for a in res.actors_of(o, ctx))


#: verbs by which their subject wages a campaign ("waged a war against", "joined the fight against"),
#: unlike those that only speak of one ("questioned the fight against ISIS", "tether the fight to ...")
WAGING_VERBS = frozenset({"wage", "lead", "launch", "mount", "conduct", "carry", "join", "step", "intensify",
                          "escalate", "expand", "begin", "start", "pursue", "prosecute", "continue", "resume",
                          "fight", "win", "lose", "spearhead", "direct", "command", "run", "participate",
                          "engage"})


def waged_by_subject(noun: "Token") -> bool:
    """Whether the verb that governs a campaign noun makes its subject the campaign's doer ("Jordan
    joined the fight against the Islamic State", "has mounted an aggressive campaign against ISIS")."""
    verb = governing_verb(noun)
    return verb is not None and verb.lemma_.lower() in WAGING_VERBS


#: who breaks into computers ("Russian hackers targeted a voting company")
HACKER_NOUNS = frozenset({"hacker", "cyberattacker", "cybercriminal", "hacking"})
#: what makes an attack one on computers ("a cyber war", "the malware attack")
CYBER_WORDS = frozenset({"cyber", "cyber-", "malware", "ransomware", "phishing", "hacking", "hacker", "cyberwar",
                         "ddos", "virus", "worm", "spyware"})
CYBER_ACT = Trigger("COERCE", "cyber", None, 0.8, "rule", "an attack by hackers or on computers")
#: what an act aimed at computers hits ("targeted 76 [email] addresses", "attacked the [computer] servers")
DIGITAL_THINGS = frozenset({"email", "e-mail", "server", "computer", "website", "inbox", "password", "database"})
#: what holds data: "email [accounts]", "computer [systems]", "server [networks]"
DIGITAL_HOLDERS = frozenset({"account", "address", "system", "network", "file", "record", "data"})


def cyber_act(trig: "Token") -> bool:
    """Whether an act read as force is one on computers: its doer is hackers ("Russian hackers
    targeted a Florida company", "hackers broke into Burisma", "was hit by hackers") or its noun
    says so ("waged a cyber war against a software firm", "the malware attack on Saudi Aramco")."""
    doers = [d for d in _doers(trig) if trig.pos_ == "VERB" or d.dep_ != "nsubj"]
    doers += [o for c in trig.children if c.dep_ == "prep" and c.lower_ == "by" and trig.pos_ == "NOUN"
              for o in c.children if o.dep_ == "pobj"]
    if any(_hackers(d) for d in doers):
        return True
    if any(o.lemma_.lower() in CYBER_WORDS for o in prep_objects(trig, WITH)):
        return True  # "attacked South Korea's banks with malware"
    if trig.pos_ == "VERB" and any(_digital(o) for o in trig.children if o.dep_ == "dobj"):
        return True  # "targeted the email accounts of Indian officials": computers hit, no force
    return trig.pos_ == "NOUN" and modified_by(trig, CYBER_WORDS)


def _digital(obj: "Token") -> bool:
    """Whether an attack's object is data or a machine's contents ("the email accounts", "its servers",
    "the website"), not a building named after them ("bombed a computer factory", "a server farm")."""
    if obj.lemma_.lower() in DIGITAL_THINGS:
        return True
    return modified_by(obj, DIGITAL_THINGS) and obj.lemma_.lower() in DIGITAL_HOLDERS


def _hackers(tok: "Token") -> bool:
    """ "hackers", "Russian hackers", "a hacking group", "cyber operatives"."""
    return tok.lemma_.lower() in HACKER_NOUNS or modified_by(tok, CYBER_WORDS)


#: modifiers that make an attack one made in words ("abusive personal attacks on Park", "his campaign
#: attacks against China", "a verbal assault on the press")
WORDED_ATTACK_MODIFIERS = frozenset({"personal", "political", "verbal", "rhetorical", "campaign", "partisan", "abusive",
                                     "racist", "scathing", "vitriolic", "withering", "blistering", "stinging",
                                     "hominem", "media", "twitter"})


def worded_attack(noun: "Token") -> bool:
    """ "responded with abusive personal attacks on President Park", "toned down his campaign attacks
    against China", "political attacks on South Korea": an attack that a modifier says is made in
    words is criticism, not force."""
    return noun.lemma_.lower() in ("attack", "assault") and modified_by(noun, WORDED_ATTACK_MODIFIERS)


#: kinds of test that try no weapon ("an ideological test for immigrants", "a litmus test", "DNA tests")
TEST_KINDS = frozenset({"ideological", "screening", "litmus", "stress", "loyalty", "drug", "dna", "citizenship",
                        "religious", "virus", "coronavirus", "covid", "covid-19", "blood", "driving", "means",
                        "polygraph", "acid", "lie", "character", "purity", "english", "language", "entrance",
                        "pregnancy", "antibody", "genetic", "diagnostic", "crash", "eye", "urine", "paternity"})


def test_of_no_weapon(noun: "Token") -> bool:
    """ "proposed an ideological test", "an ideological screening test", "a litmus test for the
    alliance": a test whose modifier names a kind that is no weapon is no weapons test."""
    return noun.lemma_.lower() == "test" and modified_by(noun, TEST_KINDS)


#: verbs and modifiers by which an attack is only played out ("a drill simulating a strike on Seoul",
#: "a mock attack", "rehearsed an invasion"; "mock" a modifier only: "mocked the attack" ridicules a real one)
SIMULATING_VERBS = frozenset({"simulate", "rehearse", "practice", "practise", "mimic", "imitate"})
SIMULATING_MODIFIERS = frozenset({"simulated", "mock", "practice", "dummy", "imaginary", "fictional"})
#: the attacks a drill may play out
PLAYED_ATTACKS = frozenset({"attack", "strike", "airstrike", "invasion", "bombing", "raid", "assault", "offensive",
                            "bombardment", "shelling", "landing"})


def simulated_attack(noun: "Token") -> bool:
    """ "an artillery drill simulating a strike on Park's office", "the exercise simulates an
    attack on the capital", "a mock invasion": an attack played out in a drill is no attack."""
    if noun.lemma_.lower() not in PLAYED_ATTACKS:
        return False
    if any(c.dep_ == "amod" and c.lower_ in SIMULATING_MODIFIERS for c in noun.children):
        return True
    return noun.dep_ == "dobj" and noun.head.lemma_.lower() in SIMULATING_VERBS


#: the prefixes by which a modifier names what an act is against ("anti-ISIS airstrikes")
AGAINST_PREFIXES = frozenset({"anti", "counter"})
#: the dependencies of a noun's premodifiers that may carry such a prefix
NAME_MODIFIERS = frozenset({"amod", "compound", "nmod"})


def opposed_name(noun: "Token") -> str | None:
    """The name an "anti-"/"counter-" modifier of ``noun`` puts after its prefix: "ISIS" in "anti-ISIS
    airstrikes", "Islamic State" in "the anti-Islamic State campaign", "ISIS coalition" in "anti-ISIS
    coalition airstrikes" (the capitalised words right after the hyphen, which the knowledge base
    reads by their longest name); None without one. (The tagger often calls these words adjectives.)
    Only the noun's own premodifiers are read, never a verb's subject ("Hamas, an anti-Israel group,
    fired rockets at Egypt": Egypt is hit, not Israel)."""
    left = [t for c in noun.lefts if c.dep_ in NAME_MODIFIERS for t in c.subtree]
    for k, t in enumerate(left[:-2]):
        if t.lower_ in AGAINST_PREFIXES and left[k + 1].text == "-" and left[k + 1].i == t.i + 1:
            words: list["Token"] = []
            for w in left[k + 2:]:
                if not w.text[:1].isupper() or w.i != (words[-1].i + 1 if words else left[k + 1].i + 1):
                    break
                words.append(w)
            return " ".join(w.text for w in words) or None
    return None


def played_out(trig: "Token") -> bool:
    """Whether an act of force is only played out: its noun ("a drill simulating a strike") or its
    verb's object ("staged a mock attack on Polish positions") is an attack in a drill."""
    obj = verb_object(trig) if trig.pos_ == "VERB" else None
    return simulated_attack(trig) or (obj is not None and simulated_attack(obj))


#: verbs whose "of"/"with"/"about" object is the act they threaten ("warned of a nuclear strike")
WARNING_VERBS = frozenset({"warn", "threaten"})


def warned_of(noun: "Token") -> bool:
    """ "The North has warned of a nuclear strike against the United States", "threatened South Korea
    with a merciless military strike": the act a warning or a threat names is its content, not an
    act done."""
    prep = noun.head
    return noun.dep_ == "pobj" and prep.lower_ in ("of", "with", "about") and prep.head.pos_ == "VERB" \
        and prep.head.lemma_.lower() in WARNING_VERBS


def attack_called_off(verb: "Token") -> bool:
    """Whether ``verb`` calls off an armed act that is its object: "Trump called off a planned strike
    on Iran", "canceled a retaliatory attack", "scrapped the offensive". What is told is the act, not
    done (the status reads the verb as its denial); the verb refuses no one's request, as calling off
    talks or a visit does."""
    lemma = verb.lemma_.lower()
    off = lemma == "call" and any(c.dep_ == "prt" and c.lower_ == "off" for c in verb.children)
    obj = verb_object(verb) if off or lemma in CANCELLING_VERBS else None
    return obj is not None and names_an_attack(obj)


#: the event types of force, whose doer a label's speaker never is
FORCE_TYPES = frozenset({"ASSAULT", "MOBILIZE", "COERCE", "RETREAT"})


def labels_an_object(noun: "Token") -> bool:
    """ "the United States denounced the launch [as] a missile test", "condemned the strike as an act
    of war": an act named in an "as" phrase of a verb with an object says what that object was; it is
    no act of the verb's subject."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ != "as" or prep.dep_ != "prep" or prep.head.pos_ != "VERB":
        return False
    return verb_object(prep.head) is not None
