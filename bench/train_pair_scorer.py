"""Does a learned same-event pair scorer beat the hand-weighted ``score``? Trained and measured on
pool pairs labelled by hand (bench/data/fusion-pairs: pairs.jsonl.gz, labels.tsv, RULES.md).

    python bench/train_pair_scorer.py [--folds 5] [--out weights.json]

Features: the hand score's six parts and the score itself, plus what the parts see only in part
or not at all: the overlap coefficient of the evidence words (which the evidence part reads at
most 0.6 of), a shared trigger stem, shared numbers, both undated, the days between the two
dates, the weaker date precision, the number of shared states, a statement type. Model: L2-regularised logistic regression (numpy, Newton steps),
features standardised on the training part. Evaluation: pairs are grouped by story (the
month of the earlier article's publication, so that the many pairs of one story never sit on
both sides of a split); one 80/20 group split (seeded) and a grouped k-fold cross-validation.
The hand score (recomputed, not the one stored at sampling) is read at the fuser's bars
(``THRESHOLD``, ``SPEECH_THRESHOLD`` for statements); the learned score at the probability bar
that gives the best F1 on the training part. Both are compared on the same held-out pairs.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
from pathlib import Path
from typing import Any, Sequence

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
from calibrate_fusion import event_of  # noqa: E402

from communique.fuse import Node, node_of, parts, score  # noqa: E402
from communique.fuse.measure import read_jsonl as _jsonl  # noqa: E402
from communique.fuse._cluster import bar_for  # noqa: E402
from communique.fuse._score import DAY  # noqa: E402
from communique.fuse._text import stem  # noqa: E402
from communique.types import SPEECH_TYPES  # noqa: E402

DATA = Path(__file__).resolve().parent / "data" / "fusion-pairs"
WINDOW = 3
_NUMBER = re.compile(r"\b\d[\d,.]*\b")
NAMES = ["hand", "actors", "persons", "date", "status", "location", "evidence", "overlap", "both_undated",
         "days_apart", "day_precise", "shared_states", "speech", "trigger", "numbers"]


def _nodes(p: dict[str, Any]) -> tuple[Node, Node]:
    a = node_of(event_of(p["a"]), 0, p["published"][0])
    b = node_of(event_of(p["b"]), 1, p["published"][1])
    return a, b


#: the features computed from two fusion nodes alone (what a fuser could score with)
NODE_NAMES = ["actors", "persons", "date", "status", "location", "evidence", "overlap", "both_undated",
              "days_apart", "day_precise", "shared_states", "speech"]


def node_features(a: Node, b: Node) -> list[float]:
    """``NODE_NAMES`` for two nodes."""
    part = parts(a, b, WINDOW)
    wa, wb = set(a.words), set(b.words)
    overlap = len(wa & wb) / max(1, min(len(wa), len(wb)))
    gap = 0.0
    if a.lo is not None and b.lo is not None and a.hi is not None and b.hi is not None:
        gap = max(0, max(a.lo, b.lo) - min(a.hi, b.hi)) / (WINDOW + 1)
    return [*(part[k] for k in ("actors", "persons", "date", "status", "location", "evidence")), overlap,
            float(a.undated and b.undated), gap, float(min(a.precision, b.precision) == DAY),
            float(len(a.codes & b.codes)), float(a.type in SPEECH_TYPES)]


def features(p: dict[str, Any]) -> list[float]:
    """The feature vector of one labelled pair (see ``NAMES``): the hand score, the node
    features, a shared trigger stem and shared numbers (these two need the exchange rows)."""
    a, b = _nodes(p)
    ta = stem((p["a"].get("trigger") or "").lower())
    tb = stem((p["b"].get("trigger") or "").lower())
    na = set(_NUMBER.findall(p["a"]["evidence"]["text"]))
    nb = set(_NUMBER.findall(p["b"]["evidence"]["text"]))
    return [score(a, b, WINDOW), *node_features(a, b), float(bool(ta) and ta == tb), float(bool(na & nb))]


def hand_says(p: dict[str, Any], hand: float) -> bool:
    """The hand score's decision (``hand``, as ``features`` computes it) at the fuser's bar for the
    pair's type."""
    return hand >= bar_for(p["a"]["type"])


def fit(x: np.ndarray, y: np.ndarray, l2: float = 1.0, steps: int = 50) -> np.ndarray:
    """Logistic regression weights (bias last) by Newton's method with an L2 penalty."""
    xb = np.hstack([x, np.ones((len(x), 1))])
    w = np.zeros(xb.shape[1])
    reg = l2 * np.eye(xb.shape[1])
    reg[-1, -1] = 0.0
    for _ in range(steps):
        prob = 1.0 / (1.0 + np.exp(-xb @ w))
        grad = xb.T @ (prob - y) + reg @ w
        hess = (xb * (prob * (1 - prob))[:, None]).T @ xb + reg
        w -= np.linalg.solve(hess, grad)
    return w


def predict(w: np.ndarray, x: np.ndarray) -> np.ndarray:
    return 1.0 / (1.0 + np.exp(-(np.hstack([x, np.ones((len(x), 1))]) @ w)))


def prf(pred: np.ndarray, y: np.ndarray) -> tuple[float, float, float, int, int]:
    tp = int((pred & (y == 1)).sum())
    fp = int((pred & (y == 0)).sum())
    fn = int((~pred & (y == 1)).sum())
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return p, r, 2 * p * r / (p + r) if p + r else 0.0, tp, fp


def best_bar(prob: np.ndarray, y: np.ndarray) -> float:
    """The probability bar with the best F1 (the middle of the best run of bars)."""
    bars = np.round(np.arange(0.05, 0.96, 0.01), 2)
    f1 = [prf(prob >= t, y)[2] for t in bars]
    top = max(f1)
    best = [t for t, f in zip(bars, f1) if f >= top - 1e-9]
    return float(best[len(best) // 2])


def auc(s: np.ndarray, y: np.ndarray) -> float:
    """The probability that a same-event pair scores above a two-event pair (ties count half)."""
    pos, neg = s[y == 1], s[y == 0]
    return float(((pos[:, None] > neg[None, :]).sum() + 0.5 * (pos[:, None] == neg[None, :]).sum())
                 / (len(pos) * len(neg)))


def matched_bar(prob: np.ndarray, y: np.ndarray, precision: float) -> float:
    """The lowest bar at which the (pooled held-out) learned precision reaches ``precision``.
    Chosen on the held-out pairs themselves: an optimistic reading, for comparison only."""
    for t in np.round(np.arange(0.05, 0.96, 0.01), 2):
        if prf(prob >= t, y)[0] >= precision:
            return float(t)
    return 0.96


class Model:
    """Standardisation, weights and bar, fitted on one training part."""

    def __init__(self, x: np.ndarray, y: np.ndarray, l2: float):
        self.mean, self.std = x.mean(0), x.std(0) + 1e-9
        self.w = fit((x - self.mean) / self.std, y, l2)
        self.bar = best_bar(self.prob(x), y)

    def prob(self, x: np.ndarray) -> np.ndarray:
        return predict(self.w, (x - self.mean) / self.std)

    def says(self, x: np.ndarray) -> np.ndarray:
        return self.prob(x) >= self.bar


def groups(pairs: list[dict[str, Any]]) -> list[str]:
    """The story of each pair: the month of its earlier article."""
    return [min(str(d) for d in p["published"] if d)[:7] for p in pairs]


def line(name: str, m: tuple[float, float, float, int, int]) -> str:
    return f"{name:>8}  P {m[0]:.3f}  R {m[1]:.3f}  F1 {m[2]:.3f}  (tp {m[3]}, fp {m[4]})"


class Data:
    """The labelled pairs as arrays: features (the ``names`` kept), labels, the hand score and its
    decision at the fuser's bar, and each pair's story."""

    def __init__(self, drop: Sequence[str] = ()):
        pairs = _jsonl(DATA / "pairs.jsonl.gz")
        labels = dict(x.split("\t") for x in (DATA / "labels.tsv").read_text().split("\n") if x.strip())
        pairs = [p for p in pairs if p["id"] in labels]
        full = np.array([features(p) for p in pairs])
        keep = [i for i, n in enumerate(NAMES) if n not in drop]
        self.names = [NAMES[i] for i in keep]
        self.x, self.hand_score = full[:, keep], full[:, 0]
        self.y = np.array([int(labels[p["id"]]) for p in pairs])
        self.hand = np.array([hand_says(p, h) for p, h in zip(pairs, self.hand_score)])
        self.groups = groups(pairs)


def split(d: Data, test_groups: set[str], l2: float) -> None:
    """Fit on the stories outside ``test_groups``; print both scores on the stories inside."""
    test = np.array([s in test_groups for s in d.groups])
    model = Model(d.x[~test], d.y[~test], l2)
    print(f"\n80/20 story split: {int((~test).sum())} train, {int(test.sum())} held out; learned bar {model.bar}")
    print(line("hand", prf(d.hand[test], d.y[test])))
    print(line("learned", prf(model.says(d.x[test]), d.y[test])))


def cross_validate(d: Data, folds: list[list[str]], l2: float) -> None:
    """Every pair held out once (by story); both scores' figures, ranking and a matched reading."""
    said, prob = np.zeros(len(d.y), bool), np.zeros(len(d.y))
    for fold in folds:
        held = np.array([s in set(fold) for s in d.groups])
        m = Model(d.x[~held], d.y[~held], l2)
        said[held], prob[held] = m.says(d.x[held]), m.prob(d.x[held])
    hand = prf(d.hand, d.y)
    print(f"\n{len(folds)}-fold story cross-validation (every pair held out once)")
    print(line("hand", hand))
    print(line("learned", prf(said, d.y)))
    print(f"ranking (area under ROC, held-out): hand {auc(d.hand_score, d.y):.3f}, learned {auc(prob, d.y):.3f}")
    print(line("matched", prf(prob >= matched_bar(prob, d.y, hand[0]), d.y))
          + "  (learned at the bar that keeps the hand score's precision)")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--folds", type=int, default=5)
    ap.add_argument("--l2", type=float, default=1.0)
    ap.add_argument("--seed", type=int, default=8)
    ap.add_argument("--drop", default="", help="features to leave out (comma-separated names)")
    ap.add_argument("--out", help="write the model fitted on all pairs here (JSON)")
    args = ap.parse_args()
    d = Data(args.drop.split(","))
    stories = sorted(set(d.groups))
    print(f"{len(d.y)} labelled pairs ({d.y.sum()} same event), {len(stories)} stories")
    print(line("hand all", prf(d.hand, d.y)))
    random.Random(args.seed).shuffle(stories)
    split(d, set(stories[: max(1, len(stories) // 5)]), args.l2)
    cross_validate(d, [stories[i:: args.folds] for i in range(args.folds)], args.l2)
    full = Model(d.x, d.y, args.l2)
    print("\nweights (standardised features): " + ", ".join(f"{n} {w:+.2f}" for n, w in zip(d.names, full.w)))
    if args.out:
        Path(args.out).write_text(json.dumps({"features": d.names, "mean": full.mean.tolist(),
                                              "std": full.std.tolist(), "weights": full.w.tolist(),
                                              "bar": full.bar}, indent=1))


if __name__ == "__main__":
    main()
