"""Write the held-out fifth of the labelled pool sentences as an eval set in the exchange format.

The articles whose id hashes to 0 mod 5 (the split ``train_event_model.py`` holds out) become
``docs.jsonl`` (the previous sentence as context, then the labelled sentence) and
``gold.jsonl`` (one gold record per labelled event; background events not required), so that
``communique extract`` and ``../shared/eval/score.py`` measure the whole extractor on labels
it was not trained on. The texts come from the pool: write them outside the repository.

    .venv/bin/python training/heldout_eval.py --out /tmp/heldout
    communique extract /tmp/heldout/docs.jsonl -o /tmp/heldout/pred.jsonl
    python3 ../shared/eval/score.py --gold /tmp/heldout/gold.jsonl --pred /tmp/heldout/pred.jsonl

The shipped model is refitted on every label, so on the held-out fifth only the lexicon's reading
is unseen: score it with ``COMMUNIQUE_EVENT_TYPING=rules`` for a figure no label has touched.
``--split train`` writes the other four fifths instead (document ids ``t0000``...): the set to hunt
the rules' errors on, so that the held-out fifth stays unread.
"""

from __future__ import annotations

import argparse
import json
import sys
import zlib
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from train_event_model import HERE, load_articles, load_labels  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--pool", default=str(HERE.parent.parent / "shared" / "data" / "news-pool" / "articles.jsonl.gz"))
    ap.add_argument("--out", required=True)
    ap.add_argument("--split", choices=("heldout", "train"), default="heldout",
                    help="the held-out fifth (the default) or the four fifths the model trains on")
    args = ap.parse_args()
    held = args.split == "heldout"
    rows = [r for r in load_labels() if (zlib.crc32(r["article_id"].encode()) % 5 == 0) == held]
    arts = load_articles(Path(args.pool), {r["article_id"] for r in rows})
    samples = {}
    for path in (HERE / "work").glob("batch_*.jsonl"):
        for line in path.open(encoding="utf-8"):
            s = json.loads(line)
            samples[s["sid"]] = s
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    with (out / "docs.jsonl").open("w") as docs, (out / "gold.jsonl").open("w") as gold:
        for n, r in enumerate(rows):
            art = arts[r["article_id"]]
            context = samples.get(r["sid"], {}).get("context", "")
            doc_id = f"{'h' if held else 't'}{n:04d}"
            text = (context + "\n\n" if context else "") + art["text"][r["start"]:r["end"]]
            docs.write(json.dumps({"id": doc_id, "text": text, "published": art.get("published")}) + "\n")
            for k, ev in enumerate(r["events"]):
                actors = sorted({c for c in (ev["source"], ev["target"], *ev["participants"]) if c})
                gold.write(json.dumps({
                    "id": f"{doc_id}-{k}", "doc_id": doc_id, "type": ev["type"], "alt_types": [], "actors": actors,
                    "source": ev["source"], "target": ev["target"], "persons": [], "date": None,
                    "date_scored": False, "location": {}, "status": ev["status"], "alt_status": [],
                    "required": not ev["background"], "same_as": None, "evidence": "", "note": ""}) + "\n")
    print(f"{len(rows)} {args.split} sentences -> {out}")


if __name__ == "__main__":
    main()
