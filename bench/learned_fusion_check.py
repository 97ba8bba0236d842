"""Fuse with a learned pair scorer in place of the hand score and measure what the fuser does with
it: the gold-mention measure (dev-news's gold mentions fused) and the extraction measure
(dev-news and seeds extractions re-fused, scored by ../shared/eval/score.py).

    python bench/train_pair_scorer.py --drop trigger,numbers,hand --out model.json
    python bench/learned_fusion_check.py model.json --pred news.jsonl --seeds-pred seeds.jsonl

The learned score keeps every veto of the hand score (a pair the hand score gives 0 stays 0:
other types or acts, no shared actor, dates too far apart, excluded statuses, the vague-date and
amounts rules) and replaces the weighted sum by the model's probability, read at each bar of
``--bars`` (shifted onto the fuser's own bars, ``learned``). Nothing is fitted here.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any, Callable

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
from calibrate_fusion import SHARED, EvalSet, _scorer  # noqa: E402
from train_pair_scorer import NODE_NAMES, node_features  # noqa: E402

import communique.fuse._cluster as cluster  # noqa: E402
from communique.actors import KnowledgeBase  # noqa: E402
from communique.fuse import Node  # noqa: E402
from communique.fuse._score import score as hand_score  # noqa: E402
from communique.fuse.measure import load_gold_mentions  # noqa: E402


def learned(model: dict[str, Any], bar: float) -> Callable[[Node, Node, int], float]:
    """The learned score, shifted so that its ``bar`` falls on the fuser's own bar for the pair's
    type (``THRESHOLD``, or the statement bar): the fuser then links what the model says at ``bar``."""
    mean, std, w = (np.array(model[k]) for k in ("mean", "std", "weights"))

    def score(a: Node, b: Node, window: int) -> float:
        hand = hand_score(a, b, window)
        if not hand:
            return 0.0
        have = {"hand": hand, **dict(zip(NODE_NAMES, node_features(a, b)))}
        x = (np.array([have[n] for n in model["features"]]) - mean) / std
        prob = float(1.0 / (1.0 + np.exp(-(x @ w[:-1] + w[-1]))))
        own = cluster.bar_for(a.type)
        return round(max(0.0, prob - bar + own), 6)
    return score


def ranking(model: dict[str, Any], gm: Any, window: int = 3) -> str:
    """How well each score ranks dev-news's gold cross-article pairs that the hand score does not
    veto (area under ROC: the chance a same-event pair scores above a two-event pair)."""
    from train_pair_scorer import auc
    nodes, same = gm.nodes(), gm.same_pairs
    cand = [(i, j) for i, j in gm.cross_pairs if hand_score(nodes[i], nodes[j], window)]
    y = np.array([(i, j) in same for i, j in cand], dtype=int)
    hand = np.array([hand_score(nodes[i], nodes[j], window) for i, j in cand])
    mine = learned(model, 0.5)
    got = np.array([mine(nodes[i], nodes[j], window) for i, j in cand])
    bars = np.array([cluster.bar_for(nodes[i].type) for i, _ in cand])
    over = hand >= bars
    wrong = int((over & (y == 0)).sum())
    prob = got - bars + 0.5  # back from the shifted score to the model's probability
    # the learned bar (in steps of 0.01) that passes no more two-event pairs than the hand score does
    shift = min(t for t in np.round(np.arange(0.3, 1.0, 0.01), 2) if int(((prob >= t) & (y == 0)).sum()) <= wrong)
    mine_over = prob >= shift
    return (f"dev-news gold pairs the hand score keeps: {len(cand)} ({int(y.sum())} same event); "
            f"area under ROC hand {auc(hand, y):.3f}, learned {auc(got, y):.3f}; pairs over the bar "
            f"(no clustering): hand {int((over & (y == 1)).sum())} same / {wrong} two-event, learned at bar "
            f"{shift:.2f} {int((mine_over & (y == 1)).sum())} same / {int((mine_over & (y == 0)).sum())} two-event")


def measure(bar: float, gm: Any, sets: list[EvalSet]) -> str:
    got = gm.linked(bar)
    out = f"gold-mention {got.right}/{got.same} two-event {got.wrong}"
    for es in sets:
        s = es.summary(bar)
        out += f" | {es.name} pairs {s['dedup_pairs_right']} false merges {s['false_merges']}"
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("model")
    ap.add_argument("--pred", required=True)
    ap.add_argument("--seeds-pred")
    ap.add_argument("--bars", default="0.4,0.45,0.5,0.55,0.6,0.65,0.7,0.75,0.8")
    args = ap.parse_args()
    model = json.loads(Path(args.model).read_text())
    scorer = _scorer(SHARED / "eval/score.py")
    sets = [EvalSet("dev-news", Path(args.pred), SHARED / "eval/dev-news/docs.jsonl",
                    SHARED / "eval/dev-news/gold.jsonl", scorer)]
    if args.seeds_pred:
        sets.append(EvalSet("seeds", Path(args.seeds_pred), SHARED / "eval/dev/docs.json",
                            SHARED / "eval/dev/gold.jsonl", scorer))
    gm = load_gold_mentions(SHARED / "eval/dev-news/docs.jsonl", SHARED / "eval/dev-news/gold.jsonl",
                            KnowledgeBase.default())
    print(f"hand score at THRESHOLD {cluster.THRESHOLD}: {measure(cluster.THRESHOLD, gm, sets)}")
    print(ranking(model, gm))
    hand = cluster.score
    for bar in (float(b) for b in args.bars.split(",")):
        setattr(cluster, "score", learned(model, bar))  # the fuser's score, swapped for this measurement only
        print(f"learned at bar {bar:.2f} (model's F1 bar {model['bar']}): {measure(cluster.THRESHOLD, gm, sets)}")
    setattr(cluster, "score", hand)


if __name__ == "__main__":
    main()
