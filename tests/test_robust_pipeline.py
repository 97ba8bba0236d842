"""Issue 13, the per-record guard: a failure of any stage on one article is reported as a coded
error naming the input and the record; its neighbours, in the same spaCy batch too, go on."""

from __future__ import annotations

import multiprocessing
import os
import random
import time

import pytest
import spacy
from spacy.language import Language

from communique.errors import CommuniqueError, ProcessingError, TimeBudgetError
from communique.pipeline import Pipeline
from communique.types import RawDoc

from hostile import good_text


def _raws(n: int) -> list[RawDoc]:
    rng = random.Random(7)
    return [RawDoc(id=f"d{i}", origin=f"feed.jsonl:{i + 1}", text=good_text(rng, i), published="2021-04-16")
            for i in range(n)]


@Language.component("boom_on_marker")
def _boom(doc):
    if "Report number 3 " in doc.text:
        raise ValueError("the component broke")
    return doc


@Language.component("stall_on_marker")
def _stall(doc):
    if "Report number 5 " in doc.text:
        time.sleep(600)
    return doc


@Language.component("die_on_marker")
def _die(doc):
    if "Report number 6 " in doc.text and multiprocessing.parent_process() is not None:
        os._exit(3)  # a crash in C would end the worker the same way
    return doc


def _fragile(pipeline: Pipeline, processes: int, seconds: float = 60) -> Pipeline:
    nlp = spacy.load(pipeline.settings.spacy_model)
    for name in ("boom_on_marker", "stall_on_marker", "die_on_marker"):
        nlp.add_pipe(name, last=True)
    return Pipeline(pipeline.settings.with_overrides(batch_size=4, processes=processes, article_seconds=seconds),
                    nlp=nlp, kb=pipeline.kb, lexicon=pipeline.lexicon)


@pytest.mark.parametrize("processes", [1, 2])
def test_a_spacy_failure_costs_only_its_article(pipeline: Pipeline, processes: int):
    """With worker processes too: spaCy's own workers (n_process) hung the run here."""
    fragile = _fragile(pipeline, processes)
    errors: list[CommuniqueError] = []
    results = list(fragile.run(_raws(8)[:5], on_error=errors.append))
    assert fragile.workers == processes
    assert [r.article.id for r in results] == [f"d{i}" for i in range(5) if i != 3]
    assert len(errors) == 1 and isinstance(errors[0], ProcessingError)
    assert "nlp stage" in errors[0].message and "'d3'" in errors[0].message and errors[0].input == "feed.jsonl:4"


@pytest.mark.parametrize("processes", [1, 2])
def test_an_article_over_the_time_budget_is_skipped_and_the_batch_goes_on(pipeline: Pipeline, processes: int):
    fragile = _fragile(pipeline, processes, seconds=2)
    errors: list[CommuniqueError] = []
    started = time.monotonic()
    raws = [r for r in _raws(9) if r.id not in ("d3", "d6")]
    results = list(fragile.run(raws, on_error=errors.append))
    assert time.monotonic() - started < 60
    assert [r.article.id for r in results] == [r.id for r in raws if r.id != "d5"]
    assert len(errors) == 1 and isinstance(errors[0], TimeBudgetError), [str(e) for e in errors]
    assert "'d5' took longer than 2 s" in errors[0].message and "article_seconds" in errors[0].hint
    assert errors[0].input == "feed.jsonl:6"


PARSED: list[str] = []


@Language.component("slow_and_counted")
def _slow(doc):
    PARSED.append(doc.text[:20])
    time.sleep(0.6)
    return doc


def test_a_healthy_batch_longer_than_one_article_budget_is_parsed_once(pipeline: Pipeline):
    """In process, a batch has the budget of all its articles: four articles of 0.6 s each under a
    1 s budget are each within it, so the batch (2.4 s) is not taken for a stall and parsed again."""
    nlp = spacy.load(pipeline.settings.spacy_model)
    nlp.add_pipe("slow_and_counted", last=True)
    slow = Pipeline(pipeline.settings.with_overrides(batch_size=4, processes=1, article_seconds=1),
                    nlp=nlp, kb=pipeline.kb, lexicon=pipeline.lexicon)
    slow.clean(_raws(1)[0])  # the cleaner's first call loads its models (seconds)
    PARSED.clear()
    errors: list[CommuniqueError] = []
    results = list(slow.run(_raws(4), on_error=errors.append))
    assert [r.article.id for r in results] == ["d0", "d1", "d2", "d3"] and not errors, [str(e) for e in errors]
    assert len(PARSED) == 4, "a batch within its articles' budgets was parsed again article by article"


def test_a_worker_that_dies_costs_only_its_article(pipeline: Pipeline):
    fragile = _fragile(pipeline, 2)
    errors: list[CommuniqueError] = []
    raws = [r for r in _raws(9) if r.id not in ("d3", "d5")]
    results = list(fragile.run(raws, on_error=errors.append))
    assert [r.article.id for r in results] == [r.id for r in raws if r.id != "d6"]
    assert len(errors) == 1 and "worker process ended (exit code 3)" in errors[0].message
    assert "'d6'" in errors[0].message


def test_cleaning_over_the_time_budget_is_skipped(pipeline: Pipeline, monkeypatch):
    solo = Pipeline(pipeline.settings.with_overrides(processes=1, article_seconds=1), nlp=pipeline.nlp,
                    kb=pipeline.kb, lexicon=pipeline.lexicon)
    real = solo.cleaner.clean

    def slow(raw):
        if raw.id == "d1":
            time.sleep(600)
        return real(raw)

    monkeypatch.setattr(solo.cleaner, "clean", slow)
    errors: list[CommuniqueError] = []
    results = list(solo.run(_raws(3), on_error=errors.append))
    assert [r.article.id for r in results] == ["d0", "d2"]
    assert len(errors) == 1 and "'d1' took longer than 1 s in the cleaning stage" in errors[0].message


@pytest.mark.parametrize("processes", [1, 2])
def test_a_failing_stage_after_the_parse_costs_only_its_article(pipeline: Pipeline, monkeypatch, processes: int):
    """In worker processes too: the analysis runs there and its error comes back coded and named."""
    pipe = Pipeline(pipeline.settings.with_overrides(processes=processes, batch_size=2), nlp=pipeline.nlp,
                    kb=pipeline.kb, lexicon=pipeline.lexicon)
    real = pipe.extractor.extract

    def extract(article, doc, mentions):
        if article.id == "d2":
            raise KeyError("no such thing")
        return real(article, doc, mentions)

    monkeypatch.setattr(pipe.extractor, "extract", extract)
    errors: list[CommuniqueError] = []
    results = list(pipe.run(_raws(5), on_error=errors.append))
    assert pipe.workers == processes
    assert [r.article.id for r in results] == ["d0", "d1", "d3", "d4"]
    assert len(errors) == 1 and isinstance(errors[0], ProcessingError)
    assert "events stage failed: KeyError" in errors[0].message and "'d2'" in errors[0].message
    assert errors[0].input == "feed.jsonl:3" and "rest goes on" in errors[0].hint


def test_library_callers_still_get_the_error_by_default(pipeline: Pipeline, monkeypatch):
    monkeypatch.setattr(pipeline.kb, "find_mentions", lambda doc, date: 1 / 0)
    with pytest.raises(ProcessingError, match="actors stage failed: ZeroDivisionError"):
        list(pipeline.run(_raws(2)))


def test_ingest_refuses_a_new_text_under_a_stored_id_unless_replace(pipeline: Pipeline, tmp_path):
    from communique.ingest import ingest
    from communique.errors import DuplicateIdError
    from communique.store import Store

    first, second = _raws(2)
    changed = RawDoc(id=first.id, origin="later.jsonl:1", text=second.text, published="2021-04-16")
    errors: list[CommuniqueError] = []
    with Store(tmp_path / "x.duckdb") as store:
        counts = ingest(store, pipeline, [first], on_error=errors.append)
        assert (counts.stored, errors) == (1, [])
        counts = ingest(store, pipeline, [changed, first], on_error=errors.append)
        assert counts.stored == 0 and len(errors) == 1 and isinstance(errors[0], DuplicateIdError)
        assert store.get_result(first.id).article.text == first.text  # never a silent overwrite
        counts = ingest(store, pipeline, [changed], on_error=errors.append, replace=True)
        assert (counts.stored, counts.replaced) == (1, 1)
        assert store.get_result(first.id).article.text == second.text
