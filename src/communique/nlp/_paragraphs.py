"""A paragraph break ends a sentence: the parser alone sometimes runs a quote's last sentence on
into the next paragraph ("...a one-off strike."\n\nTom Graham said ...), and an event then cites
two paragraphs as its sentence and is found twice."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

PARAGRAPHS = "communique_paragraphs"


@Language.component(PARAGRAPHS)
def paragraph_breaks(doc: Doc) -> Doc:
    """Mark the first token after a blank line as a sentence start, before the parser runs."""
    for tok in doc[:-1]:
        if tok.is_space and tok.text.count("\n") >= 2:
            doc[tok.i + 1].is_sent_start = True
    return doc
