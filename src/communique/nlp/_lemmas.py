"""Verb forms the English rule lemmatiser reads as another word, and the pipe that mends them.

The rules strip "-ing", "-ed", "-s" and prefer the last known word they reach, so "hoped" is
"hop", "waging" is "wag", "staged" is "stag", "lambasted" is "lambast", "dined" is "din": words
that decide what a sentence reports ("X hoped Y would ...", "waged war", "staged drills", "dined
with Y"). The lemmatiser's exception table cannot mend them (an exception that the rules also
produce keeps its place behind the wrong form), so ``VERB_LEMMAS`` runs after it and sets the
lemma of these verbs.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

VERB_LEMMAS = "communique_verb_lemmas"

#: lemma -> the inflected forms the rules read as another word
VERB_FORMS: dict[str, tuple[str, ...]] = {
    "hope": ("hoped", "hopes", "hoping"),
    "wage": ("waged", "wages", "waging"),
    "stage": ("staged", "stages", "staging"),
    "lambaste": ("lambasted", "lambastes", "lambasting"),
    "dine": ("dined", "dines", "dining"),
}
_LEMMA_OF = {form: lemma for lemma, forms in VERB_FORMS.items() for form in forms}


@Language.component(VERB_LEMMAS)
def verb_lemmas(doc: Doc) -> Doc:
    """Set the lemma of the verbs of ``VERB_FORMS`` (a verb by its part of speech: "stages" as a
    noun is the lemmatiser's)."""
    for tok in doc:
        lemma = _LEMMA_OF.get(tok.lower_)
        if lemma is not None and tok.pos_ == "VERB":
            tok.lemma_ = lemma
    return doc
