"""Issue 13, the per-record guard: a failure of any stage on one article is reported as a coded
error naming the input and the record; its neighbours, in the same spaCy batch too, go on."""

from __future__ import annotations

import random

import pytest
import spacy
from spacy.language import Language

from communique.errors import CommuniqueError, ProcessingError
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


@pytest.fixture(scope="module")
def fragile_pipeline(pipeline) -> Pipeline:
    nlp = spacy.load(pipeline.settings.spacy_model)
    nlp.add_pipe("boom_on_marker", last=True)
    return Pipeline(pipeline.settings.with_overrides(batch_size=4), nlp=nlp, kb=pipeline.kb,
                    lexicon=pipeline.lexicon)


def test_a_spacy_failure_costs_only_its_article(fragile_pipeline: Pipeline):
    errors: list[CommuniqueError] = []
    results = list(fragile_pipeline.run(_raws(8), on_error=errors.append))
    assert [r.article.id for r in results] == [f"d{i}" for i in range(8) if i != 3]
    assert len(errors) == 1 and isinstance(errors[0], ProcessingError)
    assert "nlp stage" in errors[0].message and "'d3'" in errors[0].message and errors[0].input == "feed.jsonl:4"


def test_a_failing_stage_after_the_parse_costs_only_its_article(pipeline: Pipeline, monkeypatch):
    real = pipeline.extractor.extract

    def extract(article, doc, mentions):
        if article.id == "d2":
            raise KeyError("no such thing")
        return real(article, doc, mentions)

    monkeypatch.setattr(pipeline.extractor, "extract", extract)
    errors: list[CommuniqueError] = []
    results = list(pipeline.run(_raws(5), on_error=errors.append))
    assert [r.article.id for r in results] == ["d0", "d1", "d3", "d4"]
    assert len(errors) == 1 and "events stage failed: KeyError" in errors[0].message and "'d2'" in errors[0].message


def test_library_callers_still_get_the_error_by_default(pipeline: Pipeline, monkeypatch):
    monkeypatch.setattr(pipeline.kb, "find_mentions", lambda doc, date: 1 / 0)
    with pytest.raises(ProcessingError, match="actors stage failed: ZeroDivisionError"):
        list(pipeline.run(_raws(2)))


def test_ingest_refuses_a_new_text_under_a_stored_id_unless_replace(pipeline: Pipeline, tmp_path):
    from communique._runs import ingest_results
    from communique.errors import DuplicateIdError
    from communique.store import Store

    first, second = _raws(2)
    changed = RawDoc(id=first.id, origin="later.jsonl:1", text=second.text, published="2021-04-16")
    errors: list[CommuniqueError] = []
    with Store(tmp_path / "x.duckdb") as store:
        counts = ingest_results(pipeline, store, [first], on_error=errors.append)
        assert (counts.stored, errors) == (1, [])
        counts = ingest_results(pipeline, store, [changed, first], on_error=errors.append)
        assert counts.stored == 0 and len(errors) == 1 and isinstance(errors[0], DuplicateIdError)
        assert store.get_result(first.id).article.text == first.text  # never a silent overwrite
        counts = ingest_results(pipeline, store, [changed], on_error=errors.append, replace=True)
        assert (counts.stored, counts.replaced) == (1, 1)
        assert store.get_result(first.id).article.text == second.text
