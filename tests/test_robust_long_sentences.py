"""A text with no sentence end (a transcript, a scraped list) is parsed in sentences of at most
LONGEST_RUN tokens: as one sentence of thousands of words the event stage, whose time grows with
the square of a sentence's length, ran past the article budget and the article was lost."""

from __future__ import annotations

import time

import pytest

from communique.config import load_settings
from communique.nlp import load_nlp
from communique.nlp._paragraphs import LONGEST_RUN
from communique.pipeline import Pipeline
from communique.types import RawDoc

RUN_ON = "the minister met the envoy in the capital and spoke of trade and the border and " * 400


@pytest.fixture(scope="module")
def nlp():
    return load_nlp(load_settings().spacy_model)


def test_a_text_without_full_stops_is_cut_into_short_sentences(nlp):
    doc = nlp(RUN_ON)
    assert max(len(s) for s in doc.sents) <= LONGEST_RUN
    assert len(list(doc.sents)) >= len(doc) // LONGEST_RUN


def test_a_cut_falls_after_a_comma_when_one_is_near(nlp):
    doc = nlp(("they spoke of trade, " + "and of the border " * 30) * 20)
    cuts = [s.start for s in doc.sents][1:]
    assert cuts and all(doc[i - 1].text == "," for i in cuts[:3])


def test_ordinary_sentences_are_not_cut(nlp):
    text = "The minister met the envoy on Monday. They spoke of trade.\n\nTalks resume on Friday. " * 40
    assert all(s.text.strip().endswith(".") for s in nlp(text).sents)


def test_a_run_on_article_is_analysed_within_its_budget():
    pipe = Pipeline(load_settings(env={"COMMUNIQUE_PROCESSES": "1", "COMMUNIQUE_ARTICLE_SECONDS": "60"}))
    started = time.process_time()
    (result,) = list(pipe.run([RawDoc(id="run-on", origin="run-on.txt", text=RUN_ON[:20_000])]))
    assert result.article.id == "run-on" and time.process_time() - started < 30
