"""Store throughput: write, re-write (idempotent skip), query and export synthetic results.

    python bench/bench_store.py [--articles 10000] [--events 5] [--batch 1000]

Prints rows per second for each step. Uses a fresh DuckDB file in a temporary folder.
"""

from __future__ import annotations

import argparse
import random
import tempfile
import time
from pathlib import Path

from communique.store import EventQuery, Store
from communique.types import EVENT_TYPES, Actor, Article, ArticleResult, Event, Evidence, Mention

CODES = ("USA", "CHN", "JPN", "GBR", "RUS", "FRA", "DEU", "KOR", "PRK", "IND", "NATO", "EU", "UN")


def synthetic(n: int, events: int, seed: int = 7) -> list[ArticleResult]:
    """``n`` articles of about 600 characters, each with 3 mentions and ``events`` events."""
    rng = random.Random(seed)
    out = []
    for i in range(n):
        doc = f"doc{i:07d}"
        sentence = "The president met the prime minister to discuss trade and security. "
        text = sentence * 9
        actors = [Actor(c, f"{c} leader", "person", role="head of state", country=c) for c in rng.sample(CODES, 3)]
        mentions = tuple(Mention(j * 10, j * 10 + 5, "x", a) for j, a in enumerate(actors))
        date = f"20{rng.randint(15, 24)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
        evs = tuple(
            Event(doc_id=doc, type=rng.choice(EVENT_TYPES), evidence=Evidence(sentence, k * 70, k * 70 + 69),
                  source=actors[0], target=actors[1], participants=(actors[2],) if k % 2 else (),
                  date=date, topics=("trade",), trigger="met", event_id=f"ev{i}-{k}", confidence=0.8)
            for k in range(events))
        article = Article(id=doc, text=text, title=f"Title {i}", published=date, url=f"https://x/{i}",
                          source="Synthetic", fingerprint=f"fp{i}", simhash=rng.getrandbits(64))
        out.append(ArticleResult(article, mentions, evs))
    return out


def _rate(label: str, rows: int, seconds: float) -> None:
    print(f"{label:<42} {rows:>9,} rows  {seconds:7.2f} s  {rows / seconds if seconds else float('inf'):>12,.0f} rows/s")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--articles", type=int, default=10_000)
    ap.add_argument("--events", type=int, default=5)
    ap.add_argument("--batch", type=int, default=1_000)
    args = ap.parse_args()
    results = synthetic(args.articles, args.events)
    n_events = args.articles * args.events
    n_rows = args.articles * (1 + 3 + args.events)
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "bench.duckdb"
        with Store(db) as store:
            t = time.perf_counter()
            for i in range(0, len(results), args.batch):
                store.write(results[i:i + args.batch])
            _rate(f"write (batches of {args.batch}; all tables)", n_rows, time.perf_counter() - t)
            t = time.perf_counter()
            for i in range(0, len(results), args.batch):
                store.write(results[i:i + args.batch])
            _rate("re-write, all skipped (articles)", args.articles, time.perf_counter() - t)
            changed = [ArticleResult(Article(**{**r.article.to_dict(), "fingerprint": "new",
                                                "removed": ()}), r.mentions, r.events)
                       for r in results[: args.batch]]
            t = time.perf_counter()
            store.write(changed)
            _rate("replace changed articles (all tables)", len(changed) * (1 + 3 + args.events),
                  time.perf_counter() - t)
            print("stats:", store.stats())
            t = time.perf_counter()
            rows = store.query(EventQuery())
            _rate("query all events (exchange dicts)", len(rows), time.perf_counter() - t)
            t = time.perf_counter()
            rows = store.query(EventQuery(dyad=("USA", "CHN"), since="2020", until="2022-06"))
            _rate("query dyad + date range", len(rows), time.perf_counter() - t)
            t = time.perf_counter()
            fused = store.events_for_fusion({"CONSULT", "AGREE"}, "2021-01-01", "2021-12-31")
            _rate("events_for_fusion (2 types, one year)", len(fused), time.perf_counter() - t)
            for fmt in ("jsonl", "csv", "parquet"):
                t = time.perf_counter()
                n = store.export(fmt, Path(tmp) / f"out.{fmt}")
                _rate(f"export {fmt}", n, time.perf_counter() - t)
            t = time.perf_counter()
            for _ in range(100):
                store.near_duplicate_of(12345)
            _rate("near_duplicate_of (x100 lookups)", 100, time.perf_counter() - t)
        print(f"database file: {db.stat().st_size / 1e6:.1f} MB for {n_events:,} events")


if __name__ == "__main__":
    main()
