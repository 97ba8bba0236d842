"""Precision on random news: the team's judgement of extracted events, summed.

Usage::

    python bench/pool_audit.py [--data DIR]

Reads the judged events in ``bench/data/pool-audit/*.tsv`` (one row per event extracted from 300
random pool articles, judged by hand for type, sides, status and date; see that folder's README) and
prints, per type, how many events were judged and how many have both the type and the sides right,
then the precision over all judged rows and the precision weighted by how many events of each type the
extraction gave (``extracted.tsv``), which is what a reader of the whole output meets: the judged
sample holds every event of the rare types but only 40 of each common one.

A verdict is right when it is ``ok`` or ``Y`` (the four judges wrote one or the other); ``partial``,
``P`` (one side missing or extra), ``?``, ``wrong`` and ``N`` count as not right.
"""

from __future__ import annotations

import argparse
import csv
from collections import Counter
from pathlib import Path

DATA = Path(__file__).resolve().parent / "data" / "pool-audit"
RIGHT = {"ok", "Y"}


def judged(data: Path) -> tuple[Counter[str], Counter[str]]:
    """Rows judged and rows right (type and sides), per event type (the mode after a slash dropped)."""
    seen: Counter[str] = Counter()
    right: Counter[str] = Counter()
    for path in sorted(data.glob("*.tsv")):
        if path.name == "extracted.tsv":
            continue
        with path.open(encoding="utf-8", newline="") as fh:
            for row in csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE):
                kind = row["type"].split("/")[0]
                seen[kind] += 1
                right[kind] += row["verdict_type"] in RIGHT and row["verdict_sides"] in RIGHT
    return seen, right


def extracted(data: Path) -> Counter[str]:
    """How many events of each type the audited extraction gave."""
    with (data / "extracted.tsv").open(encoding="utf-8", newline="") as fh:
        return Counter({row["type"]: int(row["events"]) for row in csv.DictReader(fh, delimiter="\t")})


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, default=DATA, help="folder of judged rows (default: %(default)s)")
    args = parser.parse_args()
    seen, right = judged(args.data)
    counts = extracted(args.data)
    print(f"{'type':10} {'extracted':>9} {'judged':>6} {'right':>5} {'precision':>9}")
    for kind, n in counts.most_common():
        if seen[kind]:
            print(f"{kind:10} {n:9} {seen[kind]:6} {right[kind]:5} {right[kind] / seen[kind]:9.3f}")
    total, good = sum(seen.values()), sum(right.values())
    kinds = [k for k in counts if seen[k]]
    weighted = sum(counts[k] * right[k] / seen[k] for k in kinds) / sum(counts[k] for k in kinds)
    print(f"judged {total}, right {good}: precision {good / total:.3f}; weighted by type {weighted:.3f}")


if __name__ == "__main__":
    main()
