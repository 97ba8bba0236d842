"""Fusion measured apart from extraction: a labelled set's gold mentions, fused as a perfect
extractor would give them (gold type, states, date, status and place, the sentence that holds
the gold evidence, the persons the knowledge base knows).

The measure counts the cross-article pairs of one real event (gold ``same_as``) that share an
``event_id`` and the pairs of two events that do (a wrong merge of clusters of n and m mentions
counts n x m). It reads the evaluation format (``docs.jsonl`` with ``id``, ``text`` and
``published``; ``gold.jsonl`` with ``doc_id``, ``type``, ``actors``, ``source``, ``target``,
``persons``, ``date``, ``status``, ``location``, ``evidence`` and ``same_as``). Used by
``bench/calibrate_fusion.py --gold-mentions`` and pinned by the eval gate.

``anchored_fusion`` measures fusion on an extraction instead, each gold mention read by the
prediction made on its own sentence (the official scorer reads it by any prediction of its article
with its type and states, so its pair and false-merge counts move with which of an article's
alike events it picks); also pinned by the eval gate.
"""

from __future__ import annotations

import gzip
import json
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Iterable, Protocol

from ..types import Actor, Event, Evidence, Location
from . import assign_event_ids
from ._cluster import THRESHOLD
from ._score import Node, kind_counted, node_of

Pair = tuple[int, int]
_SENTENCE_END = re.compile(r"[.!?]\s|\n")


class PersonResolver(Protocol):
    """What ``gold_event`` needs of a knowledge base: a name at a date to an actor."""

    def resolve(self, text: str, date: Any = None) -> Actor | None: ...


def sentence_around(text: str, snippet: str) -> tuple[str, int]:
    """The sentence of ``text`` that holds ``snippet`` and its offset (the snippet alone, at 0,
    when it is not found)."""
    at = text.find(snippet)
    if at < 0:
        return snippet, 0
    starts = [m.end() for m in _SENTENCE_END.finditer(text, 0, at)]
    start = starts[-1] if starts else 0
    end = _SENTENCE_END.search(text, at + len(snippet))
    return text[start:end.start() + 1 if end else len(text)].strip(), start


def _state(code: str | None) -> Actor | None:
    return Actor(code, code, "state") if code else None


def gold_event(g: Mapping[str, Any], text: str, kb: PersonResolver | None = None) -> Event:
    """A gold mention as an Event, as a perfect extractor would give it: gold type, states,
    date, status and place, the whole sentence that holds the gold evidence snippet, and the
    persons that the knowledge base ``kb`` knows (gold names them without their state)."""
    others = tuple(Actor(c, c, "state") for c in g["actors"] if c not in (g.get("source"), g.get("target")))
    if kb is not None:
        known = (kb.resolve(name, g.get("date")) for name in g.get("persons") or ())
        others += tuple(Actor(a.code, a.name, "person") for a in known if a is not None and a.kind == "person")
    sentence, start = sentence_around(text, g.get("evidence") or "")
    loc = g.get("location")
    return Event(doc_id=g["doc_id"], type=g["type"], evidence=Evidence(sentence, start, start + len(sentence)),
                 status=g["status"], source=_state(g.get("source")), target=_state(g.get("target")),
                 participants=others, date=g.get("date"), date_basis="text" if g.get("date") else None,
                 location=Location(loc.get("place") or loc.get("country") or "", loc.get("country"))
                 if loc else None)


@dataclass(frozen=True)
class Linked:
    """One fusion of the gold mentions: the same-event pairs linked, of all, and the two-event
    pairs linked."""

    right: int
    same: int
    wrong: int
    pairs: frozenset[Pair] = field(repr=False)


@dataclass
class GoldMentions:
    """A labelled set's gold mentions as events, with their articles' publication dates."""

    rows: list[dict[str, Any]]
    events: list[Event]
    published: dict[str, str | None]

    @property
    def cross_pairs(self) -> list[Pair]:
        """Every pair of mentions from two different articles (indices into ``rows``)."""
        rows = self.rows
        return [(i, j) for i in range(len(rows)) for j in range(i + 1, len(rows))
                if rows[i]["doc_id"] != rows[j]["doc_id"]]

    @property
    def same_pairs(self) -> frozenset[Pair]:
        """The cross-article pairs of one real event (one ``same_as``)."""
        rows = self.rows
        return frozenset((i, j) for i, j in self.cross_pairs
                         if rows[i].get("same_as") and rows[i]["same_as"] == rows[j].get("same_as"))

    def event_ids(self, threshold: float = THRESHOLD) -> list[str | None]:
        """The event id fusion at ``threshold`` gives each mention, in ``rows`` order."""
        return [e.event_id for e in assign_event_ids(self.events, threshold=threshold, published=self.published)]

    def linked(self, threshold: float = THRESHOLD) -> Linked:
        """Fuse at ``threshold`` and count the same-event and two-event pairs that share an id."""
        ids = self.event_ids(threshold)
        linked = frozenset((i, j) for i, j in self.cross_pairs if ids[i] == ids[j])
        same = self.same_pairs
        right = len(linked & same)
        return Linked(right, len(same), len(linked) - right, linked)

    def nodes(self) -> list[Node]:
        """The mentions as fusion's nodes (each at its place in its article)."""
        return nodes_of(self.events, self.published)


def nodes_of(events: Sequence[Event], published: Mapping[str, str | None]) -> list[Node]:
    """``events`` as fusion's nodes, each numbered by its place among its article's events."""
    seqs: dict[str, int] = {}
    out = []
    for ev in kind_counted(events):
        seq = seqs.get(ev.doc_id, 0)
        seqs[ev.doc_id] = seq + 1
        out.append(node_of(ev, seq, published.get(ev.doc_id)))
    return out


def read_jsonl(path: Path) -> list[dict[str, Any]]:
    """The records of a JSONL file (gzipped when its name ends in .gz)."""
    data = path.read_bytes()
    text = (gzip.decompress(data) if path.suffix == ".gz" else data).decode("utf-8")
    return [json.loads(x) for x in text.splitlines() if x.strip()]


def load_gold_mentions(docs: Path, gold: Path, kb: PersonResolver | None = None) -> GoldMentions:
    """The gold mentions of ``gold`` over the articles of ``docs``, grouped by article (events of
    one article are consecutive, as fusion expects)."""
    texts = {d["id"]: d for d in read_jsonl(docs)}
    rows: Sequence[dict[str, Any]] = sorted(read_jsonl(gold), key=lambda g: g["doc_id"])
    events = [gold_event(g, texts[g["doc_id"]]["text"], kb) for g in rows]
    return GoldMentions(list(rows), events, {k: d.get("published") for k, d in texts.items()})


# -- fusion on an extraction, each gold mention read on its own sentence -------------------

_WORDS = re.compile(r"\w+")
#: the share of the shorter evidence's words the other must hold for a prediction to be read as
#: the report of a gold mention (the sentence that states it, not another of its article)
ANCHOR_SHARE = 0.8


@dataclass(frozen=True)
class Anchored:
    """Cross-article pairs of one event whose two mentions were extracted on their own sentences
    (``both``), those of them that share an id (``right``), of all ``pairs``, and the pairs of
    two gold events whose predictions share an id (``false_merges``)."""

    right: int
    both: int
    pairs: int
    false_merges: int


def _words_of(text: str) -> frozenset[str]:
    return frozenset(w.lower() for w in _WORDS.findall(text))


def _anchored(gold_evidence: frozenset[str], pred_evidence: frozenset[str]) -> bool:
    """Whether two evidence texts are one statement: most words of the shorter are in the other."""
    short = min(len(gold_evidence), len(pred_evidence))
    return bool(short) and len(gold_evidence & pred_evidence) >= ANCHOR_SHARE * short


def _pred_codes(p: Mapping[str, Any]) -> frozenset[str]:
    sides = [p.get("source"), p.get("target"), *(p.get("participants") or [])]
    return frozenset(a["code"] for a in sides if a and a.get("code"))


def _reads(g: Mapping[str, Any], p: Mapping[str, Any]) -> float | None:
    """How well prediction ``p`` reads gold mention ``g`` (None when it does not): an accepted
    type, half the actors in common, the sides not the other way round, and the gold's own
    sentence; weighted as the official matcher weighs (actors, then date, status and type)."""
    if p.get("type") not in {g["type"], *g.get("alt_types", [])}:
        return None
    ga, pa = set(g["actors"]), _pred_codes(p)
    j = len(ga & pa) / len(ga | pa) if ga | pa else 1.0
    src, tgt = (p.get("source") or {}).get("code"), (p.get("target") or {}).get("code")
    if j < 0.5 or (g.get("source") and g.get("target") and (src, tgt) == (g["target"], g["source"])
                   and src != tgt):
        return None
    if not _anchored(_words_of(g.get("evidence", "")), _words_of((p.get("evidence") or {}).get("text", ""))):
        return None
    return (j + (0.5 if g.get("date") and str(p.get("date") or "").startswith(g["date"]) else 0.0)
            + 0.1 * (p.get("status") in {g["status"], *g.get("alt_status", [])})
            + 0.05 * (p.get("type") == g["type"]))


def _read_by(golds: Sequence[Mapping[str, Any]], preds: Sequence[Mapping[str, Any]]) -> dict[int, int]:
    """Gold index -> prediction index within one article: best first, each used once."""
    cands = sorted(((w, gi, pi) for gi, g in enumerate(golds) for pi, p in enumerate(preds)
                    if (w := _reads(g, p)) is not None), key=lambda t: (-t[0], t[1], t[2]))
    used_g: set[int] = set()
    used_p: set[int] = set()
    out = {}
    for _, gi, pi in cands:
        if gi not in used_g and pi not in used_p:
            used_g.add(gi)
            used_p.add(pi)
            out[gi] = pi
    return out


Matcher = Callable[[Sequence[Mapping[str, Any]], Sequence[Mapping[str, Any]]], Iterable[tuple[int, int]]]


def matched_by_doc(gold_rows: Sequence[Mapping[str, Any]], pred_rows: Sequence[Mapping[str, Any]],
                   match: Matcher) -> dict[str, int]:
    """Gold id -> index in ``pred_rows`` of the prediction ``match`` pairs it with, ``match`` run on
    each article's gold rows and predictions ((gold index, prediction index) pairs)."""
    preds: dict[str, list[int]] = {}
    for i, p in enumerate(pred_rows):
        preds.setdefault(p["doc_id"], []).append(i)
    golds: dict[str, list[Mapping[str, Any]]] = {}
    for g in gold_rows:
        golds.setdefault(g["doc_id"], []).append(g)
    out = {}
    for doc, gs in golds.items():
        idx = preds.get(doc, [])
        for gi, pi in match(gs, [pred_rows[i] for i in idx]):
            out[gs[gi]["id"]] = idx[pi]
    return out


def sentence_reads(gold_rows: Sequence[Mapping[str, Any]], pred_rows: Sequence[Mapping[str, Any]]) -> dict[str, int]:
    """Required gold id -> the index in ``pred_rows`` of the prediction made on its own sentence
    (``_reads``), each prediction read as one gold mention at most."""
    required = [g for g in gold_rows if g.get("required", True)]
    return matched_by_doc(required, pred_rows, lambda gs, ps: _read_by(gs, ps).items())


def anchored_fusion(gold_rows: Sequence[Mapping[str, Any]], pred_rows: Sequence[Mapping[str, Any]]) -> Anchored:
    """Fusion on an extraction, each required gold mention read by the prediction made on its own
    sentence (``sentence_reads``) rather than by any prediction of its article with its type and
    actors: the official count pairs a gold mention with another sentence's event when two of an
    article's events share type and states, and then scores that sentence's cluster. Counts much as
    the official scorer does (pairs across articles; a false merge is two gold events sharing an id),
    over required gold mentions only, where the official false merges count optional ones too; the
    reading's weights (``_reads``) copy the official matcher's by hand."""
    read = sentence_reads(gold_rows, pred_rows)
    eid = {g: pred_rows[i]["event_id"] for g, i in read.items() if pred_rows[i].get("event_id")}
    rows = [g for g in gold_rows if g.get("required", True)]
    right = both = pairs = wrong = 0
    for i, a in enumerate(rows):
        for b in rows[i + 1:]:
            one = bool(a.get("same_as")) and a.get("same_as") == b.get("same_as")
            shared = a["id"] in eid and eid.get(a["id"]) == eid.get(b["id"])
            if one and a["doc_id"] != b["doc_id"]:
                pairs += 1
                both += a["id"] in eid and b["id"] in eid
                right += shared
            elif not one and shared:
                wrong += 1
    return Anchored(right, both, pairs, wrong)


__all__ = ["Anchored", "GoldMentions", "Linked", "anchored_fusion", "gold_event", "load_gold_mentions",
           "matched_by_doc", "read_jsonl", "sentence_around", "sentence_reads"]
