"""Visits, venues and crowds: who travels where and from where, the place a meeting is held at (a
venue is no party to it), meetings on the sidelines of another, and the crowd a protest gathers at
a site."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..actors.kb import chamber_seat
from ..types import Actor, Location
from .acts import held_captive
from .args import ArgumentResolver
from .candidate import Candidate
from .meetings import participle_doer
from .tokens import BY, FOR, FROM, OF, TO, nearest_subject, prep_objects

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Token


VISIT_LEMMAS = frozenset({"visit", "head", "travel", "go", "fly", "tour", "arrive", "trip", "land"})


#: generic crowds: the protest's actor is the country it happens in
CROWD_NOUNS = frozenset({"protester", "demonstrator", "people", "crowd", "student", "activist", "resident",
                         "citizen", "worker", "thousand", "hundred", "dozen", "supporter"})


#: verbs of being at a place (not of going to one: "traveling to Seoul, X said" speaks en route)
STAYING = frozenset({"visit", "tour", "arrive", "land"})


#: private people whose journeys are no state's visit ("Dutch citizens traveling to Syria", "British
#: doctors visiting Pakistan", "American tourists visited Cuba")
PRIVATE_TRAVELLERS = CROWD_NOUNS | frozenset({
    "national", "traveler", "traveller", "tourist", "expatriate", "doctor", "nurse", "journalist", "reporter",
    "pilgrim", "volunteer", "fighter", "jihadist", "migrant", "refugee", "businessman", "athlete",
    "player", "fan", "family", "scientist", "child", "man", "woman", "civilian", "teenager",
})


def private_visit(cand: Candidate) -> bool:
    """Whether a visit read off a verb of travel is made by private people, no state's: its doer (the
    verb's subject or the noun its participle describes) is a common noun of such people ("Dutch
    [citizens] traveling to Syria", "British [doctors] visiting Pakistan")."""
    tok = cand.trigger
    if cand.trig.type != "CONSULT" or tok.pos_ != "VERB" or tok.lemma_.lower() not in VISIT_LEMMAS:
        return False
    doer = nearest_subject(tok) or participle_doer(tok)
    return doer is not None and doer.pos_ == "NOUN" and doer.lemma_.lower() in PRIVATE_TRAVELLERS


def stays(head: "Token") -> list["Token"]:
    """Clauses that say where the doer of ``head`` was: "[While visiting] Beijing, X warned Y",
    "[Addressing] the U.N. General Assembly, X threatened Y", "X, who [was visiting] Baghdad, urged Y"."""
    subjects = [c for c in head.children if c.dep_ == "nsubj"]
    return ([c for c in head.children if c.dep_ == "advcl" and c.lemma_.lower() in STAYING | {"address"}]
            + [c for s in subjects for c in s.children if c.dep_ == "relcl" and c.lemma_.lower() in STAYING])


def visitor_among_hosts(cand: Candidate, hosts: list[Actor]) -> Actor | None:
    """The visitor of a visit that names none, when it sits among its hosts: a person named after the
    first host, which is a place or a body ("During a recent visit to Washington, Jordan's King
    Abdullah II, called ...": the parser hangs the clause's subject on "Washington"), so that the
    host does not stand in for the visitor; ``None`` for another event, or hosts that are all places
    or bodies ("a visit to Japan and South Korea": whose visit, the text does not say)."""
    if cand.trig.mode != "visit" or cand.source or len(hosts) < 2 or hosts[0].kind == "person":
        return None
    return next((a for a in hosts[1:] if a.kind == "person" and a.code != hosts[0].code), None)


#: the edges of a gathering, where its guests meet: "on the sidelines of the G20 summit"
SIDELINES = frozenset({"sideline", "sidelines", "margin", "margins"})


def on_sidelines(prep: "Token") -> bool:
    """ "[on] the sidelines of the G20 summit", "[at] the margins of ...": the phrase places a meeting at
    the edges of a gathering."""
    return prep.lower_ in ("on", "at") and any(o.lemma_.lower() in SIDELINES for o in prep.children)


def since_phrase(prep: "Token") -> bool:
    """A "since" phrase: an earlier time, whose places are an earlier event's, not where this one is: "its most direct assault
    on America [since] the 1979 seizure of the U.S. Embassy in Tehran"."""
    return prep.dep_ == "prep" and prep.lower_ == "since"


#: nouns of a stay somewhere, and the words that put an act within one ("[during] a visit to Hanoi",
#: "[made] a trip to Kyiv")
STAY_NOUNS = frozenset({"visit", "trip", "stop", "stopover"})


WITHIN_STAY = frozenset({"during", "on", "in", "make", "pay"})


def visit_word(tok: "Token") -> bool:
    """A stay in which an act took place, whose "to" names where: "[made] a visit to Kyiv", "[during]
    a trip to Hanoi"; not a verb deeper in the phrase, which is another act ("held talks in Riyadh
    before flying to Abu Dhabi"), nor a trip called off ("canceled trips to the United States")."""
    return (tok.pos_ == "NOUN" and tok.lemma_.lower() in STAY_NOUNS and tok.dep_ in ("pobj", "dobj")
            and tok.head.lemma_.lower() in WITHIN_STAY)


def set_out_from(prep: "Token", lemma: str) -> bool:
    """ "arrived in Abu Dhabi [from] Riyadh", "flew in from Washington": where a journey set out
    from is no party to the visit it makes."""
    return prep.lower_ == "from" and lemma in VISIT_LEMMAS


#: gatherings of a body that a meeting of others may be held at ("talks at the NATO summit")
GATHERING_NOUNS = frozenset({"summit", "meeting", "ministerial", "conference", "forum", "gathering", "session"})


VENUE_PREPS = frozenset({"at", "during"})


#: the United Nations as a venue's whole name ("at the United Nations", "at the U.N.")
UN_NAMES = frozenset({"united nations", "u.n.", "un"})
_UN = Actor("UN", "United Nations", "organization")
#: prepositions that place a U.N. gathering somewhere of its own ("a Security Council meeting in Addis Ababa")
_ELSEWHERE = frozenset({"in", "at", "near"})


def un_venue(obj: "Token") -> Location | None:
    """New York, where the United Nations sits, for the object of an occasion's phrase that names it or
    one of its chambers: "at the United Nations", "at a Security Council meeting", "during a U.N.
    General Assembly session"; none for a phrase that places it elsewhere ("at a Security Council
    meeting in Addis Ababa") or names another of its bodies ("at a U.N. conference")."""
    phrases = [t for t in obj.subtree if t.dep_ == "prep"]  # "a Security Council meeting [on Monday]"
    if obj.head.lower_ not in VENUE_PREPS or any(p.lower_ in _ELSEWHERE for p in phrases):
        return None
    inner = {t for p in phrases for t in p.subtree}
    words = " ".join(t.text for t in obj.subtree if t.dep_ != "det" and t not in inner)
    if words.lower() in UN_NAMES:
        return chamber_seat(_UN, "Security Council")
    return chamber_seat(_UN, words)


#: events two sides come to at a gathering of others: talks held, a deal reached, work agreed there
VENUE_TYPES = frozenset({"CONSULT", "AGREE", "COOPERATE"})


def drop_venue_bodies(cand: Candidate, res: ArgumentResolver) -> None:
    """ "Japan and India held talks at the G20 summit", "the US and China reached a compromise on the
    sidelines of the G20 summit": a body whose gathering is where two others meet or agree is the venue,
    not a party (with fewer than two others, it stays: "met at a NATO session")."""
    if cand.trig.type not in VENUE_TYPES:
        return
    venues = [o for t in (cand.trigger, *(c for c in cand.trigger.children if c.dep_ == "dobj"))
              for o in (*prep_objects(t, VENUE_PREPS), *_sideline_gatherings(t)) if _gathering(o)]
    bodies = {a.code for o in venues for a in res.actors_in(o) if a.kind in ("organization", "group")}
    rest = {a.code for a in cand.source + cand.target + cand.others} - bodies
    if not bodies or len(rest) < 2:
        return
    cand.target[:] = [a for a in cand.target if a.code not in bodies]
    cand.others[:] = [a for a in cand.others if a.code not in bodies]
    if not cand.target and cand.others:
        cand.target.append(cand.others.pop(0))
    if not cand.target and len(cand.source) > 1:  # "the US and China reached ...": one with the other
        cand.target.append(cand.source.pop())


def _sideline_gatherings(tok: "Token") -> list["Token"]:
    """The gathering whose edges a phrase of ``tok`` places it at: "[on the sidelines of] the G20 summit"."""
    return [g for p in tok.children if p.dep_ == "prep" and on_sidelines(p)
            for edge in p.children if edge.dep_ == "pobj" for g in prep_objects(edge, OF)]


def _gathering(noun: "Token") -> bool:
    """ "the NATO summit", "the Group of 20 summit" (the parser heads it "Group")."""
    return noun.lemma_.lower() in GATHERING_NOUNS or any(
        o.dep_ == "pobj" and o.lemma_.lower() in GATHERING_NOUNS for p in noun.children if p.lower_ == "of"
        for o in p.children)


def drop_venue_visits(cands: list[Candidate]) -> list[Candidate]:
    """ "will go to Helsinki for a meeting with Putin": the trip's host is only the venue of the
    meeting it is for; the meeting, with its own parties, is the event."""
    by_tok = {c.trigger.i: c for c in cands}
    return [c for c in cands if not any(_meets_elsewhere(c, by_tok.get(o.i)) for o in prep_objects(c.trigger, FOR))]


def _meets_elsewhere(trip: Candidate, purpose: Candidate | None) -> bool:
    """Whether a trip's purpose is a meeting with others than the place the trip goes to."""
    if purpose is None or purpose.trig.type != "CONSULT" or trip.trigger.lemma_.lower() not in VISIT_LEMMAS:
        return False
    own = trip.source_codes()
    hosts = {a.code for a in trip.target} - own
    met = {a.code for a in purpose.source + purpose.target + purpose.others}
    return bool(hosts) and bool(met - own) and hosts.isdisjoint(met)


#: where a crowd protests at a state: its mission ("outside the US embassy", "in front of the consulate")
SITE_NOUNS = frozenset({"embassy", "consulate", "mission", "legation"})


SITE_PREPS = frozenset({"outside", "at", "near", "before", "around", "to"})


def crowd_of(verb: "Token") -> "Token | None":
    """The crowd that does ``verb``: its subject ("protesters stormed"), or the noun it is a clause of
    where the parser made it one ("[Hundreds] of people protested"); None when that is no crowd."""
    who = nearest_subject(verb)
    if who is None and verb.dep_ == "acl":
        who = verb.head
    if who is None or who.dep_ == "nsubjpass" or who.lemma_.lower() not in CROWD_NOUNS or held_captive(verb):
        return None
    return who


def marching_crowd(verb: "Token") -> bool:
    """Whether those who march are a crowd: "tens of thousands of protesters marched", "Egyptians
    marched in the streets"; not leaders, soldiers or an armed group ("Macron and other leaders
    marched up the Champs-Elysees", "ISIS marched on Baghdad": a procession, an advance)."""
    who = nearest_subject(verb)
    if who is None or who.dep_ == "nsubjpass":
        return False
    return _crowd(who)


def shown_not_demonstrated(verb: "Token") -> bool:
    """Whether "demonstrate" means "show": it has what is shown, an object or a clause ("his
    bankruptcies demonstrate the limits of his gut", "the moves demonstrate that Putin wants a
    buffer"); a demonstration, the protest, takes none ("thousands demonstrated outside the embassy",
    "demonstrated against the visit")."""
    return any(c.dep_ in ("dobj", "ccomp") for c in verb.children)


def _crowd(who: "Token") -> bool:
    """Whether the phrase at ``who`` names a crowd: "tens of thousands of protesters", "Egyptians"."""
    return any(w.lemma_.lower() in CROWD_NOUNS or (w.ent_type_ == "NORP" and w.tag_ in ("NNS", "NNPS"))
               for w in who.subtree)


def protest_makers(noun: "Token") -> list["Token"]:
    """Who made the protest a noun names, where none of them is a crowd: its "by"/"from" objects
    ("despite protests by Canadian and European leaders", "a protest from the State Department");
    none for "protests by Iranian citizens", "by millions of Egyptians" (a crowd demonstrating), a
    possessor ("Iraq's protests": the country's streets as often as its government) or a protest one
    acts "in" ("resigned in protest from the State Department": left it, protesting)."""
    if noun.dep_ == "pobj" and noun.head.lower_ == "in":
        return []
    makers = list(prep_objects(noun, BY | FROM))
    return makers if not any(_crowd(m) for m in makers) else []


def crowd_at_site(verb: "Token") -> bool:
    """Whether a crowd demonstrates at a mission: "thousands rallied outside the US embassy"."""
    return crowd_of(verb) is not None and any(protest_site(p) is not None for p in verb.children if p.dep_ == "prep")


#: what protesters burn or trample to name whom they protest ("burned American flags", "pictures of Trump")
LIKENESS_NOUNS = frozenset({"flag", "effigy", "poster", "picture", "portrait", "photo", "photograph", "image"})
DEFILING_VERBS = frozenset({"burn", "trample", "stomp", "tear", "deface"})


#: what a crowd shouts to name whom it protests: "chanted 'Death to America'"
CHANTING_VERBS = frozenset({"chant", "shout", "scream", "yell", "cry", "roar"})


def _chanted_against(verb: "Token") -> list["Token"]:
    """Whom a chant wishes dead: "chanted 'Death to [America]'", "shouting 'Death to the [U.S.]'"."""
    if verb.lemma_.lower() not in CHANTING_VERBS:
        return []
    return [o for d in verb.children if d.dep_ == "dobj" and d.lower_ == "death" for o in prep_objects(d, TO)]


def burned_likenesses(verb: "Token") -> list["Token"]:
    """Whom a protest's flags or likenesses burned name: "protested in Gaza City, burning [pictures of
    [Trump]]", "burned [American] flags" (the likeness itself, its premodifier naming the state), or
    whom its chant wishes dead ("chanted 'Death to [America]'"); the protest verb's own burning or
    chant or that of a participle in its clause ("..., burning ..."; a verb conjoined, "... and burned
    ...", is read as its own act)."""
    verbs = [verb, *(c for c in verb.children if c.dep_ == "advcl" and c.pos_ == "VERB")]
    things = [o for v in verbs if v.lemma_.lower() in DEFILING_VERBS
              for d in v.children if d.dep_ == "dobj" for o in (d, *(c for c in d.children if c.dep_ == "conj"))]
    likes = [t for t in things if t.lemma_.lower() in LIKENESS_NOUNS]
    chanted = [o for v in verbs for o in _chanted_against(v)]
    return [o for t in likes for o in (list(prep_objects(t, OF)) or [t])] + chanted


def protest_site(prep: "Token") -> "Token | None":
    """The mission a protest's preposition places it at: "[outside] the US embassy", "[in] front of the
    British embassy", "marched [to] the consulate"; None for any other place."""
    objs = [o for o in prep.children if o.dep_ == "pobj"]
    if prep.lower_ == "in":
        objs = [oo for o in objs if o.lower_ == "front" for oo in prep_objects(o, OF)]
    elif prep.lower_ not in SITE_PREPS:
        return None
    return next((o for o in objs if o.lemma_.lower() in SITE_NOUNS), None)


#: what one returns "to" that is no place: a state of affairs ("returned to Chinese rule")
RULE_NOUNS = frozenset({"rule", "control", "power", "sovereignty", "fold", "normal", "normalcy", "normality"})


def handed_back(verb: "Token") -> bool:
    """Whether "return" hands something back or comes back under a rule, no journey: "unless the
    country returns Crimea to Ukraine" (an object returned), "when it returned to Chinese rule"."""
    if verb.lemma_.lower() != "return" or verb.pos_ != "VERB":
        return False
    if any(c.dep_ == "dobj" for c in verb.children):
        return True
    return any(o.lemma_.lower() in RULE_NOUNS for o in prep_objects(verb, TO))


def counted_people(obj: "Token") -> bool:
    """Whether a host's object is a number of people, no guests: "has received about 1,500 Syrians",
    "hosts 3 million Syrians" (refugees, not a delegation)."""
    return obj.tag_ in ("NNS", "NNPS") and any(c.dep_ == "nummod" for c in obj.children)

