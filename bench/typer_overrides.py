"""Where the learned trigger typer overrides the lexicon, on a sample of the unlabelled news pool.

Runs the pipeline (``event_typing = combined``) on pool articles and lists every trigger whose
typer decision differs from the lexicon's best reading: a retype (lexicon type -> model type) or
a veto (lexicon type -> none), with the sentence and the type the exported event finally has.
With ``--events PATH`` it also writes every exported event (one JSON line each) for a before/after
diff.

    PYTHONPATH=src python bench/typer_overrides.py --skip 0 --take 60 -o /tmp/ov.tsv
    PYTHONPATH=src python bench/typer_overrides.py --skip 60 --take 400 --events /tmp/ev.jsonl
"""

from __future__ import annotations

import argparse
import gzip
import json
import random
import re
import sys
from dataclasses import dataclass
from typing import TYPE_CHECKING, Sequence

from communique.events.lexicon import Trigger
from communique.events.typers import CombinedTyper, TriggerTyper
from communique.pipeline import Pipeline
from communique.types import RawDoc

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Doc, Token

    from communique.events.lexicon import Lexicon
    from communique.types import Event, Mention

POOL = "/work/shared/data/news-pool/articles.jsonl.gz"


@dataclass
class Override:
    idx: int  # character offset of the trigger token
    word: str
    sentence: str
    lexicon: str  # "TYPE/mode (source weight)"
    bare: bool  # the reading is the word's own row (no object, preposition or structure decided it)
    model: str  # the typer's decision: "TYPE (model)" or "-"


def _show(t: Trigger | None) -> str:
    return "-" if t is None else f"{t.type}/{t.mode or ''} ({t.source} {t.weight:.2f})"


class Recorder:
    """A typer that asks another and notes where its decision leaves the lexicon's type."""

    def __init__(self, inner: TriggerTyper, lex: "Lexicon"):
        self.inner = inner
        self.lex = lex
        self.seen: dict[int, Override] = {}

    def start(self, doc: "Doc", mentions: Sequence["Mention"]) -> None:
        self.seen = {}
        self.inner.start(doc, mentions)

    def decide(self, tok: "Token", proposal: Trigger | None) -> Trigger | None:
        decided = self.inner.decide(tok, proposal)
        if proposal is not None and (decided is None or decided.type != proposal.type):
            lemma = tok.lemma_.lower()
            own = self.lex.verb(lemma) if tok.pos_ in ("VERB", "AUX") else self.lex.noun(lemma)
            self.seen[tok.idx] = Override(tok.idx, tok.text, tok.sent.text.strip(), _show(proposal),
                                          proposal in own, _show(decided))
        return decided


def sample(skip: int, take: int, seed: int = 1616, size: int = 460, grep: str | None = None) -> list[dict]:
    """Articles ``skip .. skip+take`` of one seeded draw of ``size`` pool articles (disjoint slices);
    with ``grep``, the first ``take`` pool articles whose text matches that expression instead."""
    with gzip.open(POOL, "rt", encoding="utf-8") as fh:
        rows = [json.loads(line) for line in fh]
    if grep is not None:
        rx = re.compile(grep, re.I)
        return [r for r in rows if rx.search(r["text"])][:take]
    picked = random.Random(seed).sample(range(len(rows)), size)
    return [rows[i] for i in picked[skip:skip + take]]


def final_type(ov: Override, events: Sequence["Event"]) -> str:
    """The exported type of the event the trigger became, or ``-`` when none did."""
    for ev in events:
        if ev.trigger and ev.trigger.split()[0] == ov.word and ev.evidence.start <= ov.idx < ev.evidence.end:
            return ev.type
    return "-"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--skip", type=int, default=0)
    ap.add_argument("--take", type=int, default=60)
    ap.add_argument("-o", "--out", help="overrides TSV (default stdout)")
    ap.add_argument("--events", help="write the exported events here (JSON lines)")
    ap.add_argument("--grep", help="take the pool articles whose text matches this expression instead")
    ap.add_argument("--veto", type=float, help="the combined typer's veto threshold (above 1: no veto)")
    ap.add_argument("--retype", type=float, help="its retype threshold (above 1: no retype)")
    args = ap.parse_args(argv)
    pipe = Pipeline()
    inner = pipe.extractor.typer
    if isinstance(inner, CombinedTyper):
        inner.veto = args.veto if args.veto is not None else inner.veto
        inner.retype = args.retype if args.retype is not None else inner.retype
    rec = Recorder(pipe.extractor.typer, pipe.lexicon)
    pipe.extractor.typer = rec
    out = open(args.out, "w", encoding="utf-8") if args.out else sys.stdout
    evout = open(args.events, "w", encoding="utf-8") if args.events else None
    print("doc\tword\tlexicon\tbare\tmodel\tfinal\tsentence", file=out)
    for row in sample(args.skip, args.take, grep=args.grep):
        raw = RawDoc(id=row["id"], origin=f"pool#{row['id']}", text=row["text"], published=row.get("published"))
        try:
            result = pipe.process(raw)
        except Exception as err:  # noqa: BLE001 - a bench: note and go on
            print(f"# {row['id']}: {err}", file=sys.stderr)
            continue
        for ov in rec.seen.values():
            sent = " ".join(ov.sentence.split())
            cols = [row["id"], ov.word, ov.lexicon, "bare" if ov.bare else "context", ov.model,
                    final_type(ov, result.events), sent]
            print("\t".join(cols), file=out)
        if evout is not None:
            for ev in result.events:
                line = ev.to_exchange()
                line.pop("event_id", None)
                print(json.dumps(line, sort_keys=True), file=evout)
    return 0


if __name__ == "__main__":
    sys.exit(main())
