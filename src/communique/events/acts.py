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
from .tokens import INTO, part_of, prep_objects

if TYPE_CHECKING:
    from spacy.tokens import Token

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
    return gerund.tag_ == "VBG" and gerund.dep_ == "xcomp" and gerund.head.lemma_.lower() in ASPECT_VERBS


#: verbs by which a force enters land ("troops entered the town", "forces moved into southern Ukraine")
ENTERING_VERBS = frozenset({"enter", "move", "roll", "pour", "sweep", "push", "advance", "storm", "march"})
#: forces that enter land
LAND_FORCES = frozenset({"troop", "force", "soldier", "army", "tank", "militant", "fighter", "unit", "commando",
                         "paratrooper", "marine", "column", "convoy", "battalion", "brigade", "division", "rebel",
                         "insurgent", "militia", "jihadist", "gunman"})
INCURSION = Trigger("ASSAULT", None, None, 0.7, "rule", "an armed force entering another state's land")


def entered_land(verb: "Token") -> "Token | None":
    """The land an armed force enters: "Russian troops entered [Ukraine]", "entered Ukrainian
    [territory]", "forces moved into southern [Ukraine]", "ISIS fighters swept into [Ramadi]"; None for
    another verb, for who is no armed force ("refugees entered Turkey", "he entered the room") and,
    but for "enter", without "into" ("troops moved forward"). Whose land it is, and whether it is the
    force's own, the place decides (``EventExtractor._place_as_target``)."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in ENTERING_VERBS:
        return None
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is None or part_of(subj).lemma_.lower() not in LAND_FORCES:
        return None
    lands = list(prep_objects(verb, INTO))
    if verb.lemma_.lower() == "enter":
        lands += [c for c in verb.children if c.dep_ == "dobj"]
    return next((o for o in lands if o.pos_ == "PROPN" or o.ent_type_ in ("GPE", "LOC")
                 or o.lemma_.lower() in GROUND_NOUNS), None)


__all__ = ["ASPECT_VERBS", "ATTACK_NOUNS", "GROUND_NOUNS", "INCURSION", "TAKEN_THROUGH", "act_under_way",
           "entered_land", "names_a_thing", "names_an_attack", "taken_through"]
