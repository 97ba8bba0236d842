"""Small readings of one token that the event rules share: the objects of a word's phrases with
given prepositions, a verb's object, the group a partitive word takes a part of, whether a word
names a person, the verb whose object a nominal trigger is."""

from __future__ import annotations

from typing import TYPE_CHECKING, Iterator

from .args import ArgumentResolver, amount_of, object_noun

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Token


#: one-preposition sets for ``prep_objects``
OF, FOR, FROM, TO = frozenset({"of"}), frozenset({"for"}), frozenset({"from"}), frozenset({"to"})
WITH, IN, WITHOUT = frozenset({"with"}), frozenset({"in"}), frozenset({"without"})
INTO, BETWEEN, AGAINST = frozenset({"into"}), frozenset({"between"}), frozenset({"against"})
ON = frozenset({"on"})
BY, AS = frozenset({"by"}), frozenset({"as"})


def with_conjuncts(verb: "Token") -> list["Token"]:
    """A verb's dependents and those of the verbs conjoined with it, whose object it shares:
    "vowed to destroy and obliterate [Turkey's economy]" (the parser hangs it on the last verb)."""
    return [c for v in (verb, *verb.conjuncts) for c in v.children]


def preps_named(tok: "Token", word: str) -> list["Token"]:
    """The prepositions ``word`` that hang on ``tok``."""
    return [p for p in tok.children if p.dep_ == "prep" and p.lower_ == word]


#: words that take a part of a group named by their "of" phrase ("half of the attorneys", "dozens of officials")
PARTITIVE_WORDS = frozenset({"half", "some", "many", "most", "all", "several", "dozen", "dozens", "hundred", "hundreds",
                             "thousand", "thousands", "million", "millions", "score", "scores", "majority", "number",
                             "rest", "none", "few"})


def part_of(tok: "Token") -> "Token":
    """The group a partitive word or a number takes a part of ("fired [half] of the attorneys" ->
    attorneys, "killed [dozens] of protesters" -> protesters), else ``tok``."""
    if tok.lemma_.lower() in PARTITIVE_WORDS or tok.lower_ in PARTITIVE_WORDS or tok.tag_ == "CD" or tok.pos_ == "NUM":
        return next(prep_objects(tok, OF), tok)
    return tok


def is_person(tok: "Token", res: ArgumentResolver) -> bool:
    """Whether ``tok`` names a person: the actor the knowledge base reads there is one, or, where
    it reads none, the tagger says so."""
    mention = res.mention_of(tok)
    return (mention.actor.kind == "person") if mention is not None else tok.ent_type_ == "PERSON"


#: plurals the tagger lemmatises as another noun, with the noun news means by them
_LEMMA_SLIPS = {"bases": "base"}


def noun_lemma(tok: "Token") -> str:
    """A word's lower-cased lemma, the tagger's slips mended: "bases" is "base" (a military base), not
    "basis"."""
    return _LEMMA_SLIPS.get(tok.lower_, tok.lemma_.lower())


def modified_by(tok: "Token", words: frozenset[str]) -> bool:
    """Whether one of ``tok``'s premodifiers (an adjective or a compound) has its lemma in ``words``
    ("[personal] attacks", "a [litmus] test", "[Russian] [hacking] group")."""
    return any(c.dep_ in ("amod", "compound") and c.lemma_.lower() in words for c in tok.children)


def indefinite(noun: "Token") -> bool:
    """Whether ``noun`` is one "a"/"an" introduces: one episode or one measure among others ("in a
    call with Y", "would respond strongly to a retaliation by Iran"), not one known to the reader."""
    return any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in noun.children)


def prep_objects(tok: "Token", preps: frozenset[str]) -> Iterator["Token"]:
    """The objects of a word's phrases with these prepositions ("the release [of] [the crew]",
    "went to Geneva [for] [talks]", "airstrikes [on] [Idlib]")."""
    return (o for p in tok.children if p.dep_ == "prep" and p.lower_ in preps for o in p.children if o.dep_ == "pobj")


def verb_object(tok: "Token") -> "Token | None":
    """A verb's object; for a relative clause whose object is the relative pronoun, the noun the
    clause is about ("the strikes [that Israel carried out]", "Russia, [which Britain blames]": see
    ``args.relative_object``)."""
    obj = next((c for c in tok.children if c.dep_ in ("dobj", "attr", "oprd")), None)
    return object_noun(obj) if obj is not None else None


def governing_verb(tok: "Token") -> "Token | None":
    """The verb whose object a nominal trigger is: "hold [talks]", "met at [the summit]",
    "made arrangements for [talks]"; not through other nouns' modifiers ("in response to [the attack]")."""
    node = tok
    for _ in range(3):
        while node.dep_ in ("conj", "appos") and node.head != node:
            node = node.head
        if node.dep_ in ("dobj", "attr", "nsubjpass", "oprd", "npadvmod"):
            head = node.head
            return head if head.pos_ in ("VERB", "AUX") else None
        if node.dep_ == "pobj" and node.head.dep_ == "prep":
            prep, host = node.head, phrase_host(node.head)
            if host.pos_ in ("VERB", "AUX"):
                return host
            if prep.lower_ in ("for", "of") and host.pos_ == "NOUN" or amount_of(node) is not None:
                node = host  # "arrangements for talks", "preparations for the summit", "$2 billion in aid"
                continue
        return None
    return None


def phrase_host(prep: "Token") -> "Token":
    """The word a prepositional phrase hangs on: its head, or for "ahead of" the head of "ahead"
    ("played golf [ahead] of the summit": the verb)."""
    head = prep.head
    if head.lower_ == "ahead" and head.dep_ == "advmod" and head.head != head:
        return head.head
    return head


def is_passive(verb: "Token") -> bool:
    """Whether ``verb`` is in the passive voice: it has a passive subject or auxiliary ("was seized")."""
    return any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children)


def quote_left(first: "Token", later: "Token") -> "Token | None":
    """The opening quotation mark of a quotation that holds ``first`` and closes before ``later``
    ('X said "[Russia interfered] in our elections" and [called] on Y': the parser often conjoins a
    verb after the quotation with the last verb inside it); ``None`` when no quotation ends between."""
    doc = first.doc
    opening = next((t for t in reversed(doc[first.sent.start: first.i]) if t.tag_ in ("``", "''")), None)
    if opening is None or opening.tag_ != "``":
        return None
    closes = any(t.tag_ == "''" for t in doc[first.i + 1: later.i])
    return opening if closes else None


def nearest_subject(tok: "Token") -> "Token | None":
    """The verb's subject; of two the parser gave it ("The U.S. then covertly partners with X, and
    Ethiopia launches an invasion"), the nearer one before it."""
    subjects = [c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass", "csubj")]
    before = [c for c in subjects if c.i < tok.i]
    return before[-1] if before else (subjects[0] if subjects else None)
