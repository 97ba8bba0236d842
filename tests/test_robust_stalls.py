"""Issue 9, item 10: no single input stalls a batch. Each input that took minutes (or never
ended) is rebuilt (``stalls.py``) and run through what ``communique extract`` and ``communique
ingest`` run, with a good article beside it: it finishes or is refused with one line naming it,
the good article is kept, and it costs under 10 s of this process's CPU time (CPU, not wall
time, so that a loaded test machine does not fail the test; a generous wall bound catches a hang).
"""

from __future__ import annotations

import random
import time
from pathlib import Path

import pytest

from communique._runs import extract_results
from communique.errors import CommuniqueError, LanguageError
from communique.ingest import ingest
from communique.pipeline import Pipeline
from communique.read import read_inputs
from communique.store import Store

from hostile import good_text
from stalls import CASES

CPU_SECONDS = 10
WALL_SECONDS = 120


@pytest.fixture(scope="module")
def solo(pipeline: Pipeline) -> Pipeline:
    """In process, so that the CPU time of the work is this process's."""
    return Pipeline(pipeline.settings.with_overrides(processes=1), nlp=pipeline.nlp, kb=pipeline.kb,
                    lexicon=pipeline.lexicon)


def _inputs(tmp_path: Path, tag: str) -> tuple[list[Path], Path]:
    good = tmp_path / "good.txt"
    good.write_text(good_text(random.Random(99), 99))
    return [good, CASES[tag](tmp_path)], good


def _timed(fn):
    cpu, wall = time.process_time(), time.monotonic()
    out = fn()
    return out, time.process_time() - cpu, time.monotonic() - wall


def _check(tag: str, errors: list[CommuniqueError], cpu: float, wall: float) -> None:
    print(f"{tag}: {cpu:.1f} s CPU, {wall:.1f} s wall")
    assert cpu < CPU_SECONDS and wall < WALL_SECONDS, f"{tag}: {cpu:.1f} s CPU, {wall:.1f} s wall"
    assert len(errors) <= 1, [str(e) for e in errors]
    assert not any(isinstance(e, LanguageError) for e in errors), [str(e) for e in errors]


@pytest.mark.parametrize("tag", sorted(CASES))
def test_extract_finishes_each_stalling_input(solo: Pipeline, tmp_path: Path, tag: str):
    paths, good = _inputs(tmp_path, tag)
    errors: list[CommuniqueError] = []
    results, cpu, wall = _timed(lambda: extract_results(solo, read_inputs(paths), errors.append))
    _check(tag, errors, cpu, wall)
    assert "good" in [r.article.id for r in results]
    assert all(tag_path_named(e, paths[1]) for e in errors), [str(e) for e in errors]
    assert all(len(r.article.text) <= solo.settings.max_article_chars for r in results)


@pytest.mark.parametrize("tag", sorted(CASES))
def test_ingest_finishes_each_stalling_input(solo: Pipeline, tmp_path: Path, tag: str):
    paths, good = _inputs(tmp_path, tag)
    errors: list[CommuniqueError] = []
    with Store(tmp_path / "x.duckdb") as store:
        _, cpu, wall = _timed(lambda: ingest(store, solo, read_inputs(paths), on_error=errors.append))
        assert store.get_result("good") is not None
    _check(tag, errors, cpu, wall)
    assert all(tag_path_named(e, paths[1]) for e in errors), [str(e) for e in errors]


def tag_path_named(err: CommuniqueError, path: Path) -> bool:
    """The error line names the bad input (the file, or the pipe inside the folder)."""
    return str(path) in str(err)
