"""Body-extraction benchmark: communique's clean_html against plain trafilatura.extract.

Usage::

    python bench/bench_clean.py [PAGES.jsonl.gz] [--show-worst N]

Prints body precision, recall and F1 (the article-extraction-benchmark metric,
see :mod:`communique.clean.score`) and pages per second, on all pages and on the
two halves (even and odd positions in the file), to show how the rules generalise.
"""

from __future__ import annotations

import argparse
import gzip
import json
import sys
import time
from collections.abc import Callable
from pathlib import Path

import trafilatura

from communique.clean import clean_html
from communique.clean.score import score_page, score_pages

DEFAULT = Path("/work/shared/data/cleaning-dev/pages.jsonl.gz")


def load(path: Path) -> list[dict[str, str]]:
    """Read the pages file (JSON lines, gzipped or not)."""
    opener = gzip.open if path.suffix == ".gz" else open
    with opener(path, "rt", encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def run(name: str, fn: Callable[[dict[str, str]], str], pages: list[dict[str, str]]) -> tuple[list[str], float]:
    """Extract every page with ``fn``; return the bodies and pages per second."""
    start = time.perf_counter()
    outs = [fn(p) for p in pages]
    elapsed = time.perf_counter() - start
    return outs, len(pages) / elapsed if elapsed else float("inf")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("pages", nargs="?", type=Path, default=DEFAULT)
    ap.add_argument("--show-worst", type=int, default=0, help="list the N worst pages for communique")
    args = ap.parse_args(argv)
    pages = load(args.pages)
    systems: dict[str, Callable[[dict[str, str]], str]] = {
        "communique": lambda p: clean_html(p["html"], url=p.get("url")).text,
        "trafilatura": lambda p: trafilatura.extract(p["html"], url=p.get("url")) or "",
    }
    print(f"{len(pages)} pages from {args.pages}")
    header = f"{'system':<13}{'subset':<8}{'pages':>6}{'precision':>11}{'recall':>9}{'F1':>8}{'pages/s':>9}"
    print(header)
    print("-" * len(header))
    results: dict[str, list[str]] = {}
    for name, fn in systems.items():
        outs, rate = run(name, fn, pages)
        results[name] = outs
        for subset, keep in (("all", lambda i: True), ("even", lambda i: i % 2 == 0), ("odd", lambda i: i % 2 == 1)):
            pairs = [(p["expected_body"], o) for i, (p, o) in enumerate(zip(pages, outs)) if keep(i)]
            s = score_pages(pairs)
            speed = f"{rate:9.1f}" if subset == "all" else " " * 9
            print(f"{name:<13}{subset:<8}{s.pages:>6}{s.precision:>11.4f}{s.recall:>9.4f}{s.f1:>8.4f}{speed}")
    if args.show_worst:
        scored = []
        for i, (p, o) in enumerate(zip(pages, results["communique"])):
            ps = score_page(p["expected_body"], o)
            scored.append((min(ps.precision, ps.recall), i, ps, p["url"]))
        for _, i, ps, url in sorted(scored)[: args.show_worst]:
            print(f"{i:3d} P={ps.precision:.3f} R={ps.recall:.3f} {url[:90]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
