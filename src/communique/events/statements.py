"""Statements whose wording the verb lexicon does not read by itself (session 10, rec13).

- An appeal to act: "encouraged Iran to comply", "we encourage China to address the concerns" is
  the speaker's REQUEST to the one encouraged (PLOVER: requests, appeals and urgings), not the
  backing of an act that CAMEO's "encourage" reads; a cause that encourages ("the withdrawal could
  encourage Iran to ...", "pressure encouraged Russia to ...") asks nothing; an office ("the German
  government encouraged Y to ...") is no cause. "told Y to leave" is an appeal too (``told_to_act``),
  though "tell" is otherwise a reporting verb.
- Regret voiced over another side's act: "Seoul voiced regret over Tokyo's decision" disapproves of
  it (ACCUSE); regret for one's own act, or over a thing no side named owns, stays the manual's
  CONCEDE.
- A declared readiness to answer another side: "is ready to respond to any attack by Y", "stands
  prepared to take action against Y", "is ready to defend itself against Y" is a THREATEN, as a
  readiness for a hostile act already was ("ready to strike").
- An act expected of another side: "the United States expects China to take immediate action",
  "Russia expects Tillerson to explain" asks it of them (REQUEST); not a forecast: a past
  expectation ("officials expected the U.S. to increase pressure"), an expected act of conflict
  ("expects China to retaliate"), a state or fate ("expect X to be crude", "to face trouble"), a
  negated or modal expectation ("doesn't expect", "should not expect").
- A stance taken in words, named by a gerund of the act it was done in or by: "joined Y in
  condemning the test", "sided with Y by labeling Z a funder of terrorism", "held no punches in
  criticizing Z": the words were said (an event), not an activity named ("succeeded in launching",
  "interested in criticizing Z").
- A resolve not to hold back: "will not hesitate to take action against Y", "won't hesitate to
  sanction countries that ..." is a THREATEN made as it is said (not a negated act), when the act
  is hostile or answers another side; "does not hesitate to" (a habit) and "did not hesitate"
  (a past) are no threat.
- The thing a condemnation names through a label: "condemned what he called an act of aggression
  by Y", "criticized what he called the rogue regimes of Y and Z": the accused is whoever the
  label names as doer or owner, not the pronoun "what".
- A request named by a noun: "Canada's demand that the Saudis free the activists", "the
  administration's call for North Korea to avoid provocations", "an appeal to Y to ...": the one
  asked is the subject of the clause the noun governs, or its "to" object; the asker its owner.
  A verb of appeal asks the same way through a "for" clause: "called for Israel to release them".
- A claim labelled untrue: "called the charges groundless", "called Y's accusations a lie" rejects
  the claim (REJECT of its owner), where other disapproving labels accuse.
- A commitment to give ground (talk17): "Israel agreed to release 104 prisoners", "promised to lift
  the sanctions", "offered to withdraw its troops" is a verbal concession (CONCEDE: the act is not yet
  done, RETREAT is the deed), and so is a hostile act forsworn: "pledged not to deploy missiles",
  "agreed to refrain from nuclear tests" (no THREATEN: the commitment is not to act). "threaten" and
  "warn" commit to nothing given: "threatened not to renew the waiver" stays a threat.
- An act done in answer (talk17): "Iran retaliated by firing missiles at U.S. bases", "India responded
  by slapping tariffs on U.S. goods", "China responded by demanding that the U.S. end its patrols":
  the gerund under the "by" of a verb of answering reports the act the answer was, not an activity
  named (as "succeeded in launching" names one).
- A warning that tells a fact (talk17): "Ankara warned Brussels that he was a militant", "Iran warned
  the United States that the deal is not realistic" is no threat, to whomever it is addressed: its
  that-clause states what is or was (a copula or passive in the present or past, no modal), no act
  to come, no condition, no readiness ("warned that it is ready to strike") and no options on the
  table (``stated_fact``; an unaddressed forecast was no threat already: ``EventExtractor._foretold``).
- What is asked of a side through "from" (talk17): "China called for a moderate response from the
  United Nations", "asked for help from the United States", "asked for further assurances from the
  United States": the side the thing asked for is to come from is the one asked; only for things a
  side gives or says (help, a response, assurances), not a place left ("called for the expulsion of
  the operatives from the UK").
- A label given as a second object (talk17): "Kim responded by calling Trump a 'frightened dog'" (the
  parser hangs both nouns on the verb as objects) is a label like "called Trump 'a dotard'": naming,
  no phone call.
- The speaker of an absolute "with" phrase the parser split (talk17): "The bombardment has drawn
  criticism, with President Obama on Friday accusing Russia of slaughtering civilians" (the gerund
  made a clause of the main verb, its subject the preposition's object) is the "with" object, not
  the main clause's subject.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..types import Actor
from .candidate import Candidate
from .classes import QUAD_CLASS
from .conditions import HOSTILE_CONTENT
from .discourse import OFFICE_WORDS
from .force import FORCE_NOUNS
from .lexicon import Trigger
from .measures import expelled_from
from .mutual import mutual_act
from .status import FUTURE_AUX, for_to_clause, future_aux, rule_out_denied
from .tokens import AS, BY, FOR, FROM, OF, WITH, is_passive, modified_by, prep_objects, preps_named

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Token

    from .args import ArgumentResolver, Discourse
    from .lexicon import Lexicon

APPEAL = Trigger("REQUEST", None, None, 0.75, "rule", "an appeal to act")
RESOLVE = Trigger("THREATEN", None, None, 0.75, "rule", "a resolve not to hold back from a hostile act")
READY_ANSWER = Trigger("THREATEN", None, None, 0.75, "rule", "readiness to answer another side")
#: a hostile act its doer will not rule out: "would not rule out military strikes against the Islamic State"
HELD_OPEN = Trigger("THREATEN", None, "138", 0.75, "rule", "a hostile act its doer will not rule out")
#: "would respond forcefully if Y attacked" (``forceful_answer``): made as it is said
FORCEFUL_ANSWER = Trigger("THREATEN", None, None, 0.75, "rule", "a forceful answer promised")
#: verbs whose object is asked to do what their infinitive says: "encouraged Iran to comply", "pressured
#: China to cut ties", "lobbied Moscow to drop the sale" (pressing a side to act asks it, no coercion)
APPEAL_VERBS = frozenset({"encourage", "exhort", "implore", "beseech", "entreat", "tell", "pressure", "prod", "lobby",
                          "nudge"})
#: answers to another side's act: "ready to respond", "prepared to retaliate", "ready to defend itself"
ANSWER_VERBS = frozenset({"respond", "retaliate", "react", "defend"})
#: measures taken or used against a side: "take action against", "use all means against"
MEASURE_OBJECTS = frozenset({"action", "actions", "measure", "step", "countermeasure", "force", "mean", "means"})
#: nouns of a course of action that are hostile when armed: "military action", "a military option"
_COURSE_NOUNS = frozenset({"action", "option", "intervention", "force", "response", "step", "measure", "solution"})
_ARMED = frozenset({"military", "armed"})
#: words that name who did or owns a labelled thing: "Israeli strikes", "the U.S. violation", "Iran's"
_OWNER_DEPS = ("poss", "nmod", "compound", "amod")
#: prepositions that aim an answer or a measure: "respond to Y", "action against Y", "defend itself from Y"
ANSWER_PREPS = frozenset({"to", "against", "from"})


def _infinitive(tok: "Token") -> "Token | None":
    return next((c for c in tok.children if c.dep_ == "xcomp"
                 and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)), None)


def _a_cause(subj: "Token | None", people: frozenset[str], res: "ArgumentResolver") -> bool:
    """A subject that is a thing, not someone: "the withdrawal", "pressure from the U.S.", "the
    economy" (a common noun that is no actor mention and no word for people in office or for
    their office: "the German government" is someone)."""
    return subj is not None and subj.pos_ == "NOUN" and res.mention_of(subj) is None \
        and subj.lemma_.lower() not in people | OFFICE_WORDS


def named_addressee(tok: "Token", res: "ArgumentResolver") -> bool:
    """Whether an addressee is someone the text can name: a name, a pronoun, or a noun an actor
    mention covers ("Iran", "them", "Iraqi officials"); not "the international community", "all
    parties"."""
    return tok.pos_ in ("PROPN", "PRON") or bool(res.actors_in(tok))


def told_to_act(tok: "Token") -> bool:
    """ "told Y to leave", "told Y to back off": a reporting verb used as an appeal to act (read
    by ``appeal_reading``), not the telling of what was said ("told Y that ..."), nor a conjunct
    whose subject the parse leaves to the verb before it ("the letter urged X to ... and told Y to
    ...": who tells is lost)."""
    return tok.lemma_.lower() == "tell" and tok.dep_ != "conj" and _infinitive(tok) is not None \
        and any(c.dep_ == "dobj" for c in tok.children)


def appeal_reading(tok: "Token", found: Trigger | None, people: frozenset[str],
                   res: "ArgumentResolver") -> Trigger | None:
    """REQUEST for a verb of appeal with an addressee and what it is asked to do ("encouraged
    Iran to continue to comply"); else ``found`` unchanged. ``people``: words for people in office
    (officials, ministers), who appeal; any other common noun is a cause."""
    if tok.lemma_.lower() not in APPEAL_VERBS or (found is not None and found.source == "rule"):
        return found
    obj = next((c for c in tok.children if c.dep_ == "dobj"), None)
    if obj is None or _infinitive(tok) is None or not named_addressee(obj, res):
        return found  # "encouraged the international community to ...": no one the text names
    subj = next((c for c in tok.children if c.dep_ in ("nsubj", "csubj")), None)
    return found if _a_cause(subj, people, res) else APPEAL


#: verbs of appeal whose "for" clause names whom they ask: "called for Israel to free them"
_FOR_APPEAL_VERBS = frozenset({"call", "appeal", "press", "push", "plead", "lobby", "ask"})


def appealed_for_party(tok: "Token") -> "Token | None":
    """Whom a verb of appeal asks through a "for" clause: "called for [Israel] to release the
    prisoners", "pushed for [Washington] to lift the sanctions" (the parser hangs the to-clause on
    the verb, "for" as its marker); None for any other verb or clause ("called for talks")."""
    if tok.lemma_.lower() not in _FOR_APPEAL_VERBS:
        return None
    for c in tok.children:
        if c.dep_ in ("advcl", "ccomp", "xcomp") and c.i > tok.i and for_to_clause(c):
            subj = next((s for s in c.children if s.dep_ == "nsubj"), None)
            if subj is not None:
                return subj
    return None


#: the prepositions by which an act asked for names the sides it is about ("a cease-fire [between] X and
#: Y", "an end [to] Israeli settlements", "sanctions [against] X", "a probe [by] the UN")
ACT_SIDE_PREPS = frozenset({"between", "to", "by", "of", "on", "with"})
#: people an act is done for or to, whose nationality names no side asked ("a resettlement of Syrian refugees")
PEOPLE_NOUNS = frozenset({"refugee", "migrant", "civilian", "citizen", "national", "hostage", "prisoner", "detainee",
                          "victim", "people", "worker", "journalist", "student", "tourist", "immigrant"})
_SIDE_MODIFIERS = frozenset({"amod", "compound", "poss", "nmod"})


def parties_of_act_asked(verb: "Token", own: set[str], res: "ArgumentResolver") -> list[Actor]:
    """The sides an act asked for through "for" names, when the appeal names no one asked: "called
    for a cease-fire between Israel and Hamas", "an end to Israeli settlements", "a United Nations
    probe": the sides the act's own modifiers and prepositions name (not deeper: "a resolution to use
    force in Syria" asks Congress), but the asker's own (``own``) and the nationality of people the act
    is for ("a resettlement of Syrian refugees"). None when the act names more than two sides (a list is
    no one asked) or lists things only some of which a side owns ("a double suspension of the exercises and
    North Korea's program"), or is itself a party ("called for Israel to ...": ``appealed_for_party``)."""
    if verb.lemma_.lower() not in _FOR_APPEAL_VERBS:
        return []
    act = next((o for o in prep_objects(verb, FOR)), None)
    if act is None or act.pos_ != "NOUN" or res.mention_of(act) is not None:
        return []
    heads = [act, *(o for h in (act, *act.conjuncts) for o in prep_objects(h, ACT_SIDE_PREPS))]
    found: list[Actor] = []
    for head in heads:
        items = [[m.actor for w in _side_words(n) if (m := res.mention_of(w)) is not None]
                 for n in (head, *head.conjuncts) if n.lemma_.lower() not in PEOPLE_NOUNS]
        if len(items) > 1 and not all(items):
            continue  # "a suspension of the exercises and North Korea's program": whose exercises, unsaid
        for actor in (a for item in items for a in item):
            if actor.code not in own and all(a.code != actor.code for a in found):
                found.append(actor)
    return found if len(found) <= 2 else []


def _side_words(noun: "Token") -> list["Token"]:
    """A noun and the modifiers that may name its side ("Israeli [settlements]", "Syria's [stockpile]")."""
    return [noun, *(c for c in noun.children if c.dep_ in _SIDE_MODIFIERS)]


#: what another side holds against someone: "the charges", "Y's accusations", "the allegations"
CLAIM_NOUNS = frozenset({"accusation", "charge", "allegation", "claim", "assertion", "assertions", "charges"})
#: labels that call a claim untrue, besides the lexicon's words of disapproval ("a fabrication")
FALSITY_WORDS = frozenset({"false", "untrue", "fabrication", "fabricated", "fiction", "fictitious", "invention",
                           "invented", "fake", "rubbish", "fantasy", "smear", "motivated", "slanderous", "libel"})
CLAIM_REJECTED = Trigger("REJECT", None, None, 0.7, "rule", "a claim labelled untrue")


def rejection_label(obj: "Token | None", label: "Token | None", found: Trigger | None,
                    disapproval: frozenset[str]) -> Trigger | None:
    """REJECT for a claim a verb of naming labels untrue or wrong ("called the charges groundless",
    "called Y's accusations a fabrication"); else ``found`` unchanged. A label the parser lost to
    the claim's own phrase ("the accusations from Washington absurd") still left the reading an
    accusation, which a claim called anything is not."""
    if obj is None or obj.lemma_.lower() not in CLAIM_NOUNS:
        return found
    if label is None:
        return CLAIM_REJECTED if found is not None and found.type == "ACCUSE" else found
    words = {t.lower_ for t in label.subtree} | {t.lemma_.lower() for t in label.subtree}
    return CLAIM_REJECTED if words & (disapproval | FALSITY_WORDS) else found


#: verbs of refusing to act: "refused to help Y", "declined to extradite them to Y"
REFUSING_VERBS = frozenset({"refuse", "decline"})
REFUSAL = Trigger("REJECT", None, None, 0.7, "rule", "a refusal to act for another side")
#: prepositions of the refused act that name the side it was for: "extradite them [to] Y", "talk [with] Y"
_REFUSED_FOR = frozenset({"to", "with", "for"})


def _words_only(lemma: str, lex: "Lexicon") -> bool:
    """A verb of saying or naming: "refused to call it terrorism", "declined to comment on Y"."""
    return lex.is_reporting_verb(lemma) or lemma in lex.speech_classes["labelling"]


def refused_parties(tok: "Token", lex: "Lexicon") -> list["Token"]:
    """What names the side a refusal turns down: the object, the indirect object or the "to" /
    "with" / "for" object of the act refused ("refused to help [the Kurdish forces]", "declined to
    extradite them to [the United States]", "refused to grant [Pyongyang] relief"), not one guarded
    from another ("refused to protect U.S. interests from Russian attacks"); [] for a refusal
    itself negated ("did not refuse") and for a hostile act refused ("refused to condemn Y",
    "declined to strike Y": restraint, no rejection of Y)."""
    if tok.lemma_.lower() not in REFUSING_VERBS or any(c.dep_ == "neg" for c in tok.children):
        return []
    act = _infinitive(tok)
    if act is None or _words_only(act.lemma_.lower(), lex) \
            or any(QUAD_CLASS.get(t.type, "").endswith("conflict") for t in lex.verb(act.lemma_.lower())):
        return []
    heads = [c for c in act.children if c.dep_ in ("dobj", "dative")
             and not any(p.dep_ == "prep" and p.lower_ in ("from", "against") for p in c.children)]
    # (the parser may hang the "to" on the object: "extradite [the suspects to] Y")
    return heads + [o for h in (act, *heads) for o in prep_objects(h, _REFUSED_FOR)]


#: nouns of letting someone go: "demanded the release of ...", "called for the freedom of ..."
RELEASE_NOUNS = frozenset({"release", "freedom", "freeing"})
#: participles of holding someone: "citizens detained in China", "the pastor held by Turkey"
HOLDING_PARTICIPLES = frozenset({"detain", "hold", "jail", "imprison", "arrest", "capture", "kidnap", "abduct",
                                 "seize", "take"})


def release_holder(thing: "Token | None") -> "Token | None":
    """Who holds those whose release is asked: the agent or the place of the participle that
    says they are held ("the release of its citizens detained [in] [China]", "the freedom of the
    pastor held [by] [Turkey]"); None for any other thing asked."""
    if thing is None or thing.lemma_.lower() not in RELEASE_NOUNS:
        return None
    held = list(prep_objects(thing, OF))
    for part in (c for h in (*held, thing) for c in h.children  # (or hung on the noun: "the release of
                 if c.dep_ == "acl" and c.lemma_.lower() in HOLDING_PARTICIPLES):  # X [detained in] Y")
        for p in part.children:
            if p.dep_ in ("agent", "prep") and p.lower_ in ("by", "in"):
                return next((o for o in p.children if o.dep_ == "pobj"), None)
    return None


#: places one is held in, held by the state or group their modifier names ("Iranian custody", "a Cuban prison")
HOLDING_PLACES = frozenset({"custody", "prison", "jail", "captivity", "detention"})


def released_from(prep: "Token") -> "Token | None":
    """Who let go those a verb of release frees, named by its "from" phrase: a state or body ("four
    Americans were released from Iran") or the place of holding whose modifier names the holder ("released
    from Iranian custody", "from a Cuban prison", "from Taliban captivity"); a place of holding that names
    no holder ("released from prison") and any other place ("from the hospital") name none. A state or
    body is read as ``expelled_from`` reads whence one is expelled."""
    obj = next((o for o in prep.children if o.dep_ == "pobj"), None) if prep.lower_ == "from" else None
    if obj is None:
        return None
    if obj.lemma_.lower() in HOLDING_PLACES:
        return obj if any(c.dep_ in ("amod", "compound", "poss") for c in obj.children) else None
    return expelled_from(prep)


#: what regret is voiced over: "expressed regret over Y's decision", "at the U.S. withdrawal"
_REGRET_PREPS = frozenset({"over", "at", "about"})
REGRET_OVER = Trigger("ACCUSE", "disapprove", None, 0.75, "rule", "regret over another side's act")


def regret_reading(tok: "Token", obj: "Token | None", found: Trigger | None,
                   res: "ArgumentResolver") -> Trigger | None:
    """ACCUSE for regret voiced over another side's thing ("Seoul voiced regret over Tokyo's
    decision", "expressed regret at the U.S. withdrawal"): disapproval of it; regret for one's own
    act, or over a thing no one named owns ("regret over the incident"), stays ``found`` (CONCEDE)."""
    if obj is None or obj.lemma_.lower() != "regret" or found is None or found.type != "CONCEDE":
        return found
    subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
    own = {a.code for a in res.actors_in(subj)} if subj is not None else set()
    things = [o for h in (tok, obj) for o in prep_objects(h, _REGRET_PREPS)]
    owners = [a for t in things for c in t.children if c.dep_ in _OWNER_DEPS for a in res.actors_in(c)]
    return REGRET_OVER if any(a.code not in own for a in owners) else found


#: free relatives that leave an act's other side open: "punishment for [whoever] was to blame"
ANYONE_WORDS = frozenset({"whoever", "whomever"})


def aimed_at_anyone(tok: "Token") -> bool:
    """ "promised severe punishment for whoever was to blame", "vowed to punish whoever did it": the
    act is aimed at whoever it proves to be, no side the story has named."""
    return any(t.lower_ in ANYONE_WORDS for t in tok.subtree)


#: the people a state advises at home and abroad ("urged U.S. citizens to leave", "ordered its staff out")
NATIONALS = frozenset({"citizen", "national", "american", "staff", "personnel", "employee", "traveler", "traveller",
                       "tourist", "resident", "expatriate"})


#: people who work for whoever instructs them, unless their phrase names another's ("Iraqi staff")
_STAFF = frozenset({"staff", "personnel", "employee"})
#: prepositions of where staff are posted, not whose they are: "staff [in] Iraq", "personnel [at] the embassy"
_POSTED_AT = frozenset({"in", "at", "inside", "across"})


def own_people_advised(cands: list[Candidate], res: "ArgumentResolver") -> list[Candidate]:
    """ "The State Department urged Americans to leave Lebanon", "warned U.S. citizens to defer all travel to
    Ukraine": a state's word to its own people (an advisory) asks or warns no other state, whatever place
    its content names; the appeal or warning is dropped."""
    return [c for c in cands if not (c.trig.type in ("REQUEST", "THREATEN") and _tells_own_people(c, res))]


def _tells_own_people(c: Candidate, res: "ArgumentResolver") -> bool:
    """Whether the act's object is its own side's people: "Americans", "U.S. citizens", "its nationals"."""
    told = next((o for o in c.trigger.children if o.dep_ == "dobj"), None)
    if told is None or told.lemma_.lower().removesuffix("s") not in NATIONALS or not c.source:
        return False
    if any(p.dep_ == "poss" and p.lower_ in ("its", "their", "our") for p in told.children):
        return True  # "urged its citizens to leave"
    if told.lemma_.lower() in _STAFF and not any(p.dep_ in ("poss", "compound", "amod", "nmod", "prep")
                                                 and res.actors_in(p) and p.lower_ not in _POSTED_AT
                                                 for p in told.children):
        return True  # "ordered all non-emergency staff (stationed in Iraq) to leave": no one else's staff
    own = c.source_codes()
    named = res.actors_in(told)
    return bool(named) and all(a.code in own for a in named)


#: verbs by which one in command orders an act done: "ordered/directed/instructed the Pentagon to deploy ..."
ORDER_VERBS = frozenset({"order", "direct", "instruct", "command"})


def own_organs_ordered(cands: list[Candidate], res: "ArgumentResolver") -> list[Candidate]:
    """ "Obama ordered the Pentagon to deploy 300 soldiers to Iraq", "ordered the military to send warships
    to the Gulf": an order to the orderer's own forces or offices asks no other side; the act ordered is
    the orderer's own (read from the infinitive, as "told the Pentagon to send"), so the order is dropped
    and with it its hold on that act."""
    return [c for c in cands if not (c.trig.type == "REQUEST" and _orders_own_organs(c, res))]


def _orders_own_organs(c: Candidate, res: "ArgumentResolver") -> bool:
    """Whether a verb of order tells its own side's forces or offices to act: the addressee is named
    for the orderer's side only ("the Pentagon", "the Russian army"), or is a word for forces or offices
    that names no side ("the military", "his government"); not "ordered Iran's army to withdraw"."""
    tok = c.trigger
    if tok.lemma_.lower() not in ORDER_VERBS or _infinitive(tok) is None or not c.source:
        return False
    told = next((o for o in tok.children if o.dep_ == "dobj"), None)
    if told is None:
        return False
    named = res.actors_in(told)
    if named:
        own = c.source_codes()
        return all(a.code in own for a in named)
    return told.lemma_.lower() in FORCE_NOUNS | OFFICE_WORDS


def self_addressed(source: list[Actor], addressees: list[Actor]) -> bool:
    """An appeal whose voice is among those it asks ("it viewed calls from Moscow encouraging the
    Kurds ...", read with the Kurds' own side as the voice): the parse lost who appeals."""
    return bool({a.code for a in source} & {a.code for a in addressees})


#: verbs that carry on another act: "continue to comply", "keep honouring", "resume talks"
_ASPECT = frozenset({"continue", "keep", "resume", "start", "begin"})
#: what an expected state or fate is, not an act asked for: "to be crude", "to have", "to face trouble"
_STATES = frozenset({"be", "have", "face", "remain", "stay", "get", "suffer", "win", "lose", "need", "do", "see",
                     "come", "go", "happen", "fail", "succeed", "survive", "bring"})
#: words that deny a verb: "will not tolerate", "would never tolerate"
_NEVER = frozenset({"not", "n't", "n’t", "never"})
#: what makes an expectation a forecast or a doubt: "should not expect", "can't expect", "would expect"
_HEDGES = _NEVER | {"should", "can", "could", "would", "might", "may"}


#: the tenses of an expectation voiced as a demand: "the U.S. expects China to act", "we expect Iraq to"
_PRESENT = frozenset({"VBZ", "VBP"})


def inner_act(clause: "Token") -> "Token":
    """The act a clause of carrying on names: "continue [to comply]"; else the clause itself."""
    if clause.lemma_.lower() in _ASPECT:
        return next((c for c in clause.children if c.dep_ == "xcomp" and c.pos_ == "VERB"), clause)
    return clause


def _conflict(readings: list[Trigger]) -> bool:
    return any(t.type in QUAD_CLASS and QUAD_CLASS[t.type].endswith("conflict") for t in readings)


def asked_act(expecting: "Token", clause: "Token", lex: "Lexicon") -> bool:
    """Whether an infinitive under "expect" is an act asked of its subject ("expects China to take
    action to cut tariffs"), not a forecast (an act of conflict, a state, a hedged expectation)."""
    if expecting.tag_ not in _PRESENT or not any(a.dep_ == "aux" and a.lower_ == "to" for a in clause.children):
        return False  # "officials expected the U.S. to increase pressure": a past expectation is a forecast
    if any(c.lower_ in _HEDGES for c in expecting.children if c.dep_ in ("aux", "neg")):
        return False
    act = inner_act(clause)
    lemma = act.lemma_.lower()
    if lemma in _STATES or act.pos_ != "VERB" or any(c.dep_ == "neg" for c in act.children):
        return False
    obj = next((c for c in act.children if c.dep_ == "dobj"), None)
    word = obj.lemma_.lower() if obj is not None else None
    readings = lex.verb(lemma, obj_lemma=word) + (lex.noun(word) if word else [])
    return not _conflict(readings)


def unhesitating(tok: "Token") -> bool:
    """ "will not hesitate (to ...)", "won't hesitate", "would never hesitate": a resolve."""
    return tok.lemma_.lower() == "hesitate" and any(c.dep_ == "neg" for c in tok.children) and future_aux(tok)


def saying_of(tok: "Token", lex: "Lexicon") -> "Token":
    """The reporting verb a statement is made through ("..., X said in a June 29 statement"): the
    nearest reporting verb above ``tok``; ``tok`` itself when none is."""
    return next((a for a in tok.ancestors if a.pos_ == "VERB" and lex.is_reporting_verb(a.lemma_.lower())), tok)


#: verbs that lay a charge in words: "[took a shot at Y] by blaming Z for ...", "[joined Y] in accusing Z"
_CHARGING = frozenset({"accuse", "blame", "fault"})


def said_in_doing(tok: "Token", stance_verbs: frozenset[str]) -> bool:
    """ "[joined Y] in condemning", "[sided with Y] by labeling Z ...", "[took a fresh shot at Y] by
    blaming Z": a gerund of a verb of stance in words (``stance_verbs``) or of a charge
    (``_CHARGING``) under "in" or "by" reports the words as said."""
    lemma = tok.lemma_.lower()
    return tok.tag_ == "VBG" and tok.dep_ == "pcomp" and tok.head.lower_ in ("in", "by") \
        and tok.head.head.pos_ == "VERB" and (lemma in stance_verbs or lemma in _CHARGING)  # not "interested in"


def _aimed(tok: "Token", obj: "Token | None") -> bool:
    holders = [tok] if obj is None else [tok, obj]
    return any(p.dep_ == "prep" and p.lower_ in ANSWER_PREPS for h in holders for p in h.children)


def answers_another_side(tok: "Token", obj: "Token | None") -> bool:
    """Whether a verb under a declared readiness answers another side: "respond (to Y)",
    "retaliate", "defend itself against Y", "take action against Y"; not "take dramatic action to
    prepare", "take part in", "use the policy as leverage"."""
    lemma = tok.lemma_.lower()
    if lemma in ANSWER_VERBS:
        return lemma != "defend" or _aimed(tok, obj)
    return obj is not None and obj.lemma_.lower() in MEASURE_OBJECTS and _aimed(tok, obj)


#: manners that make an answer to another side one of force: "will respond forcefully", "would react militarily"
FORCE_MANNERS = frozenset({"forcefully", "forcibly", "militarily", "strongly", "decisively", "harshly", "firmly",
                           "severely", "resolutely", "robustly"})
#: what an answer "with" is one of force: "will respond with force", "with all its might" (not
#: ``extract.FORCE_NOUNS``, the words for armed forces)
FORCE_MEANS = frozenset({"force", "might", "strength"})
#: auxiliaries that promise an act ahead (not "could", "might", "may": a possibility, which an
#: onlooker may weigh as well: "Iran could respond forcefully, analysts said")
_AHEAD_AUX = frozenset({"will", "would", "'ll", "’ll", "shall", "wo"})


def forceful_answer(tok: "Token") -> bool:
    """Whether verb ``tok`` promises a forceful answer to another side: "Iran would respond forcefully
    if the US attacked", "we will respond with force": a threat, as "would retaliate" is. Not one
    given ("the US responded strongly to the criticism"), nor one of words alone ("respond to questions")."""
    if tok.lemma_.lower() not in ANSWER_VERBS - {"defend"} or not any(
            c.dep_ == "aux" and c.lower_ in _AHEAD_AUX for c in tok.children):
        return False
    manners = {c.lower_ for c in tok.children if c.dep_ == "advmod"}
    means = {o.lemma_.lower() for o in prep_objects(tok, WITH)}
    return bool(manners & FORCE_MANNERS or means & FORCE_MEANS)


#: what a side's act "will be met with" when that is a forceful answer: "with force", "with fire and
#: fury", "with severe consequences", "with more sanctions"
_MET_FORCE = FORCE_MEANS | frozenset({"fire", "fury", "retaliation", "consequence", "sanction", "punishment"})
#: answers that are forceful when qualified: "with a massive military response", "with greater action"
_MET_ANSWERS = frozenset({"response", "answer", "action", "reaction", "measure", "countermeasure"})


def met_with_force(tok: "Token") -> bool:
    """Whether verb ``tok`` promises a forceful answer in the passive: "any attack on our allies will
    be met with a massive military response", "They will be met with fire and fury", "attempts to
    disrupt the elections would be met with more severe sanctions" (a threat, as "we will respond
    with force" is). Not one given ("the plan was met with criticism") nor an answer of words or
    of no force ("would be met with an immediate court challenge", "quiet will be met with quiet")."""
    if tok.lemma_.lower() != "meet" or not is_passive(tok) \
            or not any(c.dep_ == "aux" and c.lower_ in _AHEAD_AUX for c in tok.children):
        return False
    heads = [o for p in tok.children if p.dep_ in ("prep", "agent") and p.lower_ in WITH | BY
             for o in p.children if o.dep_ == "pobj"]
    means = [m for o in heads for m in (o, *(c for c in o.children if c.dep_ == "conj"))]  # "fire and fury"
    return any(o.lemma_.lower() in _MET_FORCE or (
        o.lemma_.lower() in _MET_ANSWERS and any(c.dep_ == "amod" for c in o.children)) for o in means)


def called_thing(verb: "Token", labelling: frozenset[str]) -> "Token | None":
    """The label a verb's "what" clause names: "condemned what he called [an act of aggression]",
    "blasted what he described as [structural violence]", or the verb's own label of its object
    "what" when it is a verb of labelling; None when there is no such label."""
    for c in verb.children:
        namer = c if c.dep_ == "ccomp" else verb if c.dep_ == "dobj" and c.lower_ == "what" else None
        if namer is None or namer.lemma_.lower() not in labelling \
                or not any(w.dep_ == "dobj" and w.lower_ == "what" for w in namer.children):
            continue
        label = next((g for g in namer.children if g.dep_ in ("oprd", "attr", "xcomp")), None)
        return label if label is not None else next(prep_objects(namer, AS), None)
    return None


def _label_heads(label: "Token") -> list["Token"]:
    """The label and the labels coordinated with it ("'terrorist acts' and a 'criminal plan'")."""
    return [label, *[c for c in label.children if c.dep_ == "conj"]]


def doers_named(label: "Token", res: "ArgumentResolver", ctx: "Discourse") -> list[Actor]:
    """Who a noun names as doer or owner: its "by" agent ("an act of aggression by Y", "any attack
    by Y"), else its owner ("Israeli strikes", "the U.S. violation", "Y's conduct"), else its "of"
    object ("the rogue regimes of Y and Z")."""
    heads = _label_heads(label)
    for deps, preps in ((None, BY), (_OWNER_DEPS, frozenset[str]()), (None, OF)):
        found: list[Actor] = []
        for h in heads:
            if deps is not None:
                found += [a for c in h.children if c.dep_ in deps for a in res.actors_of(c, ctx)]
            found += [a for o in prep_objects(h, preps) for a in res.actors_of(o, ctx)]
        if found:
            return found
    return []


def answered_doers(answer: "Token", res: "ArgumentResolver", ctx: "Discourse") -> list[Actor]:
    """Who did what a promised answer answers: "threatened to retaliate [for] the new U.S.
    sanctions", "pledged to retaliate for any U.S. sanctions", "vowed to respond to a new round of
    sanctions announced by the U.S." (the act's doer, its owner, or the agent of the participle
    that tells it; through an "of" phrase: "a round [of] sanctions"). None for another verb."""
    if answer.lemma_.lower() not in ANSWER_VERBS - {"defend"}:
        return []
    acts = [o for o in prep_objects(answer, FOR | ANSWER_PREPS) for o in (o, *prep_objects(o, OF))]
    told = [o for a in acts for c in a.children if c.dep_ == "acl" for o in prep_objects(c, BY)]
    told += [o for a in acts for c in a.children if c.dep_ == "acl"
             for g in c.children if g.dep_ == "agent" for o in g.children if o.dep_ == "pobj"]
    return [a for o in acts for a in doers_named(o, res, ctx)] + [a for o in told for a in res.actors_of(o, ctx)]


#: nouns that name a request: "its call for Y to ...", "the demand that Y ...", "a plea to Y"
ASK_NOUNS = frozenset({"call", "appeal", "demand", "plea"})
#: what a call is made over when it is a conversation ("a phone call", "a video call")
_LINES = frozenset({"phone", "telephone", "video", "conference", "zoom", "tele"})
#: the openers of the clause a request noun governs: "call [for] Y to act", "demand [that] Y act"
_ASK_MARKS = frozenset({"for", "that"})


def _asked_clause_subject(noun: "Token") -> "Token | None":
    """ "call for [Y] to act", "demand that [Y] step down": the subject of a clause the noun governs."""
    for c in noun.children:
        if c.dep_ in ("advcl", "acl", "ccomp") and c.pos_ in ("VERB", "AUX") \
                and any(m.dep_ == "mark" and m.lower_ in _ASK_MARKS for m in c.children):
            subj = next((s for s in c.children if s.dep_ == "nsubj"), None)
            if subj is not None:
                return subj
    return None


def _asked_object(noun: "Token") -> "Token | None":
    """ "an appeal to [Y] (to act)", "a call to [Y] to act", "a call for [Y] to act" read with the
    infinitive on Y."""
    call = noun.lemma_.lower() == "call"
    for p in noun.children:
        if p.dep_ != "prep" or p.lower_ not in ("to", "for", "on"):
            continue
        named = p.lower_ == "to" and not call  # not "his call to Y", "a call on Sunday": a phone call
        for o in p.children:
            if o.dep_ != "pobj" or o.ent_type_ in ("DATE", "TIME"):
                continue
            if named or infinitive_under(o) or infinitive_under(noun) or (p.lower_ == "on" and _infinitive_after(noun)):
                return o
    return None


def _infinitive_after(noun: "Token") -> bool:
    """ "renewed its call on Y [to end the blockade]": the parser hangs the infinitive on the verb
    whose object the request noun is."""
    return noun.dep_ == "dobj" and any(
        c.dep_ in ("advcl", "xcomp") and c.tag_ == "VB" and c.i > noun.i
        and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children) for c in noun.head.children)


def asks_for_something(noun: "Token") -> bool:
    """Whether a noun of request (``ASK_NOUNS``) is one here: it names whom it asks
    (``asked_party``) or what it asks "for" ("its call for talks"), not a phone call ("his call
    with Putin")."""
    if noun.lemma_.lower() not in ASK_NOUNS or any(c.dep_ == "compound" and c.lemma_.lower() in _LINES
                                                   for c in noun.children):
        return False  # "a phone call on Wednesday with Y to discuss ...": a conversation
    return asked_party(noun) is not None or infinitive_under(noun) is not None or any(
        p.dep_ == "prep" and p.lower_ == "for" for p in noun.children)


def infinitive_under(tok: "Token") -> "Token | None":
    """The to-infinitive that qualifies a noun: "a call [to bar] X", "its chance [to restore] it"."""
    return next((c for c in tok.children if c.dep_ in ("acl", "relcl") and c.tag_ == "VB"
                 and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)), None)


def asked_party(noun: "Token") -> "Token | None":
    """Whom a noun of request asks to act: "its call for [North Korea] to stop", "Canada's demand
    that [the Saudis] free them", "an appeal to [Tehran] to release them"; None for a request with
    no one named ("his call for a border wall", "the demand for oil")."""
    if noun.lemma_.lower() not in ASK_NOUNS:
        return None
    return _asked_clause_subject(noun) or _asked_object(noun) or _asked_partner(noun)


def _asked_partner(noun: "Token") -> "Token | None":
    """ "a call for talks [with Y]", "its demand for negotiations [with Y]": what is asked for is
    done with Y, so Y is asked."""
    return next((w for o in prep_objects(noun, FOR) for w in prep_objects(o, WITH)), None)


def asked_of(noun: "Token", asker: list[Actor], res: "ArgumentResolver", ctx: "Discourse") -> list[Actor] | None:
    """The actors a noun of request asks (``asked_party``), but the asker's own side; None when it
    asks only its own side ("Obama renewed his call for Congress to ratify ...": a home matter)."""
    party = asked_party(noun)
    asked = res.actors_of(party, ctx) if party is not None else []
    own = {a.code for a in asker}
    others = [a for a in asked if a.code not in own]
    return None if asked and not others else others


CONCESSION = Trigger("CONCEDE", None, None, 0.75, "rule", "a commitment to give ground")

#: verbs that commit their subject to an act of its own that may give ground ("agreed to release
#: the prisoners", "offered to withdraw"); "threaten" and "warn" commit to no concession
PROMISING_VERBS = frozenset({"promise", "pledge", "vow", "swear", "agree", "offer", "commit"})

#: verbs that take back a threat as their object: "dropped the threat", "walked back his threat"
_TAKING_BACK = frozenset({"drop", "abandon", "rescind", "retract", "shelve", "withdraw", "lift"})
#: verbs that back away from a threat through a particle and a preposition: "backed down from", "stepped
#: back from", "backed off", "retreated from", "climbed down from"
_BACKING = frozenset({"back", "step", "walk", "retreat", "climb", "pull"})
_BACK_PARTICLES = frozenset({"down", "off", "back", "away"})


def threat_dropped(threat: Candidate) -> list[Candidate]:
    """The concession (CONCEDE) of a threat taken back, by its maker to its target, triggered by the verb
    that takes it back: "Trump stepped back from his threat to impose tariffs on Mexico", "dropped the
    threat" (the threat stays an event: it was made, as the annotators read it); else none."""
    verb = _taking_back(threat.trigger) if threat.trig.type == "THREATEN" else None
    return [Candidate(verb, CONCESSION, list(threat.source), list(threat.target))] if verb is not None else []


def _taking_back(noun: "Token") -> "Token | None":
    """The verb by which a threat noun is taken back ("stepped back from", "backed off", "dropped"), or None."""
    if noun.lemma_.lower() not in ("threat", "ultimatum"):
        return None
    verb = noun.head
    if noun.dep_ == "dobj":
        taken = verb.lemma_.lower() in _TAKING_BACK or (verb.lemma_.lower() == "walk" and any(
            c.dep_ in ("prt", "advmod") and c.lower_ == "back" for c in verb.children))  # (the parser: advmod)
        return verb if taken else None
    if noun.dep_ != "pobj" or verb.lower_ not in ("from", "off", "on"):
        return None
    words = {verb.lower_}  # "backed [off] the threat": the particle parsed as the preposition
    verb = verb.head
    if verb.lower_ in _BACK_PARTICLES and verb.dep_ in ("advmod", "prt"):  # "stepped [back] from"
        words.add(verb.lower_)
        verb = verb.head
    words |= {c.lower_ for c in verb.children if c.dep_ in ("prt", "advmod")}
    backing = verb.lemma_.lower() in _BACKING and (verb.lemma_.lower() == "retreat" or bool(words & _BACK_PARTICLES))
    return verb if backing else None


#: readings that give ground: an easing, release or withdrawal, or a concession itself
_YIELDING = frozenset({"RETREAT", "CONCEDE"})

#: readings a side may forswear as a concession: a hostile act, or a weapons test ("agreed to refrain
#: from nuclear tests"); not a deployment of its own ("vowed not to send ground troops": a policy, no
#: concession to another side)
_FORSWORN = HOSTILE_CONTENT
_FORSWORN_MODES = frozenset({"weapons"})

_ABSTAINING = frozenset({"refrain", "abstain", "desist"})


def forsworn_act(comp: "Token") -> tuple["Token", bool]:
    """The act a commitment's complement names and whether it is forsworn: "not to deploy
    missiles" (deploy, forsworn), "to refrain from conducting tests" (conducting, forsworn),
    "to release the prisoners" (release, not forsworn)."""
    if comp.lemma_.lower() in _ABSTAINING:
        act = next((o for p in comp.children if p.dep_ == "prep" and p.lower_ == "from"
                    for o in p.children if o.dep_ in ("pcomp", "pobj")), None)
        if act is not None:
            return act, True
    return comp, any(c.dep_ == "neg" for c in comp.children)


_JOINT_WORDS = frozenset({"both", "two", "all"})


def _joint_subject(verb: "Token", act: "Token") -> bool:
    """Whether a verb's subject is two sides together ("Beijing and Washington agreed to reduce
    tariffs", "both sides pledged to stop the violence", "agreed not to fight each other"): a mutual
    commitment is an agreement."""
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if mutual_act(act):
        return True
    if subj is None:
        return False
    return any(c.dep_ == "conj" for c in subj.children) or subj.lower_ in _JOINT_WORDS \
        or any(c.lower_ in _JOINT_WORDS for c in subj.children if c.dep_ in ("det", "nummod", "predet"))


def gives_ground(verb: "Token", act: "Token", reading: Trigger | None, forsworn: bool) -> bool:
    """Whether one side's commitment (``verb``) to an ``act`` of ``reading`` (``forsworn``: committing
    not to do it) is a concession: a promised easing, release or withdrawal, or a hostile act
    promised not to happen."""
    if verb.lemma_.lower() not in PROMISING_VERBS or reading is None or reading.weight < 0.4 \
            or _joint_subject(verb, act):
        return False
    if forsworn:
        return reading.type in _FORSWORN or reading.mode in _FORSWORN_MODES
    return reading.type in _YIELDING


#: verbs of answering another side whose "by" gerund is the act done in answer ("retaliated by
#: firing missiles"); "hit back" and "strike back" answer too
_ANSWERING = (ANSWER_VERBS - {"defend"}) | {"counter", "answer"}
_STRIKING_BACK = frozenset({"hit", "strike"})


def answered_by(gerund: "Token") -> "Token | None":
    """The verb of answering whose act a gerund is: "Iran [retaliated] by firing missiles", "Beijing
    [hit back] by imposing tariffs"; ``None`` for a gerund of no answer ("succeeded in launching")."""
    prep = gerund.head
    if gerund.tag_ != "VBG" or gerund.dep_ != "pcomp" or prep.lower_ != "by" or prep.dep_ != "prep":
        return None
    verb = prep.head
    lemma = verb.lemma_.lower()
    back = lemma in _STRIKING_BACK and any(c.dep_ == "prt" and c.lower_ == "back" for c in verb.children)
    return verb if verb.pos_ == "VERB" and (lemma in _ANSWERING or back) else None


#: auxiliaries that make a clause tell what may come, not what is
_MODALS = FUTURE_AUX | frozenset({"could", "may", "might", "can", "ca", "must", "should", "going"})
_TENSED = frozenset({"VBZ", "VBP", "VBD"})
#: words in a that-clause that make a warning more than a fact: a condition, options held open
_OPEN_WORDS = frozenset({"if", "unless", "option", "options"})


def stated_fact(clause: "Token") -> bool:
    """Whether a clause states what is or was: "he was a militant", "the threat is not limited to a
    bomb"; not "it is ready to strike", "Israel could become the victim", "options are on the table"."""
    if clause.lemma_.lower() != "be" and not any(c.dep_ == "auxpass" for c in clause.children):
        return False
    tensed = [clause, *(c for c in clause.children if c.dep_ in ("aux", "auxpass"))]
    if any(c.tag_ == "MD" or c.lower_ in _MODALS for c in tensed) or not any(c.tag_ in _TENSED for c in tensed):
        return False
    return not any(t.dep_ in ("xcomp", "ccomp", "csubj") or t.lower_ in _OPEN_WORDS
                   for t in clause.subtree if t is not clause)


#: things a side is asked to give or say, whose "from" names that side ("a response from the UN")
GIVEN_THINGS = frozenset({"response", "help", "assistance", "aid", "support", "restraint", "apology", "explanation",
                          "clarification", "answer", "reply", "assurance", "reassurance", "guarantee", "commitment",
                          "cooperation", "concession", "compensation", "contribution", "action", "backing",
                          "information", "permission", "consent", "approval"})


def _asker_named(verb: "Token", res: "ArgumentResolver") -> bool:
    """Whether a verb's subject (a conjunct's: "China expressed ... but called for") names a side or
    refers to one, not a thing ("Turkey's offensive drew criticism and [calls]": a misparsed noun)."""
    node = verb.head if verb.dep_ == "conj" and not any(c.dep_ == "nsubj" for c in verb.children) else verb
    subj = next((c for c in node.children if c.dep_ == "nsubj"), None)
    return subj is not None and (subj.pos_ == "PRON" or res.mention_of(subj) is not None)


def asked_from(tok: "Token", res: "ArgumentResolver") -> list["Token"]:
    """The side a request asks something of through "from": "called for a moderate response [from the
    United Nations]", "asked for help [from the United States]" (the thing asked for is the verb's
    "for" or direct object); a verb's only, whose asker is named: "calls for restraint [from Europe]"
    says whose calls."""
    if tok.pos_ != "VERB" or not _asker_named(tok, res):
        return []
    things = [*prep_objects(tok, FOR), *(c for c in tok.children if c.dep_ == "dobj")]
    return [o for t in things if t.lemma_.lower() in GIVEN_THINGS for o in prep_objects(t, FROM)]


def second_object_label(verb: "Token") -> "Token | None":
    """The label a verb of naming gives as a second object ("calling [Trump] [a 'frightened dog']",
    when the parser makes both nouns its objects): the later of two direct objects."""
    objs = [c for c in verb.children if c.dep_ == "dobj"]
    return objs[1] if len(objs) == 2 and objs[1].pos_ == "NOUN" else None


def with_subject(gerund: "Token") -> "Token | None":
    """The subject of a split absolute "with" phrase: "drew criticism, [with] [Obama] on Friday
    [accusing] Russia": the "with" object of the gerund's head just before it, with nothing but
    adjuncts between (no comma, no other verb)."""
    if gerund.tag_ != "VBG" or gerund.dep_ not in ("advcl", "conj"):
        return None
    withs = [c for c in preps_named(gerund.head, "with") if c.i < gerund.i]
    obj = next((o for o in withs[-1].children if o.dep_ == "pobj"), None) if withs else None
    if obj is None or not (obj.pos_ == "PROPN" or obj.ent_type_):
        return None
    between = gerund.doc[obj.i + 1:gerund.i]
    return obj if all(t.pos_ not in ("VERB", "AUX", "PUNCT", "CCONJ") for t in between) else None


#: verbs whose subject is whom a message was addressed to, not who sent it: "Beijing ignored warnings
#: from Trump", "Canada ignored U.S. demands", "North Korea defied the warnings", "received a request",
#: "Iran rejected calls from France to return"
HEEDING_VERBS = frozenset({"welcome", "ignore", "defy", "disregard", "heed", "flout", "dismiss", "rebuff", "receive", "brush",
                           "shrug", "reject", "resist", "spurn"})
#: event types of a message sent to another side: a warning, a charge, a demand
MESSAGE_TYPES = frozenset({"THREATEN", "ACCUSE", "REQUEST"})
_SENDER_PREPS = frozenset({"from", "by"})


def heeding_verb(noun: "Token") -> "Token | None":
    """The active verb of heeding (``HEEDING_VERBS``) whose direct object message noun ``noun`` is
    ("ignored [warnings] from Trump"), or the active verb done against it (``defied_in``), else None."""
    verb = noun.head
    if noun.dep_ == "pobj":
        return defied_in(noun) or complied_in(noun)
    if noun.dep_ != "dobj" or verb.lemma_.lower() not in HEEDING_VERBS or is_passive(verb):
        return None
    return verb


#: nouns that set an act against what a message asks: "in [defiance] of calls from Y", "in [spite] of"
_DEFIANCE = frozenset({"defiance", "spite"})
_PREMODIFIERS = ("compound", "amod", "nmod")
#: entity labels of a word that names a side: a state, a people, a body
_SIDE_ENTITIES = frozenset({"GPE", "NORP", "ORG"})


def defied_in(noun: "Token") -> "Token | None":
    """The active verb whose doer acted against message ``noun``, sent by a side named through its
    owner or a "from"/"by" phrase: "Russia kept providing arms to Damascus [despite] pleas from
    Washington to stop", "tested a missile in defiance of Beijing's calls" (the doer was the one
    asked); None for a message of no one named ("despite calls to stand down")."""
    prep = noun.head
    if prep.dep_ != "prep" or prep.lower_ not in ("despite", "of"):
        return None
    if prep.lower_ == "of":  # "in defiance of", "in spite of"
        prep = prep.head.head if prep.head.lower_ in _DEFIANCE and prep.head.dep_ == "pobj" else prep
        if prep.lower_ != "in" or prep.dep_ != "prep":
            return None
    verb = prep.head
    if verb.pos_ != "VERB" or is_passive(verb) or not (message_senders(noun, verb) or any(
            c.dep_ in _PREMODIFIERS and c.ent_type_ in _SIDE_ENTITIES for c in noun.children)):
        return None  # ("despite [U.S.] calls": a premodifier names the sender)
    return verb


#: nouns of a request complied with: "at the [request] of NATO", "at Baghdad's [behest]"
_COMPLIED = frozenset({"request", "behest", "invitation", "urging", "prodding", "pressure"})
#: nouns of pressing that ask something only when they say what: "under pressure from Y [to veto] it" (not
#: "stopped the sale under pressure from Y": pressure may be sanctions or force, no appeal made)
_PRESSING = frozenset({"pressure"})
#: prepositions that set an act after the request it answers: "[at] the request of", "[following] a request from",
#: "[under] prodding from"
_COMPLYING_PREPS = frozenset({"at", "on", "upon", "after", "following", "under"})


def complied_in(noun: "Token") -> "Token | None":
    """The active verb whose doer complied with request ``noun``, sent by a side named through its
    owner or an "of"/"from" phrase: "Britain sent troops to Estonia [at] the request of NATO", "launched
    airstrikes at Baghdad's request", "made the decision after a request from al-Abadi", "took steps
    under prodding from the U.S.", "has come under pressure from Germany to change its approach" (the
    doer was the one asked: pressing a side to do a thing asks it, as ``APPEAL_VERBS`` "pressure" does);
    None for a request with no sender ("at the request of" with nothing after it, "under heavy
    pressure") and for pressure that asks nothing said (``_PRESSING``)."""
    prep = noun.head
    if noun.lemma_.lower() not in _COMPLIED or prep.dep_ != "prep" or prep.lower_ not in _COMPLYING_PREPS:
        return None
    if noun.lemma_.lower() in _PRESSING and infinitive_under(noun) is None:
        return None
    verb = prep.head.head if prep.head.dep_ == "dobj" else prep.head  # "launched [airstrikes] at X's request"
    if verb.pos_ != "VERB" or is_passive(verb) or not _complied_senders(noun):
        return None
    return verb


def _complied_senders(noun: "Token") -> list["Token"]:
    return [c for c in noun.children if c.dep_ == "poss"] + [*prep_objects(noun, OF), *prep_objects(noun, FROM)]


def message_senders(noun: "Token", verb: "Token") -> list["Token"]:
    """Who sent message ``noun`` that ``verb`` heeds: the "from"/"by" objects the parser hangs on the
    verb ("ignored warnings [from] Trump", "dismissed warnings [by] the U.S."), on the noun or its owner
    ("ignored [Trump's] demands"), or on what its "of" phrase names; never inside a clause of the
    message ("demands to end its support for attacks [by] Houthi rebels")."""
    named = [t for o in prep_objects(noun, OF) for t in (o, *o.conjuncts)]
    owner = [c for c in noun.children if c.dep_ == "poss"]  # "ignored [Trump's] demands"
    if complied_in(noun) is not None:
        return _complied_senders(noun)  # "at the request [of] NATO"
    hosts = (verb, noun, *named) if noun.head == verb else (noun, *named)  # not "withdrew from Y despite calls"
    return owner + [o for t in hosts for o in prep_objects(t, _SENDER_PREPS)]


def sender_named(noun: "Token", verb: "Token", readings: set[str], res: "ArgumentResolver") -> bool:
    """Whether ``noun`` (its lexicon ``readings``) is a message (an appeal, a warning, a charge) that
    ``verb`` turns down or heeds, naming who sent it ("rebuffed calls [from the Iraqi government] to
    carry out airstrikes", "dismissed [Trump's] warnings", "resisted [US] calls for an embargo"): the
    message is then an event of its own, besides the rejection; not "rejected calls to block the
    sale" (whose calls, no one says)."""
    if (noun.lemma_.lower() not in ASK_NOUNS and not readings & MESSAGE_TYPES) or heeding_verb(noun) != verb:
        return False
    premodifiers = [c for c in noun.children if c.dep_ in _PREMODIFIERS]
    return bool(message_senders(noun, verb)) or any(res.mentions_at(c) for c in premodifiers)


def named_antecedent(verb: "Token", subj: "Token") -> "Token | None":
    """The name a relative "which" subject of a stance verb stands for: "China, [which] expressed
    frustration over Pyongyang's test, ...", "NATO, which has condemned ...": a state or body that
    speaks (not a thing named by a common noun, "the campaign against ISIS, which has killed ...",
    nor a restrictive "that", which describes rather than reports: "a North Korea that threatens")."""
    if subj.lower_ != "which" or subj.dep_ != "nsubj" or verb.dep_ != "relcl":
        return None
    head = verb.head
    if head.pos_ != "PROPN" or head.i > subj.i or any(c.dep_ == "conj" for c in head.children):
        return None  # (not "Saudi Arabia and Turkey, which ...": which of them the parse does not say)
    return head


def held_open(verb: "Token", obj: "Token | None", lex: "Lexicon") -> bool:
    """Whether ``verb`` holds a hostile act open: "would not rule out military strikes against the
    Islamic State", "refused to rule out military intervention", "did not rule out a pre-emptive
    strike" (not "did not rule out talks", "cannot rule out a link to al Qaeda": no act of its own,
    no threat). The news idiom of a threat (CAMEO 138), not a refusal."""
    if obj is None or not rule_out_denied(verb):
        return False
    return hostile_act(obj, lex)


def hostile_act(obj: "Token", lex: "Lexicon") -> bool:
    """Whether noun ``obj`` names a hostile act (an attack, a strike, an invasion, armed action), not a
    course of words ("talks") nor a bare "action" or "step"."""
    lemma = obj.lemma_.lower()
    if lemma in _COURSE_NOUNS:
        return modified_by(obj, _ARMED)
    return any(t.type in HOSTILE_CONTENT - {"THREATEN"} and t.weight >= 0.5 for t in lex.noun(lemma))


#: a warning that another side's hostile act will meet an answer: "will not tolerate Iranian attacks"
NOT_TOLERATED = Trigger("THREATEN", None, "138", 0.75, "rule", "a hostile act its target says it will not tolerate")


def tolerance_refused(verb: "Token", obj: "Token | None", lex: "Lexicon") -> bool:
    """Whether ``verb`` warns another side off a hostile act: "The United States will not tolerate
    Iranian attacks on its forces", "Russia would never tolerate such strikes": a warning of an answer
    to come (a threat). Not a habit ("the CIA does not tolerate reprisals": no act ahead) nor a thing
    that is no act ("will not tolerate a nuclear Iran")."""
    if obj is None or verb.lemma_.lower() != "tolerate" or is_passive(verb):
        return False
    kids = [c for c in verb.children if c.dep_ in ("neg", "aux")]
    ahead = any(c.dep_ == "aux" and c.lower_ in _AHEAD_AUX for c in kids)
    denied = any(c.lower_ in _NEVER for c in verb.children if c.dep_ in ("neg", "advmod"))
    return ahead and denied and hostile_act(obj, lex)


#: what marks threats as uttered, beside ``extract.UTTERED``: "escalating threats", "war threats"
_VOICING = frozenset({"war", "dramatic", "bellicose", "fiery", "daily", "escalate", "escalating", "provocative",
                      "constant", "frequent", "incessant"})
#: runs of threats: "a series of threats from the North", "a torrent of threats"
_RUN_NOUNS = frozenset({"series", "string", "torrent", "barrage", "volley", "flurry", "stream", "spate", "litany",
                        "wave", "week", "month", "day", "clamor", "clamour", "lot"})


def threats_voiced(noun: "Token", uttered: frozenset[str]) -> bool:
    """Whether plural "threats" are a side's words, made by who owns them or sends them ("from",
    "by"): "a series of threats from the North", "weeks of escalating threats from Pyongyang",
    "North Korea's war threats"; not "threats from Iran" to be countered (a danger, no act)."""
    if noun.lemma_.lower() != "threat" or noun.tag_ != "NNS":
        return False
    owned = any(c.dep_ == "poss" for c in noun.children) or any(prep_objects(noun, FROM | BY))
    marked = modified_by(noun, uttered | _VOICING)
    run = noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.lemma_.lower() in _RUN_NOUNS
    return owned and (marked or run)


__all__ = ["ANSWER_PREPS", "ANYONE_WORDS", "APPEAL", "ASK_NOUNS", "CLAIM_REJECTED", "CONCESSION", "FORCEFUL_ANSWER",
           "GIVEN_THINGS", "HEEDING_VERBS", "HELD_OPEN", "NOT_TOLERATED", "MESSAGE_TYPES", "NATIONALS", "PROMISING_VERBS",
           "READY_ANSWER", "REFUSAL", "RESOLVE", "aimed_at_anyone", "answered_by", "answers_another_side",
           "answered_doers", "appeal_reading", "appealed_for_party", "asked_act", "asked_from", "asked_of", "asked_party",
           "asks_for_something", "called_thing", "complied_in", "defied_in", "doers_named", "forceful_answer",
           "forsworn_act", "gives_ground", "heeding_verb", "held_open", "hostile_act", "infinitive_under", "inner_act",
           "message_senders", "met_with_force", "named_addressee", "named_antecedent", "own_organs_ordered",
           "own_people_advised", "refused_parties",
           "regret_reading", "rejection_label", "release_holder", "released_from",
           "said_in_doing", "saying_of", "second_object_label",
           "self_addressed", "sender_named", "stated_fact", "threat_dropped", "threats_voiced", "tolerance_refused", "told_to_act",
           "unhesitating", "with_subject"]
