"""Event status from the clause around a trigger: occurred, planned, expected,
hypothetical or negated.

Cues are read off the dependency path from the trigger up to its clause root
(and, for a nominal trigger, its governing verbs). Negation and conditionals
outrank expectation, expectation outranks plans, and plans come from the
clause's tense (``communique.dates.tense_of``: will, be set/slated/due to,
plan to, arrangements for, upcoming ...). What a trigger names can hold its own status against the
clause over it: an act under way ("the ongoing incursion"), a stand already stated ("his demand that
..."), an act set about ("the White House's decision to pursue talks"); and some words leave the act
open whatever the tense: "the prospect of", "the capacity to", "whether", "wanted X to".
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..dates import PAST_MODS, PLAN_CUES, tense_of

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Token
    from ..types import Status

NEG_VERBS = frozenset({"deny", "refuse", "fail", "decline", "rule", "cancel", "scrap", "scuttle", "shelve", "call",
                       "abort"})
NEG_PARTICLES = {"rule": "out", "call": "off"}
HYPO_MODALS = frozenset({"could", "might", "may", "would", "can", "should"})
#: auxiliaries of an act still to come, "would" among them as the backshifted "will" of reported
#: speech: "will impose", "would strike", "won't hesitate"
FUTURE_AUX = frozenset({"will", "would", "'ll", "’ll", "shall", "wo"})
#: adverbs that make an act announced a forecast ("the U.S. will likely strike if ...")
FORECAST_ADVERBS = frozenset({"likely", "probably", "possibly", "perhaps", "maybe", "presumably", "unlikely"})
#: what opens a condition ("if Iran retaliates", "unless Russia complies")
CONDITION_MARKS = frozenset({"if", "unless"})
#: ... with "should" opening one by inversion ("should Iran attack, ...")
CONDITION_OPENERS = CONDITION_MARKS | {"should"}
HYPO_MARKS = CONDITION_MARKS | {"whether"}
#: adjectives of necessity: "it is imperative that ...", "it is vital for X to ..." (``_required``)
NECESSITY_ADJ = frozenset({"imperative", "essential", "important", "necessary", "vital", "crucial", "critical",
                           "urgent"})
HYPO_ADJ = frozenset({"possible", "potential", "hypothetical", "prospective", "proposed", "conditional"})
EXPECT_LEMMAS = frozenset({"expect", "likely", "poise", "anticipate", "predict", "unlikely", "probable",
                           "forecast", "believe"})
#: prepositions of time and occasion: an event named under one keeps its own modality
#: ("expected to invite him [during the summit slated for April 10]")
ADVERBIAL_PREPS = frozenset({"during", "at", "before", "after", "ahead", "since", "until", "following", "amid",
                             "despite", "throughout"})
#: verbs that report an intention or a decision: "would" in their complement clause is the future
#: seen from the past ("confirmed it would seek extradition": planned), not a condition
ANNOUNCING_VERBS = frozenset({"say", "announce", "confirm", "signal", "indicate", "state", "tell", "declare",
                              "vow", "pledge", "promise", "insist", "add", "reiterate", "decide", "agree",
                              "warn", "write", "tweet", "report", "explain", "note", "disclose", "reveal"})
#: words that caution against an act: "warned against a military strike", "advised against
#: travelling": the act their "against" names is one that may come, not one that has happened
CAUTION_LEMMAS = frozenset({"warn", "caution", "advise", "counsel", "warning", "advice"})
#: nouns of evidence: an act that "no sign of", "no evidence that" names is not reported as done
EVIDENCE_NOUNS = frozenset({"sign", "indication", "evidence", "proof", "trace", "hint"})
#: verbs that set an event for later: their object event is planned
SCHEDULE_LEMMAS = frozenset({"schedule", "arrange", "slate", "plan", "organize", "organise", "prepare"})
#: phrasal verbs that schedule an event, with their particle ("has set up meetings with", "lined up talks")
SCHEDULE_PHRASALS = {"set": "up", "line": "up"}
#: words whose "for" names what is wished or prepared, not a cause ("called for talks")
WISH_FOR = frozenset({"call", "push", "press", "appeal", "ask", "lobby", "argue", "campaign", "vote", "plea",
                      "hope", "wait", "plan", "prepare", "arrange", "ready", "set", "slate", "schedule", "gear",
                      "pave", "demand", "request", "need", "search", "look", "advocate", "bid", "pressure",
                      "opportunity", "chance", "way", "support", "date", "eye", "head", "bound", "room",
                      "readiness", "preparation", "brace", "gird", "proposal", "offer", "invitation",
                      # travel is for what it goes to ("will fly to Geneva for talks")
                      "go", "travel", "fly", "come", "arrive", "depart", "leave", "return", "visit", "trip",
                      "journey", "gather", "convene", "assemble",
                      # and so is being somewhere ("Xi will be in Hamburg for the G-20 meeting")
                      "be", "stay", "remain"})
#: nouns of intention: the act their infinitive names is still to come ("plans to meet", "an offer to
#: mediate"); not "decision" or "effort", whose act has usually been done ("Iran's decision to enrich more")
#: (two of them, "readiness" and "willingness", are also nouns of disposition, ``DISPOSITION_NOUNS``: the
#: two sets read different constructions, an infinitive under the noun here, an act it is toward there)
INTENT_NOUNS = frozenset({"plan", "offer", "proposal", "intention", "intent", "promise", "pledge", "commitment",
                          "threat", "call", "invitation", "request", "demand", "readiness", "willingness",
                          "agreement", "deal", "ultimatum", "preparation", "idea", "option", "initiative", "vow"})
#: nouns of a side's disposition toward an act, which leave the act open ("his openness to talks with
#: Kim", "signalled readiness for a meeting"): a mood, not yet a plan
DISPOSITION_NOUNS = frozenset({"openness", "willingness", "readiness", "eagerness", "desire"})
#: the prepositions that tie a disposition to the act it is toward
DISPOSED_PREPS = frozenset({"to", "for"})
#: modifiers of an event noun that place it ahead: it is no cause that has come first
FORWARD_MODS = frozenset({"expected", "upcoming", "planned", "proposed", "possible", "potential", "future",
                          "coming", "next", "forthcoming", "impending", "looming", "anticipated"})
#: nouns of what may come: the act their "of" names is possible, not done ("the prospect of U.S.
#: airstrikes", "the possibility of deploying forces", "the risk of war", "the threat of a nuclear attack")
PROSPECT_NOUNS = frozenset({"prospect", "possibility", "likelihood", "risk", "danger", "spectre", "specter",
                            "chance", "scenario", "option", "fear", "threat"})
#: nouns of what is needed: the act their "for" or infinitive names is wanted, not done ("agreed on the need
#: for new sanctions", "stressed the necessity to resume talks")
NEED_NOUNS = frozenset({"need", "necessity"})
#: words of conjecture: the act their that-clause names is guessed at, not known to have happened ("speculation
#: that a cyberattack disrupted the flight", "rumors that Kim met Trump", "officials speculated that Iran
#: seized the tanker")
CONJECTURE_WORDS = frozenset({"speculation", "speculate", "rumor", "rumour", "conjecture", "guesswork"})
#: nouns of ability: the act their infinitive names is possible ("the capacity to carry out an attack")
ABILITY_NOUNS = frozenset({"capacity", "ability", "capability", "means", "power", "right", "authority",
                           "authorization", "authorisation", "permission", "leeway", "licence", "license"})
#: verbs of enabling: in the present tense their infinitive names what can be done, not what is done
#: ("the trails allow fighters [to reach] Arsal"); a past "allowed" may report what then happened
ENABLING_VERBS = frozenset({"allow", "enable", "permit"})
#: verbs whose "not" says a named act did not take place ("the meeting did not happen", "talks did not go
#: ahead"); under any other verb the "not" denies what the act did, not the act (``_predicate_denied``)
OCCURRENCE_VERBS = frozenset({"happen", "occur", "take", "go", "come", "materialize", "materialise", "begin",
                              "start", "proceed", "resume", "exist", "get"})
#: the words by which "take", "get" and "go" tell of an act taking place ("did not take place", "talks never
#: took off", "did not get underway", "did not go ahead"); with others they tell what the act did ("the strike
#: did not take out the radar", "the raid did not get them", "the talks did not go well")
OCCURRING_WITH = {"take": frozenset({"place", "off"}),
                  "get": frozenset({"underway", "started", "going", "off", "under"}),
                  "go": frozenset({"ahead", "forward", "through", "on"})}
#: complements that weigh whether an act will come ("a strike does not appear [imminent]", "talks do not
#: look [likely]"): under them the "not" is on the act (``_predicate_denied``)
ODDS_WORDS = EXPECT_LEMMAS | HYPO_ADJ | {"imminent", "certain", "sure", "near", "close", "forthcoming"}
#: verbs of an outcome: a general act said to "work", "not going to work", "won't solve" is weighed, not done
OUTCOME_VERBS = frozenset({"work", "succeed", "solve", "help", "backfire", "fail"})
#: words of judgement: "sending troops would be [a mistake]", "a war with Iran is not [the answer]"
JUDGEMENT_WORDS = frozenset({"mistake", "error", "blunder", "folly", "answer", "solution", "idea", "option",
                             "disaster", "catastrophe", "recipe", "wise", "unwise", "foolish", "counterproductive",
                             "futile", "pointless", "useless", "ineffective", "effective"})
#: what a judged outcome's subject may be when it is a pronoun standing for a fronted act
#: ("Moving warships in, I don't think [that]'s going to work")
RESUMING_PRONOUNS = frozenset({"that", "this", "it"})
#: nouns whose "no" affirms: "made no secret of its objections", "left no doubt about its support"
AFFIRMING_NOUNS = frozenset({"secret", "doubt"})
#: verbs of casualties: who was killed or wounded, not the attack ("no Americans were [killed] in the barrage")
CASUALTY_VERBS = frozenset({"kill", "wound", "injure", "die"})
#: verbs that take a stance on an act, or stop one or stay away from it, that is there whether or not they
#: are denied: "did not oppose the incursion", "refused to condemn the attack", "did not cease airstrikes",
#: "Putin will not skip the G20 summit" (a skipping denied: the summit goes ahead with him; a skipping said
#: is ``meetings.skipped_by_side``)
STANCE_OVER_ACT = frozenset({"oppose", "condemn", "criticize", "criticise", "denounce", "protest", "support",
                             "back", "endorse", "welcome", "praise", "applaud", "cease", "stop", "halt", "tolerate",
                             "condone", "skip", "boycott"})
#: nouns of not doing: the act their infinitive names is not done ("Tehran's refusal to release them")
REFUSAL_NOUNS = frozenset({"refusal", "failure", "reluctance", "unwillingness", "inability"})
#: adjectives of not doing, as those nouns: "has been reluctant [to send] weapons to Ukraine"
REFUSAL_ADJ = frozenset({"reluctant", "unwilling", "loath", "hesitant", "disinclined", "averse"})
#: modifiers of an event noun that say it is under way or has been: "the ongoing Russian incursion"
#: has occurred whatever the verb over it says of the future
UNDER_WAY_MODS = frozenset({"ongoing", "continuing", "continued", "current", "recent", "latest", "previous",
                            "earlier", "past"})
#: nouns of a stand taken in words: with a possessor and a content clause ("its assertion that the
#: regime was responsible", "his demand that Assad step down") they name what was said, whatever the
#: verb over them says ("is expected to declassify ...", "is not backing down from ...")
STATED_NOUNS = frozenset({"assertion", "claim", "demand", "accusation", "allegation", "charge", "insistence",
                          "warning", "call", "request", "statement", "denial", "contention", "argument",
                          "position", "stance", "view", "belief", "conclusion", "finding", "assessment",
                          "threat", "ultimatum", "pledge", "promise", "vow", "offer", "proposal", "condemnation",
                          "criticism", "complaint", "announcement", "declaration", "decision"})
#: verbs of wishing and demanding: the act of another that their clause names is asked for, not done
#: ("wanted the United States to veto", "demanded that the envoy leave")
WISH_VERBS = frozenset({"want", "wish", "hope", "demand", "insist", "urge", "ask", "request", "require",
                        "prefer", "press", "encourage", "implore", "beg", "propose", "recommend", "suggest"})
#: verbs of directing: the act a party is told to do is set for later, planned ("directed Mnuchin to increase
#: sanctions", "instructed officials to impose sanctions"). Not "order": news tells an armed act as "ordered
#: its jets to carry out a bombardment Sunday night" when it has been carried out
DIRECTING_VERBS = frozenset({"direct", "instruct", "task"})
#: verbs whose object is what is lacked or wished for: "needed assistance", "wants a deal"
NEED_VERBS = frozenset({"need", "want"})
#: verbs of announcing by which an act such as a sanction is enacted ("announced it will sanction"), and whose
#: object is the announcer's own act ("the U.S. announced sanctions on X")
ENACTING_VERBS = frozenset({"announce", "declare", "unveil", "proclaim"})
#: verbs whose that-clause states a fact that they take as given: "we must remember [that Russia invaded
#: Ukraine]", "we should not forget [that ...]": their modal or "not" governs the remembering, not the act
FACTIVE_VERBS = frozenset({"remember", "forget", "recall", "recognize", "recognise", "acknowledge", "realize",
                           "realise", "regret", "appreciate"})
#: verbs of lasting: an act said to stay or remain is there already ("it is crucial that [the sanctions] stay
#: in place", "the sanctions will remain until ..."); what is asked or foreseen is its lasting. Not "continue":
#: talks or strikes that "will continue on Friday" are another round, still to come
PERSIST_VERBS = frozenset({"stay", "remain", "persist", "last"})
#: verbs of stopping or lifting: the act they stop is there already ("Russia must end [its invasion]", "will
#: terminate the nuclear war [threats]", "could lift [sanctions]"); the modal or future is the stopping's
STOPPING_VERBS = frozenset({"stop", "end", "halt", "cease", "terminate", "suspend", "lift", "ease"})
#: verbs of a rule's reach: "the standard does not govern [U.S. strikes] underway", "the law would not cover
#: [the attacks]": their "not" or modal says what the rule reaches, not whether the act took place ("involve"
#: is not one: what a plan or a response would involve is as open as it, "a response could involve sanctions")
REACH_VERBS = frozenset({"govern", "cover"})
#: verbs of bearing on a matter: a definite act they have for object is there ("will not affect [the
#: negotiations]", "the ruling concerns [the strikes of March]"); one named in general may be to come ("the new
#: measures will affect [talks]")
BEARING_VERBS = frozenset({"affect", "concern"})
#: verbs whose object is a matter taken up: a definite act there ("the council is expected to take up [the
#: missile launch]", "will investigate [the attack]") is there already; one named in general ("will discuss
#: sanctions") is as open as the talk of it
MATTER_VERBS = frozenset({"discuss", "debate", "address", "review", "examine", "investigate", "probe"})
#: verbs of bearing an act: what "will not be tolerated" or "cannot be condoned" is a kind of act warned of,
#: not one denied ("attacks on our forces will not be tolerated")
TOLERATING_VERBS = frozenset({"tolerate", "condone"})
#: verbs that judge a done act: a definite act they have for object is there whatever their modality ("will
#: condemn the bombing", "will not tolerate the militia's attacks"); one named in general may be to come
JUDGING_VERBS = frozenset({"condemn", "criticize", "criticise", "denounce", "protest", "praise", "applaud",
                           "tolerate", "condone"})
#: verbs by which an act is authorized: the act is done when carried out, not when authorized; with a word of
#: what may come on it ("authorized potential airstrikes") it is still to come
AUTHORIZING_VERBS = frozenset({"authorize", "authorise", "approve"})
#: the words that mark what is authorized as what may come ("potential", "future" airstrikes)
MAY_COME_MODS = HYPO_ADJ | FORWARD_MODS
#: verbs of weighing an act: what is considered, weighed or mulled is not decided ("the government is considering
#: [military action]", "weighs [sending] troops"), unless the verb regards something as something ("considered the
#: attack an act of war")
WEIGHING_VERBS = frozenset({"consider", "weigh", "mull", "ponder", "contemplate"})
#: nouns of approval given: the act their infinitive names is authorized, planned until carried out ("with approval
#: in hand to arm the rebels", "gave the go-ahead to pound ISIS forces", "gave Israel the green light to annex")
APPROVAL_NOUNS = frozenset({"approval", "go-ahead", "light", "nod"})
#: words by which an approval is asked for or wanted, not given ("needs congressional approval to ...", "a
#: request for approval")
SEEKING_WORDS = WISH_VERBS | NEED_VERBS | {"seek", "await", "wait", "expect", "request", "bid", "call"}
#: dependency links along which a governing word's modality reaches the trigger
CHAIN_DEPS = frozenset({"xcomp", "dobj", "pobj", "prep", "acomp", "attr", "nsubjpass", "oprd", "pcomp",
                        "compound", "nsubj", "ccomp"})


def _chain(trigger: "Token", limit: int = 5) -> list["Token"]:
    """The trigger and the words it depends on, up to the root of its clause."""
    out = [trigger]
    node = trigger
    for _ in range(limit):
        if (node.dep_ not in CHAIN_DEPS and not _purpose(node) and not _gerund_object(node)) or node.head == node:
            break
        if node.dep_ == "ccomp" and node is not trigger:
            break
        if node.dep_ == "pobj" and (node.head.lower_ in ADVERBIAL_PREPS or _own_occasion(node)):
            break
        if _is_cause(node) or _there_already(node) or _whether(node):
            break  # (a "not" over a whether-clause denies the deciding, not the act: "has not decided whether to")
        node = node.head
        out.append(node)
    return out


def _own_occasion(noun: "Token") -> bool:
    """ "did not discuss oil [in his meeting] with the king", "had done nothing wrong [on his calls] with the
    Russians": a side's own act ("his", "their") under "in"/"on" of a verb is the occasion of what the verb
    tells, and keeps its own modality, as one under "during" does (``ADVERBIAL_PREPS``). Not the act a verb
    of taking part is in: "did not participate in its talks with Seoul", "did not take part in its drills"
    deny the act itself (``PARTAKING_VERBS``, a ``PART_NOUNS`` object)."""
    prep = noun.head
    verb = prep.head
    return prep.lower_ in ("in", "on") and verb.pos_ in ("VERB", "AUX") and verb.i != prep.i \
        and any(c.dep_ == "poss" for c in noun.children) and not _takes_part(verb)


#: verbs whose "in" phrase is the act their subject has a part in ("participated in the talks")
PARTAKING_VERBS = frozenset({"participate", "join", "engage"})


def _takes_part(verb: "Token") -> bool:
    """ "participated in", "joined in", "engaged in", "took part in", "had a role in": ``verb`` makes its
    subject a side of the act its "in" phrase names."""
    return verb.lemma_.lower() in PARTAKING_VERBS or any(
        c.dep_ == "dobj" and c.lemma_.lower() in PART_NOUNS for c in verb.children)


def _there_already(node: "Token") -> bool:
    """``node`` names an act that the verb over it takes as there, whatever that verb's modality: the
    that-clause of a verb of remembering (``FACTIVE_VERBS``), the subject of a verb of lasting
    (``PERSIST_VERBS``), the object of a verb of stopping (``STOPPING_VERBS``) or of a rule's reach
    (``REACH_VERBS``), a definite act taken up as a matter (``MATTER_VERBS``), judged (``JUDGING_VERBS``) or
    borne on (``BEARING_VERBS``)."""
    head = node.head
    if head.i == node.i:
        return False
    lemma = head.lemma_.lower()
    if node.dep_ == "ccomp":
        return lemma in FACTIVE_VERBS
    if node.dep_ == "nsubj":  # (the parser may tag "stay" a noun: "that the sanctions [stay] in place")
        return lemma in PERSIST_VERBS and not _lasting_open(node, head)
    if node.dep_ != "dobj" or head.pos_ != "VERB":
        return False
    return lemma in STOPPING_VERBS | REACH_VERBS or (
        (lemma in JUDGING_VERBS or lemma in BEARING_VERBS or _takes_up(head)) and not _general(node))


def _lasting_open(subject: "Token", verb: "Token") -> bool:
    """ "a strike remains possible", "military action remains on the table", "talks remain an option": a verb of
    lasting (``PERSIST_VERBS``) as the copula of what may come (``_left_open``), or with an act named by "a" for
    subject."""
    return any(c.dep_ == "det" and c.lower_ in ("a", "an", "any") for c in subject.children) or _left_open(verb)


#: copulas of an act's standing: "a strike [is] possible", "military action [remains] on the table"
STANDING_COPULAS = frozenset({"be", "remain", "stay", "seem", "appear"})
#: what a copula says of an act that may come ("possible", "an option", "a possibility")
OPEN_COMPLEMENTS = HYPO_ADJ | {"option", "possibility", "prospect"}


def _left_open(verb: "Token") -> bool:
    """ "further sanctions remain [possible]", "military action is [on the table]", "a strike remains [an option]":
    a copula (``STANDING_COPULAS``) that says its subject's act may come (``OPEN_COMPLEMENTS``)."""
    if verb.lemma_.lower() not in STANDING_COPULAS:
        return False
    return any((c.dep_ in ("acomp", "attr", "oprd") and c.lemma_.lower() in OPEN_COMPLEMENTS) or (
        c.dep_ == "prep" and c.lower_ == "on" and any(p.lower_ == "table" for p in c.children)) for c in verb.children)


def _takes_up(verb: "Token") -> bool:
    """A verb that takes up a matter (``MATTER_VERBS``, "take up")."""
    return verb.lemma_.lower() in MATTER_VERBS or (verb.lemma_.lower() == "take" and any(
        c.dep_ == "prt" and c.lower_ == "up" for c in verb.children))


def governing(trigger: "Token") -> list["Token"]:
    """The trigger and the words whose modality reaches it, up to the root of its clause ("prepared to
    intercept [any launch]": launch, intercept, prepared, ...)."""
    return _chain(trigger)


def _purpose(node: "Token") -> bool:
    """ "could work with Congress [to threaten sanctions]", "should do more [to pressure Russia]": an
    infinitive of purpose with no subject of its own is as possible as the act it is the aim of."""
    return node.dep_ == "advcl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in node.children) \
        and not any(c.dep_ in ("nsubj", "nsubjpass", "mark") for c in node.children)


def _gerund_object(node: "Token") -> bool:
    """ "ruled out [sending] ground troops": a gerund right after its verb (or the verb's particle),
    with no subject or mark of its own, that the parser hangs as an adverbial clause is the verb's
    object."""
    if node.dep_ != "advcl" or node.tag_ != "VBG" or node.head.i > node.i:
        return False
    if any(c.dep_ in ("nsubj", "nsubjpass", "mark") for c in node.children):
        return False
    ends = {node.head.i} | {c.i for c in node.head.children if c.dep_ == "prt"}
    return node.i - 1 in ends


def bare_conj(trigger: "Token") -> "Token | None":
    """The verb that ``trigger`` is joined to when it has no subject or auxiliary of its own ("could
    take such action and [impose] sanctions", "demanded Flynn be suspended and [fired]"), not after
    "but", "yet"."""
    head = trigger.head
    if trigger.dep_ != "conj" or head.pos_ not in ("VERB", "AUX") or any(
            c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in trigger.children):
        return None
    if any(c.dep_ == "cc" and c.lower_ in ("but", "yet") for c in head.children):
        return None
    return head


def _act_verb(trigger: "Token", heads: tuple[str, ...] = ("dobj",)) -> "Token":
    """The verb that tells an act, for the readings below of what is said about it: the trigger, or the
    verb whose object (or, with ``heads``, complement) it is, and for a bare conjunct the verb it joins
    ("would have [sent] troops and [paid] for it")."""
    verb = trigger.head if trigger.dep_ in heads else trigger
    return bare_conj(verb) or verb


def _said(verb: "Token") -> bool:
    """Whether ``verb``'s clause is what a verb of announcing says: "officials [said] hackers could have
    breached", "Trump [said] he expected a deal"."""
    return verb.dep_ == "ccomp" and verb.head.lemma_.lower() in ANNOUNCING_VERBS


#: adjectives that weigh an act as improbable: "Beijing is unlikely to abandon Pyongyang"
UNLIKELY_WORDS = frozenset({"unlikely", "improbable"})


def judged_unlikely(trigger: "Token") -> bool:
    """ "Beijing is unlikely to abandon Pyongyang", "Merkel seems unlikely to seek concessions", "are
    unlikely to launch [such an attack]": an act its subject is judged unlikely to do is a guess that
    nothing will happen, no event (a reported event happened, is planned or is expected). The trigger is
    the infinitive under "unlikely", a verb joined to it, or its object. Not a perfect infinitive, a
    guess at what was ("unlikely to have been behind the launch": the launch stands)."""
    verb = _act_verb(trigger)
    return verb.dep_ == "xcomp" and verb.head.lemma_.lower() in UNLIKELY_WORDS and not any(
        c.dep_ == "aux" and c.lemma_.lower() == "have" for c in verb.children)


#: adjectives that weigh how hard an act would be: "make it harder for Trump to strike a deal"
DIFFICULTY_WORDS = frozenset({"hard", "difficult", "easy", "impossible", "tough"})


def weighed_difficulty(trigger: "Token") -> bool:
    """ "will make it much harder for Trump to strike a deal with the North", "it is difficult for any third
    power to impose a solution": an act whose ease is weighed is no event, nor one it would bring about
    ("harder for them to encourage the Palestinians to [accept] the offer"). The trigger is the infinitive
    on the adjective (or on the "for" phrase beside it), a verb joined to it, or its object. Not "found it
    easier to cut a deal with Mexico": what was found easy was done."""
    verb = _act_verb(trigger)
    for _ in range(3):
        if verb.dep_ != "xcomp" or verb.head.pos_ != "VERB":
            break
        verb = verb.head  # "to encourage them to [accept]": the act the weighed one brings about
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return False
    head = verb.head
    if verb.dep_ == "acl" and head.dep_ == "pobj" and head.head.lower_ == "for":
        head = next((c for c in head.head.head.children if c.dep_ in ("acomp", "ccomp", "oprd")), head)
    elif verb.dep_ not in ("xcomp", "advcl", "ccomp"):
        return False
    return head.lemma_.lower() in DIFFICULTY_WORDS and head.pos_ == "ADJ" and head.head.lemma_.lower() != "find"


#: modals that with a perfect tell what was not done: "should have sent troops", "could have vetoed it"
COUNTERFACTUAL_MODALS = frozenset({"should", "would", "could", "might"})
#: of those, the ones whose passive perfect is a guess at what was: "the attack could have been staged"
GUESSING_MODALS = frozenset({"could", "might"})


def counterfactual(trigger: "Token") -> bool:
    """ "Israel should have sent ground troops", "Trump could have ordered an end of it, but did not",
    "would not have approved sending an aircraft": an act told under a modal perfect is one that did not
    happen, no event (neither done, planned nor expected). The trigger is the participle, a verb joined to
    it, its object or a gerund it takes. Not "must/may have" (a guess at what was, the act may be real),
    nor "could/might have been" (a guess: "the attack could have been staged"), nor a guess someone reports
    ("officials said hackers could have breached the systems"), nor a perfect with a deadline ("said the U.S.
    would have withdrawn its troops [by June] / [before the election]": a plan, the perfect of the future)."""
    verb = _act_verb(trigger, heads=("dobj", "xcomp"))
    if verb.tag_ != "VBN":
        return False
    auxes = {c.lower_ for c in verb.children if c.dep_ == "aux"}
    modals = auxes & COUNTERFACTUAL_MODALS
    if not modals or not auxes & {"have", "'ve", "’ve"} or _deadline(verb):
        return False
    guessed = any(c.dep_ == "auxpass" for c in verb.children) or _said(verb)
    return not (modals <= GUESSING_MODALS and guessed)


def _deadline(verb: "Token") -> bool:
    """Whether a verb has a time by which it is done: "by June", "before the election", "until 2020"."""
    return any(c.dep_ == "prep" and c.lower_ in ("by", "before", "until", "within") and any(
        o.ent_type_ in ("DATE", "TIME", "EVENT") or o.lemma_.lower() in ("election", "deadline", "end", "summit")
        for o in c.children) for c in verb.children)


#: nouns that name a ground for acting: "the best argument for Britain to leave the EU"
REASON_NOUNS = frozenset({"reason", "argument", "case", "rationale", "justification", "excuse", "incentive",
                          "motive", "motivation", "grounds"})


def reason_for(trigger: "Token") -> bool:
    """ "the best argument for Britain to leave the EU", "no reason for Russia to invade", "an incentive to
    suppress it": an act named as what a reason would be for is weighed, not reported, no event. The trigger
    is the to-infinitive on the noun, a verb joined to it, or its object. Not a reason given "as" one for an
    act ("cited the drills as reasons to ratchet up its threats", "used it as an excuse to invade"): the
    act is told, the reason is what its doer gives for it."""
    verb = _act_verb(trigger)
    noun = verb.head
    return verb.dep_ in ("relcl", "acl") and noun.lemma_.lower() in REASON_NOUNS and any(
        c.dep_ == "aux" and c.lower_ == "to" for c in verb.children) and not (
        noun.dep_ == "pobj" and noun.head.lower_ == "as")


def _shared_modals(trigger: "Token") -> list["Token"]:
    """ "could take such action and [impose] additional sanctions": a bare conjunct shares its verb's
    modal."""
    head = bare_conj(trigger)
    return [] if head is None else [c for c in head.children if c.dep_ == "aux" and c.lower_ in HYPO_MODALS]


def _is_cause(node: "Token") -> bool:
    """ "would not retaliate for [Iran's strikes]", "punished Russia for [meddling]": the object of
    a "for" naming a cause; the caused act's modality does not reach it. "call for talks", "press
    for a ceasefire" name a wish (``WISH_FOR``): their object keeps the verb's modality. A definite act
    that an "over" names is a cause too ("will impose sanctions over [its annexation] of Crimea"); not "talks
    over a ceasefire", a matter still open."""
    prep = node.head
    if node.dep_ == "pobj" and prep.lower_ == "over" and prep.head.i != prep.i:
        return _definite_act(node)  # "will pursue charges [over] the January 3 assassination"
    return (node.dep_ in ("pobj", "pcomp") and prep.lower_ == "for" and prep.head.i != prep.i
            and prep.head.lemma_.lower() not in WISH_FOR
            and not any(c.lower_ in FORWARD_MODS for c in node.children))  # "for expected fighting"


def _definite_act(noun: "Token") -> bool:
    """A definite act named by a noun: with a possessor, a definite determiner or a date ("Russia's
    annexation", "the January 3 assassination"), not one the text places ahead ("the planned strike") or leaves
    open ("the possible strike")."""
    if noun.pos_ != "NOUN" or any(c.lower_ in FORWARD_MODS or c.lemma_.lower() in HYPO_ADJ for c in noun.children):
        return False
    return any(c.dep_ == "poss" or (c.dep_ == "det" and c.lower_ in ("the", "this", "that", "these", "those"))
               for c in noun.children)


def _future_in_past(chain: list["Token"], kids: list["Token"]) -> bool:
    """ "announced he would ask NATO", "confirmed it would seek extradition": a plain "would" (no
    other modal, no condition) in a clause reported by a verb of announcing is a plan."""
    modals = {c.lower_ for c in kids if c.dep_ == "aux" and c.lower_ in HYPO_MODALS}
    if modals != {"would"} or _forecast(chain, kids):
        return False
    for n, t in enumerate(chain):
        head = t.head
        if t.dep_ in ("ccomp", "parataxis") and head != t and head.lemma_.lower() in ANNOUNCING_VERBS:
            inner = [c for x in chain[:n + 1] for c in x.children]
            return (any(c.dep_ == "aux" and c.lower_ == "would" for c in inner)
                    and tense_of(head) == "past" and not any(_conditional(x) for x in chain[:n + 1]))
    return False


def _forecast(chain: list["Token"], kids: list["Token"]) -> bool:
    """ "said it was highly unlikely the U.S. would recognize ...", "said it would likely strike": a
    "would" weighed as likely or unlikely is a forecast, not an intention announced."""
    return any(t.lemma_.lower() in ("likely", "unlikely") for t in chain) or any(
        c.lemma_.lower() in ("likely", "unlikely") or c.lower_ in FORECAST_ADVERBS for c in kids)


def future_aux(verb: "Token") -> bool:
    """Whether ``verb`` carries an auxiliary of the future (``FUTURE_AUX``): "will respond", "would
    cross", "won't get away with it"."""
    return any(c.dep_ == "aux" and c.lower_ in FUTURE_AUX for c in verb.children)


def marked_clause(clause: "Token", marks: frozenset[str] = HYPO_MARKS) -> bool:
    """An adverbial clause opened by one of ``marks``: "[if Iran retaliated]", "[unless Russia
    complies]", "[whether talks resume]" with the defaults; ``CONDITION_MARKS`` leaves out "whether";
    ``CONDITION_OPENERS`` also takes "should" opening the clause by inversion ("[should Israel attack]")."""
    if "if" in marks and _in_case(clause):
        return True
    return clause.dep_ == "advcl" and any(
        (m.dep_ == "mark" or (m.dep_ == "aux" and m.i == clause.left_edge.i)) and m.lower_ in marks
        for m in clause.children)


def _in_case(clause: "Token") -> bool:
    """ "will face consequences [in case it rejects] our proposal": "in case" opens a condition as "if"
    does, though the parser reads it as a phrase, hung on the clause or taking the clause as the
    noun's ("case" <- acl); not "in this case", "in the case of", which name a case."""
    if clause.dep_ == "acl":
        case = clause.head
        return case.lower_ == "case" and case.dep_ == "pobj" and case.head.lower_ == "in" \
            and not any(c.i < case.i for c in case.children)
    return clause.dep_ == "advcl" and any(
        p.dep_ == "prep" and p.lower_ == "in" and p.i < clause.i and any(
            c.dep_ == "pobj" and c.lower_ == "case" and not any(c.children) for c in p.children)
        for p in clause.children)


def _conditional(tok: "Token") -> bool:
    """ "if Iran retaliated", "unless Russia complies": the token heads or carries a condition."""
    return marked_clause(tok) or any(marked_clause(c) for c in tok.children)


def status_of(trigger: "Token", enacted_by_announcement: bool = False, alone: bool = False) -> Status:
    """The status of the event whose trigger is ``trigger``. With ``enacted_by_announcement`` (acts
    such as sanctions, which take effect as they are announced), an act a past verb of announcing
    says will be done has occurred: "announced Friday it will sanction seven oligarchs". With
    ``alone``, only the trigger's own words count ("no strikes", "possible strikes"), not the
    words it depends on."""
    status = _status(trigger, alone)
    if status == "planned" and enacted_by_announcement and _announced(_chain(trigger)):
        return "occurred"
    return status


def _announced(chain: list["Token"]) -> bool:
    """ "The ministry announced [it will impose sanctions]": the clause reported by a past verb of
    announcing (``ENACTING_VERBS``)."""
    return any(t.dep_ == "ccomp" and t.head.i != t.i and t.head.lemma_.lower() in ENACTING_VERBS
               and tense_of(t.head) == "past" for t in chain)


def _status(trigger: "Token", alone: bool = False) -> Status:
    stated = _stated(trigger)
    chain = _chain(trigger, limit=0 if alone or stated else 5)
    kids = [c for t in chain for c in t.children] + ([] if alone else _shared_modals(trigger))
    joined = None if alone else bare_conj(trigger)
    return (_denied_or_weighed(trigger, chain, kids) or _aimed_at(chain, joined)
            or _left_open_or_forecast(trigger, chain, kids, joined) or _settled(trigger, chain, kids, stated)
            or _when(trigger, chain, kids))


def _denied_or_weighed(trigger: "Token", chain: list["Token"], kids: list["Token"]) -> Status | None:
    """An act whose "not" weighs or warns of it (hypothetical), one denied (negated), or any act of a kind."""
    if _not_ruled_out(chain):
        return "hypothetical"  # "did not rule out a strike", "refused to rule out military action"
    if any(_judged(t) or _fronted_and_judged(t) for t in chain):
        return "hypothetical"  # "sanctions won't work": the "not" weighs the outcome, it denies no act
    if _warned_of(trigger):
        return "hypothetical"  # "attacks on U.S. forces will not be tolerated": a kind of act warned of
    if _negated(trigger, chain, kids):
        return "negated"
    if any_kind(trigger):
        return "hypothetical"  # "before Obama orders any strike", "any attacks would be answered": no act in view
    if disposed_toward(trigger) is not None:
        return "hypothetical"  # "expressed an openness to talks with Kim": talks one is open to
    return None


def _aimed_at(chain: list["Token"], joined: "Token | None") -> Status | None:
    """An act an intention is for, or one approved: planned, unless the intention is denied or the approval
    not given."""
    intent = _intent_noun(chain[-1]) or _joined_intent(joined)
    if intent is not None:
        # "has plans to meet", "an offer to mediate", "no plans to visit": what an intention is for
        return "negated" if _denied(intent) else "planned"
    approval = next((a for a in map(_approval_of, chain + ([] if joined is None else [joined])) if a is not None), None)
    if approval is not None:
        # "gave approval to arm the rebels": authorized, not carried out; "needs approval to ...": not given yet;
        # "if Congress gives approval to strike", "did not give approval to send assets": as the approval is
        given = "hypothetical" if _sought(approval) else _status(approval)
        return "planned" if given == "occurred" else given
    return None


def _left_open_or_forecast(trigger: "Token", chain: list["Token"], kids: list["Token"],
                           joined: "Token | None") -> Status | None:
    """An act under way or placed back (occurred), one left open (hypothetical) or forecast (expected)."""
    if any(c.dep_ == "amod" and c.lower_ in UNDER_WAY_MODS for c in trigger.children):
        return "occurred"  # "this ongoing Russian incursion will only bring more costs"
    if _placed_back(trigger):
        return "occurred"  # "whether to move past [last week's meeting]": a past act the question takes as given
    # hypothetical: inside an if- or whether-clause, under could/might/would, cautioned against, the
    # prospect of it, the capacity for it, or "possible talks"
    prospect = next((p for p in map(_prospect_clause, chain) if p is not None), None)
    if prospect is not None:
        # "there was a strong possibility Trump will meet Xi": foreseen as likely; "no chance that they will
        # reopen talks": ruled out; "a risk that Russia will invade": open
        if any(c.dep_ == "det" and c.lower_ == "no" for c in prospect.children):
            return "negated"
        return "expected" if any(c.dep_ == "amod" and c.lower_ in STRONG_ODDS for c in prospect.children) \
            else "hypothetical"
    if any(_open(t) or _on_condition(t) for t in chain) or (joined is not None and _open(joined)):
        return "hypothetical"  # ... and "demanded Flynn be suspended and [fired]"
    if _wish_carried(trigger):
        return "hypothetical"  # "Trump [wants] a meeting with Kim": the verb carries the act it wishes for
    if _under_weighing(chain):
        return "hypothetical"  # "the government is considering military action", "weighs sending troops"
    if len(chain) > 1 and chain[0].dep_ == "nsubj" and _left_open(chain[1]):
        return "hypothetical"  # "military action remains on the table", "new sanctions are possible"
    if _likely_that(chain) and {c.lower_ for c in kids if c.dep_ == "aux" and c.lower_ in HYPO_MODALS} <= {"would"}:
        return "expected"  # "it was becoming more likely that Britain would have to ask the EU ...": a forecast
    if any(c.dep_ == "aux" and c.lower_ in HYPO_MODALS for c in kids):
        return "planned" if _future_in_past(chain, kids) else "hypothetical"
    if any(c.dep_ == "amod" and c.lemma_.lower() in HYPO_ADJ for c in trigger.children) \
            and not _authorized_ahead(trigger):  # ("authorized potential airstrikes": planned, ``_settled``)
        return "hypothetical"
    return None


def _settled(trigger: "Token", chain: list["Token"], kids: list["Token"], stated: bool) -> Status | None:
    """An act authorized ahead (planned), one required (hypothetical), or one said or set about (occurred)."""
    if _authorized_ahead(trigger):
        return "planned"  # "Obama authorized potential airstrikes": authorized, not carried out
    if _obliged(kids) or _required(chain):
        return "hypothetical"  # "Russia must face sanctions", "it is imperative that we reach a deal"
    if stated or _possessed_resolve(chain[-1]):
        return "occurred"  # said or set about already, whatever the clause over it says of the future
    return None


def _when(trigger: "Token", chain: list["Token"], kids: list["Token"]) -> Status:
    """An act neither denied nor left open: expected, planned or occurred."""
    # expected: "is expected to", "likely to", "poised to"
    if any(t.lemma_.lower() in EXPECT_LEMMAS for t in chain[1:]) or any(
            c.lemma_.lower() in ("likely", "unlikely") for c in kids):
        if tense_of(chain[-1]) != "past" or _expectation_reported(chain):
            return "expected"
    # planned: the clause speaks of the future, the event is scheduled, or it is the occasion
    # of a future act ("plan to seek cooperation when they attend the summit")
    if _is_cause(trigger):
        return "occurred"  # the cause of a future act has come first: "will retaliate for the strikes"
    if trigger.pos_ in ("NOUN", "PROPN") and _there_already(trigger):
        # "the sanctions will remain", "will end its invasion": the future is the lasting's or the ending's
        return "planned" if any(c.lower_ in FORWARD_MODS for c in trigger.children) else "occurred"
    if _ahead_of(trigger):
        return "planned"  # "spoke to reporters ahead of his meeting with Lavrov": the meeting is still to come
    if tense_of(trigger) == "future" or any(tense_of(t) == "future" for t in chain[1:2]):
        return "planned"
    if _scheduled(chain) or _put_off(chain) or _occasion_of_future(chain[-1]) or any(map(_directed, chain)):
        return "planned"
    if len(chain) > 2 and chain[1].lower_ == "to" and looks_forward(chain[2]):
        return "planned"  # "looked forward to meeting him", "looks forward to the visit": still to come
    return "occurred"


def _expectation_reported(chain: list["Token"]) -> bool:
    """ "Trump said [he expected a deal soon]", "tweeted that he expected a deal between the Saudis and
    the Russians": an expectation in a clause reported by a verb of saying is the speaker's forecast when
    the news tells it, its past only the backshift of "I expect"; not a narrated one ("the deal was
    expected to pass, but ..."), whose outcome the story may tell."""
    return any(t.lemma_.lower() in EXPECT_LEMMAS and t.pos_ in ("VERB", "AUX") and _said(t) for t in chain[1:])


def any_kind(noun: "Token") -> bool:
    """Whether a noun is determined by "any" ("any attack on the United States", "before Obama orders
    any strike"): a kind of act named, none in view."""
    return any(c.dep_ == "det" and c.lower_ == "any" for c in noun.children)


def looks_forward(verb: "Token") -> bool:
    """ "look forward (to ...)": the verb with its adverb, whose "to" names what is still to come."""
    return verb.lemma_.lower() == "look" and any(c.lower_ == "forward" for c in verb.children)


def _placed_back(noun: "Token") -> bool:
    """ "last week's meeting with Putin", "yesterday's strikes": an act whose possessor is a time the
    text places in the past happened, whatever clause (a question, a condition, a future) names it."""
    return noun.pos_ in ("NOUN", "PROPN") and any(
        c.dep_ == "poss" and (c.lower_ == "yesterday" or (
            c.ent_type_ == "DATE" and any(m.lower_ in PAST_MODS for m in c.children)))
        for c in noun.children)


def _ahead_of(trigger: "Token") -> bool:
    """ "ahead of his meeting with Putin", "told the Sunday Times ahead of his state visit": an occasion
    that something is done ahead of is still to come when the news tells of it, whatever the tense of
    what was done; not one that the text itself places back ("ahead of last week's summit")."""
    prep = trigger.head
    if trigger.dep_ != "pobj" or prep.lower_ != "of" or prep.dep_ != "prep" or prep.head.lower_ != "ahead":
        return False
    return not any(c.lower_ in PAST_MODS or (c.dep_ == "acl" and c.tag_ == "VBN")
                   for t in (trigger, *(c for c in trigger.children if c.dep_ == "poss")) for c in t.children)


def _below_stance(chain: list["Token"], kids: list["Token"]) -> tuple[list["Token"], list["Token"]]:
    """The part of ``chain`` (and of its ``kids``) below the first verb that takes a stance on the
    act or stops it (``STANCE_OVER_ACT``) with the act as its object: a "not" over "opposed Israel's
    incursion", "refused to condemn the attack", "did not cease airstrikes" denies the stance, not the act."""
    for i, t in enumerate(chain[1:], start=1):
        below = chain[i - 1]
        as_object = below.dep_ == "dobj" or (below.dep_ == "prep" and i >= 2 and chain[i - 2].dep_ == "pobj")
        if (t.pos_ == "VERB" and t.lemma_.lower() in STANCE_OVER_ACT and as_object) or part_in_act(t, below):
            kept = {c.i for c in chain[:i]}
            return chain[:i], [k for k in kids if k.head.i in kept]
    return chain, kids


#: nouns of a side's part in an act: "denied [involvement] in the attack", "rejected any [responsibility] for the
#: bombing": what is denied is the part, not the act
PART_NOUNS = frozenset({"involvement", "responsibility", "role", "part", "complicity", "culpability"})


def part_in_act(noun: "Token", prep: "Token") -> bool:
    """Whether ``noun`` is a side's part (``PART_NOUNS``) in the act below its "in"/"for" phrase ``prep``."""
    return noun.pos_ == "NOUN" and noun.lemma_.lower() in PART_NOUNS and prep.dep_ == "prep" \
        and prep.lower_ in ("in", "for") and prep.head.i == noun.i


def _negated(trigger: "Token", chain: list["Token"], kids: list["Token"]) -> bool:
    """ "did not meet", "no talks", "never agreed", "no longer supports", "refused to meet", "ruled out
    talks", "held no talks", "has yet to agree", "no sign of an attack"; not a stance on the act that is
    denied ("did not oppose the incursion")."""
    chain, kids = _below_stance(chain, kids)
    if any(c.dep_ == "neg" and not _whether_or_not(c) and not _not_just(c) and not _predicate_denied(trigger, c)
           and not _not_until(c) and not _denied_in_prospect(c) for c in kids):
        return True
    if any(c.dep_ == "det" and c.lower_ == "no" and c.head.lemma_.lower() not in AFFIRMING_NOUNS for c in kids) \
            or _no_longer(kids) or _none_as_subject(chain):
        return True
    if _none_done(trigger) or _lacked(trigger) or _yet_to(chain) or _no_evidence(trigger) or _refused(chain[-1]) \
            or _called_off(chain) or any(_reluctant(t) for t in chain[1:]):
        return True
    return any(_verb_in(t, NEG_VERBS, NEG_PARTICLES) and not _ended_in_prospect(t, chain, kids)
               for t in chain[1:])


def _verb_in(verb: "Token", lemmas: frozenset[str], particles: dict[str, str]) -> bool:
    """Whether ``verb`` is one of ``lemmas``, with the particle ``particles`` asks of it where it asks
    one: "ruled [out]", "called [off]", "turned [down]" (a bare "rule", "call" or "turn" is none)."""
    lemma = verb.lemma_.lower()
    return lemma in lemmas and (lemma not in particles or any(
        c.dep_ == "prt" and c.lower_ == particles[lemma] for c in verb.children))


def _ended_in_prospect(verb: "Token", chain: list["Token"], kids: list["Token"]) -> bool:
    """ "a bill that could scuttle the nuclear framework", "Trump might cancel the deal": a verb of
    ending or refusing (``NEG_VERBS``) under a modal of possibility ends the act only in prospect, and
    the modal, read after, makes it hypothetical; a "would" that reports a plan ("said it would cancel
    the talks", ``_future_in_past``) still calls the act off."""
    return any(c.dep_ == "aux" and c.lower_ in HYPO_MODALS for c in verb.children) \
        and not _future_in_past(chain, kids)


def _none_as_subject(chain: list["Token"]) -> bool:
    """ "no American troops were sent to Syria", "no country has imposed sanctions": the act's own verb (the
    trigger, or the verb whose object it is) with a subject determined by "no" says that nothing, or no
    one, did or underwent the act. Not "no Americans were killed in the barrage": casualties denied
    (``CASUALTY_VERBS``) leave the attack standing."""
    verb = chain[0] if chain[0].pos_ in ("VERB", "AUX") else (
        chain[1] if len(chain) > 1 and chain[0].dep_ == "dobj" else None)
    return verb is not None and verb.lemma_.lower() not in CASUALTY_VERBS and any(
        c.dep_ in ("nsubj", "nsubjpass") and c.lemma_.lower() not in AFFIRMING_NOUNS
        and any(d.dep_ == "det" and d.lower_ == "no" for d in c.children) for c in verb.children)


#: cues of a plan on the way up from an act ("were due to meet", "was scheduled to visit")
PLAN_CUE_WORDS = PLAN_CUES | frozenset({"plan", "planned"})
#: verbs by which a plan is called off ("the event was canceled", "postponed the trip", "aborted a planned
#: strike")
CANCELLING_VERBS = frozenset({"cancel", "postpone", "scrap", "scuttle", "shelve", "abort"})
#: verbs by which a plan is put off to a later date, not called off ("postponed the offensive", "the talks
#: were deferred"): the act is still planned
PUTTING_OFF_VERBS = frozenset({"postpone", "defer"})
#: the cancelling verbs that call a plan off for good
CALLING_OFF_VERBS = CANCELLING_VERBS - PUTTING_OFF_VERBS


def _called_off(chain: list["Token"]) -> bool:
    """ "Trump and Xi were due to meet in Chile but that event was canceled", "was scheduled to visit
    Seoul but scrapped the trip": a plan the sentence goes on to say ("but ...") was called off did
    not take place; one put off ("but postponed the trip", ``PUTTING_OFF_VERBS``) is still planned."""
    if not any(t.lemma_.lower() in PLAN_CUE_WORDS or t.lower_ in PLAN_CUE_WORDS for t in chain[1:]):
        return False
    for t in chain:
        if not any(c.dep_ == "cc" and c.lower_ == "but" for c in t.children):
            continue
        if any(c.dep_ == "conj" and (c.lemma_.lower() in CALLING_OFF_VERBS or (c.lemma_.lower() == "call" and any(
                p.dep_ == "prt" and p.lower_ == "off" for p in c.children))) for c in t.children):
            return True
    return False


def _reluctant(tok: "Token") -> bool:
    """ "has been reluctant to join the coalition", "is unwilling to hand him over": an adjective of not
    doing (``REFUSAL_ADJ``) over the act's infinitive, as "the reluctance to"; not "not reluctant"."""
    return tok.pos_ == "ADJ" and tok.lemma_.lower() in REFUSAL_ADJ and not any(
        c.dep_ == "neg" for c in (*tok.children, *tok.head.children))


def _refused(top: "Token") -> bool:
    """ "Tehran's refusal [to release] the sailors", "the failure [to reach] a deal": the infinitive
    of a noun of not doing (``REFUSAL_NOUNS``)."""
    return top.dep_ == "acl" and top.head.i != top.i and top.head.lemma_.lower() in REFUSAL_NOUNS and any(
        c.dep_ == "aux" and c.lower_ == "to" for c in top.children)


def _predicate_denied(trigger: "Token", neg: "Token") -> bool:
    """ "U.S. airstrikes in Syria won't be [a repeat] of 2003": the "not" of a copula whose subject is
    the act denies what the act is said to be, not the act; "talks with the US hadn't yielded
    progress", "the strikes did not deter Assad": the "not" of a verb that tells what a named act did
    denies its outcome, not the act. Verbs of taking place ("the meeting did not happen", "talks did not
    go ahead": ``OCCURRENCE_VERBS``) deny the act, and so does a verb whose complement weighs its coming
    ("a strike does not appear [imminent]", "a meeting does not seem [likely]": ``ODDS_WORDS``)."""
    verb = neg.head
    if trigger.dep_ != "nsubj" or trigger.head.i != verb.i or trigger.pos_ != "NOUN":
        return False
    lemma = verb.lemma_.lower()
    if lemma == "be":
        return any(c.dep_ == "attr" and c.pos_ == "NOUN" for c in verb.children)
    return verb.pos_ == "VERB" and not _takes_place(verb) and not any(
        c.dep_ in ("acomp", "oprd") and c.lemma_.lower() in ODDS_WORDS for c in verb.children)


def _warned_of(trigger: "Token") -> bool:
    """ "attacks on U.S. forces will not be tolerated", "we will not tolerate attacks": an act named without a
    definite determiner or possessor as what a clause not in the past says will not be borne
    (``TOLERATING_VERBS``) is a kind of act warned of, also when "no" denies it ("no attacks will be tolerated");
    not "will not tolerate Russia's aggression", which is there."""
    verb = trigger.head
    if trigger.dep_ not in ("dobj", "nsubjpass") or verb.i == trigger.i or verb.lemma_.lower() not in TOLERATING_VERBS:
        return False
    definite = any(c.dep_ == "poss" or (c.dep_ == "det" and c.lower_ not in ("a", "an", "any", "such", "no"))
                   for c in trigger.children)
    return not definite and tense_of(verb) != "past"


def _authorized_ahead(trigger: "Token") -> bool:
    """ "Obama has authorized [potential] airstrikes", "approved [future] strikes": a verb of authorizing
    (``AUTHORIZING_VERBS``), or the act noun it authorizes, whose object is marked as what may come."""
    verb = trigger.head if trigger.dep_ == "dobj" and trigger.pos_ == "NOUN" else trigger
    return verb.lemma_.lower() in AUTHORIZING_VERBS and any(
        c.dep_ == "dobj" and any(m.dep_ == "amod" and m.lower_ in MAY_COME_MODS for m in c.children)
        for c in verb.children)


def _takes_place(verb: "Token") -> bool:
    """Whether ``verb`` tells of its subject's act taking place (``OCCURRENCE_VERBS``): "happened", "did not
    go ahead", "did not take place"; "take" and "get" only with their words of taking place (``OCCURRING_WITH``),
    not "did not take out the radar"."""
    lemma = verb.lemma_.lower()
    if lemma not in OCCURRENCE_VERBS:
        return False
    words = OCCURRING_WITH.get(lemma)
    return words is None or any(c.lower_ in words for c in verb.children)


def _open(tok: "Token") -> bool:
    """``tok``, on the way up from a trigger, leaves the act open: an if- or whether-clause, "warned
    against", "the prospect of", "the capacity to", "wanted the U.S. to veto"."""
    return (marked_clause(tok) or _cautioned_against(tok) or _whether(tok) or _prospect_of(tok)
            or _needed(tok) or _ability_for(tok) or _wished(tok) or _enabled(tok) or _conjectured(tok))


def _likely_that(chain: list["Token"]) -> bool:
    """ "it is likely [that Israel would strike]", "it was becoming more likely [that Britain would have to ask]": the
    act is in a that-clause, not in the past, weighed as likely; its "would" is the forecast's, not a condition's.
    Not "it's very likely that Flynn lied about his talks": a guess at what was; nor "highly unlikely that Peru
    would recognize ...": an act weighed as unlikely is not expected, it stays hypothetical."""
    return any(t.dep_ == "ccomp" and t.head.i != t.i and tense_of(t) != "past" and (
        t.head.lemma_.lower() in LIKELY_WORDS
        or any(c.dep_ == "acomp" and c.lemma_.lower() in LIKELY_WORDS for c in t.head.children))
        for t in chain)


#: adjectives that weigh what a that-clause tells as likely: "it is likely/probable that ..."
LIKELY_WORDS = frozenset({"likely", "probable"})


def _under_weighing(chain: list["Token"]) -> bool:
    """The act is what a verb of weighing weighs (``_weighed``), itself or through the verbs that carry it
    ("considering [imposing] sanctions"), or the verb of weighing is the act's trigger with its object ("is
    [considering] sanctions against Kiev"); not an act a phrase of the object names ("will consider a response [to
    the attack]")."""
    upto = next((n for n, t in enumerate(chain) if t.dep_ in ("pobj", "prep")), len(chain))
    return any(_weighed(t) for t in chain[:upto]) or any(_weighed(c) for c in chain[0].children)


def _weighed(tok: "Token") -> bool:
    """ "is considering [military action]", "weighs [sending] troops", "mulled [sanctions]": the object of a verb
    of weighing (``WEIGHING_VERBS``), or its gerund; not when the verb regards its object as something ("considered
    the attack [an act of war]", "considers the annexation [illegal]")."""
    verb = tok.head
    if verb.i == tok.i or verb.lemma_.lower() not in WEIGHING_VERBS or verb.pos_ != "VERB":
        return False
    if not (tok.dep_ == "dobj" or (tok.dep_ in ("xcomp", "advcl") and tok.tag_ == "VBG")):
        return False
    return not any(c.dep_ in ("oprd", "ccomp", "acomp", "attr") or (c.dep_ == "xcomp" and c.i != tok.i)
                   for c in verb.children)


def _wished(tok: "Token") -> bool:
    """ "wanted [the United States to veto] the resolution", "demanded [Flynn be suspended]": the
    clause of another's act that a verb of wishing or demanding (``WISH_VERBS``) asks for; what a verb
    of needing or wanting has for its object (``NEED_VERBS``)."""
    if tok.head.i != tok.i and tok.head.lemma_.lower() in NEED_VERBS and tok.dep_ == "dobj":
        return True  # "the Afghans needed [assistance] from the U.S.", "Russia wants [a deal]"
    return asked_of_another(tok)


def _directed(tok: "Token") -> bool:
    """ "directed Mnuchin [to increase] sanctions", "instructed officials [to impose] sanctions": the infinitive
    a verb of directing (``DIRECTING_VERBS``) tells its object to carry out: directed, not yet done."""
    return tok.dep_ == "xcomp" and tok.head.i != tok.i and tok.head.lemma_.lower() in DIRECTING_VERBS \
        and any(c.dep_ == "dobj" for c in tok.head.children) and any(c.dep_ == "aux" and c.lower_ == "to"
                                                                      for c in tok.children)


def _wish_carried(verb: "Token") -> bool:
    """ "Trump [wants] a meeting with Kim", "Kiev [needs] weapons": a verb of needing or wanting read as the act
    its object names (the lexicon's reading of the object) carries a wish, as that object does (``_wished``).
    Not "wants Russia [to leave]": a party asked to act, whose request is made ("wanted it": no act named)."""
    kids = list(verb.children)
    return verb.lemma_.lower() in NEED_VERBS and verb.pos_ in ("VERB", "AUX") and any(
        c.dep_ == "dobj" and c.pos_ == "NOUN" for c in kids) and not any(c.dep_ in ("xcomp", "ccomp") for c in kids)


def asked_of_another(tok: "Token") -> bool:
    """ "wanted [the United States to veto] the resolution", "urged Iran [to release] them", "called for
    Russia [to withdraw]": the clause of another's act that a verb of wishing or demanding (``WISH_VERBS``)
    asks for, whose doer is its own subject or the asked party, not the one who asks."""
    if tok.dep_ == "xcomp" and tok.head.i != tok.i and tok.head.lemma_.lower() in WISH_VERBS \
            and any(c.dep_ == "dobj" for c in tok.head.children):
        return True  # "encouraged them [to restrain] the North", "urged Iran [to release] them"
    if _asked_for(tok):
        return True  # "called for Russia [to withdraw] its troops"
    if tok.dep_ != "ccomp" or tok.head.i == tok.i or tok.head.lemma_.lower() not in WISH_VERBS:
        return False
    if any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children):
        return True
    # the subjunctive: a bare verb ("that the force leave") or "be" + participle ("Flynn be suspended")
    return not any(c.dep_ == "aux" for c in tok.children) and (tok.tag_ == "VB" or any(
        c.dep_ == "auxpass" and c.tag_ == "VB" for c in tok.children))


def _asked_for(tok: "Token") -> bool:
    """ "called for Russia [to withdraw]", "pushed for Washington [to lift] them": a to-clause marked
    by "for" under a word of wishing (``WISH_FOR``) is an act asked of another, not one done."""
    return tok.dep_ in ("advcl", "ccomp") and tok.head.i != tok.i and tok.head.lemma_.lower() in WISH_FOR \
        and for_to_clause(tok)


def for_to_clause(clause: "Token") -> bool:
    """Whether ``clause`` is a to-clause marked by "for": "(called) for Russia to withdraw"."""
    return any(c.dep_ == "mark" and c.lower_ == "for" for c in clause.children) \
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children)


def _not_ruled_out(chain: list["Token"]) -> bool:
    """ "did not rule out [a strike]", "refused to rule out [military intervention]": an act not ruled
    out is possible, neither done nor denied (only when nothing else on the way up is negated)."""
    for n, t in enumerate(chain[1:], start=1):
        if not _rules_out(t):
            continue
        below = any(c.dep_ == "neg" or (c.dep_ == "det" and c.lower_ == "no") for x in chain[:n] for c in x.children)
        return rule_out_denied(t) and not below
    return False


def rule_out_denied(verb: "Token") -> bool:
    """Whether ``verb`` is a "rule out" denied: "did not rule out", "would never rule out",
    "refused to rule out", "declined to rule out"."""
    return _rules_out(verb) and (any(c.dep_ == "neg" for c in verb.children) or (
        verb.dep_ == "xcomp" and verb.head.lemma_.lower() in ("refuse", "decline")))


def _rules_out(verb: "Token") -> bool:
    """Whether ``verb`` is "rule out" (negated or not)."""
    return verb.lemma_.lower() == "rule" and any(c.dep_ == "prt" and c.lower_ == "out" for c in verb.children)


def _cautioned_against(tok: "Token") -> bool:
    """ "warned [against] a strike", "cautioned [against] leaving": ``tok`` is the "against" of a
    word of caution, whose object is a possible act."""
    return tok.dep_ == "prep" and tok.lower_ == "against" and tok.head.lemma_.lower() in CAUTION_LEMMAS


def _none_done(trigger: "Token") -> bool:
    """ "held no talks", "has had no discussions", "imposed no new sanctions": the verb's direct
    object is determined by "no", so the act it names did not take place."""
    return trigger.pos_ in ("VERB", "AUX") and any(
        c.dep_ == "dobj" and any(d.dep_ == "det" and d.lower_ == "no" for d in c.children)
        for c in trigger.children)


def _lacked(trigger: "Token") -> bool:
    """ "the talks ended without a deal", "left without an agreement": what a thing is done without
    did not take place."""
    return trigger.dep_ == "pobj" and trigger.head.dep_ == "prep" and trigger.head.lower_ == "without"


def _yet_to(chain: list["Token"]) -> bool:
    """ "has yet to congratulate him", "have still yet to agree", "a deal is yet to be reached": an act
    whose infinitive a "have/be yet to" leaves undone has not taken place (so far)."""
    for verb in chain:
        to = next((c for c in verb.children if c.dep_ == "aux" and c.lower_ == "to"), None)
        if to is None or to.i < 2:
            continue
        doc = verb.doc
        if doc[to.i - 1].lower_ == "yet" and (doc[to.i - 2].lemma_.lower() in ("have", "be") or (
                doc[to.i - 2].lower_ == "still" and to.i >= 3 and doc[to.i - 3].lemma_.lower() in ("have", "be"))):
            return True
    return False


def _no_evidence(trigger: "Token") -> bool:
    """ "found no evidence that the campaign conspired with Russia", "has seen no indications of
    Ukraine firing back", "no sign of an attack": an act named by the that-clause or the of-phrase
    of a noun of evidence that is denied ("no", or a negated verb over it) is said not to have
    happened. Only the act the clause or phrase is headed by: not one deeper inside it ("no proof
    that Iran was behind an attack": the attack happened), nor one set off by a comma ("showed no
    signs of relenting, threatening to impose tariffs")."""
    noun = _evidence_of(trigger)
    return noun is not None and noun.lemma_.lower() in EVIDENCE_NOUNS and _denied(noun)


def _evidence_of(trigger: "Token") -> "Token | None":
    """The noun whose that-clause or of-phrase ``trigger`` heads: "evidence [that X conspired]",
    "signs [of an attack]", "indications of [Ukraine firing]"."""
    head = trigger.head
    if trigger.dep_ in ("acl", "ccomp") and any(c.dep_ == "mark" and c.lower_ == "that" for c in trigger.children):
        return head
    if trigger.dep_ == "acl" and head.i < trigger.i and not any(t.is_punct for t in trigger.doc[head.i:trigger.i]):
        if head.dep_ == "pobj" and head.head.lower_ == "of" and head.head.dep_ == "prep":
            return head.head.head  # "indications of [Russian troops] attacking": hung on its doer
        return head  # "no indications of Ukraine firing back" (the parser's gerund hangs on the noun)
    if trigger.dep_ in ("pcomp", "pobj") and head.lower_ == "of" and head.dep_ == "prep":
        return head.head
    return None


def disposed_toward(noun: "Token", dispositions: frozenset[str] = DISPOSITION_NOUNS) -> "Token | None":
    """The noun of disposition (``DISPOSITION_NOUNS``) an event noun is the object of: "an openness [to]
    [talks]", "readiness [for] [a meeting]"; ``None`` else, and for an act placed ahead by its own
    modifier ("in readiness for [expected] fighting": its status is its own, ``FORWARD_MODS``)."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.dep_ != "prep" or prep.lower_ not in DISPOSED_PREPS:
        return None
    if any(c.dep_ == "amod" and c.lower_ in FORWARD_MODS for c in noun.children):
        return None
    return prep.head if prep.head.lemma_.lower() in dispositions and prep.head.pos_ == "NOUN" else None


def _intent_noun(top: "Token") -> "Token | None":
    """The noun of intention whose infinitive ``top`` is: "plans [to meet]", "an offer [to mediate]"."""
    head = top.head
    if top.dep_ != "acl" or head == top or head.lemma_.lower() not in INTENT_NOUNS:
        return None
    return head if any(c.dep_ == "aux" and c.lower_ == "to" for c in top.children) else None


def _joined_intent(joined: "Token | None") -> "Token | None":
    """The noun of intention of ``joined``, the verb a bare conjunct is joined to (``bare_conj``): "plans to
    train and [equip] Iraqi forces", "a plan to arm and [equip] the rebels" (the second verb shares the
    first's plan)."""
    return None if joined is None else _intent_noun(_chain(joined)[-1])


def _approval_of(top: "Token") -> "Token | None":
    """The noun of approval whose infinitive ``top`` is: "approval [to arm]", "the green light [to annex]", also
    when the parser hangs the infinitive on the verb that gives it ("gave the go-ahead [to pound] ISIS forces")."""
    head = top.head
    if head.i == top.i or not any(c.dep_ == "aux" and c.lower_ == "to" for c in top.children):
        return None
    if top.dep_ in ("acl", "relcl"):
        return head if _approval_noun(head) else None
    if top.dep_ == "advcl":
        return next((c for c in head.children if c.dep_ == "dobj" and c.i < top.i and _approval_noun(c)), None)
    return None


def _approval_noun(noun: "Token") -> bool:
    """A noun of approval (``APPROVAL_NOUNS``; "light" only when green, "ahead" only as "go-ahead")."""
    lemma = noun.lemma_.lower()
    if lemma == "light":
        return any(c.lower_ == "green" for c in noun.children)
    if lemma == "ahead":
        return any(c.lower_ == "go" for c in noun.children)
    return lemma in APPROVAL_NOUNS


def _sought(noun: "Token") -> bool:
    """ "needs congressional approval", "will seek approval", "a request for approval": what is asked for, not had."""
    head = noun.head
    if noun.dep_ == "pobj" and head.dep_ == "prep":
        head = head.head  # "a request [for] approval", "waits [for] approval"
    return head.i != noun.i and head.lemma_.lower() in SEEKING_WORDS


def _denied(noun: "Token") -> bool:
    """ "no plans", "did not announce a plan", "has never had plans": the noun or its verb is negated;
    "declined an invitation to visit", "rejected Trump's offer to meet": the intention is turned down."""
    if any(c.dep_ == "det" and c.lower_ == "no" for c in noun.children):
        return True
    return noun.head != noun and (any(c.dep_ == "neg" for c in noun.head.children) or _turned_down(noun))


#: verbs by which a side turns down an intention put to it (an offer, an invitation, a proposal): the act
#: the intention was for is not to come ("turned down" with its particle, ``TURNING_DOWN``)
TURNING_DOWN_VERBS = frozenset({"decline", "reject", "refuse", "rebuff", "spurn", "turn"})
TURNING_DOWN = {"turn": "down"}


def _turned_down(noun: "Token") -> bool:
    """ "declined an invitation [to visit] Moscow", "an offer [to meet] was rejected", "turned down the
    invitation": the noun of intention is what a verb of turning down (``TURNING_DOWN_VERBS``) takes."""
    return noun.dep_ in ("dobj", "nsubjpass") and _verb_in(noun.head, TURNING_DOWN_VERBS, TURNING_DOWN)


def _scheduled(chain: list["Token"]) -> bool:
    """ "have scheduled an emergency meeting", "arranged talks", "is planning a round of meetings", "has
    set up meetings with", "is preparing a withdrawal": the event is set for later (for a noun, by the first verb over it)."""
    head = chain[1] if len(chain) > 1 and chain[0].pos_ in ("NOUN", "PROPN") else chain[0]
    if head.pos_ not in ("VERB", "AUX") and chain[0].pos_ in ("NOUN", "PROPN"):
        # through a phrase ("a round [of] meetings"): only a plan still ahead, not "planned a series of attacks"
        verb = next((t for t in chain[1:] if t.pos_ in ("VERB", "AUX")), None)
        head = verb if verb is not None and tense_of(verb) != "past" else head
    return _schedules(head) and any(c.dep_ == "dobj" for c in head.children)


def _put_off(chain: list["Token"]) -> bool:
    """ "Turkey postponed its offensive", "the talks were postponed until March", "deferred the visit": an
    act put off (``PUTTING_OFF_VERBS``) is still to come, not called off."""
    return any(t.lemma_.lower() in PUTTING_OFF_VERBS for t in chain[1:])


def _schedules(verb: "Token") -> bool:
    """A verb of scheduling (``SCHEDULE_LEMMAS``), or one of ``SCHEDULE_PHRASALS`` with its particle
    ("has set up meetings with Trudeau", "lined up talks with Beijing")."""
    return _verb_in(verb, SCHEDULE_LEMMAS | frozenset(SCHEDULE_PHRASALS), SCHEDULE_PHRASALS)


def _obliged(kids: list["Token"]) -> bool:
    """ "Russia must face consequences", "the two sides must reach a deal": what a clause says must be
    done is not done yet. Not "must have known": an inference about what was."""
    return any(c.dep_ == "aux" and c.lower_ == "must" for c in kids) and not any(
        c.dep_ == "aux" and c.lemma_.lower() == "have" for c in kids)


def _required(chain: list["Token"]) -> bool:
    """ "It is imperative [that the US reach a deal]", "it is vital [for China to impose sanctions]": an
    act a clause of necessity asks for (``NECESSITY_ADJ``) has not happened. Not "it was important that
    they met": a past clause tells what was; nor a clause of reason or time beside the adjective ("the
    trip is important [because China imposes tariffs]", "crucial [as Russia attacks daily]"): the
    clause asked for is a that-clause or an infinitive."""
    return any(_asked_clause(t) and tense_of(t) != "past"
               and any(c.dep_ == "acomp" and c.lemma_.lower() in NECESSITY_ADJ for c in t.head.children)
               for t in chain)


def _asked_clause(clause: "Token") -> bool:
    """A clause that can say what is asked for: a complement clause, or an adverbial one the parser
    makes of "for X to ..." or "that ..." (not "because ...", "as ...", "when ...")."""
    if clause.head.i == clause.i or clause.dep_ not in ("ccomp", "advcl"):
        return False
    return clause.dep_ == "ccomp" or any((c.dep_ == "aux" and c.lower_ == "to") or (
        c.dep_ == "mark" and c.lower_ == "that") for c in clause.children)


def _occasion_of_future(top: "Token") -> bool:
    """ "when they attend the summit" under a clause about the future. The parser often hangs the
    when-clause on a noun of that clause ("Syria will be a major topic [when Obama meets Putin]", "will
    await the prime minister, [when he arrives Friday]", "on Friday, [when he hosts Merkel]"): such a
    clause in the present tense is an occasion of the future too; in the past it is a time recalled
    ("will mark March 2003, when the US invaded Iraq"). Under an act still to be done, an infinitive, a
    present-tense clause is its occasion, ahead as well ("expect the tougher side to [take] the spotlight
    [when Obama meets Xi]", "hopes to come to an understanding [when he visits Washington]")."""
    if top.head == top or not any(c.dep_ in ("advmod", "mark") and c.lower_ in ("when", "once", "while")
                                  for c in top.children):
        return False
    if top.dep_ == "relcl" and top.tag_ not in ("VBZ", "VBP"):
        return False
    if top.dep_ not in ("advcl", "relcl"):
        return False
    return tense_of(top.head) == "future" or (
        top.tag_ in ("VBZ", "VBP") and any(c.dep_ == "aux" and c.lower_ == "to" for c in top.head.children))


def _possessed_resolve(top: "Token") -> bool:
    """ "criticize [the White House's decision to pursue] negotiations", "Iran's move to enrich
    uranium": the infinitive of a possessed noun that is not one of intention (``INTENT_NOUNS``) names
    an act set about already; the future of the clause over the noun does not reach it."""
    head = top.head
    return (top.dep_ == "acl" and head.i != top.i and head.pos_ == "NOUN"
            and head.lemma_.lower() not in INTENT_NOUNS and any(c.dep_ == "poss" for c in head.children)
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in top.children))


def _stated(trigger: "Token") -> bool:
    """ "its assertion that the regime was responsible", "his demand that Assad step down", "Russia's
    offer to mediate": a possessed noun of saying with its content names what was said, so only its own
    words give its status (``STATED_NOUNS``)."""
    if trigger.lemma_.lower() not in STATED_NOUNS or not any(c.dep_ == "poss" for c in trigger.children):
        return False
    return any((c.dep_ in ("acl", "ccomp") and any(m.dep_ in ("mark", "aux") and m.lower_ in ("that", "to")
                                                   for m in c.children))
               or (c.dep_ == "prep" and c.lower_ == "for") for c in trigger.children)


def _whether(tok: "Token") -> bool:
    """ "questions about [whether the Israelis are eager to attack]", "examine [whether it has the
    capacity]": a clause of any kind opened by "whether" leaves its act open."""
    return any(c.dep_ == "mark" and c.lower_ == "whether" for c in tok.children)


#: adverbs of focus that, right after a "not", make it "not just X (but Y)": X is granted, not denied
FOCUS_ADVERBS = frozenset({"just", "merely", "only", "simply"})


def _not_just(neg: "Token") -> bool:
    """ "China not merely criticized Japan but threatened it", "has not just sanctioned Russia": a "not"
    followed by a focusing adverb (``FOCUS_ADVERBS``) says the act is not all there was; it denies
    nothing."""
    doc = neg.doc
    return neg.i + 1 < len(doc) and doc[neg.i + 1].lower_ in FOCUS_ADVERBS


#: what an "until" may run to that leaves the act still not done ("had not met until now")
STILL_NOT_UNTIL = frozenset({"now", "today", "recently"})


def _not_until(neg: "Token") -> bool:
    """ "Obama did not speak to the Libyan president until the next evening", "did not strike until the
    convoy had left": the "not" of a past verb with an "until" phrase or clause tells when the act came,
    late, not that it never came. Not "will not lift sanctions until Iran complies" (what is to come
    waits on a condition) nor "had not met until now" (still not done)."""
    verb = neg.head
    if neg.lower_ not in ("not", "n't") or verb.i == neg.i or tense_of(verb) != "past":
        return False
    for c in verb.children:
        until = c if c.dep_ == "prep" and c.lower_ in ("until", "till") else next(
            (m for m in c.children if m.dep_ == "mark" and m.lower_ in ("until", "till")), None) \
            if c.dep_ == "advcl" else None
        if until is not None and until.i > neg.i and not any(
                o.lower_ in STILL_NOT_UNTIL for o in until.children if o.dep_ in ("pobj", "advmod", "pcomp")):
            return True
    return False


#: modals under which a "not" leaves the act open: "Turkey might not back Poland" (not "would not attend",
#: a plan, nor "could not reach a deal", a failure)
MAYBE_MODALS = frozenset({"might", "may"})


def _denied_in_prospect(neg: "Token") -> bool:
    """ "sanctions will follow if Iran does not accept the proposal", "Turkey might not back Poland": the "not"
    of a verb in a condition (``CONDITION_OPENERS``) or under "might"/"may" (``MAYBE_MODALS``) denies the
    act only in prospect; the condition or the modal, read after, leaves it open (hypothetical)."""
    verb = neg.head
    return verb.i != neg.i and (marked_clause(verb, CONDITION_OPENERS) or any(
        c.dep_ == "aux" and c.lower_ in MAYBE_MODALS for c in verb.children))


def _whether_or_not(neg: "Token") -> bool:
    """ "whether or not": the "not" of the alternative denies nothing."""
    doc = neg.doc
    return neg.lower_ == "not" and neg.i >= 2 and doc[neg.i - 1].lower_ == "or" and doc[neg.i - 2].lower_ == "whether"


def _no_longer(kids: list["Token"]) -> bool:
    """ "he no longer supports a two-state solution", "not any longer": what has stopped."""
    return any(c.dep_ == "advmod" and c.lower_ == "longer" and any(
        d.dep_ in ("neg", "advmod", "det") and d.lower_ in ("no", "not") for d in c.children) for c in kids)


def _prospect_of(tok: "Token") -> bool:
    """ "the prospect [of] U.S. airstrikes", "the possibility [of] deploying forces": ``tok`` is the
    "of" of a noun of what may come (``PROSPECT_NOUNS``)."""
    return tok.dep_ == "prep" and tok.lower_ == "of" and tok.head.lemma_.lower() in PROSPECT_NOUNS


#: modifiers that make a prospect likely: "a strong possibility", "a high likelihood", "a good chance"
STRONG_ODDS = frozenset({"strong", "high", "good", "great", "distinct"})


def _prospect_clause(tok: "Token") -> "Token | None":
    """ "a strong possibility [Trump will meet Xi]", "the risk [that Russia will invade]": the noun of what may
    come (``PROSPECT_NOUNS``) whose clause ``tok`` heads, the clause not in the past ("fears that Russia
    attacked the convoy" tell a past act feared to be true)."""
    head = tok.head
    if tok.dep_ not in ("acl", "ccomp", "appos") or head.i == tok.i or head.pos_ != "NOUN" \
            or head.lemma_.lower() not in PROSPECT_NOUNS or tense_of(tok) == "past" \
            or any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children):
        return None
    return head


def _needed(tok: "Token") -> bool:
    """ "the need [for] new sanctions", "the necessity [to resume] talks": ``tok`` is the "for" or the
    infinitive of a noun of what is needed (``NEED_NOUNS``); a need is no act."""
    head = tok.head
    if head.i == tok.i or head.pos_ != "NOUN" or head.lemma_.lower() not in NEED_NOUNS:
        return False
    return (tok.dep_ == "prep" and tok.lower_ == "for") or (
        tok.dep_ == "acl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children))


def _conjectured(tok: "Token") -> bool:
    """ "speculation [that a cyberattack disrupted] the flight", "speculated [that Iran seized] the tanker":
    ``tok`` heads the clause of a word of conjecture (``CONJECTURE_WORDS``)."""
    return tok.dep_ in ("acl", "ccomp") and tok.head.i != tok.i and tok.head.lemma_.lower() in CONJECTURE_WORDS


def _ability_for(tok: "Token") -> bool:
    """ "the capacity [to carry out] such an attack": ``tok`` is the infinitive of a noun of ability."""
    return tok.dep_ == "acl" and tok.head.lemma_.lower() in ABILITY_NOUNS and any(
        c.dep_ == "aux" and c.lower_ == "to" for c in tok.children)


def _enabled(tok: "Token") -> bool:
    """ "the trails allow [fighters to reach] Arsal": the infinitive of a present-tense verb of enabling
    (``ENABLING_VERBS``) names what can be done. Not a past "allowed", which may report what happened."""
    head = tok.head
    return (tok.dep_ in ("ccomp", "xcomp") and head.i != tok.i and head.lemma_.lower() in ENABLING_VERBS
            and head.tag_ in ("VBP", "VBZ") and any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children))


def _judged(tok: "Token") -> bool:
    """ "[sending troops] would be a mistake", "[a war with Iran] is not the answer", "[sanctions] won't
    work": a general act (``_general``) whose outcome a clause not in the past weighs (``_judgement``)."""
    return tok.dep_ in ("nsubj", "csubj") and tok.head.i != tok.i and _general(tok) and _judgement(tok.head)


def _fronted_and_judged(tok: "Token") -> bool:
    """ "[Moving warships in and having a war], I don't think that's going to work": a fronted gerund
    clause with no subject of its own, taken up by "that" or "it" as the subject of a judged outcome."""
    while tok.dep_ == "conj" and tok.head.i != tok.i:
        tok = tok.head
    head = tok.head
    if tok.dep_ != "advcl" or tok.tag_ != "VBG" or head.i < tok.i or not _general(tok):
        return False
    clauses = [head] + [c for c in head.children if c.dep_ in ("ccomp", "xcomp")]
    return any(_judgement(v) and any(s.dep_ == "nsubj" and s.lower_ in RESUMING_PRONOUNS for s in v.children)
               for v in clauses)


def _general(tok: "Token") -> bool:
    """An act named in general: a gerund with no subject, possessor or mark of its own ("sending
    troops"), or a noun with no possessor, no definite determiner and no side named before it ("a war",
    "sanctions"; not "U.S. sanctions", which are there)."""
    if any(c.dep_ in ("nsubj", "nsubjpass", "poss", "mark") for c in tok.children):
        return False
    if any(c.dep_ in ("amod", "compound", "nmod") and (c.pos_ == "PROPN" or c.ent_type_ in ("GPE", "NORP", "ORG"))
           for c in tok.children):
        return False
    if tok.tag_ == "VBG":
        return True
    return tok.pos_ == "NOUN" and not any(c.dep_ == "det" and c.lower_ not in ("a", "an", "any")
                                          for c in tok.children)


def _judgement(verb: "Token") -> bool:
    """A clause, not in the past, that weighs an outcome: "is not going to work", "won't solve it",
    "would be a mistake", "is not the answer"."""
    if tense_of(verb) == "past":
        return False
    if verb.lemma_.lower() == "be":
        outcome = verb
        if not any(c.dep_ in ("attr", "acomp") and c.lemma_.lower() in JUDGEMENT_WORDS for c in verb.children):
            return False
    else:
        found = verb if verb.lemma_.lower() in OUTCOME_VERBS else next(
            (c for c in verb.children if c.dep_ == "xcomp" and c.lemma_.lower() in OUTCOME_VERBS), None)
        if found is None:
            return False
        outcome = found
    # "sanctions work", "sanctions are ineffective" state a fact: an outcome is weighed with a modal, a
    # future or a negation ("would be a mistake", "is not the answer", "won't work")
    kids = list(verb.children) + list(outcome.children)
    return tense_of(verb) == "future" or any(
        c.dep_ == "neg" or (c.dep_ == "aux" and c.lower_ in HYPO_MODALS | FUTURE_AUX) for c in kids)


def _on_condition(verb: "Token") -> bool:
    """ "if we see anything suspicious, we will [inspect] it", "would [lift] sanctions unless ...": a verb
    of the future or under a modal whose own clause carries an if- or unless-clause names an act on a
    condition. Not a past one: "threatened Europe with refugees if ..." made its threat."""
    if verb.pos_ not in ("VERB", "AUX") or not any(marked_clause(c, CONDITION_MARKS) for c in verb.children):
        return False
    return any(c.dep_ == "aux" and c.lower_ in FUTURE_AUX | HYPO_MODALS for c in verb.children)
