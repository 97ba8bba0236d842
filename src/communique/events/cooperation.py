"""Who takes part in a meeting or in cooperation, read off the prepositions around its trigger.

A meeting's "on", "about", "over" name its subject matter ("talks on Ukraine"); cooperation's name
what is shared or worked on, and its "against" the foe it is aimed at ("shared information about
the ISIS fight with Lavrov", "the US will share intelligence on Iran with Israel", "cooperating with
Russia against ISIS"): none of them is a party. Only "with" (or "between") names the partner."""
from __future__ import annotations

from typing import TYPE_CHECKING

from .lexicon import Trigger
from .tokens import AGAINST, INTO, OF, TO, WITH, prep_objects

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Token

#: prepositions that give a meeting's or a joint act's subject matter, not a participant ("talks on Ukraine")
TOPIC_PREPS = frozenset({"about", "on", "over", "regarding", "concerning"})
#: prepositions that give only what a request is about, never whom it asks ("seeking information [about]
#: the Russian hackers", "requested details [regarding] Iran's plan", "urged them to enforce a no-fly zone
#: [over] Syria", "seek reassurances [over] the backstop": the one asked is another)
MATTER_PREPS = frozenset({"about", "regarding", "concerning", "over"})
#: what cooperation is aimed at: a foe, no partner ("cooperate with Russia against ISIS")
AIM_PREPS = AGAINST


def names_no_party(type_: str, prep: "Token", trigger: "Token | None" = None) -> bool:
    """Whether preposition ``prep`` of a trigger of ``type_`` names no party to the act: the subject
    matter of a meeting ("talks [on] Ukraine") or of cooperation ("share intelligence [on] Iran with
    Israel"), the foe a meeting or cooperation is aimed at ("united [against] Iran", "cooperating with
    Russia [against] ISIS"), and the foe of
    an act asked for, named by a noun or by the verb asked to do it: whom it is "against" is not the one
    asked ("pushed for strikes [against] Syria", "asked for Western intervention [against] IS", "urged
    Muslim nations to unite [against] Iran": Syria, IS and Iran are asked nothing). Not the appeal verb's
    own "against" (``trigger``, the verb read as the appeal): "urged [against] Britain leaving" asks
    Britain, as "warned against" warns its doer. What a request is about (``MATTER_PREPS``) names no
    party either: "sought information [about] the suspects" asks the public, not the suspects. A caller
    that names no trigger keeps a verb's "against" as a party, as before the appeal verb was told apart."""
    word = prep.lower_
    if type_ == "CONSULT":
        return word in TOPIC_PREPS | AIM_PREPS
    if type_ == "REQUEST":
        return word in MATTER_PREPS or (word in AIM_PREPS and (
            prep.head.pos_ != "VERB" or (trigger is not None and prep.head is not trigger)))
    return type_ == "COOPERATE" and word in TOPIC_PREPS | AIM_PREPS


#: verbs that hand things over to another party ("sent rifles to the Kurds", "supplied the rebels with tanks",
#: "sold weapons to Taiwan": arms sold are arms given, AID as the annotators read it, no trade cooperation)
HANDING_VERBS = frozenset({"send", "supply", "provide", "deliver", "ship", "transfer", "sell"})
#: arms a state hands to a partner (AID); aircraft and warships sent are deployments (verbs.tsv: MOBILIZE)
ARMS_NOUNS = frozenset({"rifle", "ammunition", "missile", "munition", "artillery", "rocket", "helicopter", "tank",
                        "launcher", "grenade", "howitzer", "javelin", "drone", "weapon", "arm"})
#: what makes equipment or a system arms ("military equipment", "air defense systems")
ARMS_MODIFIERS = frozenset({"military", "defense", "defence", "missile", "lethal", "weapon", "weapons"})
ARMS_HANDED = Trigger("AID", None, None, 0.8, "rule", "arms handed to another party")


def arms_handed(verb: "Token", obj: "Token | None") -> bool:
    """Whether ``verb`` hands arms to a party: a verb of handing over whose object (or one of the
    things listed with it) is arms, given [to] someone ("sending assault rifles, ammunition and
    antitank weapons [to] Kurdish forces", "delivered the S-300 missile system [to] Iran"), or whose
    object is supplied [with] arms ("supplying the rebels [with] tanks"). Not arms fired [into] or
    [toward] a place ("sent rockets into Israel": an attack's), nor with no receiver named."""
    if verb.lemma_.lower() not in HANDING_VERBS or obj is None:
        return False
    if _arms(obj):
        return any(True for h in (verb, obj) for _ in prep_objects(h, TO)) or any(
            c.dep_ == "dative" for c in verb.children)
    return any(_arms(o) for o in prep_objects(verb, WITH))


#: verbs that build up another party's forces (AID: "arm and train Syrian rebels", "train and advise Afghan forces",
#: "train, advise and assist the Iraqi army": the last verb holds the shared object)
FORCE_BUILDING_VERBS = frozenset({"arm", "train", "equip", "advise", "assist"})
#: the forces they build ("Iraqi troops", "moderate rebels", "the Peshmerga")
FORCE_NOUNS = frozenset({"force", "troop", "soldier", "fighter", "rebel", "army", "military", "police", "officer",
                         "personnel", "militia", "opposition", "unit", "tribe"})
FORCES_BUILT = Trigger("AID", None, None, 0.8, "rule", "another party's forces armed, trained or equipped")


def forces_built(verb: "Token", obj: "Token | None") -> bool:
    """Whether ``verb`` is one of two or more coordinated verbs that build up a party's forces and
    holds their shared object ("[arm] and [train] Syrian rebels", "training and [advising] Iraqi
    troops", "to train and [equip] the Peshmerga"): military aid, which the learned reader, seeing one
    token of an unfamiliar pair, calls none. The conjunct without the object adds no event of its own."""
    if verb.lemma_.lower() not in FORCE_BUILDING_VERBS or obj is None:
        return False
    if not any(c.lemma_.lower() in FORCE_BUILDING_VERBS for c in (*verb.conjuncts, verb.head) if c is not verb
               and c.pos_ == "VERB" and (c.head is verb or verb.dep_ == "conj")):
        return False
    return obj.lemma_.lower() in FORCE_NOUNS or obj.pos_ == "PROPN"


#: verbs that promise a thing to another party ("pledged $200 million to Jordan")
PLEDGING_VERBS = frozenset({"pledge", "promise"})
#: what a pledge of aid names besides a sum of money ("promised humanitarian aid to Syria")
AID_NOUNS = frozenset({"aid", "assistance", "funding", "grant", "loan", "relief"})
AID_PLEDGED = Trigger("AID", None, None, 0.8, "rule", "money or aid pledged to another party")


def aid_pledged(verb: "Token", obj: "Token | None") -> bool:
    """Whether ``verb`` pledges money or aid: "pledged $200 million to King Abdullah for the refugees",
    "promised $60 million in aid for Syrian rebels", "pledged humanitarian assistance to Nepal" is aid
    promised (AID, as the annotators read it), not a promise of cooperation (AGREE)."""
    if verb.lemma_.lower() not in PLEDGING_VERBS or obj is None:
        return False
    return obj.ent_type_ == "MONEY" or obj.lemma_.lower() in AID_NOUNS


#: what carries aid sent ("a humanitarian convoy", "an aid ship", "a shipment of medical supplies"): the
#: carrier is aid when its words say so, else it may be a deployment ("sent a convoy of tanks")
AID_CARRIERS = frozenset({"convoy", "shipment", "ship", "plane", "flight", "truck", "consignment", "cargo",
                          "airlift", "delivery"})
#: what makes a carrier one of aid ("a [humanitarian] convoy", "a convoy of [aid]", "a shipment of [medicine]")
AID_GOODS = AID_NOUNS | frozenset({"humanitarian", "supply", "supplies", "food", "medicine", "medical"})
#: a carrier's own kind, not its goods: "a [supply] ship", "[supply] trucks" carry a force's stores (a
#: deployment: "sent supply ships to its base in Syria"); only "a shipment [of] supplies" names goods
SUPPLY_WORDS = frozenset({"supply", "supplies"})
AID_SENT = Trigger("AID", None, None, 0.8, "rule", "a convoy or shipment of aid sent to another party")


def aid_sent(verb: "Token", obj: "Token | None") -> bool:
    """Whether ``verb`` hands over a carrier of aid: "will send a second [humanitarian convoy] to Ukraine",
    "sent another [convoy] of aid into the country", "sent a [shipment] of medical supplies to Gaza": aid
    given (AID), not a deployment (MOBILIZE) nor an envoy sent (CONSULT). Only with a receiver named."""
    if verb.lemma_.lower() not in HANDING_VERBS or obj is None or obj.lemma_.lower() not in AID_CARRIERS:
        return False
    marks = [c for c in obj.children if c.dep_ in ("amod", "compound") and c.lemma_.lower() not in SUPPLY_WORDS] \
        + list(prep_objects(obj, OF))
    if not any(m.lemma_.lower() in AID_GOODS or m.lower_ in AID_GOODS for m in marks):
        return False
    return any(True for h in (verb, obj) for _ in prep_objects(h, TO | INTO)) or any(
        c.dep_ == "dative" for c in verb.children)


def pledge_of(trigger: "Token") -> bool:
    """Whether an aid trigger is a pledge: the pledging verb itself ("promised $60 million in aid",
    ``aid_pledged``) or the aid its object names ("pledged $15 million [in] humanitarian assistance",
    "pledged humanitarian [aid] to Nepal"). The aid is still to be given when the pledge is made."""
    if trigger.lemma_.lower() in PLEDGING_VERBS:
        return True
    thing = trigger.head.head if trigger.dep_ == "pobj" and trigger.head.lower_ in ("in", "of") else trigger
    return thing.dep_ == "dobj" and thing.head.lemma_.lower() in PLEDGING_VERBS


#: verbs by which a government lets a sale go ahead ("approved a $115 billion arms sale to the Saudis")
APPROVING_VERBS = frozenset({"approve", "authorize", "authorise", "clear"})
#: what is approved when arms are sold ("an arms sale", "a weapons package", "an arms deal with Y")
SALE_NOUNS = frozenset({"sale", "deal", "package", "transfer"})
#: craft that are arms when sold, though sent they are a deployment ("the sale of F-16 fighter jets to Taiwan")
SOLD_CRAFT = frozenset({"jet", "fighter", "aircraft", "warplane", "warship", "submarine", "frigate"})
ARMS_SALE_APPROVED = Trigger("AID", None, None, 0.8, "rule", "an arms sale approved")


def arms_sale_approved(verb: "Token", obj: "Token | None") -> bool:
    """Whether ``verb`` approves a sale of arms: "the administration approved an ever bigger, $115 billion
    arms sale to the Saudis", "approve a $500 million arms package for the Syrian opposition": arms
    sold are arms given (AID, as ``HANDING_VERBS``), not the backing of a policy (SUPPORT)."""
    if verb.lemma_.lower() not in APPROVING_VERBS or obj is None or obj.lemma_.lower() not in SALE_NOUNS:
        return False
    return any(c.dep_ in ("compound", "amod") and (_arms_noun(c) or c.lower_ in ARMS_MODIFIERS)
               for c in obj.children) or any(_arms(o) or o.lemma_.lower() in SOLD_CRAFT for o in prep_objects(obj, OF))


def _arms(thing: "Token") -> bool:
    """A noun phrase of arms, or a list with arms in it ("tanks, trucks and military advisers")."""
    return any(_arms_noun(t) for t in (thing, *thing.conjuncts) if t.pos_ in ("NOUN", "PROPN"))


def _arms_noun(noun: "Token") -> bool:
    if noun.lemma_.lower() in ARMS_NOUNS:
        return True
    return noun.lemma_.lower() in ("equipment", "system", "hardware") and any(
        c.lower_ in ARMS_MODIFIERS for c in noun.children if c.dep_ in ("amod", "compound"))


#: verbs of buying and selling goods: commerce, which the lexicon (CAMEO PURCHASE, TRADE) reads as
#: cooperation. Alone they report no cooperation between states ("a tariff on everything Americans
#: [buy] from China", "they [buy] all sorts of my stuff", "China will continue to [trade] with the
#: United States", "has [traded] insults and threats with Kim"); what they say is an event only as
#: the content of another act, which takes its parties ("agreed to [purchase] Russian air defence
#: systems": AGREE with Russia). Arms bought from a state stay the cooperation they were ("India bought S-400
#: systems from Russia"), as arms sold are AID (``HANDING_VERBS``).
COMMERCE_VERBS = frozenset({"buy", "purchase", "import", "trade"})


def commerce_only(type_: str, trigger: "Token") -> bool:
    """Whether an event of ``type_`` is only commerce said by its verb: cooperation read off a verb of
    buying or trading (``COMMERCE_VERBS``), which reports no event of its own."""
    return type_ == "COOPERATE" and trigger.pos_ in ("VERB", "AUX") and trigger.lemma_.lower() in COMMERCE_VERBS \
        and not any(_arms_noun(o) for o in trigger.children if o.dep_ == "dobj")  # "bought S-400 systems from Russia"


__all__ = ["AID_NOUNS", "AID_PLEDGED", "AID_SENT", "AIM_PREPS", "ARMS_HANDED", "ARMS_SALE_APPROVED", "COMMERCE_VERBS", "FORCES_BUILT",
           "MATTER_PREPS", "TOPIC_PREPS", "aid_pledged", "aid_sent", "arms_handed", "arms_sale_approved", "commerce_only",
           "forces_built", "names_no_party",
           "pledge_of"]
