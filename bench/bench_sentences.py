"""Event-extraction benchmark on the project's own short-document set.

Usage::

    python bench/bench_sentences.py [--docs DOCS.jsonl] [--gold GOLD.jsonl] [--shared DIR]
                                    [--pred EVENTS.jsonl] [--json OUT.json] [--verbose]

Runs ``communique extract`` on ``bench/data/sentences/docs.jsonl`` (one to three
sentences of international news per document, written independently of the dev
seeds), scores the exported events with the shared scorer
(``<shared>/eval/score.py``, default ``/work/shared``) against
``bench/data/sentences/gold.jsonl`` and prints its summary.

The shared scorer ignores predictions for documents that have no gold event
(it only counts them as ``pred_outside_gold_docs``).  This set holds
documents with no annotatable event on purpose, so the script also prints
``fp_on_empty_docs`` and a ``precision_with_empty`` / ``f1_with_empty`` pair
that counts those predictions as false positives.  It also prints recall per
gold status and per event type.

``--pred`` scores an existing events file instead of running the CLI.
``--check`` only validates the gold file against the documents.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
DATA = HERE / "data" / "sentences"
TYPES = {"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE",
         "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"}
STATUSES = {"occurred", "planned", "expected", "hypothetical", "negated"}
GOLD_KEYS = ["id", "doc_id", "type", "alt_types", "actors", "source", "target", "persons", "date",
             "date_scored", "location", "status", "alt_status", "required", "same_as", "evidence", "note"]


def load_jsonl(path: Path) -> list[dict]:
    """Read a JSON-lines file, skipping blank lines."""
    with path.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def load_scorer(shared: Path):
    """Import the shared scorer module from ``<shared>/eval/score.py``."""
    path = shared / "eval" / "score.py"
    if not path.is_file():
        sys.exit(f"bench_sentences: no scorer at {path}; give --shared DIR (the folder holding eval/score.py)")
    spec = importlib.util.spec_from_file_location("shared_eval_score", path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def check_gold(docs: list[dict], gold: list[dict]) -> list[str]:
    """Problems in the gold file (format, evidence spans, ids); empty when it is sound."""
    problems = []
    texts = {d["id"]: d["text"] for d in docs}
    seen = set()
    for g in gold:
        where = g.get("id", "?")
        if list(g) != GOLD_KEYS:
            problems.append(f"{where}: keys {list(g)} differ from {GOLD_KEYS}")
        if g["id"] in seen:
            problems.append(f"{where}: duplicate id")
        seen.add(g["id"])
        if g["doc_id"] not in texts:
            problems.append(f"{where}: unknown doc_id {g['doc_id']}")
        elif g["evidence"] and g["evidence"] not in texts[g["doc_id"]]:
            problems.append(f"{where}: evidence not in the document text")
        if g["type"] not in TYPES or not set(g["alt_types"]) <= TYPES:
            problems.append(f"{where}: unknown type")
        if g["status"] not in STATUSES or not set(g["alt_status"]) <= STATUSES:
            problems.append(f"{where}: unknown status")
        if g["actors"] != sorted(set(g["actors"])):
            problems.append(f"{where}: actors not sorted/unique")
        for key in ("source", "target"):
            if g[key] is not None and g[key] not in g["actors"]:
                problems.append(f"{where}: {key} {g[key]} not among actors")
        if g["date_scored"] and not g["date"]:
            problems.append(f"{where}: date_scored without a date")
    return problems


def run_extract(docs_path: Path, out_path: Path) -> float:
    """Run the project's CLI on the documents; return the wall time in seconds."""
    cmd = [sys.executable, "-m", "communique.cli", "extract", str(docs_path), "-o", str(out_path), "-q"]
    start = time.perf_counter()
    proc = subprocess.run(cmd, capture_output=True, text=True)
    took = time.perf_counter() - start
    if proc.returncode not in (0, 1) or not out_path.exists():
        sys.stderr.write(proc.stderr[-4000:])
        sys.exit(f"bench_sentences: `{' '.join(cmd)}` failed with exit status {proc.returncode}")
    if proc.returncode == 1:
        sys.stderr.write(proc.stderr[-2000:])
    return took


def breakdowns(scorer, gold: list[dict], preds: list[dict]) -> dict[str, dict[str, str]]:
    """Recall per gold status and per gold type (required events), from the scorer's own matching."""
    by_doc_g: dict[str, list[dict]] = {}
    by_doc_p: dict[str, list[dict]] = {}
    for g in gold:
        by_doc_g.setdefault(g["doc_id"], []).append(g)
    for p in preds:
        by_doc_p.setdefault(p.get("doc_id"), []).append(p)
    hit, tot = Counter(), Counter()
    status_right = Counter()
    for doc, golds in by_doc_g.items():
        preds_d = by_doc_p.get(doc, [])
        matched = dict(scorer.match_doc(golds, preds_d))
        for gi, g in enumerate(golds):
            if not g.get("required", True):
                continue
            for key in (f"status:{g['status']}", f"type:{g['type']}"):
                tot[key] += 1
                if gi in matched:
                    hit[key] += 1
                    if key.startswith("status:") and scorer.status_ok(g, preds_d[matched[gi]]):
                        status_right[key] += 1
    out: dict[str, dict[str, str]] = {"status": {}, "type": {}}
    for key in sorted(tot):
        kind, name = key.split(":", 1)
        cell = f"{hit[key]}/{tot[key]} found"
        if kind == "status":
            cell += f", {status_right[key]} with the right status"
        out[kind][name] = cell
    return out


def _parser() -> argparse.ArgumentParser:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--docs", type=Path, default=DATA / "docs.jsonl")
    ap.add_argument("--gold", type=Path, default=DATA / "gold.jsonl")
    ap.add_argument("--shared", type=Path, default=Path("/work/shared"),
                    help="folder holding eval/score.py (default /work/shared)")
    ap.add_argument("--pred", type=Path, help="score this events file instead of running the CLI")
    ap.add_argument("--keep", type=Path, help="also write the extracted events here")
    ap.add_argument("--json", type=Path, help="write the full report (scorer report + extras) here")
    ap.add_argument("--check", action="store_true", help="only validate the gold file and print its counts")
    ap.add_argument("--verbose", action="store_true", help="list false negatives and false positives")
    return ap


def print_counts(docs: list[dict], gold: list[dict], empty_docs: set[str]) -> None:
    """``--check``: the documents and the gold events, by type and status."""
    req = [g for g in gold if g["required"]]
    print(f"{len(docs)} documents ({len(empty_docs)} without events), {len(gold)} gold events, "
          f"{len(req)} required")
    print("types   ", dict(sorted(Counter(g["type"] for g in req).items())))
    print("statuses", dict(sorted(Counter(g["status"] for g in req).items())))


def predictions(args: argparse.Namespace) -> tuple[list[dict], float | None]:
    """The events to score (``--pred``, or a fresh run of the CLI) and the run's seconds."""
    if args.pred:
        return load_jsonl(args.pred), None
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "events.jsonl"
        took = run_extract(args.docs, out)
        if args.keep:
            args.keep.write_text(out.read_text(encoding="utf-8"), encoding="utf-8")
        return load_jsonl(out), took


def extras(summary: dict, docs: list[dict], empty_fps: list[dict], empty_docs: set[str],
           took: float | None) -> dict:
    """Precision and F1 counting the predictions on documents without events as false positives."""
    tp, fp = summary["tp"], summary["fp"] + len(empty_fps)
    p_all = round(tp / (tp + fp), 4) if tp + fp else None
    r = summary["recall"]
    f1_all = round(2 * p_all * r / (p_all + r), 4) if p_all and r else 0.0
    extra = {"documents": len(docs), "empty_documents": len(empty_docs), "fp_on_empty_docs": len(empty_fps),
             "precision_with_empty": p_all, "f1_with_empty": f1_all}
    if took is not None:
        extra["extract_seconds"] = round(took, 2)
    return extra


def print_breakdowns(bd: dict[str, dict[str, str]]) -> None:
    print("\nRecall by gold status:")
    for k, v in bd["status"].items():
        print(f"  {k:14s} {v}")
    print("Recall by gold type:")
    for k, v in bd["type"].items():
        print(f"  {k:14s} {v}")


def print_errors(scorer, report: dict, empty_fps: list[dict]) -> None:
    """``--verbose``: the false negatives, the false positives and the predictions on empty documents."""
    print("\nFalse negatives (missed gold events):")
    for x in report["false_negatives"]:
        print(f"  {x['id']:24s} {x['type']:9s} {','.join(x['actors']):18s} {x['evidence'][:80]}")
    print("\nFalse positives (predictions matching no gold event):")
    for x in report["false_positives"]:
        print(f"  {x['doc_id'][:8]:8s} {str(x['type']):9s} {','.join(x['actors']):18s} "
              f"{str(x['date']):10s} {x['evidence'][:70]}")
    print("\nPredictions on documents with no annotatable event:")
    for p in empty_fps:
        ev = p.get("evidence")
        text = ev.get("text", "") if isinstance(ev, dict) else str(ev or "")
        actors = sorted(scorer.pred_actors(p))
        print(f"  {p.get('doc_id', '')[:8]:8s} {str(p.get('type')):9s} {','.join(actors):18s} {text[:70]}")


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    docs, gold = load_jsonl(args.docs), load_jsonl(args.gold)
    problems = check_gold(docs, gold)
    if problems:
        print("\n".join(problems), file=sys.stderr)
        return 2
    empty_docs = {d["id"] for d in docs} - {g["doc_id"] for g in gold}
    if args.check:
        print_counts(docs, gold, empty_docs)
        return 0
    scorer = load_scorer(args.shared)
    preds, took = predictions(args)
    report = scorer.score(gold, preds)
    s = report["summary"]
    empty_fps = [p for p in preds if p.get("doc_id") in empty_docs]
    extra = extras(s, docs, empty_fps, empty_docs, took)
    for k, v in {**s, **extra}.items():
        print(f"{k:28s} {v}")
    bd = breakdowns(scorer, gold, preds)
    print_breakdowns(bd)
    if args.verbose:
        print_errors(scorer, report, empty_fps)
    if args.json:
        report["summary"].update(extra)
        report["breakdown"] = bd
        args.json.write_text(json.dumps(report, indent=1), encoding="utf-8")
    print(f"F1 {s['f1']} (with empty documents: {extra['f1_with_empty']})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
