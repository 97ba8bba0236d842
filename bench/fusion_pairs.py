"""Candidate pairs for a learned same-event scorer, drawn from the news pool (never from dev-news).

    python bench/fusion_pairs.py select -o pool-subset.jsonl
    communique extract pool-subset.jsonl -o pool-events.jsonl --processes 1
    python bench/fusion_pairs.py candidates --pred pool-events.jsonl --docs pool-subset.jsonl \
        -o bench/data/fusion-pairs/pairs.jsonl.gz
    python bench/fusion_pairs.py show bench/data/fusion-pairs/pairs.jsonl.gz --docs pool-subset.jsonl [--from N --to M]

``select`` takes the pool articles that most often share their title and lead's words with an
article of another outlet published within two days (stories told by several outlets: 420 of
them by default). ``candidates`` files every extracted mention in the fuser's own blocking index (``Fuser``:
type, pairs of states, a date window at each date's precision) and keeps the cross-article
pairs whose hand score (``score``) is above ``--min-score``, sampled evenly over the score's
range. Each pair line holds both events in the exchange format and their articles'
publication dates, so the features can be recomputed without extracting again. ``show``
prints each pair's two evidence sentences with the sentences around them, for labelling
(the labelling rule: bench/data/fusion-pairs/RULES.md).
"""

from __future__ import annotations

import argparse
import datetime as dt
import gzip
import json
import random
import re
import sys
from collections import Counter
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from calibrate_fusion import event_of  # noqa: E402

from communique.fuse import Fuser, score  # noqa: E402
from communique.fuse.measure import nodes_of  # noqa: E402
from communique.fuse.measure import read_jsonl as _jsonl  # noqa: E402


def candidate_pairs(rows: list[dict[str, Any]], published: dict[str, str | None],
                    min_score: float, window: int = 3) -> list[tuple[float, int, int]]:
    """Every cross-article pair the fuser's blocking proposes with a score above ``min_score``."""
    rows = sorted(rows, key=lambda r: r["doc_id"])  # stable: events of one article stay in order
    nodes = nodes_of([event_of(r) for r in rows], published)
    fuser = Fuser(window_days=window)
    for n in nodes:
        fuser._remember(n)
    where = {n.key: i for i, n in enumerate(nodes)}
    out = set()
    for i, n in enumerate(nodes):
        for c in fuser._candidates(n):
            j = where[c.key]
            s = score(n, c, window)
            if s > min_score:
                out.add((s, min(i, j), max(i, j)))
    return sorted(out)


def _sample(pairs: list[tuple[float, int, int]], n: int, seed: int = 14) -> list[tuple[float, int, int]]:
    """About ``n`` pairs, evenly over the score range (ten bins, each up to n/10 pairs, the
    unused share of sparse bins going to the others)."""
    rng = random.Random(seed)
    bins: dict[int, list[tuple[float, int, int]]] = {}
    for p in pairs:
        bins.setdefault(min(9, int(p[0] * 10)), []).append(p)
    chosen: list[tuple[float, int, int]] = []
    left = n
    for k, b in enumerate(sorted(bins.values(), key=len)):
        take = min(len(b), left // (len(bins) - k))
        chosen += rng.sample(b, take)
        left -= take
    return sorted(chosen)


#: the fields of an exchange record a pair keeps (what ``event_of`` reads)
_KEEP = ("doc_id", "type", "mode", "source", "target", "participants", "date", "date_basis", "status", "location",
         "evidence", "trigger", "topics", "background")


def candidates(args: argparse.Namespace) -> None:
    rows = sorted(_jsonl(Path(args.pred)), key=lambda r: r["doc_id"])
    published = {d["id"]: d.get("published") for d in _jsonl(Path(args.docs))}
    pairs = candidate_pairs(rows, published, args.min_score)
    print(f"{len(rows)} mentions, {len(pairs)} candidate pairs above {args.min_score}", file=sys.stderr)
    chosen = _sample(pairs, args.n)
    lines = []
    for k, (s, i, j) in enumerate(chosen):
        a, b = ({f: r[f] for f in _KEEP if f in r} for r in (rows[i], rows[j]))
        lines.append(json.dumps({"id": f"p{k:04d}", "hand_score": s, "a": a, "b": b,
                                 "published": [published.get(a["doc_id"]), published.get(b["doc_id"])]},
                                ensure_ascii=False))
    data = ("\n".join(lines) + "\n").encode("utf-8")
    Path(args.output).write_bytes(gzip.compress(data, mtime=0) if args.output.endswith(".gz") else data)
    print(f"{len(chosen)} pairs -> {args.output}", file=sys.stderr)


_STOP = frozenset("the a an of to in on for and with as at by from is are was be after over says said new us "
                  "u.s. his her its their will not".split())
POOL = Path(__file__).resolve().parents[2] / "shared" / "data" / "news-pool" / "articles.jsonl.gz"


def _lead_words(row: dict[str, Any]) -> set[str]:
    text = row["title"] + " " + row["text"][:400]
    return {w for w in re.findall(r"[a-z][a-z'-]{2,}", text.lower()) if w not in _STOP}


def _shared_story(a: set[str], b: set[str]) -> bool:
    return len(a & b) / max(1, min(len(a), len(b))) >= 0.25


def select(args: argparse.Namespace) -> None:
    rows = _jsonl(Path(args.pool))
    words = [_lead_words(r) for r in rows]
    day = [dt.date.fromisoformat(r["published"][:10]).toordinal() if r.get("published") else None for r in rows]
    by_day: dict[int, list[int]] = {}
    for i, d in enumerate(day):
        if d is not None:
            by_day.setdefault(d, []).append(i)
    links: Counter[int] = Counter()
    for i, d in enumerate(day):
        for j in (j for e in range(d - 2, d + 3) for j in by_day.get(e, ())) if d is not None else ():
            if j > i and rows[j]["source"] != rows[i]["source"] and _shared_story(words[i], words[j]):
                links[i] += 1
                links[j] += 1
    chosen = sorted(i for i, _ in links.most_common(args.n))
    with open(args.output, "w", encoding="utf-8") as f:
        for i in chosen:
            f.write(json.dumps(rows[i]) + "\n")
    print(f"{len(chosen)} articles -> {args.output}", file=sys.stderr)


def _context(text: str, evidence: str, width: int = 220) -> str:
    """The evidence sentence in brackets with ``width`` characters of its article on each side
    (found by its text: the extraction's offsets are of the cleaned text)."""
    start = text.find(evidence)
    if start < 0:
        return "[[" + evidence + "]]"
    end = start + len(evidence)
    return (text[max(0, start - width):start] + " [[" + evidence + "]] " + text[end:end + width]).replace("\n", " ")


def show(args: argparse.Namespace) -> None:
    docs = {d["id"]: d for d in _jsonl(Path(args.docs))}
    pairs = _jsonl(Path(args.pairs))[args.start:args.stop]
    if args.sample:  # a blind second pass: a random sample, shuffled, without the hand score
        pairs = random.Random(args.seed).sample(pairs, args.sample)
    for p in pairs:
        print(f"=== {p['id']}  {p['a']['type']}" + ("" if args.sample else f"  hand {p['hand_score']:.2f}"))
        for side, pub in zip("ab", p["published"]):
            r = p[side]
            d = docs[r["doc_id"]]
            acts = ",".join(x["code"] for x in [r.get("source"), r.get("target"), *(r.get("participants") or [])] if x)
            print(f" {side}: {d['source'][:14]} pub {pub} date {r.get('date')}/{r.get('date_basis')} {r['status']} "
                  f"[{acts}] trig {r.get('trigger')}\n    {_context(d['text'], r['evidence']['text'], args.width)}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = ap.add_subparsers(dest="cmd", required=True)
    sel = sub.add_parser("select")
    sel.add_argument("--pool", default=str(POOL))
    sel.add_argument("-n", type=int, default=420)
    sel.add_argument("-o", "--output", required=True)
    c = sub.add_parser("candidates")
    c.add_argument("--pred", required=True)
    c.add_argument("--docs", required=True)
    c.add_argument("--min-score", type=float, default=0.3)
    c.add_argument("-n", type=int, default=520)
    c.add_argument("-o", "--output", required=True)
    s = sub.add_parser("show")
    s.add_argument("pairs")
    s.add_argument("--docs", required=True)
    s.add_argument("--from", dest="start", type=int, default=0)
    s.add_argument("--to", dest="stop", type=int, default=None)
    s.add_argument("--width", type=int, default=160)
    s.add_argument("--sample", type=int, default=0, help="show this many random pairs, shuffled, without scores")
    s.add_argument("--seed", type=int, default=60)
    args = ap.parse_args()
    {"select": select, "candidates": candidates, "show": show}[args.cmd](args)


if __name__ == "__main__":
    main()
