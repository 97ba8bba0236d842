"""A chamber of the US legislature named alone: "the Senate", "the House".

News names the chambers of Congress without the state when the story is at home: "the House
approved sanctions against North Korea", "the House and Senate passed bills ratifying the deals
with South Korea, Colombia and Panama". The words alone name no state (the Philippines and Italy
have a Senate too, Britain a House of Commons), so a chamber is resolved only where the article
itself settles whose it is: it names the US Congress or its parties ("Congress", "Capitol Hill",
"GOP", "R-Utah", Republicans and Democrats both) and no other state's chamber of that name ("the
Italian Senate", "the House of Commons"). A chamber with a state, a people or a place of its own
("the Philippine Senate") is left to the knowledge base.

The chamber acts as itself or through its committees ("the Senate Foreign Relations Committee
voted ..."), like "Congress" (a metonym of the US in the base). Not its members: "House
Republicans", "Senate leaders", "Senate Majority Leader Mitch McConnell", and "senators" or
"lawmakers" alone stay unresolved, like the named members of Congress the base leaves out on
purpose: on a news-pool sample nearly every event they added was a domestic quarrel misread.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Iterable

from communique.actors.text import index_mentions
from communique.types import Actor, Mention

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Doc, Token

#: chambers, written with a capital ("the Senate", "House Republicans")
CHAMBERS = frozenset({"Senate", "House"})
#: dependencies of a word that modifies the noun it hangs on
MODIFIER_DEPS = frozenset({"compound", "amod", "nmod", "npadvmod"})
#: what a chamber acts through ("the Senate Foreign Relations Committee")
CHAMBER_BODIES = frozenset({"committee", "committees", "subcommittee", "subcommittees", "panel"})
#: words that name some state's legislature or its members, for finding another state's ("Iran's parliament")
ANY_LEGISLATURE = frozenset({"senate", "house", "senator", "senators", "lawmaker", "lawmakers", "legislator",
                             "legislators", "parliament", "parliamentarians", "mps", "commons", "lords"})
#: which of those words a chamber or member word could be confused with
RIVALS = {"senate": frozenset({"senate", "senator", "senators"}),
          "house": frozenset({"house", "commons", "lords", "mps"})}
#: the US parties' words, which do not make a chamber another people's ("the Republican-led House")
US_PARTY_WORDS = frozenset({"republican", "republicans", "democratic", "democrat", "democrats", "gop", "bipartisan"})
#: the names of the US legislature the knowledge base resolves
US_CONGRESS = frozenset({"congress", "u.s. congress", "us congress", "united states congress", "capitol hill"})
_PARTY_LABEL = re.compile(r"\(?\b[RD]-[A-Z][a-z]")  # "Sen. Mike Lee (R-Utah)"
_GOP = re.compile(r"\bGOP\b")
_REPUBLICAN = re.compile(r"\bRepublicans?\b")
_DEMOCRAT = re.compile(r"\bDemocrats?\b|\bDemocratic Party\b")


def legislature_mentions(doc: "Doc", mentions: list[Mention], usa: Actor | None) -> list[Mention]:
    """Mentions of the US named by a chamber of Congress alone, where the article settles that the
    chamber is the US one (module docstring); none in any other article."""
    if usa is None or not _us_congress_story(doc.text, mentions):
        return []
    taken = index_mentions(doc, mentions)
    rivals = _other_legislatures(doc, taken)
    out = []
    for tok in doc:
        if tok.i in taken or not _names_legislature(tok) or _of_its_own(tok, taken) or not _acts_as_chamber(tok):
            continue
        if _rival_words(tok) & rivals:
            continue
        out.append(Mention(tok.idx, tok.idx + len(tok.text), tok.text, usa, how="metonym"))
    return out


def _us_congress_story(text: str, mentions: Iterable[Mention]) -> bool:
    """Whether the article names the US Congress or its parties."""
    if any(m.actor.code == "USA" and m.text.lower() in US_CONGRESS for m in mentions):
        return True
    return bool(_GOP.search(text) or _PARTY_LABEL.search(text)
                or (_REPUBLICAN.search(text) and _DEMOCRAT.search(text)))


def _names_legislature(tok: "Token") -> bool:
    """A chamber named alone ("the Senate", "the House"; members such as "senators" or "House Democrats"
    are never read); not "the White House", "Chatham House" (a capitalised word before the chamber names
    another house) nor "the House of Commons"."""
    if tok.text not in CHAMBERS or tok.pos_ != "PROPN":
        return False
    prev = tok.nbor(-1) if tok.i > tok.sent.start else None
    if prev is not None and prev.is_alpha and prev.text[:1].isupper() and prev.lower_ != "the":
        return False  # "White House", "Philippine Senate", "Chatham House"
    nxt = tok.nbor(1) if tok.i + 1 < len(tok.doc) else None
    return not (nxt is not None and nxt.lower_ == "of" and tok.text == "House"
                and tok.i + 2 < len(tok.doc) and tok.doc[tok.i + 2].lower_ != "representatives")


def _acts_as_chamber(tok: "Token") -> bool:
    """Whether the chamber names itself ("the House approved", "the House and Senate passed") or a
    committee of it ("the Senate Foreign Relations Committee voted"), not members it titles
    ("House Republicans", "Senate leaders", "House Intelligence Committee chairman Adam Schiff",
    "the chairman of the House Foreign Affairs Committee")."""
    node = tok
    for _ in range(8):
        if node.dep_ == "conj" and node.head is not node:
            node = node.head  # "the House and [Senate]"
            continue
        if node is not tok and node.lower_ in CHAMBER_BODIES:
            return node.dep_ not in MODIFIER_DEPS and not _of_a_title(node)
        if node.dep_ not in MODIFIER_DEPS or node.head is node:
            return node is tok or node.text in CHAMBERS
        node = node.head
    return False


def _of_a_title(body: "Token") -> bool:
    """ "the chairman of the House Foreign Affairs Committee": the committee of a member named by title."""
    prep = body.head
    return body.dep_ == "pobj" and prep.lower_ == "of" and prep.head.pos_ in ("NOUN", "PROPN")


def _of_its_own(tok: "Token", taken: dict[int, Mention]) -> bool:
    """Whether the word has a state, a people or a place of its own: an actor in its modifiers
    ("Iranian lawmakers", "the U.S. Senate"), a people or place the parser marks ("Scottish
    lawmakers", "Hong Kong legislators"), or a place it is "in" or "from" ("lawmakers in Tokyo")."""
    for c in tok.children:
        if c.dep_ in ("amod", "compound", "poss", "nmod") and c.i < tok.i:
            if c.i in taken or (c.ent_type_ in ("NORP", "GPE", "LOC") and c.lower_ not in US_PARTY_WORDS):
                return True
        if c.dep_ == "prep" and c.lower_ in ("in", "from", "of"):
            if any(o.i in taken or o.ent_type_ in ("GPE", "NORP", "LOC") for o in c.children if o.dep_ == "pobj"):
                return True
    return False


def _rival_words(tok: "Token") -> frozenset[str]:
    """The legislature words whose naming of another state would make chamber ``tok`` ambiguous: that
    chamber's names ("the Italian Senate" for "the Senate")."""
    return RIVALS.get(tok.lower_, frozenset())


def _other_legislatures(doc: "Doc", taken: dict[int, Mention]) -> frozenset[str]:
    """The legislature words the article uses for a state other than the US: after a state's name
    ("the Italian Senate", "Iran's parliament", "Iranian lawmakers"), and the British houses."""
    words: set[str] = set()
    for tok in doc:
        low = tok.lower_
        if low not in ANY_LEGISLATURE:
            continue
        if low in ("commons", "lords") and tok.text[:1].isupper():
            words.add(low)
            continue
        owner = _owner(tok, taken)
        if owner is not None and owner.actor.code != "USA":
            words.add(low)
    return frozenset(words)


def _owner(tok: "Token", taken: dict[int, Mention]) -> Mention | None:
    """The state mention right before a legislature word ("Iran's parliament", "Italian senators")."""
    j = tok.i - 1
    while j >= 0 and tok.doc[j].lower_ in ("'s", "’s", "'", "’"):
        j -= 1
    m = taken.get(j) if j >= 0 else None
    return m if m is not None and m.actor.kind in ("state", "person") else None


__all__ = ["legislature_mentions"]
