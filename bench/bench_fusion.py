"""Cross-article fusion: time per article as the corpus grows, in memory and through the store.

    python bench/bench_fusion.py                       # in memory, 500..4000 articles
    python bench/bench_fusion.py --store --sizes 1000,10000,50000
    python bench/bench_fusion.py --dev-news news.jsonl  # plus the dev-news pair figures

Synthetic articles: four events each, a realistic mix of PLOVER types and of state pairs
(a few busy dyads, many quiet ones), 30% of events reported again by a later article, dates at day (60%), month (10%) and year (5%) precision
or none (25%, placed at the publication date), publication dates spread evenly over
``--days`` days. ``--store`` runs ``communique.ingest.store_results`` into a fresh DuckDB
file (fusion with date-windowed store lookups plus the batch writes) and prints peak memory.
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import resource
import sys
import tempfile
import time
from pathlib import Path

from communique.fuse import Fuser
from communique.types import EVENT_TYPES, Actor, Article, ArticleResult, Event, Evidence

STATES = ["USA", "CHN", "RUS", "JPN", "KOR", "PRK", "IRN", "ISR", "TUR", "SYR", "IND", "PAK", "GBR", "FRA",
          "DEU", "UKR", "SAU", "EGY", "BRA", "MEX", "AUS", "IDN", "VNM", "PHL", "NGA", "ETH", "ZAF", "CAN",
          "ITA", "ESP"]
VOCABULARY = [f"w{i}" for i in range(5000)]
#: share of events that re-report an event of a recent article (paraphrased: half the words kept)
REREPORT = 0.3


def _date(rng: random.Random, published: dt.date) -> str | None:
    r = rng.random()
    if r < 0.60:
        return (published - dt.timedelta(days=rng.randint(0, 3))).isoformat()
    if r < 0.70:
        return published.isoformat()[:7]
    if r < 0.75:
        return published.isoformat()[:4]
    return None


def article(i: int, n: int, rng: random.Random, start: dt.date, days: int,
            recent: list[Event]) -> ArticleResult:
    """The ``i``-th of ``n`` synthetic articles, with four events; dates spread over ``days``;
    ``recent`` holds the last articles' events, some of which this one reports again."""
    published = start + dt.timedelta(days=i * days // n)
    doc = f"doc{i:07d}"
    events = []
    for seq in range(4):
        if recent and rng.random() < REREPORT:
            old = rng.choice(recent)
            words = old.evidence.text.split()
            text = " ".join(words[:6] + [rng.choice(VOCABULARY) for _ in range(6)])
            ev = Event(doc_id=doc, type=old.type, source=old.source, target=old.target, date=old.date,
                       status=old.status, evidence=Evidence(text, seq * 100, seq * 100 + len(text)))
        else:
            a = STATES[min(int(rng.paretovariate(1.2)) - 1, len(STATES) - 1)]
            b = rng.choice([s for s in STATES if s != a])
            text = " ".join(rng.choice(VOCABULARY) for _ in range(12))
            ev = Event(doc_id=doc, type=rng.choice(EVENT_TYPES), source=Actor(a, a, "state"),
                       target=Actor(b, b, "state"), date=_date(rng, published),
                       status=rng.choice(["occurred"] * 4 + ["planned"]),
                       evidence=Evidence(text, seq * 100, seq * 100 + len(text)))
        events.append(ev)
    recent.extend(events)
    del recent[:-200]
    art = Article(id=doc, text=doc, published=published.isoformat(), fingerprint=doc)
    return ArticleResult(art, (), tuple(events))


def corpus(n: int, days: int, seed: int = 1) -> list[ArticleResult]:
    rng = random.Random(seed)
    recent: list[Event] = []
    return [article(i, n, rng, dt.date(2019, 1, 1), days, recent) for i in range(n)]


def _days(n: int, days: int, per_day: int | None) -> int:
    return max(1, -(-n // per_day)) if per_day else days


def in_memory(sizes: list[int], days: int, per_day: int | None) -> None:
    print(f"{'articles':>9}  {'days':>5}  {'fusion s':>9}  {'ms/article':>10}")
    for n in sizes:
        results = corpus(n, _days(n, days, per_day))
        fuser = Fuser()
        t = time.perf_counter()
        for r in results:
            fuser.add(r.events, published=r.article.published)
        took = time.perf_counter() - t
        print(f"{n:>9}  {_days(n, days, per_day):>5}  {took:>9.2f}  {1000 * took / n:>10.3f}")


def through_store(sizes: list[int], days: int, per_day: int | None) -> None:
    from communique.ingest import store_results
    from communique.store import Store

    print(f"{'articles':>9}  {'days':>5}  {'total s':>8}  {'ms/article':>10}  {'peak RSS MB':>11}")
    for n in sizes:
        results = corpus(n, _days(n, days, per_day))
        with tempfile.TemporaryDirectory() as tmp, Store(Path(tmp) / "b.duckdb") as store:
            t = time.perf_counter()
            store_results(store, results, batch_size=256)
            took = time.perf_counter() - t
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        print(f"{n:>9}  {_days(n, days, per_day):>5}  {took:>8.1f}  {1000 * took / n:>10.3f}  {peak:>11.0f}")


def dev_news(pred: str) -> None:
    here = Path(__file__).resolve().parent
    sys.path.insert(0, str(here))
    from calibrate_fusion import main as calibrate

    shared = here.parents[1] / "shared" / "eval" / "dev-news"
    sys.argv = ["calibrate_fusion", "--pred", pred, "--docs", str(shared / "docs.jsonl"),
                "--gold", str(shared / "gold.jsonl")]
    calibrate()


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sizes", default=None, help="comma-separated corpus sizes")
    ap.add_argument("--days", type=int, default=60, help="days the publication dates spread over (default 60; "
                                                          "use ~1000 for several years)")
    ap.add_argument("--per-day", type=int, default=None,
                    help="articles a day instead of --days: the corpus spreads over size/per-day days, so "
                         "the density stays the same at every size (e.g. 50 for 50k articles over 3 years)")
    ap.add_argument("--store", action="store_true", help="fuse and write through a DuckDB store")
    ap.add_argument("--dev-news", metavar="PRED", help="exchange JSONL extracted from dev-news: print its pair figures")
    args = ap.parse_args()
    default = "1000,10000" if args.store else "500,1000,2000,4000"
    sizes = [int(x) for x in (args.sizes or default).split(",")]
    (through_store if args.store else in_memory)(sizes, args.days, args.per_day)
    if args.dev_news:
        dev_news(args.dev_news)


if __name__ == "__main__":
    main()
