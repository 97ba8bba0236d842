"""Turn the labellers' files into the versioned label set: offsets, codes and types, no text.

Each labeller wrote one line per sampled sentence (``training/work/batch_<b>.jsonl``, made by
``sample_sentences.py``) with events whose trigger and actor names are copied from the text.
This script checks them and stores every event with character offsets into the news-pool
article instead, so the texts stay in ``../shared``:

    training/labels/<batch>.<labeller>.jsonl

    .venv/bin/python training/collect_labels.py /path/to/labels   # folders <labeller>/batch_<b>.jsonl
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

HERE = Path(__file__).parent
FIELDS = ("type", "mode", "source", "target", "participants", "status", "background")


def _offsets(phrase: str | None, sentence: str, base: int) -> tuple[int, int] | tuple[None, None]:
    if not phrase:
        return None, None
    at = sentence.find(phrase)
    return (base + at, base + at + len(phrase)) if at >= 0 else (None, None)


def convert(sample: dict[str, Any], label: dict[str, Any], labeller: str) -> dict[str, Any]:
    """One label line with offsets into the article instead of copied text."""
    if label["sid"] != sample["sid"]:
        raise ValueError(f"{labeller}: label {label['sid']!r} out of step with sample {sample['sid']!r}")
    text, base = sample["text"], sample["start"]
    events = []
    for ev in label.get("events", []):
        out = {f: ev.get(f) for f in FIELDS}
        out["participants"] = list(out["participants"] or [])
        out["background"] = bool(out["background"])
        out["trigger_start"], out["trigger_end"] = _offsets(ev.get("trigger"), text, base)
        for role in ("source", "target"):
            out[f"{role}_start"], out[f"{role}_end"] = _offsets(ev.get(f"{role}_text"), text, base)
        events.append(out)
    return {"sid": sample["sid"], "article_id": sample["article_id"], "start": sample["start"],
            "end": sample["end"], "labeller": labeller, "events": events, "note": label.get("note") or ""}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("labels", help="folder with one sub-folder per labeller")
    args = ap.parse_args()
    for path in sorted(Path(args.labels).glob("*/batch_*.jsonl")):
        labeller, batch = path.parent.name, path.stem.removeprefix("batch_")
        samples = [json.loads(x) for x in (HERE / "work" / f"batch_{batch}.jsonl").open(encoding="utf-8")]
        labels = [json.loads(x) for x in path.open(encoding="utf-8") if x.strip()]
        rows = [convert(s, lab, labeller) for s, lab in zip(samples, labels)]
        out = HERE / "labels" / f"{batch}.{labeller}.jsonl"
        with out.open("w", encoding="utf-8") as fh:
            for row in rows:
                fh.write(json.dumps(row, ensure_ascii=False, sort_keys=True) + "\n")
        print(f"{path} -> {out}: {len(rows)} sentences, {sum(len(r['events']) for r in rows)} events")


if __name__ == "__main__":
    main()
