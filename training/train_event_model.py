"""Rebuild the learned trigger typer (``communique.events.model``) from the team's labels.

Reads ``training/labels/*.jsonl`` (the double-labelled sample once, from its first labeller),
takes each sentence's text from the news pool, parses it with the project's spaCy pipeline,
labels each trigger's head token with its PLOVER type and every other candidate token with
NONE, and fits a softmax regression with numpy (Adam, L2, fixed seed). Articles whose id
hashes to the held-out fifth are kept out of training; their per-type precision and recall
are printed. The shipped model is then refitted on every label.

    .venv/bin/python training/train_event_model.py [--pool ../shared/data/news-pool/articles.jsonl.gz]

Never point it at an eval set: the labels come from the news pool only.
"""

from __future__ import annotations

import argparse
import gzip
import json
import zlib
from collections import defaultdict
from pathlib import Path
from typing import Any

import numpy as np

from communique.actors import KnowledgeBase
from communique.events.lexicon import load_lexicon
from communique.events.model import (CLASSES, DENSE_SIZE, HASH_BITS, MODEL_PATH, EventModel, actor_tokens,
                                     featurise, is_candidate)
from communique.nlp import load_nlp

HERE = Path(__file__).parent
SEED = 20261201


def load_labels() -> list[dict[str, Any]]:
    rows: dict[str, dict[str, Any]] = {}
    for path in sorted((HERE / "labels").glob("*.jsonl")):
        for line in path.open(encoding="utf-8"):
            row = json.loads(line)
            rows.setdefault(row["sid"], row)  # the shared sample once (first labeller by file name)
    return list(rows.values())


def load_articles(pool: Path, ids: set[str]) -> dict[str, dict[str, Any]]:
    out = {}
    with gzip.open(pool, "rt", encoding="utf-8") as fh:
        for line in fh:
            art = json.loads(line)
            if art["id"] in ids:
                out[art["id"]] = art
    return out


def examples(rows: list[dict[str, Any]], arts: dict[str, dict[str, Any]]) -> tuple[np.ndarray, list, np.ndarray, np.ndarray]:
    """Features, labels and held-out flags for every candidate token of every labelled sentence."""
    nlp, kb, lex = load_nlp(), KnowledgeBase.load(), load_lexicon()
    texts = [arts[r["article_id"]]["text"][r["start"]:r["end"]] for r in rows]
    dense_parts, sparse, labels, held = [], [], [], []
    for row, doc in zip(rows, nlp.pipe(texts, batch_size=64)):
        heads: dict[int, int] = {}
        skip: set[int] = set()
        for ev in row["events"]:
            if ev["trigger_start"] is None or ev["type"] not in CLASSES:
                continue
            span = doc.char_span(ev["trigger_start"] - row["start"], ev["trigger_end"] - row["start"],
                                 alignment_mode="expand")
            if span is None or not len(span):
                continue
            heads[span.root.i] = CLASSES.index(ev["type"])
            skip.update(t.i for t in span if t.i != span.root.i)
        mentions = kb.find_mentions(doc, arts[row["article_id"]].get("published"))
        has_actor = actor_tokens(doc, [(m.start, m.end) for m in mentions])
        toks = [t for t in doc if (is_candidate(t) and t.i not in skip) or t.i in heads]
        d, s = featurise(toks, lex, has_actor)
        dense_parts.append(d)
        sparse.extend(s)
        labels.extend(heads.get(t.i, 0) for t in toks)
        test = zlib.crc32(row["article_id"].encode()) % 5 == 0
        held.extend([test] * len(toks))
    return np.vstack(dense_parts), sparse, np.asarray(labels), np.asarray(held)


def fit(dense: np.ndarray, sparse: list[list[int]], y: np.ndarray, epochs: int = 200,
        l2: float = 1e-4, lr: float = 0.05, pos_weight: float = 5.0) -> EventModel:
    """Softmax regression by full-batch Adam; trigger tokens weigh ``pos_weight`` times a NONE."""
    rng = np.random.default_rng(SEED)
    k, n, width = len(CLASSES), len(y), max(len(r) for r in sparse)
    mean, scale = dense.mean(axis=0), dense.std(axis=0) + 1e-3
    x = (dense - mean) / scale
    ids = np.asarray([row + [0] * (width - len(row)) for row in sparse])  # padded, masked below
    mask = np.asarray([[1.0] * len(row) + [0.0] * (width - len(row)) for row in sparse], dtype=np.float32)
    flat_ids = ids.ravel()
    weight = np.where(y > 0, pos_weight, 1.0).astype(np.float32)
    weight /= weight.sum()
    params = [rng.normal(0, 0.01, (DENSE_SIZE, k)).astype(np.float32),
              np.zeros((1 << HASH_BITS, k), np.float32), np.zeros(k, np.float32)]
    m = [np.zeros_like(p) for p in params]
    v = [np.zeros_like(p) for p in params]
    onehot = np.eye(k, dtype=np.float32)[y]
    for step in range(1, epochs + 1):
        wd, ws, b = params
        z = x @ wd + b + (ws[ids] * mask[:, :, None]).sum(axis=1)
        z -= z.max(axis=1, keepdims=True)
        p = np.exp(z)
        p /= p.sum(axis=1, keepdims=True)
        g = (p - onehot) * weight[:, None]
        spread = (g[:, None, :] * mask[:, :, None]).reshape(-1, k)
        gs = np.stack([np.bincount(flat_ids, weights=spread[:, c], minlength=1 << HASH_BITS)
                       for c in range(k)], axis=1).astype(np.float32)
        grads = [x.T @ g + l2 * wd, gs + l2 * ws, g.sum(axis=0)]
        for i, gr in enumerate(grads):
            m[i] = 0.9 * m[i] + 0.1 * gr
            v[i] = 0.999 * v[i] + 0.001 * gr * gr
            params[i] -= lr * (m[i] / (1 - 0.9 ** step)) / (np.sqrt(v[i] / (1 - 0.999 ** step)) + 1e-8)
    return EventModel(params[0], params[1], params[2], mean.astype(np.float32), scale.astype(np.float32))


def report(model: EventModel, dense: np.ndarray, sparse: list[list[int]], y: np.ndarray) -> None:
    pred = model.proba(dense, sparse).argmax(axis=1)
    counts: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])  # tp, fp, fn
    for g, p in zip(y, pred):
        if p == g and g:
            counts[CLASSES[g]][0] += 1
        else:
            if p:
                counts[CLASSES[p]][1] += 1
            if g:
                counts[CLASSES[g]][2] += 1
    print(f"{'type':10} {'P':>6} {'R':>6} {'F1':>6} {'gold':>5}")
    tot = [0, 0, 0]
    for c in CLASSES[1:]:
        tp, fp, fn = counts[c]
        tot = [a + b for a, b in zip(tot, (tp, fp, fn))]
        pr = tp / (tp + fp) if tp + fp else 0.0
        rc = tp / (tp + fn) if tp + fn else 0.0
        f1 = 2 * pr * rc / (pr + rc) if pr + rc else 0.0
        print(f"{c:10} {pr:6.3f} {rc:6.3f} {f1:6.3f} {tp + fn:5d}")
    tp, fp, fn = tot
    pr, rc = tp / max(1, tp + fp), tp / max(1, tp + fn)
    print(f"{'micro':10} {pr:6.3f} {rc:6.3f} {2 * pr * rc / max(1e-9, pr + rc):6.3f} {tp + fn:5d}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--pool", default=str(HERE.parent.parent / "shared" / "data" / "news-pool" / "articles.jsonl.gz"))
    ap.add_argument("--out", default=str(MODEL_PATH))
    ap.add_argument("--epochs", type=int, default=200)
    args = ap.parse_args()
    rows = load_labels()
    arts = load_articles(Path(args.pool), {r["article_id"] for r in rows})
    dense, sparse, y, held = examples(rows, arts)
    print(f"{len(rows)} labelled sentences, {len(y)} candidate tokens, {int((y > 0).sum())} triggers; "
          f"held out: {int(held.sum())} tokens of the articles whose id hashes to 0 mod 5")
    tr = ~held
    model = fit(dense[tr], [s for s, t in zip(sparse, tr) if t], y[tr], epochs=args.epochs)
    print("held-out split (trained on the other four fifths):")
    report(model, dense[held], [s for s, t in zip(sparse, held) if t], y[held])
    final = fit(dense, sparse, y, epochs=args.epochs)
    final.save(Path(args.out))
    print(f"model refitted on all {len(y)} tokens -> {args.out}")


if __name__ == "__main__":
    main()
