"""The same inputs give the same store, however the run was split, ordered or interrupted.

The real pipeline analyses the seeds, two dev-news stories (three outlets each) and a
syndicated copy once; the fusion and store steps are then run on those results in one go,
in three batches, in reverse order and killed part-way then run again, and the canonical
dumps compared. A hypothesis test does the same with short synthetic articles, shuffled and
split at random.
"""

from __future__ import annotations

import datetime as dt
import json
import tempfile
from dataclasses import replace
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from communique.clean import simhash
from communique.ingest import store_results
from communique.read import read_inputs
from communique.store import EventQuery, Store
from communique.types import Actor, Article, ArticleResult, Event, Evidence

STORIES = ["53Fq9slvyVXxLUoC", "uYytKIiLtZBcPgap", "e2mqb0kW5szkkIrW",
           "HS8ZH7meVv922vtd", "VpWvzKpuBbJmZ4Ny", "e3ZU5kdmKQJjZY00"]


class Killed(Exception):
    """Stands for SIGKILL: the batch being written is never committed."""


def _dump(path: Path, results: list[ArticleResult], *, batches: int = 1, kill_after: int | None = None) -> str:
    with Store(path) as store:
        size = max(1, -(-len(results) // batches))
        if kill_after is not None:
            def stream():
                for i, r in enumerate(results):
                    if i == kill_after:
                        raise Killed
                    yield r
            with pytest.raises(Killed):
                store_results(store, stream(), batch_size=size)
        store_results(store, results, batch_size=size)
        return "\n".join(store.canonical_lines())


@pytest.fixture(scope="module")
def results(pipeline, shared: Path, seed_docs: list[dict]) -> list[ArticleResult]:
    from communique.read import load_manifest

    news = [json.loads(x) for x in (shared / "eval/dev-news/docs.jsonl").read_text().splitlines() if x.strip()]
    news = [d for d in news if d["id"] in STORIES]
    original = news[0]
    # a syndicated copy published a day before the article it copies: it becomes the original
    day_before = (dt.date.fromisoformat(original["published"][:10]) - dt.timedelta(days=1)).isoformat()
    news.append({**original, "id": "zz_wire_copy", "published": day_before, "source": "wire"})
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "news.jsonl"
        path.write_text("".join(json.dumps(d) + "\n" for d in news), encoding="utf-8")
        man = load_manifest(str(shared / "eval/dev/docs.json"))
        raws = list(read_inputs([str(shared / "seeds")], manifest=man)) + list(read_inputs([str(path)]))
        out = list(pipeline.run(raws))
    return sorted(out, key=lambda r: r.article.id)


def test_split_reversed_and_killed_runs_give_the_same_store(results: list[ArticleResult], tmp_path: Path) -> None:
    once = _dump(tmp_path / "once.duckdb", results)
    assert _dump(tmp_path / "three.duckdb", results, batches=3) == once
    assert _dump(tmp_path / "reverse.duckdb", results[::-1], batches=2) == once
    for i, kill in enumerate((1, 5, len(results) - 1)):
        assert _dump(tmp_path / f"killed{i}.duckdb", results, batches=4, kill_after=kill) == once
    rows = [json.loads(x) for x in once.splitlines()]
    arts = {r["id"]: r for r in rows if r["table"] == "articles"}
    copied = [a for a in arts.values() if a["duplicate_of"]]
    assert copied and all(a["duplicate_of"] == "zz_wire_copy" for a in copied)  # earliest published wins
    events = [r for r in rows if r["table"] == "events"]
    by_id: dict[str, set[str]] = {}
    for e in events:
        by_id.setdefault(e["event_id"], set()).add(e["doc_id"])
    assert any(len(docs) >= 2 for docs in by_id.values())  # something was fused across articles


# -- synthetic articles: cheap enough for a property test ------------------------------------

STATES = [Actor(c, n, "state") for c, n in (("USA", "United States"), ("JPN", "Japan"), ("CHN", "China"),
                                              ("IRN", "Iran"))]
TEMPLATES = ["{a} and {b} held talks on trade and security", "{a} accused {b} of violating the accord",
             "{a} struck targets linked to {b} overnight", "leaders of {a} and {b} will meet next week"]
TYPES = ["CONSULT", "ACCUSE", "ASSAULT", "CONSULT"]


def _article(i: int, rng_events: list[tuple[int, int, int, int | None, str]]) -> ArticleResult:
    published = (dt.date(2021, 3, 1) + dt.timedelta(days=i % 6)).isoformat()
    events, sentences = [], []
    pos = 0
    for t, a, b, shift, status in rng_events:
        src, tgt = STATES[a], STATES[(a + b + 1) % len(STATES)]
        text = TEMPLATES[t].format(a=src.name, b=tgt.name) + "."
        date = None if shift is None else (
            "2021-03" if shift == 9 else (dt.date.fromisoformat(published) - dt.timedelta(days=shift)).isoformat())
        events.append(Event(doc_id=f"a{i:02d}", type=TYPES[t], source=src, target=tgt, date=date,
                            status=status if t != 3 else "planned",  # type: ignore[arg-type]
                            evidence=Evidence(text, pos, pos + len(text))))
        sentences.append(text)
        pos += len(text) + 1
    text = " ".join(sentences)
    art = Article(id=f"a{i:02d}", text=text, published=published, fingerprint=f"fp{i}", simhash=simhash(text))
    return ArticleResult(art, (), tuple(events))


def _corpus() -> list[ArticleResult]:
    """30 short articles drawn once with a fixed seed, plus two syndicated copies."""
    import random

    rng = random.Random(7)
    out = []
    for i in range(30):
        specs = [(rng.randrange(4), rng.randrange(4), rng.randrange(3), rng.choice([None, 0, 1, 2, 9]),
                  rng.choice(["occurred", "planned"])) for _ in range(rng.randint(1, 3))]
        out.append(_article(i, specs))
    # two syndicated copies of article 3: one published the day before
    a3 = out[3]
    for j, days in enumerate((0, -1)):
        pub = (dt.date.fromisoformat(a3.article.published or "2021-03-01") + dt.timedelta(days=days)).isoformat()
        doc = f"c{j}"
        evs = tuple(replace(e, doc_id=doc) for e in a3.events)
        out.append(ArticleResult(replace(a3.article, id=doc, published=pub, fingerprint=f"fpc{j}"), (), evs))
    return out


CORPUS = _corpus()


@pytest.fixture(scope="module")
def reference(tmp_path_factory: pytest.TempPathFactory) -> str:
    return _dump(tmp_path_factory.mktemp("ref") / "ref.duckdb", CORPUS)


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.too_slow,
                                                                 HealthCheck.function_scoped_fixture])
@given(order=st.permutations(range(len(CORPUS))), batches=st.integers(1, 5))
def test_shuffled_and_split_synthetic_runs_give_the_reference_store(reference: str, order: list[int],
                                                                    batches: int) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        assert _dump(Path(tmp) / "s.duckdb", [CORPUS[i] for i in order], batches=batches) == reference


def test_the_synthetic_corpus_exercises_fusion(reference: str) -> None:
    rows = [json.loads(x) for x in reference.splitlines()]
    events = [r for r in rows if r["table"] == "events"]
    assert len({e["event_id"] for e in events}) < len(events)  # some mentions were fused
    arts = {a["id"]: a for a in rows if a["table"] == "articles"}
    assert arts["a03"]["duplicate_of"] == arts["c0"]["duplicate_of"] == "c1"  # the earliest published copy
    assert arts["c1"]["duplicate_of"] is None


def test_an_old_id_of_a_merged_event_still_finds_it(tmp_path: Path) -> None:
    vague = _article(0, [(0, 0, 0, 9, "occurred")])  # dated by month only: a root at first
    precise = _article(1, [(0, 0, 0, 0, "occurred")])  # a day date comes first in the canonical order
    with Store(tmp_path / "a.duckdb") as store:
        store_results(store, [vague])
        old = store.query()[0]["event_id"]
        store_results(store, [precise])
        rows = store.query()
        assert len({r["event_id"] for r in rows}) == 1 and rows[0]["event_id"] != old
        assert store.resolve_event_id(old) == rows[0]["event_id"]
        assert len(store.query(EventQuery(event_id=old))) == 2


def test_reprocessing_twice_gives_the_same_store(pipeline, shared: Path, tmp_path: Path) -> None:
    """Issue 8: ``ingest --reprocess`` analyses stored articles again and rebuilds their events
    and clusters in place: run twice, nothing is lost, duplicated or re-labelled."""
    from communique.ingest import ingest

    news = [x for x in (shared / "eval/dev-news/docs.jsonl").read_text().splitlines()
            if x.strip() and json.loads(x)["id"] in STORIES[:3]]
    path = tmp_path / "news.jsonl"
    path.write_text("\n".join(news) + "\n", encoding="utf-8")
    errors: list[str] = []
    dumps = []
    with Store(tmp_path / "r.duckdb") as store:
        for reprocess in (False, True, True):
            ingest(store, pipeline, read_inputs([str(path)]), on_error=lambda e: errors.append(str(e)),
                   batch_size=2, reprocess=reprocess)
            dumps.append("\n".join(store.canonical_lines()))
        stats = store.stats()
    assert errors == [] and stats["articles"] == 3
    assert dumps[0] == dumps[1] == dumps[2]
    events = [json.loads(x) for x in dumps[0].splitlines() if '"table": "events"' in x]
    assert len(events) == stats["events"] and len({e["event_id"] for e in events}) < len(events)
