"""Sentence starts the parser must respect, set before it runs.

* A paragraph break ends a sentence: the parser alone sometimes runs a quote's last sentence on
  into the next paragraph ("...a one-off strike."\n\nTom Graham said ...), and an event then cites
  two paragraphs as its sentence and is found twice.
* A wire dateline ends one too: in "SEOUL, South Korea (AP) — North Korea fired ...", the parser
  takes the dateline's place for a subject of the first sentence's verb, and the story's first
  event goes to the wrong state. The dateline becomes a sentence of its own (one in nine
  news-pool articles opens with one).
* A run of words with no sentence end gets one every ``LONGEST_RUN`` tokens, after a comma where
  one is near: a text without full stops (a transcript, a scraped list) was one sentence of
  thousands of words, and the event stage, whose time grows with the square of a sentence's
  length, spent 35 s on 10,000 characters and ran past the article budget on 50,000.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Token

PARAGRAPHS = "communique_paragraphs"
#: the dash that closes a dateline
DASHES = frozenset({"—", "–", "-", "--", "―"})
#: a dateline is short: "SAN FRANCISCO, California (Reuters Breakingviews) -"
DATELINE_TOKENS = 14
#: the most tokens without a sentence end before one is set (news sentences stay under 100)
LONGEST_RUN = 150
#: how far back from the cut a comma, semicolon or colon is looked for
CLAUSE_REACH = 50


@Language.component(PARAGRAPHS)
def paragraph_breaks(doc: Doc) -> Doc:
    """Mark the first token after a blank line, and after a paragraph's opening wire dateline, as
    sentence starts, before the parser runs."""
    starts = [0] + [tok.i + 1 for tok in doc[:-1] if tok.is_space and tok.text.count("\n") >= 2]
    for i in starts:
        if i < len(doc):
            if i > 0:
                doc[i].is_sent_start = True
            end = _dateline_end(doc, i)
            if end is not None:
                doc[end].is_sent_start = True
    for i in _run_cuts(doc):
        doc[i].is_sent_start = True
    return doc


def _ends(tok: Token) -> bool:
    """Whether ``tok`` ends a sentence or a line: a full stop, ! or ?, or a newline."""
    return (tok.is_punct and any(c in ".!?" for c in tok.text)) or "\n" in tok.text or bool(tok.is_sent_start)


def _run_cuts(doc: Doc) -> list[int]:
    """The tokens that start a sentence inside runs of more than ``LONGEST_RUN`` tokens without
    one: after the last comma, semicolon or colon within ``CLAUSE_REACH`` tokens of the cut, else at it."""
    cuts: list[int] = []
    start = 0
    for tok in doc:
        if tok.i > start and _ends(doc[tok.i - 1]):
            start = tok.i
        elif tok.i - start >= LONGEST_RUN:
            clause = [t.i + 1 for t in doc[tok.i - CLAUSE_REACH:tok.i] if t.text in {",", ";", ":"}]
            start = clause[-1] if clause else tok.i
            cuts.append(start)
    return cuts


def _dateline_end(doc: Doc, start: int) -> int | None:
    """The index of the first token after a dateline opening the paragraph at ``start``: a place
    in capitals, perhaps its state or country after a comma, perhaps the agency in brackets, then
    a dash ("WASHINGTON (AP) —", "MANILA, Philippines —", "NEW YORK (Reuters) -")."""
    if not _capitals(doc[start]) or "." in doc[start].text:
        return None  # "U.S. - China talks" open with a name, not a place
    in_brackets = after_comma = False
    for tok in doc[start + 1:start + DATELINE_TOKENS]:
        if tok.text in DASHES and not in_brackets:
            nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
            # a dash set apart by spaces ("U.S.-China" is a name), then a sentence's first word
            if nxt is None or not doc[tok.i - 1].whitespace_ or not nxt.text[:1].isupper() and not nxt.is_quote:
                return None
            return nxt.i
        if tok.text == "(":
            in_brackets = True
        elif tok.text == ")":
            in_brackets = False
        elif tok.text == ",":
            after_comma = True
        elif not (in_brackets or _capitals(tok) or (after_comma and (tok.is_title or tok.text == "."))):
            return None
    return None


def _capitals(tok: Token) -> bool:
    """A word in capitals ("SEOUL", "U.S."), as datelines write their place."""
    letters = [c for c in tok.text if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters)
