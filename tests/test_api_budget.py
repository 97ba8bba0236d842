"""POST /api/ingest runs the pipeline in the server's worker threads, where the main thread's
alarm cannot reach: one pathological article stalled the whole request (and, through the
ingest lock, every write after it). The per-article budget now holds in any thread."""

from __future__ import annotations

import json
import random
import threading
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest
import spacy
from spacy.language import Language

pytest.importorskip("uvicorn", reason="the server extra is not installed: pip install 'communique[server]'")


from communique._budget import time_budget  # noqa: E402
from communique.api import create_app  # noqa: E402
from communique.errors import TimeBudgetError  # noqa: E402
from communique.pipeline import Pipeline  # noqa: E402
from communique.store import Store  # noqa: E402

from hostile import good_text  # noqa: E402
from served import serving  # noqa: E402

TOKEN = "budget-token-123"
STALL = 120.0  # seconds the pathological article would take (more than the client waits)


def _spin(seconds: float) -> None:
    """Busy in Python (as a pathological input is), not asleep in C."""
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        pass


@Language.component("api_budget_stall")
def _stall(doc):
    if "Report number 1 " in doc.text:
        _spin(STALL)
    return doc


@pytest.fixture()
def server(tmp_path: Path, pipeline: Pipeline) -> Iterator[str]:
    """A real uvicorn server whose pipeline stalls on one article, under a 2 s budget."""
    nlp = spacy.load(pipeline.settings.spacy_model)
    nlp.add_pipe("api_budget_stall", last=True)
    slow = Pipeline(pipeline.settings.with_overrides(processes=1, article_seconds=2), nlp=nlp,
                    kb=pipeline.kb, lexicon=pipeline.lexicon)
    db = tmp_path / "store.duckdb"
    Store(db).close()
    with serving(create_app(db, token=TOKEN, pipeline=slow, poll_seconds=0.2)) as url:
        yield url


def test_a_stalling_article_posted_to_the_server_is_cut_off_and_the_rest_stored(server: str):
    rng = random.Random(3)
    body = "".join(json.dumps({"id": f"p{i}", "published": "2021-04-16", "text": good_text(rng, i)}) + "\n"
                   for i in range(3)).encode()
    request = urllib.request.Request(f"{server}/api/ingest", data=body, method="POST",
                                     headers={"Authorization": f"Bearer {TOKEN}"})
    started = time.monotonic()
    with urllib.request.urlopen(request, timeout=60) as response:  # without the budget: a timeout here
        result = json.load(response)
    assert time.monotonic() - started < 45
    assert result["stored"] == 2 and len(result["errors"]) == 1, result
    assert "'p1' took longer than 2 s" in result["errors"][0] and "article_seconds" in result["errors"][0]


def test_the_budget_holds_in_a_thread_and_never_fires_after_its_block():
    caught: list[BaseException] = []
    late: list[BaseException] = []

    def work() -> None:
        try:
            with time_budget(0.5, "feed.jsonl:2", "d1", "analysis"):
                _spin(30)
        except TimeBudgetError as exc:
            caught.append(exc)
        for _ in range(300):  # budgets spent right at the end of their block
            try:
                try:
                    with time_budget(0.0005, None, "d", "nlp"):
                        _spin(0.0005)
                except TimeBudgetError:
                    pass
                _spin(0.001)  # outside any budget: nothing may land here
            except BaseException as exc:  # noqa: BLE001 - what the test looks for
                late.append(exc)

    thread = threading.Thread(target=work)
    started = time.monotonic()
    thread.start()
    thread.join(60)
    assert not thread.is_alive() and time.monotonic() - started < 30
    assert len(caught) == 1 and "'d1' took longer than 0.5 s in the analysis stage" in caught[0].message
    assert caught[0].input == "feed.jsonl:2" and type(caught[0]) is TimeBudgetError
    assert not late, late
