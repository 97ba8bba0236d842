"""Reported speech as events: what a speaker says of another actor can itself be the event.

"Pompeo said Russia had violated the treaty" is an accusation by the United States against
Russia; "'Russia must return to compliance,' Stoltenberg said" is NATO's request to Russia;
"Moon said he hoped North Korea would not cross the line" is South Korea's request to North
Korea. The speaker is the subject of a reporting verb (``word_classes.tsv``: ``reporting``);
the reported clause's subject is the target; the clause's predicate decides the type through
the word classes ``accusation`` (violate, undermine, responsible, "in violation of" ...),
``fault`` ("bears responsibility for"), ``disapproval`` (illegal, unfair, reckless ...),
``obligation`` (must, should, need; also when negated: "Y should not provoke"), ``warning``
(consequences, a heavy price, "Y is playing with fire", "Y will regret it": THREATEN, aimed at
whoever the condition names), ``virtue`` denied ("Y was 'not honest'", "Y is not a serious
partner": disapproval; a denied fault, "Y was 'not responsible'", accuses no one) and, for verbs of
wishing, ``wish`` (hope, want) and ``expectation`` ("expects Y to comply": a request only when
the content is ``compliance``). Six more readings:

- a disapproving word on another actor's thing inside what is said ("said Iran's reckless
  moves ...", "said China had used unfair tactics"), or another actor's ``misdeed`` ("said the
  pact collapsed because of Russia's violations"), is an accusation against its owner;
- verbs of ``labelling`` with a disapproving label ("called the sanctions illegal", "described
  the U.S. decision as groundless") accuse the owner of the thing labelled;
- the speaker's own side said to back another actor's act ("NATO said the allies fully support
  the U.S. decision") is the speaker's support (``endorsement``);
- the speaker's own side keeping drastic ``recourse`` open ("said the U.S. was considering all
  options") is a threat at the other side of the story (the extractor finds it);
- the speaker's own side promising not to tolerate another side's act ("said it would not
  tolerate any interference by Y", "will never allow Y to ...") warns that side (THREATEN);
- the speaker's own displeasure at another side's thing ("said it was disappointed by Y's
  decision", "deeply concerned about Y's tests") disapproves of it, as "expressed concern" does.

A quoted sentence with no reporting verb of its own, after a sentence that reports someone's
words, is theirs: an obligation in it ("\u201cChina should stop its provocations.\u201d") is
their request. A noun of claim reads like a reporting verb ("London's claim that Russia had violated the treaty",
"the Saudi accusation that Iran supplied the missiles": its owner speaks); so does a verb or noun of
finding with its clause ("investigators concluded that Y was behind the attack", "the U.S. assessment
that Y interfered": ``finding``). A clause that gives
another side its time to act ("said it was time for Y to step down", "said
this is Y's final chance to comply") is a request to it.

"said there was no doubt that ...", "said it was clear that ..." report the inner clause
(``certainty``). The reporting verb is the trigger, so the event's date and status are those of
the saying.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Callable, Iterator

from ..dates import PLAN_CUES
from ..types import Actor
from .args import CLAUSAL, FIRST_PERSON
from .candidate import Candidate
from .lexicon import Trigger
from .statements import asked_act, doers_named, infinitive_under, inner_act, named_addressee, rejection_label
from .status import CONDITION_OPENERS, future_aux, marked_clause
from .tokens import BY, FROM, IN, OF, is_passive, phrase_host, prep_objects

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Span, Token

    from .args import ArgumentResolver, Discourse
    from .lexicon import Lexicon

#: who did the act a noun refers back to ("the move", "the test"), not of the given codes: the
#: extractor's event anaphor, given to ``speech_candidates``
ActDoers = Callable[["Token", set[str]], list[Actor]]

ACCUSE = Trigger("ACCUSE", "allege", None, 0.7, "speech")
DISAPPROVE = Trigger("ACCUSE", "disapprove", None, 0.7, "speech")
REQUEST = Trigger("REQUEST", None, None, 0.7, "speech")
THREATEN = Trigger("THREATEN", None, None, 0.7, "speech")
SUPPORT = Trigger("SUPPORT", None, None, 0.7, "speech")
#: backing for wrongdoers said of another side: an accusation even where the backing is a trigger too
ABETTING = Trigger("ACCUSE", "allege", None, 0.7, "speech", "backing for wrongdoing alleged")
#: a request in a quote with no reporting verb of its own: made as it is said, whatever its modal
QUOTED_REQUEST = Trigger("REQUEST", None, None, 0.7, "speech", "a request in a quote")
_SUBJ = ("nsubj", "nsubjpass")
_CLAUSE_POS = ("VERB", "AUX")
#: verbs whose object is the fault laid on their subject: "Y bears responsibility for ..."
_BEARING = frozenset({"bear", "carry", "shoulder"})
#: verbs whose object is a deed their subject does: "Y was waging economic terrorism", "Y committed a crime"
_PERPETRATING = frozenset({"wage", "commit", "perpetrate", "practice", "practise", "spread", "peddle"})
#: verbs whose object is wrongdoing they back: "Y was supporting terrorists", "Y is aiding the aggression"
_ABETTING_VERBS = frozenset({"support", "back", "aid", "assist", "help", "protect"})
#: verbs of an attempt, whose infinitive is what the clause says: "Y was trying to destabilize Z"
_ATTEMPTS = frozenset({"try", "attempt", "seek"})
#: verbs that make an act a red line: "Y's use of them would [be] (constitute, represent) a red line"
_LINE_VERBS = frozenset({"be", "constitute", "represent", "mean"})
#: a warning in an idiom: "Y is playing with fire" (verb, preposition, its object)
_WARNING_IDIOMS = frozenset({("play", "with", "fire")})
#: a subjectless verb takes the speaker of the verb it hangs on: "..., adding that ...", "and said ..."
#: (not an infinitive: "it is absurd [to think] ..." has no speaker)
_SHARED_SUBJECT = ("advcl", "conj")
#: words that make a recourse drastic: "all options", "military options", "a full range of options"
_DRASTIC = frozenset({"all", "every", "military"})
_WIDE = frozenset({"full", "wide", "broad", "whole", "entire"})
#: words that leave the options out: "short of a military option", "without military options"
_EXCLUDING = frozenset({"short", "without", "except", "besides", "beyond"})
#: the dependents that name whose a thing is: "Iran's", "its", "the U.S. [decision]", "British [sanctions]"
_OWNER_DEPS = frozenset({"poss", "compound", "amod", "nmod"})


def _subject(tok: "Token") -> "Token | None":
    return next((c for c in tok.children if c.dep_ in _SUBJ), None)


def speaker_of(verb: "Token", res: "ArgumentResolver", ctx: "Discourse") -> list[Actor]:
    """The actors who speak through a reporting verb: its subject, the "by" agent of a passive,
    or, for a subjectless participle or conjunct, the speaker of the verb it hangs on."""
    subj = _subject(verb)
    if subj is not None:
        return res.actors_of(subj, ctx) if subj.dep_ == "nsubj" else []
    for c in verb.children:
        if c.dep_ == "agent":
            return [a for o in c.children if o.dep_ == "pobj" for a in res.actors_of(o, ctx)]
    if verb.dep_ in _SHARED_SUBJECT and verb.tag_ != "VB" and verb.head.pos_ in _CLAUSE_POS and verb.head != verb:
        return speaker_of(verb.head, res, ctx)
    if verb.dep_ == "pcomp" and verb.head.dep_ == "prep" and verb.head.head.pos_ in _CLAUSE_POS:
        return speaker_of(verb.head.head, res, ctx)  # "Kim responded by calling Trump a dotard"
    if verb.dep_ == "acl" and (any(c.dep_ == "dobj" for c in verb.children) or _two_nouns(verb)):
        return res.actors_of(verb.head, ctx)  # "a spokesman for X called the move ...": a mis-attached verb
    return []


def _certain_content(clause: "Token", lex: "Lexicon") -> Iterator["Token"]:
    """The that-clause of "there is no doubt that ...", "it is clear that ...": what is said."""
    cues = [c for c in clause.children if c.dep_ in ("attr", "acomp")
            and c.lemma_.lower() in lex.speech_classes["certainty"]]
    for holder in [clause, *cues] if cues else []:
        for c in holder.children:
            if c.dep_ in ("ccomp", "acl") and c.pos_ in _CLAUSE_POS:
                yield c


def _reported_clauses(verb: "Token", lex: "Lexicon") -> Iterator["Token"]:
    """The clauses a reporting verb reports: its complements, or the quote it comments on."""
    for c in verb.children:
        if c.dep_ in ("ccomp", "parataxis") and c.pos_ in _CLAUSE_POS:
            yield c
            yield from _certain_content(c, lex)
    if verb.dep_ in ("parataxis", "advcl") and verb.head.pos_ in _CLAUSE_POS:
        yield verb.head  # "Russia must comply, he said"


def _predicates(clause: "Token", lex: "Lexicon") -> list[str]:
    """What the clause says of its subject: its verb, its predicate words and, for a copula, its
    infinitive ("was to blame"), its state ("is in breach of") and its part in a deed ("was
    behind the attack"; not "behind Kyiv", which stands by a side; "was involved in the bombing",
    read as "behind" it: not "involved in the talks", no deed)."""
    preds = [clause.lemma_.lower()] + [c.lemma_.lower() for c in clause.children if c.dep_ in ("acomp", "attr")]
    if _involved_in_deed(clause, lex):
        preds.append("behind")
    if clause.lemma_.lower() in _ATTEMPTS:  # "was trying to [destabilize] the region"
        preds += [c.lemma_.lower() for c in clause.children if c.dep_ == "xcomp"]
    if clause.lemma_.lower() == "be":
        preds += [c.lemma_.lower() for c in clause.children if c.dep_ == "xcomp"]
        for p in clause.children:
            objs = [o for o in p.children if o.dep_ == "pobj"] if p.dep_ == "prep" else []
            if p.lower_ == "in":
                preds += [o.lemma_.lower() for o in objs]
            elif p.lower_ == "behind" and any(_deed(o) for o in objs):
                preds.append("behind")
    return preds


#: nouns of a hostile deed that the lexicon gives no event of their own ("attributed this act to Russia")
DEED_NOUNS = frozenset({"act", "poisoning", "intrusion", "plot", "murder", "downing", "explosion", "blast"})


def hostile_deed(noun: "Token", lex: "Lexicon") -> bool:
    """Whether ``noun`` names a hostile deed: an attack or a coercive act by the lexicon ("the
    bombing", "the hack"), a ``misdeed`` ("the interference") or one of ``DEED_NOUNS`` ("the poisoning");
    not a process ("the talks")."""
    lemma = noun.lemma_.lower()
    return lemma in DEED_NOUNS or lemma in lex.speech_classes["misdeed"] \
        or any(t.type in ("ASSAULT", "COERCE") for t in lex.noun(lemma))


def _involved_in_deed(clause: "Token", lex: "Lexicon") -> bool:
    """ "Y was involved in the attack", "Y is involved in the hacking": a part in a ``hostile_deed``
    (the participle as the clause's verb, or as a copula's predicate)."""
    holders = [clause] + [c for c in clause.children if c.dep_ == "acomp"]
    return any((h.lemma_.lower() == "involve" or h.lower_ == "involved")
               and any(hostile_deed(o, lex) for o in prep_objects(h, IN)) for h in holders)


def _deed(noun: "Token") -> bool:
    """A common noun for a particular deed or deeds ("the attack", "last week's strikes", "a plot"),
    not a bare singular of a state of affairs ("behind schedule")."""
    return noun.pos_ == "NOUN" and (noun.tag_ == "NNS" or any(c.dep_ in ("det", "poss") for c in noun.children))


def obliged(clause: "Token", lex: "Lexicon") -> bool:
    """ "Y must stop", "Y should not provoke", "Y needs to comply": the speaker asks it of Y (not
    "Y must be held to account": a passive subject is not who is asked)."""
    obligation = lex.speech_classes["obligation"]
    if any(c.dep_ == "nsubjpass" for c in clause.children):
        return False
    if {c.lemma_.lower() for c in clause.children if c.dep_ == "aux"} & obligation or _subjunctive(clause):
        return True
    return clause.lemma_.lower() in obligation and any(c.dep_ == "xcomp" for c in clause.children)


#: verbs of knowing: "Y should know that ...", "Y must understand that ..." warn Y, ask no act of Y (not
#: "must recognize that settlements are counterproductive": accepting a claim is asked)
_KNOWING = frozenset({"know", "understand", "realize", "realise"})


def _told_to_know(clause: "Token") -> bool:
    """ "America should know that war with Iran is the mother of all wars", "North Korea should realize
    that it will face stronger sanctions": an obligation to know what a clause says is a warning to Y
    (THREATEN, as the annotators read it), no request of an act."""
    return clause.lemma_.lower() in _KNOWING and any(c.dep_ in ("ccomp", "parataxis") for c in clause.children)


#: verbs whose that-clause in the bare form says what must be done: "insisted that [Kyiv implement] ..."
_MANDATIVE = frozenset({"insist", "demand", "urge", "ask", "request", "require", "recommend", "propose", "order",
                        "stipulate", "direct", "command"})


def _subjunctive(clause: "Token") -> bool:
    """ "insisted that [Kyiv implement] the agreements": a that-clause of a ``_MANDATIVE`` verb in the
    bare form, with no auxiliary and a single subject that would take "-s" otherwise, says what must
    be done (not "that Assad and his allies are ...": a plural; nor under a verb of saying, "said
    that Hamas control the tunnels": a collective noun taking the plural, as British English does)."""
    subj = _subject(clause)
    if clause.dep_ != "ccomp" or clause.head.lemma_.lower() not in _MANDATIVE:
        return False
    if subj is None or subj.tag_ not in ("NNP", "NN") or any(c.dep_ == "conj" for c in subj.children):
        return False
    return clause.tag_ in ("VB", "VBP") and clause.lemma_.lower() != "be" \
        and any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children) \
        and not any(c.dep_ in ("aux", "auxpass") for c in clause.children)


def _core(clause: "Token") -> "Token":
    """The verb that carries a "going to" future: "they are going to [suffer] the consequences"."""
    if clause.lemma_.lower() == "go":
        inner = next((c for c in clause.children if c.dep_ == "xcomp" and c.pos_ == "VERB"), None)
        if inner is not None and any(a.lower_ == "to" for a in inner.children if a.dep_ == "aux"):
            return inner
    return clause


def _reading(clause: "Token", lex: "Lexicon") -> Trigger | None:
    """ACCUSE, REQUEST or THREATEN for what the clause says of its subject, else None."""
    clause = _core(clause)
    if obliged(clause, lex):
        return THREATEN if _told_to_know(clause) else REQUEST
    if _virtue_denied(clause, lex):
        return DISAPPROVE
    if _line_warned(clause) or _escape_denied(clause):
        return THREATEN  # "Y's use of chemical weapons would cross a red line", "Y will not get away with it"
    if _negated(clause) or any(_negated(c) for c in clause.children if c.dep_ in ("acomp", "attr")):
        return None  # "Y did not violate", "Y was 'not responsible'" (not "no less 'terrorists'")
    classes = lex.speech_classes
    preds = _predicates(clause, lex)
    objects = [c.lemma_.lower() for c in clause.children if c.dep_ in ("dobj", "attr")]
    if any(p in classes["accusation"] for p in preds) or _line_crossed(clause):
        return ACCUSE
    subj = _subject(clause)
    judged = preds + [a.lemma_.lower() for q in _qualities(clause) for a in q.children if a.dep_ == "amod"]
    if any(p in classes["disapproval"] for p in judged) and subj is not None and subj.pos_ != "PRON":
        return ACCUSE  # "said the U.S. decision was groundless"; not "saying they were absurd" (whose?)
    if clause.lemma_.lower() in _BEARING and any(o in classes["fault"] for o in objects):
        return ACCUSE  # "Y bears responsibility for ..."
    wrongs = classes["disapproval"] | classes["misdeed"]
    if clause.lemma_.lower() in _PERPETRATING and any(o in wrongs for o in objects):
        return ACCUSE  # "Y was waging economic terrorism", "Y had committed atrocities"
    if clause.lemma_.lower() in _ABETTING_VERBS and any(o in wrongs for o in objects):
        return ABETTING  # "Y was supporting terrorists": the backing read alone names no one backed
    if any(p in classes["warning"] for p in preds + objects) or _idiom_warning(clause):
        return THREATEN  # "there will be consequences if ...", "they will pay a heavy price"
    return None


def _line_crossed(clause: "Token") -> bool:
    """ "Y has crossed a red line", "Y crossed the line": a wrong in an idiom (not "crossed the line
    of control", "crossed the border line": a place)."""
    line = next((c for c in clause.children if c.dep_ == "dobj" and c.lemma_.lower() == "line"), None)
    return clause.lemma_.lower() == "cross" and line is not None \
        and all(c.dep_ in ("det", "punct") or c.lower_ == "red" for c in line.children)  # (also a quoted "red line")


def _line_warned(clause: "Token") -> bool:
    """ "Y would cross a red line if it used chemical weapons", "Y's use of them would be (constitute)
    a red line": an act the speaker says would go over its line is a warning to whoever would do it
    (a line crossed in fact, "Y has crossed a red line", accuses: ``_line_crossed``)."""
    if _negated(clause) or not future_aux(clause):
        return False  # (not "Y would not cross the red line": a forecast)
    if _line_crossed(clause):
        return True
    return clause.lemma_.lower() in _LINE_VERBS and any(
        c.dep_ in ("attr", "dobj") and c.lemma_.lower() == "line" and any(a.lower_ == "red" for a in c.children)
        for c in clause.children)


def _escape_denied(clause: "Token") -> bool:
    """ "Y will not get away with it", "Y won't get away with this": a warning that Y will be made to
    pay (not a doubt, "could never get away with cheating", nor a past "got away with it")."""
    return clause.lemma_.lower() == "get" and _negated(clause) \
        and future_aux(clause) \
        and any(c.dep_ in ("prt", "advmod") and c.lower_ == "away" for c in clause.children) \
        and any(c.dep_ == "prep" and c.lower_ == "with" for c in clause.children)


def _idiom_warning(clause: "Token") -> bool:
    """ "Y is playing with fire", "Y will regret it": a warning to Y in an idiom."""
    if clause.lemma_.lower() == "regret" and future_aux(clause):
        return True
    return any((clause.lemma_.lower(), p.lower_, o.lemma_.lower()) in _WARNING_IDIOMS
               for p in clause.children if p.dep_ == "prep" for o in p.children if o.dep_ == "pobj")


def _negated(tok: "Token") -> bool:
    return any(c.dep_ == "neg" for c in tok.children)


def _qualities(clause: "Token") -> list["Token"]:
    """The qualities a copular clause gives its subject: "was [honest]", "is a [serious] [partner]"."""
    if clause.lemma_.lower() != "be":
        return []
    words = [c for c in clause.children if c.dep_ in ("acomp", "attr")]
    return words + [a for w in words if w.dep_ == "attr" for a in w.children if a.dep_ == "amod"]


def _virtue_denied(clause: "Token", lex: "Lexicon") -> bool:
    """ "Y was not honest", "Y is 'not serious' about the talks", "Y is not an honest broker": a
    good quality (``virtue``) denied of the subject disapproves of it (not of a pronoun: whose?)."""
    virtues = lex.speech_classes["virtue"]
    subj = _subject(clause)
    if subj is None or subj.pos_ == "PRON":
        return False
    denied = _negated(clause)
    return any(q.lemma_.lower() in virtues and (denied or _negated(q)) and (q.dep_ != "amod" or q.head.lemma_.lower()
               in _ROLES) for q in _qualities(clause))


#: what a reported clause gives another side to act in: "it is time for Y to ...", "Y's final chance to ..."
_TIME_NOUNS = frozenset({"time", "chance", "opportunity"})
#: what makes a chance the one left: "Russia's final chance", "the last opportunity for Iran"
_LAST = frozenset({"final", "last"})


def _time_given(clause: "Token") -> "Token | None":
    """Who the clause says must act now: "it is time for [Y] to stop", "this is [Y]'s final chance to
    comply", "the next months are [Y]'s last opportunity to ..."; None for "it is no time for ...",
    "it is time to talk", a chance that is not the last ("China's chance to lead")."""
    if clause.lemma_.lower() != "be" or any(c.dep_ == "neg" for c in clause.children):
        return None
    noun = next((c for c in clause.children if c.dep_ == "attr" and c.lemma_.lower() in _TIME_NOUNS), None)
    if noun is None or _negated_thing(noun):
        return None
    act = infinitive_under(noun)
    if act is None:
        return None
    if noun.lemma_.lower() != "time" and not any(c.lower_ in _LAST for c in noun.children if c.dep_ == "amod"):
        return None
    owner = next((c for c in noun.children if c.dep_ == "poss"), None)
    doer = next((c for c in act.children if c.dep_ == "nsubj"), None)
    return doer if doer is not None and any(m.lower_ == "for" for m in act.children if m.dep_ == "mark") \
        else owner


#: what a side is to another, whose good quality denied faults it: "not a reliable [partner]", "an honest [broker]"
_ROLES = frozenset({"partner", "broker", "ally", "friend", "mediator", "negotiator", "interlocutor", "neighbor",
                    "neighbour", "player", "actor", "party", "member"})
#: verbs whose refusal, promised by the speaker's side, warns another: "will not tolerate", "will never allow"
_TOLERATING = frozenset({"tolerate", "allow", "permit"})
#: acts whose not being allowed is a warning: "will never allow Y to attack / to deploy missiles"
_HOSTILE = frozenset({"ASSAULT", "COERCE", "MOBILIZE", "THREATEN", "SANCTION"})
#: what, had, makes an act not allowed a hostile one: "will never allow Y to have [nuclear weapons]"
_ARMS = frozenset({"weapon", "bomb", "arsenal", "missile"})


def _hostile_act(verb: "Token", lex: "Lexicon") -> bool:
    """ "[to attack] ships", "[to deploy] missiles", "[to have] nuclear weapons", "[to undermine] its
    security": an act of force, arms or wrong (not "to enter the site", "to visit": a refusal of a
    request)."""
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    word = obj.lemma_.lower() if obj is not None else None
    if word in _ARMS or verb.lemma_.lower() in lex.speech_classes["accusation"]:
        return True  # "to have nuclear weapons", "to undermine its security", "to violate the border"
    return any(t.type in _HOSTILE and t.source == "curated" for t in lex.verb(verb.lemma_.lower(), obj_lemma=word))


def _own_side_speaks(clause: "Token", speaker: list[Actor], res: "ArgumentResolver", ctx: "Discourse") -> bool:
    """Whether ``clause``'s subject is the speaker's own side: "we", "it", "they", or a side that is
    none other than the speaker's ("Seoul said Seoul ...")."""
    subj = _subject(clause)
    return subj is not None and (subj.lower_ in FIRST_PERSON | {"it", "they"}
                                 or not _others(res.actors_of(subj, ctx), speaker))


def _intolerance(clause: "Token", speaker: list[Actor], res: "ArgumentResolver", ctx: "Discourse",
                 lex: "Lexicon") -> list[Actor]:
    """Whom the speaker's side warns by a refusal it promises: "said it would not tolerate any
    interference by [Y]", "will never tolerate [Y]'s independence", "will not allow [Y] to attack
    ..." (the doer of what is not tolerated, the one not allowed a hostile act); none for another
    side's refusal, a past one ("did not allow"), one with no named doer, or an act allowed that
    is no hostile one ("will not allow inspectors to enter the site": a refusal)."""
    if clause.lemma_.lower() not in _TOLERATING or not _negated(clause) \
            or not future_aux(clause) \
            or not _own_side_speaks(clause, speaker, res, ctx):
        return []
    acts = [c for c in clause.children if c.dep_ in ("ccomp", "xcomp") and _hostile_act(c, lex)]
    allowed = [s for c in acts for s in c.children if s.dep_ == "nsubj"]
    allowed += [c for c in clause.children if c.dep_ == "dobj" and c.pos_ in ("PROPN", "PRON") and acts]
    found = [a for t in allowed for a in res.actors_of(t, ctx)]
    things = [c for c in clause.children
              if c.dep_ == "dobj" and c.pos_ == "NOUN" and clause.lemma_.lower() == "tolerate"]
    found += [a for t in things for a in doers_named(t, res, ctx)]
    return _others(found, speaker)


#: the speaker's own displeasure at another side's thing: "was disappointed by Y's decision"
_DISPLEASED = frozenset({"disappointed", "dismayed", "outraged", "appalled", "concerned", "alarmed", "troubled",
                         "dissatisfied", "displeased", "angered", "shocked", "indignant"})
#: the speaker's own pleasure at another side's thing: "was encouraged by Y's decision"
_PLEASED = frozenset({"pleased", "encouraged", "heartened", "delighted", "gratified", "satisfied", "glad"})
#: what displeasure is at: "disappointed [by] (or [in]) Y's decision", "concerned [about] Y's tests", "[at]",
#: "[with]", "[over]"
_DISPLEASURE_PREPS = frozenset({"by", "with", "at", "about", "over", "in"})


def _displeasure(clause: "Token", speaker: list[Actor], res: "ArgumentResolver", ctx: "Discourse") -> list[Actor]:
    """Whose thing the speaker's side says it is displeased at: "Seoul said it was deeply
    disappointed by [Tokyo]'s decision", "said it was concerned about [North Korea]'s missile
    tests" (disapproval, as "expressed concern" is); not another side's displeasure, nor one at a
    thing no one named did ("disappointed by the result")."""
    return _felt_at(clause, _DISPLEASED, speaker, res, ctx)


def _pleasure(clause: "Token", speaker: list[Actor], res: "ArgumentResolver", ctx: "Discourse") -> list[Actor]:
    """Whose thing or deed the speaker's side says it is pleased at, the mirror of ``_displeasure``:
    "said it was encouraged by [Tehran]'s decision", "is 'encouraged that [Rouhani] received a
    mandate'" (verbal support, as "welcomed" is); not at a thing no one named did ("pleased with the
    result"), nor a denied or another side's pleasure."""
    return _felt_at(clause, _PLEASED, speaker, res, ctx, that_clause=True)


def _felt_at(clause: "Token", words: frozenset[str], speaker: list[Actor], res: "ArgumentResolver",
             ctx: "Discourse", that_clause: bool = False) -> list[Actor]:
    """The other sides a feeling of ``words`` the speaker's own side reports is at: the doers or
    owners of what its preposition names ("disappointed by [Y]'s decision") and, with
    ``that_clause``, the subject of the clause it governs ("encouraged that [Y] agreed")."""
    if _negated(clause) or not _own_side_speaks(clause, speaker, res, ctx):
        return []
    moods = [clause] if clause.lower_ in words else [] if clause.lemma_.lower() != "be" else [
        c for c in clause.children if c.dep_ == "acomp" and c.lower_ in words and not _negated(c)]
    things = [o for m in moods for p in m.children if p.dep_ in ("prep", "agent") and p.lower_ in _DISPLEASURE_PREPS
              for o in p.children if o.dep_ == "pobj"]
    found = [a for t in things for a in doers_named(t, res, ctx) or res.actors_of(t, ctx)]
    clauses = [c for m in moods for c in m.children if c.dep_ == "ccomp"] if that_clause else []
    found += [a for c in clauses if (s := _subject(c)) is not None for a in res.actors_of(s, ctx)]
    return _others(found, speaker)


def _condition_subject(clause: "Token") -> "Token | None":
    """The subject of the condition a reported clause sets: "... if [Iran] attacks"."""
    for c in clause.children:
        if marked_clause(c, CONDITION_OPENERS):
            return _subject(c)
    return None


def _others(actors: list[Actor], speaker: list[Actor]) -> list[Actor]:
    own = {a.code for a in speaker}
    return [a for a in actors if a.code not in own]


def _targets(clause: "Token", speaker: list[Actor], res: "ArgumentResolver", ctx: "Discourse",
             threat: bool = False) -> list[Actor]:
    subj = (_condition_subject(clause) if threat else None) or _subject(clause)
    if subj is None or subj.lower_ in FIRST_PERSON:
        return []
    named = res.actors_of(subj, ctx)
    if not named and threat:  # "the use of chemical weapons by Y would cross a red line": the act's doer
        named = doers_named(subj, res, ctx)
    return _others(named, speaker)


def _owner(thing: "Token", speaker: list[Actor], res: "ArgumentResolver", ctx: "Discourse",
           doer: bool = True) -> list[Actor]:
    """Whose thing it is: the actor its possessive or modifier names ("Iran's moves", "the U.S.
    decision", "its moves"; not "the deployment of U.S. assets"), else, with ``doer``, the subject
    of the verb it is the object of ("China used unfair tactics")."""
    named = [a for c in thing.children if c.dep_ in _OWNER_DEPS for a in res.actors_of(c, ctx)]
    found = _others(named, speaker)
    if found or not doer or thing.dep_ not in ("dobj", "attr"):
        return found
    subj = _subject(thing.head)
    if subj is None or subj.lower_ in FIRST_PERSON:
        return []
    return _others(res.actors_of(subj, ctx), speaker)


def _disapproved(clause: "Token", speaker: list[Actor], res: "ArgumentResolver", ctx: "Discourse",
                 lex: "Lexicon") -> list[Actor]:
    """Actors whose thing the clause qualifies with a disapproving word ("said Iran's reckless
    moves threaten the region"), within the clause and not in a clause it reports in turn."""
    words = lex.speech_classes["disapproval"]
    for tok in clause.subtree:
        if tok.dep_ == "amod" and tok.lemma_.lower() in words and not _negated_thing(tok.head):
            found = _owner(tok.head, speaker, res, ctx)
            if found:
                return found
    return []


def _misdeed_owners(clause: "Token", speaker: list[Actor], res: "ArgumentResolver", ctx: "Discourse",
                    lex: "Lexicon") -> list[Actor]:
    """Actors whose misdeed the clause names ("said the deal failed because of Russia's
    violations", "his repeated breaches"): the possessor of a ``misdeed`` noun."""
    for tok in clause.subtree:
        if tok.pos_ == "NOUN" and tok.lemma_.lower() in lex.speech_classes["misdeed"]:
            owner = next((c for c in tok.children if c.dep_ == "poss"), None)
            found = _others(res.actors_of(owner, ctx), speaker) if owner is not None else []
            if found:
                return found
    return []


def _negated_thing(noun: "Token") -> bool:
    return any(c.lower_ in ("no", "not", "never") for c in noun.children)


def _label(verb: "Token") -> list["Token"]:
    """What a verb of labelling calls its object: "called it [illegal]", "described it as [unfair]",
    also with "as" hung on the object ("described [the decision as] flagrant theft") and, where the
    parser reads both nouns alike ("Trump called [the EU] [a foe]"), the second one."""
    two = _two_nouns(verb)
    out = two[1:] + [c for c in verb.children if c.dep_ in ("xcomp", "ccomp", "acomp")
                     or (c.dep_ == "oprd" and not two)]
    holders = [verb, *[c for c in verb.children if c.dep_ == "dobj"]]
    return out + [g for h in holders for p in h.children if p.dep_ == "prep" and p.lower_ == "as" for g in p.children]


def _two_nouns(verb: "Token") -> list["Token"]:
    """ "X called the EU a foe" parsed with both nouns as predicates, or both as objects: [object,
    label]; else []."""
    nouns = [c for c in verb.children if c.dep_ in ("oprd", "dobj")]
    return nouns if len(nouns) >= 2 and len({c.dep_ for c in nouns}) == 1 else []


def _labelled_object(verb: "Token") -> "Token | None":
    two = _two_nouns(verb)
    return two[0] if two else next((c for c in verb.children if c.dep_ == "dobj"), None)


def _labelling_reading(verb: "Token", lex: "Lexicon") -> Trigger:
    """DISAPPROVE for a disapproving label, REJECT for one that calls a claim untrue ("called the
    charges groundless", "described Y's accusations as a fabrication")."""
    labels = _label(verb)
    return rejection_label(_labelled_object(verb), labels[0] if labels else None, DISAPPROVE,
                           lex.disapproval) or DISAPPROVE


def _labelled(verb: "Token", speaker: list[Actor], res: "ArgumentResolver", ctx: "Discourse",
              lex: "Lexicon", act_doers: ActDoers | None = None) -> list[Actor]:
    """The owners of what ``verb`` labels with a disapproving word ("called the U.S. sanctions
    illegal", "described Iran's move as reckless"); with ``act_doers``, an act named by no owner
    is the act the article reported ("described the move as a betrayal": whoever moved)."""
    obj = _labelled_object(verb)
    words = lex.speech_classes["disapproval"]
    said = [w for lab in _label(verb) for w in lab.subtree]
    if obj is None or not any(w.lemma_.lower() in words or w.lower_ in words for w in said):
        return []
    if obj.lower_ == "what":
        return _what_labelled(verb, speaker, res, ctx, lex)
    found = _others(res.actors_of(obj, ctx), speaker)
    if found or act_doers is None:
        return found
    return _others(act_doers(obj, {a.code for a in speaker}), speaker)


def _what_labelled(verb: "Token", speaker: list[Actor], res: "ArgumentResolver", ctx: "Discourse",
                   lex: "Lexicon") -> list[Actor]:
    """Whom a "what" clause's label names as doer or owner: "resist what he called America's
    'economic terrorism'", "punish Russia for what it called its 'interference'"; none under a verb
    of condemnation, which reads the label itself ("condemned what he called ...")."""
    if verb.head.lemma_.lower() in lex.speech_classes["labelling"] and verb.head != verb:
        return []
    return _others([a for lab in _label(verb) for a in doers_named(lab, res, ctx)], speaker)


def _own_tokens(clause: "Token") -> Iterator["Token"]:
    """The clause's tokens outside the clauses it embeds ("said it is nonsensical [to think they
    would discuss military options]": the options are not the speaker's)."""
    stack = [clause]
    while stack:
        tok = stack.pop()
        yield tok
        stack.extend(c for c in tok.children if c.dep_ not in CLAUSAL)


def _drastic(option: "Token") -> bool:
    """ "all options", "military (response) options", "a full range of options"; not "short of
    a military option", "without military options", "no military option"."""
    if _negated_thing(option) or any(a.lower_ in _EXCLUDING for a in option.ancestors):
        return False
    holder = option.head.head if option.head.dep_ == "prep" else option.head  # "a range [of] options"
    wide = holder.lemma_.lower() == "range" and any(c.lower_ in _WIDE for c in holder.children)
    return wide or bool({w.lower_ for w in option.subtree if w.i < option.i} & _DRASTIC)


def _aim_tokens(clause: "Token") -> list["Token"]:
    """The clause's tokens but those of its subordinate clauses of time or reason ("..., as the
    U.S. deployed drones"): they tell of other events."""
    skip = {t.i for c in clause.subtree if c.dep_ == "advcl" and any(m.dep_ == "mark" for m in c.children)
            for t in c.subtree}
    return [t for t in clause.subtree if t.i not in skip]


def _drastic_recourse(clause: "Token", speaker: list[Actor], res: "ArgumentResolver", ctx: "Discourse",
                      lex: "Lexicon") -> list[Actor] | None:
    """The speaker's own side keeps drastic options open ("said the U.S. was weighing all options
    for Venezuela"): None if not, else whom the clause names as their aim (may be no one)."""
    subj = _subject(clause)
    if subj is not None and subj.lower_ not in FIRST_PERSON and _others(res.actors_of(subj, ctx), speaker):
        return None  # someone else's options
    option = next((t for t in _own_tokens(clause) if t.lemma_.lower() in lex.speech_classes["recourse"]
                   and t.pos_ == "NOUN" and _drastic(t)), None)
    if option is None:
        return None
    named = [(abs(t.i - option.i), m.actor) for t in _aim_tokens(clause) for m in res.mentions_at(t)]
    nearest = _others([a for _, a in sorted(named, key=lambda x: x[0])], speaker)
    return nearest[:1]  # "all options for Venezuela", "... on the table to deal with Pyongyang"


def _endorsed(clause: "Token", speaker: list[Actor], res: "ArgumentResolver", ctx: "Discourse",
              lex: "Lexicon") -> list[Actor]:
    """Whom the speaker's side is said to back: "NATO said the allies fully support the U.S.
    decision" (the backers are the speaker's own, or no actor the text names apart from the backed)."""
    obj = next((c for c in clause.children if c.dep_ == "dobj"), None)
    if clause.lemma_.lower() not in lex.speech_classes["endorsement"] or obj is None \
            or any(c.dep_ == "neg" for c in clause.children):
        return []
    backed = [] if any(c.pos_ == "PRON" for c in obj.children) else _owner(obj, speaker, res, ctx, doer=False)
    subj = _subject(clause)
    backers = res.actors_of(subj, ctx) if subj is not None and subj.lower_ not in FIRST_PERSON else []
    return backed if not _others(_others(backers, speaker), backed) else []


def _wish_verb(tok: "Token", lex: "Lexicon") -> bool:
    return tok.lemma_.lower() in lex.speech_classes["wish"]  # "hoped" is "hope" (``nlp._lemmas``)


def wish_state(tok: "Token", lex: "Lexicon") -> bool:
    """ "Trump was [hopeful] that China would help", "we remain [hopeful] Y will ...": a wish word as the
    predicate of a copula, whose subject is who wishes (as of "hopes"), with the clause it governs."""
    return tok.pos_ == "ADJ" and tok.dep_ == "acomp" and tok.head.pos_ in _CLAUSE_POS and _wish_verb(tok, lex) \
        and any(c.dep_ == "ccomp" for c in tok.children)


def _wish_denied(tok: "Token") -> bool:
    """ "does not want Y to ...", "was not hopeful that Y would ...": no request made."""
    holders = [tok, tok.head] if tok.dep_ == "acomp" else [tok]
    return any(c.dep_ == "neg" for h in holders for c in h.children)


def _wish_reading(tok: "Token", clause: "Token", lex: "Lexicon") -> Trigger | None:
    """REQUEST for "X hopes Y will ..." (none for "X does not want Y to ..."), for "X expects Y to
    comply" ("to continue to comply") and for an act "X expects Y to" do that is no forecast
    (``statements.asked_act``)."""
    if clause.dep_ != "ccomp":
        return None
    if _wish_verb(tok, lex):  # not "does not want Y to fall apart": no request made, none withheld
        return None if _wish_denied(tok) else REQUEST
    compliance = lex.speech_classes["compliance"]
    asked = inner_act(clause).lemma_.lower() in compliance or obliged(clause, lex) or asked_act(tok, clause, lex)
    return REQUEST if asked else None


def _clause_events(tok: "Token", clause: "Token", speaker: list[Actor], res: "ArgumentResolver",
                   ctx: "Discourse", lex: "Lexicon", taken: set[int]) -> Candidate | None:
    """The event one reported clause makes, if any."""
    if _commitment_only(tok, lex):  # "vowed the U.S. would consider all options"
        aim = _drastic_recourse(clause, speaker, res, ctx, lex)
        if aim is None and _reading(clause, lex) is THREATEN:  # "vowed (that) Y would pay the price"
            aim = _targets(clause, speaker, res, ctx, threat=True) or None
        return Candidate(tok, THREATEN, list(speaker), aim) if aim is not None else None
    if _wish_verb(tok, lex) or tok.lemma_.lower() in lex.speech_classes["expectation"]:
        trig = _wish_reading(tok, clause, lex)
        subj = _subject(clause)
        if not _wish_verb(tok, lex) and (subj is None or not named_addressee(subj, res)):
            return None  # "expects all parties to exercise restraint": no one the text names
        targets = _targets(clause, speaker, res, ctx) if trig else []
        return Candidate(tok, trig, list(speaker), targets) if trig and targets else None
    given = _time_given(clause) if not any(c.dep_ == "neg" for c in tok.children) else None
    if given is not None:  # "said it was time for Y to comply"; not "do not believe it is time for Y to"
        targets = _others(res.actors_of(given, ctx), speaker)
        return Candidate(tok, REQUEST, list(speaker), targets) if targets else None
    warned = _intolerance(clause, speaker, res, ctx, lex)
    if warned:  # "said it would not tolerate any interference by Y"
        return Candidate(tok, THREATEN, list(speaker), warned)
    faulted = _displeasure(clause, speaker, res, ctx)
    if faulted:  # "said it was disappointed by Y's decision"
        return Candidate(tok, DISAPPROVE, list(speaker), faulted)
    backed = _pleasure(clause, speaker, res, ctx)
    if backed:  # "said it was encouraged by Y's decision"
        return Candidate(tok, SUPPORT, list(speaker), backed)
    trig = _reading(clause, lex)
    if trig is None:
        found = _implicit(clause, speaker, res, ctx, lex)
        return Candidate(tok, found[0], list(speaker), found[1]) if found else None
    if trig is ACCUSE and clause.i in taken:
        return None  # "said Russia attacked X": the attack is the event
    targets = _targets(clause, speaker, res, ctx, trig is THREATEN)
    return Candidate(tok, trig, list(speaker), targets) if targets else None


#: nouns that report what their owner says: "Moscow's claim that Y ...", "allegations by X that Y ...", or
#: found ("the intelligence agencies' assessment that Y interfered", "the conclusions of US spies that Y ...")
_CLAIM_NOUNS = frozenset({"claim", "assertion", "accusation", "allegation", "charge", "insistence", "contention",
                          "conclusion", "assessment", "finding", "determination"})
#: of those, the ones that accuse by themselves: "Washington's accusation that China steals ..."
_ACCUSING_NOUNS = frozenset({"accusation", "allegation", "charge"})


def _claimed_clause(noun: "Token") -> "Token | None":
    """The that-clause a noun of claim reports: "its claim [that NATO was provoking Russia]" (also
    where the parse hangs it as a relative clause, its "that" a conjunction all the same: "the
    conclusions of US spies [that Moscow is behind the hacking]")."""
    return next((c for c in noun.children if c.dep_ in ("acl", "ccomp", "relcl") and c.pos_ in _CLAUSE_POS
                 and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)), None)


def _claimant(noun: "Token", res: "ArgumentResolver", ctx: "Discourse") -> list[Actor]:
    """Who makes a claim a noun names: its owner ("London's claim", "the Saudi accusation") or its
    "by"/"from"/"of" object ("the conclusions of US spies")."""
    owners = [c for c in noun.children if c.dep_ in _OWNER_DEPS]
    owners += prep_objects(noun, BY | FROM | OF)
    return [a for o in owners for a in res.actors_of(o, ctx)]


def _claim_event(noun: "Token", res: "ArgumentResolver", ctx: "Discourse", lex: "Lexicon",
                 taken: set[int]) -> Candidate | None:
    """The event a noun of claim makes, read as its owner's reported clause ("London's claim that
    Russia had violated the treaty": ACCUSE); an accusing noun accuses the clause's subject whatever
    the clause says ("Washington's accusation that China steals technology")."""
    clause = _claimed_clause(noun) if noun.lemma_.lower() in _CLAIM_NOUNS and noun.pos_ == "NOUN" else None
    speaker = _claimant(noun, res, ctx) if clause is not None else []
    if clause is None or not speaker:
        return None
    if noun.lemma_.lower() in _ACCUSING_NOUNS:
        targets = _targets(clause, speaker, res, ctx)
        return Candidate(noun, ACCUSE, list(speaker), targets) if targets else None
    return _clause_events(noun, clause, speaker, res, ctx, lex, taken)


def _implicit(clause: "Token", speaker: list[Actor], res: "ArgumentResolver", ctx: "Discourse",
              lex: "Lexicon") -> tuple[Trigger, list[Actor]] | None:
    """What a clause that predicates nothing of its own says in passing: a disapproving word or a
    misdeed of another actor's, backing for another actor, drastic options kept open (aimed at
    the story's other side: no target here)."""
    targets = _disapproved(clause, speaker, res, ctx, lex)
    if targets:
        return DISAPPROVE, targets
    targets = _misdeed_owners(clause, speaker, res, ctx, lex)
    if targets:
        return ACCUSE, targets
    targets = _endorsed(clause, speaker, res, ctx, lex)
    if targets:
        return SUPPORT, targets
    aim = _drastic_recourse(clause, speaker, res, ctx, lex)
    return (THREATEN, aim) if aim is not None else None


def _commitment_only(tok: "Token", lex: "Lexicon") -> bool:
    """A verb of commitment (vow, pledge, warn): the extractor reads its other contents itself."""
    lemma = tok.lemma_.lower()
    return lex.is_commissive(lemma) and not lex.is_reporting_verb(lemma)


def _speech_verb(tok: "Token", lex: "Lexicon") -> bool:
    if tok.pos_ not in _CLAUSE_POS:
        return False
    lemma = tok.lemma_.lower()
    return (_wish_verb(tok, lex) or lex.is_reporting_verb(lemma) or lemma in lex.speech_classes["expectation"]
            or lemma in lex.speech_classes["labelling"] or lex.is_commissive(lemma) or _finding(tok, lex))


def _finding(tok: "Token", lex: "Lexicon") -> bool:
    """ "investigators concluded that Y was behind the attack", "the agencies assessed that Y
    interfered": a verb of finding (``finding``) with a clause of what was found reports it as a
    verb of saying does; not "concluded the talks", "found it hard to ...": no clause with a subject."""
    return tok.lemma_.lower() in lex.speech_classes["finding"] and any(
        c.dep_ == "ccomp" and c.pos_ in _CLAUSE_POS and _subject(c) is not None for c in tok.children)




def quoted_on(sent: "Span", reporting: Callable[["Token"], bool]) -> "Token | None":
    """The verb by which the sentence before ``sent`` reports someone's words, when ``sent`` is a
    quotation that may go on from them: it opens with a quote mark and nothing in it is
    ``reporting`` ("X said on Monday ... \u201cY must stop.\u201d"); None otherwise."""
    if sent.start == 0 or not sent[0].is_quote or any(reporting(t) for t in sent):
        return None
    before = sent.doc[sent.start - 1].sent
    return next((t for t in before if reporting(t)), None)


def _quote_speaker(sent: "Span", res: "ArgumentResolver", ctx: "Discourse", lex: "Lexicon") -> list[Actor]:
    """Who speaks a quoted sentence that has no verb of speech of its own, when the sentence before
    it reports someone's words (``quoted_on``): that speaker; else none."""
    verb = quoted_on(sent, lambda t: reporting_verb(t, lex))
    if verb is None or any(_speech_verb(t, lex) for t in sent):
        return []
    return speaker_of(verb, res, ctx)


def _quoted_request(sent: "Span", res: "ArgumentResolver", ctx: "Discourse", lex: "Lexicon") -> Candidate | None:
    """A request a quoted sentence makes without a reporting verb: "\u201cChina should stop its
    provocations.\u201d" after "Japan's foreign minister said ...": REQUEST of that speaker to Y."""
    clause = sent.root
    subj = _subject(clause)
    named = subj is not None and (subj.pos_ in ("PROPN", "PRON") or res.mention_of(subj) is not None)
    if clause.pos_ not in _CLAUSE_POS or not named or not obliged(clause, lex):
        return None  # not "\u201cTheir effort should serve as a signal ...\u201d": a thing, no one asked
    speaker = _quote_speaker(sent, res, ctx, lex)
    targets = _targets(clause, speaker, res, ctx) if speaker else []
    return Candidate(clause, QUOTED_REQUEST, list(speaker), targets) if targets else None


def speech_candidates(sent: "Span", res: "ArgumentResolver", ctx: "Discourse", lex: "Lexicon",
                      taken: set[int], act_doers: ActDoers | None = None) -> list[Candidate]:
    """Events that reported speech in ``sent`` makes; ``taken`` holds tokens that are already
    triggers of their own (a reported attack stays an attack); ``act_doers`` finds who did an
    act a labelled noun refers back to."""
    quoted = _quoted_request(sent, res, ctx, lex)
    out: list[Candidate] = [quoted] if quoted is not None else []
    for tok in sent:
        if tok.pos_ == "NOUN":
            found = _claim_event(tok, res, ctx, lex, taken)
            out.extend([found] if found is not None else [])
        state = wish_state(tok, lex)
        if not _speech_verb(tok, lex) and not state:
            continue
        speaker = speaker_of(tok.head if state else tok, res, ctx)  # "[Trump] was hopeful that ..."
        if not speaker:
            continue
        if tok.lemma_.lower() in lex.speech_classes["labelling"]:
            targets = _labelled(tok, speaker, res, ctx, lex, act_doers)
            if targets:
                out.append(Candidate(tok, _labelling_reading(tok, lex), list(speaker), targets))
                continue
        for clause in _reported_clauses(tok, lex):
            cand = _clause_events(tok, clause, speaker, res, ctx, lex, taken)
            if cand is not None:
                out.append(cand)
    return out


#: prepositions of an occasion the speaker took part in: "during talks with Y, X said ..."
_OCCASION_PREPS = frozenset({"during", "after", "at", "following", "in"})


def reporting_verb(tok: "Token", lex: "Lexicon") -> bool:
    """Whether ``tok`` is a verb of reporting ("said", "told", "announced")."""
    return tok.pos_ == "VERB" and lex.is_reporting_verb(tok.lemma_.lower())


def _reporting_of(clause: "Token", lex: "Lexicon") -> "Token | None":
    """The reporting verb that reports ``clause``: "X said [the talks stalled]", "[the talks
    stalled], X said"."""
    verbs = [c for c in clause.children if c.dep_ in ("parataxis", "advcl")]  # "..., X said"
    if clause.dep_ in ("ccomp", "parataxis") and clause.head != clause:
        verbs.append(clause.head)  # "X said [talks ...]"
    return next((v for v in verbs if reporting_verb(v, lex)), None)


def _reporting_over(noun: "Token", lex: "Lexicon") -> "Token | None":
    """The reporting verb whose occasion or reported subject ``noun`` is: "[said] during talks
    with Y", "[said] talks with Y had stalled", "talks with Y have stalled, X [said]"."""
    head = noun.head
    if noun.dep_ == "pobj" and head.dep_ == "prep" and (head.lower_ in _OCCASION_PREPS or head.head.lower_ == "ahead"):
        host = phrase_host(head)  # "[said] ahead of talks with Y" too
        return host if reporting_verb(host, lex) else None
    if noun.dep_ not in _SUBJ or head.pos_ not in _CLAUSE_POS:
        return None
    return _reporting_of(head, lex)


def reporting_agent(verb: "Token", res: "ArgumentResolver", ctx: "Discourse", lex: "Lexicon") -> list[Actor]:
    """Who did what an agentless passive reports, when the one who reports it is an authority
    telling of its own act: "the ministry said two Russian nationals had been charged", "Iran
    said a British tanker was seized" (the speaker charged, seized). The caller keeps this to
    acts of authority and to a target other than the speaker's own side ("Britain said its
    tanker was seized" is no act of Britain's)."""
    if not is_passive(verb) \
            or any(c.dep_ == "agent" for c in verb.children):
        return []
    reporter = _reporting_of(_arranged_clause(verb), lex)
    return speaker_of(reporter, res, ctx) if reporter is not None else []


def _arranged_clause(verb: "Token") -> "Token":
    """The clause an arranged passive stands in: its "be" or timetable word ("Britain said 23 diplomats
    [are] to be expelled", "said two ships [were due] to be seized"), whose clause the speaker reports;
    the verb itself otherwise."""
    while verb.dep_ == "xcomp" and verb.head != verb and (
            verb.head.lemma_.lower() == "be" or verb.head.lower_ in PLAN_CUES):
        verb = verb.head
    return verb


def meeting_speaker(noun: "Token", res: "ArgumentResolver", ctx: "Discourse", lex: "Lexicon") -> list[Actor]:
    """The speaker who took part in the meeting ``noun`` names with its other party only ("talks
    with Y"): "X said talks with Y had stalled", "during a meeting with Y, X said ..."; none for
    someone else's meeting ("X said Y's talks with Z ...": the caller asks for a noun with no
    source) or a speaker the meeting already names."""
    verb = _reporting_over(noun, lex)
    return speaker_of(verb, res, ctx) if verb is not None else []


def drop_relabelled(cands: list[Candidate]) -> list[Candidate]:
    """A verb that labels something with a disapproving word is that accusation and nothing else:
    "the White House called it a provocative act" is no phone call."""
    labels = {c.trigger.i for c in cands if c.trig is DISAPPROVE}
    return [c for c in cands if c.trigger.i not in labels or c.trig.source == "speech"]


#: the marks a speaker's trailing participle may carry ("..., while warning Beijing")
_TRAILING_MARKS = frozenset({"while", "before", "after"})
#: how far up the parse a trailing participle may hang under the clause its speaker reports
_TRAILING_DEPTH = 8


def trailing_speaker(tok: "Token", res: "ArgumentResolver", ctx: "Discourse", lex: "Lexicon") -> list[Actor]:
    """The speaker of a subjectless participle clause set off by a comma after the clause the
    speaker reports: "Trump said the two sides were close to a deal that could be announced soon,
    while warning Beijing that ..." (the parser hangs "warning" on the reported clause's last verb,
    "announced"; it is Trump who warns). None when the participle hangs on the reporting verb
    itself (its subject is the verb's, as for any participle) or has a subject of its own."""
    if tok.dep_ != "advcl" or tok.tag_ != "VBG" or _subject(tok) is not None:
        return []
    if any(c.dep_ == "mark" and c.lower_ not in _TRAILING_MARKS for c in tok.children):
        return []
    before = tok.left_edge.i - 1
    while before >= 0 and tok.doc[before].is_quote:
        before -= 1  # '... a "clear danger," while criticizing'
    if before < 0 or tok.doc[before].text != ",":
        return []
    node = tok.head
    for _ in range(_TRAILING_DEPTH):
        if node.dep_ == "ROOT" or reporting_verb(node, lex):
            return []  # a participle of the main clause or of the reporting verb: its own subject
        if node.dep_ in ("ccomp", "parataxis") and reporting_verb(node.head, lex) and node.head.i < tok.i:
            return speaker_of(node.head, res, ctx)
        node = node.head
    return []


__all__ = ["QUOTED_REQUEST", "drop_relabelled", "meeting_speaker", "obliged", "quoted_on", "reporting_agent",
           "reporting_verb", "speaker_of", "speech_candidates", "trailing_speaker"]
