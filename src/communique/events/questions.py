"""Questions and captions: a sentence that asks whether an act happened states none ("Will Iran
retaliate?", "asked whether China would invade"), and a photo caption reports no new event."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .args import SUBJECTS
from .conditions import FEARED_MODALS

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Doc, Span, Token


#: verbs of asking, which ask a question or ask for something
QUESTION_VERBS = frozenset({"ask", "inquire", "enquire"})


#: what a reporter asks a speaker for ("asked to comment on the report", "asked for comment", "declined
#: when asked to elaborate"): a question put to the speaker, nothing asked of a party
COMMENT_WORDS = frozenset({"comment", "elaborate", "speculate"})


WH_TAGS = frozenset({"WDT", "WP", "WP$", "WRB"})


#: verbs that give a thing its name ("a group called X", "an operation dubbed Y")
NAMING_VERBS = frozenset({"call", "dub", "name", "nickname", "title", "brand", "label"})


def asks_a_question(tok: "Token") -> bool:
    """ "asked whether Beijing would join", "asked where the money went", "asked about the talks",
    "when asked, he said", "asked to comment on the proposal": asking a question is no request (asking
    someone to act, or for something, is)."""
    if tok.lemma_.lower() not in QUESTION_VERBS:
        return False
    kids = list(tok.children)
    if any(_comment_asked(c) for c in kids):
        return True
    if any(c.dep_ == "xcomp" or (c.dep_ == "prep" and c.lower_ == "for") for c in kids):
        return False
    for c in kids:
        marks = {m.lower_ for m in c.children if m.dep_ == "mark"}
        if (c.dep_ in ("ccomp", "advcl") and marks & {"whether", "if"}) or (
                c.dep_ == "ccomp" and _wh_clause(c)):
            return True
        if c.dep_ == "prep" and c.lower_ == "about":
            return True
    return tok.dep_ == "advcl" and tok.tag_ == "VBN"  # "when asked", "asked on Friday, she said"


def _comment_asked(kid: "Token") -> bool:
    """ "asked [to comment]", "asked [for] comment": the child of a verb of asking that asks for a
    comment (``COMMENT_WORDS``)."""
    if kid.dep_ == "xcomp":
        return kid.lemma_.lower() in COMMENT_WORDS
    return kid.dep_ == "prep" and kid.lower_ == "for" and any(
        o.dep_ == "pobj" and o.lemma_.lower() in COMMENT_WORDS for o in kid.children)


def quoted_question(tok: "Token") -> bool:
    """ '"Is Putin a war criminal?" he asked.', '"How could it be?" he asked in an interview with X':
    'He asked rhetorically, "Do you really think ...?"': a verb of asking that attributes a quoted
    question asks nothing of anyone. The question mark stands in the verb's sentence or just before
    it (the parser may cut '?" she asked.' into a sentence of its own); not when the verb names an act or a
    thing asked for ("asked Iran to stop", "asked for help")."""
    if tok.lemma_.lower() not in QUESTION_VERBS:
        return False
    kids = list(tok.children)
    if any(c.dep_ == "xcomp" or (c.dep_ == "prep" and c.lower_ == "for") for c in kids):
        return False
    sent = tok.sent
    return any(t.text == "?" for t in sent) or _question_before(tok.doc, sent.start)


def _question_before(doc: "Doc", start: int) -> bool:
    """Whether the text just before token ``start`` closes a question (a "?" with only quotes and
    spaces after it)."""
    i = start - 1
    while i >= 0 and (doc[i].is_quote or doc[i].is_space):
        i -= 1
    return i >= 0 and doc[i].text == "?"


def open_question(tok: "Token") -> bool:
    """ "did not say whether they were dismissing the statement", "investigating whether Huawei violated
    sanctions": an act in a whether-clause (its verb, or a noun that verb governs) is a question left
    open, not a report; so is one in an embedded wh-question with a modal (``_asked_what_would``),
    and one weighed in a for-to clause ("it would be wrong for X to act", ``_judged_act``). An act
    deliberated on is kept, as a hypothetical act (``_deliberated``)."""
    head = _clause_head(tok)
    return head is not None and ((any(c.dep_ == "mark" and c.lower_ == "whether" for c in head.children)
                                  and not _deliberated(head))
                                 or _asked_what_would(head) or _judged_act(head))


#: the modal of a choice weighed: "whether the US should arm the rebels"
DELIBERATIVE_MODALS = frozenset({"should"})


def _deliberated(verb: "Token") -> bool:
    """ "has not decided whether [to impose] sanctions", "is considering whether [to send] arms", "whether
    the US [should] arm the rebels": a whether-clause with an infinitive or "should" weighs a choice of one's
    own to act; the act is a hypothetical one (status's whether-clause reads it so), not a question of
    what happened ("whether Huawei violated sanctions") or a forecast asked for ("asked whether China
    would invade")."""
    return any(c.dep_ == "aux" and (c.lower_ in DELIBERATIVE_MODALS or (c.lower_ == "to" and c.tag_ == "TO"))
               for c in verb.children)


def _clause_head(tok: "Token") -> "Token | None":
    """The verb of the clause a trigger stands in (a noun's governing verb; a conjunct's first verb)."""
    head = tok
    while head.pos_ not in ("VERB", "AUX") or head.dep_ == "conj":
        if head.head.i == head.i:
            return None
        head = head.head
    return head


#: where an embedded question hangs: a verb's or a preposition's object clause, or a clause subject
QUESTION_CLAUSE_DEPS = frozenset({"ccomp", "pcomp", "pobj", "csubj", "xcomp"})


def _asked_what_would(verb: "Token") -> bool:
    """ "decide what kind of weapon they would test", "unclear how Iran might respond": an embedded
    wh-question whose verb has a modal asks what may be done and reports no act. (A relative clause,
    "the missile which it would test", and a factive "described how troops stormed it" are not.)"""
    if verb.dep_ not in QUESTION_CLAUSE_DEPS or not any(c.dep_ == "aux" and c.lower_ in FEARED_MODALS
                                                        for c in verb.children):
        return False
    return _wh_clause(verb)


def _wh_clause(head: "Token") -> bool:
    """Whether the clause of ``head`` begins with a wh-word ("where the money went", "what kind of
    weapon they would test")."""
    return head.left_edge.tag_ in WH_TAGS


#: auxiliaries that, put before their subject, make a clause a question ("will they strike?")
INVERTING = frozenset({"do", "be", "have", "will", "would", "can", "could", "shall", "should", "may", "might",
                       "must"})


#: a photo caption's pointers ("Ms X (left) greets ...", "the ship (pictured) ...")
CAPTION_CUES = frozenset({"pictured", "left", "right", "centre", "center", "above", "below", "inset", "top",
                          "bottom", "file"})


def in_question(tok: "Token") -> bool:
    """ "Will they target American interests?", "What impact will it have to expand their
    cooperation?": a trigger inside a direct question asks about an act; the text reports none.
    The question is the first clause above the trigger with a wh-word first or an auxiliary before
    its subject, when a question mark closes it."""
    marks = [t.i for t in tok.sent if t.text == "?" and t.i > tok.i]
    if not marks:
        return False
    node = tok
    for _ in range(12):
        if node.pos_ in ("VERB", "AUX") and _interrogative(node):
            return any(node.left_edge.i <= tok.i and m <= node.right_edge.i + 2 for m in marks)
        if node.head.i == node.i:
            return False
        node = node.head
    return False


def _interrogative(verb: "Token") -> bool:
    """A clause that asks: a wh-word opens it ("why did", "who attacked", "what kind of impact"),
    or an auxiliary stands before its subject ("will they", "did not more Ukrainians die")."""
    first = verb.left_edge
    if first.tag_ in WH_TAGS and first.i < verb.i:
        return True
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass", "expl")), None)
    if subj is None:
        return False
    if verb.pos_ == "AUX" and verb.i < subj.i and verb.lemma_.lower() in INVERTING:
        return True  # "is this an attack?"
    return any(c.dep_ in ("aux", "auxpass") and c.i < subj.i and c.lemma_.lower() in INVERTING
               for c in verb.children)


def is_caption(sent: "Span") -> bool:
    """ "Ms Mogherini (left) and Mr Zarif (right) in Vienna", "the warship (pictured) sailed ...":
    a photo caption, page furniture that repeats or sums up the story, not its text."""
    toks = list(sent)
    return any(t.lower_ in CAPTION_CUES and 0 < i < len(toks) - 1 and toks[i - 1].text == "("
               and toks[i + 1].text == ")" for i, t in enumerate(toks))


def naming_participle(tok: "Token") -> bool:
    """ "a code called Stuxnet", "a group known as X", "a militia dubbed Y": a participle right after
    a noun, with no subject of its own, names that thing; no one called or met anyone."""
    if tok.lemma_.lower() not in NAMING_VERBS or tok.i == 0 or tok.tag_ not in ("VBN", "VBD"):
        return False
    if any(c.dep_ in SUBJECTS or c.dep_ in ("auxpass", "aux") or (c.dep_ in ("prep", "prt") and c.lower_ in (
            "on", "upon", "for", "off")) for c in tok.children):
        return False  # "the groups today called on the army to act": a request
    prev = tok.doc[tok.i - 1]
    return prev.pos_ in ("NOUN", "PROPN") and prev.ent_type_ not in ("DATE", "TIME") and prev.dep_ != "npadvmod"


def _judged_act(tok: "Token") -> bool:
    """ "it would be wrong for the US to leave Iraq", "it is time for Europe to act": an act put in a
    for-to clause under "it is ..." is weighed, not reported or announced."""
    if not any(c.dep_ == "mark" and c.lower_ == "for" for c in tok.children):
        return False
    head = tok.head.head if tok.head.dep_ in ("attr", "acomp") else tok.head  # "it is [time] for X to act"
    return head.lemma_.lower() in ("be", "seem") and any(
        c.dep_ in ("nsubj", "expl") and c.lower_ == "it" for c in head.children)
