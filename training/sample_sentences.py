"""Draw the sentences the team labels for the learned event model, from the news pool.

The pool (``../shared/data/news-pool``) is never an eval set. Sentences are drawn with a
fixed seed, stratified by how many distinct actors the knowledge base finds in them, so
the labelled set has event-bearing sentences and hard negatives (one actor or none:
opinion, history, domestic politics, furniture). At most ``--per-article`` sentences come
from one article.

Writes ``training/work/batch_<name>.jsonl`` (gitignored: texts stay in ``../shared``), one
sentence a line with its article id, character offsets into the article's ``text``, the
previous sentence as context and the actors the knowledge base sees (hints for the
labeller, not labels).

    .venv/bin/python training/sample_sentences.py --pool ../shared/data/news-pool/articles.jsonl.gz
"""

from __future__ import annotations

import argparse
import gzip
import json
import random
import re
from pathlib import Path
from typing import Any, Iterator

from communique.actors import KnowledgeBase

#: name -> number of sentences; "shared" is labelled by two labellers to measure agreement.
BATCHES = {"shared": 200, "a": 650, "b": 650, "c": 750, "d": 750}
#: share of sentences by number of distinct actor codes found (2+, 1, 0).
STRATA = {2: 0.55, 1: 0.30, 0: 0.15}
_SENT = re.compile(r"[^.!?\n]+(?:[.!?]+[\"'”’)]*|\n|$)")


def sentences(text: str) -> Iterator[tuple[int, int]]:
    """Sentence spans (start, end) of a text: a plain splitter, good enough for sampling."""
    for m in _SENT.finditer(text):
        s, e = m.start(), m.end()
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if e - s >= 40 and len(text[s:e].split()) >= 6:
            yield s, e


def candidates(pool: Path, kb: KnowledgeBase, per_article: int, rng: random.Random) -> dict[int, list[dict[str, Any]]]:
    by_stratum: dict[int, list[dict[str, Any]]] = {2: [], 1: [], 0: []}
    with gzip.open(pool, "rt", encoding="utf-8") as fh:
        for line in fh:
            art = json.loads(line)
            text = art.get("text") or ""
            ordered = list(sentences(text))
            previous = {s: ordered[i - 1] for i, (s, _) in enumerate(ordered) if i}
            spans = ordered[:]
            rng.shuffle(spans)
            for s, e in spans[:per_article]:
                ments = kb.mentions_in_text(text[s:e], art.get("published"))
                codes = sorted({m.actor.code for m in ments})
                stratum = min(2, len(codes))
                ps, pe = previous.get(s, (s, s))
                by_stratum[stratum].append({
                    "article_id": art["id"], "start": s, "end": e, "text": text[s:e],
                    "context": text[ps:pe][-400:], "published": art.get("published"),
                    "source": art.get("source"),
                    "actors_hint": [[m.text, m.actor.code] for m in ments],
                })
    return by_stratum


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--pool", default="../shared/data/news-pool/articles.jsonl.gz")
    ap.add_argument("--out", default=str(Path(__file__).parent / "work"))
    ap.add_argument("--seed", type=int, default=20261201)
    ap.add_argument("--per-article", type=int, default=2)
    args = ap.parse_args()
    rng = random.Random(args.seed)
    kb = KnowledgeBase.load()
    by_stratum = candidates(Path(args.pool), kb, args.per_article, rng)
    for pool in by_stratum.values():
        rng.shuffle(pool)
    total = sum(BATCHES.values())
    picked: list[dict[str, Any]] = []
    for stratum, share in STRATA.items():
        picked += by_stratum[stratum][: round(total * share)]
    rng.shuffle(picked)
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    i = 0
    for name, n in BATCHES.items():
        with (out / f"batch_{name}.jsonl").open("w", encoding="utf-8") as fh:
            for rec in picked[i:i + n]:
                rec = {"sid": f"{rec['article_id']}:{rec['start']}-{rec['end']}", **rec}
                fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
        i += n
    print({k: len(v) for k, v in by_stratum.items()}, "->", {k: n for k, n in BATCHES.items()})


if __name__ == "__main__":
    main()
