"""Type decisions that read the clause around a trigger, made once a sentence's candidates are found.

**A hostile act its own doer says it may take is a threat.** "China signalled it could impose
tariffs", "Iran said it might block oil exports", "Beijing said it would retaliate": the event the
sentence reports is the warning (PLOVER THREATEN, CAMEO 13), made as it is said, not the act
(which has not happened and may never). The gold of dev-news codes "Tehran vowed it would
retaliate" and "Russian officials vowed to retaliate" so. Two kinds of act qualify:

- any coercive act (ASSAULT, COERCE, SANCTION) under a modal of possibility (could, might, may):
  "warned they could retaliate", "said it may strike Guam";
- a retaliation (retaliate, respond, punish, avenge, read as one of those acts) under a future
  auxiliary too ("said it would retaliate"): a reply to another's move promised ahead is a threat, whereas "said it would impose
  sanctions on 20 institutions" is an announced measure (SANCTION, planned) and stays one.

Only the doer's own words count: the speaker of the governing verb of saying must be on the act's
source side. "Analysts suggest China could retaliate" is a forecast (the act, hypothetical), and
so is "the administration said Al Qaeda might target U.S. embassies". A negated act ("said it
would not impose sanctions"), a past one ("could have struck") and a hedged one ("would likely
strike") keep their reading, and so does an act on a condition: "could impose sanctions if Ankara
buys the S-400" is the conditional-threat rule's to read (``_threats_on_condition`` in
``extract``: a threat with "will/would", a hypothetical act with "could", as the project's
sentence set codes it: SANCTION, hypothetical, THREATEN accepted as an alternative type).

**An appeal for an act is an appeal.** "urged talks with Russia", "demanded the release of the
sailors": an appeal verb is the event, the act it asks for its content (CAMEO 02 "appeal": 026
appeal to meet, PLOVER REQUEST), where a weak verb takes its object's reading ("ordered the
expulsion of diplomats": the expulsion). Without this, "urge" with "talks" matched CAMEO's weak
appeal-to-meet pattern and the stronger noun reading (CONSULT) replaced it.

**Ground taken in fighting is an assault.** "captured the last area controlled by the militants",
"recaptured Mosul", "overran the army base", "seized the town of Palmyra", "took control of
Kunduz", "seized large parts of Iraq": a town, an area or a base taken by force is armed
fighting (PLOVER ASSAULT; the dev-news gold codes "captured the last IS area" so), and the
manual codes "combatants captured during conflict" as ASSAULT (abduct), not COERCE (arrest).
A ship, a tanker or a drone captured is property seized (COERCE, seize), whichever way the
learned reader took the verb.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .acts import GROUND_NOUNS, TAKEN_THROUGH, taken_through
from .lexicon import Trigger
from .speech import speaker_of
from .status import CONDITION_MARKS, FORECAST_ADVERBS, FUTURE_AUX, bare_conj, marked_clause

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Token

    from .args import ArgumentResolver, Discourse
    from .candidate import Candidate
    from .lexicon import Lexicon

#: coercive acts that, said by their doer as possible, are threats
COERCIVE_TYPES = frozenset({"ASSAULT", "COERCE", "SANCTION"})
#: acts that answer another's move: promised ahead, with "will" or "would", they are threats
RETALIATION_VERBS = frozenset({"retaliate", "respond", "punish", "avenge"})
#: modals of possibility: "could impose", "might strike", "may retaliate"
POSSIBILITY_AUX = frozenset({"could", "might", "may"})
#: verbs that carry a warning besides the reporting verbs ("signalled it would retaliate")
SIGNALLING_VERBS = frozenset({"signal", "warn", "hint", "indicate", "threaten", "vow", "pledge", "caution",
                              "suggest", "say", "tell"})

#: verbs of appeal: their curated REQUEST reading stands over the reading of what they ask for
APPEAL_VERBS = frozenset({"urge", "ask", "appeal", "implore", "beg", "exhort", "demand", "request", "encourage",
                          "plead", "call"})

#: verbs of taking by force whose reading turns on what is taken ("seized the town", "took control of Kunduz")
CAPTURE_VERBS = frozenset({"capture", "recapture", "retake", "overrun", "seize", "take", "gain", "wrest"})
#: combatants: captured in fighting, an assault (PLOVER's "abduct")
FIGHTER_NOUNS = frozenset({"fighter", "soldier", "troop", "militant", "combatant", "rebel", "insurgent",
                           "jihadist", "mercenary", "paratrooper", "commando"})
#: property: captured, seized (CAMEO 171)
PROPERTY_NOUNS = frozenset({"tanker", "ship", "vessel", "boat", "drone", "cargo", "shipment", "trawler", "freighter",
                            "aircraft", "plane", "helicopter", "weapon", "arm"})
#: the entity types of places named as the thing taken ("recaptured Mosul")
PLACE_ENTS = frozenset({"GPE", "LOC", "FAC"})

CAPTURED_GROUND = Trigger("ASSAULT", None, None, 0.75, "rule", "ground or fighters taken by force")
SEIZED_PROPERTY = Trigger("COERCE", "seize", "171", 0.75, "rule", "property captured: a seizure")
SPOKEN_THREAT = Trigger("THREATEN", None, None, 0.7, "rule", "a hostile act its doer says it may take")


def spoken_threats(cands: list["Candidate"], res: "ArgumentResolver", ctx: "Discourse", lex: "Lexicon") -> None:
    """Retype as threats the coercive acts that their own doer says it could (or, for a
    retaliation, would) take (module docstring); sides stay the act's."""
    for c in cands:
        if _said_possible_act(c, lex) and _own_words(c, res, ctx, lex):
            c.trig = SPOKEN_THREAT


def appeal_over_object(own: list[Trigger], lemma: str) -> Trigger | None:
    """The verb's own curated appeal (REQUEST) when it is a verb of appeal ("urged talks"), else None."""
    if lemma not in APPEAL_VERBS:
        return None
    return next((t for t in own if t.source == "curated" and t.type == "REQUEST"), None)


def captures(cands: list["Candidate"]) -> None:
    """Type a capture by what is taken: ground or fighters (ASSAULT), property (COERCE seize)."""
    for c in cands:
        if c.trigger.lemma_.lower() not in CAPTURE_VERBS or c.trig.type not in ("COERCE", "ASSAULT"):
            continue
        kind = _taken_kind(c.trigger)
        if kind is not None:
            c.trig = kind


#: verbs whose bare reading is no taking, but which take ground by a particle or an object of control:
#: "ISIS took over Fallujah", "militants gained control of Mogadishu"
TAKING_OVER_VERBS = frozenset({"take", "gain"})


def ground_taken_over(verb: "Token") -> bool:
    """Whether ``verb`` takes ground or fighters by a particle or through "control": "the Houthis
    took [over] Yemen", "ISIS had taken over 60 Kurdish villages", "gained [control] of Mogadishu".
    Not an office, a task or a firm taken over ("took over the premiership", "took over the probe",
    "gained control of the House"), nor "took over" with no object ("Kim took over")."""
    lemma = verb.lemma_.lower()
    if lemma not in TAKING_OVER_VERBS:
        return False
    over = any(c.dep_ == "prt" and c.lower_ == "over" for c in verb.children)
    control = any(c.dep_ == "dobj" and c.lemma_.lower() == "control" for c in verb.children)
    if not (over and lemma == "take") and not control:
        return False
    return _taken_kind(verb) is CAPTURED_GROUND


def _taken_kind(verb: "Token") -> Trigger | None:
    """The reading the thing taken gives, None when it names none of the kinds above. A place
    name may hang on the verb as an adverb ("recaptured Mosul": a parser slip)."""
    taken = next((c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")), None) or next(
        (c for c in verb.children if c.dep_ in ("advmod", "npadvmod") and c.ent_type_ in PLACE_ENTS), None)
    if taken is None and verb.dep_ == "acl" and verb.tag_ == "VBN":
        taken = verb.head  # "the town captured by the rebels"
    if taken is not None and taken.lemma_.lower() in TAKEN_THROUGH:
        taken = taken_through(taken)  # "took control of Kunduz", "seized large parts of Iraq"
    if taken is None:
        return None
    lemma = taken.lemma_.lower()
    if lemma in PROPERTY_NOUNS:
        return SEIZED_PROPERTY
    if lemma in GROUND_NOUNS or lemma in FIGHTER_NOUNS or taken.ent_type_ in PLACE_ENTS:
        return CAPTURED_GROUND
    return None


def _said_possible_act(c: "Candidate", lex: "Lexicon") -> bool:
    """A coercive verb under "could/might/may", or a retaliation under "will/would", in a clause
    that a verb of saying governs; not negated, perfect or hedged."""
    verb = c.trigger
    if verb.pos_ != "VERB" or c.trig.type not in COERCIVE_TYPES or c.trig is SPOKEN_THREAT:
        return False
    joined = bare_conj(verb)
    auxes = _auxes(verb) or (_auxes(joined) if joined is not None else set())  # "could retaliate and [impose]"
    retaliation = verb.lemma_.lower() in RETALIATION_VERBS
    if not (auxes & POSSIBILITY_AUX or (retaliation and auxes & FUTURE_AUX)):
        return False
    if any(a.dep_ == "neg" or a.lemma_ == "have" and a.dep_ == "aux" or a.lower_ in FORECAST_ADVERBS
           or marked_clause(a, CONDITION_MARKS) for a in verb.children):
        return False  # an act on a condition is left to the conditional-threat rule (see module docstring)
    return _saying_verb(verb, lex) is not None


def _auxes(verb: "Token") -> set[str]:
    return {a.lower_ for a in verb.children if a.dep_ == "aux"}


def _saying_verb(verb: "Token", lex: "Lexicon") -> "Token | None":
    """The verb of saying whose that-clause the act's clause is (or is coordinated in):
    "[said] it could strike", "[warned] they could retaliate and impose tariffs"."""
    clause = verb.head if verb.dep_ == "conj" else verb
    if clause.dep_ != "ccomp" or clause.head == clause:
        return None
    head = clause.head
    lemma = head.lemma_.lower()
    return head if lemma in SIGNALLING_VERBS or lex.is_reporting_verb(lemma) else None


def _own_words(c: "Candidate", res: "ArgumentResolver", ctx: "Discourse", lex: "Lexicon") -> bool:
    """The speaker of the governing verb is on the act's source side."""
    saying = _saying_verb(c.trigger, lex)
    own = c.source_codes()
    return saying is not None and bool(own) and any(a.code in own for a in speaker_of(saying, res, ctx))


__all__ = ["CAPTURED_GROUND", "SPOKEN_THREAT", "appeal_over_object", "captures", "ground_taken_over", "spoken_threats"]
