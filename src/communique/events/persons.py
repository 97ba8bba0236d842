"""The people through whom a state or body acts, where the sentence names them only as speakers.

"Secretary of State Mike Pompeo announced Friday that the US is suspending the treaty": the act's
source is the United States, and the person who announces it is the official it acts through.
News reports a state's acts this way all the time ("Lavrov said Moscow would expel 20 diplomats",
"'Germany will do everything we can,' Merkel said", "The US will act, he said", and a quotation
that goes on in the next sentence): the speaker of the clause that reports the act, when that
speaker is a person of the acting side's own code, joins the act's source (the extractor keeps
one actor per code and prefers the person).

Not the speaker of another side's act ("Pompeo said Russia violated the treaty": Russia acts), nor
a speaker no actor stands for, nor one who holds no office of the side at the time (an opposition
leader, a former president), nor the reporter of a clause inside a relative clause.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Callable

from ..types import Actor
from .candidate import Candidate
from .speech import quoted_on, speaker_of

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Token

    from .args import ArgumentResolver, Discourse

#: clauses a reported act may sit in below the reported clause's head ("... will [suspend] and [withdraw]")
_CLIMB_DEPS = frozenset({"conj", "xcomp", "ccomp", "advcl", "dobj", "pobj", "prep", "nsubj", "nsubjpass",
                         "attr", "acomp", "compound", "amod", "aux", "pcomp", "npadvmod"})
#: a reporting verb commenting on a clause it hangs under ("the US will act, [said] Pompeo")
_COMMENT_DEPS = frozenset({"parataxis", "advcl"})
#: verbs beside the lexicon's reporting verbs by which a speaker states a side's act in a that-clause
#: ("Trump asserted that the U.S. will deal with ...", "Lavrov vowed Moscow would respond")
STATING_VERBS = frozenset({"assert", "vow", "pledge", "promise", "warn", "signal", "hint"})


def reporting_verb_over(tok: "Token", reporting: Callable[["Token"], bool]) -> "Token | None":
    """The reporting verb whose reported clause holds ``tok``: "X said [that the US will ...]",
    "[the US will ...], X said". None where ``tok`` first leaves its clause through a relative
    clause or a noun's clause ("the treaty, which X said ..."), or where no reporting verb is found."""
    node = tok
    for _ in range(10):
        if node != tok and reporting(node):
            return None  # ``tok`` is the reporting verb's own argument, not in what it reports
        said = next((c for c in node.children if c.dep_ in _COMMENT_DEPS and reporting(c) and c.i > tok.i), None)
        if said is not None:
            return said
        head = node.head
        if head == node:
            return None
        if node.dep_ in ("ccomp", "parataxis") and reporting(head):
            return head
        if node.dep_ not in _CLIMB_DEPS:
            return None
        node = head
    return None


def _speaking_person(cand: Candidate, res: "ArgumentResolver", ctx: "Discourse",
                     reporting: Callable[["Token"], bool]) -> Actor | None:
    """The person who reports ``cand``'s act, of the code of a side that acts in it and no person
    already: "Lavrov said [Moscow] would expel ..." -> Lavrov."""
    codes = {a.code for a in cand.source if a.kind != "person"} - {a.code for a in cand.source if a.kind == "person"}
    if not codes:
        return None
    verb = reporting_verb_over(cand.trigger, reporting)
    if verb is None:
        speakers = _quote_goes_on(cand.trigger, res, ctx, reporting)
    elif not _speaks_in_person(verb, res):
        return None
    else:
        speakers = speaker_of(verb, res, ctx)
    persons = [a for a in speakers if a.kind == "person"]
    if len(persons) != 1 or persons[0].code not in codes or any(a.code != persons[0].code for a in speakers):
        return None  # two speakers ("X and Y said") or one of another side
    if persons[0].role is None:
        return None  # no office of that side at the time: an opposition leader, a former president
    return persons[0]  # "National Security Council spokeswoman X said": her body is of her side


def _quote_goes_on(tok: "Token", res: "ArgumentResolver", ctx: "Discourse",
                   reporting: Callable[["Token"], bool]) -> list[Actor]:
    """The speaker of a quotation that goes on from the sentence before: 'Zarif said: "We will not
    talk." "Iran will respond to any attack."' ``tok``'s sentence opens with a quote mark and reports
    no one; the sentence before quotes someone and names them by a reporting verb. Empty otherwise,
    also where that verb's speaker is no actor (a quoted analyst is not the official quoted before)."""
    verb = quoted_on(tok.sent, reporting)
    if verb is None or not any(t.is_quote for t in verb.sent) or not _speaks_in_person(verb, res):
        return []
    return speaker_of(verb, res, ctx)


def _speaks_in_person(verb: "Token", res: "ArgumentResolver") -> bool:
    """Whether the subject of a reporting verb names its speaker itself: a name or title ("Lavrov",
    "the spokesman", "Iran's spokesman, X"), or a pronoun; not a noun a person only qualifies
    ("Putin's spokesperson", "cronies of Putin": not Putin speaking)."""
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is None or res.is_anaphor(subj):
        return True
    heads = [subj, *(c for c in subj.children if c.dep_ == "appos")]
    return any(m.actor.kind == "person" for h in heads for m in res.mentions_at(h))


def lend_speakers(cands: list[Candidate], res: "ArgumentResolver", ctx: "Discourse",
                  reporting: Callable[["Token"], bool]) -> None:
    """Add to each candidate's source the person who reports it when that person speaks for the
    side that acts (see the module's text)."""
    def stating(tok: "Token") -> bool:
        return reporting(tok) or (tok.pos_ == "VERB" and tok.lemma_.lower() in STATING_VERBS)

    for cand in cands:
        person = _speaking_person(cand, res, ctx, stating)
        if person is not None:
            cand.source.append(person)


__all__ = ["lend_speakers", "reporting_verb_over"]
