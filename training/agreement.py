"""Inter-annotator agreement on the double-labelled sample (``training/labels/shared.*.jsonl``).

Prints, for the two labellers: Cohen's kappa on "the sentence reports an event"; F1 of one
labeller's events against the other's (an event matches one of the same type in the same
sentence), and among matched events the share with the same source, target and status.

    .venv/bin/python training/agreement.py
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path
from typing import Any

HERE = Path(__file__).parent


def kappa(a: list[bool], b: list[bool]) -> float:
    n = len(a)
    po = sum(x == y for x, y in zip(a, b)) / n
    pa, pb = sum(a) / n, sum(b) / n
    pe = pa * pb + (1 - pa) * (1 - pb)
    return (po - pe) / (1 - pe) if pe < 1 else 1.0


def match(ea: list[dict[str, Any]], eb: list[dict[str, Any]]) -> list[tuple[dict[str, Any], dict[str, Any]]]:
    """Greedy pairs of same-type events, preferring the same actors."""
    pairs, used = [], set()
    for x in ea:
        best = None
        for j, y in enumerate(eb):
            if j in used or y["type"] != x["type"]:
                continue
            score = (x["source"] == y["source"]) + (x["target"] == y["target"])
            if best is None or score > best[0]:
                best = (score, j)
        if best is not None:
            used.add(best[1])
            pairs.append((x, eb[best[1]]))
    return pairs


def agreement(rows_a: list[dict[str, Any]], rows_b: list[dict[str, Any]]) -> dict[str, float]:
    has_a = [bool(r["events"]) for r in rows_a]
    has_b = [bool(r["events"]) for r in rows_b]
    matched, n_a, n_b, same = 0, 0, 0, Counter()
    for ra, rb in zip(rows_a, rows_b):
        pairs = match(ra["events"], rb["events"])
        matched += len(pairs)
        n_a += len(ra["events"])
        n_b += len(rb["events"])
        for x, y in pairs:
            for f in ("source", "target", "status"):
                same[f] += x[f] == y[f]
            same["actors"] += {x["source"], x["target"]} == {y["source"], y["target"]}
    out = {"sentences": len(rows_a), "kappa_has_event": kappa(has_a, has_b),
           "events_a": n_a, "events_b": n_b, "type_f1": 2 * matched / (n_a + n_b) if n_a + n_b else 1.0}
    for f in ("source", "target", "actors", "status"):
        out[f"same_{f}"] = same[f] / matched if matched else 0.0
    return out


def main() -> None:
    files = sorted((HERE / "labels").glob("shared.*.jsonl"))
    if len(files) != 2:
        raise SystemExit(f"need two labellers' files for the shared sample, found {len(files)}")
    rows = [[json.loads(x) for x in f.open(encoding="utf-8")] for f in files]
    print(f"{files[0].name} vs {files[1].name}")
    for k, v in agreement(*rows).items():
        print(f"{k:18} {v:.3f}" if isinstance(v, float) else f"{k:18} {v}")


if __name__ == "__main__":
    main()
