"""What the parse cascade keeps, and what it loses, against the full parse.

    .venv/bin/python bench/bench_cascade.py [--shared ../shared] [--every 27] [--dev-news]

Takes every ``--every``-th article of the unlabelled news pool (``shared/data/news-pool``,
international-politics news; 154 articles at the default) and, with ``--dev-news``, the dev-news
articles too, and runs each through the same loaded pipeline twice, in one process: with
``parse = "full"`` and with ``parse = "cascade"`` (``communique.nlp.cascade``). Printed, for each
set: the share of sentences and of characters the cascade hands the parser (the parse's cost
follows the characters, not the sentences), the CPU seconds of each setting's analysis (parse,
actors, events; cleaning is the same for both and not counted), and how many of the full parse's
events the cascade reproduces exactly (type, source, target and evidence span), with the events
it finds that the full parse does not. No labels are read: the full parse is the reference.
"""

from __future__ import annotations

import argparse
import gzip
import json
import sys
import time
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]


def pool_sample(shared: Path, every: int) -> list[dict[str, Any]]:
    rows = []
    with gzip.open(shared / "data/news-pool/articles.jsonl.gz", "rt", encoding="utf-8") as fh:
        for i, line in enumerate(fh):
            if i % every == 0:
                rows.append(json.loads(line))
    return rows


def dev_news(shared: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in (shared / "eval/dev-news/docs.jsonl").read_text().splitlines() if line]


def _key(e: Any) -> tuple[Any, ...]:
    return (e.type, e.source and e.source.code, e.target and e.target.code, e.evidence.start, e.evidence.end)


def compare(name: str, rows: list[dict[str, Any]], full: Any, cascade: Any) -> None:
    from communique.errors import CommuniqueError
    from communique.types import RawDoc

    articles = []
    for r in rows:
        raw = RawDoc(id=str(r.get("id") or r.get("doc_id")), origin=name, text=r.get("text"), html=r.get("html"),
                     published=r.get("published"))
        try:
            articles.append(full.clean(raw))
        except CommuniqueError:
            continue
    sentences = kept = chars = kept_chars = 0
    for a in articles:
        sel = cascade.finder.select(a.text, a.published)
        sentences, kept = sentences + sel.sentences, kept + sel.kept
        chars, kept_chars = chars + len(a.text), kept_chars + sum(length for _, _, length in sel.segments)
    results, cpu = {}, {}
    for setting, pipe in (("full", full), ("cascade", cascade)):
        c0 = time.process_time()
        results[setting] = pipe.analyse_batch(articles)
        cpu[setting] = time.process_time() - c0
    total = same = extra = 0
    for f, c in zip(results["full"], results["cascade"]):
        if isinstance(f, CommuniqueError) or isinstance(c, CommuniqueError):
            continue
        mine, ref = [_key(e) for e in c.events], [_key(e) for e in f.events]
        total += len(ref)
        same += sum(1 for k in ref if k in mine)
        extra += sum(1 for k in mine if k not in ref)
    print(f"\n{name}: {len(articles)} articles, {chars / max(1, len(articles)):.0f} characters an article")
    print(f"  the cascade parses {kept} of {sentences} sentences ({kept / max(1, sentences):.0%}), "
          f"{kept_chars / max(1, chars):.0%} of the characters")
    print(f"  analysis CPU (parse, actors, events): full {1000 * cpu['full'] / max(1, len(articles)):.0f} ms an "
          f"article, cascade {1000 * cpu['cascade'] / max(1, len(articles)):.0f} ms "
          f"({cpu['full'] / max(1e-9, cpu['cascade']):.2f}x)")
    print(f"  of the full parse's {total} events the cascade reproduces {same} ({same / max(1, total):.1%}) "
          f"exactly; {extra} of its events are not among them")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--shared", default=str(REPO.parent / "shared"))
    ap.add_argument("--every", type=int, default=27, help="take every N-th news-pool article (default 27: 154)")
    ap.add_argument("--dev-news", action="store_true", help="also compare on the dev-news articles")
    args = ap.parse_args()
    sys.path.insert(0, str(REPO / "src"))
    from communique.config import load_settings
    from communique.pipeline import Pipeline

    shared = Path(args.shared)
    settings = load_settings().with_overrides(processes=1)
    full = Pipeline(settings.with_overrides(parse="full"))
    cascade = Pipeline(settings.with_overrides(parse="cascade"), nlp=full.nlp, kb=full.kb, lexicon=full.lexicon)
    compare("news pool", pool_sample(shared, args.every), full, cascade)
    if args.dev_news:
        compare("dev-news", dev_news(shared), full, cascade)


if __name__ == "__main__":
    main()
