"""The tense of a clause, read off a spaCy parse: "future", "past" or "present".

Rules, in order, for the token asked about (a verb, or a noun trigger such as
"meeting"):

Nouns
  1. a modifier that points ahead ("upcoming", "forthcoming", "next", "planned",
     "proposed", "scheduled", "coming", "future", "expected") -> future;
     one that points back ("last", "previous", "former", "past", "recent",
     "earlier") -> past;
  2. an adjectival clause with a scheduling verb ("the summit slated for
     April 10", "talks set for Lima", "a visit planned for May") -> future;
     another past participle ("the summit held in August") -> past;
  3. the object of "for" after "arrange/arrangements/plan(s)/prepare(s)/
     preparations/schedule" or a noun of proposing or asking ("proposal",
     "offer", "request", ...), or of "of" after "offer"/"proposal" -> future;
  4. otherwise the tense of the governing verb (climbing the tree).

Verbs
  1. an auxiliary will/shall/'ll/wo(n't) -> future;
  2. the verb is, or is the infinitive complement of, a *cue*:
     - expectation cues "be going to", "be set to", "be due to", "be slated
       for/to", "be scheduled to", "be expected to", "be likely to", "be
       poised to", "be about to": future, but past when the cue itself is in
       the past tense ("was expected to") - retrospective narration - unless
       a past verb of saying reports it ("said tariffs were set to take
       effect": the future seen from the past) or the cue is a timetable's
       ("were due to meet on Saturday", "was scheduled to visit": the plan
       the news reports; the pluperfect "had been scheduled to" stays past);
     - a to-infinitive under a bare present "be" whose subject is a party ("Pompeo
       is to visit", "Japan and China are to hold talks", "23 Russian diplomats
       are to be expelled"): future;
     - intention cues "plan(s) to", "intend to", "aim to", "arrange to",
       "prepare to", "hope to", "seek to", "want to", "vow/pledge/promise to",
       "agree to", "decide to", "propose to", "look forward to": future in
       any tense except the pluperfect ("had planned to" -> past);
  3. "would" in a clause reported by a past speech verb ("said it would meet")
     -> future; other "would"/"could"/"might" -> present;
  4. past tense (VBD), perfect (have/has/had + VBN), past passive
     (was/were + VBN), "did" -> past; a bare past participle heading an
     adjectival/adverbial clause -> past;
  5. a base form, gerund or conjunct without its own auxiliary takes the tense
     of the verb it hangs from;
  6. otherwise present.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ._lexicon import WEEKDAYS

if TYPE_CHECKING:
    from spacy.tokens import Token

FUTURE_MODALS = frozenset({"will", "shall", "'ll", "wo", "ll", "\u2019ll"})
EXPECT_CUES = frozenset({"go", "set", "due", "slate", "slated", "schedule", "scheduled", "expect",
                         "likely", "poise", "poised", "about", "bound", "unlikely", "certain", "expected"})
INTENT_CUES = frozenset({"plan", "intend", "aim", "arrange", "prepare", "hope", "seek", "want", "vow",
                         "pledge", "promise", "agree", "decide", "propose", "look", "wish", "invite",
                         "expect"})
#: cues of a timetable: in the past tense still the plan the news reports ("were due to meet")
PLAN_CUES = frozenset({"due", "set", "slate", "slated", "schedule", "scheduled"})
#: Cues that make the cue verb itself future ("Biden plans to ...", "talks set for ...").
SELF_CUES = EXPECT_CUES | frozenset({"plan", "intend", "arrange", "prepare", "aim"})
SCHEDULE_VERBS = frozenset({"set", "slate", "slated", "schedule", "scheduled", "plan", "planned", "due", "expect",
                            "arrange", "earmark", "eye", "pencil", "mull", "propose"})
FOR_HEADS = frozenset({"arrange", "arrangement", "plan", "prepare", "preparation", "schedule", "set",
                       "slate", "gear", "ready", "push", "call", "date", "eye",
                       # what is proposed or asked for is still to come ("a proposal for talks", "a request for a meeting")
                       "proposal", "offer", "invitation", "request", "demand", "appeal", "plea", "bid"})
#: nouns whose "of" names what they put forward, still to come: "an offer of talks", "the proposal of a summit"
OF_HEADS = frozenset({"offer", "proposal"})
FUTURE_MODS = frozenset({"upcoming", "forthcoming", "next", "coming", "planned", "proposed", "scheduled",
                         "future", "expected", "impending", "prospective", "looming", "anticipated",
                         "slated", "mooted"})
PAST_MODS = frozenset({"last", "previous", "former", "past", "recent", "earlier", "prior"})
REPORTING = frozenset({"say", "tell", "announce", "state", "report", "add", "note", "indicate",
                       "confirm", "write", "agree", "insist", "warn", "claim", "promise", "pledge"})
PAST_AUX = frozenset({"was", "were", "had", "did", "'d"})
PERFECT_AUX = frozenset({"have", "has", "had", "having", "'ve", "'s"})
_MAX_CLIMB = 8


def _is(token: Token, words: frozenset[str]) -> bool:
    """True when the token's lemma or lower-cased form is in ``words`` (the lemmatiser errs: "slated" -> "slat")."""
    return token.lemma_.lower() in words or token.lower_ in words


def _aux(verb: Token) -> list[str]:
    """Lower-cased auxiliaries of ``verb`` (including its passive auxiliary)."""
    return [c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass") and c.tag_ != "TO"]


def is_past_form(verb: Token, *, perfect: bool = True) -> bool:
    """True when ``verb`` itself is in a past tense (not looking at cues). With ``perfect`` False the
    present perfect ("has skipped") is not past: news told as of the day of writing, so an act in it
    may still be dated by a week ahead the sentence names; the pluperfect ("had skipped") still is."""
    aux = _aux(verb)
    if any(a in PAST_AUX for a in aux):
        return True
    if perfect and verb.tag_ == "VBN" and any(a in PERFECT_AUX for a in aux):
        return True
    if verb.tag_ == "VBD" and not aux:
        return True
    # copula "was"/"were" governing an adjective cue ("was likely to")
    return any(c.dep_ == "cop" and c.tag_ == "VBD" for c in verb.children)


#: auxiliaries of the present perfect ("has called", "have met"): not "had" (the pluperfect tells of a time
#: before another the story gives) nor "'s" (also "is")
PRESENT_PERFECT_AUX = frozenset({"have", "has", "'ve"})


def present_perfect(verb: Token) -> bool:
    """Whether ``verb`` is in the present perfect, active or passive ("has called on", "have been
    sanctioned"): news told as of the day of writing, not of the story's last date."""
    if verb.tag_ != "VBN":
        return False
    aux = _aux(verb)
    return any(a in PRESENT_PERFECT_AUX for a in aux) and not any(a in FUTURE_MODALS or a in PAST_AUX for a in aux)


def pluperfect(verb: Token) -> bool:
    """ "had imposed", "had been sanctioned": an act before a time the story has already gone back to (not
    "would have imposed", a modal perfect)."""
    aux = _aux(verb)
    return verb.tag_ == "VBN" and "had" in aux and not any(a in ("would", "could", "might", "should") for a in aux)


def past_simple(verb: Token) -> bool:
    """ "imposed", "withdrew": a past form with no auxiliary."""
    return verb.tag_ == "VBD" and not _aux(verb)


def _cue_tense(cue: Token) -> str | None:
    """Tense implied by a cue word ("expected", "plans", "going", "likely"), or None if not a cue."""
    lemma = cue.lemma_.lower()
    word = cue.lower_
    if lemma == "go" and cue.tag_ != "VBG":
        return None
    if lemma in ("look",) and not any(c.lower_ == "forward" for c in cue.children):
        return None
    if lemma in INTENT_CUES and lemma != "expect":
        return "past" if "had" in _aux(cue) else "future"
    if lemma in EXPECT_CUES or word in EXPECT_CUES:
        head = cue.head if cue.dep_ == "acomp" else cue
        if any(m in FUTURE_MODALS for m in _aux(cue)):
            return "future"
        past = is_past_form(cue) or (head != cue and is_past_form(head))
        if cue.tag_ == "VBD" and not _aux(cue) and cue.dep_ in ("acl", "advcl", "ROOT") and _is(cue, SCHEDULE_VERBS):
            past = False  # headline "talks set for Lima", "with the council expected to meet": participles tagged VBD
        if past and _reported_by_past(head):
            past = False  # "Trump said tariffs were set to take effect": the future seen from the past
        if past and _plan_in_past(cue, head):
            past = False  # "Trump and Xi were due to meet on Saturday": the plan stood as the news was written
        return "past" if past else "future"
    return None


def _plan_in_past(cue: Token, head: Token) -> bool:
    """ "were due to meet on Saturday", "was scheduled to visit Seoul next week", "was set to travel to
    Egypt later Friday": a timetable (``PLAN_CUES``) told in the past tense is the plan as the news
    had it, still ahead; not one told in the pluperfect ("had been scheduled to meet"), which is
    narrated as overtaken, nor "was expected to", which narration uses for what then happened or not."""
    if not _is(cue, PLAN_CUES):
        return False
    return not any(a == "had" for v in (cue, head) for a in _aux(v))


#: present forms of "be" that, with a to-infinitive, announce what is arranged ("is to visit")
PRESENT_BE = frozenset({"is", "are", "am", "'s", "'re", "\u2019s", "\u2019re"})
#: named-entity labels of a party: a state, a people, a body, a person
PARTY_ENTS = frozenset({"GPE", "NORP", "ORG", "PERSON"})
#: nouns of what a party means or is there for ("the NATO mission is to train Afghan forces", "the U.S. goal
#: is to defeat ISIS"): their "is to" names a purpose, not an arrangement
PURPOSE_NOUNS = frozenset({"aim", "goal", "objective", "purpose", "mission", "task", "job", "role", "intention",
                           "intent", "strategy", "priority", "focus", "mandate", "ambition", "policy", "idea",
                           "hope", "dream", "agenda", "duty", "responsibility", "challenge", "point"})


def _be_to(verb: Token) -> bool:
    """ "Pompeo is to visit Japan next week", "23 diplomats are to be expelled", "Japan and China are to
    hold talks": a to-infinitive under a bare present "be" whose subject is a party (a name, or a noun a
    name modifies) is the arrangement the news reports, still ahead. Not "the aim is to isolate Russia"
    or "the challenge is to stress ...", what is meant; not "its presence is necessary to protect them",
    a predicate's purpose; nor "the NATO mission is to train Afghan forces", a purpose noun
    (``PURPOSE_NOUNS``) a party's name modifies; and a past "was to meet" only with a time near at hand
    (``_near_at_hand``: "Blair was in Cairo and was to meet Egypt's foreign minister on Wednesday"), since
    it also tells, in narration, what came to pass ("he was to become president", "was to visit Japan in
    2018"); a modal on "be" is read by its own rule."""
    be = verb.head
    if be.lemma_.lower() != "be" or _aux(be) or not (
            be.lower_ in PRESENT_BE or (be.lower_ in PAST_BE and _near_at_hand(verb))):
        return False
    if not any(c.dep_ == "aux" and c.tag_ == "TO" for c in verb.children):
        return False
    if any(c.dep_ in ("acomp", "attr") for c in be.children):
        return False
    subject = next((c for c in be.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None and be.dep_ == "conj":  # "Blair was in Cairo and [was] to meet ..."
        subject = next((c for c in be.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or subject.lemma_.lower() in PURPOSE_NOUNS:
        return False
    # a party, or a noun a party's name modifies ("Russian diplomats", "Danish ships"); not one a party owns
    # ("Obama's aim", "Hamas' charter is to destroy Israel": what is meant)
    return any(_names_party(t) for t in (
        subject, *(c for c in subject.children if c.dep_ in ("compound", "amod", "nmod"))))


#: past forms of "be" whose to-infinitive is an arrangement only with a time near at hand (``_near_at_hand``)
PAST_BE = frozenset({"was", "were"})
#: words of a time near the report: the day named, or later that day ("was to meet ... on Wednesday")
NEAR_WORDS = frozenset({"later", "today", "tonight", "tomorrow"} | {d for d in WEEKDAYS if d.endswith("day")})


def _near_at_hand(verb: Token) -> bool:
    """ "was to meet Egypt's foreign minister [on Wednesday]", "were to hold a news conference [later] in the
    day": the infinitive's own time words (its children, or the object of its preposition) name the day or a
    time later on it, which places a past "was to" in the days the report covers: an arrangement."""
    words = [t for c in verb.children for t in (c, *c.children)]
    return any(t.lower_ in NEAR_WORDS for t in words)


def _names_party(token: Token) -> bool:
    """A name ("Pompeo", "Britain") or a word the parser marks as a state, a people, a body or a person."""
    return token.pos_ == "PROPN" or token.ent_type_ in PARTY_ENTS


def _reported_by_past(verb: Token) -> bool:
    """ "(Trump) said [tariffs were set to ...]": the clause is reported by a past verb of saying."""
    head = verb.head
    return verb.dep_ == "ccomp" and head.i != verb.i and head.lemma_.lower() in REPORTING and is_past_form(head)


def _verb_tense(verb: Token, depth: int = 0) -> str:
    aux = _aux(verb)
    if any(a in FUTURE_MODALS for a in aux):
        return "future"
    if _is(verb, SELF_CUES):
        has_complement = any(c.dep_ == "xcomp" for c in verb.children) or (
            _is(verb, SCHEDULE_VERBS) and any(c.dep_ == "prep" and c.lower_ == "for" for c in verb.children))
        cue = _cue_tense(verb) if has_complement else None
        if cue is not None:
            return cue
    if verb.dep_ == "xcomp" and verb.head != verb:
        cue = _cue_tense(verb.head)
        if cue is not None:
            return cue
        if _be_to(verb):
            return "future"
    if "would" in aux or "'d" in aux:
        return "future" if _reported_by_past(verb) else "present"
    if any(a in ("could", "might", "may", "can", "must", "should") for a in aux):
        return "present"
    if is_past_form(verb):
        return "past"
    if verb.tag_ == "VBN" and not aux and verb.dep_ in ("acl", "advcl", "relcl", "ROOT"):
        if not _is(verb, SCHEDULE_VERBS):
            return "past"
    if verb.tag_ == "VBG" and not aux and _is(verb, REPORTING):
        return "past"  # "with officials saying Wednesday that ...": reports are of the past
    if not aux and verb.tag_ in ("VB", "VBG", "VBN") and verb.dep_ != "ROOT" and depth < _MAX_CLIMB:
        return tense_of(verb.head, depth + 1)
    if not aux and verb.dep_ == "conj" and depth < _MAX_CLIMB:
        return tense_of(verb.head, depth + 1)
    return "present"


def _noun_tense(noun: Token, depth: int) -> str:
    for child in noun.children:
        word = child.lower_
        if child.dep_ in ("amod", "compound", "nmod", "det", "advmod", "npadvmod"):
            if word in FUTURE_MODS:
                return "future"
            if word in PAST_MODS and child.dep_ != "det":
                return "past"
        if child.dep_ == "acl" and child.pos_ in ("VERB", "AUX", "ADJ"):
            if _is(child, SCHEDULE_VERBS) or _is(child, EXPECT_CUES):
                return "past" if is_past_form(child) and _aux(child) else "future"
            if child.tag_ == "VBN":
                return "past"
    head = noun.head
    if noun.dep_ == "pobj" and ((head.lower_ == "for" and _is(head.head, FOR_HEADS))
                                or (head.lower_ == "of" and _is(head.head, OF_HEADS))):
        return "future"
    if head == noun or depth >= _MAX_CLIMB:
        return "present"
    return tense_of(head, depth + 1)


def tense_of(token: Token, _depth: int = 0) -> str:
    """The tense of ``token``'s clause: "future", "past" or "present" (rules in the module docstring).

    ``token`` is usually an event trigger: a verb ("met", "will visit") or a
    noun ("meeting", "summit"). Tokens of other kinds (a date, a preposition)
    take the tense of what they hang from. ``_depth`` is internal (recursion guard).
    """
    if token.pos_ in ("VERB", "AUX") or token.tag_.startswith("VB") or (
        token.pos_ == "ADJ" and any(c.dep_ == "xcomp" for c in token.children)
    ):
        if token.pos_ == "ADJ":
            cue = _cue_tense(token)
            if cue is not None:
                return cue
        return _verb_tense(token, _depth)
    if token.pos_ in ("NOUN", "PROPN", "PRON", "NUM"):
        return _noun_tense(token, _depth)
    if token.head == token or _depth >= _MAX_CLIMB:
        return "present"
    return tense_of(token.head, _depth + 1)
