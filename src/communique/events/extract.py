"""The events stage: triggers in parsed sentences -> typed PLOVER events.

For each sentence: find verb and noun triggers through the lexicon (CAMEO
verb patterns mapped to PLOVER, plus curated news vocabulary), attach actors
through the dependency parse (subjects, objects, "with"/"between" phrases,
coordination, anaphora), then status, date, location, mode and topics. Events
whose actors all belong to one state are dropped unless they are a show of
force (MOBILIZE), as the annotation rules say.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace
from bisect import bisect_left
from functools import cached_property
from typing import TYPE_CHECKING, Iterable, Iterator

from ..actors.kb import chamber_seat, government_named, leader_acting
from ..dates import is_past_form
from ..types import (DEFINITE, LOCATION_BASIS, SPEECH_TYPES, SYMMETRIC_TYPES, Actor, Article, Event, Evidence,
                     Location, Mention, Status)
from .args import (AMOUNT_PREPS, HOME_MODIFIERS, QUANTITY_WORDS, SUBJECTS, ArgumentResolver, Discourse,
                   carried_object, copular_participle, names_doer, relative_object)
from .acts import (ATTACK_NOUNS, INCURSION, act_authorized, act_under_way, claim_in_doubt, claimant, claimed_report,
                   doer_participle, drop_retold_attacks, entered_land, framed_news, harm_done, harm_of_an_attack,
                   harmed_by, held_captive, hostile_attitude, mission_hit, names_a_thing, national_owner,
                   one_sided_claim, passive_doer, polled_public, sought_cause, struck_by, swept_land, taken_through,
                   unclaimed, unclaimed_attack)
from .annotate import (after, definite_reference, inherit_date, is_background, lag_date, own_time_unresolved,
                       parse_anchor, pick_mention, published_date, sentence_dates, starts_after,
                       told_as_history, told_as_of_writing)
from .appeals import calm_addressees
from .candidate import Candidate
from .channels import CONTACT_NOUNS, contact_reading
from .classes import quad_class
from .cooperation import (AID_NOUNS, AID_PLEDGED, AID_SENT, ARMS_HANDED, ARMS_SALE_APPROVED, FORCES_BUILT,
                          TOPIC_PREPS, aid_pledged, aid_sent, arms_handed, arms_sale_approved, commerce_only,
                          forces_built, names_no_party, pledge_of)
from .conditions import (CONDITIONAL_THREAT, DEPARTURE_VERBS, HOSTILE_CONTENT, condition_clauses, feared_clause,
                         threats_on_condition, ultimatum)
from .designees import name_designees
from .discourse import SAID_TYPES, discourse_mentions, said_abroad
from .persons import lend_speakers
from .speech import (QUOTED_REQUEST, drop_relabelled, hostile_deed, meeting_speaker, obliged, reporting_agent,
                     reporting_verb, speaker_of, speech_candidates, trailing_speaker)
from .statements import (ANSWER_PREPS, APPEAL, ASK_NOUNS, CONCESSION, FORCEFUL_ANSWER, HEEDING_VERBS, HELD_OPEN,
                         MESSAGE_TYPES, NOT_TOLERATED, PROMISING_VERBS, READY_ANSWER, REFUSAL, RESOLVE, aimed_at_anyone,
                         answered_by, answered_doers, answers_another_side,
                         appeal_reading, appealed_for_party, asked_from, asked_of, asked_party, asks_for_something,
                         called_thing, complied_in, doers_named, forceful_answer, forsworn_act, gives_ground,
                         heeding_verb, held_open, infinitive_under, message_senders, met_with_force, named_antecedent,
                         own_organs_ordered, own_people_advised, parties_of_act_asked, refused_parties,
                         regret_reading, rejection_label, release_holder,
                         released_from, said_in_doing, saying_of, second_object_label, self_addressed, sender_named,
                         stated_fact,
                         threat_dropped, threats_voiced, told_to_act, tolerance_refused, unhesitating,
                         with_subject)
from .force import (ARMED_CAMPAIGN, CYBER_ACT, FIGHTING_VERBS, FORCE_SENDING_VERBS, FORCE_SENT_HOME_SIDE,
                    FORCE_SENT_TO_HELP, FORCE_TYPES, FORCES_SENT_IN, SPEECH_MEDIA, WAR_BETWEEN, helped_objects,
                    helping_purpose, armed_campaign, armed_doer, attack_called_off, beaten_idiom, brought_home,
                    cyber_act,
                    fight_for_a_cause, fired_one,
                    force_arrived, force_dispatched, force_in_place,
                    force_destinations, forces_on_alert, forces_sent_in, fought_together, intruded_area, is_fighters,
                    labels_an_object, left_places, message_alert, mood_to_fight, moves_no_force, no_armed_crossing,
                    no_weapons_test, unarmed_engagement,
                    opposed_name, places_sent_into, played_out, recalled_war, simulated_attack, site_owners,
                    struck_of, test_of_no_weapon, tested_thing, verbal_retort, waged_by_subject, war_between,
                    warned_of, won_in_a_contest, worded_attack)
from .lexicon import Trigger
from .measures import (DECLARED_UNWELCOME, GOODS_MEASURES, GOODS_NOUNS, MISSION_CLOSED, accord_left, accord_parties,
                       accord_word, aid_cut, aid_ended, aid_receivers, answering_verb, blacklisted, bodies_left,
                       country_left, declared_unwelcome, diplomats_sent_away, expelled_from, goods_origins,
                       measure_in_law, measures_aimed, mission_closed, rated_goods, terror_designation, ties_broken,
                       unwelcome_declarers)
from .meetings import (ACCORD_NOUNS, ACCORD_PARTY_ROLES, ENCOUNTER_WORDS, JOINT_TALK, JOINT_TYPES, JOINT_VERBS,
                       SIDE_BY_SIDE, SPEECH_TO_BODY, accord_maker, accord_missed, accord_negotiated, accord_subject,
                       accord_under_talks, addressed_body, appeal_call, audience, beside_person, body_meeting,
                       brokered_with, calls_a_thing, disposed_side, encounter_reading, envoys_sent, existing_accord,
                       joined_by, joint_particle, joint_talk, looked_forward, made_accord, met_on_encounter,
                       named_by_call, occasion_addressee, occasion_doer, occasion_host, occasion_phrase,
                       participle_doer, party_called, process_parties, quoted_label, seen_in_person, sent_nowhere,
                       separate_meetings, skipped_by_side, sought_accord, speech_to_body, spoke_a_tongue,
                       spoke_at_occasion, trip_origins, voicing_verb, within_parties)
from .mutual import TRADING_VERBS, mutual_act, mutual_acts
from .questions import asks_a_question, in_question, is_caption, naming_participle, open_question, quoted_question
from .retype import (CAPTURED_GROUND, POSSIBILITY_AUX, SPOKEN_THREAT, appeal_over_object, captures, ground_taken_over,
                     spoken_threats)
from .roles import (ASCRIBING_VERBS, MOVER_TYPES, ascribed_doer, judged_doer, names_people, noun_prep_role,
                    patient_participle, topic_heads)
from .status import (ADVERBIAL_PREPS, CASUALTY_VERBS, CONDITION_MARKS, CONDITION_OPENERS, ENACTING_VERBS,
                     counterfactual, future_aux, governing, judged_unlikely, marked_clause, part_in_act, reason_for,
                     status_of, weighed_difficulty)
from .tokens import (AGAINST, BY, FOR, FROM, IN, OF, ON, TO, WITH, governing_verb, indefinite, is_passive, is_person,
                     modified_by, nearest_subject, noun_lemma, part_of, prep_objects, preps_named, quote_left,
                     verb_object, with_conjuncts)
from .typers import RuleTyper, TriggerTyper
from .visits import (DEFILING_VERBS, SIDELINES, VISIT_LEMMAS, burned_likenesses, counted_people, crowd_at_site,
                     crowd_of, drop_venue_bodies, drop_venue_visits, handed_back, marching_crowd, on_sidelines,
                     private_visit, protest_makers, protest_site, set_out_from, shown_not_demonstrated,
                     since_phrase, stays, un_venue, visit_word, visitor_among_hosts)

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Doc, Span, Token

    from ..actors import KnowledgeBase
    from .annotate import Story
    from .lexicon import Lexicon

#: prepositions whose object is the target (or a co-participant) of the event
TARGET_PREPS = frozenset({"with", "to", "against", "on", "into", "at", "toward", "towards", "upon", "from",
                          "over", "about", "regarding"})
PARTICIPANT_PREPS = frozenset({"between", "among", "amongst", "with"})
#: types whose "for" phrase names whom the act is for: "support for Kyiv", "aid for Gaza", "pledged
#: backing for Ukraine" (a demand's "for" is what it asks: "calls for restraint")
FOR_TARGET_TYPES = frozenset({"SUPPORT", "AID"})
#: benefits whose ending is a sanction on whom they were "for" ("cut funding for UNRWA", "ended its
#: support for the rebels"): aid's own nouns and support
WITHHELD_BENEFITS = AID_NOUNS | {"support"}
#: where one stands by another side it backs: "stands beside France", "stood by Ukraine"
STANDING_PREPS = frozenset({"beside", "behind", "alongside", "by"})
#: what a threat promises a side, named by "for": "severe punishment for Y", "consequences for Y"
PUNISHMENT_NOUNS = frozenset({"punishment", "consequence", "consequences", "retribution"})
#: verbs by which a text permits an act, and the texts that do ("a resolution authorizing military action")
PERMITTING_VERBS = frozenset({"authorize", "authorise", "allow", "permit", "sanction"})
DOCUMENT_NOUNS = frozenset({"resolution", "bill", "deal", "agreement", "accord", "law", "measure", "legislation",
                            "pact", "treaty", "letter", "order", "amendment", "draft", "text", "proposal"})
#: verbs whose object (or on/about-object) is a matter talked about: an act named there without a
#: party of its own is no act of the speakers ("discussed sanctions", "did not comment on the strikes")
TALK_VERBS = frozenset({"discuss", "address", "mention", "cite", "debate", "comment", "speak", "talk"})
#: adverbs the parser hangs on a verb that are its particle all the same ("push them [away]", "backed
#: [away] from the claim"): the verb's rows with that particle read it
ADVERB_PARTICLES = frozenset({"away"})
#: acts of force whose object may be a place, standing for the state it belongs to ("shelled Donetsk")
TERRITORIAL_TYPES = frozenset({"ASSAULT", "COERCE"})
TERRITORY_PREPS = frozenset({"on", "against", "into"})
#: stances taken on another's act ("condemned", "backed", "rejected") and the acts they are taken on
#: that the text reports as events of their own ("condemned [Russia's strikes]")
STANCE_TYPES = frozenset({"ACCUSE", "SUPPORT", "REJECT"})
REPORTED_ACTS = frozenset({"ASSAULT", "MOBILIZE", "COERCE", "SANCTION", "ACCUSE", "THREATEN"})
#: where a thing hit stands: "positions [in Idlib]", "targets [across Ukraine]"
WHERE_PREPS = frozenset({"in", "across", "near", "around"})
#: verbs of force that also name criticism ("attacked the chancellor over migration")
VERBAL_ATTACK_VERBS = frozenset({"attack"})
#: modifiers that make an attack one of force ("Obama's military attack")
ARMED_ADJECTIVES = frozenset({"military", "armed", "aerial", "air", "chemical", "nuclear", "terrorist", "terror",
                              "suicide", "deadly", "bloody", "violent", "cyber", "missile", "rocket", "drone"})
#: what only words can attack: documents, decisions and records ("attacked the resolution")
WORDS_OBJECTS = frozenset({"resolution", "decision", "policy", "deal", "plan", "remark", "comment", "statement",
                           "proposal", "bill", "law", "report", "idea", "record", "stance", "position", "speech",
                           "agreement", "approach", "leadership", "handling", "response", "rhetoric", "claim",
                           "investigation", "probe", "ruling", "verdict", "article", "book", "view", "argument"})
#: who a dismissal removes: people in office or employment ("fired the prosecutor", "he was fired")
OFFICE_NOUNS = frozenset({"director", "official", "prosecutor", "secretary", "adviser", "advisor", "aide", "chief",
                          "minister", "ambassador", "employee", "staffer", "staff", "head", "commander", "manager",
                          "coach", "inspector", "attorney", "counsel", "envoy", "deputy", "spokesman",
                          "spokeswoman", "governor", "editor", "executive", "general", "admiral", "strategist",
                          "captain", "officer", "ceo", "chairman", "boss", "agent", "lieutenant", "colonel",
                          "commissioner", "superintendent", "investigator", "president", "leader"})
#: verbs by which a body imposes or readies a measure it carries as its object ("announced Russia sanctions")
IMPOSING_VERBS = frozenset({"announce", "impose", "approve", "adopt", "pass", "unveil", "slap", "levy", "expand",
                            "extend", "tighten", "introduce", "prepare", "propose", "order", "authorize", "sign",
                            "enact", "renew", "reimpose", "reinstate", "issue"})
#: nouns of an area within a state that a force may leave ("the Kyiv region", "the city of Kherson")
AREA_NOUNS = frozenset({"region", "province", "city", "town", "area", "district", "oblast", "territory", "village",
                        "capital", "port", "zone", "enclave", "peninsula", "governorate"})
#: dependents that are phrases of another doer or another event than their head's
OTHER_PHRASES = frozenset({"nsubj", "nsubjpass", "csubj", "relcl", "ccomp", "advcl", "parataxis", "xcomp", "conj",
                           "acl", "appos"})
#: acts of force whose only recipient may be the state of the place they hit or left (``_place_as_target``)
PLACE_TARGET_TYPES = frozenset({"ASSAULT", "COERCE"})
DISMISSED_PRONOUNS = frozenset({"he", "she", "him", "her", "his", "i", "me", "my", "you", "your", "who", "whose"})
#: verbs by which one makes a call, demand or appeal of one's own ("renewed the call for talks"), or voices
#: one's backing ("reaffirmed its support for Y")
VOICING_VERBS = frozenset({"make", "issue", "renew", "repeat", "reiterate", "voice", "echo", "join", "lead",
                           "launch", "send", "step", "press", "deliver", "restate", "sound", "reaffirm", "affirm"})
TIME_NOUNS = frozenset({"weekend", "night", "day", "week", "hour", "time", "period", "month", "year", "decade",
                        "holiday", "morning", "evening"})
#: acts only an office holder can do for a state (a former president bombs no one)
OFFICE_ACTS = frozenset({"ASSAULT", "MOBILIZE", "SANCTION", "AGREE", "AID", "RETREAT", "COERCE"})
PLACE_PREPS = frozenset({"in", "at", "near", "outside", "inside"})
#: prepositions of the venue or occasion of words said, which the parse may hang in the matter said
OCCASION_PREPS = frozenset({"at", "during"})
#: participles that say where words were said ("Speaking in Geneva, X said")
SPEAKING_WHERE = frozenset({"speak", "address", "talk", "testify", "appear"})
#: coercion done on the target's land or shores, not at home: "Israel's blockade of Gaza"
OCCUPYING = frozenset({"occupy", "occupation", "blockade", "siege", "besiege", "annex", "annexation",
                       "invade", "invasion", "incursion"})
#: types whose place the sides do not tell (``_side_location``)
PLACELESS_TYPES = frozenset({"CONSULT", "AGREE", "COOPERATE", "AID", "RETREAT"})
#: acts a body's chamber takes in session, at its seat: votes, statements, demands (not what its forces do)
CHAMBER_TYPES = frozenset({"ACCUSE", "REQUEST", "SANCTION", "SUPPORT", "REJECT", "THREATEN", "AGREE", "CONSULT"})
#: words of striking a place, as a verb or a verb's object ("struck", "launched airstrikes"): see
#: ``_striking``
STRIKE_WORDS = frozenset({"strike", "airstrike", "bomb", "bombing", "bombard", "bombardment", "shell", "shelling",
                          "raid", "pound", "hit", "attack", "target", "fire", "missile", "rocket"})
#: verbs whose coordinated subjects do the act to each other: "India and Pakistan exchanged fire",
#: "the two sides traded accusations"
RECIPROCAL_VERBS = TRADING_VERBS | FIGHTING_VERBS
#: verbs that only carry a nominal trigger ("hold talks", "use his meeting")
CARRIERS = frozenset({
    "hold", "have", "use", "make", "take", "give", "conduct", "carry", "stage", "launch", "impose",
    "reach", "sign", "seal", "strike", "host", "attend", "join", "participate", "arrange", "plan",
    "schedule", "set", "agree", "announce", "begin", "start", "open", "resume", "continue", "wrap",
    "end", "conclude", "convene", "call", "express", "issue", "deliver", "level", "mount",
    "step", "extend", "provide", "offer", "send", "seek", "pledge",
})
#: verbs of intention or phase: their complement is the event ("plans to visit", "decided to impose");
#: a refusal's too ("declined to meet Y"), so that one to speak is none ("declined to comment")
MODAL_VERBS = frozenset({
    "plan", "intend", "seek", "want", "hope", "try", "aim", "attempt", "decide", "expect", "prepare",
    "continue", "begin", "start", "need", "wish", "wait", "move", "work", "use", "look", "help", "appear",
    "seem", "tend", "fail", "manage", "refuse", "decline", "resume", "stop", "cease", "consider",
})
#: an event inside the complement of one of these is that event's content, not an event of its own
CONTAINER_TYPES = frozenset({"AGREE", "REQUEST", "THREATEN", "REJECT", "ACCUSE", "SUPPORT", "CONCEDE"})
#: acts that take effect as they are announced ("announced it will sanction ...": occurred)
ENACTED_TYPES = frozenset({"SANCTION"})
#: acts an authority does and reports itself ("X said two nationals had been charged/arrested"): an
#: agentless passive of these in the speaker's reported clause has the speaker as its agent
AUTHORITY_ACTS = frozenset({"ACCUSE", "COERCE", "SANCTION"})
COMPLEMENT_DEPS = frozenset({"xcomp", "ccomp", "pcomp", "dobj", "pobj", "prep", "acl", "nsubj", "conj"})
#: nouns of states of affairs, not events, unless a verb starts them ("launched a war")
STATE_NOUNS = frozenset({"war", "conflict", "tension", "rivalry", "dispute", "crisis", "competition",
                         "relation", "tie", "relationship", "alliance", "partnership", "cooperation", "support",
                         "threat", "aggression", "pressure", "coercion", "commitment"})
#: nouns of easing a measure: "the lifting of sanctions", "sanctions relief" name no measure imposed
EASING_NOUNS = frozenset({"lifting", "lift", "easing", "removal", "relief", "waiver", "reduction", "rollback",
                          "repeal", "relaxation", "suspension", "end", "ending"})
#: the prepositions by which such a noun names the measure it eases ("the lifting of", "an end to",
#: "relief from", "a reduction in")
EASED_PREPS = frozenset({"of", "to", "from", "in"})
#: verbs that hold, perceive or handle a state of affairs, not start it: "poses a threat", "sees no
#: threat from X", "address the threats", "took the threat to the Security Council": the threat is a danger
#: judged, no one's act of threatening. "take" holds only a threat ("took the threat seriously", "take on the
#: ISIL threat"): "took the war to Israel" is fighting (``holds_state``)
HOLDING_VERBS = frozenset({"pose", "represent", "constitute", "present", "see", "perceive", "view", "consider",
                           "regard", "face", "address", "counter", "combat", "tackle", "confront", "assess",
                           "downplay", "underestimate", "exaggerate", "ignore", "acknowledge", "recognize",
                           "question", "doubt", "identify", "detect", "cite"})
#: words of a warned clause that make it a threat, not a forecast ("warned Russia would pay a price",
#: "warned that time was running out for talks": a deadline)
THREAT_WORDS = frozenset({"consequence", "price", "retaliate", "retaliation", "respond", "response", "punish",
                          "punishment", "sanction", "tariff", "force", "strike", "attack", "war", "military", "time",
                          "deadline"})
#: prepositions of what a warning is about ("warned of consequences", "warned against a strike"); not of
#: its time or place ("warned in a speech in Berlin that ...")
WARNED_PREPS = frozenset({"of", "against", "about", "over"})
#: prepositions that aim a weapon or a strike at what they name ("fired rockets at Israel", "launched
#: missiles into Israel", "strikes on", "raids against U.S. forces")
AIM_PREPS = frozenset({"at", "on", "upon", "into", "toward", "towards", "against"})
#: open places a weapon is fired into without striking their owner ("into Japan's airspace", "into the sea")
OPEN_AREAS = frozenset({"airspace", "sea", "ocean", "water", "waters", "zone", "air", "orbit", "space"})
#: nouns that name events: "the launches" refers back to the latest event of that type
EVENT_NOUN_TYPES: dict[str, str | tuple[str, ...]] = {
    "launch": "MOBILIZE", "test": "MOBILIZE", "drill": "MOBILIZE", "exercise": "MOBILIZE",
    "attack": "ASSAULT", "strike": "ASSAULT", "invasion": "ASSAULT", "incursion": ("MOBILIZE", "ASSAULT"),
    "offensive": "ASSAULT", "assault": "ASSAULT", "airstrike": "ASSAULT", "bombing": "ASSAULT", "raid": "ASSAULT",
    "killing": "ASSAULT", "operation": ("ASSAULT", "MOBILIZE"),
    "provocation": "MOBILIZE", "buildup": "MOBILIZE", "deployment": "MOBILIZE",
    "accusation": "ACCUSE", "allegation": "ACCUSE", "charge": "ACCUSE", "claim": "ACCUSE",
    "criticism": "ACCUSE", "condemnation": "ACCUSE", "demand": "REQUEST", "request": "REQUEST",
    "call": "REQUEST", "ultimatum": "THREATEN", "threat": "THREATEN", "sanction": "SANCTION",
    "tariff": "SANCTION", "expulsion": "SANCTION", "ban": "SANCTION", "ruling": "*", "decision": "*",
    "move": "*", "step": "*", "measure": "*", "action": "*", "announcement": "*", "offer": "*",
}
#: nouns that refer back to an act or a statement without naming it ("called the incident a violation",
#: "denied the rumors"), or name an act asked of the other side ("calls for restraint", "options")
INCIDENT_NOUNS = frozenset({
    "incident", "episode", "event", "conduct", "behavior", "behaviour", "act", "actions", "rumor", "rumour",
    "report", "suggestion", "speculation", "assertion", "statement", "remark", "option", "restraint", "calm",
    "de-escalation",
})
#: reactions: with no target of their own, they answer whoever acted in the event just reported
REACTIVE = frozenset({"ACCUSE", "REJECT", "THREATEN", "PROTEST"})
#: words for the parties of a state's own politics: its legislature and members, its courts and
#: investigators, its parties, its critics and press ("dismissed the probe by special counsel Mueller",
#: "rejected the concerns of lawmakers"), and the modifiers that make a party one at home (``HOME_MODIFIERS``,
#: "a presidential veto", "congressional investigators"): unresolved words that name a party at home
HOME_PARTY_WORDS = HOME_MODIFIERS | frozenset({
    "congress", "senate", "senator", "lawmaker", "legislator", "legislature", "parliament", "parliamentarian",
    "congressman", "congresswoman", "court", "judge", "prosecutor", "counsel", "attorney", "investigator",
    "critic", "democrat", "republican", "media", "press", "reporter", "journalist", "voter", "fbi",
    "presidential", "parliamentary", "judicial",
})
#: the phrases of an act's word that name whom the act is about or whose act it answers
ABOUT_PREPS = frozenset({"of", "by", "from", "against", "with", "to", "about", "over"})
#: "on the sidelines of a NATO summit": the summit is the occasion, not the event
OCCASION_NOUNS = frozenset({"sideline", "sidelines", "margin", "margins", "fringe", "fringes", "occasion", "side",
                            "eve", "run-up", "lead-up", "conjunction"})
#: verbs whose object is what is talked about, not who is talked to
TOPIC_VERBS = frozenset({"discuss", "talk", "debate", "address", "raise", "review", "consider", "explore",
                         "examine", "focus", "cover", "tackle", "assess"})
#: event nouns that, counted ("four missile tests", "three summits"), sum up several events
REPEATABLE = frozenset({"test", "launch", "strike", "attack", "meeting", "visit", "call", "talk", "summit",
                        "round", "exercise", "drill", "raid", "incursion", "violation", "clash", "provocation"})
VIRTUAL_CUES = frozenset({"virtual", "virtually", "video", "videoconference", "online", "teleconference"})


def _distinct(actors: Iterable[Actor]) -> list[Actor]:
    """One actor per code, preferring persons (they name who acted)."""
    best: dict[str, Actor] = {}
    order: list[str] = []
    for a in actors:
        if a.code not in best:
            best[a.code] = a
            order.append(a.code)
        elif best[a.code].kind != "person" and a.kind == "person":
            best[a.code] = a
    return [best[c] for c in order]


def _persons(actors: Iterable[Actor]) -> list[Actor]:
    seen, out = set(), []
    for a in actors:
        if a.kind == "person" and a.name not in seen:
            seen.add(a.name)
            out.append(a)
    return out


@dataclass
class VerbFrame:
    """A verb and the words its reading is looked up by: its particle, the prepositions after it
    (and the first one's object), its object (and the word the lexicon reads it by), a small clause
    or a gap standing for the object, and its complement; then what the lookups found on the way:
    what is left ("pulled out of [the accord]"), whether the complement gave the reading, and the
    accusation a denial answers."""

    tok: "Token"
    lemma: str
    particle: str | None
    preps: list["Token"]
    obj: "Token | None"
    obj_lemma: str | None
    small: "Token | None"
    gap: "Token | None"
    pobj: "Token | None"
    xcomp: "Token | None"
    left: "Token | None" = None
    via_complement: bool = False
    denied: "Token | None" = None

    @cached_property
    def area(self) -> "Token | None":
        """The area of a state armed craft enter (``intruded_area``), read once for the reading and the target."""
        return intruded_area(self.tok)

    @cached_property
    def burned(self) -> list["Token"]:
        """Whom the likenesses a protest burned name (``burned_likenesses``), read once for the reading
        and the target."""
        return burned_likenesses(self.tok)


def _told_in_past(trig: "Token") -> bool:
    """Whether the clause of a trigger is in the past tense ("did not skip his meeting", "visited
    Moscow"): a week still ahead named elsewhere in the sentence ("Xi will skip the summit next
    week, and Abe did not skip his meeting") is not its date's time, so it makes no plan of it."""
    verb = trig if trig.pos_ in ("VERB", "AUX") else governing_verb(trig)
    # not the present perfect: told as of the day of writing, a week ahead it names stays its time
    return verb is not None and is_past_form(verb, perfect=False)


class EventExtractor:
    """Extracts events from one parsed article. Stateless between articles."""

    def __init__(self, kb: "KnowledgeBase", lexicon: "Lexicon", typer: TriggerTyper | None = None):
        self.kb = kb
        self.lex = lexicon
        self.typer = typer if typer is not None else RuleTyper()

    # -- public ----------------------------------------------------------------------------
    def extract(self, article: Article, doc: "Doc", mentions: list[Mention]) -> list[Event]:
        anchor = parse_anchor(article.published)
        self.typer.start(doc, mentions)  # the model reads the knowledge base's mentions it was trained on
        mentions = sorted([*mentions, *discourse_mentions(doc, mentions, self.kb.title_roles)],
                          key=lambda m: m.start)  # text order, for the per-sentence bisect
        resolver = ArgumentResolver(doc, mentions)
        ctx = Discourse()
        events: list[Event] = []
        dated: list[tuple[int, Event]] = []  # (sentence number, event) of events with a date
        starts = [m.start for m in mentions]
        conj_heads = {t.head.i for t in doc if t.dep_ == "conj"}  # the tokens a coordination can hang on
        prev: "Span | None" = None  # the previous sentence: the story's date for "a day earlier"
        reports: list[tuple[int, Event]] = []  # (sentence number, event) of attacks told with no doer
        for n, sent in enumerate(doc.sents):
            if len(sent) < 4 or self.lex.discard(sent.text) or is_caption(sent):
                continue
            ctx.sentence = n
            lo, hi = bisect_left(starts, sent.start_char), bisect_left(starts, sent.end_char)
            sent_actors = [m.actor for m in mentions[lo:hi]]
            story = (n, dated, prev)
            found = [inherit_date(ev, n, dated) for ev in self._sentence(sent, resolver, ctx, anchor, article, story)]
            prev = sent
            # a story's date to lend: month or day precision, not history recalled in passing
            # only dates the text gives are lent on: an inherited date lent again would travel down the article
            dated.extend((n, ev) for ev in found if ev.date and ev.date_basis == "text" and len(ev.date) >= 7
                         and not ev.background)
            found, joined = self._join_claims(found, n, events, reports)
            events.extend(found)
            for ev in joined:  # the attack now has its doer: "condemned the attack" aims at it
                ctx.note_event(ev)
            for ev in found:
                if one_sided_claim(ev):  # "condemned the attack": its doer's; no story's other side to aim at
                    ctx.last_by_type[ev.type] = ev
                elif not unclaimed(ev):  # (an attack with no doer is no party's act to refer back to)
                    ctx.note_event(ev)
                elif ev.target is not None:
                    reports.append((n, ev))
            for group in self._coordinated_sets(sent, resolver, conj_heads):
                ctx.note_coord(group)
            ctx.note_mentions(sent_actors)
            subj = next((m for t in sent if t.dep_ in SUBJECTS and (m := resolver.mention_of(t))), None)
            if subj is not None:
                ctx.last_subject = subj.actor
            self._note_speaker(sent, resolver, ctx)
            resolver.note_authors(sent, ctx)
        events = said_abroad(drop_retold_attacks(events))
        return name_designees([self._roles_then(published_date(ev, anchor), anchor) for ev in events], doc, resolver)

    @staticmethod
    def _join_claims(found: list[Event], n: int, events: list[Event],
                     reports: list[tuple[int, Event]]) -> tuple[list[Event], list[Event]]:
        """A sentence's events less the claims of an attack the article reported before with no doer,
        and the attacks those claims complete: the report takes the claimant as its doer ("A car bomb
        hit the Turkish embassy in Kabul on Monday. The Taliban claimed responsibility for the attack":
        one attack by the Taliban on Turkey, placed and dated by the report). Edits the article's lists
        in place: each completed attack takes its report's place in ``events`` and leaves ``reports``."""
        kept, joined = [], []
        for ev in found:
            report = claimed_report(n, reports) if one_sided_claim(ev) else None
            at = next((i for i, e in enumerate(events) if e is report), None)
            if report is None or at is None:
                kept.append(ev)
                continue
            events[at] = replace(report, source=ev.source, participants=report.participants + ev.participants)
            joined.append(events[at])
            reports.remove(next(r for r in reports if r[1] is report))
        return kept, joined

    def _roles_then(self, ev: Event, anchor: dt.date | None) -> Event:
        """An event the text dates a year or more before the article, with each person in the role
        held then, not at publication ("Netanyahu and Kofi Annan meet in New York on May 15, 1998":
        Annan for the UN, though the base gives Ghana's code after 2006)."""
        if ev.date_basis != "text" or not is_background(ev.date, anchor):
            return ev
        then = self.kb.as_of
        return replace(ev, source=ev.source and then(ev.source, ev.date), target=ev.target and then(ev.target, ev.date),
                       participants=tuple(then(a, ev.date) for a in ev.participants))

    def _note_speaker(self, sent: "Span", res: ArgumentResolver, ctx: Discourse) -> None:
        """Who speaks in this sentence ("..., Pompeo said"): the "we" of the quotes that follow."""
        for tok in sent:
            if tok.pos_ == "VERB" and self.lex.is_reporting_verb(tok.lemma_.lower()):
                speaker = speaker_of(tok, res, ctx)
                if speaker:
                    ctx.last_speaker = speaker[0]
                    return

    def _misdeed(self, tok: "Token") -> bool:
        """Whether ``tok`` is a verb of the ``accusation`` class ("violate", "breach", "undermine")."""
        return tok.lemma_.lower() in self.lex.speech_classes["accusation"]

    def _reporting(self, tok: "Token") -> bool:
        return reporting_verb(tok, self.lex)

    # -- per sentence ----------------------------------------------------------------------
    def _sentence(self, sent: "Span", res: ArgumentResolver, ctx: Discourse,
                  anchor: dt.date | None, article: Article, story: "Story") -> list[Event]:
        cands = self._candidates(sent, res, ctx)
        cands = self._settle(cands, res, ctx)
        lend_speakers(cands, res, ctx, self._reporting)
        _note_acts(sent, cands, res, ctx)
        if not cands:
            return []
        dates = sentence_dates(sent, anchor, *story)
        built = (self._build(c, sent, dates, anchor, article, res) for c in cands)
        return [ev for ev in built if ev is not None]

    def _candidates(self, sent: "Span", res: ArgumentResolver, ctx: Discourse) -> list[Candidate]:
        """The sentence's candidate events: its verbs', then its event nouns' (but those a verb
        already reads), then its statements' (``speech_candidates``)."""
        claimed: set[int] = set()  # noun triggers absorbed by a verb trigger
        reported: set[int] = set()  # another's acts named under a stance on them
        cands = self._verb_candidates(sent, res, ctx, claimed, reported)
        for tok in sent:
            if tok.pos_ in ("NOUN", "PROPN") and tok.i not in claimed and not named_by_call(tok, res) \
                    and not existing_accord(tok) and not accord_under_talks(tok) and not res.inside_name(tok):
                # "salvage the Iran deal": an accord referred to; "the Popular Mobilization Units": a name
                c = self._noun_candidate(tok, res, ctx)
                if c is not None:
                    c.reported = tok.i in reported
                    cands.extend([c, *threat_dropped(c), *accord_missed(c)])
                    # "stepped back from his threat": a concession too; "the talks ended without a deal": no accord
        # a misdeed's generic reading ("violated the ceasefire": CAMEO's 196) leaves the accusation to the speech
        taken = {c.trigger.i for c in cands if not (c.trig.source == "cameo" and self._misdeed(c.trigger))}
        cands.extend(speech_candidates(sent, res, ctx, self.lex, taken,
                                       lambda noun, own: self._event_anaphor(noun, ctx, own)))
        # "is unlikely to abandon Y": a guess; "the best argument for Britain to leave": a ground weighed;
        # "should have sent troops": what was not done; "harder for Trump to strike a deal": weighed; no act
        return [c for c in cands if not judged_unlikely(c.trigger) and not reason_for(c.trigger)
                and not counterfactual(c.trigger) and not weighed_difficulty(c.trigger)]

    def _verb_candidates(self, sent: "Span", res: ArgumentResolver, ctx: Discourse,
                         claimed: set[int], reported: set[int]) -> list[Candidate]:
        """The candidates the sentence's verbs read; the object nouns a verb reads go to ``claimed``
        (or to ``reported``: another's act named under a stance on it)."""
        cands: list[Candidate] = []
        for tok in sent:
            pos = tok.pos_
            if pos != "VERB" and pos != "AUX":
                continue
            lemma = tok.lemma_.lower()
            main_aux = pos == "AUX" and tok.dep_ not in ("aux", "auxpass") and lemma == "have"
            if (pos != "VERB" and not main_aux) or tok.lower_ == "according" or (
                    self.lex.is_reporting_verb(lemma) and not told_to_act(tok)  # "told Y to leave": an appeal
                    and not declared_unwelcome(tok)):  # "declared the envoy persona non grata": an expulsion
                continue
            if lemma in MODAL_VERBS and any(c.dep_ in ("xcomp", "ccomp") for c in tok.children):
                refusal = self._refusal(tok, res, ctx)  # "refused to help Y": besides the act not done
                cands.extend([refusal] if refusal is not None else [])
                continue
            said = said_in_doing(tok, self.lex.speech_classes["labelling"])  # "joined Y in condemning Z"
            answer = answered_by(tok)  # "retaliated by firing missiles": the act done; not "instead of retaliating by"
            if _aggregate(tok) or (_activity_gerund(tok) and not said and not act_under_way(tok)
                                   and not act_authorized(tok) and not looked_forward(tok) and (answer is None or _activity_gerund(answer))) \
                    or tok.dep_ == "amod" or _causative(tok):
                continue  # "Trump's promised tariffs", "the planned talks": the noun names the event
            if framed_news(tok):
                continue  # "the move follows Russia's annexation of Crimea": the noun's own event
            if harm_of_an_attack(tok):
                continue  # "the strikes on IS have targeted oil sites": the noun's attack, told by its harm
            c = self._verb_candidate(tok, res, ctx)
            if c is None:
                continue
            cands.append(c)
            ctx.note_coord(tuple(_distinct(c.source + c.target + c.others)))
            obj = verb_object(tok) or self._sense_gap(tok) or aid_cut(tok, c.trig)
            if obj is not None and c.trig.type in STANCE_TYPES and sender_named(
                    obj, tok, {t.type for t in self.lex.noun(obj.lemma_.lower())}, res):
                continue  # "rebuffed calls from Baghdad to strike", "welcomed calls from Moscow for talks":
                # the sender's call is an event of its own
            if obj is not None and (asked_party(obj) is None or (
                    c.trig.type != "REQUEST" and not any(o.dep_ == "poss" for o in obj.children))):
                # "renewed its call for Y to ...", "rejected X's demand that Y ...": the call asks Y;
                # "rejected calls for Y to ...": whose calls, the sentence does not say
                (reported if self._act_of_its_own(obj, c, res) else claimed).add(obj.i)
                claimed.update(a.i for a in obj.children if a.dep_ == "appos")  # it renames the object
                claimed.update(a.i for a in _held_accords(obj))  # what is left: no agreement of its own
            made = _gap_object(tok) if c.trig.type == "AGREE" else None
            if made is not None and accord_maker(made) == tok:
                claimed.add(made.i)  # "the agreement [signed] between X and Y": one accord, read at its verb
        return cands

    def _refusal(self, tok: "Token", res: ArgumentResolver, ctx: Discourse) -> Candidate | None:
        """REJECT of the side a refusal turns down ("Turkey refused to help the Kurdish forces",
        "declined to extradite them to the United States"): ``refused_parties``, not the refuser's own."""
        parties = refused_parties(tok, self.lex)
        if not parties:
            return None
        cand = Candidate(tok, REFUSAL)
        self._verb_subject_sides(cand, False, res, ctx)
        own = cand.source_codes()
        named = [p for p in parties if p.pos_ == "PRON" or res.mention_of(p) is not None or any(
            res.mention_of(c) is not None for c in p.children if c.dep_ in ("amod", "compound", "poss", "nmod"))]
        # (a thing refused is no side: "refused to provide details of how he would fight ISIS")
        cand.target.extend(a for p in named for a in res.actors_of(p, ctx) if a.code not in own)
        return cand if cand.source and cand.target else None

    def _settle(self, cands: list[Candidate], res: ArgumentResolver, ctx: Discourse) -> list[Candidate]:
        """The candidates once the sentence as a whole is read: questions, relabellings and contents
        dropped; threats, captures and sides corrected by what else the sentence says; the
        article's story filling the sides a sentence leaves out; false senses dropped."""
        cands = [c for c in cands if not in_question(c.trigger) and not open_question(c.trigger)]
        cands = [c for c in cands if not polled_public(c.trigger)]  # "60 percent of Americans want ..."
        cands = drop_relabelled(cands)
        cands = own_organs_ordered(cands, res)  # "ordered the Pentagon to deploy ...": the orderer's own act
        cands = self._drop_contents(cands)  # (a purchase agreed to lends its seller to the agreement first)
        cands = [c for c in cands if not commerce_only(c.trig.type, c.trigger)]  # "they buy my stuff"
        bodies_left(cands, res)  # "Britain's withdrawal from the EU": a bloc left is a sanction
        cands = own_people_advised(cands, res)  # "urged Americans to leave Lebanon": an advisory
        threats_on_condition(cands, res, ctx)
        spoken_threats(cands, res, ctx, self.lex)
        captures(cands)
        self._inherit_targets(cands)
        self._struck_targets(cands, res, ctx)
        self._left_states(cands)
        _obtained_from(cands, res, ctx)
        _charges_denied(cands)
        _responses(cands, res, ctx)
        _undergone(cands, res, ctx)
        _praised_attacks(cands, res)
        _held_under_targets(cands, res, ctx)
        home = {c.trigger.i for c in cands if self._about_home_matters(c, res, ctx)}
        # "he was under investigation by Sweden": the sentence says whom the act is on, a side or no
        # one, so it answers no earlier event and is on no story's other side
        home |= {c.trigger.i for c in cands if _held_under(c.trigger) is not None}
        home |= {c.trigger.i for c in cands if aimed_at_anyone(c.trigger)}  # "punishment for whoever was to blame"
        at_home = {c.trigger.i for c in cands if _among_home_parties(c, res, ctx)}  # "dismissed the Mueller probe"
        home |= at_home
        named = _named_in(cands[0].trigger.sent, res) if cands else set()  # the sides the sentence names
        self._answer_previous(cands, named, ctx, home, at_home)
        cands = calm_addressees(cands, ctx)
        self._story_counterpart(cands, named, ctx, home)
        cands = measures_aimed(cands)
        cands = [c for c in drop_venue_visits(cands)
                 if not self._unarmed_sense(c, res) and not _redescribed(c) and not private_visit(c)]
        return [z for c in cands for x in self._split_visits(c) for y in separate_meetings(x) for z in mutual_acts(y)]

    def _act_of_its_own(self, obj: "Token", cand: Candidate, res: ArgumentResolver) -> bool:
        """Whether a stance's object names a hostile act of its own doer that the text reports too:
        "condemned Russia's missile strikes on Kyiv" is an accusation and the strikes, "rejected
        French criticism" a rejection and the criticism. Not an act of the verb's subject ("backed
        its own sanctions"), nor a named accord ("blasted the Iran deal"): that names, it reports nothing."""
        if cand.trig.type not in STANCE_TYPES or cand.trigger.lemma_.lower() in BLOCKING_VERBS | PREVENTING_VERBS:
            return False  # "blocked new sanctions on Russia": the sanctions were not imposed
        lemma = obj.lemma_.lower()
        tested = self._weapons_testing(obj) if lemma == "testing" else None
        trigs = [tested] if tested is not None else self.lex.noun(lemma)
        act = max(trigs, key=lambda t: t.weight).type if trigs else None
        if act not in REPORTED_ACTS or act == cand.trig.type:
            return False  # "reopened the investigation": the verb's reading is its object's
        carrier = _carrying_clause(obj)  # "condemned sanctions [imposed by the US]"
        doer = _carrier_doer(carrier) if carrier is not None else None
        doers = {a.code for a in res.named_doers(obj, places=False) + (res.actors_in(doer) if doer is not None else [])}
        if act == "SANCTION" and cand.trigger.lemma_.lower() not in IMPOSING_VERBS:
            # "opposed Iran sanctions": the state named is whom they would hit, no doer ("voted to
            # reinstate the Iran sanctions" imposes them: its own act, read with the compound as target)
            doers -= set(sanctioned_states(obj, res))
        return bool(doers) and not doers & cand.source_codes()

    def _label_reading(self, label: "Token", found: Trigger | None) -> Trigger | None:
        """What calling something ``label`` is: an accusation when the object already says so ("called
        the sanctions illegal") or the label disapproves ("a disgrace"); else no event: naming is no
        phone call ("what he called an outdated approach")."""
        if found is not None and found.type == "ACCUSE":
            return found
        words = [t for t in label.subtree if t.dep_ != "prep" and t.head.dep_ != "prep"]
        if any(t.lemma_.lower() in self.lex.disapproval or t.lower_ in self.lex.disapproval for t in words):
            return Trigger("ACCUSE", "disapprove", None, 0.6, "rule", "a disapproving label")
        if any(k.lemma_.lower() in self.lex.disapproval | HOSTILE_ACT_KINDS for k in _act_kinds(label)):
            return Trigger("ACCUSE", "disapprove", None, 0.6, "rule", "a hostile act named")
        return None

    def _verb_candidate(self, tok: "Token", res: ArgumentResolver, ctx: Discourse) -> Candidate | None:
        if asks_a_question(tok) or quoted_question(tok) or naming_participle(tok) or _dismissal(tok, res) \
                or no_weapons_test(tok) or _document_permits(tok) or self._foretold(tok, res, ctx):
            return None  # no event whatever the verb reads as: decided before any reading is looked up
        if tok.lemma_.lower() in self.lex.effect_verbs and not self._armed_cause(tok):
            return None  # "tariffs would affect farmers", "less affected by the trade war": an effect, no act
        frame = self._verb_frame(tok, res, ctx)
        if frame is None:
            return None
        trig = self._verb_reading(frame, res, ctx)
        if trig is None:
            return None
        obj = frame.obj
        if obj is not None and obj.lemma_.lower() in REPEATABLE and any(
                c.dep_ == "nummod" and c.lower_ not in ("one", "1") for c in obj.children):
            return None  # "has carried out four missile tests": an aggregate
        cand = Candidate(tok, trig)
        # an actor's name read as the auxiliary "is" ("IS militants attacked") makes no passive
        passive = any(c.dep_ == "nsubjpass" or (c.dep_ == "auxpass" and res.mention_of(c) is None)
                      for c in tok.children) or held_captive(tok) \
            or (copular_participle(tok) and trig.type not in MOVER_TYPES)  # "held hostage", "remain sanctioned by"
        cut = aid_cut(tok, trig)
        if cut is not None:  # "U.S. aid to Egypt was suspended": the giver cuts it off from the receiver
            cand.source.extend(res.named_doers(cut, places=False))
            cand.target.extend(a for o in aid_receivers(cut) for a in res.actors_of(o, ctx))
        else:
            self._verb_subject_sides(cand, passive, res, ctx)
        self._verb_dependent_sides(cand, frame, res, ctx)
        self._verb_complement_sides(cand, frame, res, ctx)
        if not passive:
            self._authors_judged(cand, frame, res, ctx)  # "rejected a proposal by France"
        envoys_sent(cand, frame.obj, res)  # "sent the ministers of France and Germany to Ukraine"
        if trig is SIDE_BY_SIDE and (beside := beside_person(tok, res)) is not None:  # "sitting next to [Putin]"
            cand.target.extend(a for a in res.actors_of(beside, ctx) if a not in cand.target)
        if trig is INTRUSION and not cand.target:  # "entered [Japanese] airspace": the area's owner
            own = cand.source_codes()
            area = frame.area
            cand.target.extend(m.actor for c in (area.children if area is not None else ())
                               if c.dep_ in ("poss", "amod", "compound") for m in res.mentions_at(c)
                               if m.actor.code not in own)
        if trig is FORCES_SENT_IN:  # "moved weaponry over its border and into [Ukraine]"
            cand.target.extend(a for o in places_sent_into(tok) for a in res.actors_of(o, ctx)
                               if a not in cand.source + cand.target)
        if trig is FORCE_SENT_TO_HELP:
            self._helped_sides(cand, tok, res, ctx)
        if trig is INCURSION and not cand.target:  # "tanks rolling across [Ukraine]": the land's state
            own = cand.source_codes()
            cand.target.extend(a for land in swept_land(tok) for a in res.actors_of(land, ctx) if a.code not in own)
        return self._verb_settled(cand, frame, passive, res, ctx)

    @staticmethod
    def _helped_sides(cand: Candidate, tok: "Token", res: ArgumentResolver, ctx: Discourse) -> None:
        """The side a force is sent to help, before the place it is sent to ("sent troops to Syria to
        help the Kurdish fighters"); a force sent to help its own side ("to support our personnel at the
        embassy") or no side named, only a task or a place ("to support the evacuation", "sent troops to
        Iraq to help"), is a deployment (``FORCE_SENT_HOME_SIDE``)."""
        purpose = helping_purpose(tok)
        own = cand.source_codes()
        objects = helped_objects(purpose) if purpose is not None else []
        helped: list[Actor] = []
        for o in objects:
            # (not whom the helped fight: "to help Iraqi forces [battling ISIS]")
            told = {m.actor.code for c in o.children if c.dep_ in ("acl", "relcl") for t in c.subtree
                    for m in res.mentions_at(t)}
            helped.extend(a for a in res.actors_of(o, ctx) if a.code not in told and a.code not in own)
        cand.target[:0] = [a for a in _distinct(helped) if a not in cand.target]
        # "to support [our] staff": the sender's own people, wherever they are
        ours = any(c.dep_ == "poss" and c.pos_ == "PRON" for o in objects for c in o.children)
        # a side helped: one the text names, or people it names no code for ("to train Sunni fighters",
        # "to advise that country's government": the place's state stands for them); not a task ("to
        # support the evacuation of diplomats")
        side = bool(helped) or any(names_people(o) for o in objects)
        if (ours and not helped) or not side or not any(a.code not in own for a in cand.target):
            cand.trig = FORCE_SENT_HOME_SIDE  # help to no other side the text names: the force sent, as before

    def _verb_frame(self, tok: "Token", res: ArgumentResolver, ctx: Discourse) -> "VerbFrame | None":
        """The words a verb's reading is looked up by (``VerbFrame``); ``None`` when the verb and
        its object say it is no act ("sees no threat from X", "faces pressure")."""
        lemma = tok.lemma_.lower()
        particle = next((c.lower_ for c in tok.children if c.dep_ == "prt" or (
            c.dep_ == "advmod" and c.lower_ in ADVERB_PARTICLES)), None) or _phrasal_particle(tok) \
            or _stray_particle(tok) or joint_particle(tok)  # "working together", "work closely with NATO"
        preps = [c for c in tok.children if c.dep_ in ("prep", "dative", "agent") and c.i > tok.i
                 and not any(o.ent_type_ in ("DATE", "TIME") for o in c.children)]
        inner = _compound_prep(preps[0]) if preps else None
        if inner is not None:  # "pulled America [out [of] the accord]": "out" is the particle
            particle = particle or preps[0].lower_
            preps = [inner, *preps[1:]]
        obj = verb_object(tok)
        if obj is not None and holds_state(lemma, obj.lemma_.lower()):
            return None  # the rules know it is no act, the model adds none
        if force_in_place(tok):  # "American troops stationed there": where a force stands, no deployment
            return None
        if _leaves_in_state(tok):  # "left thousands homeless", "left open the possibility": a result, no withdrawal
            return None
        if self.lex.is_light_verb(lemma) and (_spans_time(tok, obj) or _thing_held(tok, obj, self.lex)):
            return None  # "it would take years to re-equip", "a ceremony will be held Saturday": no act
        if obj is not None and _container_blocked(tok, obj, self.lex):
            return None  # "released a list of 200 Russians": the list is published, no captive freed
        obj_lemma = _object_word(obj, res, self.lex) if obj is not None else None
        supplied = _supplied_thing(tok, obj, res) if obj is not None else None
        if supplied is not None:  # "provided Ukraine [with] weapons": what is given names the act
            obj_lemma = _object_word(supplied, res, self.lex)
        small = _small_clause(tok) if obj is None or res.mention_of(obj) is not None else None
        gap = self._sense_gap(tok) if obj is None and small is None else None
        if small is not None:
            obj_lemma = small.lemma_.lower()  # "hold Russia accountable"
        pobj = next((o for o in preps[0].children if o.dep_ == "pobj"), None) if preps else None
        if obj is None and pobj is not None and preps[0].dep_ == "prep" and lemma in CARRIERS:
            obj_lemma = pobj.lemma_.lower()  # "participated in a summit"
        xcomp = next((c for c in tok.children if c.dep_ == "xcomp"), None)
        if xcomp is None and self.lex.is_commissive(lemma):
            xcomp = self._own_clause(tok, res, ctx)  # "Tehran vowed (that) it would retaliate"
        if xcomp is None and preps and preps[0].lower_ == "to":
            xcomp = committed_gerund(tok, preps[0])  # "committed to [working] with the United States"
        return VerbFrame(tok, lemma, particle, preps, obj, obj_lemma, small, gap, pobj, xcomp)

    def _prep_denied(self, f: "VerbFrame") -> bool:
        """Whether a curated row says the frame's verb with the preposition after it is no event ("clashed
        over", "checked with"): read where the verb has no particle, whose rows come first."""
        return f.particle is None and bool(f.preps) and self.lex.blocks_prep(f.lemma, f.preps[0].lower_)

    def _verb_reading(self, f: "VerbFrame", res: ArgumentResolver, ctx: Discourse) -> Trigger | None:
        """The event a verb reports, by its frame's words and then its structure; ``None`` for no event."""
        if attack_called_off(f.tok):
            return None  # "called off a planned strike on Iran": the strike is the event (negated), no refusal
        if f.obj is None and self._prep_denied(f):
            return None  # "clashed over who should decide", "seized on the remarks": the rules know it is no event
        trigs = self._verb_triggers(f, res)
        found = max(trigs, key=lambda t: t.weight) if trigs else None
        obj, lemma = f.obj, f.lemma
        guest = obj if obj is not None else _gap_object(f.tok)  # "the cooperation [it was receiving]"
        if found is not None and found.type == "CONSULT" and guest is not None and lemma in self.lex.guest_verbs \
                and not self._guest(guest, res, ctx):
            # "received the news", "hosts refugees": no visit; "hosted talks": the meeting
            found = next((t for t in self.lex.noun(guest.lemma_.lower()) if t.type == "CONSULT"), None)
            if found is None and counted_people(guest):  # "received about 1,500 Syrians": refugees taken in
                found = next((t for t in self.lex.verb(lemma, obj_lemma="refugee") if t.type == "AID"), None)
            if found is None:
                return None  # the rules know it is no visit: the model adds none
        found = self._aimed_weapon(self._structural_reading(found, f, res), f, res)
        if held_open(f.tok, f.obj, self.lex):
            found = HELD_OPEN  # "would not rule out military strikes against ISIS": a threat, no refusal
        if tolerance_refused(f.tok, f.obj, self.lex):
            found = NOT_TOLERATED  # "will not tolerate Iranian attacks on its forces": a warning
        if f.area is not None:
            found = INTRUSION  # "Chinese warplanes flew into Taiwan's air defence zone": a show of force
        if (found is None or found.source == "cameo") and entered_land(f.tok) is not None:
            found = INCURSION  # "Russian troops entered Ukraine": armed force on another state's soil
        if found is not None and found.type == "CONSULT" and calls_a_thing(f.tok, obj, res):
            return None  # "called Maduro's charges 'absurd'": naming a thing, no phone call
        if (found is None or found.type == "CONSULT") and spoke_a_tongue(f.tok, obj, res):
            return None  # "speaks Greek with a British accent": a language spoken, no talk with anyone
        if (found is None or found.type == "CONSULT") and spoke_at_occasion(f.tok, res):
            return None  # "Haley was speaking at a special UN session": where one side spoke, no talk
        if found is not None and found.type == "CONSULT" and obj is not None and appeal_call(obj):
            return None  # "issued a rallying call to the British people": an appeal put out, no phone call
        if found is not None and found.type == "AGREE" and obj is not None and existing_accord(obj):
            return None  # "struggled to keep the deal alive": the light verb's accord object exists already
        found = made_accord(found, f.tok, f.gap)  # "The deal [struck] between X and Y": the parse's subject
        found = brokered_with(found, f.tok, obj)  # "the agreement it brokered with Syria"
        found = accord_negotiated(found, f.tok, obj or _gap_object(f.tok))  # "the deal May negotiated with the EU"
        if found is not None and found.type == "CONSULT" and quoted_label(f.tok, obj):
            return None  # 'called Mandela "one of our greatest teachers"': a label, no phone call
        found = party_called(found, f.tok, obj, res)  # "Merkel called Putin on Friday": no appeal
        found = seen_in_person(found, f.tok, obj, res)  # "looked forward to seeing him in China"
        found = met_on_encounter(found, f.tok, obj, res)  # "encountered his Iranian counterpart"
        found = sent_nowhere(found, f.tok)  # "sent out his secretary of state to make speeches": no visit
        if found is not None and found.type == "CONSULT" and handed_back(f.tok):
            return None  # "returns Crimea to Ukraine", "returned to Chinese rule": no journey
        f.denied = self._denied_accusation(f.tok)
        if f.denied is not None:  # "denied that Russia had violated the treaty": a structural reading
            found = DENIAL
        if f.obj is not None and message_alert(f.obj):
            return None  # an issued alert is a message, not forces on alert
        if found is not None and found.type == "PROTEST" and lemma == "march" and not marching_crowd(f.tok):
            return None  # "the leaders marched up the Champs-Elysees", "ISIS marched on Baghdad": no protest
        if found is not None and found.type == "PROTEST" and lemma == "demonstrate" and shown_not_demonstrated(f.tok):
            return None  # "his bankruptcies demonstrate the limits of his gut": shown, no demonstration
        if found is None and (self.lex.denies(lemma, particle=f.particle, obj_lemma=f.obj_lemma)
                              or self._prep_denied(f)
                              or self._object_denied(f)):
            return None  # the rules know the verb is no event ("affected by", "backed away", "checked with"): the model adds none
        decided = self.typer.decide(f.tok, found)
        if decided is None and self._small_clause_reading(f, found):
            decided = found  # "a statement holding Russia responsible": the model reads "holding" alone
        if decided is not None and decided.type == "ASSAULT" and cyber_act(f.tok):
            decided = CYBER_ACT  # "Russian hackers targeted the company": no force
        if decided is not None and lemma in PREVENTING_VERBS and quad_class(decided.type) == "material_conflict":
            return None  # "could have prevented the attack", "to forestall an assault": no attack by who prevents it
        if decided is not None and _talk_read_as_deed(lemma, decided):
            return None  # "Obama mentioned the attacks", "did not mention the arrest": words about a deed
        if decided is not None and decided.type == "RETREAT" and _person_left_place(f.tok, res):
            return None  # "Clinton has left Cambodia", "Tillerson left Beijing": a journey, no force withdrawn
        if decided is not None and decided.type == "ASSAULT" and unarmed_engagement(f.tok, res):
            return None  # "will engage the Russians in talks", "engage Iran diplomatically": diplomacy, no combat
        if decided is not None and decided.type == "ASSAULT" and _onlooker_verb(lemma, f.particle):
            return None  # "Britain saw Russian attacks", "signs off on U.S. strikes": the object's act, not the verb's
        return decided

    def _small_clause_reading(self, f: "VerbFrame", found: Trigger | None) -> bool:
        """Whether ``found`` is the lexicon's accusation for the verb with its small clause's predicate
        ("hold X [responsible]"), not the verb's own: the predicate decides the event, which a reader of
        single tokens (the model's veto) does not see. Not "hold X accountable" (a threat): on the pool
        the veto there mostly keeps out aims and wishes ("a plan to hold Y accountable", "should be used
        to hold Y accountable"), where blame assigned is stated."""
        return found is not None and f.small is not None and found.source == "curated" and found.type == "ACCUSE" \
            and found not in self.lex.verb(f.lemma) and found in self.lex.verb(f.lemma, obj_lemma=f.small.lemma_.lower())

    def _object_denied(self, f: "VerbFrame") -> bool:
        """Whether a light verb's object is a noun a curated row says is no event ("issued a travel
        alert", "held a fire drill")."""
        if f.obj is None or not self.lex.is_light_verb(f.lemma):
            return False
        mods = {c.dep_: c.lemma_.lower() for c in f.obj.children if c.dep_ in ("compound", "amod")}
        return self.lex.denies_noun(f.obj.lemma_.lower(), compound=mods.get("compound"), adj=mods.get("amod"))

    def _aimed_weapon(self, found: Trigger | None, f: "VerbFrame", res: ArgumentResolver) -> Trigger | None:
        """An attack read from a preposition that aims the weapon at a party ("launched missiles at
        U.S. bases", "fired rockets into Israel") is the sentence's structure: the learned reader,
        which sees the verb and its object alone, may not retype it as a test."""
        if found is None or found.type != "ASSAULT" or found.source != "curated" or not f.preps:
            return found
        prep, pobj = f.preps[0].lower_, f.pobj
        if prep not in AIM_PREPS or pobj is None or not _names_a_party(pobj, res):
            return found  # (a party anywhere in what is aimed at: "bases in Iraq housing U.S. troops")
        if not any(t.type == "ASSAULT" for t in self.lex.verb(f.lemma, prep=prep)):
            return found  # the object decided ("launched an offensive at dawn")
        return replace(found, source="rule")

    def _verb_triggers(self, f: "VerbFrame", res: ArgumentResolver) -> list[Trigger]:
        """The lexicon's readings of a verb with its particle, preposition, object or complement."""
        lemma, particle = f.lemma, f.particle
        if brought_home(f.tok) is not None:
            return [Trigger("RETREAT", "withdraw", None, 0.8, "rule", "forces brought home")]
        if diplomats_sent_away(f.tok):
            return [Trigger("SANCTION", "expel", None, 0.85, "rule", "diplomats told to leave")]
        if declared_unwelcome(f.tok):  # "declared two diplomats persona non grata"
            return [DECLARED_UNWELCOME]
        if terror_designation(f.tok):
            return [Trigger("SANCTION", None, None, 0.85, "rule", "designated a terrorist organization")]
        if mission_closed(f.tok) is not None:  # "closed the Russian consulate", "ordered the closure of ..."
            return [MISSION_CLOSED]
        if ground_taken_over(f.tok):  # "ISIS took over Fallujah", "gained control of Mogadishu"
            return [CAPTURED_GROUND]
        if joint_talk(f.tok):  # "Trump and Erdogan spoke on Sunday", "the two leaders talked for an hour"
            return [JOINT_TALK]
        if beside_person(f.tok, res) is not None:  # "Clinton, speaking alongside Mr. Netanyahu, said"
            return [SIDE_BY_SIDE]
        trigs, prep = self._thing_triggers(f, res)
        if not trigs and f.xcomp is not None:
            trigs = self._complement_triggers(f, f.xcomp)
        if not trigs:
            trigs = self._withdrawal_triggers(f, res)
        if not trigs and f.gap is not None:  # "the deal Germany struck with Russia": no attack
            trigs = self.lex.verb(lemma, particle=particle, obj_lemma=f.gap.lemma_.lower())
        thing = _thing(f.obj) if f.obj is not None else None
        compound = next((c.lemma_.lower() for c in thing.children if c.dep_ == "compound"), None) \
            if thing is not None else None
        trigs = trigs or self.lex.verb(lemma, particle=particle, prep=prep, obj_lemma=f.obj_lemma,
                                       obj_compound=compound)  # "started a trade war": no attack
        if not any(t.source == "curated" for t in trigs) and arms_handed(f.tok, thing):
            trigs = [ARMS_HANDED]  # "sent assault rifles to Kurdish forces", "delivered the S-300 system to Iran"
        if aid_sent(f.tok, f.obj):
            trigs = [AID_SENT]  # "will send a humanitarian convoy to Ukraine", "sent a convoy of aid into Gaza"
        if forces_built(f.tok, f.obj):
            trigs = [FORCES_BUILT]  # "arm and train Syrian rebels", "training and advising Iraqi troops"
        if aid_pledged(f.tok, f.obj):
            trigs = [AID_PLEDGED]  # "pledged $200 million to Jordan", "promised $60 million in aid"
        if arms_sale_approved(f.tok, f.obj):
            trigs = [ARMS_SALE_APPROVED]  # "approved a $115 billion arms sale to the Saudis"
        trigs = self._by_instrument(f.tok, trigs)
        if trigs and all(t.source == "cameo" for t in trigs) and (prep or particle):
            plain = self.lex.verb(lemma, obj_lemma=f.obj_lemma)
            if plain and max(t.weight for t in plain) > max(t.weight for t in trigs):
                trigs = plain
        return trigs

    def _thing_triggers(self, f: "VerbFrame", res: ArgumentResolver) -> tuple[list[Trigger], str | None]:
        """Curated readings by the thing a preposition names when there is no direct object ("withdraw
        from the treaty", "pull out of the deal"), and the preposition that decides the reading: one
        that introduces a party ("fire at X" is an attack, "fire missiles into the sea" a test; "meet
        at the White House" is still a meeting), else ``None``."""
        prep = f.preps[0].lower_ if f.preps else None
        trigs: list[Trigger] = []
        if prep:
            pobj = f.pobj
            party = pobj is not None and bool(res.actors_in(pobj)) and pobj.lemma_.lower() not in OPEN_AREAS | ACCORD_NOUNS
            if f.obj is None and pobj is not None and (not party or names_a_thing(pobj, res)):
                trigs = self._thing_rows(f, prep, accord_word(pobj), party)
                f.left = pobj if trigs else None  # "withdrew from [the treaty with Russia]"
            gerund = f.xcomp is not None and f.xcomp.head == f.preps[0]  # "committed [to] working with Y"
            if not (party or gerund or (pobj is not None and prep in ("at", "upon", "against"))):
                prep = None
        return trigs, prep

    def _thing_rows(self, f: "VerbFrame", prep: str, thing: str, party: bool) -> list[Trigger]:
        """The curated readings of a verb by the thing its preposition names ("withdrew from the
        treaty"); for a thing of a party ("the Iran deal", "the networks of US companies"), only a
        reading of that thing's own with that preposition, not the verb's with the preposition ("called
        for reform of the UN") nor its object's ("wonder about the Chinese demands": the demands')."""
        trigs = [t for t in self.lex.verb(f.lemma, particle=f.particle, prep=prep, obj_lemma=thing)
                 if t.source == "curated"]
        if party and trigs in (self.lex.verb(f.lemma, particle=f.particle, prep=prep),
                               self.lex.verb(f.lemma, particle=f.particle, obj_lemma=thing)):
            return []
        return trigs

    def _complement_triggers(self, f: "VerbFrame", xcomp: "Token") -> list[Trigger]:
        """Readings by the verb's complement ``xcomp``: "vowed to retaliate", "vowed to take
        countermeasures", "pledged to destroy their economy"."""
        x_obj = verb_object(xcomp)
        committed = committed_gerund(f.tok, xcomp.head) == xcomp  # (the lexicon has "commit to" alone: AGREE)
        trigs = [] if committed else self.lex.complement(f.lemma, xcomp.lemma_.lower(),
                                                         xcomp_obj=x_obj.lemma_.lower() if x_obj is not None else None)
        if not trigs and gives_ground(f.tok, *self._committed_act(xcomp)):
            trigs = [CONCESSION]  # "agreed to release the prisoners", "pledged not to deploy missiles"
        if not trigs and committed and self._cooperative_act(xcomp):
            trigs = [COMMITMENT]  # "committed to working with Y": a promise, whatever the model makes of "commit"
        if not trigs and self.lex.is_commissive(f.lemma):
            trigs = self._threat_in(xcomp)
        if not trigs and unhesitating(f.tok) and (self._threat_in(xcomp) or answers_another_side(xcomp, x_obj)):
            trigs = [RESOLVE]  # "will not hesitate to take action against Y"
        f.via_complement = bool(trigs)
        return trigs

    def _withdrawal_triggers(self, f: "VerbFrame", res: ArgumentResolver) -> list[Trigger]:
        """Curated readings of leaving something: "withdrew from NATO" (SANCTION, no retreat);
        "pulled America out of the accord" (the object is who acts, the preposition's object what);
        "the UK leaves the EU", "quit NATO" (a bloc named as the object is left as a bloc, whatever
        its name's own word: "the EU" is read as "the union")."""
        pobj = f.pobj
        if pobj is None or f.preps[0].lower_ not in ("of", "from"):
            if f.obj is None or _organization(f.obj, res) is None:
                return []
            return [t for t in self.lex.verb(f.lemma, particle=f.particle, obj_lemma="organization")
                    if t.source == "curated"]  # "leave [the EU] over the quotas"
        prep = f.preps[0].lower_
        body = _organization(pobj, res)
        if body is not None and f.obj is None:
            trigs = [t for t in self.lex.verb(f.lemma, particle=f.particle, prep=prep, obj_lemma="organization")
                     if t.source == "curated"]
            f.left = pobj if trigs else None  # "pulled out of [NATO]": the bloc left
            return trigs
        obj = f.obj
        if obj is not None and (res.mention_of(obj) is not None or obj.pos_ == "PRON") \
                and (body or not res.actors_in(pobj) or accord_word(pobj) in ACCORD_NOUNS):
            trigs = [t for t in self.lex.verb(f.lemma, particle=f.particle, prep=prep,
                                              obj_lemma=body or accord_word(pobj)) if t.source == "curated"]
            f.left = pobj if trigs else None
            return trigs
        return []

    def _structural_reading(self, found: Trigger | None, f: "VerbFrame", res: ArgumentResolver) -> Trigger | None:
        """The reading corrected by what surrounds the verb: a greeted visitor, an object that names
        the event, a force sent, an attack in words, a label, a readiness, a forceful answer promised, a
        crowd at a state's mission, an appeal, regret over another side's act, an ultimatum."""
        tok, obj, lemma = f.tok, f.obj, f.lemma
        if found is not None and found.type == "SUPPORT" and obj is not None and lemma in self.lex.greeting_verbs \
                and self._person_guest(obj, res):
            found = Trigger("CONSULT", "visit", None, 0.7, "rule", "a visitor greeted")  # not the approval of a decision
        if found is not None and found.type == "SUPPORT" and any(act_authorized(c) for c in tok.children):
            return None  # "approved sending troops to Iraq": the act authorized is the event, no backing of a policy
        if found is not None and obj is not None and not self._misdeed(tok) and not (
                obj.lemma_.lower() in ASK_NOUNS and heeding_verb(obj) is not None):
            # "ordered the expulsion of diplomats": the object names the event better than a weak verb
            # (not a misdeed's: "violated the ceasefire" is no ceasefire; not a message heeded: "resisted
            # the president's call" is no phone call)
            noun_trigs = self.lex.noun(obj.lemma_.lower())
            if noun_trigs and max(t.weight for t in noun_trigs) > found.weight and found.source == "cameo":
                found = _stance_over_object(self.lex.verb(lemma), max(noun_trigs, key=lambda t: t.weight), lemma)
        if obj is not None and (found is None or found.type == "CONSULT") and asks_for_something(obj) \
                and lemma not in HEEDING_VERBS:  # (not "ignored demands to ...": another's)
            found = APPEAL  # "repeated its call on Y to ...", "renewed its call for talks": no phone call
        if (found is None or found.type == "CONSULT") and appealed_for_party(tok) is not None:
            found = APPEAL  # "called for Israel to release them": no phone call
        if found is not None and found.type == "CONSULT" and lemma in VISIT_LEMMAS and force_arrived(tok):
            found = DEPLOYMENT  # "Kenyan police officers arrived in Haiti": a force sent, no visit
        if force_dispatched(tok) and not forces_sent_in(tok):
            found = DEPLOYMENT  # "U.S. troops were deployed to Syria": their state sent them, no one acted on them
        if forces_sent_in(tok) and (found is None or found.type != "MOBILIZE"):
            found = FORCES_SENT_IN  # "Russia sent tanks into Ukraine": a force moved onto another's soil, no aid
        if found is not None and found.type == "MOBILIZE" and lemma in FORCE_SENDING_VERBS and helping_purpose(tok):
            found = FORCE_SENT_TO_HELP  # "sent advisers to Iraq to help that country": military aid, no show of force
        if found is not None and found.type in ("ASSAULT", "MOBILIZE") and _verbal_attack(tok, obj, res):
            found = Trigger("ACCUSE", "disapprove", None, 0.7, "rule", "an attack in words")
        label = _label(tok)
        if label is not None:  # "called the move a provocation", "calling the leader a disgrace"
            found = self._label_reading(label, found)
        if lemma in LABEL_VERBS:  # "called the charges groundless": the claim rejected
            found = rejection_label(obj, label, found, self.lex.disapproval)
        found = _answer_reading(tok, obj, found)
        if _declared_ready(tok) and (found is None or found.type in ("COOPERATE", "AGREE")) \
                and any(res.actors_in(o) for o in prep_objects(tok, WITH)) and self._cooperative_act(tok):
            found = READY_PARTNER  # "is willing to cooperate with the United States": an offer, made as it is said
            # (not "willing to meet with Y": a meeting, whose status the readiness keeps open)
        if (lemma in PROTEST_VERBS and crowd_at_site(tok)) or (
                (found is None or lemma in DEFILING_VERBS) and crowd_of(tok) is not None and f.burned):
            found = CROWD_PROTEST  # "thousands rallied outside the US embassy" (the model reads "rallied" as none),
            # "demonstrators burned posters of Trump"
        found = appeal_reading(tok, found, self.lex.visitors, res)  # "encouraged Iran to comply"
        found = regret_reading(tok, obj, found, res)  # "voiced regret over Tokyo's decision"
        if found is None and ultimatum(tok):  # "gave Moscow 60 days to comply"
            found = ULTIMATUM
        if self._attributed_doer(tok, obj, res) is not None:
            found = ATTRIBUTION  # "traced the hack to North Korea": no attack by whoever traced it
        return found

    def _attributed_doer(self, verb: "Token", obj: "Token | None", res: ArgumentResolver) -> "Token | None":
        """The side a verb of attributing (``ATTRIBUTING_VERBS``) lays a deed at the door of: "[traced]
        the attack [to] North Korea", "attributed this act to [Russia]", "linked the hacking to [North
        Korean] hackers" (the "to" hung on the verb, on the deed or on its "of" phrase). None where the
        object is no hostile deed ("linked the region to Europe"), the "to" names no actor ("linked the
        attack to a video") or names a side's act, the reason rather than the doer ("linked the blockade
        to Qatar's support for terrorism", ``_owned_act``), or the verb is denied ("did not link the attack
        to Iran")."""
        if verb.lemma_.lower() not in ATTRIBUTING_VERBS or obj is None or obj.dep_ != "dobj" \
                or any(c.dep_ == "neg" for c in verb.children) or not hostile_deed(obj, self.lex):
            return None
        to = [o for h in (verb, obj, *prep_objects(obj, OF)) for o in prep_objects(h, TO)]
        return next((o for o in to if res.actors_in(o) and not _owned_act(o, self.lex)), None)

    def _verb_subject_sides(self, cand: Candidate, passive: bool, res: ArgumentResolver, ctx: Discourse) -> None:
        """The side the verb's subject names (its target when passive), or the noun a participle
        modifies, or the subject it inherits."""
        tok, trig = cand.trigger, cand.trig
        subj = nearest_subject(tok)
        if subj is not None:
            if passive and trig.type == "ACCUSE" and subj.lemma_.lower() in EVENT_NOUN_TYPES:
                cand.target.extend(_by_agents(subj, res, ctx))  # "the attack by Y was condemned"
            if passive and trig is DEPLOYMENT:  # "U.S. troops were deployed": the state the force names sent it
                cand.source.extend(res.actors_in(subj))  # (not a party guessed for "forces" from the text before)
            else:
                (cand.target if passive else cand.source).extend(res.actors_of(subj, ctx))
            named = named_antecedent(tok, subj) if trig.type in MESSAGE_TYPES and not cand.source else None
            cand.source.extend(res.actors_of(named, ctx) if named is not None else [])  # "China, which urged ..."
        elif patient_participle(tok, trig.type):  # "officials accused of fraud": whom it is done to
            cand.target.extend(res.actors_of(tok.head, ctx))
            if trig.type == "ACCUSE" and not any(c.dep_ == "agent" for c in tok.children):
                # "the U.S. expelled diplomats accused of spying": who acts on them holds the charge
                cand.source.extend(res.clause_subject_actors(tok))
        elif tok.dep_ == "acl" and tok.tag_ in ("VBN", "VBD"):  # the small model tags some participles VBD
            # "troops deployed to Russia": the noun the participle modifies names who acted
            cand.source.extend(res.actors_of(tok.head, ctx))
        elif (speaker := with_subject(tok)) is not None:  # "drew criticism, with Obama accusing Russia of ..."
            cand.source.extend(res.actors_of(speaker, ctx))
        elif trig.type == "CONSULT" and (doer := participle_doer(tok)) is not None and res.actors_of(doer, ctx):
            cand.source.extend(res.actors_of(doer, ctx))  # "Kerry, meeting with Lavrov, said": the noun described
        elif trig.type in SPEECH_TYPES and (speakers := trailing_speaker(tok, res, ctx, self.lex)):
            cand.source.extend(speakers)  # "X said the talks stalled, while warning Y": X warns
        else:  # a passive conjunct's shared subject is done to: "the tanker entered the strait and [was seized]",
            # and so is a passive infinitive's: "23 diplomats are [to be expelled]" (not troops "set to be deployed")
            shared = self._inherited_subject(tok, res, ctx)
            undergoes = passive and (tok.dep_ in ("conj", "acomp")
                                     or (tok.dep_ == "xcomp" and trig.type not in MOVER_TYPES))
            (cand.target if undergoes else cand.source).extend(shared)

    def _authors_judged(self, cand: Candidate, f: "VerbFrame", res: ArgumentResolver, ctx: Discourse) -> None:
        """The author of the thing a stance is on, named by a "by" phrase on the thing or on the active verb
        (which takes no agent): "rejected a proposal [by] France", "condemned an intervention by Pompeo"."""
        if cand.trig.type not in STANCE_TYPES or f.obj is None or cand.target or f.tok.dep_ == "acl":
            return  # (a participle's "by" is its agent: "the aid [given] to Kyiv by NATO")
        own = cand.source_codes()
        on_verb = [o for c in f.tok.children if c.dep_ == "prep" and c.lower_ == "by" for o in c.children
                   if o.dep_ == "pobj"]
        authors = [*prep_objects(f.obj, BY), *on_verb]
        cand.target.extend(a for o in authors for a in res.actors_of(o, ctx) if a.code not in own)

    def _verb_dependent_sides(self, cand: Candidate, f: "VerbFrame", res: ArgumentResolver, ctx: Discourse) -> None:
        """The sides the verb's own dependents name: a "by" agent, its objects, its prepositions and
        the subjects of its demanded or conditioned clauses."""
        trig = cand.trig
        for c in f.tok.children:
            if c.dep_ == "agent":
                for p in c.children:
                    if p.dep_ == "pobj":
                        cand.source.extend(res.actors_of(p, ctx))
            elif c.dep_ in ("dobj", "attr", "dative", "oprd") or _misread_addressee(c):
                self._object_sides(cand, c, f.lemma, res, ctx)
            elif c.dep_ == "prep" and trig.mode == "expel" and not any(a.dep_ == "agent" for a in f.tok.children) \
                    and (whence := expelled_from(c)) is not None:  # "were expelled from the United States": who expels
                cand.source.extend(res.actors_of(whence, ctx))
            elif c.dep_ in ("prep", "dative") and (c.lower_ in TARGET_PREPS | PARTICIPANT_PREPS or (
                    c.lower_ == "in" and f.lemma in VISIT_LEMMAS) or (  # "arrived in Havana"
                    f.lemma == "stand" and _stood_by(c, res)) or _aided_for(c, trig)):  # "stands beside France"
                if names_no_party(trig.type, c, f.tok) or (trig.type == "CONSULT" and set_out_from(c, f.lemma)):
                    continue
                self._preposition_sides(cand, c, res, ctx, goods=c.lower_ == "on" and _measure(f.obj, trig))
            elif c.dep_ == "ccomp" and not cand.target and (
                    trig.type in ("REQUEST", "THREATEN") or c == f.small or trig is DECLARED_UNWELCOME):
                # "demanded that the force leave", "urged that Russia withdraw"
                s_ = nearest_subject(c)
                if s_ is not None:
                    own = cand.source_codes()
                    cand.target.extend(a for a in res.actors_of(s_, ctx) if a.code not in own)
                    if trig.type == "THREATEN" and not cand.target and self._own_side(c, s_, own, res, ctx):
                        cand.target.extend(self._condition_parties(c, own, res, ctx))
            elif c.dep_ == "prep" and trig.type in ("PROTEST", "ACCUSE") and not cand.target:
                site = protest_site(c)  # "rallied outside the US embassy", "protested in front of the embassy"
                if site is not None:
                    cand.target.extend(res.actors_of(site, ctx))
            elif c.dep_ == "advcl" and trig.type == "REQUEST" and not cand.target and not _text_calls(f.tok) \
                    and (asked := appealed_for_party(f.tok)) is not None:  # "called for Israel to release them"
                own = cand.source_codes()
                cand.target.extend(a for a in res.actors_of(asked, ctx) if a.code not in own)
            elif c.dep_ == "advcl" and trig.type == "THREATEN":
                # "warned of consequences if Moscow pursues aggression": the if-clause's subject
                s = nearest_subject(c)
                if s is not None:
                    cand.target.extend(res.actors_of(s, ctx))
        if trig.mode == "expel" and not cand.source and (left := country_left(f.tok)) is not None:
            cand.source.extend(res.actors_of(left, ctx))  # "were ordered to leave Norway": Norway expels them
        if trig.mode == "release" and not cand.source:  # "were released from Iranian custody": the holder frees them
            holders = [h for c in f.tok.children if c.dep_ == "prep" and (h := released_from(c)) is not None]
            cand.source.extend(a for h in holders for a in res.actors_of(h, ctx))
        if trig is DECLARED_UNWELCOME and not cand.source:  # "was declared persona non grata by Y"
            cand.source.extend(a for o in unwelcome_declarers(f.tok) for a in res.actors_of(o, ctx))
        if trig.type == "REQUEST" and not cand.target and not _text_calls(f.tok):  # "called for a cease-fire
            cand.target.extend(parties_of_act_asked(f.tok, cand.source_codes(), res))  # between X and Y"
        burned = [a for o in f.burned for a in res.actors_of(o, ctx)] \
            if trig.type == "PROTEST" or (trig.type == "ACCUSE" and f.lemma in PROTEST_VERBS) else []
        if burned:  # "protested in Gaza, burning pictures of Trump": whom the protest is against, first
            cand.target[:0] = [a for a in burned if a not in cand.target]
            cand.trig = CROWD_PROTEST if trig.type != "PROTEST" else trig  # (only crowds burn likenesses)
        if trig.type == "SANCTION" and not cand.target and _measure(f.obj, trig):  # "raised duties to 25% on X goods"
            cand.target.extend(a for o in rated_goods(f.tok) for a in res.actors_of(o, ctx) or _goods_actors(o, res))
        self._statement_sides(cand, f, res, ctx)
        if trig.type in JOINT_TYPES:  # "Trump, joined by Trudeau and Pena Nieto, signed the USMCA"
            own = cand.source_codes()
            cand.others.extend(a for o in joined_by(f.tok) for a in res.actors_of(o, ctx) if a.code not in own)

    def _statement_sides(self, cand: Candidate, f: "VerbFrame", res: ArgumentResolver, ctx: Discourse) -> None:
        """The side a statement names through a thing: the side a deed is attributed to ("traced the
        attack to Y"), the doer of what a condemnation labels ("condemned what he called an act of
        aggression by Y"), the holder of those whose release is asked ("demanded the release of its
        citizens detained in Y") or the doer of what a readiness answers ("ready to respond to any attack
        by Y")."""
        doer = self._attributed_doer(f.tok, f.obj, res) if cand.trig is ATTRIBUTION else None
        if doer is not None:  # "traced the attack [on Saudi facilities] to Iran": Iran is accused, not whom it hit
            own = cand.source_codes()
            cand.target[:] = [a for a in res.actors_of(doer, ctx) if a.code not in own]
            cand.others[:] = []
        if cand.trig.type == "ACCUSE" and not cand.target:
            label = called_thing(f.tok, self.lex.speech_classes["labelling"])
            if label is not None:
                cand.target.extend(doers_named(label, res, ctx))
        own = cand.source_codes()
        holder = release_holder(f.obj if f.obj is not None else f.pobj) if cand.trig.type == "REQUEST" else None
        if holder is not None and all(a.code in own for a in cand.target):  # "demanded the release of its
            cand.target[:] = [a for a in res.actors_of(holder, ctx) if a.code not in own]  # citizens held in Y"
        if cand.trig in (READY_ANSWER, FORCEFUL_ANSWER) and not cand.target:  # "respond [with force] [to] Y's move"
            answered = [o for p in f.preps if p.lower_ in ANSWER_PREPS for o in p.children if o.dep_ == "pobj"]
            if not answered and f.pobj is not None:
                answered = [f.pobj]
            cand.target.extend(a for o in answered for a in doers_named(o, res, ctx))

    @staticmethod
    def _object_sides(cand: Candidate, obj: "Token", lemma: str, res: ArgumentResolver, ctx: Discourse) -> None:
        """The target an object names, and those of its own prepositions: "imposed sanctions on X",
        "sent warplanes into X's zone", "talks with X", "tightened controls on exports to X"."""
        had = len(cand.target)
        if cand.trig.type == "ACCUSE" and obj.lemma_.lower() in EVENT_NOUN_TYPES:
            cand.target.extend(_by_agents(obj, res, ctx))  # "condemned the attack on X by Y": Y
        elif cand.trig.type in STANCE_TYPES:  # "welcomed the steps [Y] has taken", "criticized the deal [that Y]
            cand.target.extend(_makers(obj, res, ctx))  # struck with Z": Y, before any side the deal names
            cand.target.extend(res.course_owners(obj))  # "rejected the [U.S.] policy on Taiwan": whose course
        if cand.trig.type == "ACCUSE" and not res.actors_of(obj, ctx):
            cand.target.extend(_relative_act_doers(obj, res, ctx))  # "drills [which] Y denounced"
        if lemma not in TOPIC_VERBS or addressed_body(cand.trigger, obj):  # not where a trip set out from
            # ("made the trip from Turkey"); a chamber addressed is whom one spoke to ("addressed Congress")
            origins = trip_origins(obj, res) if cand.trig.type == "CONSULT" else set()
            cand.target.extend(a for a in res.actors_of(obj, ctx) if a.code not in origins)
        if cand.trig.type in GOODS_MEASURES and not cand.target and _thing(obj).lemma_.lower() in GOODS_NOUNS:
            cand.target.extend(_goods_actors(_thing(obj), res))  # "targeted $200 billion in [Chinese imports]"
        if cand.trig.type in ACCORD_EXIT_TYPES and not cand.target and obj.head.lemma_.lower() in ACCORD_ENDING_VERBS:
            cand.target.extend(_other_parties(cand, obj))  # "terminate NAFTA": the others
        renamed = [a for a in obj.children if a.dep_ == "appos"] + _held_accords(obj)
        # a verb that only carries or voices its object's act ("pledged support for Kyiv", "voiced support
        # for Kyiv") has that act's "for"
        preps = _target_preps(cand.trig.type) if lemma in CARRIERS | VOICING_VERBS else TARGET_PREPS
        if cand.trig.type == "THREATEN" and obj.lemma_.lower() in PUNISHMENT_NOUNS and not any(
                o.tag_ in ("WP", "WDT") for o in prep_objects(obj, FOR)):  # not "for whoever was to blame"
            preps = preps | FOR  # "promised severe punishment [for] Y", "vowed consequences for Y"
        if cand.trig.type == "SANCTION" and obj.lemma_.lower() in WITHHELD_BENEFITS:
            preps = preps | FOR  # "ended its support [for] Palestinian refugees": whom the benefit was for
        for p in [*obj.children, *(g for a in renamed for g in a.children)]:
            # (and its appositive's: "suspending the INF Treaty, [a key pact] with Russia", and the accord's
            # whose commitments it names: "suspend its obligations under the INF treaty [with] Russia")
            if p.dep_ == "prep" and (p.lower_ in preps | PARTICIPANT_PREPS or (
                    p.lower_ == "by" and obj.lemma_.lower() in EVENT_NOUN_TYPES)):
                if names_no_party(cand.trig.type, p) or _partner_disowned(cand.trigger, obj, p) or (
                        cand.trig.type == "CONSULT" and set_out_from(p, obj.lemma_.lower())):
                    continue  # "made the trip [from] Turkey", "continue talks with X [about] Syria", "denied any
                    # collusion [with] Russia": no party
                for o in p.children:
                    if o.dep_ == "pobj" and p.lower_ == "for" and _hostile_noun(o):
                        cand.target.extend(res.actors_of(o, ctx))  # "support for [the war against X]" is not for X
                    elif o.dep_ == "pobj":
                        cand.target.extend(res.actors_of(o, ctx) or _nested_pp_actors(o, res, ctx) or (
                            _goods_actors(o, res) if _measure(obj, cand.trig) else []))  # "imposed tariffs on Chinese goods"
        if cand.trig.type in STANCE_TYPES and obj.lemma_.lower() in MEASURE_NOUNS:
            # "opposed sanctions on Iran [over its missile tests]": a stance on a measure is on whoever takes
            # it ("condemned the U.S. sanctions"), not on those its phrases name as hit or as the cause
            doers = {a.code for a in res.named_doers(obj, places=False) + _makers(obj, res, ctx)} - set(
                sanctioned_states(obj, res))
            cand.target[had:] = [a for a in cand.target[had:] if a.code in doers]

    @staticmethod
    def _preposition_sides(cand: Candidate, prep: "Token", res: ArgumentResolver, ctx: Discourse,
                           goods: bool = False) -> None:
        """The target a verb's preposition names, and the participants of a gathering it names: "in
        a summit with the leaders of X, Y and Z"; with ``goods`` (the verb's object is a trade
        measure), the state whose goods it names ("levied duties [on] U.S. imports")."""
        for o in prep.children:
            if o.dep_ == "pobj" and o.lower_ == "behalf":  # "arrested him on behalf of the U.S.": who it is done for
                cand.others.extend(a for oo in prep_objects(o, OF) for a in res.actors_of(oo, ctx))
            elif o.dep_ == "pobj":
                if cand.trig.type in STANCE_TYPES:  # "railed against [EU] trade policies": whose course
                    cand.target.extend(res.course_owners(o))
                cand.target.extend(res.actors_of(o, ctx) or (_goods_actors(o, res) if goods else []))
                for oo in prep_objects(o, PARTICIPANT_PREPS):
                    cand.others.extend(res.actors_of(oo, ctx))

    def _verb_complement_sides(self, cand: Candidate, f: "VerbFrame", res: ArgumentResolver,
                               ctx: Discourse) -> None:
        """The other side named in the complement that gave the reading ("vowed to retaliate with
        duties on American goods"), or in what is agreed ("agreed to normalise relations with Israel"),
        or in what is left ("pulled out of the accord with Iran")."""
        xcomp = f.xcomp
        if f.via_complement and xcomp is not None and not cand.target:
            self._complement_targets(cand, xcomp, res, ctx)
        if cand.trig.type == "AGREE" and not f.via_complement and xcomp is not None and not cand.names_other_side():
            own = cand.source_codes()
            cand.target.extend(a for a in _partners_in(xcomp, res, ctx) if a.code not in own)
        if f.left is not None and not cand.names_other_side():
            # "withdrew from NAFTA": an accord left by its name acts on its other parties
            others = _other_parties(cand, f.left) if cand.trig.type in ACCORD_EXIT_TYPES else []
            cand.target.extend(res.actors_of(f.left, ctx) or _nested_pp_actors(f.left, res, ctx, cand.trig.type) or others)
        if cand.trig.type == "THREATEN" and self.lex.is_commissive(f.lemma) and not f.via_complement \
                and xcomp is not None and not cand.target:
            self._threatened_sides(cand, xcomp, res, ctx)

    def _threatened_sides(self, cand: Candidate, xcomp: "Token", res: ArgumentResolver, ctx: Discourse) -> None:
        """Whom a threat in a verb of commitment ("threatened to ...", "warned that it could ...")
        aims the act at: the side its condition names ("threatened to close the strait if the U.S.
        attacked"), else the one the act names, not the threatener's own (not "would risk putting
        forces into conflict with Y": no commitment)."""
        own = cand.source_codes()
        cand.target.extend(self._condition_parties(xcomp, own, res, ctx))
        if not cand.target:
            self._complement_targets(cand, xcomp, res, ctx)
            cand.target[:] = [a for a in cand.target if a.code not in own]
        if not cand.target and self._striking(xcomp):  # "threatened to fire missiles at [Guam]": the
            cand.target.extend(self._struck_country(xcomp, cand.source))  # state the strike would hit

    def _complement_targets(self, cand: Candidate, xcomp: "Token", res: ArgumentResolver, ctx: Discourse) -> None:
        """The target a reading's complement names: an if-clause's subject, its object, the subject of
        its small clause, or its target preposition's object."""
        for c in with_conjuncts(xcomp):
            if marked_clause(c, CONDITION_OPENERS):
                s_ = nearest_subject(c)  # "vowed that if Iran retaliated, the U.S. would strike"
                if s_ is not None:
                    own = cand.source_codes()
                    cand.target.extend(a for a in res.actors_of(s_, ctx) if a.code not in own)
            elif c.dep_ == "dobj":
                ended = c.head.lemma_.lower() in ACCORD_ENDING_VERBS  # ("threatened to scrap NAFTA": its other parties)
                cand.target.extend(res.actors_of(c, ctx) or _nested_pp_actors(c, res, ctx)
                                   or (_other_parties(cand, c) if ended else []))
            elif c.dep_ in ("ccomp", "oprd") and c.pos_ == "ADJ" and (s_ := nearest_subject(c)) is not None:
                cand.target.extend(res.actors_of(s_, ctx))  # "vowed to hold [Russia] accountable"
            elif c.dep_ == "prep" and c.lower_ in TARGET_PREPS:
                for o in c.children:
                    if o.dep_ == "pobj":
                        cand.target.extend(res.actors_of(o, ctx) or _nested_pp_actors(o, res, ctx))
        if not cand.target:  # "threatened to retaliate [for] the new U.S. sanctions": who imposed them
            own = cand.source_codes()
            cand.target.extend(a for a in answered_doers(xcomp, res, ctx) if a.code not in own)

    def _verb_settled(self, cand: Candidate, f: "VerbFrame", passive: bool, res: ArgumentResolver,
                      ctx: Discourse) -> Candidate | None:
        """The candidate's sides completed from farther away, or ``None`` when its reading needs
        sides it does not have."""
        tok, trig = f.tok, cand.trig
        if not cand.source and trig.type in ("SANCTION", "COERCE"):
            cand.source.extend(self._measure_doers(tok, ctx, {a.code for a in cand.target}))
        self._farther_parties(cand, res, ctx)
        drop_venue_bodies(cand, res)
        acted_on = f.obj or (next((c for c in tok.children if c.dep_ == "nsubjpass"), None) if passive else None)
        self._territory_target(cand, acted_on)  # "Amerli has been besieged by ISIS": the place acted on
        if f.denied is not None and trig is DENIAL and not cand.source:
            self._denier_side(cand, f.denied, res, ctx)
        if passive and not cand.source and cand.target and trig.type in AUTHORITY_ACTS:
            # "the ministry said two Russian nationals had been charged": the speaker charged them
            own = {a.code for a in cand.target + cand.others}
            cand.source.extend(a for a in reporting_agent(tok, res, ctx, self.lex) if a.code not in own)
        if trig is FORCEFUL_ANSWER and passive and not cand.source:  # "any attack by Y will be met with force," Z said
            cand.target.extend([] if cand.target else [a for s in tok.children if s.dep_ == "nsubjpass"
                                                       for a in doers_named(s, res, ctx)])
            own = {a.code for a in cand.target}
            cand.source.extend(a for a in reporting_agent(tok, res, ctx, self.lex) if a.code not in own)
        if passive and not cand.source and cand.target and trig.mode == "arrest" and tok.dep_ not in ("relcl", "acl"):
            # (not an arrest that only says who someone is: "Americans who had been detained in Iran")
            cand.source.extend(self._arresting_state(tok, cand.target))
        if trig is DEPLOYMENT and not cand.names_other_side():
            return None  # "U.S. soldiers arrived at the scene": a visit with no host was no event, nor is this
        if trig is ULTIMATUM and not (cand.source and cand.names_other_side()):
            return None  # a deadline with no two sides ("the bill gives the president 60 days") swallows no acts
        if trig is APPEAL and self_addressed(cand.source, cand.target):
            return None  # "X viewed calls encouraging X to ...": whoever appeals, it is not X
        if tok.lemma_.lower() in RECIPROCAL_VERBS and len(cand.source) >= 2 and not cand.names_other_side() \
                and _conflict(trig.type) and not fought_together(tok):  # not "traded places", "exchanged ambassadors"
            # "India and Pakistan exchanged fire": each side did it to the other
            cand.others.extend(cand.source[1:])
            del cand.source[1:]
        if cand.source and not cand.target and _promised(tok):  # "would retaliate against new sanctions imposed
            own = cand.source_codes()  # [by] the U.S.": a promised answer (not one denied, nor one given)
            cand.target.extend(a for a in answered_doers(tok, res, ctx) if a.code not in own)
        if _weak(trig) and not (cand.source and (cand.target or cand.others)) and not (
                trig.type == "ASSAULT" and cand.source and self._striking(tok)
                and self._struck_country(tok, cand.source)):
            return None  # generic CAMEO verbs and the model's own readings count with both sides named
        if not cand.names_other_side() and trig.type not in SYMMETRIC_TYPES:
            # "condemned the offensive", "the operation was criticized by X": who acted in it
            acted_on = f.obj
            if acted_on is None and passive:
                acted_on = next((c for c in tok.children if c.dep_ == "nsubjpass"), None)
            if acted_on is not None:
                cand.target.extend(self._event_anaphor(acted_on, ctx, cand.source_codes()))
        return cand

    @staticmethod
    def _own_side(clause: "Token", subj: "Token", own: set[str], res: ArgumentResolver, ctx: Discourse) -> bool:
        """Whether a clause's subject is the speaker's own side: "Russia warned [it] would respond";
        not the "it" of "it would be a mistake if ...", which stands for no one."""
        if subj.pos_ == "PRON":
            return subj.lower_ in ("they", "we", "i", "he", "she") or (subj.lower_ == "it" and clause.lemma_ != "be")
        return bool(own & {a.code for a in res.actors_of(subj, ctx)})

    def _condition_parties(self, clause: "Token", own: set[str], res: ArgumentResolver,
                           ctx: Discourse) -> list[Actor]:
        """Whom a warned response answers: the subjects of the clause's conditions, "warned it would
        be forced to take retaliatory steps [if Finland joined NATO]" (Finland), not the speaker."""
        found: list[Actor] = []
        for cond in condition_clauses(clause):
            s_ = nearest_subject(cond)
            if s_ is not None:
                found.extend(a for a in res.actors_of(s_, ctx) if a.code not in own)
        return found

    def _armed_cause(self, verb: "Token") -> bool:
        """ "missile strikes damaged a power plant": an effect verb whose cause is an armed act
        reports that act (a measure's harm, "sanctions hurt the economy", does not)."""
        cause = _cause(verb)
        return cause is not None and cause.pos_ in ("NOUN", "PROPN") and any(
            t.type == "ASSAULT" for t in self.lex.noun(cause.lemma_.lower()))

    def _denied_accusation(self, tok: "Token") -> "Token | None":
        """What a denial denies when that is an accusation: a clause saying someone did wrong
        ("denied that Russia had violated the treaty", "denied Tehran was involved in the attacks")
        or a misdeed or charge named as its object ("denied its violation", "denied the allegations").
        None for other denials ("denied that the talks had stalled") and negated ones."""
        if tok.lemma_.lower() not in DENIAL_VERBS or any(c.dep_ == "neg" for c in (*tok.children, *tok.head.children)):
            return None  # "has not confirmed or denied that ...": no denial
        classes = self.lex.speech_classes
        wrongs = classes["accusation"] | INVOLVEMENT
        for c in tok.children:
            if c.dep_ == "ccomp" and c.pos_ in ("VERB", "AUX") and not any(n.dep_ == "neg" for n in c.children):
                preds = {c.lemma_.lower(), *(x.lemma_.lower() for x in c.children if x.dep_ in ("acomp", "attr", "prep"))}
                if preds & wrongs and nearest_subject(c) is not None:
                    return c
            if c.dep_ == "dobj" and c.lemma_.lower() in classes["misdeed"] | classes["fault"] | CHARGE_NOUNS:
                return c
        return None

    def _denier_side(self, cand: Candidate, denied: "Token", res: ArgumentResolver, ctx: Discourse) -> None:
        """A denier the text does not name ("Foreign Minister X, the country's negotiator, denied
        ...") speaks for the side its denial clears: the subject of the denied clause or the owner
        of the denied misdeed ("its violation"). That side is no target of its own denial; the
        accuser is (``_answer_previous``). Not whom denied charges are "against": the accuser
        found for it is too often wrong (measured on dev-news: a wrong pair, dates moved)."""
        if denied.pos_ in ("VERB", "AUX"):
            accused = nearest_subject(denied)
            side = res.actors_of(accused, ctx) if accused is not None else []
        else:
            holders = [c for c in denied.children if c.dep_ == "poss"]
            side = [a for h in holders for a in res.actors_of(h, ctx)]
        codes = {a.code for a in side}
        cand.source.extend(side)
        cand.target[:] = [a for a in cand.target if a.code not in codes]

    def _guest(self, obj: "Token", res: ArgumentResolver, ctx: Discourse) -> bool:
        """Whether a host's object is someone received: a named actor, a pronoun for one, or a
        visitor noun ("hosted his counterpart", "received a delegation")."""
        if counted_people(obj) and obj.lemma_.lower() not in self.lex.visitors:
            return False  # "received about 1,500 Syrians": refugees, no guests; not "two delegations"
        if res.mention_of(obj) is not None or obj.ent_type_ in ("PERSON", "NORP", "GPE", "ORG"):
            return True
        if obj.pos_ == "PRON":
            return bool(res.actors_of(obj, ctx))
        return obj.lemma_.lower() in self.lex.visitors

    def _person_guest(self, obj: "Token", res: ArgumentResolver) -> bool:
        """Whether a greeting's object is a person: a named person or a visitor noun ("welcomed
        Modi", "greeted the new ambassador"), not a decision or a state ("welcomed Japan's move")."""
        m = res.mention_of(obj)
        if m is not None:
            return m.actor.kind == "person"
        return obj.ent_type_ == "PERSON" or (obj.lemma_.lower() in self.lex.visitors and obj.pos_ == "NOUN")

    def _sense_gap(self, tok: "Token") -> "Token | None":
        """The noun a relative clause or a passive participle leaves as its object, when that
        object changes the verb's sense: "the deal [Germany struck]", "an agreement [struck by X]"
        (AGREE, not ASSAULT). Not when the verb reads the same without it: "sanctions imposed on X"
        stays the noun's event. A verb read only through its object takes a passive's subject for
        it when the passive names whom it is "against": "charges were filed against him" (ACCUSE);
        not "talks to be held at the same time" (the noun is the event)."""
        lemma = tok.lemma_.lower()
        passive = next((c for c in tok.children if c.dep_ == "nsubjpass" and c.pos_ == "NOUN"), None)
        if passive is not None and tok.tag_ == "VBN" and not self.lex.verb(lemma) \
                and next(prep_objects(tok, AGAINST), None) is not None:
            framed = self.lex.verb(lemma, obj_lemma=passive.lemma_.lower())
            return passive if framed and framed[0].source == "curated" else None
        gap = _gap_object(tok) or accord_subject(tok)  # "The deal [struck] between X and Y ended ..."
        if gap is None:
            return None
        plain = self.lex.verb(lemma)
        framed = self.lex.verb(lemma, obj_lemma=gap.lemma_.lower())
        return gap if plain and framed and framed[0].source == "curated" and framed[0].type != plain[0].type else None

    def _territory_target(self, cand: Candidate, obj: "Token | None") -> None:
        """ "shelled Donetsk", "annexed Crimea", "airstrikes on Idlib": force used on a place is
        used on the state whose territory it is, when the act names no other side. Only the thing
        acted on counts (the object, the object of "on"/"against"/"into", an attack noun's "of"), never where
        it happened. A threat a side made against a place is made against its state the same way: "North
        Korea threatened Guam", "threats against Guam" (only its object and its "against" phrase: not
        "threatened the talks in Geneva"; not "the storm threatened Florida", which no side made)."""
        threat = cand.trig.type == "THREATEN"
        if not (cand.trig.type in TERRITORIAL_TYPES or (threat and cand.source)) or cand.names_other_side():
            return
        heads = [cand.trigger] + ([obj] if obj is not None else [])
        hit = [obj] if obj is not None else []
        hit += [o for h in heads for o in prep_objects(h, AGAINST if threat else TERRITORY_PREPS)]
        if cand.trig.type == "ASSAULT":  # "strikes on civilian targets [in Kyiv]": hit where it stands
            hit += struck_of(cand.trigger)  # "the shelling of Donetsk", "a ground invasion of the Gaza Strip"
            hit = [p for o in hit for p in ([o] if o.pos_ == "PROPN" else
                                            [] if is_fighters(o) else [*prep_objects(o, WHERE_PREPS), *named_place(o)])]
        own = {a.code for a in cand.source + cand.others}
        for o in hit:
            place = self._place(o) if o.pos_ == "PROPN" else None
            if place is not None and place.country and place.country not in own:
                state = self.kb.actor(place.country)
                if state is not None:
                    cand.target.append(state)
                return

    def _own_clause(self, tok: "Token", res: ArgumentResolver, ctx: Discourse) -> "Token | None":
        """The that-clause of a commissive verb whose subject is the speaker's own side: "Tehran
        vowed it would retaliate", "Trump vowed the U.S. would strike"; not "warned Iran would attack"."""
        comp = next((c for c in tok.children if c.dep_ == "ccomp" and c.pos_ in ("VERB", "AUX")), None)
        subj = nearest_subject(comp) if comp is not None else None
        if subj is None or comp is None or _state_or_inability(comp):
            return None
        if subj.pos_ == "PRON":
            return comp if subj.lower_ in ("it", "they", "we", "i", "he", "she") else None
        speaker = nearest_subject(tok)
        own = {a.code for a in res.actors_of(speaker, ctx)} if speaker is not None else set()
        return comp if own and own & {a.code for a in res.actors_of(subj, ctx)} else None

    def _foretold(self, tok: "Token", res: ArgumentResolver, ctx: Discourse) -> bool:
        """ "warned that Trump's actions may cause a recession", "warned history could repeat itself":
        a warning whose clause foretells what others or events will do is a prediction, no threat.
        One addressed to a party ("warned Putin not to react"), one whose clause is the warner's own
        act ("warned it would retaliate"), lays a duty on its subject ("warned that NATO must stay
        out") or names a hostile act or its price stands."""
        if tok.lemma_.lower() != "warn" or any(c.dep_ == "xcomp" or (c.dep_ == "prep" and c.lower_ in WARNED_PREPS)
                                               for c in tok.children):
            return False
        comp = next((c for c in tok.children if c.dep_ == "ccomp" and c.pos_ in ("VERB", "AUX")), None)
        if comp is not None and stated_fact(comp) and not self._warner_in_clause(tok, comp, res, ctx):
            return True  # "warned Brussels that he was a militant": a fact told, to whomever (talk17)
        if self._warned_party(tok, res, ctx):
            return False
        if comp is None or self._own_clause(tok, res, ctx) is not None or self._threat_in(comp) \
                or (self._warner_in_clause(tok, comp, res, ctx) and not _state_or_inability(comp)) \
                or obliged(comp, self.lex):
            return False
        return not any(t.lemma_.lower() in THREAT_WORDS or t.lower_ == "if" for t in comp.subtree)

    def _warned_party(self, tok: "Token", res: ArgumentResolver, ctx: Discourse) -> bool:
        """Whether a warning is addressed to another party ("warned Putin that ..."), not to the warner's
        own people or none ("warned lawmakers that Russia is planning to interfere")."""
        obj = next((c for c in tok.children if c.dep_ == "dobj"), None)
        if obj is None:
            return False
        speaker = nearest_subject(tok)
        own = {a.country or a.code for a in (res.actors_of(speaker, ctx) if speaker is not None else [])}
        heard = res.actors_of(obj, ctx)
        return not heard and obj.pos_ == "PRON" or any((a.country or a.code) not in own for a in heard)

    def _warner_in_clause(self, tok: "Token", comp: "Token", res: ArgumentResolver, ctx: Discourse) -> bool:
        """Whether the clause's subject is the warner's own state, the warner's subject shared with a
        verb before ("Yang accused Japan ... and warned that Beijing would be firm")."""
        subj, speaker = nearest_subject(comp), nearest_subject(tok)
        warners = res.actors_of(speaker, ctx) if speaker is not None else self._inherited_subject(tok, res, ctx)
        own = {a.country or a.code for a in warners}
        return subj is not None and bool(own & {a.country or a.code for a in res.actors_of(subj, ctx)})

    def _threat_in(self, comp: "Token") -> list[Trigger]:
        """THREATEN when what a speaker commits to is hostile: "vowed to destroy their economy",
        "pledged it would target sites", "promised to hold Russia accountable"."""
        best = self._act_reading(comp)
        if best is None or best.type not in HOSTILE_CONTENT or best.weight < 0.4:
            return []
        return [Trigger("THREATEN", None, None, 0.75, "rule", "commitment to a hostile act")]

    def _committed_act(self, comp: "Token") -> tuple["Token", Trigger | None, bool]:
        """The act a commitment's complement names, its reading, and whether it is forsworn."""
        act, forsworn = forsworn_act(comp)
        return act, self._act_reading(act), forsworn

    def _cooperative_act(self, comp: "Token") -> bool:
        """Whether a complement's act reads as cooperation ("helping Y") or is joint work with another side
        ("working with Y"), not as a hostile act or nothing done with anyone ("keeping Iran from a bomb",
        "launching an investigation") or along with another side without working with it ("competing
        with Y", "living with a nuclear Y"): what a commitment to it promises the other side."""
        reading = self._act_reading(comp)
        if reading is not None:
            return quad_class(reading.type).endswith("cooperation")
        # "working [with] Y", which the lexicon leaves to its context (``JOINT_VERBS``)
        return comp.lemma_.lower() in JOINT_VERBS and any(preps_named(comp, "with"))

    def _act_reading(self, comp: "Token") -> Trigger | None:
        """The lexicon's best reading of a complement's verb with its object, particle and "against"."""
        obj = verb_object(comp)
        small = _small_clause(comp) if obj is None else None
        word = accord_word(_thing(obj)) if obj is not None else small.lemma_.lower() if small is not None else None
        prt = next((c.lower_ for c in comp.children if c.dep_ == "prt"), None)
        kids = [*comp.children, *(obj.children if obj is not None else ())]
        prep = next((c.lower_ for c in kids if c.dep_ == "prep" and c.lower_ == "against"), None)
        readings = self.lex.verb(comp.lemma_.lower(), particle=prt, prep=prep, obj_lemma=word)
        return max(readings, key=lambda t: t.weight) if readings else None

    def _by_instrument(self, tok: "Token", trigs: list[Trigger]) -> list[Trigger]:
        """ "hit Turkey with sanctions", "slapped China with tariffs": a hostile instrument names
        the act better than a generic verb reading (or none); so does a measure that does what a
        verb of force says: "targeted by sanctions", "the tariffs hit steel" are no attack."""
        best = max(trigs, key=lambda t: t.weight) if trigs else None
        inst = _instrument(tok)
        if inst is not None and inst.i < tok.i:
            inst = None  # "[With limited exceptions], the sanctions will hit Iran": a fronted adverbial
        if inst is None and best is not None and best.type == "ASSAULT":
            inst = _cause(tok)  # "targeted by U.S. sanctions", "the new tariffs target steel"
        if inst is None or (best is not None and best.source == "curated" and best.weight >= 0.7
                            and best.type != "ASSAULT"):
            return trigs  # "struck China with tariffs": no violence
        # (through an amount: "the next round of US sanctions will target")
        found = [t for t in self.lex.noun(_thing(inst).lemma_.lower()) if t.type in ("SANCTION", "COERCE")]
        return found or trigs

    @staticmethod
    def _farther_parties(cand: Candidate, res: ArgumentResolver, ctx: Discourse) -> None:
        """Parties one phrase farther than the verb's own arguments, when those name no other side:
        "discussed the incursion by phone [with Putin]", "met in Geneva [with officials from X]"
        (symmetric acts), and "called on the world to impose sanctions [on Iran]", "threatened to
        destroy [Turkey's economy]" (a request or threat whose own arguments name no one else: the
        party its content is about)."""
        if cand.names_other_side():
            return
        tok = cand.trigger
        if cand.trig.type in SYMMETRIC_TYPES:
            for q in _phrase_preps(tok):
                if q.lower_ in PARTICIPANT_PREPS and q.head != tok:
                    cand.target.extend(a for o in q.children if o.dep_ == "pobj" for a in res.actors_of(o, ctx))
        elif cand.trig.type in ("REQUEST", "THREATEN"):
            xcomp = next((c for c in tok.children if c.dep_ == "xcomp"), None)
            for c in with_conjuncts(xcomp) if xcomp is not None else ():
                if c.dep_ == "dobj" or (c.dep_ == "prep" and c.lower_ in TARGET_PREPS
                                        and not names_no_party(cand.trig.type, c, tok)):  # not the foe
                    found = (res.actors_of(c, ctx) if c.dep_ == "dobj"
                             else [a for o in c.children if o.dep_ == "pobj" for a in res.actors_of(o, ctx)])
                    cand.target.extend(found or _nested_pp_actors(c, res, ctx, cand.trig.type))
            if cand.trig.type == "REQUEST" and not cand.names_other_side():
                own = cand.source_codes()
                cand.target.extend(a for a in _halted_doers(tok, res, ctx, own) if a.code not in own)
                asked = [a for o in asked_from(tok, res) for a in res.actors_of(o, ctx) if a.code not in own]
                cand.target.extend(asked if not cand.names_other_side() else [])  # "a response from the UN"
        elif cand.trig.type == "ACCUSE":
            clause = feared_clause(tok)
            subj = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None) \
                if clause is not None else None
            if subj is not None:  # "voiced concern that [Assad] may use chemical weapons"
                own = cand.source_codes()
                cand.target.extend(a for a in res.actors_of(subj, ctx) if a.code not in own)

    @staticmethod
    def _event_anaphor(tok: "Token", ctx: Discourse, own: set[str]) -> list[Actor]:
        """ "condemned the launches", "rejected the accusation", "regretted the decision": who did the
        act the noun refers back to ("*": the latest event of any type), not of the speaker's own side."""
        lemma = tok.lemma_.lower()
        typ = EVENT_NOUN_TYPES.get(lemma)
        if typ is None or not any(c.dep_ in ("det", "poss") and c.lower_ in (
                "the", "these", "those", "this", "that", "its", "their") for c in tok.children):
            return []
        types = (typ,) if isinstance(typ, str) else typ
        named = ctx.doers_of(lemma, (), own) or []  # "joint U.S.-Korean drills ... Pyongyang condemned the drills"
        if any(a.code not in own for a in named):
            return named
        ev = ctx.last_event if typ == "*" else next(
            (ctx.last_by_type[t] for t in types if t in ctx.last_by_type), None)
        if ev is not None and ev.source is not None:
            return [ev.source]
        # "A Turkish offensive in Syria ... X condemned the operation": who acted, though no one was named as hit
        return ctx.doers_of(None, types if typ != "*" else (), own) or []

    def _measure_doers(self, tok: "Token", ctx: Discourse, own: set[str]) -> list[Actor]:
        """Who imposed the measure that does a verb's act: "[the sanctions] target Russia's banks",
        "hit by [the new tariffs]": the doers the article named for that measure."""
        cause = _cause(tok)
        if cause is None or not self.lex.noun(cause.lemma_.lower()):
            return []
        return self._event_anaphor(cause, ctx, own)

    def _drop_contents(self, cands: list[Candidate]) -> list[Candidate]:
        """Drop events that are the content of another: "agreed to meet", "urged X to stop Y"
        (the path up to the other trigger passes through a complement clause)."""
        # (a refusal keeps the act refused: "refused to meet Y" is also a meeting not held)
        containers = {c.trigger.i: c for c in cands if c.trig.type in CONTAINER_TYPES and c.trig is not REFUSAL}
        keep = []
        for c in cands:
            node, inside, via_clause, conditional, threatened = c.trigger, False, False, False, False
            for hop in range(6):
                condition = marked_clause(node, CONDITION_MARKS)
                asked = marked_clause(node, FOR)  # "called for Israel [to release] them": the act asked for
                conditional = conditional or condition or asked  # (whose addressee the appeal already names)
                if (node.dep_ not in COMPLEMENT_DEPS and not condition and not asked) or node.head == node or (
                        hop == 0 and node.dep_ == "conj" and node.head.pos_ not in ("NOUN", "PROPN")):
                    break
                if node.dep_ == "pobj" and node.head.lower_ in ADVERBIAL_PREPS:
                    break  # "invite him to visit [during the summit]": an event of its own
                if via_clause and node.dep_ == "conj" and self._reporting(node):
                    break  # "called it an attack and said [Americans stood beside France]": what was said
                threatened = threatened or _threatened_act(node)  # "its threat [to raise] tariffs on Y"
                via_clause = via_clause or node.dep_ in ("xcomp", "ccomp") or condition or threatened or asked
                node = node.head
                if via_clause and ((node.i in containers and containers[node.i] is not c
                                    and not _own_act_announced(c, containers[node.i]))
                                   or node.lemma_.lower() in TOPIC_VERBS):
                    inside = True  # "agreed [to meet]", "discuss [when the next meeting will take place]"
                    if node.i in containers and (c.trigger.pos_ == "VERB" or threatened) and not conditional:
                        _lend_parties(c, containers[node.i])  # not "offered X if he agrees to halt Y"
                    break
            if not inside:
                keep.append(c)
        return keep

    @staticmethod
    def _inherit_targets(cands: list[Candidate]) -> None:
        """ "condemned the launches and imposed sanctions": the second verb shares the target."""
        by_tok = {c.trigger.i: c for c in cands}
        for c in cands:
            if not c.target and c.trigger.dep_ == "conj" and c.trigger.head.i in by_tok:
                c.target.extend(by_tok[c.trigger.head.i].target)

    @staticmethod
    def _answer_previous(cands: list[Candidate], named: set[str], ctx: Discourse, home: set[int],
                         at_home: set[int]) -> None:
        """ "China seized the boat. Manila protested." / "Britain warned of serious consequences":
        a reaction with no target answers the actor of the event reported just before, while that event
        is still the story being told (``Discourse.story_event``) or the sentence names that actor
        ("Peskov denied Russia had meddled in the US elections"); not one whose own phrase says it is
        about a matter at home (``home``: trigger indices). ``named``: the codes of the actors the sentence names;
        ``at_home``: the acts whose phrase names only parties at home, whose denial answers no accuser either."""
        for c in cands:
            if c.trig.type == "REJECT" and c.source and not c.names_other_side() \
                    and c.trigger.i not in at_home:  # not "dismissed the Mueller probe"
                # "Iran denied any involvement": a denial answers the latest accusation against the denier,
                # first one the same sentence reports ("denied the attacks, which Washington blamed on it")
                codes = c.source_codes()
                accuser = _accuser_in(cands, codes) or _accuser_of(codes, ctx)
                if accuser is not None:
                    c.target.append(accuser)
        prev = ctx.last_event
        if prev is None or prev.source is None:
            return
        for c in cands:
            if c.trig.type in REACTIVE and c.source and not c.target and not c.others and c.trigger.i not in home:
                # "X warned Y ... Z also warned": a parallel statement shares the target
                parallel = prev.type == c.trig.type and prev.target is not None
                answered = prev.target if parallel else prev.source
                if answered is None or answered.code in c.source_codes():
                    continue
                if _still_told(answered, named, ctx):
                    c.target.append(answered)

    @staticmethod
    def _story_counterpart(cands: list[Candidate], named: set[str], ctx: Discourse, home: set[int]) -> None:
        """ "Tehran vowed it would respond": a directed act whose sentence names only who acts is
        aimed at the other party of the story being told, the latest event's other side. Only a
        hostile act or a demand: a story's other side is its adversary, and a cooperative act that
        names no partner is most often at home ("backed away from the claim", "approved a law",
        "apologized for those comments"), nor a statement about a matter at home (``home``), nor the
        denial of a charge: that answers its accuser (``_answer_previous``), not the story's other side.
        Only while that event is recent (``Discourse.story_event``) or the sentence names that side
        ("the North Korean entities sanctioned Friday"): many sentences on, the article has moved on,
        and an act that names no other side is most often a matter at home."""
        prev = ctx.last_event
        if prev is None:
            return
        for c in cands:
            if c.trig.type in SYMMETRIC_TYPES or c.trig.type == "MOBILIZE" or not c.source or c.target or c.others:
                continue
            if c.trigger.i in home or (c.trig.type == "REJECT" and _denies_a_charge(c.trigger)):
                continue
            if not _conflict(c.trig.type) and c.trig.type != "REQUEST":
                continue
            if _conflict(c.trig.type) and not _conflict(prev.type):
                continue  # a meeting's partner is no story's adversary: "met X ... Y was sanctioned"
            if _aimed_at_people(c.trigger):
                continue  # "Syrian forces killed dozens of protesters": not the story's other side
            own = c.source_codes()
            other = [a for a in (prev.source, prev.target) if a is not None and a.code not in own]
            if not other or len(own) != 1 or not own & {a.code for a in prev.actors()}:
                continue
            if _still_told(other[0], named, ctx):
                c.target.append(other[0])

    def _about_home_matters(self, c: Candidate, res: ArgumentResolver, ctx: Discourse) -> bool:
        """Whether a verbal act with no other side names, in its own phrase, what it is about, and
        that is a matter at home: a thing no party stands for and no act ("protested the label",
        "asked for congressional approval", "seeks peaceful development", "complained that the media
        ..."), or its own side ("accusing his regime"). Then it answers no earlier event: the story's
        other side is not whom it is aimed at. An act, a pronoun or another party keeps it open
        ("denied it", "asked for a meeting", "condemned the strikes")."""
        if not quad_class(c.trig.type).startswith("verbal") or c.names_other_side():
            return False
        acted, said = topic_heads(c.trigger)
        if c.trig.type == "THREATEN":  # "warned of consequences", "warned that time was running out"
            acted = [o for x in c.trigger.children if x.dep_ == "xcomp" for o in x.children if o.dep_ == "dobj"]
            cautioned = [o for p in preps_named(c.trigger, "against") for o in p.children if o.dep_ == "pcomp"]
            if cautioned and all(_own_conduct(o, res) for o in cautioned):
                return True  # "warned against leaving without a deal", "warned against overreacting": advice
        if c.trig.type != "ACCUSE":
            said = []  # what a complaint says names its matter; a warning's or a denial's clause need not
        own = c.source_codes()
        found = False
        for head in acted + said:
            actors = res.actors_of(head, ctx)
            if any(a.code not in own for a in actors) or head.pos_ not in ("NOUN", "PROPN") or self._act_noun(head):
                return False  # another party, a pronoun ("about that"), or an act: what it answers is open
            found = found or head in acted or not actors  # own side acted on, or a thing said about
        return found

    def _act_noun(self, tok: "Token") -> bool:
        """A noun that names an act: a trigger noun, one that refers back to any ("the incident"), or a
        verb's -ing noun ("called the downing a stab in the back")."""
        lemma = tok.lemma_.lower()
        return (lemma in EVENT_NOUN_TYPES or lemma in INCIDENT_NOUNS or bool(self.lex.noun(lemma))
                or (tok.pos_ == "NOUN" and lemma.endswith("ing") and len(lemma) > 5))

    @staticmethod
    def _split_visits(c: Candidate) -> list[Candidate]:
        """ "will visit Japan and South Korea": one visit per host state."""
        if c.trig.type != "CONSULT" or c.trigger.lemma_.lower() not in VISIT_LEMMAS:
            return [c]
        hosts = [a for a in _distinct(c.target) if a.kind == "state"]
        if len(hosts) < 2:
            return [c]
        rest = [a for a in c.target if a not in hosts]
        return [replace(c, source=list(c.source), target=[h, *rest], others=list(c.others)) for h in hosts]

    def _noun_candidate(self, tok: "Token", res: ArgumentResolver, ctx: Discourse) -> Candidate | None:
        ties = ties_broken(tok)  # "the severing of [ties] with Qatar": read once for the reading and the target
        trig = self._noun_reading(tok, ties is not None, res, ctx)
        if trig is None or sought_cause(tok):  # "a campaigner for British withdrawal from the EU"
            return None
        cand = Candidate(tok, trig)
        if not self._noun_phrase_sides(cand, res, ctx):
            return None
        gov = governing_verb(tok)
        # "claimed responsibility for the attack", "ISIS claimed the Paris attacks": a doer owns the act
        owned = _claimed_act(tok) or (gov is not None and passive_doer(tok, gov) is not None)
        if gov is not None and ((_activity_gerund(gov) and not occasion_phrase(tok) and heeding_verb(tok) is None)
                                or _causative(gov)):
            return None  # (not "kept arming Y despite pleas from Z": Z's appeal, whatever the gerund)
        self._noun_typed_sides(cand, ties, gov, owned, res, ctx)
        if trig.type == "SANCTION" and gov is not None and measure_debated(tok, gov, res):
            return None  # "Hagel opposed Iran sanctions": a proposal argued over, not the sanctions imposed
        answerable = (_answerable_doer(tok, res) or ascribed_doer(tok)) if trig.type in FORCE_TYPES \
            and not cand.source else None
        if answerable is not None:  # "North Korea was responsible for the attack": its doer, as one who claims it
            cand.source.extend(res.actors_of(answerable, ctx))  # (and "the bombing was blamed on the PKK")
            owned = bool(cand.source)
        if trig is ARMED_CAMPAIGN and not cand.source and not waged_by_subject(tok):
            return None  # "questioned the logic of ... the fight against ISIS": whose fight, no phrase says
        if trig.type == "ASSAULT":
            self._attack_noun_targets(cand, res, ctx)
        # "blamed Iran for the attack": the text names its doer, no bare reference back to it
        own = bool(cand.source or cand.target or cand.others) or owned or (
            trig.type == "ASSAULT" and _blamed_on(tok, gov)) or _sender_on_heeding_verb(tok, trig)
        if not own and any(c.dep_ == "det" and c.lower_ in ("the", "this", "these", "that", "those")
                           for c in tok.children):
            return None  # "following the tests": a reference back to an event already reported
        if _talked_about(tok) and (not own or _talk_partners_only(cand, res, ctx)):
            return None  # "Flynn discussed sanctions with Kislyak": the matter talked about, no act of the talkers
        self._noun_context_sides(cand, gov, owned, res, ctx)
        return cand

    def _noun_phrase_sides(self, cand: Candidate, res: ArgumentResolver, ctx: Discourse) -> bool:
        """The sides an event noun's own phrase names, the parties of a process, whom a request asks and
        whom a threat threatens; False where a request asks its own side."""
        tok, trig = cand.trigger, cand.trig
        self._noun_own_sides(cand, res, ctx)
        if trig.type == "CONSULT" and not (cand.source or cand.target or cand.others):
            cand.others.extend(process_parties(tok))  # "the Brexit talks": Britain's with the EU
        if trig is SPEECH_TO_BODY and not cand.target:  # "delivered his address [to Congress]": hung on the verb
            cand.target.extend(a for o in audience(tok) for a in res.actors_of(o, ctx) if a not in cand.source)
        accord = sought_accord(tok) if trig.type == "CONSULT" and not (cand.source or cand.target) else None
        for prep in accord.children if accord is not None else []:  # "talks on a deal between X and Y"
            if prep.dep_ == "prep" and prep.lower_ in ACCORD_PARTY_ROLES:
                self._noun_preposition_sides(cand, prep, ACCORD_PARTY_ROLES[prep.lower_], res, ctx)
        maker = accord_maker(tok) if trig.type == "AGREE" and not (cand.source or cand.target or cand.others) else None
        for prep in preps_named(maker, "between") if maker is not None else []:  # "the pact sealed between X and Y"
            self._noun_preposition_sides(cand, prep, "others", res, ctx)
        asked = asked_of(tok, cand.source, res, ctx) if trig.type == "REQUEST" and not cand.target else []
        if asked is None:
            return False  # "his call for Congress to ratify ...": asks its own side
        cand.target.extend(asked)  # "Canada's demand that the Saudis free ..."
        threatened = infinitive_under(tok) if trig.type == "THREATEN" and not cand.target else None
        if threatened is not None:  # "his threat to destroy [the secretive country]"
            self._complement_targets(cand, threatened, res, ctx)
        return True

    def _noun_typed_sides(self, cand: Candidate, ties: "Token | None", gov: "Token | None", owned: bool,
                          res: ArgumentResolver, ctx: Discourse) -> None:
        """Sides by the event's type: a sanction's compound, blacklist or answer, the ties severed, the city
        an attack struck; and the premodifying state as the doer."""
        tok, trig = cand.trigger, cand.trig
        if trig.type == "SANCTION" and gov is not None and not cand.source and not cand.target:
            self._sanctioned_compound(cand, gov, res, ctx)  # "the US announced Russia sanctions"
        if trig.type == "SANCTION":
            self._sanctioned_state(cand, res)  # "the Russia sanctions", "the EU's Iran sanctions list"
        if trig is TIES_BROKEN and ties is not None and not cand.target:  # "the severing of ties [with] Qatar"
            cand.target.extend(a for o in prep_objects(ties, WITH) for a in res.actors_of(o, ctx))
        ended = aid_ended(tok, trig)
        if ended is not None and not cand.target:  # "the suspension of U.S. aid [to] Pakistan": whom it was for
            own = cand.source_codes()
            cand.target.extend(a for o in aid_receivers(ended) for a in res.actors_of(o, ctx) if a.code not in own)
        listed = blacklisted(tok) if trig.type == "SANCTION" else None
        if listed is not None and not cand.target:  # "placed Chinese firms on a blacklist"
            cand.target.extend(res.actors_of(listed, ctx))
        if trig.type == "ASSAULT" and not cand.source and not cand.target:
            self._city_struck(cand, res, owned)  # "the Paris attacks"
        if not cand.source and trig.type not in SYMMETRIC_TYPES and cand.others:
            # "U.S. tariffs", "Russian strikes on Kyiv": the premodifying state is the actor; a patron
            # in a qualifier only when no other premodifier names one ("the U.S.-backed Ethiopian invasion")
            patrons = res.qualifier_codes(tok)
            doer = next((a for a in cand.others if a.code not in patrons), cand.others[0])
            cand.others.remove(doer)
            cand.source.append(doer)
        answer = answering_verb(tok) if trig.type == "SANCTION" and cand.source and not cand.target else None
        if answer is not None:  # "Russia retaliated against new U.S. sanctions": the sanctions hit Russia
            self._answering_side(cand, answer, res, ctx)

    def _noun_context_sides(self, cand: Candidate, gov: "Token | None", owned: bool, res: ArgumentResolver,
                            ctx: Discourse) -> None:
        """Sides the clause around an event noun gives: those who heed it or the verb over it, what a launch
        aims at, whom a call's occasion addresses, a meeting's other side."""
        tok, trig = cand.trigger, cand.trig
        if not self._heeded_sides(cand, res, ctx):  # ("Beijing ignored warnings from Trump": Trump warned Beijing)
            self._governed_sides(cand, gov, res, ctx)
        hosts = [tok, *prep_objects(tok, OF)] + ([gov] if gov is not None and owned else [])
        _aim_launch(cand, hosts, res, ctx)  # "the launch of missiles at U.S. bases"
        if not cand.source and trig.type == "CONSULT" and not cand.target and not cand.others:
            told = occasion_addressee(tok)  # "In a phone call Monday, Biden told Poroshenko ...": whom he met
            cand.target.extend(res.actors_of(told, ctx) if told is not None else [])
        if not cand.source and trig.type == "CONSULT" and not cand.target and not cand.others:
            self._within_sides(cand, res, ctx)  # "a phone call in which Trump asked Zelenskiy to ..."
        if not cand.source and trig.type == "CONSULT" and cand.target:
            self._meeting_side(cand, res, ctx)

    @staticmethod
    def _within_sides(cand: Candidate, res: ArgumentResolver, ctx: Discourse) -> None:
        """The two sides of a meeting noun that names none, from the clause set within it
        (``within_parties``): its doer's side and, when that is another, its addressee's."""
        parties = within_parties(cand.trigger)
        doers = res.actors_of(parties[0], ctx) if parties is not None else []
        own = {a.code for a in doers}
        met = [a for a in res.actors_of(parties[1], ctx) if a.code not in own] if parties is not None else []
        if doers and met:
            cand.source.extend(doers)
            cand.target.extend(met)

    def _answering_side(self, cand: Candidate, verb: "Token", res: ArgumentResolver, ctx: Discourse) -> None:
        """The side that answers a measure with ``verb`` (its subject, else the one it shares) is the
        measure's target."""
        side = self._subject_actors(verb, res, ctx)
        cand.target.extend(a for a in side if a not in cand.source)

    def _attack_noun_targets(self, cand: Candidate, res: ArgumentResolver, ctx: Discourse) -> None:
        """An attack noun's target where its phrase names none: whom it struck ("an Iraqi airstrike killed
        45 ISIS fighters"), who fell in it ("[Palestinians] died in Israeli airstrikes"), else the side it is
        against ("anti-ISIS airstrikes in Syria": ISIS, not Syria)."""
        tok = cand.trigger
        if not cand.target:
            cand.target.extend(a for o in struck_by(tok) for a in res.actors_of(o, ctx) if a not in cand.source)
        if not cand.target and cand.source:  # "dozens of Palestinians died in Israeli airstrikes": its victims
            fallen = (a for v in _fallen_in(tok) for a in res.actors_of(v, ctx) or _nested_pp_actors(v, res, ctx))
            cand.target.extend(a for a in fallen if a not in cand.source)
        if not cand.target:
            cand.target.extend(self._opposed_actor(tok, cand.source))

    def _governed_sides(self, cand: Candidate, gov: "Token | None", res: ArgumentResolver, ctx: Discourse) -> None:
        """A noun's sides from the verb that governs it (``_governor_sides``), else the territory it names."""
        if gov is not None and not _cause_of(cand.trigger, gov):
            self._governor_sides(cand, gov, res, ctx)
        else:
            self._territory_target(cand, None)

    def _heeded_sides(self, cand: Candidate, res: ArgumentResolver, ctx: Discourse) -> bool:
        """A message that a verb of heeding (``heeding_verb``) heeds came from its "from"/"by" phrase or
        owner and went to the verb's subject; False (sides left to the governing verb) when no verb
        heeds it or no sender is named."""
        verb = heeding_verb(cand.trigger) if cand.trig.type in MESSAGE_TYPES else None
        if verb is None:
            return False
        if not cand.source:
            cand.source.extend(a for o in message_senders(cand.trigger, verb) for a in res.actors_of(o, ctx))
        heeders = self._subject_actors(verb, res, ctx)
        if cand.source and not cand.target and asked_party(cand.trigger) is None \
                and verb.lemma_.lower() not in PRAISE_VERBS:
            # (not "welcomed the U.S. demand that [Iran] halt enrichment": the demand names whom it asks;
            # not "Japan welcomed the U.S. call for a ceasefire": one who praises a call backs it, and
            # need not be the one it asked)
            cand.target.extend(a for a in heeders if a not in cand.source)
        return bool(cand.source)

    def _meeting_side(self, cand: Candidate, res: ArgumentResolver, ctx: Discourse) -> None:
        """The own side of a meeting noun that names only the other: "X said talks with Y had stalled",
        "during talks with Y, X said" (the speaker met Y), "Lavrov, in a call with Pompeo, said" (the
        phrase's host), "In London for talks with Y, X said" (the clause's subject), "X expressed an
        openness to talks with Y" (who is disposed to meet)."""
        tok = cand.trigger
        met = {a.code for a in cand.target + cand.others}
        cand.source.extend(a for a in meeting_speaker(tok, res, ctx, self.lex) if a.code not in met)
        for side_of in (occasion_host, occasion_doer, disposed_side):  # tried in turn until one names the side
            who = side_of(tok) if not cand.source else None
            if who is not None:
                cand.source.extend(a for a in res.actors_of(who, ctx) if a.code not in met)
        voicing = voicing_verb(tok) if not cand.source else None
        if voicing is not None and nearest_subject(voicing) is None:  # "..., expressing an openness to talks with Y"
            cand.source.extend(a for a in self._inherited_subject(voicing, res, ctx) if a.code not in met)

    def _sanctioned_compound(self, cand: Candidate, gov: "Token", res: ArgumentResolver, ctx: Discourse) -> None:
        """ "The Obama administration announced Russia sanctions", "the EU imposed new Iran sanctions":
        a state named in a compound before a sanction noun that another imposes is whom the sanctions
        hit; the one who imposes them (the governing verb's subject) is found later (``_governor_sides``)."""
        if gov.lemma_.lower() not in IMPOSING_VERBS or any(c.dep_ == "nsubjpass" for c in gov.children):
            return
        subj = nearest_subject(gov)
        doers = {a.code for a in res.actors_of(subj, ctx)} if subj is not None else set()
        named = [t for c in cand.trigger.children if c.dep_ == "compound" and c.pos_ == "PROPN" for t in c.subtree]
        hit = {m.actor.code: m.actor for t in named for m in res.mentions_at(t) if m.actor.kind == "state"}
        if not doers or doers & hit.keys():
            return  # "Washington imposed U.S. sanctions": the compound is the doer's own
        # (every state of the compound, "new [Russia] [Belarus] sanctions": one left behind would be taken for the doer)
        _hit_first(cand, hit)

    @staticmethod
    def _sanctioned_state(cand: Candidate, res: ArgumentResolver) -> None:
        """ "the Russia sanctions", "new Iran sanctions": the states ``sanctioned_states`` names are
        the target, the others no side ("EU sanctions", "Britain's sanctions" keep their doer)."""
        _hit_first(cand, sanctioned_states(cand.trigger, res))

    def _noun_reading(self, tok: "Token", ties: bool, res: ArgumentResolver, ctx: Discourse) -> Trigger | None:
        """The event an event noun reports, or ``None``: a date, a state, an occasion's part, an
        aggregate, an eased or a hurting measure are none; ``ties``: the noun breaks off ties
        (``ties_broken``)."""
        lemma = tok.lemma_.lower()
        if tok.ent_type_ in ("DATE", "TIME"):
            return None  # "in March", "a Friday strike"? the month or day, never the event word
        compound = next((c.lemma_.lower() for c in tok.children if c.dep_ == "compound"), None)
        adj = next((c.lemma_.lower() for c in tok.children if c.dep_ == "amod"), None)
        if lemma == "testing":
            return self._weapons_testing(tok)
        if lemma in STATE_NOUNS and (tok.dep_ != "dobj" or holds_state(tok.head.lemma_.lower(), lemma)
                                     or tok.head.lemma_.lower() in PREVENTING_VERBS) \
                and not _voiced_threat(tok) and not _expressed(tok) and not _held_firm(tok) and not mutual_act(tok) \
                and complied_in(tok) is None:
            # ("to prevent threats to the revolution": a danger averted, as one held;
            # but "the threats between X and Y": acts each did to the other; "withdrew it under pressure from
            # Y": Y's appeal, heeded; "the war between Israel and Hamas": the fighting of two armed sides)
            return WAR_BETWEEN if war_between(tok, res, ctx) else None
        if lemma in CONTACT_NOUNS:
            return contact_reading(tok)  # "in touch with Putin": no lexicon row, no model reading
        if lemma in ENCOUNTER_WORDS:
            return encounter_reading(tok, res)  # "an encounter between Trump and Xi"; not one between vessels
        if hostile_attitude(tok):
            return None  # "Obama's hostility to Israel": an attitude
        if tok.dep_ == "pobj" and tok.head.dep_ == "prep" and tok.head.head.lower_ in OCCASION_NOUNS:
            return None
        trigs = self.lex.noun(lemma, compound=compound, adj=adj)
        if self._no_noun_event(tok, bool(trigs), compound, adj, res):
            return None  # (a speech to a chamber too: "blocked a speech to Congress" gave none)
        if speech_to_body(tok):
            return SPEECH_TO_BODY  # "his address to a joint session of Congress": the speaker met the chamber's state
        if forces_on_alert(tok):
            return Trigger("MOBILIZE", None, None, 0.8, "rule", "forces put on alert")
        if ties:
            return TIES_BROKEN
        trig = self.typer.decide(tok, max(trigs, key=lambda t: t.weight) if trigs else None)
        return self._noun_corrected(tok, trig, res, ctx)

    def _no_noun_event(self, tok: "Token", listed: bool, compound: str | None, adj: str | None,
                       res: ArgumentResolver) -> bool:
        """Whether an event noun (``listed``: with lexicon readings) is no event here: a verb's object
        in its "of" phrase, a message, an act prevented or permitted, a dismissal, a noun the rules deny."""
        lemma = tok.lemma_.lower()
        if listed and any(self.lex.blocks_object(lemma, o.lemma_) for o in prep_objects(tok, OF)):
            return True  # "the release of the report": a noun's of-object is its verb's object
        if message_alert(tok):
            return True  # "issued a new alert warning against travel", "issues a flash alert": a message
        if tok.dep_ == "dobj" and tok.head.lemma_.lower() in PREVENTING_VERBS:
            return True  # "prevent terrorist attacks": an act kept from happening, not done by who prevents it
        if simulated_attack(tok):
            return True  # "a drill simulating a strike on Seoul": an attack played out, not made
        if tok.dep_ == "dobj" and _document_permits(tok.head):
            return True  # "a resolution to authorize a strike": what the text would permit
        if lemma == "firing" and _dismissed_by_noun(tok, res):
            return True  # "Comey's firing", "the firing of Flynn": a dismissal, no gunfire
        # the rules know the noun is no event ("a travel alert"): the model adds none
        return not listed and self.lex.denies_noun(lemma, compound=compound, adj=adj)

    def _noun_corrected(self, tok: "Token", trig: Trigger | None, res: ArgumentResolver,
                        ctx: Discourse) -> Trigger | None:
        """A noun's reading corrected by what surrounds it: none for an eased measure, an aggregate or
        a measure's effect; an attack in words and a call for something read as what they are."""
        lemma = tok.lemma_.lower()
        heeded = heeding_verb(tok) if lemma in ASK_NOUNS else None
        if heeded is not None and (trig is None or (trig.type == "CONSULT" and heeded.lemma_.lower() != "receive")):
            return APPEAL  # "Iran ignored Trump's demands", "rebuffed calls from Baghdad to ...": the appeal its
            # verb does not make (``_heeded_sides``); no phone call is turned down ("received a call": one)
        if complied_in(tok) is not None:
            return APPEAL  # "at the invitation of Baghdad": a request complied with, whatever else the noun reads
        if trig is None:  # "the fight against ISIS": the model, reading the noun alone, may call it none
            return ARMED_CAMPAIGN if armed_campaign(tok, res, ctx) else None
        if trig.type == "SANCTION" and _eased(tok):
            return None  # "in exchange for the lifting of sanctions": no sanction imposed
        if trig.type == "ASSAULT" and (worded_attack(tok)
                                       or lemma == "attack" and self._attack_in_words(tok, res, ctx)):
            trig = Trigger("ACCUSE", "disapprove", None, 0.7, "rule", "an attack in words")
        if trig.type == "PROTEST" and lemma == "protest" and any(res.actors_of(m, ctx) for m in protest_makers(tok)):
            trig = PROTEST_IN_WORDS  # "despite protests by Canadian and European leaders": a side's, no crowd's
        if asks_for_something(tok):
            trig = Trigger("REQUEST", None, None, 0.8, "curated")  # "its call for talks", "a call to bar X"
        if trig.type == "CONSULT" and appeal_call(tok):
            return None  # "a rallying call to the British people", "a wake-up call": an appeal, no phone call
        if lemma in REPEATABLE and any(c.dep_ == "nummod" and c.lower_ not in ("one", "1", "first")
                                       for c in tok.children):
            return None  # an aggregate ("four missile tests") is background, not one event
        if trig.type in ("SANCTION", "COERCE") and _effect_verb(tok) in self.lex.effect_verbs:
            return None  # "the tariffs will hurt farmers", "hurt by US tariffs": a known measure's effect
        return CYBER_ACT if trig.type == "ASSAULT" and cyber_act(tok) else trig  # "a cyber war"

    def _unarmed_sense(self, cand: Candidate, res: ArgumentResolver) -> bool:
        """Whether a MOBILIZE or ASSAULT reading is a word's sense outside arms: "mobilize the international
        community", "scrambling to respond", "high-profile Navy firings" (dismissals), "a test of
        American leadership" (no weapon tested), "refugees crossing into Turkey", "fight for every job"."""
        tok = cand.trigger
        if cand.trig.type == "ASSAULT":
            return no_armed_crossing(tok, res) or fight_for_a_cause(tok, res) or played_out(tok) \
                or won_in_a_contest(tok) or beaten_idiom(tok) or mood_to_fight(tok) or any(
                c.dep_ == "advmod" and c.lower_ in FIGURATIVE_ADVERBS for c in tok.children)  # "killing us economically"
        if cand.trig.type != "MOBILIZE":
            return False
        lemma = tok.lemma_.lower()
        if tok.pos_ == "VERB":
            if lemma in ("mobilize", "mobilise", "scramble"):
                return moves_no_force(tok)
            if lemma == "fire":
                return any(c.dep_ == "prt" and c.lower_ == "up" for c in tok.children)  # "fired up by the sermons"
            return lemma == "test" and self._tests_no_weapon(verb_object(tok))  # "tested different scenarios"
        if lemma == "firing" and tok.tag_ == "NNS":
            return not modified_by(tok, WEAPON_WORDS)
        if lemma == "test" and tok.pos_ == "NOUN":
            if test_of_no_weapon(tok):
                return True  # "an ideological screening test"
            thing = next(prep_objects(tok, OF), None)
            return thing is not None and thing.pos_ != "PROPN" and self._weapons_testing(tok) is None
        return False

    def _tests_no_weapon(self, obj: "Token | None") -> bool:
        """Whether a verb "test"'s object is something other than a weapon: "test the worm", "tests our
        democracy", "road test an argument"; not "tested a ballistic missile", "test a Hwasong-14"."""
        if obj is not None and obj.lemma_.lower() in KIND_WORDS:  # "what kind of capability would we test"
            obj = next(prep_objects(obj, OF), obj)
        if obj is None or obj.pos_ in ("PROPN", "PRON") or obj.lemma_.lower() in WEAPON_WORDS | TESTED_WEAPONS:
            return False
        mods = [c.lemma_.lower() for c in obj.children if c.dep_ in ("compound", "amod")]
        return not any(m in WEAPON_WORDS | TESTED_WEAPONS for m in mods) and not any(
            t.type == "MOBILIZE" and t.weight >= 0.6 for t in self.lex.noun("test", compound=obj.lemma_.lower()))

    def _weapons_testing(self, tok: "Token") -> Trigger | None:
        """ "Pyongyang's testing of two ICBMs": a weapons test, read as the noun "test" with what is
        tested as its modifier; "its missile testing" (a programme) and "the testing of students" are none."""
        thing, adj = tested_thing(tok)
        trigs = [t for t in self.lex.noun("test", compound=thing, adj=adj) if t.type == "MOBILIZE" and t.weight >= 0.6]
        return trigs[0] if trigs else None

    def _noun_own_sides(self, cand: Candidate, res: ArgumentResolver, ctx: Discourse) -> None:
        """The sides an event noun's own phrase names: its possessor, its premodifiers ("the
        U.S.-Japan summit", however the parser attached them) and its prepositions."""
        tok, trig = cand.trigger, cand.trig
        moved = any(p.dep_ == "prep" and p.lower_ == "of" for p in tok.children)
        for c in tok.children:
            if c.dep_ == "poss":
                cand.source.extend(res.actors_of(c, ctx))
            elif c.dep_ in ("compound", "amod", "nmod", "dep") and not res.names_no_party(c, tok):
                cand.others.extend(m.actor for m in res.mentions_at(c))
            elif c.dep_ == "prep" and c.lower_ in _target_preps(trig.type) | PARTICIPANT_PREPS | {"of", "by"}:
                if names_no_party(trig.type, c):
                    continue
                self._noun_preposition_sides(cand, c, noun_prep_role(trig.type, c.lower_, moved=moved, mode=trig.mode), res, ctx)
        carrier = _carrying_clause(tok)
        if carrier is not None:  # "the strikes [that Israel carried out against Iran]"
            self._carrier_sides(cand, carrier, res, ctx)
        for t in tok.subtree:
            if t.i >= tok.i:
                break
            if t.dep_ != "poss" and t.head.dep_ != "poss" and not res.names_no_party(t, tok):
                for m in res.mentions_at(t):
                    if m.actor not in cand.others and m.actor not in cand.source:
                        cand.others.append(m.actor)

    def _carrier_sides(self, cand: Candidate, verb: "Token", res: ArgumentResolver, ctx: Discourse) -> None:
        """The sides a clause that carries an event noun names: its subject (a participle's "by"
        agent) does the act, and the objects of its target prepositions undergo it ("the sanctions
        [the US imposed on Russia]", "sanctions [imposed by the US on Russia]")."""
        subj = _carrier_doer(verb)
        doers = [a for a in res.actors_of(subj, ctx) if a not in cand.target] if subj is not None else []
        if cand.trig.type in SYMMETRIC_TYPES:  # "talks hosted by Malaysia": a host is one party of several
            cand.others.extend(a for a in doers if a not in cand.source + cand.others)
        elif not cand.source:
            cand.source.extend(doers)
        if not cand.target and cand.trig.type not in SYMMETRIC_TYPES:
            cand.target.extend(a for o in _carried_targets(verb, cand.trig.type)
                               for a in res.actors_of(o, ctx) if a not in cand.source)

    @staticmethod
    def _noun_preposition_sides(cand: Candidate, prep: "Token", role: str, res: ArgumentResolver,
                                ctx: Discourse) -> None:
        """The actors of an event noun's preposition, on the side ``role`` names ("assaults of its
        own": the doer again, no one acted on; the goods of "tariffs on Chinese steel": their state)."""
        for o in prep.children:
            if o.dep_ != "pobj":
                continue
            acts = res.actors_of(o, ctx)
            side = "others" if o.lemma_.lower() == "own" else role
            if side == "source":
                cand.source.extend(acts)
            elif side == "others":
                cand.others.extend(acts)
            else:
                cand.target.extend(acts or (_goods_actors(o, res) if cand.trig.type == "SANCTION" else []))

    def _governor_sides(self, cand: Candidate, gov: "Token", res: ArgumentResolver, ctx: Discourse) -> None:
        """The sides the verb that governs an event noun carries: its target prepositions ("announced
        sanctions on Friday on Russian hackers") and its subject ("Biden will hold a meeting", "made
        arrangements for talks"), not a reporting verb's."""
        tok, trig = cand.trigger, cand.trig
        carried = carried_object(tok)  # "announced [sanctions]", "announced a new round of [sanctions]"
        if carried and not cand.target and trig.type not in SYMMETRIC_TYPES:
            for o in _carried_targets(gov, trig.type):
                cand.target.extend(res.actors_of(o, ctx) or (_goods_actors(o, res) if trig.type == "SANCTION" else []))
        self._territory_target(cand, None)
        if not cand.source and _owned_up(tok, gov):  # "Iran claimed responsibility for the attack"
            owner = nearest_subject(gov)
            cand.source.extend(res.actors_of(owner, ctx) if owner is not None else self._inherited_subject(gov, res, ctx))
        claimer = None if cand.source else claimant(tok, gov) or passive_doer(tok, gov)
        if claimer is not None:  # "Houthi rebels claimed the attack", "the strike was claimed / carried out by X"
            cand.source.extend(res.actors_of(claimer, ctx))
        if cand.source or (self.lex.is_reporting_verb(gov.lemma_.lower()) and not (
                gov.lemma_.lower() in ENACTING_VERBS and carried)):
            return
        if trig.type in FORCE_TYPES and labels_an_object(tok):
            return  # "denounced the launch as a missile test": what the launch was, not the speaker's act
        if trig.type == "REQUEST" and tok.lemma_.lower() in ASK_NOUNS and gov.lemma_.lower() not in VOICING_VERBS:
            return  # "welcomed the call for Y to ...": another's call; "renewed the call": its own
        fallen = _casualties(tok, gov)
        if fallen is not None:  # "soldiers were killed in a clash with X": they fought X
            cand.source.extend(res.actors_of(fallen, ctx))
            return
        if _struck_down_in(tok, gov):
            return  # "a journalist died in a bomb attack": a victim, not the attacker
        if _disowned(tok, gov):
            return  # "the Taliban denied responsibility for the attack": the denier's part is what is told
        judged = judged_doer(tok, gov)
        if judged is not None:  # "blamed Iran for the attack": Iran's act, whoever blames it
            cand.source.extend(res.actors_of(judged, ctx))
            self._blaming_victim(cand, gov, res, ctx)
            return
        if self._parties_judged(cand, gov):
            return  # "North Korea condemned the joint U.S.-South Korean drills": the partners' act, not the critic's
        if tok.dep_ == "dobj" and gov.lemma_.lower() in OBSERVING_VERBS:
            self._onlooker_hit(cand, gov, res, ctx)
            return  # "Britain saw Russian attacks on Ukraine": an onlooker is no side of what it saw
        subj = nearest_subject(gov)
        if subj is not None and not any(c.dep_ == "nsubjpass" for c in gov.children):
            cand.source.extend(res.actors_of(subj, ctx))
        elif subj is None and not (gov.dep_ == "acl" and gov.tag_ == "VBN"):
            # (not "the test, [conducted] ... weeks after a nuclear test": the participle's doer is unnamed)
            cand.source.extend(self._inherited_subject(gov, res, ctx))

    def _onlooker_hit(self, cand: Candidate, gov: "Token", res: ArgumentResolver, ctx: Discourse) -> None:
        """The target of an attack a side saw (``OBSERVING_VERBS``): that side where the attack struck what
        it owns ("France has seen attacks on [its] embassies in Mali"), else none of its own."""
        hit = list(prep_objects(cand.trigger, ON | AGAINST))
        if not any(c.dep_ == "poss" and c.pos_ == "PRON" for o in hit for c in o.children):
            return
        seers = self._subject_actors(gov, res, ctx)
        cand.target[:0] = [a for a in seers if a not in cand.target]

    def _blaming_victim(self, cand: Candidate, gov: "Token", res: ArgumentResolver, ctx: Discourse) -> None:
        """The target of an attack that a state blames on another side where nothing in the sentence
        says whom or where it struck: the state that blames ("Turkey blamed the Islamic State for the
        bombing", "Riyadh blamed Tehran for a drone attack"): one blames the attack one suffered. Not
        where a place is named ("blamed the rebels for the chemical attack in Ghouta": who was hit
        there), nor a body's blame (a third party's), nor a state blaming its own side."""
        tok = cand.trigger
        if cand.trig.type != "ASSAULT" or cand.target or cand.others or not _blamed_on(tok, gov):
            return
        if self._own_place(tok) is not None or self._hit_place(tok) is not None:
            return
        blamers = self._subject_actors(gov, res, ctx)
        codes = {a.code for a in blamers}
        state = self.kb.actor(codes.pop()) if len(codes) == 1 else None
        if state is not None and state.kind == "state" and state.code not in cand.source_codes():
            cand.target.append(self._state(state.code))  # the state struck, not the president who blames

    def _parties_judged(self, cand: Candidate, gov: "Token") -> bool:
        """Whether a joint act whose own phrase names two parties or more ("the joint U.S.-South Korean
        drills", "the US-China deal") is the object of a stance ("condemned", "welcomed", "rejected"):
        the act is the parties', and the one who judges it takes no part in it."""
        if cand.trig.type not in SYMMETRIC_TYPES or len({a.code for a in cand.others}) < 2:
            return False
        return any(t.type in STANCE_TYPES for t in self.lex.verb(gov.lemma_.lower()))

    def _attack_in_words(self, noun: "Token", res: ArgumentResolver, ctx: Discourse) -> bool:
        """ "Trump's attacks were reducing the chances of reform", "his attack sent the currency into a
        tailspin", "Brennan's public attacks on Trump": an attack whose owner is a statesman, with no
        weapon named and no state or group attacked, is made in words. Not "Putin's attack on Ukraine",
        "Obama's planned attack on Syria", "bin Laden's attacks", "Obama's drone attacks"."""
        poss = next((c for c in noun.children if c.dep_ == "poss"), None)
        if poss is None or any(c.dep_ == "compound" or (c.dep_ == "amod" and c.lemma_.lower() in ARMED_ADJECTIVES)
                               for c in noun.children):
            return False
        owner = res.actors_of(poss, ctx)[:1]
        if not owner or owner[0].kind != "person":
            return False
        state = self.kb.actor(owner[0].code)
        if state is None or state.kind != "state":
            return False  # a group's leader: "bin Laden's attacks"
        hit = [a for o in prep_objects(noun, ON | AGAINST) for a in res.actors_of(o, ctx)]
        return not any(a.kind in ("state", "group") for a in hit)

    def _opposed_target(self, c: Candidate, res: ArgumentResolver, ctx: Discourse) -> bool:
        """ "carried out anti-ISIS airstrikes in Syria", "launched counter-ISIL operations in Iraq": the
        actor a strike is named against is its target, in place of the state it struck in; False when
        its words name none."""
        heads = [c.trigger, *(o for o in c.trigger.children if o.dep_ == "dobj")]
        opposed = next(filter(None, (self._opposed_actor(h, c.source) for h in heads)), [])
        if not opposed:
            return False
        placed = {a.code for h in heads for o in prep_objects(h, PLACE_PREPS) for a in res.actors_of(o, ctx)}
        c.target[:] = [a for a in c.target if a.code not in placed] + opposed
        return True

    def _opposed_actor(self, noun: "Token", doers: list[Actor]) -> list[Actor]:
        """The actor an "anti-"/"counter-" modifier names as what an attack is against ("anti-ISIS
        airstrikes", "counter-ISIL operations"), when it is not the doer's own side."""
        words = (opposed_name(noun) or "").split()
        names = (" ".join(words[:n]) for n in range(len(words), 0, -1))  # the longest that names an actor
        actor = next(filter(None, map(self.kb.resolve, names)), None)
        return [actor] if actor is not None and actor.code not in {a.code for a in doers} else []

    # -- helpers ---------------------------------------------------------------------------
    def _subject_actors(self, verb: "Token", res: ArgumentResolver, ctx: Discourse) -> list[Actor]:
        """The actors ``verb``'s own subject names, else the subject it shares (``_inherited_subject``)."""
        subj = nearest_subject(verb)
        return res.actors_of(subj, ctx) if subj is not None else self._inherited_subject(verb, res, ctx)

    def _inherited_subject(self, tok: "Token", res: ArgumentResolver, ctx: Discourse) -> list[Actor]:
        """Subjects shared through xcomp/conj/advcl: "X agreed to meet", "X met and agreed"; or the
        possessive owner of a noun an acl clause describes ("Russia's efforts to supply": Russia)."""
        node = tok
        for _ in range(4):
            if node.dep_ not in ("xcomp", "conj", "advcl", "ccomp", "acl", "pcomp", "pobj", "dobj", "prep", "acomp"):
                return []
            acl = node.dep_ == "acl"
            owners = (_owners(node.head, res, ctx) or national_owner(node.head, res)) if acl else []
            if owners:  # "cited Russia's efforts to supply the regime": Russia supplies it
                return owners
            if node.dep_ == "acl" and _opposed(node.head):
                return []  # "vetoed a resolution [condemning X]": the resolution's authors, not who vetoed it
            shared = node.dep_ == "conj"  # "they were concerned and urged": conjoined verbs share the subject
            opening = quote_left(node.head, node) if shared else None
            node = node.head
            if opening is not None:  # 'X said "Y interfered" and called on Z': the quotation's speaker
                node = next((a for a in node.ancestors if a.i < opening.i), node)
            subj = nearest_subject(node)
            if subj is not None:
                if not shared and any(c.dep_ == "nsubjpass" for c in node.children) and node.lemma_.lower() not in (
                        "expect", "set", "slate", "schedule", "due", "poise", "say", "believe", "report"):
                    return []
                return res.actors_of(subj, ctx)
        return []

    @staticmethod
    def _coordinated_sets(sent: "Span", res: ArgumentResolver, conj_heads: set[int]) -> list[tuple[Actor, ...]]:
        """Sets of actors named together ("Biden, Suga, Modi and Morrison"), read at the tokens in
        ``conj_heads`` (those with a conjunct: no other token heads a coordination)."""
        out = []
        for tok in sent:
            if tok.i not in conj_heads:
                continue
            acts = _distinct(res.coordinated_actors(tok))
            if len(acts) >= 2:
                out.append(tuple(acts))
        return out

    def _build(self, c: Candidate, sent: "Span", dates: list, anchor: dt.date | None,
               article: Article, res: ArgumentResolver) -> Event | None:
        sides = self._sides(c, sent, res)
        if sides is None:
            return None
        src, tgt, others = sides
        source, target, rest = self._roles(c, src, tgt, others)
        status, date = self._status_and_date(c, dates, anchor)
        if status in ("occurred", "planned", "expected") and skipped_by_side(c.trigger, c.trig.type,
                                                                             src + tgt + others, res):
            status = "negated"  # "Putin will skip the G20 summit": a side stays away
        location, extra = self._placed(c, sent, source, target)
        parties = len({a.code for a in src + tgt + others})
        mode = _consult_mode(c.trig.mode, sent, parties) if c.trig.type == "CONSULT" else c.trig.mode
        background = (is_background(date, anchor) or self._former_officials_act(c.trig.type, source, date, anchor)
                      or not date and (recalled_war(c.trigger)  # ("It was the deadliest war between ...": history)
                                       or told_as_history(c.trigger) is not None))  # ("since Trump withdrew")
        extra.update(government_named([source, target, *rest]))
        source, target, rest = leader_acting(source), leader_acting(target), [leader_acting(a) or a for a in rest]
        return Event(
            doc_id=article.id,
            type=c.trig.type,
            mode=mode,
            source=source,
            target=target,
            participants=tuple(rest),
            date=date,
            date_basis="text" if date else (
                "published" if (own_time_unresolved(c.trigger, dates) or told_as_of_writing(c.trigger))
                and not background else None),
            status=status,
            location=location,
            topics=tuple(self.lex.topics(sent.text)),
            background=background,
            trigger=c.trigger.text,
            confidence=c.trig.weight,
            evidence=Evidence(sent.text, sent.start_char, sent.end_char),
            extra=extra,
        )

    def _sides(self, c: Candidate, sent: "Span",
               res: ArgumentResolver) -> tuple[list[Actor], list[Actor], list[Actor]] | None:
        """A candidate's distinct source, target and other actors, a crowd or a place filling a side
        the text leaves empty; ``None`` when they leave the event out of scope: no actor, one state
        alone (but for a show of force, an attack with no doer or an accord left), or no one acting in
        a one-sided act."""
        src = _distinct(c.source)
        tgt = [a for a in _distinct(c.target) if a.code not in {s.code for s in src}]
        others = [a for a in _distinct(c.others) if a.code not in {x.code for x in src + tgt}]
        if not src:
            src, tgt = self._crowd_sides(c, sent, tgt)
        if src and not tgt and not others:
            tgt = self._place_as_target(c, sent, src)
        codes = self.kb.parties(src) | self.kb.parties(tgt) | self.kb.parties(others)  # "P5+1 members": one
        if not codes:
            return None
        no_doer = not src and c.trig.type == "ASSAULT" and unclaimed_attack(c.trigger, tgt)
        # an armed group's claim of an attack whose target the sentence leaves to the article's report;
        # a state's or a person's such claim is most often misread ("a note claiming responsibility")
        owned = bool(src) and all(a.kind == "group" for a in src) and not tgt and not others \
            and c.trig.type == "ASSAULT" and _claimed_act(c.trigger)
        if len(codes) < 2 and c.trig.type != "MOBILIZE" and not no_doer and not owned \
                and not (src and accord_left(c)):
            if not body_meeting(c, codes, res):
                return None  # one state alone is out of scope, but for shows of force and attacks on it
            src, tgt, others = src or tgt or others, [], []  # the body meets: "the NATO summit"
        if not src and c.trig.type not in SYMMETRIC_TYPES and not no_doer:
            return None  # "an earthquake struck Turkey and Syria": no one acted
        return self.kb.member_sides(src, tgt, others)  # "Iran and the P5+1": Iran and six states

    @staticmethod
    def _roles(c: Candidate, src: list[Actor], tgt: list[Actor],
               others: list[Actor]) -> tuple[Actor | None, Actor | None, list[Actor]]:
        """The event's source, target and participants from its sides: the first of each side, the
        target standing in for a missing source of a symmetric act, and every named person kept
        beyond the one representative per code."""
        source = src[0] if src else None
        target = tgt[0] if tgt else None
        rest = src[1:] + tgt[1:] + others
        visitor = visitor_among_hosts(c, tgt) if source is None else None
        if visitor is not None:  # "during a visit to Washington, Jordan's King Abdullah II, called ...": his visit
            source = visitor
            rest.remove(visitor)
        elif c.trig.type in SYMMETRIC_TYPES and source is None and target is not None:
            source, target = target, (rest.pop(0) if rest else None)
        for p in _persons(c.source + c.target + c.others):
            if p not in rest and p is not source and p is not target:
                rest.append(p)
        return source, target, rest

    def _placed(self, c: Candidate, sent: "Span", source: Actor | None,
                target: Actor | None) -> tuple[Location | None, dict[str, object]]:
        """Where the event happened, read in the text or else from its actors, and the event's extra
        fields: a definite reference, a location read from the actors (``LOCATION_BASIS``)."""
        location = self._text_location(c, sent)
        extra: dict[str, object] = {DEFINITE: True} if definite_reference(c.trigger) else {}
        if location is None and not (c.trig.type == "ASSAULT" and mission_hit(c.trigger)):
            location = self._side_location(c.trig.type, source, target, _act_words(c.trigger))
            if location is None and c.trig.type in CHAMBER_TYPES:  # "the U.N. Security Council condemned"
                location = chamber_seat(source, sent.text)
            if location is not None:
                extra[LOCATION_BASIS] = "actor"
        return location, extra

    def _place_as_target(self, c: Candidate, sent: "Span", src: list[Actor]) -> list[Actor]:
        """The state of the place where an attack or a seizure with no other party happened, when it
        is not the doer's own: "Israeli troops raided the Jenin refugee camp" (Palestine), "IS claimed
        the bombing outside a bank in Jalalabad" (a place ``_struck_targets`` finds too deep); none for
        a place at home ("Russian police raided an office in Moscow") or an act of another type.
        (A withdrawal's place is read by ``_left_states``.)"""
        if c.trig.type not in PLACE_TARGET_TYPES or _houses_others(c.trigger):
            return []  # "bases in Iraq that house U.S. troops": whom they house (``_occupants``), else no one
        if any(is_fighters(h) and not _fired(h, c.trigger) for h in _hit(c.trigger)):
            return []  # "struck rebel camps in Bolivia": a force fought where it stands (``_struck_country``)
        if c.trig.mode == "arrest":
            return []  # "the American imprisoned in Iran", "the founder's arrest in London": the party named is
            # the one held; who arrests is read by ``_arresting_state``, or not at all
        place = self._own_place(c.trigger) or self._hit_place(c.trigger)
        if place is None or not place.country:
            return []
        if any(place.country == a.code or (a.kind != "group" and place.country == a.country) for a in src):
            return []  # an armed group fights the state it is based in ("Taliban fighters attacked Kunduz")
        return [self._state(place.country)]

    def _own_place(self, trig: "Token") -> Location | None:
        """A place in a locative phrase of the act's own phrase, however deep ("the bombing outside a
        bank in the city of Jalalabad"), not of its doer ("militants in Gaza attacked") nor of another
        clause ("discuss the annexation of Crimea and the war in Syria"); for a noun in a phrase of the
        verb that governs it, also a locative phrase on that verb ("killed in Russian airstrikes [near Aleppo]")."""
        gov = governing_verb(trig) if trig.pos_ in ("NOUN", "PROPN") else None
        if gov is not None and not (trig.dep_ == "pobj" and trig.head.head == gov):
            gov = None  # "the U.S. killing of Soleimani was welcomed in Israel": the welcome's place
        for o in prep_objects(gov, PLACE_PREPS) if gov is not None else ():
            found = self._locative_place(o)  # (that phrase itself, not one deeper: "at a meeting in Geneva")
            if found is not None:
                return found
        stack = [c for c in trig.children if c.dep_ not in OTHER_PHRASES]
        while stack:
            t = stack.pop(0)
            if t.dep_ == "pobj" and t.head.lower_ in PLACE_PREPS:
                found = self._locative_place(t)
                if found is not None:
                    return found
            stack.extend(c for c in t.children if c.dep_ not in OTHER_PHRASES)
        return None

    def _crowd_sides(self, c: Candidate, sent: "Span", tgt: list[Actor]) -> tuple[list[Actor], list[Actor]]:
        """The sides of an act whose doer is a crowd ("protesters stormed the Swedish embassy in
        Baghdad"): crowds protest (or riot) where they are, so the act is a PROTEST by the state of
        the place; ``([], tgt)`` for any other act."""
        if crowd_of(c.trigger) is None or not (
                c.trig.type in ("PROTEST", "ASSAULT", "COERCE") or c.trigger.lemma_.lower() == "protest"):
            return [], tgt  # (a crowd that "protested" demonstrated; a state that did, complained)
        c.trig = Trigger("PROTEST", "riot" if c.trig.type != "PROTEST" else c.trig.mode, c.trig.cameo,
                         c.trig.weight, c.trig.source)
        place = self._location(c.trigger, sent)
        if not place or not place.country:
            return [], tgt
        return [self._state(place.country)], [a for a in tgt if a.code != place.country]

    def _status_and_date(self, c: Candidate, dates: list, anchor: dt.date | None) -> tuple[Status, str | None]:
        """A candidate's status and date (``status_of``, ``lag_date``, ``pick_mention``): a threat on a
        condition or a resolve is made as it is said, a resolve or a readiness is dated by its saying,
        and an act dated after publication (or in a week begun after it) is still to come."""
        status = status_of(c.trigger, c.trig.type in ENACTED_TYPES)
        if c.reported and status == "negated":  # "did not condemn X's strikes": the strikes happened
            status = status_of(c.trigger, c.trig.type in ENACTED_TYPES, alone=True)
        if c.trig.type == "SANCTION" and answering_verb(c.trigger) is not None and not indefinite(c.trigger):
            status = status_of(c.trigger, True, alone=True)  # "would retaliate against new sanctions": in force
        if c.trig in (CONDITIONAL_THREAT, SPOKEN_THREAT, FORCEFUL_ANSWER) \
                and status in ("planned", "expected", "hypothetical"):
            status = "occurred"  # the act is still to come; the threat is made as it is said
        if c.trig in (HELD_OPEN, NOT_TOLERATED) and status == "negated":
            status = "occurred"  # "did not rule out a strike": the "not" is the threat's own
        if c.trig is RESOLVE or c.trig is QUOTED_REQUEST:
            status = "occurred"  # "will not hesitate to strike", "“Y must stop”": made as it is said
        if c.trig.type == "AID" and status == "occurred" and pledge_of(c.trigger):
            status = "planned"  # "promised $60 million in aid": the pledge is made, the aid still to be given
        status = _readiness_status(c, status)
        # dated as said
        said = saying_of(c.trigger, self.lex) if c.trig in (RESOLVE, READY_ANSWER, FORCEFUL_ANSWER) else c.trigger
        lagged = lag_date(said, dates, anchor)
        mention = None if lagged else pick_mention(said, dates, c.trig.type in CONTAINER_TYPES, anchor)
        date = lagged or (mention.value if mention is not None else None)
        if status == "occurred" and after(date, anchor):
            status = "planned"  # what is dated after publication cannot have happened yet
        elif status == "occurred" and c.trig.type not in CONTAINER_TYPES and starts_after(mention, anchor) \
                and not _told_in_past(c.trigger):
            # so with a week still ahead, though its month holds the publication ("heads to Washington
            # later this week", "when he visits Moscow next week"); not a container, whose date may be
            # its content's ("the threat to impose tariffs next week" is made already)
            status = "planned"
        return status, date

    def _struck_targets(self, cands: list[Candidate], res: ArgumentResolver, ctx: Discourse) -> None:
        """Whom a strike (``_striking``) hit: who is at the place it hit, when a clause on the place
        says so ("bases in Iraq that house U.S. troops": the troops, not the host country); when its
        phrase names no target, the one another attack by the same side in the sentence names ("its
        assault on America, firing missiles at installations in Iraq": one attack told twice) or the
        harm it was the means of ("Iranian soldiers were killed in an Israeli airstrike"), else the
        state where it struck (``_struck_country``)."""
        for c in cands:
            if c.trig.type != "ASSAULT" or not c.source or not self._striking(c.trigger):
                continue
            own = c.source_codes()
            there = [a for a in _occupants(c.trigger, res, ctx) if a.code not in own]
            if there:
                c.target[:] = there
            if self._opposed_target(c, res, ctx) or c.names_other_side():
                continue
            told = next((o for o in cands if o is not c and o.trig.type == "ASSAULT" and o.target
                         and (own & o.source_codes() or _means_of(c.trigger, o.trigger))), None)
            c.target.extend(told.target if told is not None else self._struck_country(c.trigger, c.source))

    def _left_states(self, cands: list[Candidate]) -> None:
        """Whom a withdrawal that names no party leaves: the state of the place its forces leave,
        when that is not their own ("withdrew US troops from northern Syria": a region names no
        actor, but its state is the one left)."""
        for c in cands:
            own = c.source_codes() | {a.country for a in c.source}
            if c.trig.type != "RETREAT" or not c.source or any(a.code not in own for a in c.target):
                continue  # (its own forces, "pulled its troops out", are what moves, not whom it leaves)
            c.target.extend(self._foreign_state(left_places(c.trigger), own) or self._left_region(c.trigger, own))

    def _left_region(self, trig: "Token", own: set[str | None]) -> list[Actor]:
        """The state of a place a withdrawal leaves that is named by a locative phrase rather than a
        bare place name ("withdrew from the Kyiv region", "pulled out of the Syrian city of Manbij")."""
        areas = (o for o in left_places(trig) if o.lemma_.lower() in AREA_NOUNS)  # not "the Paris accord"
        places = filter(None, map(self._locative_place, areas))
        return next(([self._state(p.country)] for p in places if p.country and p.country not in own), [])

    def _striking(self, trig: "Token") -> bool:
        """Whether ``trig`` strikes a place (``STRIKE_WORDS``, in the word or its object: "struck",
        "launched airstrikes"), not an attack named by where it happened ("the Paris attacks")."""
        words = {trig.lemma_.lower(), *(o.lemma_.lower() for o in trig.children if o.dep_ == "dobj")}
        if not words & STRIKE_WORDS:
            return False
        nominal = trig.pos_ in ("NOUN", "PROPN")
        return not (nominal and any(c.dep_ == "compound" and self._city(c) for c in trig.children))  # "Paris attacks"

    def _city_struck(self, cand: Candidate, res: ArgumentResolver, owned: bool) -> None:
        """An attack noun named by a city ("the Paris attacks", "the Benghazi attack") is named by
        where it struck: the city's name is no doer, as a state's is ("U.S. strikes"). Its state is
        the target where a doer owns up to it ("ISIS claimed the Paris attacks"); else the noun
        refers back to an attack the name recalls ("testify about the Benghazi attack")."""
        for c in cand.trigger.children:
            place = self._place(c) if c.dep_ == "compound" and self._city(c) else None
            if place is not None and place.country:
                cand.others[:] = [a for a in cand.others if a not in res.actors_in(c)]
                cand.target.extend([self._state(place.country)] if owned else [])

    def _city(self, tok: "Token") -> bool:
        """Whether ``tok`` names a place within a state ("Paris"), not a state ("U.S.")."""
        place = self._place(tok)
        state = self.kb.actor(place.country) if place is not None and place.country else None
        return place is not None and (state is None or place.name != state.name)

    def _struck_country(self, trig: "Token", src: list[Actor]) -> list[Actor]:
        """The state where a strike that names no party as its target struck, when that is not the
        striker's own: "Indian warplanes struck a depot in Pakistan", "Israeli strikes in Lebanon",
        "fired missiles at bases in Iraq" (a force acting on another state's soil acts on that state).
        The place is read in the phrases of the strike and of what it hit, not of who struck."""
        own = {a.code for a in src} | {a.country for a in src}
        harm = harm_done(trig)
        hit = _hit_by(trig, harm)
        if any(is_fighters(h) and not _fired(h, trig) for h in hit):
            return []  # "struck rebel camps in Bolivia": a force fought where it stands (``is_fighters``)
        heads = [trig, *hit, *filter(None, [harm])]  # "airstrikes killed 20 people [in Gaza]"
        return self._foreign_state((o for head in heads for o in prep_objects(head, PLACE_PREPS)), own)

    def _arresting_state(self, trig: "Token", held: list[Actor]) -> list[Actor]:
        """Who made an arrest the text names no agent for: the state of the place it was made in,
        when the persons held are not its own ("two Canadians were detained in China", "an American
        journalist was arrested in Yekaterinburg"): arrests are made by the authorities where they
        happen. None for a state's own nationals held at home, which is no act between states."""
        own = {a.code for a in held} | {a.country for a in held}
        return self._foreign_state(prep_objects(trig, IN), own)

    def _foreign_state(self, phrases: Iterable["Token"], own: set[str | None]) -> list[Actor]:
        """The state of the first place among ``phrases`` that lies outside the ``own`` codes, as a
        one-actor list; empty when none does."""
        for o in phrases:
            place = self._place(o)
            if place is not None and place.country and place.country not in own:
                return [self._state(place.country)]
        return []

    def _side_location(self, type_: str, source: Actor | None, target: Actor | None,
                       words: frozenset[str] = frozenset()) -> Location | None:
        """Where an event whose text names no place took place, by the side that acts there: a
        statement, a sanction or a show of force where its source's state is (a spokesman speaks at
        home, a government sanctions from its capital, forces drill at home), an arrest, an
        expulsion or a seizure too (the authorities act where they rule: "China detained two
        Canadians"), an attack, an occupation or a blockade where its target is; none for a
        meeting, an accord or a withdrawal, which happen on either side or elsewhere, nor for a
        body that has no state."""
        if type_ in PLACELESS_TYPES:
            return None
        side = target if type_ == "ASSAULT" or (type_ == "COERCE" and words & OCCUPYING) else source
        if side is not None and side.kind == "person" and side.country != side.code:
            return None  # one who acts for a body (NATO's secretary general) acts where it does, not at home
        code = side.country or (side.code if side.kind == "state" else None) if side is not None else None
        if not code:
            return None
        return Location(self._state(code).name, code)

    def _state(self, code: str) -> Actor:
        """The state of ``code`` as the knowledge base knows it (a bare one when it does not)."""
        return self.kb.actor(code) or Actor(code, code, "state")

    def _former_officials_act(self, type_: str, source: Actor | None, date: str | None,
                              anchor: dt.date | None) -> bool:
        """ "Ronald Reagan bombed Libya" in a 2017 article: an undated act of state power by someone
        out of office at publication is history, not the news of the day."""
        return (not date and type_ in OFFICE_ACTS and source is not None
                and self.kb.out_of_office(source, anchor))

    def _location(self, trig: "Token", sent: "Span", said: bool = False) -> Location | None:
        """A place in a locative phrase inside the trigger's own phrase or its governing verb's:
        "talks in Geneva", "met his counterparts in Annapolis, Maryland", "a meeting with Xi in Lima";
        for words ``said``, not a place in the matter said ("condemned Russia's actions in Syria" was not
        said in Syria) but for a venue or an occasion ("accused Russia of shielding Syria at the U.N.
        Security Council", "of spying during a trip to Quito", where the parse may hang it)."""
        heads = [trig]
        gov = governing_verb(trig) if trig.pos_ in ("NOUN", "PROPN") else None
        if gov is not None:
            heads.append(gov)
        elif trig.head != trig and trig.dep_ in ("xcomp", "conj", "dobj", "pobj"):
            heads.append(trig.head)
        saying = set(heads) if said else set()  # (not "[Speaking] after talks in London, X urged Y")
        matter: set["Token"] = set()
        visit = trig.lemma_.lower() in VISIT_LEMMAS or (gov is not None and gov.lemma_.lower() in VISIT_LEMMAS)
        # "Speaking in Geneva, X accused Y": where the words were said
        heads += [c for h in list(heads) for c in h.children if c.dep_ == "advcl" and c.lemma_.lower() in SPEAKING_WHERE]
        goers = [g for h in list(heads) for g in stays(h)]  # "While visiting Beijing, X warned Y"
        heads += [g for g in goers if g not in heads]
        for h in heads:
            stack = [(h, 0)]
            while stack:
                t, depth = stack.pop(0)
                for c in t.children:
                    if c.dep_ in ("relcl", "ccomp", "advcl", "parataxis", "xcomp") or depth > 5 or since_phrase(c):
                        continue
                    if t in matter and c.dep_ == "prep" and c.lower_ not in OCCASION_PREPS:
                        continue  # "accused Y of crimes [in Syria]": the matter's place, not the saying's
                    destination = c.lower_ == "to" and (visit or t in goers or visit_word(t))
                    if c.dep_ == "prep" and (c.lower_ in PLACE_PREPS or destination or on_sidelines(c)):
                        for o in c.children:
                            found = self._locative_place(o) if o.dep_ == "pobj" else None
                            if found:
                                return found
                    if (visit or t in goers) and c.dep_ == "dobj":
                        found = self._place(c)
                        if found:
                            return found
                    if t in saying and not (c.dep_ == "prep" and c.lower_ in PLACE_PREPS | OCCASION_PREPS
                                            or c.dep_ in SUBJECTS) \
                            or t in matter and c.dep_ != "prep":
                        matter.add(c)  # an object or another phrase: what is said about
                    stack.append((c, depth + 1))
        return None

    def _text_location(self, c: Candidate, sent: "Span") -> Location | None:
        """Where the sentence places the event: a locative phrase (``_location``) or the place a
        "where" clause hangs on, else, for an attack or a seizure, the town it hit (``_hit_place``) or
        the place of the verb of harm an attack is the subject of ("killed four Americans in Manbij"),
        for a withdrawal, the place its forces leave ("out of Syria"), and for a meeting, a city named
        before its noun (``_venue``)."""
        said = c.trig.type in SAID_TYPES
        location = self._location(c.trigger, sent, said) or self._where_clause_place(c.trigger, sent)
        if location is None and c.trig.type in ("ASSAULT", "COERCE"):
            location = self._hit_place(c.trigger) or self._site_state(c.trigger)
        harm = harm_done(c.trigger) if location is None and c.trig.type == "ASSAULT" else None
        if harm is not None:  # "a bombing claimed by ISIS killed four Americans [in Manbij]": where it harmed
            location = self._location(harm, sent)
        if location is None and c.trig.type == "RETREAT":
            location = next(filter(None, map(self._locative_place, left_places(c.trigger))), None)
        if location is None and c.trig.type == "CONSULT":
            location = self._venue(c.trigger)
        if location is None and (c.trig.type == "MOBILIZE" or c.trig is FORCE_SENT_TO_HELP):
            # "sent troops to Syria", "sent advisers to Iraq to train Sunni fighters": where the force went
            location = next(filter(None, map(self._locative_place, force_destinations(c.trigger))), None)
        return location

    def _hit_place(self, trig: "Token") -> Location | None:
        """The town a strike hit or a force seized: "struck the Ukrainian capital", "fired rockets at
        Haifa", "seized Mosul"; a state it hit ("an assault on America") is its target, which places
        an attack anyway (``_side_location``)."""
        places = filter(None, (self._locative_place(taken_through(h) or h) for h in _hit(trig)))
        return next((p for p in places if p.country and p.name != self._state(p.country).name), None)

    def _site_state(self, trig: "Token") -> Location | None:
        """The state a struck site stands in, by the word before it (``site_owners``): "fired missiles
        at Iraqi bases housing U.S. troops" struck Iraq's soil, whoever its target is."""
        owners = site_owners(_hit(trig), _houses_others(trig))
        states = (self.kb.resolve(" ".join(t.text for t in o.subtree)) for o in owners)
        state = next((s for s in states if s is not None and s.kind == "state"), None)
        return Location(state.name, state.code) if state is not None else None

    def _where_clause_place(self, trig: "Token", sent: "Span") -> Location | None:
        """The place a "where" clause hangs on: "arrived in Tokyo, where he met Kishida", "made a
        visit to Kyiv on Monday, where he met Zelensky" (the parser may hang the clause on the
        day): the antecedent itself, else the place of the clause it modifies."""
        verb = trig if trig.pos_ in ("VERB", "AUX") else governing_verb(trig)
        if verb is None or verb.dep_ != "relcl" or not any(c.lower_ == "where" for c in verb.children):
            return None
        found = self._place(verb.head)
        if found is not None:
            return found
        host = next((a for a in verb.head.ancestors if a.pos_ in ("VERB", "AUX")), None)
        return self._location(host, sent) if host is not None else None

    def _locative_place(self, obj: "Token") -> Location | None:
        """The place a locative phrase's object names: a place ("in Geneva"), a state's capital ("in
        the Ukrainian capital"), or a city named before a noun ("at a White House ceremony", "in a
        Moscow court"; a state there, "at the U.S. embassy", is whose, not where)."""
        if obj.lemma_.lower() in SIDELINES:  # "on the sidelines of the U.N. General Assembly"
            return next(filter(None, map(self._locative_place, prep_objects(obj, OF))), None)
        found = self._place(obj) or self._capital(obj) or self._state_of_kind(obj)
        if found is not None and obj.head.lower_ == "at" and self._whole_state(found):
            return None  # "lashed out at Britain", "pointed the finger at Iran": whom, not where
        found = found or un_venue(obj)  # "told reporters at the United Nations"
        if found is None and obj.lemma_.lower() in PLACE_KINDS:  # "the city of Mosul", "the town, Suruc"
            named = [*prep_objects(obj, OF), *(c for c in obj.children if c.dep_ == "appos")]
            found = next(filter(None, map(self._place, named)), None)
        if found is not None or obj.pos_ != "NOUN":
            return found
        return next((self._place(c) for c in obj.children if c.dep_ == "compound" and self._city(c)), None)

    def _whole_state(self, place: Location) -> bool:
        """A place that is a whole state ("Iran", "the United States"), not a city in it nor a
        city-state named as its capital is ("Singapore", "the Vatican": Vatican City) nor a venue
        ("the White House")."""
        if not place.country:
            return False
        state = self.kb.actor(place.country)
        return (state is not None and state.kind == "state" and place.name == state.name
                and not (self.kb.capital(place.country) or "").startswith(place.name))

    def _capital(self, tok: "Token") -> Location | None:
        """ "the Vietnamese capital", "Ukraine's capital", "the capital of Iraq": the capital of the
        state its modifier names."""
        state = self._modifier_state(tok) if tok.lemma_.lower() == "capital" else None
        city = self.kb.capital(state.code) if state is not None else None
        return Location(city, state.code) if state is not None and city else None

    def _state_of_kind(self, tok: "Token") -> Location | None:
        """ "the Saudi kingdom", "the Jewish state", "the Iraqi republic": the state a noun of a state's
        kind names by its modifier (not "the Gulf kingdom", "the Asian nation": no state named)."""
        state = self._modifier_state(tok) if tok.pos_ == "NOUN" and tok.lemma_.lower() in STATE_KIND_NOUNS else None
        return Location(state.name, state.code) if state is not None else None

    def _modifier_state(self, tok: "Token") -> Actor | None:
        """The state a noun's modifier or "of" phrase names: "the [Vietnamese] capital", "[Ukraine's]
        capital", "the capital of [Iraq]"."""
        mods = [c for c in tok.children if c.dep_ in ("amod", "compound", "poss")]
        mods += prep_objects(tok, OF)
        states = (self.kb.resolve(m.text) for m in mods)
        return next((s for s in states if s is not None and s.kind == "state"), None)

    def _venue(self, trig: "Token") -> Location | None:
        """A city named before a meeting's noun: "the Geneva talks", "an Oval Office meeting", "held
        the Helsinki summit" (a state there, "the US-Japan summit", names a party, not a place).
        Only for meetings: before other nouns a capital stands for its state ("the Tokyo
        government", "the Paris climate agreement" was not signed in Paris)."""
        nouns = [trig, *(o for o in trig.children if o.dep_ == "dobj" and o.pos_ == "NOUN")]
        for c in (c for n in nouns for c in n.children if c.dep_ == "compound"):
            if c.ent_type_ != "PERSON" and self._city(c):  # not "met [Vladimir] Putin"
                return self._place(c)
        return None

    def _place(self, tok: "Token") -> Location | None:
        """The place a phrase names: "Annapolis, Maryland", "the Gaza Strip", "The Hague"."""
        toks = [t for t in tok.subtree if t.dep_ not in ("det",) and not t.is_punct or t.text == ","]
        text = " ".join(t.text for t in toks).replace(" ,", ",").strip(", ")
        if tok.pos_ != "PROPN":  # "Annapolis, Maryland", not "negotiations with Saudi Arabia's archenemy, Iran"
            text = text.split(",")[0]
        compound = " ".join(t.text for t in tok.subtree if t.dep_ == "compound" or t == tok)
        named = " ".join(t.text for t in tok.subtree if t.dep_ in ("compound", "det") or t == tok)
        for cand in (text, tok.text, compound, named):
            hit = self.kb.place(cand) if cand else None
            if hit:
                return Location(hit[0], hit[1])
        return None


def _named_in(sent: "Span", res: ArgumentResolver) -> set[str]:
    """The codes of the actors ``sent`` names."""
    return {m.actor.code for t in sent for m in res.mentions_at(t)}


def _still_told(side: Actor, named: set[str], ctx: Discourse) -> bool:
    """Whether a side of the latest event is still the story a sentence tells: that event is recent
    (``Discourse.story_event``) or the sentence names the side (``named``: the codes it names)."""
    return ctx.story_event is not None or side.code in named


def _act_words(trig: "Token") -> frozenset[str]:
    """The words of an act: its trigger's and its objects' ("imposed a blockade")."""
    return frozenset({trig.lemma_.lower(), *(o.lemma_.lower() for o in trig.children if o.dep_ == "dobj")})


#: nouns that name a state by its kind, the word before them saying which: "the Saudi kingdom"
STATE_KIND_NOUNS = frozenset({"kingdom", "republic", "state", "country", "nation", "emirate", "monarchy", "sultanate"})
#: nouns of a kind of place, which its name follows: "the city of Mosul", "the Iraqi town of Sinjar"
PLACE_KINDS = frozenset({"city", "town", "village", "province", "region", "port", "district", "capital"})


def named_place(noun: "Token") -> list["Token"]:
    """The name a place noun gives by its "of" phrase or apposition: "the town [of] [Amerli]", "the
    city, [Mosul]"; none for any other noun."""
    if noun.lemma_.lower() not in PLACE_KINDS:
        return []
    return [*prep_objects(noun, OF), *(c for c in noun.children if c.dep_ == "appos")]


#: verbs by which a place holds a party: a strike on it is on them ("bases that house U.S. troops")
HOUSING_VERBS = frozenset({"house", "host", "hold", "station", "shelter", "quarter", "accommodate"})


def _hit(trig: "Token") -> list["Token"]:
    """What a strike hit (``_hit_by``), the verb of harm it is the subject of read here."""
    return _hit_by(trig, harm_done(trig))


def _hit_by(trig: "Token", harm: "Token | None") -> list["Token"]:
    """What a strike hit: its object, what it was aimed "at", "on" or "against" (also on the light verb
    that launched it: "launch air strikes in Iraq [on the terror group]"), or what ``harm``, the verb of
    harm it is the subject of (``harm_done``), hit ("an airstrike killed 45 ISIS fighters")."""
    light = list(prep_objects(trig.head, AIM_PREPS)) if trig.dep_ == "dobj" and trig.pos_ == "NOUN" else []
    return [o for o in trig.children if o.dep_ == "dobj"] + list(prep_objects(trig, AIM_PREPS)) + light + harmed_by(harm)


def _fired(obj: "Token", trig: "Token") -> bool:
    """Whether ``obj`` is the weapon a strike verb fires ("fired [rockets] at Haifa", "launched
    [missiles] at Guam"): what is sent, not the force struck where it stands."""
    return obj.dep_ == "dobj" and obj.head == trig and obj.lemma_.lower() in WEAPON_WORDS


def _means_of(means: "Token", act: "Token") -> bool:
    """Whether ``means`` is the instrument of ``act`` in a phrase of it: "killed [in] an airstrike",
    "were wounded [by] shelling"."""
    return means.dep_ == "pobj" and means.head.dep_ in ("prep", "agent") and means.head.head == act \
        and means.head.lower_ in ("in", "by")


def _housing_clause(c: "Token") -> bool:
    """Whether ``c`` is a clause of housing ("that house U.S. troops", "housing American forces")."""
    ing = c.lower_.removesuffix("ing")
    return c.dep_ in ("relcl", "acl", "advcl") and bool({c.lemma_.lower(), ing, ing + "e"} & HOUSING_VERBS)


def _houses_others(trig: "Token") -> bool:
    """Whether the sentence of ``trig`` says that a place holds someone ("bases in Iraq that house
    U.S. troops"): the place's state is then not whom an attack there hit."""
    return any(_housing_clause(t) or (t.i > 0 and t.nbor(-1).lower_ in ("that", "which") and (
        t.lower_.removesuffix("s") in HOUSING_VERBS)) for t in trig.sent)  # the parser may read "that house" as a noun


def _occupants(trig: "Token", res: ArgumentResolver, ctx: Discourse) -> list[Actor]:
    """The parties a place struck by ``trig`` holds, by a clause on it: "bases in Iraq [that house
    U.S. troops]", "Iraqi bases [housing American forces]" (which the parser may hang on the verb)."""
    hit = _hit(trig)
    clauses = [c for h in hit for c in h.children if c.dep_ in ("relcl", "acl")]
    clauses += [c for c in trig.children if c.dep_ == "advcl"] if hit else []
    for c in clauses:
        if not _housing_clause(c):  # (the tagger may leave "housing" a noun)
            continue
        for o in c.children:
            found = res.actors_of(o, ctx) if o.dep_ == "dobj" else []
            if found:
                return found
    return []


def _nested_pp_actors(tok: "Token", res: ArgumentResolver, ctx: Discourse, type_: str | None = None) -> list[Actor]:
    """Actors one prepositional phrase further down: "controls on [exports to South Korea]"; with
    ``type_``, not through a preposition that names no party to an act of that type ("asked for
    intervention [against] IS": the foe of the act asked for)."""
    for p in tok.children:
        if p.dep_ != "prep" or p.lower_ not in TARGET_PREPS | OF or (type_ and names_no_party(type_, p)):
            continue
        for o in (o for o in p.children if o.dep_ == "pobj"):
            found = res.actors_of(o, ctx)
            if found:
                return found
    return []


#: nouns of stopping an act: a request for one is aimed at whoever does the act
HALT_NOUNS = frozenset({"halt", "end", "suspension", "cessation", "freeze", "stop", "moratorium", "pause"})
#: what a halt is of: "a suspension [of] the offensive", "an end [to] strikes", "a freeze [on] drills"
HALTED_PREPS = frozenset({"of", "to", "on"})


def _halted_doers(tok: "Token", res: ArgumentResolver, ctx: Discourse, own: set[str]) -> list[Actor]:
    """Who does the acts a request asks to stop: "asked for a suspension of [Russia's] offensive",
    "urged an end to [Israeli] strikes", "called for a halt to the drills" (whoever the article
    named as holding them) and to "North Korea's tests" (coordinated acts: each one's doers)."""
    halts = [*prep_objects(tok, FOR), *(c for c in tok.children if c.dep_ == "dobj")]
    acts = [o for h in halts if h.lemma_.lower() in HALT_NOUNS for o in prep_objects(h, HALTED_PREPS)]
    acts += [c for a in acts for c in a.conjuncts if c.i > a.i]
    out: list[Actor] = []
    for act in acts:
        owners = [a for c in act.children if c.dep_ in ("poss", "compound", "amod", "nmod")
                  for a in res.actors_of(c, ctx)]
        if not owners and EVENT_NOUN_TYPES.get(act.lemma_.lower(), "*") != "*":
            owners = ctx.doers_of(act.lemma_.lower(), (), own) or []  # "the drills" the article named
        out.extend(owners)
    return out


def _phrase_preps(tok: "Token", depth: int = 4) -> Iterator["Token"]:
    """Prepositions in the chain of phrases under a trigger, not entering clauses: "discussed the
    incursion [by] phone [with] Putin", "a meeting [in] Geneva [with] officials [from] X"."""
    layer = [tok]
    for _ in range(depth):
        layer = [c for t in layer for c in t.children if c.dep_ in ("prep", "pobj", "dobj", "npadvmod")]
        yield from (t for t in layer if t.dep_ == "prep")


#: fixed phrases a verb reads as its particle: "leave [in place] the tariffs" keeps them, no withdrawal;
#: "took two militants [into custody]" arrests them
PHRASAL_PARTICLES = frozenset({"in place", "into custody"})
#: particles the parser may hang on the verb's object as its modifier ("pull [back] troops": back <amod- troops)
STRAY_PARTICLES = frozenset({"back", "out", "off", "down", "up"})


def _phrasal_particle(tok: "Token") -> str | None:
    """A bare preposition phrase of ``PHRASAL_PARTICLES`` under the verb ("in place"), or ``None``."""
    for p in tok.children:
        objs = [o for o in p.children if o.dep_ == "pobj"] if p.dep_ == "prep" else []
        if len(objs) == 1 and objs[0].n_lefts + objs[0].n_rights == 0:
            phrase = f"{p.lower_} {objs[0].lower_}"
            if phrase in PHRASAL_PARTICLES:
                return phrase
    return None


def _stray_particle(tok: "Token") -> str | None:
    """The particle right after the verb that the parse made a modifier of the verb's object ("pull
    [back] troops from Syria": back <amod- troops), or ``None``: the object's own modifiers
    stand after the verb only as its words ("sent additional troops")."""
    if tok.i + 1 >= len(tok.doc):
        return None
    word = tok.doc[tok.i + 1]
    obj = word.head
    if word.lower_ not in STRAY_PARTICLES or word.dep_ not in ("amod", "advmod", "compound") \
            or obj.head.i != tok.i or obj.dep_ != "dobj" or obj.i <= word.i:
        return None
    return word.lower_


#: nouns of fighting between two sides, and the verbs that place their casualties in one: those
#: killed or wounded in a clash were on the side that fought the other ("killed in a clash with X")
FIGHT_NOUNS = frozenset({"clash", "fighting", "battle", "firefight", "skirmish", "gunfight", "shootout"})


def _casualties(noun: "Token", gov: "Token") -> "Token | None":
    """Who fell in the fight ``noun`` names, as its verb ``gov`` says: "[soldiers] were killed in a
    clash with X", "[a fighter] wounded in a battle with ISIS", "[two officers] died during fighting
    with X"; ``None`` elsewhere ("troops killed civilians in a raid": the verb's own subject acts)."""
    if noun.lemma_.lower() not in FIGHT_NOUNS or gov.lemma_.lower() not in CASUALTY_VERBS \
            or noun.head.lower_ not in ("in", "during"):
        return None
    subj = next((c for c in gov.children if c.dep_ == "nsubjpass" or (c.dep_ == "nsubj" and gov.lemma_ == "die")),
                None)
    if subj is None and gov.dep_ == "acl" and gov.tag_ in ("VBN", "VBD"):
        return gov.head  # "a fighter wounded in a battle with ISIS"
    return subj


#: one-sided attacks: who dies or is hurt in one is its victim ("a journalist died in a bomb attack")
ONE_SIDED_ATTACKS = frozenset({"attack", "bombing", "strike", "airstrike", "raid", "shelling", "blast", "explosion",
                               "ambush", "assault", "massacre"})


def _struck_down_in(noun: "Token", gov: "Token") -> bool:
    """ "[an Egyptian journalist] died in a bomb attack", "[two Americans] were killed in the strike":
    whom a one-sided attack kills or wounds is its victim, never its doer (unlike a clash's fallen)."""
    return noun.lemma_.lower() in ONE_SIDED_ATTACKS and gov.lemma_.lower() in CASUALTY_VERBS \
        and noun.head.lower_ in ("in", "during")


#: verbs whose subject falls, with no verb of harm to read its victims as the act's target ("died in")
DYING_VERBS = frozenset({"die", "perish"})
#: nouns that count the fallen of an attack ("the Palestinian death toll in Israeli bombardments")
TOLL_NOUNS = frozenset({"toll"})


def _fallen_in(noun: "Token") -> list["Token"]:
    """Who fell in the attack ``noun`` names, where no verb of harm says it: the subject of "[dozens of
    Palestinians] died in Israeli airstrikes", the modifier of "the [Palestinian] death toll in Israeli
    bombardments" (whom a verb of harm names, "were killed in", its own reading gives)."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ not in ("in", "during", "from"):
        return []
    host = prep.head
    if host.pos_ == "VERB" and host.lemma_.lower() in DYING_VERBS:
        return [c for c in host.children if c.dep_ == "nsubj"]
    if host.lemma_.lower() in TOLL_NOUNS:
        return [c for c in host.children if c.dep_ in ("amod", "poss") or (c.dep_ == "compound" and c.pos_ == "PROPN")]
    return []


#: trade measures: what they are "on" names goods, whose state is the one hit ("tariffs on Chinese imports")
MEASURE_NOUNS = frozenset({"tariff", "duty", "levy", "sanction", "embargo", "quota", "tax", "ban", "restriction",
                           "control", "curb", "cap"})


def _measure(obj: "Token | None", trig: Trigger) -> bool:
    """Whether a verb's object is a trade measure ("imposed [duties]", "raised [tariffs]") and the
    verb reads it by the lexicon's own rows: a weak reading's object tells its sides itself
    ("hiked tariffs on Chinese imports": the noun's event, as before)."""
    return obj is not None and obj.lemma_.lower() in MEASURE_NOUNS and not _weak(trig)


def _weak(trig: Trigger) -> bool:
    """A generic CAMEO verb's reading or the model's own (but for shows of force): it counts only
    with both sides named."""
    return trig.source == "cameo" or (trig.source == "model" and trig.type != "MOBILIZE")


def _goods_actors(tok: "Token", res: ArgumentResolver) -> list[Actor]:
    """Whose goods a sanction hits: "tariffs on [Chinese imports]", "on [$16 billion in Chinese
    goods]", "sanctions on [Russian oil]": states named anywhere in the phrase, not in its clauses; where
    it names a state the goods come from, that state's ("tariffs on U.S. imports [from China]"; not "on
    Chinese goods [from] 10 percent to 25 percent")."""
    return _phrase_states(goods_origins(tok), res) or _phrase_states([tok], res)


def _phrase_states(heads: list["Token"], res: ArgumentResolver) -> list[Actor]:
    """The states named anywhere in these phrases, not in their clauses."""
    out: list[Actor] = []
    stack = list(heads)
    while stack:
        t = stack.pop()
        out.extend(m.actor for m in res.mentions_at(t) if m.actor.kind == "state")
        stack.extend(c for c in t.children if c.dep_ not in ("relcl", "acl", "advcl", "ccomp", "appos"))
    return out


def _note_acts(sent: "Span", cands: list[Candidate], res: ArgumentResolver, ctx: Discourse) -> None:
    """Remember who did the acts this sentence names, for later references to them ("the drills"):
    the candidates' sources by type, and by name those of a carrying verb's act-noun object ("X
    began joint exercises") and those an act noun's own modifiers name, event or not ("in exchange
    for a halt to joint U.S.-South Korean drills")."""
    for c in cands:
        ctx.note_doers("", c.trig.type, _distinct(c.source))
        obj = verb_object(c.trigger) if c.trigger.lemma_.lower() in CARRIERS else None  # not "condemned the launch"
        if obj is not None and EVENT_NOUN_TYPES.get(obj.lemma_.lower(), "*") != "*":
            ctx.note_doers(obj.lemma_.lower(), "", _distinct(c.source))  # "X began joint exercises"
    for tok in sent:
        if tok.pos_ == "NOUN" and EVENT_NOUN_TYPES.get(tok.lemma_.lower(), "*") != "*":
            ctx.note_doers(tok.lemma_.lower(), "", _distinct(res.named_doers(tok)))  # by name only


#: people who are hit as a population, not as a side: an act done to them is aimed at no other party
POPULATION_NOUNS = frozenset({"civilian", "protester", "protestor", "demonstrator", "people", "citizen",
                              "population", "villager", "resident", "worshipper", "worshiper", "child", "minority"})


def _aimed_at_people(tok: "Token") -> bool:
    """Whether a verb's act names its victims as a population that no actor stands for: "killed dozens
    of protesters", "used sarin on its own people", "bombed civilians". The act is aimed at them, not at
    the other side of the story the article tells (which ``_story_counterpart`` would lend it)."""
    heads = [c for c in tok.children if c.dep_ == "dobj"] + list(prep_objects(tok, ON | AGAINST))
    for h in heads:
        if part_of(h).lemma_.lower() in POPULATION_NOUNS:  # "dozens of protesters"
            return True
    return False


def _conflict(event_type: str) -> bool:
    return quad_class(event_type).endswith("conflict")


#: how many of the latest events an accusation may be back for a denial to answer it
RECENT_ACCUSATION = 3


#: nouns of "in response (to X)": the act answers another's
RESPONSE_NOUNS = frozenset({"response", "retaliation", "reply", "answer", "reaction", "riposte"})


def _response_phrase(tok: "Token") -> "Token | None":
    """The noun of an "in response", "in retaliation" phrase on a trigger (or on the verb a noun
    trigger is the object of: "held drills in response"), or None."""
    hosts = [tok, tok.head] if tok.pos_ == "NOUN" and tok.dep_ == "dobj" else [tok]
    return next((o for h in hosts for o in prep_objects(h, IN) if o.lemma_.lower() in RESPONSE_NOUNS), None)


def _responses(cands: list[Candidate], res: ArgumentResolver, ctx: Discourse) -> None:
    """ "fired missiles in response", "held drills in response to North Korea's launch": a hostile
    act that names no target but says it answers another's act is aimed at whoever did that act:
    the one its "to" phrase names, else the doer of the event it answers (``_answered_event``)."""
    for c in cands:
        if c.target or not c.source or not _conflict(c.trig.type):
            continue
        answer = _response_phrase(c.trigger)
        if answer is None:
            continue
        own = {a.code for a in c.source + c.others}
        acts = list(prep_objects(answer, TO | FOR))
        if acts:
            doers = [a for o in acts for a in res.named_doers(o) or res.actors_of(o, ctx)]
        else:
            prev = _answered_event(ctx, own)
            doers = [prev.source] if prev is not None and prev.source is not None else []
        c.target.extend(a for a in _distinct(doers) if a.code not in own)


def _answered_event(ctx: Discourse, own: set[str]) -> Event | None:
    """The event an answer that names none answers: the one reported just before, or, when that was
    the answerer's own act ("Trump pulled America out of the deal. The U.S. rushed a carrier to the
    region in response"), the latest hostile act of another side among the few events before it
    (``RECENT_EVENTS``), if any."""
    prev = ctx.last_event
    if prev is None or prev.source is None or prev.source.code not in own:
        return prev
    return next((e for e in reversed(ctx.recent_events[:-1]) if _conflict(e.type)
                 and e.source is not None and e.source.code not in own), None)


#: verbs whose subject undergoes the act their object names: "France suffered a terror attack", "Ukraine
#: faced a Russian missile attack", "Iran endured new sanctions": the subject is the act's target
UNDERGOING_VERBS = frozenset({"suffer", "sustain", "endure", "experience", "face", "weather", "undergo",
                              "survive", "absorb"})
#: acts done to someone, whose doer an undergoing verb's subject is not
UNDERGONE_TYPES = frozenset({"ASSAULT", "COERCE", "SANCTION", "THREATEN", "ACCUSE", "REQUEST"})


def _undergone_act(trigger: "Token") -> "Token | None":
    """The act noun an undergoing verb's subject suffers: the verb's object where the verb is the
    trigger ("suffered [an attack]"), the trigger itself where it is that object."""
    if trigger.pos_ == "VERB":
        return verb_object(trigger) if trigger.lemma_.lower() in UNDERGOING_VERBS else None
    if trigger.dep_ == "dobj" and trigger.head.lemma_.lower() in UNDERGOING_VERBS:
        return trigger
    return None


def _undergone(cands: list[Candidate], res: ArgumentResolver, ctx: Discourse) -> None:
    """The sides of a hostile act an undergoing verb reports: its subject (read as the source) is the
    target, and the doer is who the act noun names ("a Russian missile attack", "attacks by Hamas",
    "sanctions from the EU"), else the side read as the target ("faced criticism at a NATO summit")."""
    for c in cands:
        act = _undergone_act(c.trigger)
        if act is None or c.trig.type not in UNDERGONE_TYPES or not c.source:
            continue
        if _doer_named_apart(c, act, res, ctx):
            continue  # "Germany faced calls [from Ukraine]": the noun's own phrase gave its sides
        victims = c.source_codes()
        doers = [a for a in res.named_doers(act, places=False) + _pp_actors(act, FROM, res, ctx) or c.target
                 if a.code not in victims]
        c.source, c.target = _distinct(doers), c.source
        c.others = [a for a in c.others if a.code not in victims | {d.code for d in doers}]


def _doer_named_apart(c: Candidate, act: "Token", res: ArgumentResolver, ctx: Discourse) -> bool:
    """Whether an act noun an undergoing verb's subject suffers took its source from its own phrase
    ("Germany faced calls [from Ukraine]"), not from that subject: the subject is then made its target
    (``_undergone`` turns round only a source that is the subject)."""
    subj = nearest_subject(act.head) if act is c.trigger else None
    sufferers = res.actors_of(subj, ctx) if subj is not None else []
    if not sufferers or {a.code for a in sufferers} & c.source_codes():
        return False
    c.target.extend(a for a in sufferers if a not in c.target)
    return True


#: verbs by which their subject is "under" an act ("was under investigation", "came under attack"); not
#: "put X under sanctions", whose subject does the act
UNDER_VERBS = frozenset({"be", "come", "remain", "stay", "fall"})


def _held_under(trigger: "Token") -> "Token | None":
    """The subject an act is on when it is "under" it: "he was [under] investigation by Sweden", "Iran
    came [under] pressure from the U.S."; None for other triggers."""
    if trigger.dep_ != "pobj" or trigger.head.lower_ != "under" or trigger.head.head.lemma_.lower() not in UNDER_VERBS:
        return None
    return next((c for c in trigger.head.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)


def _held_under_targets(cands: list[Candidate], res: ArgumentResolver, ctx: Discourse) -> None:
    """The target of an act its subject is under ("he was under investigation by authorities in
    Sweden": him), where the act names none."""
    for c in cands:
        subj = _held_under(c.trigger) if not c.target else None
        if subj is not None:
            own = c.source_codes()
            c.target.extend(a for a in res.actors_of(subj, ctx) if a.code not in own)


def _charges_denied(cands: list[Candidate]) -> None:
    """ "Cuba rejected Colombia's accusations", "Iran dismissed Saudi accusations that ...": a charge
    that names no one it is against, under a denial, is against the denier (not the actor of the
    event reported before, which ``_answer_previous`` would lend it)."""
    for c in cands:
        if c.trig.type != "ACCUSE" or c.target or c.others or c.trigger.pos_ != "NOUN":
            continue
        own = c.source_codes()
        ancestors = {t.i for t in c.trigger.ancestors}
        denier = next((r for r in cands if r.trig.type == "REJECT" and r.trigger.i in ancestors
                       and r.source and not own & r.source_codes()), None)
        if denier is not None:
            c.target.extend(denier.source)


def _among_home_parties(c: Candidate, res: ArgumentResolver, ctx: Discourse) -> bool:
    """Whether an act with no other side names in its own phrase a party of its state's politics
    (``HOME_PARTY_WORDS``) and no other side: "Trump dismissed the probe by special counsel Robert
    Mueller", "Congress would override a presidential veto", "rejected the criticism from lawmakers".
    It answers critics at home, not the story's other side nor the actor of the event just reported.
    Any other side named keeps it open ("dismissed the concerns of Iran", "rejected it"); its own side
    named says nothing ("denied its violations" answers the accuser)."""
    if c.names_other_side():
        return False
    own = c.source_codes()
    found = False
    for party in _phrase_parties(c.trigger):
        if any(a.code not in own for a in res.actors_of(party, ctx)):
            return False
        found = found or noun_lemma(party) in HOME_PARTY_WORDS
    return found


def _phrase_parties(trigger: "Token") -> list["Token"]:
    """The words that may name a party in an act's own phrase besides its doer: a noun trigger's own
    modifiers, a verb's object (and a to-clause's), the objects of its ``ABOUT_PREPS`` phrases (an
    object's, of its verb's too), and the modifiers, appositions and ``ABOUT_PREPS`` objects of each of
    those ("the probe [by] special [counsel] Robert [Mueller]", "the concerns of Sally Yates, the acting
    [attorney] general")."""
    heads = [trigger] if trigger.pos_ in ("NOUN", "PROPN") else []
    heads += [o for c in trigger.children if c.dep_ in ("dobj", "xcomp")
              for o in ([c] if c.dep_ == "dobj" else [x for x in c.children if x.dep_ == "dobj"])]
    heads += list(prep_objects(trigger, ABOUT_PREPS))
    if trigger.dep_ == "dobj":  # "dismissed the probe [by] Mueller": the phrase may hang on the verb
        heads += list(prep_objects(trigger.head, ABOUT_PREPS))
    found: list["Token"] = []
    for h in heads:
        named = [m for m in h.children if m.dep_ in ("poss", "compound", "amod", "nmod", "appos")]
        named += list(prep_objects(h, ABOUT_PREPS))
        found += ([h] if h is not trigger else []) + [x for n in named for x in _with_titles(n)]
    return found


def _with_titles(tok: "Token") -> list["Token"]:
    """A party word with the words that describe it: its compounds and appositions and theirs ("special
    [counsel] Robert Mueller", "Sally Yates, the former acting [attorney] [general]")."""
    out = [tok]
    for m in tok.children:
        if m.dep_ in ("compound", "appos"):
            out += [m, *(x for x in m.children if x.dep_ in ("compound", "amod"))]
    return out


def _accuser_in(cands: list[Candidate], codes: set[str]) -> Actor | None:
    """The maker of an accusation against ``codes`` among one sentence's candidates."""
    for c in cands:
        if c.trig.type == "ACCUSE" and c.source and c.source[0].code not in codes \
                and any(a.code in codes for a in c.target):
            return c.source[0]
    return None


def _accuser_of(codes: set[str], ctx: Discourse) -> Actor | None:
    """Who a denial by ``codes`` answers: the maker of the latest accusation against them; when that
    accusation lies further back than the last few events, the state the article names most (the
    story's accuser, whose charge was reported in words this does not read), if it names one twice."""
    for at, acc in reversed(ctx.accusations):
        if acc.source is not None and acc.target is not None and acc.target.code in codes \
                and acc.source.code not in codes:
            recent = ctx.events_noted - at < RECENT_ACCUSATION
            return acc.source if recent else ctx.main_counterpart(codes) or acc.source
    return None


def _denies_a_charge(tok: "Token") -> bool:
    """ "denied the allegations", "rejected these accusations": the object is a charge."""
    obj = verb_object(tok)
    return obj is not None and EVENT_NOUN_TYPES.get(obj.lemma_.lower()) == "ACCUSE"


def _owners(noun: "Token", res: ArgumentResolver, ctx: Discourse) -> list[Actor]:
    """Who a noun's possessive names: "Russia's" in "Russia's efforts", "its" in "its decision"."""
    if noun.pos_ not in ("NOUN", "PROPN"):
        return []
    return [a for c in noun.children if c.dep_ == "poss" for a in res.actors_of(c, ctx)]


#: what makes a threat one that was uttered, not a danger that stands ("the latest threat against Guam")
UTTERED = frozenset({"latest", "new", "fresh", "repeated", "renewed", "explicit", "veiled", "direct", "verbal"})


#: nouns of a message that states a stance named by its "of" phrase: "a statement of support", "a show
#: of support", "a message of solidarity"
EXPRESSION_NOUNS = frozenset({"statement", "message", "show", "expression", "gesture", "declaration", "letter",
                              "pledge", "vote", "signal"})


def _expressed(noun: "Token") -> bool:
    """Whether a noun of a state of affairs is the stance a message states: "released a statement of
    [support] for the decision", "a show of [support] for Kyiv" (an act of its issuer)."""
    prep = noun.head
    return noun.dep_ == "pobj" and prep.lower_ == "of" and prep.head.lemma_.lower() in EXPRESSION_NOUNS


#: words by which a side declares a stance it holds unchanged: "remain [steadfast] in our support for Y",
#: "stands [firmly] in its support for Y", "[united] in their support for Y"
FIRM_WORDS = frozenset({"steadfast", "steadfastly", "firm", "firmly", "united", "unwavering", "unwaveringly",
                        "resolute", "resolutely", "unified", "unanimous", "unequivocal", "unshakable", "unshakeable"})
#: stances a side can declare itself firm in (not "united in the war against ISIS": a war is fought, not declared)
HELD_STANCES = frozenset({"support"})


def _held_firm(noun: "Token") -> bool:
    """Whether a noun of a stance is one its holder declares firm: "we remain steadfast [in] our
    [support] for Turkey" says the support as an act of saying so, as "expressed support" does (the
    stance as a state, "Russia's support for Assad", is none)."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ != "in" or noun.lemma_.lower() not in HELD_STANCES:
        return False
    holder = prep.head
    return holder.lemma_.lower() in FIRM_WORDS or any(
        c.dep_ in ("acomp", "advmod") and c.lemma_.lower() in FIRM_WORDS for c in holder.children)


def _stood_by(prep: "Token", res: ArgumentResolver) -> bool:
    """ "stands beside [France]", "stood by [Ukraine]", "stood by [Obama]": a side backed; not a
    person one stands next to ("as he stood beside Lavrov")."""
    if prep.lower_ not in STANDING_PREPS:
        return False
    beside = [m for o in prep.children if o.dep_ == "pobj" for m in [res.mention_of(o)] if m is not None]
    return prep.lower_ == "by" or not any(m.actor.kind == "person" for m in beside)


def _threatened_act(tok: "Token") -> bool:
    """The act a threat noun names by its infinitive: "his threat [to impose] tariffs on Mexico", or a
    verb of warning by its object: "warned of [a nuclear strike]" (``warned_of``)."""
    return (tok.dep_ == "acl" and tok.head.lemma_.lower() == "threat" and infinitive_under(tok.head) == tok) \
        or warned_of(tok)


def holds_state(verb: str, noun: str) -> bool:
    """Whether ``verb`` holds, perceives or handles the state of affairs ``noun`` names (``HOLDING_VERBS``;
    "take" a threat only: "took the threat seriously", not "took the war to Israel")."""
    if noun not in STATE_NOUNS:
        return False
    return verb in HOLDING_VERBS or (verb == "take" and noun in ("threat", "danger", "menace"))


def _state_or_inability(clause: "Token") -> bool:
    """Whether a that-clause says how things stand or what its subject cannot do, no act it will do:
    "warned (that) it is too early to tell", "warned they can't cope with the influx"; a commissive
    verb's own clause commits its speaker only to an act ("vowed it would retaliate", "warned that
    Beijing would be firm")."""
    subj = nearest_subject(clause)
    if clause.lemma_.lower() == "be" and subj is not None and subj.lower_ == "it":
        return any(t.dep_ in ("xcomp", "ccomp") for t in clause.subtree if t is not clause)  # (it: the extraposed clause's)
    aux = {c.lemma_.lower() for c in clause.children if c.dep_ == "aux"}
    return "can" in aux and any(c.dep_ == "neg" for c in clause.children)


def _promised(verb: "Token") -> bool:
    """Whether ``verb`` is said to be done ahead and not denied: "would retaliate", "will respond"."""
    return future_aux(verb) and not any(c.dep_ == "neg" for c in verb.children)


def _sender_on_heeding_verb(noun: "Token", trig: Trigger) -> bool:
    """Whether a message noun's sender is named on the verb that heeds it, where the parser hangs the
    "from" phrase: "Ukraine ignored the warnings [from] Moscow" names whose warnings they are (no bare
    reference back to a warning already reported), as "Moscow's warnings" does."""
    verb = heeding_verb(noun) if trig.type in MESSAGE_TYPES else None
    return verb is not None and bool(message_senders(noun, verb))


def _voiced_threat(noun: "Token") -> bool:
    """ "Pyongyang's threats against Guam", "its latest threat against the US": threats made against
    a party, plural or marked as uttered, are acts, and so is a threat of an act named by its
    infinitive ("his threat to impose tariffs"); "the North Korean threat", "a threat to peace",
    "poses a threat" stay a state of affairs."""
    if noun.lemma_.lower() == "threat" and infinitive_under(noun) is not None:
        return True  # "his threat to impose tariffs on Mexico", "Iran's threat to close the strait"
    if threats_voiced(noun, UTTERED):
        return True  # "a series of threats from the North", "weeks of escalating threats from Pyongyang"
    if noun.lemma_.lower() != "threat" or not any(p.dep_ == "prep" and p.lower_ == "against" for p in noun.children):
        return False
    return noun.tag_ == "NNS" or any(c.dep_ == "amod" and c.lemma_.lower() in UTTERED for c in noun.children)


def _effect_verb(noun: "Token") -> str | None:
    """The lemma of the verb a noun is the cause of, as subject or "by" agent ("the tariffs hurt
    farmers", "hurt by the tariffs"); None for a noun in another role."""
    if noun.dep_ == "nsubj":
        return noun.head.lemma_.lower()
    if noun.dep_ == "pobj" and noun.head.dep_ == "agent":
        return noun.head.head.lemma_.lower()
    return None


def _answer_reading(tok: "Token", obj: "Token | None", found: Trigger | None) -> Trigger | None:
    """THREATEN for a readiness for a hostile act ("ready to strike"), for readiness to answer another
    side ("ready to respond to any attack", "to take action against Y") and for a forceful answer
    promised ("said it would respond forcefully if Y attacked"); else ``found``."""
    if found is not None and found.type in HOSTILE_CONTENT - {"THREATEN"} and found.source == "curated" \
            and _declared_ready(tok):  # not CAMEO's generic readings: "ready to engage with Russia"
        return Trigger("THREATEN", None, None, 0.75, "rule", "readiness for a hostile act")
    if (found is None or found.type not in HOSTILE_CONTENT) and _declared_ready(tok) and answers_another_side(tok, obj):
        return READY_ANSWER
    if found is None and forceful_answer(tok):
        return FORCEFUL_ANSWER
    if met_with_force(tok):  # "any attack will be met with force": no meeting
        return FORCEFUL_ANSWER
    return found


def _misread_addressee(tok: "Token") -> bool:
    """ "Trump warned [Turkey] that ...": a name the parser hangs on the verb as an adverbial noun
    (like "Monday"), between the verb and its that-clause, is whom the verb addresses."""
    return tok.dep_ == "npadvmod" and tok.pos_ == "PROPN" and tok.ent_type_ not in ("DATE", "TIME") \
        and any(c.dep_ == "ccomp" and c.i > tok.i for c in tok.head.children)


#: prepositions that name the other side of what is agreed, not its subject matter ("talks on Ukraine")
PARTNER_PREPS = frozenset({"with", "to", "against", "into", "toward", "towards"})


#: the promising verbs (``PROMISING_VERBS``) that commit their subject to what the gerund under their "to"
#: names: "committed to working with Y" (the gerund is what is agreed, as an infinitive is after "pledged";
#: the others take no gerund: not "pledged to working")
COMMITTING_VERBS = PROMISING_VERBS & {"commit"}
#: "Turkey has committed to working with the United States" (``committed_gerund``): an act promised,
#: as ``CONCESSION`` is ground promised (not ``ACCORD_PART_NOUNS``, the part a side holds in an accord)
COMMITMENT = Trigger("AGREE", None, None, 0.75, "rule", "a commitment to act")
#: "Russia is willing to cooperate with the United States", "stands ready to work with Japan": a declared
#: readiness to work with another side is an offer to cooperate (AGREE, ``READINESS_READINGS``), as a
#: commitment to it is
READY_PARTNER = Trigger("AGREE", None, None, 0.75, "rule", "an offer to work with another side")


def committed_gerund(verb: "Token", prep: "Token") -> "Token | None":
    """The act a verb of commitment (``COMMITTING_VERBS``) binds its subject to through "to" + gerund:
    "Turkey has committed to [working] with the United States", "committed itself to [protecting]
    civilians"; None for a thing committed to ("committed to the deal"), another verb ("objected
    to working with Y": no commitment) or a standing state ("is committed to defending Japan": a
    policy described, no commitment made)."""
    if verb.lemma_.lower() not in COMMITTING_VERBS or is_passive(verb) or verb.dep_ in ("amod", "acomp"):
        return None
    return next((c for c in prep.children if c.dep_ == "pcomp" and c.tag_ == "VBG"), None)


def _partners_in(comp: "Token", res: ArgumentResolver, ctx: Discourse) -> list[Actor]:
    """The other side named in what is agreed: "agreed to normalise relations [with Israel]", "agreed
    to send troops [to Lithuania]"; not a subject matter ("on Ukraine"), nor what the act is done to
    ("agreed to shelter Assange", "agreed not to leave France": "agree" there is to decide)."""
    found: list[Actor] = []
    for c in with_conjuncts(comp):
        if c.dep_ in ("dobj", "dative"):
            found.extend(_pp_actors(c, PARTNER_PREPS, res, ctx))
        elif c.dep_ == "prep" and c.lower_ in PARTNER_PREPS:
            found.extend(a for o in c.children if o.dep_ == "pobj" for a in res.actors_of(o, ctx))
    return found


def _pp_actors(tok: "Token", preps: frozenset[str], res: ArgumentResolver, ctx: Discourse) -> list[Actor]:
    """Actors in ``tok``'s own prepositional phrases opened by one of ``preps``."""
    return [a for o in prep_objects(tok, preps) for a in res.actors_of(o, ctx)]


def _lend_parties(content: Candidate, container: Candidate) -> None:
    """ "the EU agreed [to impose sanctions on Russia]": a container that names no other side takes
    the other parties of the act it absorbs (a verb of its clause: not a noun further down, "agreed
    to speak with investigators about [his contacts with Russians]")."""
    if container.names_other_side():
        return
    own = container.source_codes()
    # "urged Arab states to impose sanctions [against] Israel": the foe of the act asked for is not the
    # one asked, as in "pushed for sanctions [against] Israel" (cooperation.names_no_party)
    aimed = container.trig.type == "REQUEST" and _aimed_at_foe(content.trigger, container.trigger)
    lent = content.source + content.others + ([] if aimed else content.target)
    container.target.extend(a for a in lent if a.code not in own)


def _aimed_at_foe(act: "Token", appeal: "Token") -> bool:
    """Whether the act asked for by ``appeal`` names whom it would be aimed at, by the act's verb or
    its object ("to impose sanctions [against] Israel", "to move [against] Iran")."""
    heads = [act, *(c for c in act.children if c.dep_ == "dobj")]
    if act.dep_ == "dobj":  # the trigger is the object noun: "to impose [sanctions] against Israel"
        heads.append(act.head)
    return any(p.dep_ == "prep" and names_no_party("REQUEST", p, appeal) for h in heads for p in h.children)


#: the phrases of an attack in words: its cause ("attacked Berlin [over] migration") and its medium ("[in] a speech")
CAUSE_PREPS, MEDIUM_PREPS = frozenset({"over", "for"}), frozenset({"in", "on", "during"})


def _verbal_attack(tok: "Token", obj: "Token | None", res: ArgumentResolver) -> bool:
    """ "attacked Merkel over migration", "attacked NATO for its expansion", "attacked the court in a
    speech", "attacked the resolution", "fired back at his critics": an attack on a person, a text or a
    decision, for a cause, or through words is criticism, not force."""
    if verbal_retort(tok, res) or (obj is not None and worded_attack(obj)):
        return True  # "launched a verbal assault on the Netherlands"
    if tok.lemma_.lower() not in VERBAL_ATTACK_VERBS or armed_doer(tok, res):
        return False  # "troops attacked", "drones attacked Soleimani's convoy", "attacked by Taliban militants"
    if obj is not None and (is_person(obj, res) or _words_object(_thing(obj))):
        return True  # "attacked Merkel", "attacked the resolution after it passed"
    causes = (o for p in tok.children if p.dep_ == "prep" and p.lower_ in CAUSE_PREPS
              for o in p.children if o.dep_ in ("pobj", "pcomp"))
    if any(o.ent_type_ not in ("DATE", "TIME", "GPE", "LOC", "CARDINAL") and o.lemma_.lower() not in TIME_NOUNS
           for o in causes):
        return True  # "attacked Berlin over migration", "for failing to pay"; not "over the weekend", "over Syria"
    return any(o.lemma_.lower() in SPEECH_MEDIA for o in prep_objects(tok, MEDIUM_PREPS))


def _words_object(thing: "Token") -> bool:
    """Whether an attacked ``thing`` is made of words (``WORDS_OBJECTS``): "the resolution", "his
    position on trade"; not "Kurdish positions", which plural and about nothing are ground held."""
    if thing.lemma_.lower() not in WORDS_OBJECTS:
        return False
    return not (thing.lemma_.lower() == "position" and thing.tag_ == "NNS"
                and not any(p.dep_ == "prep" and p.lower_ in ("on", "about", "regarding") for p in thing.children))


def _dismissal(tok: "Token", res: ArgumentResolver) -> bool:
    """ "fired a key prosecutor", "Tillerson was fired on Tuesday", "the director fired by Trump":
    firing a person from office or work is no gunfire and no PLOVER event."""
    obj = verb_object(tok)
    if obj is not None and obj.lemma_.lower() == "firing" and _dismissed_by_noun(obj, res):
        return True  # "ordered the firing of Mueller"
    if tok.lemma_.lower() != "fire" or any(
            c.dep_ == "prep" and c.lower_ in ("at", "on", "upon", "into") and not any(
                o.ent_type_ in ("DATE", "TIME") for o in c.children) for c in tok.children):
        return False  # "fired on the crowd", not "fired on Friday"
    fired = fired_one(tok)
    return fired is not None and _removable(part_of(fired), res)


def _removable(tok: "Token", res: ArgumentResolver) -> bool:
    """Whether a firing of ``tok`` removes it from office or work: a person, an office ("the
    director") or a pronoun of persons."""
    return is_person(tok, res) or tok.lemma_.lower() in OFFICE_NOUNS or tok.lower_ in DISMISSED_PRONOUNS


def _own_conduct(gerund: "Token", res: ArgumentResolver) -> bool:
    """ "[leaving] without a deal", "[overreacting] to the attacks": an -ing clause with no subject of
    its own that names no party: what the speaker's own side should or should not do."""
    return gerund.tag_ == "VBG" and not any(c.dep_ in ("nsubj", "poss") for c in gerund.children) \
        and not any(res.actors_in(t) for t in gerund.subtree if t != gerund)


#: verbs of praise: praising a hostile act is approval of its doer, not the act ("applauded the attack")
PRAISE_VERBS = frozenset({"applaud", "praise", "hail", "welcome", "celebrate", "cheer", "commend", "laud"})


def _praised_attacks(cands: list[Candidate], res: ArgumentResolver) -> None:
    """ "Iran praised the strike on Israel": praise of an attack (``PRAISE_VERBS``) backs its doer, never
    the side it struck: the sides its on/against phrase names are no target of the praise, the doers the
    attack's own phrase names are ("praised the Hezbollah strike on Israel"), else none the sentence says."""
    for c in cands:
        if c.trig.type != "SUPPORT" or c.trigger.lemma_.lower() not in PRAISE_VERBS:
            continue
        act = next((o for o in c.trigger.children if o.dep_ == "dobj" and o.lemma_.lower() in ATTACK_NOUNS), None)
        if act is None:
            continue
        struck = {a.code for o in prep_objects(act, ON | AGAINST) for a in res.actors_in(o)}
        if not struck:
            continue
        doers = [a for a in res.named_doers(act, places=False) if a.code not in struck]
        c.target = doers + [a for a in c.target if a.code not in struck and a not in doers]


#: verbs that keep an act from happening: their object is another's act, not theirs ("prevent an attack")
PREVENTING_VERBS = frozenset({"prevent", "forestall", "avert", "thwart", "foil", "deter", "preempt", "pre-empt"})
#: verbs of obtaining: what one gets from another is the other's act ("won support from Moscow", "received
#: assurances from Qatar", "extracted a concession from Trump"); not "seek", "ask": asking is one's own act
OBTAIN_VERBS = frozenset({"get", "receive", "win", "secure", "obtain", "gain", "extract", "elicit", "wring", "wrest",
                          "earn", "garner", "clinch", *(CAUSING_VERBS := frozenset({
                              # what an act brings on itself, in words: "the offensive drew criticism
                              # from Germany" (not "triggered a withdrawal of troops from Iraq")
                              "draw", "attract", "prompt", "spark", "provoke", "trigger"}))})


def _obtaining_verb(trigger: "Token") -> "Token | None":
    """The verb of obtaining whose act ``trigger`` is: itself ("got commitments from"), or the verb
    whose object it is ("winning [support] from Moscow")."""
    if trigger.pos_ == "VERB" and trigger.lemma_.lower() in OBTAIN_VERBS:
        return trigger
    if trigger.dep_ == "dobj" and trigger.head.lemma_.lower() in OBTAIN_VERBS:
        return trigger.head
    return None


def _obtained_from(cands: list[Candidate], res: ArgumentResolver, ctx: Discourse) -> None:
    """ "Iran won support from Moscow", "the U.S. received assurances from Qatar": the act obtained is
    the giver's, named by the "from" phrase, and aimed at whoever obtains it (the verb's subject)."""
    for c in cands:
        verb = _obtaining_verb(c.trigger)
        if verb is None or quad_class(c.trig.type) == "material_conflict":
            continue  # "wrested control of the town from ISIS" is the taker's act
        if verb.lemma_.lower() in CAUSING_VERBS and not quad_class(c.trig.type).startswith("verbal"):
            continue  # "the strike triggered a withdrawal of US troops from Iraq": the leavers' act
        if any(part_of(o).lemma_.lower() in SHELTERED for o in verb.children if o.dep_ == "dobj"):
            continue  # "received refugees from Syria": the receiver shelters them, no one gave them
        heads = [verb] + [o for o in verb.children if o.dep_ == "dobj"]
        givers = _distinct(a for h in heads for o in prep_objects(h, FROM) for a in res.actors_of(o, ctx))
        codes = {a.code for a in givers}
        if givers and not c.source and codes == {a.code for a in c.target} and not any(
                _kin_of_pronoun(o) for h in heads for o in prep_objects(h, FROM)):
            # the noun's own "from" taken for whom it is aimed at ("the strikes drew [condemnation from
            # Washington]"): the giver speaks, at the verb's subject, or at whom an earlier event names
            c.source, c.target = givers, []
        if givers and not c.target and codes == c.source_codes():
            # the noun's own "from" already made the giver its source ("attracted [condemnation from
            # France]"): the verb's subject is whom it is aimed at
            subj = nearest_subject(verb)
            c.target = [a for a in (res.actors_of(subj, ctx) if subj is not None else []) if a.code not in codes]
            continue
        if not givers or not c.source or codes & c.source_codes():
            continue  # who obtains it must be known: "she received calls from X and Y" with "she" unresolved
        c.source, c.target = givers, [a for a in c.source + c.target if a.code not in codes]
        c.others = [a for a in c.others if a.code not in codes]


def _kin_of_pronoun(noun: "Token") -> bool:
    """ "its neighbors", "their allies": a noun of others related to whom a pronoun stands for, which
    names those others, not the pronoun's referent (whom the resolver may give for it); not one
    that names them too ("its ally Russia")."""
    return any(c.dep_ == "poss" and c.pos_ == "PRON" for c in noun.children) \
        and not any(t.pos_ == "PROPN" for t in noun.subtree)


#: people a state takes in ("received refugees from Syria"): it gives them asylum
SHELTERED = frozenset({"refugee", "migrant", "asylum-seeker", "evacuee"})


def _dismissed_by_noun(noun: "Token", res: ArgumentResolver) -> bool:
    """ "Comey's firing", "the firing of the FBI director": the noun's owner or of-object is a person
    or an office, whom a firing removes from office."""
    fired = [c for c in noun.children if c.dep_ == "poss"] + list(prep_objects(noun, OF))
    return any(_removable(f, res) for f in fired)


DEPLOYMENT = Trigger("MOBILIZE", "troops", None, 0.7, "rule", "a force arriving: a deployment, no visit")

#: what is fired, launched or tested as a weapon ("missile firings", "artillery firings")
WEAPON_WORDS = frozenset({"missile", "rocket", "artillery", "shell", "mortar", "gun", "weapon", "warhead", "torpedo",
                          "projectile", "salvo", "live", "test", "ballistic", "cruise", "nuclear"})
#: what a weapons test tries besides ``WEAPON_WORDS`` ("tested a hydrogen bomb", "test an engine")
TESTED_WEAPONS = frozenset({"bomb", "nuke", "device", "icbm", "slbm", "launcher", "engine", "interceptor", "hypersonic",
                            "satellite", "drone", "munition", "submarine", "system", "capability", "technology",
                            "prototype", "aircraft", "jet", "vehicle"})
#: words for a kind of thing, whose of-object is the thing ("a new type of missile")
KIND_WORDS = frozenset({"kind", "type", "sort", "variety", "version", "class", "generation"})


#: manners that make a deed of harm a figure of speech ("they're killing us economically")
FIGURATIVE_ADVERBS = frozenset({"economically", "politically", "financially", "commercially", "electorally",
                                "figuratively", "metaphorically", "verbally", "rhetorically"})


def _redescribed(cand: Candidate) -> bool:
    """ "denounced the launch as a missile test", "played down the attack as a strike against
    Hezbollah": a use of force named after "as" describes the act the verb's object already
    names, no second event (a label that accuses, "as a provocation", is the speech rules')."""
    noun = cand.trigger
    if cand.trig.type not in ("ASSAULT", "MOBILIZE") or noun.pos_ not in ("NOUN", "PROPN") \
            or noun.dep_ != "pobj" or noun.head.lower_ != "as":
        return False
    host = noun.head.head  # "denounced [the launch] as ...", or the parser's "the launch [as ...]"
    if host.pos_ in ("NOUN", "PRON") and host.dep_ in ("dobj", "nsubjpass"):
        return True
    return host.pos_ == "VERB" and any(c.dep_ in ("dobj", "nsubjpass") for c in host.children)


def _consult_mode(mode: str | None, sent: "Span", parties: int) -> str | None:
    """A meeting's mode: virtual when the sentence says so, multilateral among three parties or more."""
    if {t.lower_ for t in sent} & VIRTUAL_CUES:
        return "virtual"
    return "multilateral" if mode is None and parties >= 3 else mode


#: a side's part in an accord: "suspended its obligations under the treaty", "its participation in the pact"
ACCORD_PART_NOUNS = frozenset({"obligation", "commitment", "participation", "membership", "involvement"})


def _own_act_announced(c: Candidate, container: Candidate) -> bool:
    """Whether ``c`` is its announcer's own act that a statement announces ("announced that it would
    suspend its obligations ..., citing Moscow's violations": the accusation is in the citing, the
    suspension is an act of its own, not what is alleged)."""
    return (container.trigger.lemma_.lower() in ENACTING_VERBS and c.trig.type not in CONTAINER_TYPES
            and bool(c.source_codes() & container.source_codes()))


def _held_accords(obj: "Token") -> list["Token"]:
    """The accord whose commitments a verb's object names: "its obligations [under] [the INF treaty]",
    "its participation [in] [the pact]"; empty for other objects."""
    if obj.lemma_.lower() not in ACCORD_PART_NOUNS:
        return []
    hosts = [obj, obj.head] if obj.dep_ == "dobj" else [obj]  # the parser hangs the phrase on either
    return [o for h in hosts for o in prep_objects(h, frozenset({"under", "in", "to", "from"}))
            if o.lemma_.lower() in ACCORD_NOUNS]


#: verbs that give something a name or a label as their second object ("called the move a provocation")
#: NOTE: ``speech.py`` reads the same construction a second way (word class ``labelling``, which adds
#: "describe"; labels in oprd/xcomp/ccomp/acomp and "as" phrases, not oprd only; the disapproval class
#: alone, where ``_label_reading`` also takes the accusation words) and makes a speech candidate that
#: ``drop_relabelled`` lets stand over this one. One primitive for both would change output where
#: the two word sets and label slots differ; it needs its own measured step.
LABEL_VERBS = frozenset({"call", "label", "brand", "dub", "term"})


def _label(tok: "Token") -> "Token | None":
    """The label a verb of naming gives its object ("a disgrace" in "calling the leader a disgrace")."""
    if tok.lemma_.lower() not in LABEL_VERBS:
        return None
    return next((c for c in tok.children if c.dep_ == "oprd"), None) or _appended_label(tok) or second_object_label(tok)


#: what an act is "of" that makes naming it one an accusation, besides the words of disapproval
#: ("called the strike an act of war"; "an act of aggression", "of terrorism" are disapproval words)
HOSTILE_ACT_KINDS = frozenset({"war", "violence"})


def _act_kinds(label: "Token") -> list["Token"]:
    """What a label of the form "an act of K" names the act as: K ("an act of war", "a cynical act
    of violence"); the label's own prepositions are otherwise no part of its judgement ("a threat to
    peace" is one, "a partner in the fight against terrorism" none), but "act" says nothing without K."""
    heads = [label, *[c for c in label.children if c.dep_ == "conj"]]
    return [o for h in heads if h.lemma_.lower() == "act" for o in prep_objects(h, OF)]


def _appended_label(tok: "Token") -> "Token | None":
    """ "called [the president] 'a parrot'": a label the parser hangs on the object as an apposition
    with no comma between them (not "called Abe, a close ally, on Tuesday"), or a quoted adjective
    it hangs on it as a modifier after it ("called Maduro's charges “absurd”")."""
    obj = next((c for c in tok.children if c.dep_ == "dobj"), None)
    if obj is None:
        return None
    label = next((c for c in obj.children if c.i > obj.i and (
        c.dep_ == "appos" or (c.dep_ == "amod" and tok.doc[c.i - 1].tag_ == "``"))), None)
    if label is None or any(t.lower_ == "," for t in tok.doc[obj.i + 1:label.left_edge.i + 1]):
        return None
    return label


def _organization(tok: "Token", res: ArgumentResolver) -> str | None:
    """``"organization"`` (the object word of the lexicon's rows for blocs and bodies) when ``tok``
    names an international organisation or bloc ("withdraw from NATO", "out of the TPP")."""
    mention = res.mention_of(tok)
    return "organization" if mention is not None and mention.actor.kind == "organization" else None


def _hit_first(cand: Candidate, hit: dict[str, Actor]) -> None:
    """Make the states a sanction noun names as hit (``hit``, by code) its first targets, before any a
    phrase of it gave, and no other side of it."""
    cand.others = [a for a in cand.others if a.code not in hit]
    cand.target[:0] = [a for a in hit.values() if a not in cand.target]


def sanctioned_states(noun: "Token", res: ArgumentResolver) -> dict[str, Actor]:
    """The states a plain country name before the sanction noun ``noun`` names ("the Russia sanctions",
    "its North Korea sanctions list"): the subject matter (``names_doer``), so whom they hit, whoever
    imposes them; not a short form or a possessive, which names the doer ("U.S. sanctions")."""
    named = [t for c in noun.children if c.dep_ == "compound" and not names_doer(c) for t in c.subtree]
    return {m.actor.code: m.actor for t in named for m in res.mentions_at(t) if m.actor.kind == "state"}


#: verbs of taking a side on a measure that may not exist yet ("opposed Iran sanctions", "backed new
#: sanctions"), unlike a verb of judging one taken ("condemned the sanctions")
DEBATING_VERBS = frozenset({"oppose", "support", "back", "favor", "favour", "endorse", "debate"})


def measure_debated(noun: "Token", gov: "Token", res: ArgumentResolver) -> bool:
    """Whether the sanction noun ``noun`` is the object of a verb of debate (``DEBATING_VERBS``) and names
    no doer of its own beside the states it would hit (``sanctioned_states``): "lawmakers backed new
    Russia sanctions" argues over a measure, whoever would impose it; not "backed the EU sanctions"."""
    if noun.dep_ != "dobj" or gov.lemma_.lower() not in DEBATING_VERBS:
        return False
    hit = sanctioned_states(noun, res)
    return not any(a.code not in hit for a in res.named_doers(noun, places=False))


#: verbs of a rejection that keep its object from being adopted: "blocked new sanctions", "vetoed the resolution"
BLOCKING_VERBS = frozenset({"block", "veto", "scuttle", "torpedo"})


def _opposed(noun: "Token") -> bool:
    """Whether ``noun`` is the object of a verb that keeps it from being ("vetoed [a resolution]",
    "rejected [the plan]"): what it says is not its opponent's word."""
    return noun.dep_ == "dobj" and noun.head.lemma_.lower() in BLOCKING_VERBS | PREVENTING_VERBS | {"reject", "oppose"}


#: verbs by which a crowd demonstrates
PROTEST_VERBS = frozenset({"protest", "rally", "demonstrate", "march", "gather", "picket"})
CROWD_PROTEST = Trigger("PROTEST", "demo", None, 0.7, "rule", "a crowd demonstrating at a state's mission")
#: a protest a side makes, named by the noun with its maker: a complaint in words, as the verb's
#: ("Beijing protested"), not a demonstration ("despite protests from top U.S. officials")
PROTEST_IN_WORDS = Trigger("ACCUSE", "disapprove", None, 0.7, "rule", "a protest made by a side, not a crowd")


#: verbs of denial: a denial of an accusation is a rejection (CAMEO 016 "deny responsibility": REJECT)
DENIAL_VERBS = frozenset({"deny"})
#: what a denied clause says of the accused besides the accusation words: "was involved", "was behind"; its
#: adjectives also name a copula's subject the doer of the act their "for" phrase names ("[Iran] was
#: responsible for the attack", ``_answerable_doer``)
INVOLVEMENT = frozenset({"involve", "behind", "responsible", "complicit", "guilty"})
#: charges and the like, denied as objects: "denied the allegations against Tehran"
CHARGE_NOUNS = frozenset({"allegation", "accusation", "charge", "claim", "wrongdoing"})
DENIAL = Trigger("REJECT", None, "016", 0.7, "rule", "a denial of an accusation")
ULTIMATUM = Trigger("THREATEN", "relations", "139", 0.75, "rule", "a deadline set for another party's act (ultimatum)")


def _compound_prep(prep: "Token") -> "Token | None":
    """The inner preposition of "out of", "away from" ("pulled out of the deal"), which the parser
    hangs under the first word: the outer word is then the verb's particle."""
    if any(c.dep_ == "pobj" for c in prep.children) or prep.lower_ not in ("out", "away", "back"):
        return None
    return next((c for c in prep.children if c.dep_ == "prep" and any(o.dep_ == "pobj" for o in c.children)), None)


def _carried_targets(verb: "Token", type_: str) -> list["Token"]:
    """The objects of ``verb``'s target prepositions but those of a topic ("sanctions on X" aims at
    X): whom the act it carries is aimed at. A "with" object is an instrument or an ally unless it
    names people ("clashes with Kurdish fighters"): "carried out strikes with Iranian drones",
    "imposed with British support"."""
    preps = _target_preps(type_) - TOPIC_PREPS | {"on"}  # "announced aid for X" (``FOR_TARGET_TYPES``)
    rated = rated_goods(verb) if type_ == "SANCTION" else []  # "raised tariffs to 25% on $2 billion of X goods"
    return [o for o in prep_objects(verb, preps)
            if o.head.lower_ != "with" or type_ in SYMMETRIC_TYPES or names_people(o)] + rated


INTRUSION = Trigger("MOBILIZE", "show", None, 0.75, "rule", "armed craft entering another state's airspace or waters")


TIES_BROKEN = Trigger("SANCTION", "relations", "161", 0.8, "rule", "diplomatic relations broken off (a noun)")


def _text_calls(verb: "Token") -> bool:
    """Whether a text, not a side, calls for an act: "the agreement calls for Tehran to ...", "a
    resolution that calls for Israel to ...", "It also calls for ..." (a text's terms ask no one)."""
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return subj is not None and (subj.lower_ in ("it", "that", "which") or subj.lemma_.lower() in DOCUMENT_NOUNS)


def _aided_for(prep: "Token", trig: Trigger) -> bool:
    """A verb of aid's own "for" names whom the aid is for ("pledged $40 million [for] Yemen", "gave
    $20 million [for] Ukraine's army"), as the aid noun's does ("aid for Gaza": ``FOR_TARGET_TYPES``);
    not a fight it is for ("sent weapons for the war against the Houthis")."""
    return trig.type == "AID" and prep.lower_ == "for" and not any(
        _hostile_noun(o) for o in prep.children if o.dep_ == "pobj")


def _hostile_noun(noun: "Token") -> bool:
    """Whether ``noun`` names a hostile act or a fight ("the war against the Houthis", "a strike on
    Syria"), whose own target is not whom support for it is for (unlike "an alliance with X")."""
    lemma = noun.lemma_.lower()
    return lemma in EVENT_NOUN_TYPES or lemma in FIGHT_NOUNS or lemma in ("war", "conflict", "campaign")


def _target_preps(type_: str) -> frozenset[str]:
    """The prepositions whose object an act of ``type_`` is aimed at (``FOR_TARGET_TYPES``)."""
    return TARGET_PREPS | FOR if type_ in FOR_TARGET_TYPES else TARGET_PREPS


#: dependents by which a participle says something of its noun rather than carry it ("called illegal")
COMPLEMENTS = frozenset({"oprd", "acomp", "xcomp", "attr", "dobj", "ccomp"})


def _carrying_clause(noun: "Token", verbs: frozenset[str] = CARRIERS) -> "Token | None":
    """The relative clause or passive participle that carries event noun ``noun`` as its object, its
    verb one that only carries an event (``CARRIERS``, or the ``verbs`` given): "the strikes [that Israel
    carried out]", "the offensive [Turkey launched]", "sanctions [which the US imposed]", "sanctions
    [imposed by the US]"."""
    for c in noun.children:
        if doer_participle(c):
            return c  # "an assault [led] by the Taliban", "attacks [perpetrated] by ISIS"
        if c.lemma_.lower() not in verbs or c.pos_ != "VERB":
            continue
        if c.dep_ == "relcl" and (any(relative_object(o) for o in c.children) or _gap_object(c) == noun):
            return c
        if c.dep_ == "acl" and c.tag_ == "VBN" and not any(k.dep_ in COMPLEMENTS for k in c.children):
            return c  # "sanctions [imposed by the US on Russia]"; not "sanctions [called illegal by Russia]"
    return None


def _carrier_doer(verb: "Token") -> "Token | None":
    """Who does the act a ``_carrying_clause`` carries: the relative clause's subject ("the strikes
    [that Israel carried out]"), the participle's "by" agent ("sanctions [imposed by the US]")."""
    return nearest_subject(verb) if verb.dep_ == "relcl" else _cause(verb)


def _gap_object(tok: "Token") -> "Token | None":
    """The noun a verb's missing object refers to: the head of a relative clause with a subject
    of its own ("the deal [the two countries struck]", "the deal [that was struck]") or of a passive
    participle ("deals [struck by Clinton]"); not a subject gap ("the country [that struck]")."""
    head = tok.head
    if head == tok or head.pos_ not in ("NOUN", "PROPN") or any(
            c.dep_ in ("dobj", "attr", "oprd", "ccomp", "xcomp") for c in tok.children):
        return None
    if tok.dep_ == "acl" and tok.tag_ == "VBN":
        return head
    if tok.dep_ == "relcl":
        subj = next((c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is not None and (subj.dep_ == "nsubjpass" or subj.lower_ not in ("that", "which", "who", "whom")):
            return head
    return None


#: verbs by which a side makes, takes or adopts the thing a stance is on ("the steps Mexico has taken", "the
#: deal that Germany struck", "the law Russia passed", "the agreement signed by Iran"); not one it undergoes or
#: takes a stance on itself ("the attack Israel suffered", "the deal Iran rejected": no maker named)
MAKING_VERBS = CARRIERS | IMPOSING_VERBS


def _makers(noun: "Token", res: ArgumentResolver, ctx: Discourse) -> list[Actor]:
    """Who made, took or did the thing ``noun`` names, by the clause that carries it (``_carrying_clause``
    with ``MAKING_VERBS``): the subject of a relative clause whose missing object the noun is ("the
    decision [Britain] made", "the deal [that Germany] struck"), a participle's "by" agent ("the agreement
    signed [by Iran]"), whom a stance on the thing answers."""
    carrier = _carrying_clause(noun, MAKING_VERBS)
    doer = _carrier_doer(carrier) if carrier is not None else None
    return res.actors_of(doer, ctx) if doer is not None else []


def _by_agents(noun: "Token", res: ArgumentResolver, ctx: Discourse) -> list[Actor]:
    """Who did what an event noun names, by its "by" phrase ("the attack on X by Y": Y), which the
    parser may hang on the active verb instead ("condemned [the attack on X] [by Y]"), or by the
    clause that carries it (``_makers``: "condemned the strikes [that Y carried out]", "sanctions
    [imposed by Y]")."""
    verb = noun.head
    active = not is_passive(verb)
    heads = [noun, verb] if active and verb != noun else [noun]
    found = [a for h in heads for o in prep_objects(h, BY) for a in res.actors_of(o, ctx)]
    return found or _makers(noun, res, ctx)


def _relative_act_doers(obj: "Token", res: ArgumentResolver, ctx: Discourse) -> list[Actor]:
    """Who did the act a relative pronoun object stands for, when its noun names none: the subject
    of the clause that carries the act ("X and Y began joint drills, [which] Z denounced as a
    rehearsal for invasion": X and Y; "Y launched an offensive, which Z condemned": Y). Only an act
    noun (``EVENT_NOUN_TYPES``) carried by its clause's verb (``CARRIERS``): not a thing the clause
    did something to ("Y seized a tanker, which Z condemned" may condemn the tanker's owner)."""
    if not relative_object(obj):
        return []
    act = obj.head.head
    if act.lemma_.lower() not in EVENT_NOUN_TYPES or act.dep_ != "dobj" or act.head.lemma_.lower() not in CARRIERS:
        return []
    doer = nearest_subject(act.head)
    return res.actors_of(doer, ctx) if doer is not None else []


def _other_parties(cand: Candidate, accord: "Token") -> list[Actor]:
    """The parties of an accord named by its name other than the side acting on it ("Canada will withdraw
    from NAFTA": the United States and Mexico); none for another word (``measures.accord_parties``)."""
    own = cand.source_codes()
    return [a for a in accord_parties(accord) if a.code not in own]


#: the types of leaving an accord or threatening to, which act on its other parties ("withdrew from NAFTA",
#: "threatened to terminate NAFTA": Canada and Mexico), not of keeping or remaking it ("renegotiate NAFTA")
ACCORD_EXIT_TYPES = frozenset({"SANCTION", "THREATEN"})
#: verbs that end a party's part in the accord they take for object ("terminate NAFTA", "threatened to
#: scrap NAFTA", "rip up NAFTA", "dump NAFTA": as "tear up the agreement" reads), not those that only act on it
#: ("threatened to block the USMCA": a home vote)
ACCORD_ENDING_VERBS = frozenset({"terminate", "leave", "quit", "exit", "scrap", "abandon", "ditch", "end",
                                 "cancel", "withdraw", "tear", "rip", "dump"})


def _object_word(obj: "Token", res: ArgumentResolver, lex: Lexicon) -> str:
    """The word a verb's object is read by: ``person`` for a named person (the object class of
    the CAMEO patterns and of ``verbs.tsv``: "fired the director" is no gunfire), else the lemma
    of the thing it is about (or its word, where the parser's lemma is one the tables do not know:
    ``Lexicon.object_key``)."""
    if is_person(obj, res):
        return "person"  # a capital the tagger took for a person ("asked Berlin for") is its state
    thing = measure_in_law(obj) or _thing(obj)  # "approved sanctions legislation": the sanctions
    return lex.object_key(accord_word(thing), thing.text)


def _person_left_place(verb: "Token", res: ArgumentResolver) -> bool:
    """Whether a verb of leaving has a person for its doer and a place for its object ("Clinton has
    left Cambodia, where she was attending a summit", "Tillerson left Beijing without concrete
    steps"): a person's journey, no force withdrawn ("U.S. troops left Iraq", "the U.S. would leave
    Syria" stay; a person leaving an office is read by its own rows)."""
    if verb.lemma_.lower() not in DEPARTURE_VERBS:
        return False
    places = [o for o in verb.children if o.dep_ == "dobj" and o.ent_type_ in ("GPE", "LOC")]
    return bool(places) and any(is_person(s, res) for s in verb.children if s.dep_ == "nsubj")


#: nouns of a stretch of time: what a light verb with one for its object tells is how long, no act
#: ("it would take years", "has had months to prepare")
TIME_SPANS = TIME_NOUNS | frozenset({"second", "minute", "while"})


def _spans_time(verb: "Token", obj: "Token | None") -> bool:
    """Whether a light verb's object is a stretch of time ("would take [years] for the Saudi military
    to re-equip", "it took [months]"): the light verb is no act and none of the model's. Not time given
    to a party ("gave Moscow 60 days to come back into compliance", "the envoy was given 48 hours to leave"):
    that is an ultimatum."""
    return obj is not None and (obj.lemma_.lower() in TIME_SPANS or obj.ent_type_ in ("DATE", "TIME")) \
        and not any(c.dep_ in ("dative", "iobj", "nsubjpass") for c in verb.children)


def _thing_held(verb: "Token", obj: "Token | None", lex: Lexicon) -> bool:
    """Whether "hold" in the passive has for its subject a thing that names no act, no people ("a
    separate ceremony will be [held] Saturday"): it is resolved through that thing, as through an
    object, and a thing held is no detention ("ten sailors were held" stays the reader's; "talks were
    held" is the talks' own reading)."""
    subj = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    return verb.lemma_.lower() == "hold" and obj is None and subj is not None and subj.pos_ == "NOUN" \
        and not subj.ent_type_ and not names_people(subj) and not lex.noun(subj.lemma_.lower())


def _container_blocked(verb: "Token", obj: "Token", lex: Lexicon) -> bool:
    """Whether the object is an amount word that a curated row says is no event with the verb
    ("release a list"): the list itself is what is released, not the people or goods it names ("did
    release a list of 200 Russians", "released a list of tariffs on $200 billion of goods"), which
    ``_thing`` would otherwise read the verb by."""
    return obj.lemma_.lower() in QUANTITY_WORDS and _thing(obj) is not obj \
        and lex.blocks_object(verb.lemma_.lower(), obj.lemma_.lower())


def _thing(obj: "Token") -> "Token":
    """The noun an object is about: itself, or for an amount ("$16 billion in goods") the goods."""
    node = obj
    for _ in range(3):
        if node.lemma_.lower() not in QUANTITY_WORDS and node.ent_type_ != "MONEY":
            return node
        nxt = next(prep_objects(node, AMOUNT_PREPS), None)
        if nxt is None:
            return node
        node = nxt
    return node


def _small_clause(tok: "Token") -> "Token | None":
    """The predicate adjective of "hold [Russia accountable]", "hold X responsible" (the parser may
    attach it as a clause of the verb's own: "held Iran [accountable] for the strikes")."""
    return next((c for c in tok.children if c.dep_ in ("ccomp", "oprd", "acomp", "xcomp", "advcl") and c.pos_ == "ADJ"
                 and c.i > tok.i), None)


#: verbs whose small clause says what state they put their object in ("left thousands homeless"):
#: with one, the verb is that result, no departure
RESULTATIVE_VERBS = frozenset({"leave"})
#: the words of such a result that the parser hangs on the verb as other than an adjective
#: ("left [open] the possibility", "leave al Qaeda [alone]")
RESULT_WORDS = frozenset({"open", "alone"})


def _leaves_in_state(tok: "Token") -> bool:
    """Whether a resultative verb has its object's resulting state after it: "the blast left dozens
    [dead]", "left open the possibility of strikes", "left officials [scrambling]", "left them
    [stranded]": what it leaves is a state, no force withdrawn ("troops left Iraq": none)."""
    if tok.lemma_.lower() not in RESULTATIVE_VERBS:
        return False
    if _small_clause(tok) is not None:
        return True
    return any(c.i > tok.i and (c.lower_ in RESULT_WORDS and c.dep_ in ("xcomp", "ccomp", "oprd", "acomp", "advmod", "prt")
                                or c.dep_ in ("oprd", "acomp") and c.tag_ in ("VBG", "VBN"))
               for c in tok.children)


#: verbs that give their object a thing named by "with" ("provided Ukraine with weapons")
SUPPLY_VERBS = frozenset({"provide", "supply", "equip", "arm", "furnish"})


def _supplied_thing(tok: "Token", obj: "Token", res: ArgumentResolver) -> "Token | None":
    """What a verb of supplying gives the party its object names: "provided Ukraine [with] air
    defence systems", "supplies the Houthis with drones" (the party is the target, not the thing)."""
    if tok.lemma_.lower() not in SUPPLY_VERBS or res.mention_of(obj) is None:
        return None
    return _instrument(tok)


def _instrument(tok: "Token") -> "Token | None":
    """The "with" object of a verb: "hit Turkey [with sanctions]", "slapped China with tariffs", "targeting
    North Korea with what he called the heaviest [sanctions]"."""
    named = [o for p in tok.children if p.dep_ == "prep" and p.lower_ == "with" for c in p.children
             if c.dep_ == "pcomp" and c.lemma_.lower() == "call" for o in c.children if o.dep_ == "oprd"]
    return next(prep_objects(tok, WITH), None) or next(iter(named), None)


def _cause(tok: "Token") -> "Token | None":
    """What does a verb's act: its passive agent ("targeted [by sanctions]") or active subject."""
    for c in tok.children:
        if c.dep_ == "agent":
            return next((o for o in c.children if o.dep_ == "pobj"), None)
    return next((c for c in tok.children if c.dep_ == "nsubj"), None)


def _document_permits(tok: "Token") -> bool:
    """ "a resolution authorizing military action against Syria", "a deal authorizing U.S. raids on
    Afghan homes", "a resolution to authorize a strike": what a text would permit is its content, no
    act of anyone's (the act, if it comes, is reported as such)."""
    head = tok.head
    return (tok.lemma_.lower() in PERMITTING_VERBS and tok.dep_ in ("acl", "relcl") and head.i != tok.i
            and head.lemma_.lower() in DOCUMENT_NOUNS)


def _talk_read_as_deed(lemma: str, trig: Trigger) -> bool:
    """A verb of talking (``TALK_VERBS``) typed as a material act: the learned reader took the deed
    its object names ("mentioned the attacks" ASSAULT) for what the speaker did."""
    return lemma in TALK_VERBS and quad_class(trig.type).startswith("material")


#: verbs by which a side looks on at an act ("had seen attacks on U.S. embassies", "witnessed the
#: shelling") or lets another's act be done ("approved U.S. drone strikes"); with a particle, the phrasal
#: verbs of approving ("signs off on all U.S. drone strikes")
OBSERVING_VERBS = frozenset({"see", "witness", "watch", "observe"})
ONLOOKER_VERBS = OBSERVING_VERBS | {"approve", "authorize", "authorise", "endorse", "bless", "okay"}
ONLOOKER_PHRASALS = frozenset({("sign", "off")})


def _onlooker_verb(lemma: str, particle: str | None) -> bool:
    """Whether a verb the learned reader typed as an attack is one of looking on at or approving the
    attack its object names (``ONLOOKER_VERBS``): the attack, if its own phrase tells it, is read from
    the noun, whose doer the verb's subject is not by this verb alone."""
    return lemma in ONLOOKER_VERBS or (lemma, particle) in ONLOOKER_PHRASALS


def _talked_about(noun: "Token") -> bool:
    """ "discussed sanctions with Kislyak", "would not comment on the strikes", "the indictment cited
    talks": the noun is what a verb of talking (``TALK_VERBS``) is about: its object, or the object
    of its about/on/over/regarding."""
    head = noun.head
    if noun.dep_ == "dobj":
        return head.lemma_.lower() in TALK_VERBS
    if noun.dep_ == "pobj" and head.dep_ == "prep" and head.lower_ in TOPIC_PREPS | {"of"}:
        return head.head.lemma_.lower() in TALK_VERBS and head.head.pos_ in ("VERB", "AUX")
    return False


def _talk_partners_only(cand: Candidate, res: ArgumentResolver, ctx: Discourse) -> bool:
    """ "had not spoken about [sanctions] with Kislyak": the noun's only sides are its "with" phrase, which
    the parser hangs on the matter talked about but which names whom the talkers talked with."""
    partners = {a.code for o in prep_objects(cand.trigger, WITH) for a in res.actors_of(o, ctx)}
    return bool(partners) and all(a.code in partners for a in (*cand.source, *cand.target, *cand.others))


#: verbs by which a side owns an act as its doer: "claimed responsibility for the attack"
OWNING_VERBS = frozenset({"claim", "take", "accept", "assume", "admit", "acknowledge"})
#: what such a verb owns an act through: "claimed responsibility / credit for the attack"
OWNED_NOUNS = frozenset({"responsibility", "credit"})


#: verbs by which a side lays an act on another as its doer, most often the side that suffered it
BLAMING_VERBS = frozenset({"blame"})
#: verbs by which a side lays a deed at another's door through "to": "traced the hack to North Korea",
#: "attributed the poisoning to Russia", "linked the bombing to Hezbollah" (an accusation, as blaming is):
#: the "to" rows of ``ASCRIBING_VERBS``, loose ones included, as the reader asks for a hostile deed
ATTRIBUTING_VERBS = frozenset(verb for verb, prep in ASCRIBING_VERBS.items() if prep == "to")
ATTRIBUTION = Trigger("ACCUSE", "allege", None, 0.8, "rule", "a deed attributed to another side")
#: nouns of an act that the lexicon gives no event of its own: "Assad's [use] of chemical weapons", "Iran's
#: [backing] of the rebels"
UNLISTED_ACT_NOUNS = frozenset({"use", "backing", "sponsorship", "funding"})


def _owned_act(noun: "Token", lex: "Lexicon") -> bool:
    """Whether ``noun`` names an act its possessor does: "[Qatar's support] for terrorism", "[Assad's use]
    of chemical weapons" (an event noun of the lexicon or one of ``UNLISTED_ACT_NOUNS``): tied by "to" to
    another deed it is that deed's reason, not its doer ("linked the airstrikes to Assad's use of
    chemical weapons"), as a side or its agents are ("traced the attack to Russia's intelligence agency")."""
    lemma = noun.lemma_.lower()
    return any(c.dep_ == "poss" for c in noun.children) and (lemma in UNLISTED_ACT_NOUNS or bool(lex.noun(lemma)))


def _blamed_on(tok: "Token", gov: "Token | None") -> bool:
    """Whether ``tok`` is the act of "[Turkey] blamed [the Islamic State] for [the bombing]": a
    verb of blame names the act's doer as its object (``judged_doer``); not "did not blame"."""
    return gov is not None and gov.lemma_.lower() in BLAMING_VERBS and judged_doer(tok, gov) is not None \
        and not any(c.dep_ == "neg" for c in gov.children)


def _owned_up(tok: "Token", gov: "Token") -> bool:
    """Whether ``tok`` is the act of "[Iran] claimed responsibility for [the launch]", "took
    responsibility for the strike", "claimed credit for the bombing": the verb's subject did it (it is
    no report of another's act)."""
    if tok.dep_ != "pobj" or tok.head.lower_ != "for" or gov.lemma_.lower() not in OWNING_VERBS \
            or claim_in_doubt(gov):
        return False  # (not "did not claim responsibility for the attack", "might claim ...")
    host = tok.head.head  # "for" hangs on the noun or on the verb
    return (host == gov or host.head == gov) and any(
        c.dep_ == "dobj" and c.lemma_.lower() in OWNED_NOUNS for c in gov.children)


def _claimed_act(tok: "Token") -> bool:
    """Whether ``tok`` is an attack its doer owns up to ("[al-Shabaab] claimed responsibility for [the
    attack]", "[the Taliban] claimed the bombing"): an event with its doer alone, whose target the
    article's report of the attack gives (``join_claims``) or no sentence does."""
    gov = governing_verb(tok)
    return gov is not None and (_owned_up(tok, gov) or claimant(tok, gov) is not None)


def _answerable_doer(tok: "Token", res: ArgumentResolver) -> "Token | None":
    """The subject of "[North Korea] was responsible for [the artillery attack]", "officials said [the
    regime] is responsible for [the strikes]": the side named as the act's doer, as "blamed X for the
    attack" names it, where the act's own phrase names whom or where it struck ("for rocket attacks
    [against the US embassy]", "for an attack [on a hotel in central Mali]"): a bare "was responsible for
    the attack" or "for Saturday's attack" leaves the target to a guess from the article, wrong more
    often than not. None where the copula is denied ("was not responsible", "denied it was
    responsible"), hedged ("groups that might be responsible": a guess among several) or asks who."""
    if not any(p.dep_ == "prep" and _names_a_party(p, res) for p in tok.children):
        return None
    adj = tok.head.head if tok.dep_ == "pobj" and tok.head.lower_ == "for" else None
    if adj is None or adj.lemma_.lower() not in INVOLVEMENT or adj.dep_ != "acomp":  # "responsible for"
        return None
    cop = adj.head
    if cop.lemma_.lower() != "be" or any(c.dep_ == "neg" or c.lower_ in POSSIBILITY_AUX for c in (
            *cop.children, *adj.children)) or (cop.dep_ == "ccomp" and cop.head.lemma_.lower() in DISOWNING_VERBS):
        return None
    return next((c for c in cop.children if c.dep_ == "nsubj" and c.lower_ not in ("who", "whoever")), None)


#: verbs by which a side disowns a part in an act: "denied responsibility for the attack"; the verbs of
#: denial (``DENIAL_VERBS``, whose denied clause may be an accusation) and others that disown a part
DISOWNING_VERBS = DENIAL_VERBS | {"reject", "disclaim", "dismiss", "refute", "disavow"}
#: nouns of a tie kept with a partner, whose "with"/"to" phrase names that partner ("collusion with Russia",
#: "contacts with Russian officials", "ties to militant groups")
TIE_NOUNS = CONTACT_NOUNS | {"collusion", "involvement", "tie", "link", "connection", "coordination", "dealing"}
#: the prepositions that name a tie's partner
PARTNER_PREPS = frozenset({"with", "to", "between"})


def _partner_disowned(trigger: "Token", obj: "Token", prep: "Token") -> bool:
    """Whether ``prep`` names the partner of a tie its verb disowns: "Trump denied any collusion [with]
    Russia", "Manafort denied any contacts [with] Russian officials". The partner is who the denier is
    said to have dealt with, not whom the denial answers: that is the accuser (``_answer_previous``),
    often critics or investigators at home."""
    return (trigger.lemma_.lower() in DISOWNING_VERBS and noun_lemma(obj) in TIE_NOUNS
            and prep.lower_ in PARTNER_PREPS)


def _disowned(tok: "Token", gov: "Token") -> bool:
    """Whether ``tok`` is the act of "[the Taliban] denied responsibility for [the attack]", "Iran
    denied any involvement in [the strikes]": the verb's subject says it did not do it, so it is no
    doer (whoever did is told elsewhere, if at all)."""
    if tok.dep_ != "pobj" or gov.lemma_.lower() not in DISOWNING_VERBS:
        return False
    part = tok.head.head
    return part_in_act(part, tok.head) and part.dep_ == "dobj" and part.head.i == gov.i


def _names_a_party(phrase: "Token", res: ArgumentResolver) -> bool:
    """Whether a party is named anywhere in ``phrase`` ("bases in Iraq housing U.S. troops")."""
    return any(res.mention_of(t) for t in phrase.subtree)


def _aim_launch(cand: Candidate, hosts: Iterable["Token"], res: ArgumentResolver, ctx: Discourse) -> None:
    """A weapons launch aimed at a party is an attack on it: "the launch of missiles [at] U.S. bases",
    "launched missiles [against] U.S. forces", "claimed responsibility for the launch of missiles [at]
    bases housing U.S. troops" (the parser hangs the preposition on the missiles, or on the verb);
    ``hosts`` are the words it may hang on. Not "into the sea"."""
    if cand.trig.type != "MOBILIZE" or cand.trig.mode != "weapons":
        return
    for aimed in (o for h in hosts for o in prep_objects(h, AIM_PREPS)):
        if aimed.lemma_.lower() in OPEN_AREAS or not _names_a_party(aimed, res):
            continue
        cand.trig = Trigger("ASSAULT", None, cand.trig.cameo, cand.trig.weight, "rule", "a launch aimed at a party")
        if not cand.target:
            cand.target.extend(res.actors_of(aimed, ctx) or [a for t in aimed.subtree for a in res.actors_in(t)][:1])
        return


def _cause_of(noun: "Token", gov: "Token") -> bool:
    """Whether event noun ``noun`` is what its governing verb's act is "over": another's act that
    it answers ("sanctioned Lockheed Martin over [arms sales] to Taiwan", "protested over the
    [incursion]"), not one its subject does."""
    return noun.dep_ == "pobj" and noun.head.lower_ == "over" and noun.head.head == gov \
        and gov.lemma_.lower() not in OVER_OBJECT_VERBS


#: verbs whose "over" phrase is what they act on, not a cause: "Kim presided over a drill"
OVER_OBJECT_VERBS = frozenset({"preside", "watch", "take", "hand", "rule", "look", "win", "oversee", "cross"})


def _stance_over_object(own: list[Trigger], noun: Trigger, lemma: str) -> Trigger:
    """ "rejected calls for talks", "opposed sanctions": a verb of rejection or criticism is that
    act whatever its object names, and so is a verb of appeal ("urged talks"); so is a verb of praise whose object is a hostile act ("applauded
    the attack"); other weak verbs take the object's reading ("ordered the expulsion")."""
    stance = next((t for t in own if t.source == "curated" and t.type in ("REJECT", "ACCUSE")), None) \
        or appeal_over_object(own, lemma)  # "urged talks": the appeal, its content claimed
    if stance is None and lemma in PRAISE_VERBS and quad_class(noun.type) == "material_conflict":
        stance = next((t for t in own if t.type == "SUPPORT"), None)
    return stance if stance is not None and stance.type != noun.type else noun


#: adjectives of declared readiness: "is ready to target $200 billion in imports" threatens
READINESS = frozenset({"ready", "prepared", "willing"})


def _declared_ready(tok: "Token") -> bool:
    """ "the U.S. is ready to target ...", "stands prepared to strike", "reserves the right to
    respond": a declared readiness."""
    head = tok.head
    if _reserved_right(tok):
        return not any(c.dep_ == "neg" for c in head.head.children)
    return tok.dep_ == "xcomp" and head.lemma_.lower() in READINESS and not any(
        c.dep_ == "neg" for c in head.children)


def _reserved_right(tok: "Token") -> bool:
    """ "reserves the right [to respond]": the act of a right its doer says it keeps."""
    head = tok.head
    return tok.dep_ == "acl" and head.lemma_.lower() == "right" and head.dep_ == "dobj" \
        and head.head.lemma_.lower() == "reserve"


#: what a declared readiness is as it is said: a threat ("ready to target $200 billion in imports") or an
#: offer ("stands ready to engage with Russia")
READINESS_READINGS = frozenset({"THREATEN", "AGREE"})


def _readiness_status(c: Candidate, status: Status) -> Status:
    """ "I'm willing to obliterate their missile program", "the extent to which China is willing to pressure
    North Korea", "is prepared to intercept [any launch]": an act its doer, or the party it is aimed at, is
    ready, prepared or willing to take or meet has not been taken; it is possible.
    Read as the threat or the offer the readiness makes (``READINESS_READINGS``), it is made as it is said."""
    if status == "occurred" and c.trig.type not in READINESS_READINGS and any(
            _declared_ready(t) for t in governing(c.trigger)):
        return "hypothetical"
    if status == "hypothetical" and c.trig.type in READINESS_READINGS and _reserved_right(c.trigger):
        return "occurred"  # "reserves the right to respond": the right is claimed as it is said
    return status


def _eased(tok: "Token") -> bool:
    """A measure named as what is eased: "the lifting [of sanctions]", "an easing of [the embargo]
    and [tariffs]", "[sanctions] relief", "an end [to] U.S. sanctions", "relief [from] tariffs"."""
    while tok.dep_ == "conj" and tok.head != tok:
        tok = tok.head
    if tok.dep_ == "compound":
        return tok.head.lemma_.lower() in EASING_NOUNS
    return tok.dep_ == "pobj" and tok.head.lower_ in EASED_PREPS and tok.head.head.pos_ == "NOUN" \
        and tok.head.head.lemma_.lower() in EASING_NOUNS


def _aggregate(tok: "Token") -> bool:
    """ "have met four times": a count of events, not one."""
    for c in tok.children:
        if c.dep_ in ("npadvmod", "advmod") and c.lemma_.lower() == "time":
            if any(n.dep_ == "nummod" and n.lower_ not in ("one", "1") for n in c.children):
                return True
    return False


def _causative(tok: "Token") -> bool:
    """ "making consultations all the more critical", "made talks impossible": "make" with an
    adjective for its complement renders a state of affairs; it holds no event."""
    return tok.lemma_.lower() == "make" and any(
        c.dep_ in ("ccomp", "xcomp", "oprd", "acomp") and c.pos_ == "ADJ" for c in tok.children)


def _activity_gerund(tok: "Token") -> bool:
    """ "include strengthening defense cooperation": an activity named, not an event reported."""
    node = tok
    while node.dep_ == "conj" and node.head != node:
        node = node.head
    return (node.tag_ == "VBG" and node.dep_ in ("dobj", "pobj", "pcomp", "xcomp")
            and not any(c.dep_ in ("nsubj", "nsubjpass") for c in node.children)
            and node.head.lemma_.lower() not in ("when", "while", "after", "before")
            and not _fronted_means(node))


def _fronted_means(gerund: "Token") -> bool:
    """ "In launching airstrikes on Syria, Trump relied on ...", "By expelling the diplomats, Moscow
    ...": a gerund in a fronted in/by/upon phrase of the main verb reports the act it names; not
    "succeeded in launching", "interested in buying" (the phrase follows its head), nor a condition
    ("only by breaking their power will we ...")."""
    prep = gerund.head
    return (gerund.dep_ == "pcomp" and prep.lower_ in ("in", "by", "upon") and prep.dep_ == "prep"
            and prep.i < prep.head.i and prep.head.pos_ in ("VERB", "AUX")
            and not any(c.dep_ == "advmod" for c in prep.children))


__all__ = ["EventExtractor"]
