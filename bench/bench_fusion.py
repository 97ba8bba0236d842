"""Cross-article fusion: time per article and peak memory as the corpus grows.

    python bench/bench_fusion.py                                   # in memory, 500..4000 articles
    python bench/bench_fusion.py --store --sizes 1000,10000,50000  # ingest through a DuckDB store
    python bench/bench_fusion.py --dev-news news.jsonl             # plus the dev-news pair figures

Synthetic articles stand in for the NLP (which this benchmark leaves out): two to six events
each (four on average) with a news-like mix of PLOVER types (consultations and accusations
common, retreats rare) and of state pairs (a few busy dyads, many quiet ones); 30% of events
report again an event of a recent article (paraphrased: half the words kept); 10% refer back to
an older event (a month to three years before); dates at day (55%), month (10%) and year (5%)
precision, or none (20%, placed at the publication date). Publication dates run at a steady
``--per-day`` articles a day (default 40), so 50,000 articles span about three and a half years
and every size sees the same density of news.

``--store`` ingests through ``communique.ingest.store_results`` into a fresh DuckDB file (fusion
with date-windowed store lookups, then the batch writes), each size in a process of its own,
which generates its articles as it goes, and prints the wall-clock and CPU time per article (CPU
time of all the process's threads: the steadier figure on a shared machine) and that process's
peak memory (resident set size). "CPU ms/art" leaves out the CPU time spent making the synthetic
articles, printed apart ("corpus CPU", about 0.2 ms an article); the corpus itself is never held
(the generator keeps the last 200 events), so the peak memory is the ingest's, with the ~95 MB
of the imports (Python, DuckDB, pyarrow, communique).
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import resource
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

from communique.fuse import Fuser
from communique.types import Actor, Article, ArticleResult, Event, Evidence

STATES = ["USA", "CHN", "RUS", "JPN", "KOR", "PRK", "IRN", "ISR", "TUR", "SYR", "IND", "PAK", "GBR", "FRA",
          "DEU", "UKR", "SAU", "EGY", "BRA", "MEX", "AUS", "IDN", "VNM", "PHL", "NGA", "ETH", "ZAF", "CAN",
          "ITA", "ESP"]
#: a news-like mix of event types (relative weights)
TYPE_MIX = {"CONSULT": 20, "ACCUSE": 12, "REQUEST": 10, "SUPPORT": 8, "AGREE": 8, "ASSAULT": 8, "THREATEN": 6,
            "REJECT": 6, "SANCTION": 5, "MOBILIZE": 4, "COOPERATE": 4, "AID": 3, "COERCE": 3, "PROTEST": 2,
            "CONCEDE": 1, "RETREAT": 1}
#: 5,000 made-up words of letters only (fusion's evidence part reads words of letters, so a
#: paraphrase that keeps half the words is seen as one)
VOCABULARY = ["w" + "".join(chr(97 + int(d)) for d in f"{i:04d}") for i in range(5000)]
#: share of events that re-report an event of a recent article
REREPORT = 0.3
#: share of events that refer back to an older event (weeks to years before)
BACKGROUND = 0.1
START = dt.date(2019, 1, 1)


def _date(rng: random.Random, published: dt.date) -> str | None:
    r = rng.random()
    if r < 0.55 / 0.9:
        return (published - dt.timedelta(days=rng.randint(0, 3))).isoformat()
    if r < 0.65 / 0.9:
        return published.isoformat()[:7]
    if r < 0.70 / 0.9:
        return published.isoformat()[:4]
    return None


def _new_event(rng: random.Random, doc: str, seq: int, date: str | None) -> Event:
    a = STATES[min(int(rng.paretovariate(1.2)) - 1, len(STATES) - 1)]
    b = rng.choice([s for s in STATES if s != a])
    text = " ".join(rng.choice(VOCABULARY) for _ in range(12))
    return Event(doc_id=doc, type=rng.choices(list(TYPE_MIX), weights=list(TYPE_MIX.values()))[0],
                 source=Actor(a, a, "state"), target=Actor(b, b, "state"), date=date,
                 status=rng.choice(["occurred"] * 4 + ["planned"]),
                 evidence=Evidence(text, seq * 100, seq * 100 + len(text)))


def article(i: int, rng: random.Random, per_day: int, recent: list[Event]) -> ArticleResult:
    """The ``i``-th synthetic article (published ``per_day`` articles a day from ``START``);
    ``recent`` holds the last articles' events, some of which this one reports again."""
    published = START + dt.timedelta(days=i // per_day)
    doc = f"doc{i:07d}"
    events = []
    for seq in range(rng.randint(2, 6)):
        r = rng.random()
        if recent and r < REREPORT:
            old = rng.choice(recent)
            words = old.evidence.text.split()
            text = " ".join(words[:6] + [rng.choice(VOCABULARY) for _ in range(6)])
            ev = Event(doc_id=doc, type=old.type, source=old.source, target=old.target, date=old.date,
                       status=old.status, evidence=Evidence(text, seq * 100, seq * 100 + len(text)))
        elif r < REREPORT + BACKGROUND:
            back = published - dt.timedelta(days=rng.randint(30, 3 * 365))
            ev = _new_event(rng, doc, seq, back.isoformat()[:rng.choice([4, 7, 10])])
        else:
            ev = _new_event(rng, doc, seq, _date(rng, published))
        events.append(ev)
    recent.extend(events)
    del recent[:-200]
    art = Article(id=doc, text=doc, published=published.isoformat(), fingerprint=doc)
    return ArticleResult(art, (), tuple(events))


def corpus(n: int, per_day: int, seed: int = 1) -> Iterator[ArticleResult]:
    """``n`` synthetic articles, made one at a time (the benchmark never holds them all)."""
    rng = random.Random(seed)
    recent: list[Event] = []
    return (article(i, rng, per_day, recent) for i in range(n))


class Timed:
    """An iterator of synthetic articles that keeps the CPU time spent making them
    (``spent``), so that a benchmark can leave its own corpus out of the figures."""

    def __init__(self, items: Iterator[ArticleResult]):
        self.items, self.spent = items, 0.0

    def __iter__(self) -> Iterator[ArticleResult]:
        return self

    def __next__(self) -> ArticleResult:
        t = time.process_time()
        try:
            return next(self.items)
        finally:
            self.spent += time.process_time() - t


def _peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def in_memory(sizes: list[int], per_day: int) -> None:
    print(f"{'articles':>9}  {'days':>5}  {'fusion s':>9}  {'ms/article':>10}")
    for n in sizes:
        results = list(corpus(n, per_day))
        fuser = Fuser()
        t = time.perf_counter()
        for r in results:
            fuser.add(r.events, published=r.article.published)
        took = time.perf_counter() - t
        print(f"{n:>9}  {-(-n // per_day):>5}  {took:>9.2f}  {1000 * took / n:>10.3f}")


def one_size(n: int, per_day: int, batch: int) -> None:
    """Ingest ``n`` articles into a fresh store; print one row (run in a process of its own)."""
    from communique.ingest import store_results
    from communique.store import Store

    with tempfile.TemporaryDirectory() as tmp, Store(Path(tmp) / "b.duckdb") as store:
        articles = Timed(corpus(n, per_day))
        t, cpu = time.perf_counter(), time.process_time()
        stats = store_results(store, articles, batch_size=batch)
        took, cpu = time.perf_counter() - t, time.process_time() - cpu - articles.spent
        totals = store.stats()
    assert stats.stored == n, stats
    print(f"{n:>9}  {-(-n // per_day):>5}  {totals['events']:>8}  {totals['event_ids']:>9}  {took:>8.1f}  "
          f"{1000 * took / n:>10.2f}  {1000 * cpu / n:>10.2f}  {1000 * articles.spent / n:>10.2f}  "
          f"{_peak_mb():>11.0f}", flush=True)


def through_store(sizes: list[int], per_day: int, batch: int) -> None:
    print(f"{'articles':>9}  {'days':>5}  {'events':>8}  {'event ids':>9}  {'total s':>8}  {'ms/article':>10}  "
          f"{'CPU ms/art':>10}  {'corpus CPU':>10}  {'peak RSS MB':>11}", flush=True)
    for n in sizes:
        subprocess.run([sys.executable, __file__, "--one-size", str(n), "--per-day", str(per_day),
                        "--batch", str(batch)], check=True)


def dev_news(pred: str) -> None:
    here = Path(__file__).resolve().parent
    sys.path.insert(0, str(here))
    from calibrate_fusion import main as calibrate

    sys.argv = ["calibrate_fusion", "--pred", pred]
    calibrate()


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sizes", default=None, help="comma-separated corpus sizes")
    ap.add_argument("--per-day", type=int, default=40, help="articles a day (default 40)")
    ap.add_argument("--batch", type=int, default=256, help="articles per store transaction (default 256)")
    ap.add_argument("--store", action="store_true", help="ingest through a DuckDB store, each size in its own process")
    ap.add_argument("--one-size", type=int, help=argparse.SUPPRESS)
    ap.add_argument("--dev-news", metavar="PRED", help="exchange JSONL extracted from dev-news: print its pair figures")
    args = ap.parse_args()
    if args.one_size:
        one_size(args.one_size, args.per_day, args.batch)
        return
    default = "1000,10000,50000" if args.store else "500,1000,2000,4000"
    sizes = [int(x) for x in (args.sizes or default).split(",")]
    if args.store:
        through_store(sizes, args.per_day, args.batch)
    else:
        in_memory(sizes, args.per_day)
    if args.dev_news:
        dev_news(args.dev_news)


if __name__ == "__main__":
    main()
