"""End-to-end throughput and memory of the pipeline, against spaCy's bare parse.

    .venv/bin/python bench/bench_pipeline.py [--shared ../shared] [--n 300] [--processes 1]

The corpus: the five seed articles plus the 61 real pages of
``shared/data/cleaning-dev`` (raw HTML, cleaned by communique), repeated with
distinct ids up to ``--n`` articles. Prints articles/s and words/s for

* bare:  ``nlp.pipe`` over the cleaned texts (spaCy's full English pipeline),
* full:  communique's pipeline from raw input to fused events (clean, parse,
         actors, events, dates, fusion),

their ratio (the pipeline's overhead over the parse it cannot avoid), and the
peak resident memory of the process.
"""

from __future__ import annotations

import argparse
import gzip
import json
import resource
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]


def corpus(shared: Path, n: int) -> list:
    from communique.types import RawDoc

    base: list[RawDoc] = []
    docs = json.loads((shared / "eval/dev/docs.json").read_text())
    for d in docs:
        base.append(RawDoc(id=d["doc_id"], origin=d["file"], text=(shared / d["file"]).read_text(),
                           published=d["published"], source=d["source"], url=d["url"]))
    with gzip.open(shared / "data/cleaning-dev/pages.jsonl.gz", "rt", encoding="utf-8") as fh:
        for line in fh:
            row = json.loads(line)
            base.append(RawDoc(id=f"page-{row['id']}", origin=f"pages.jsonl.gz#{row['id']}",
                               html=row["html"], url=row.get("url")))
    out = []
    i = 0
    while len(out) < n:
        r = base[i % len(base)]
        out.append(r.__class__(**{**r.__dict__, "id": f"{r.id}~{i // len(base)}"}))
        i += 1
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--shared", default=str(REPO.parent / "shared"))
    ap.add_argument("--n", type=int, default=300, help="articles in the corpus")
    ap.add_argument("--processes", type=int, default=1, help="NLP worker processes")
    args = ap.parse_args()

    from communique.config import load_settings
    from communique.pipeline import Pipeline

    t0 = time.perf_counter()
    pipe = Pipeline(load_settings().with_overrides(processes=args.processes))
    load_s = time.perf_counter() - t0
    raws = corpus(Path(args.shared), args.n)
    errors: list[str] = []
    articles = list(pipe.articles(raws, on_error=lambda e: errors.append(str(e))))
    texts = [a.text for a in articles]
    words = sum(len(t.split()) for t in texts)

    t0 = time.perf_counter()
    for _ in pipe.nlp.pipe(texts, batch_size=pipe.settings.batch_size, n_process=args.processes):
        pass
    bare = time.perf_counter() - t0

    t0 = time.perf_counter()
    n_events = n_docs = 0
    for res in pipe.run(raws, on_error=lambda e: None):
        n_docs += 1
        n_events += len(res.events)
    full = time.perf_counter() - t0

    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    if args.processes > 1:
        peak_mb += resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    print(f"corpus: {len(raws)} inputs -> {len(articles)} articles ({len(errors)} skipped), {words} words, "
          f"{words / max(1, len(articles)):.0f} words/article; processes={args.processes}")
    print(f"load (spaCy model, knowledge base, lexicons): {load_s:.2f} s")
    print(f"{'stage':28s} {'seconds':>8s} {'articles/s':>11s} {'words/s':>9s}")
    print(f"{'bare spaCy nlp.pipe':28s} {bare:8.2f} {len(texts) / bare:11.1f} {words / bare:9.0f}")
    print(f"{'communique end-to-end':28s} {full:8.2f} {n_docs / full:11.1f} {words / full:9.0f}")
    print(f"ratio end-to-end / bare parse: {full / bare:.2f}x")
    print(f"events: {n_events}; peak memory (max RSS): {peak_mb:.0f} MB")
    sys.stdout.flush()


if __name__ == "__main__":
    main()
