"""Property tests of the store: ingest is idempotent and results round-trip."""

from __future__ import annotations

import tempfile
from dataclasses import replace
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from communique.store import EventQuery, Store
from communique.types import EVENT_TYPES, STATUSES, Actor, Article, ArticleResult, Event, Evidence, Location, Mention

codes = st.sampled_from(["USA", "CHN", "JPN", "GBR", "NATO", "EU", "RUS"])
small_text = st.text(max_size=12)
opt_text = st.none() | small_text
dates = st.none() | st.sampled_from(["2021", "2021-04", "2021-04-16", "2022-01-21", "2019-12"])

actors = st.builds(Actor, code=codes, name=small_text,
                   kind=st.sampled_from(["person", "state", "organization", "group"]),
                   role=opt_text, country=st.none() | codes, valid_from=dates, valid_to=dates, id=opt_text)


@st.composite
def results(draw: st.DrawFn) -> ArticleResult:
    doc_id = draw(st.sampled_from(["a", "b", "c", "d"]))
    text = draw(st.text(min_size=1, max_size=40))
    article = Article(id=doc_id, text=text, title=draw(opt_text), published=draw(dates),
                      url=draw(opt_text), source=draw(opt_text), language=draw(st.none() | st.just("en")),
                      fingerprint=draw(st.none() | st.sampled_from(["f1", "f2"])),
                      simhash=draw(st.none() | st.integers(0, (1 << 64) - 1)),
                      removed=tuple(draw(st.lists(small_text, max_size=2))))
    mentions = tuple(draw(st.lists(st.builds(Mention, start=st.integers(0, 50), end=st.integers(0, 60),
                                             text=small_text, actor=actors,
                                             how=st.sampled_from(["name", "alias", "title"])), max_size=3)))
    events = tuple(draw(st.lists(st.builds(
        Event, doc_id=st.just(doc_id), type=st.sampled_from(EVENT_TYPES),
        evidence=st.builds(Evidence, text=small_text, start=st.integers(0, 100), end=st.integers(0, 100)),
        status=st.sampled_from(STATUSES), mode=st.none() | st.just("visit"), source=st.none() | actors,
        target=st.none() | actors, participants=st.lists(actors, max_size=2).map(tuple), date=dates,
        location=st.none() | st.builds(Location, name=small_text, country=st.none() | codes),
        topics=st.lists(small_text, max_size=2).map(tuple), background=st.booleans(), trigger=opt_text,
        event_id=st.none() | st.sampled_from(["E1", "E2", "E3"]),
        confidence=st.floats(0, 1, allow_nan=False)), max_size=3)))
    return ArticleResult(article, mentions, events)


def _snapshot(store: Store) -> tuple:
    ids = sorted({r[0] for r in store._db().execute("SELECT id FROM articles").fetchall()})
    return store.stats(), store.query(EventQuery()), [store.get_result(i) for i in ids]


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(batches=st.lists(st.lists(results(), max_size=4), min_size=1, max_size=3))
def test_writing_twice_equals_writing_once(batches: list[list[ArticleResult]]) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        with Store(Path(tmp) / "once.duckdb") as once, Store(Path(tmp) / "twice.duckdb") as twice:
            for batch in batches:
                once.write(batch)
            for batch in batches + batches:
                twice.write(batch)
            assert _snapshot(once) == _snapshot(twice)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(batch=st.lists(results(), max_size=5))
def test_results_round_trip(batch: list[ArticleResult]) -> None:
    last = {r.article.id: r for r in batch}
    with tempfile.TemporaryDirectory() as tmp, Store(Path(tmp) / "rt.duckdb") as store:
        store.write(batch)
        for doc_id, original in last.items():
            back = store.get_result(doc_id)
            assert back is not None
            # duplicate_of is the store's canonical choice among near-duplicates (earliest published)
            assert replace(back.article, duplicate_of=None) == replace(original.article, duplicate_of=None)
            assert back.article.duplicate_of in {None, *last} - {doc_id}
            assert back.mentions == original.mentions
            assert back.events == original.events
        assert store.stats()["events"] == sum(len(r.events) for r in last.values())
        assert len(store.query()) == store.stats()["events"]
