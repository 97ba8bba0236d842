"""Which persons of an article "he" and "she" can stand for.

The knowledge base records no gender, so the article's own words say it: a title or honorific right
before a name ("Ms. Haley", "Mr. Maduro", "Queen Elizabeth", "spokeswoman Hua Chunying") and, more
weakly, the pronouns of sentences that name only that person as a subject ("Haley said she would
..."). Persons are keyed by surname (the last word of a name), so "Nikki Haley" and "Ms. Haley" share
what is known; a surname both genders claim stays unknown, and an unknown person fits any pronoun.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Iterable

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Doc, Span

    from ..types import Actor

#: each person pronoun's gender
PRONOUN_GENDER = {"he": "m", "his": "m", "him": "m", "himself": "m",
                  "she": "f", "her": "f", "hers": "f", "herself": "f"}
#: words that say a person's gender when they stand right before the name
TITLE_GENDER = {
    "mr": "m", "sir": "m", "king": "m", "prince": "m", "lord": "m", "emir": "m", "spokesman": "m",
    "congressman": "m", "chairman": "m", "businessman": "m", "father": "m", "brother": "m", "son": "m",
    "husband": "m",
    "mrs": "f", "ms": "f", "miss": "f", "madam": "f", "madame": "f", "queen": "f", "princess": "f",
    "lady": "f", "dame": "f", "spokeswoman": "f", "congresswoman": "f", "chairwoman": "f",
    "businesswoman": "f", "mother": "f", "sister": "f", "daughter": "f", "wife": "f", "widow": "f",
}
#: titles written abbreviated, whose full stop the tokenizer may split off ("Mr" ".")
ABBREVIATED_TITLES = frozenset({"mr", "mrs", "ms"})
TITLE_WEIGHT = 3  # a title outweighs a few pronouns of a sentence that may be about someone else
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})


def surname(name: str) -> str:
    """The key a person's gender is kept under: the last word of a name, lower-cased."""
    words = name.replace("'s", "").replace("’s", "").split()
    return words[-1].lower().strip(".,") if words else ""


def actor_key(actor: "Actor") -> str:
    """The key an actor's gender is kept under, besides the surnames it was named by."""
    return f"actor:{actor.id or actor.name}"


def person_genders(doc: "Doc", persons: Iterable[tuple["Span", "Actor | None"]]) -> dict[str, str]:
    """Each person's gender ("m" or "f") where the article says it, under its surnames and its actor
    key; ``persons``: the spans that name a person (the knowledge base's mentions, with their actor,
    and the parser's PERSON entities, with None)."""
    votes: dict[str, int] = {}
    spans = sorted(((s, actor_key(a) if a is not None else None) for s, a in persons), key=lambda p: p[0].start)
    for span, key in spans:
        gender = _title_before(doc, span)
        if gender is not None:
            _vote(votes, (surname(span.text), key), gender, TITLE_WEIGHT)
    for sent in doc.sents:
        here = [(s, k) for s, k in spans if sent.start <= s.start < sent.end]
        if here and any(t.dep_ in SUBJECT_DEPS for t in here[0][0]):
            _vote_pronouns(doc, sent, here, votes)
    return {key: ("m" if n > 0 else "f") for key, n in votes.items() if n}


def _vote_pronouns(doc: "Doc", sent: "Span", here: list[tuple["Span", str | None]], votes: dict[str, int]) -> None:
    """ "Haley said she would meet Maduro": the pronouns after a sentence's first person, its subject,
    and before any other person it names are that person's, when all of one gender."""
    name = surname(here[0][0].text)
    end = next((s.start for s, _ in here if surname(s.text) != name), sent.end)
    said = {PRONOUN_GENDER[t.lower_] for t in doc[here[0][0].end: end] if t.lower_ in PRONOUN_GENDER}
    if len(said) == 1:
        _vote(votes, (name, *(k for s, k in here if s.start < end)), said.pop(), 1)


def _vote(votes: dict[str, int], keys: Iterable[str | None], gender: str, weight: int) -> None:
    for key in dict.fromkeys(keys):
        if key:
            votes[key] = votes.get(key, 0) + (weight if gender == "m" else -weight)


def _title_before(doc: "Doc", span: "Span") -> str | None:
    """The gender a title or honorific opening the name, or right before it, says ("Ms. Haley")."""
    at = [span.start] if len(span) > 1 else []
    before = span.start - 1
    if before >= 1 and doc[before].text == "." and doc[before - 1].lower_ in ABBREVIATED_TITLES:
        before -= 1  # "Mr" ".", not the full stop of "met the king. Merkel said"
    if before >= 0:
        at.append(before)
    for i in at:
        word = doc[i].lower_.rstrip(".")
        if word in TITLE_GENDER:
            return TITLE_GENDER[word]
    return None


def known(actor: "Actor | None", name: str | None, genders: dict[str, str]) -> set[str]:
    """The genders the article gives a person (an actor, or a name no actor stands for): what it
    says of the actor, else of the surnames (which a relative may share: "Mrs. Obama"); none, one,
    or, rarely, both."""
    if actor is not None and actor_key(actor) in genders:
        return {genders[actor_key(actor)]}
    keys = [surname(actor.name)] if actor is not None else []
    if name:
        keys.append(surname(name))
    return {genders[k] for k in keys if k in genders}


def fits(actor: "Actor | None", name: str | None, pronoun: str, genders: dict[str, str]) -> bool:
    """Whether ``pronoun`` can stand for a person: not when the article says the person is of the
    other gender."""
    said = PRONOUN_GENDER.get(pronoun.lower())
    found = known(actor, name, genders)
    return said is None or not found or said in found


def is_known(actor: "Actor | None", name: str | None, pronoun: str, genders: dict[str, str]) -> bool:
    """Whether the article says the person is of ``pronoun``'s gender (and not of the other)."""
    return known(actor, name, genders) == {PRONOUN_GENDER.get(pronoun.lower())}
