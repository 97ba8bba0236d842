"""The parse cascade (``parse = "cascade"``): which sentences it parses, and results that read as
the full parse's (offsets in the article's text, the same events where the events' sentences are kept)."""

from __future__ import annotations

import pytest

from communique.actors.text import tokenize
from communique.config import load_settings
from communique.errors import ConfigError
from communique.nlp.cascade import CandidateFinder, split_sentences
from communique.pipeline import Pipeline
from communique.types import RawDoc

STORY = ("Japan and China held talks in Beijing on Monday. The weather was mild and the food was good. "
         "Markets rose slightly in the afternoon, traders said.\n\n"
         "Later, China accused Japan of violating the agreement. The foreign ministry was angry. "
         "It summoned Japan's ambassador.")


@pytest.fixture(scope="module")
def cascade(pipeline) -> Pipeline:
    settings = pipeline.settings.with_overrides(parse="cascade", processes=1)
    return Pipeline(settings, nlp=pipeline.nlp, kb=pipeline.kb, lexicon=pipeline.lexicon)


def _sentences(text: str) -> list[str]:
    toks = tokenize(text)
    return [text[toks[a].start:toks[b - 1].end] for a, b in split_sentences(toks, text)]


def test_sentences_split_at_end_punctuation_and_line_breaks_not_abbreviations():
    text = ('Mr. Biden met Suga in the U.S. capital on Jan. 17. "We agreed," he said. '
            "The two issued a statement\nA new paragraph")
    assert _sentences(text) == ["Mr. Biden met Suga in the U.S. capital on Jan. 17.", '"We agreed," he said.',
                                "The two issued a statement", "A new paragraph"]


def test_trigger_words_reach_inflected_and_irregular_forms(cascade):
    finder = cascade.finder
    assert isinstance(finder, CandidateFinder)
    assert {"meet", "sanction", "talk"} <= cascade.lexicon.trigger_words()
    assert "*" not in cascade.lexicon.trigger_words()
    assert all(finder.is_trigger(w) for w in ("met", "sanctioned", "talks", "accused", "meeting"))
    assert not any(finder.is_trigger(w) for w in ("weather", "markets", "slightly"))


def test_a_trigger_needs_every_word_its_row_needs(cascade):
    """A verb that types an event only with its object ("had talks") is no trigger alone ("had
    coffee"; "lunch" is a meeting verb of its own: "lunched with"), and a row of type NONE (a block
    of a noisy CAMEO default) makes no trigger at all."""
    finder = cascade.finder
    needs = cascade.lexicon.trigger_requirements()
    assert frozenset({"have", "talk"}) in needs and frozenset({"have"}) not in needs
    assert frozenset({"meet"}) in needs

    def holds(sentence: str) -> bool:
        return finder._has_trigger(tokenize(sentence))

    assert holds("He had talks with them.") and holds("They met on Monday.")
    assert not holds("He had coffee with them.") and not holds("They went to see it.")


def test_sentences_without_actors_are_left_out_and_offsets_map_back(cascade):
    selection = cascade.finder.select(STORY, "2024-05-06")
    assert selection.sentences == 6 and selection.kept == 4
    assert "weather" not in selection.text and "Markets" not in selection.text
    # "It summoned" names one actor and a trigger; "It" keeps the sentence before, which names none
    assert "China accused Japan" in selection.text and "The foreign ministry was angry" in selection.text
    for parsed_at, article_at, length in selection.segments:
        assert selection.text[parsed_at:parsed_at + length] == STORY[article_at:article_at + length]
    later = selection.text.index("Later")
    assert selection.original(later) == STORY.index("Later")


def test_short_texts_are_parsed_whole(cascade):
    text = "Japan and China held talks. The weather was mild."
    selection = cascade.finder.select(text)
    assert selection.text == text and selection.segments == ((0, 0, len(text)),)


def test_cascade_finds_the_full_parse_s_events_at_the_article_s_offsets(pipeline, cascade):
    raw = RawDoc(id="cascade-story", origin="story.txt", text=STORY, published="2024-05-06")
    full, fast = pipeline.process(raw), cascade.process(raw)
    assert full.events, "the story holds events for the full parse"

    def key(ev):
        return ev.type, ev.source and ev.source.code, ev.target and ev.target.code, ev.evidence.text.strip()

    assert sorted(map(key, fast.events)) == sorted(map(key, full.events))
    for ev in fast.events:
        assert STORY[ev.evidence.start:ev.evidence.end].strip() == ev.evidence.text.strip()
    for m in fast.mentions:
        assert STORY[m.start:m.end] == m.text
    assert {m.actor.code for m in fast.mentions} == {m.actor.code for m in full.mentions}


def test_cascade_run_matches_process(cascade):
    raws = [RawDoc(id=f"cascade-{i}", origin=f"story-{i}.txt", text=STORY, published="2024-05-06") for i in range(3)]
    results = list(cascade.run(raws))
    assert [r.article.id for r in results] == ["cascade-0", "cascade-1", "cascade-2"]
    assert all(r.events and all(STORY[e.evidence.start:e.evidence.end].strip() == e.evidence.text.strip()
                                for e in r.events) for r in results)


def test_parse_setting_reads_the_environment_and_refuses_unknown_values():
    assert load_settings(env={}).parse == "full"
    assert load_settings(env={"COMMUNIQUE_PARSE": "cascade"}).parse == "cascade"
    with pytest.raises(ConfigError, match="parse"):
        load_settings(env={"COMMUNIQUE_PARSE": "fast"})
