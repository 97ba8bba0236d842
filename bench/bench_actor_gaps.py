"""Gaps of the actor knowledge base on real news: named entities it does not resolve.

Parses a seeded sample of the unlabelled news pool (``../shared/data/news-pool/articles.jsonl.gz``)
with the project's spaCy model, runs ``KnowledgeBase.find_mentions`` at each article's
published date, and counts the PERSON, ORG, NORP, GPE and FAC entities whose head token
(the span's syntactic root) no actor mention covers. It prints the share of entity mentions
resolved, per label and overall, and the most frequent unresolved names, so that the base
can be extended where real news needs it. Nothing is cached.

Run: ``.venv/bin/python bench/bench_actor_gaps.py [--sample 600] [--seed 13] [--top 150]``
(about two CPU-minutes; longer on a busy machine). ``--kb PATH`` measures another compiled base
(``communique actors build --out PATH``), e.g. the one before a change.
"""

from __future__ import annotations

import argparse
import gzip
import json
import random
import re
import time
from collections import Counter
from pathlib import Path
from typing import Any

from communique.actors import KnowledgeBase
from communique.nlp import load_nlp

POOL = Path(__file__).resolve().parents[2] / "shared" / "data" / "news-pool" / "articles.jsonl.gz"
LABELS = ("PERSON", "ORG", "NORP", "GPE", "FAC")
_LEAD = re.compile(r"^(?:the|a|an)\s+", re.I)
_POSS = re.compile(r"\s*['\u2019]s?$")


def sample_articles(path: Path, n: int, seed: int) -> list[dict[str, Any]]:
    """``n`` articles drawn from the pool with a seeded random generator (all when fewer)."""
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        rows = [json.loads(line) for line in fh if line.strip()]
    rng = random.Random(seed)
    return rng.sample(rows, min(n, len(rows)))


def gap_key(text: str) -> str:
    """The name an unresolved entity is counted under: no leading article, no possessive."""
    return _POSS.sub("", _LEAD.sub("", " ".join(text.split())))


def covered(ent: Any, spans: list[tuple[int, int]]) -> bool:
    """Whether an actor mention covers the entity's head token."""
    root = ent.root
    a, b = root.idx, root.idx + len(root.text)
    return any(s <= a and b <= e for s, e in spans)


def measure(kb: KnowledgeBase, nlp: Any, articles: list[dict[str, Any]],
            max_chars: int) -> tuple[Counter[str], Counter[str], Counter[tuple[str, str]]]:
    """Entity mentions per label, resolved ones per label, and unresolved (label, name) counts."""
    total: Counter[str] = Counter()
    found: Counter[str] = Counter()
    gaps: Counter[tuple[str, str]] = Counter()
    texts = [a["text"][:max_chars] for a in articles]
    for art, doc in zip(articles, nlp.pipe(texts, batch_size=16)):
        spans = [(m.start, m.end) for m in kb.find_mentions(doc, art.get("published"))]
        for ent in doc.ents:
            if ent.label_ not in LABELS:
                continue
            total[ent.label_] += 1
            if covered(ent, spans):
                found[ent.label_] += 1
            else:
                gaps[(ent.label_, gap_key(ent.text))] += 1
    return total, found, gaps


def report(total: Counter[str], found: Counter[str], gaps: Counter[tuple[str, str]], top: int) -> None:
    for label in LABELS:
        t = total[label]
        print(f"{label:7s} {found[label]:6,}/{t:6,} resolved = {found[label] / max(t, 1):.1%}")
    t, f = sum(total.values()), sum(found.values())
    print(f"{'all':7s} {f:6,}/{t:6,} resolved = {f / max(t, 1):.1%}")
    print(f"\nmost frequent unresolved names (of {len(gaps):,} distinct):")
    for (label, name), n in gaps.most_common(top):
        print(f"{n:5d}  {label:7s} {name}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--pool", type=Path, default=POOL, help="articles.jsonl(.gz) with text and published")
    ap.add_argument("--sample", type=int, default=600, help="articles to draw (default 600)")
    ap.add_argument("--seed", type=int, default=13, help="seed of the draw (default 13)")
    ap.add_argument("--max-chars", type=int, default=4000, help="characters read per article (default 4000)")
    ap.add_argument("--top", type=int, default=150, help="unresolved names to list (default 150)")
    ap.add_argument("--kb", type=Path, default=None, help="a compiled base to measure instead of the packaged one")
    args = ap.parse_args(argv)
    if not args.pool.exists():
        ap.error(f"{args.pool}: news pool not found; pass --pool PATH")

    t0 = time.perf_counter()
    articles = sample_articles(args.pool, args.sample, args.seed)
    kb = KnowledgeBase.load(path=args.kb)
    total, found, gaps = measure(kb, load_nlp(), articles, args.max_chars)
    print(f"{len(articles)} articles (seed {args.seed}) in {time.perf_counter() - t0:.0f} s\n")
    report(total, found, gaps, args.top)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
