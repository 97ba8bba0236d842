"""Calibrate the cross-article fusion threshold: re-fuse extracted events at several thresholds.

    communique extract ../shared/eval/dev-news/docs.jsonl -o news.jsonl
    python bench/calibrate_fusion.py --pred news.jsonl --docs ../shared/eval/dev-news/docs.jsonl \
        --gold ../shared/eval/dev-news/gold.jsonl

Prints, for each threshold, the cross-article pairs right (of all required pairs and of those
whose two mentions were both extracted) and the false merges, as ``../shared/eval/score.py``
counts them. Only the one threshold is chosen from this table; nothing else is fitted.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
from pathlib import Path
from typing import Any

from communique.fuse import THRESHOLD, assign_event_ids
from communique.types import Actor, Event, Evidence, Location


def _actor(d: dict[str, Any] | None) -> Actor | None:
    return Actor(d["code"], d.get("name") or d["code"], d.get("kind") or "state", d.get("role")) if d else None


def event_of(row: dict[str, Any]) -> Event:
    """An Event back from one exchange-format line."""
    ev = row["evidence"]
    loc = row.get("location")
    return Event(doc_id=row["doc_id"], type=row["type"], evidence=Evidence(ev["text"], ev["start"], ev["end"]),
                 status=row["status"], mode=row.get("mode"), source=_actor(row.get("source")),
                 target=_actor(row.get("target")),
                 participants=tuple(a for a in map(_actor, row.get("participants") or []) if a),
                 date=row.get("date"), location=Location(loc["name"], loc.get("country")) if loc else None,
                 topics=tuple(row.get("topics") or ()), background=bool(row.get("background")),
                 trigger=row.get("trigger"), date_basis=row.get("date_basis"))


def _scorer(path: Path) -> Any:
    spec = importlib.util.spec_from_file_location("eval_score", path)
    assert spec and spec.loader
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--pred", required=True, help="exchange-format JSONL from `communique extract`")
    ap.add_argument("--docs", required=True, help="the docs.jsonl the events came from (publication dates)")
    ap.add_argument("--gold", required=True)
    ap.add_argument("--score-py", default=str(Path(__file__).resolve().parents[2] / "shared/eval/score.py"))
    ap.add_argument("--thresholds", default="0.45,0.5,0.55,0.6,0.65,0.7,0.75,0.8")
    args = ap.parse_args()
    scorer = _scorer(Path(args.score_py))
    rows = [json.loads(x) for x in Path(args.pred).read_text(encoding="utf-8").splitlines() if x.strip()]
    published = {}
    for line in Path(args.docs).read_text(encoding="utf-8").splitlines():
        if line.strip():
            d = json.loads(line)
            published[d["id"]] = d.get("published")
    gold = scorer.load_jsonl(args.gold)
    events = [event_of(r) for r in rows]
    print(f"{'threshold':>9}  {'pairs right':>11}  {'of extracted':>12}  {'false merges':>12}")
    for t in (float(x) for x in args.thresholds.split(",")):
        fused = assign_event_ids(events, threshold=t, published=published)
        preds = [{**r, "event_id": e.event_id} for r, e in zip(rows, fused)]
        s = scorer.score(gold, preds)["summary"]
        mark = "  <- THRESHOLD" if abs(t - THRESHOLD) < 1e-9 else ""
        print(f"{t:>9.2f}  {s['dedup_pairs_right']:>11}  {s['dedup_pairs_right_of_extracted']:>12}  "
              f"{s['false_merges']:>12}{mark}")


if __name__ == "__main__":
    main()
