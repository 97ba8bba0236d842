"""Precision on random news: the team's judgement of extracted events, summed.

Usage::

    python bench/pool_audit.py [--data DIR] [--pred EVENTS.jsonl]
    python bench/pool_audit.py --agreement

Reads the judged events in ``bench/data/pool-audit/*.tsv`` (one row per event extracted from 300
random pool articles, judged by hand for type, sides, status and date; see that folder's README) and
prints, per type, how many events were judged and how many have both the type and the sides right,
then the precision over all judged rows and the precision weighted by how many events of each type the
extraction gave (``extracted.tsv``), which is what a reader of the whole output meets: the judged
sample holds every event of the rare types but only 40 of each common one.

A verdict is right when it is ``ok`` or ``Y`` (the four judges wrote one or the other); ``partial``,
``P`` (one side missing or extra), ``?``, ``wrong`` and ``N`` count as not right.

With ``--pred`` (a later extraction of the same articles, ``communique extract`` output), it also says
which judged events that extraction still gives unchanged (same article, type, sides and evidence
sentence) and the precision among those: how much of what was judged wrong a later change removed, and
how much that was right it lost. Rows removed or changed say nothing about what the change added.

With ``--agreement`` it compares the audits' judges with a second judge who judged 120 of their rows
blind (60 of each audit, ``pool-audit-b/agreement/``): how often the two agree that an event is right,
Cohen's kappa, and the share each judge called right.
"""

from __future__ import annotations

import argparse
import csv
import json
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

DATA = Path(__file__).resolve().parent / "data" / "pool-audit"
AUDITS = {"A": DATA, "B": DATA.parent / "pool-audit-b"}
AGREEMENT = DATA.parent / "pool-audit-b" / "agreement"
RIGHT = {"ok", "Y"}


def rows(data: Path) -> Iterator[dict[str, str]]:
    """The judged rows of every file in ``data`` (``extracted.tsv`` and the other listings skipped)."""
    for path in sorted(data.glob("*.tsv")):
        with path.open(encoding="utf-8", newline="") as fh:
            reader = csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE)
            if "verdict_sides" not in (reader.fieldnames or ()):
                continue
            yield from reader


def is_right(row: dict[str, str]) -> bool:
    """Whether the judges found both the type and the sides right."""
    return row["verdict_type"] in RIGHT and row["verdict_sides"] in RIGHT


def judged(data: Path) -> tuple[Counter[str], Counter[str]]:
    """Rows judged and rows right (type and sides), per event type (the mode after a slash dropped)."""
    seen: Counter[str] = Counter()
    right: Counter[str] = Counter()
    for row in rows(data):
        kind = row["type"].split("/")[0]
        seen[kind] += 1
        right[kind] += is_right(row)
    return seen, right


def _side(value: object) -> str:
    return str(value["code"]) if isinstance(value, dict) and value.get("code") else ""


def _code(written: str) -> str:
    """A side as the judges wrote it ("KOR +JPN" or "USA [EU]": participants after a plus or in brackets; "None" or empty: no side)."""
    codes = [w for w in written.split() if not w.startswith(("+", "[")) and w != "None"]
    return codes[0] if codes else ""


def _key(doc_id: str, kind: str, source: str, target: str, evidence: str) -> tuple[str, ...]:
    return doc_id, kind.split("/")[0], _code(source), _code(target), " ".join(evidence.split())[:80]


def extracted_keys(pred: Path) -> set[tuple[str, ...]]:
    """The judging key (article, type, sides, evidence's start) of every event in an extraction."""
    keys = set()
    with pred.open(encoding="utf-8") as fh:
        for line in fh:
            ev = json.loads(line)
            evidence = ev.get("evidence")
            text = evidence.get("text", "") if isinstance(evidence, dict) else str(evidence or "")
            keys.add(_key(ev["doc_id"], ev["type"], _side(ev.get("source")), _side(ev.get("target")), text))
    return keys


def still_given(data: Path, pred: Path) -> None:
    """Print how many judged rows a later extraction still gives unchanged, right and wrong."""
    keys = extracted_keys(pred)
    kept: Counter[bool] = Counter()
    gone: Counter[bool] = Counter()
    for row in rows(data):
        key = _key(row["doc_id"], row["type"], row["source"], row["target"], row["evidence"])
        (kept if key in keys else gone)[is_right(row)] += 1
    total = kept[True] + kept[False]
    print(f"{pred}: of the judged events, {total} still given unchanged ({kept[True]} right: precision "
          f"{kept[True] / max(total, 1):.3f}); removed or changed: {gone[False]} judged wrong, {gone[True]} judged right")


def extracted(data: Path) -> Counter[str]:
    """How many events of each type the audited extraction gave."""
    with (data / "extracted.tsv").open(encoding="utf-8", newline="") as fh:
        return Counter({row["type"]: int(row["events"]) for row in csv.DictReader(fh, delimiter="\t")})


def _table(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE))


def agreement() -> None:
    """Print how far the second judge agrees with each audit's judges on "type and sides right"."""
    first: dict[tuple[str, ...], bool] = {}
    for audit, folder in AUDITS.items():
        for path in sorted(folder.glob("*.tsv")):
            for row in _table(path):
                if "verdict_sides" in row:
                    first[(audit, path.name, row["doc_id"], row["type"], row["evidence"][:80])] = is_right(row)
    second = {row["row"]: is_right(row) for row in _table(AGREEMENT / "judge2.tsv")}
    pairs: dict[str, Counter[tuple[bool, bool]]] = {audit: Counter() for audit in AUDITS}
    for row in _table(AGREEMENT / "key.tsv"):
        key = (row["set"], row["file"], row["doc_id"], row["type"], row["evidence"][:80])
        pairs[row["set"]][(first[key], second[row["row"]])] += 1
    for audit, seen in pairs.items():
        n = sum(seen.values())
        agree = seen[(True, True)] + seen[(False, False)]
        p1 = (seen[(True, True)] + seen[(True, False)]) / n
        p2 = (seen[(True, True)] + seen[(False, True)]) / n
        chance = p1 * p2 + (1 - p1) * (1 - p2)
        print(f"audit {audit}: {n} rows, agree {agree} ({agree / n:.2f}), kappa {(agree / n - chance) / (1 - chance):.2f};"
              f" right by its judges {p1:.2f}, by the second judge {p2:.2f}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, default=DATA, help="folder of judged rows (default: %(default)s)")
    parser.add_argument("--pred", type=Path, help="a later extraction of the sample's articles (JSONL)")
    parser.add_argument("--agreement", action="store_true", help="compare the judges with a second, blind judge")
    args = parser.parse_args()
    if args.agreement:
        agreement()
        return
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
    if args.pred:
        still_given(args.data, args.pred)


if __name__ == "__main__":
    main()
