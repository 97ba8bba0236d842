"""Across articles: a forest of mentions, grown one article at a time, whose shape does not
depend on the order the articles came in.

Every mention (``Node``) links to its best-scoring candidate among the mentions *before it in
the canonical order* (``Node.order``: best-dated first, then earliest, then by id) when that
score reaches the threshold; a cluster is a tree of these links and its ``event_id`` is the
seed id of its root, the first mention in that order. Because each link is a pure function of
the set of mentions, the forest is too: adding a mention can only (a) give it a parent and
(b) become the better parent of later mentions, and both are local to its blocking window.
When a later mention changes parent its subtree takes the new cluster's id; when a cluster's
root gets a parent, its old id becomes an alias of the new one.

Candidates come from a blocking index: event type, then the pairs of states among the actors
(or the single states of a one- or two-party mention), then the day, month or year the date
falls in; an undated mention is placed at its article's publication date. A store-backed
``FusionSource`` fills the index lazily, a month of one event type at a time, so an ingest
never loads more than the windows its new articles touch.
"""

from __future__ import annotations

import datetime as dt
import heapq
from dataclasses import replace
from itertools import combinations
from typing import Iterable, Iterator, Protocol, Sequence

from ..types import SPEECH_TYPES, ArticleResult, Event
from ._score import (DAY, MONTH, PUBLISHED, Key, Node, back_reference, dated_back, kind_counted, node_of, score,
                     undated_report)

#: the score two mentions need to be one event; calibrated on dev-news (see the README)
THRESHOLD = 0.6175
#: the score two reports of a statement need: each utterance of a dyad is its own mention in
#: its article (``merge_within``), so a state's several statements of one day meet as
#: candidates; chosen on dev-news's gold mentions (see the README)
SPEECH_THRESHOLD = 0.65
_MAX_CODES = 8

Bucket = tuple[str, int]
StoredNode = tuple[Event, "str | None", "Key | None", float]


class FusionSource(Protocol):
    """Where stored mentions come from (``communique.store.Store`` implements it)."""

    def fusion_window(self, type_: str, months: Sequence[str], years: Sequence[str],
                      undated: bool) -> list[StoredNode]:
        """Stored events of ``type_`` whose date (or, undated, publication date) falls in one
        of ``months`` (``YYYY-MM``) or is one of the year-only ``years``, and those whose
        article was published in one of ``months``; with ``undated``, also those with neither.
        Each with its article's publication date, parent and score."""

    def fusion_members(self, event_id: str) -> list[StoredNode]:
        """Stored events with this ``event_id``."""


def _index_keys(codes: frozenset[str]) -> list[tuple[str, ...]]:
    """Blocks a mention is filed under: its pairs of actors, and (marked "1") each actor for
    mentions that name one party only; a one-party mention is filed under its actor."""
    ordered = sorted(codes)[:_MAX_CODES]
    if len(ordered) == 1:
        return [(ordered[0],)]
    return [*combinations(ordered, 2), *(("1", c) for c in ordered)]


def _query_keys(codes: frozenset[str]) -> list[tuple[str, ...]]:
    """Blocks a mention looks in: the mirror of ``_index_keys`` (so that "candidate" is
    symmetric): two mentions meet when they share a pair, or when one names a single party
    that the other names too."""
    ordered = sorted(codes)[:_MAX_CODES]
    if len(ordered) == 1:
        return [(ordered[0],), ("1", ordered[0])]
    return [*combinations(ordered, 2), *((c,) for c in ordered)]


def _months(lo: int, hi: int) -> Iterator[dt.date]:
    d = dt.date.fromordinal(lo).replace(day=1)
    end = dt.date.fromordinal(hi)
    while d <= end:
        yield d
        d = dt.date(d.year + (d.month == 12), d.month % 12 + 1, 1)


def _bucket(node: Node) -> Bucket:
    if node.lo is None:
        return ("n", 0)
    if node.precision in (DAY, PUBLISHED) or node.lo == node.hi:
        return ("d", node.lo)
    if node.precision == MONTH:
        return ("m", node.lo)
    return ("y", node.lo)


def _buckets(node: Node) -> list[Bucket]:
    """Where a node is filed: its date's bucket and, when its text dates it before its article's
    publication day (``dated_back``), that day's "p" bucket too, where undated reports of the
    days around look for it (see ``back_reference``)."""
    if dated_back(node) and node.published is not None:
        return [_bucket(node), ("p", node.published)]
    return [_bucket(node)]


def _query_buckets(node: Node, window: int) -> list[Bucket]:
    if node.lo is None or node.hi is None:
        return [("n", 0)]
    lo, hi = node.lo - window, node.hi + window
    out: list[Bucket] = [("d", d) for d in range(lo, hi + 1)]
    months = list(_months(lo, hi))
    out += [("m", m.toordinal()) for m in months]
    out += [("y", dt.date(y, 1, 1).toordinal()) for y in sorted({m.year for m in months})]
    return out + _back_buckets(node, window)


def _back_buckets(node: Node, window: int) -> list[Bucket]:
    """The buckets that hold a node's possible ``back_reference`` partners: an undated report
    looks at the dated back-references published in the days around its own publication day,
    and a dated back-reference at the undated reports of the days around its publication day
    (filed at that day)."""
    if node.published is None:
        return []
    days = range(node.published - window, node.published + window + 1)
    if undated_report(node):
        return [("p", d) for d in days]
    if dated_back(node):
        return [("d", d) for d in days]
    return []


class Fuser:
    """Assigns event ids across articles; see the module's documentation.

    ``add`` returns an article's events with the ids known now. A later article may move an
    earlier mention to another cluster: ``event_id`` gives the current id of any mention,
    ``resolve`` re-labels results, and with ``track=True`` (or a ``source``) every change is
    kept for ``take_changes`` so a store can apply it in the transaction that writes the batch.
    """

    def __init__(self, prior: Iterable[Event] = (), window_days: int = 3, *, threshold: float = THRESHOLD,
                 source: FusionSource | None = None, track: bool = False, max_nodes: int = 200_000,
                 speech_threshold: float = SPEECH_THRESHOLD):
        self.window = window_days
        self.threshold = threshold
        self.speech_threshold = max(threshold, speech_threshold)
        self.source = source
        self.track = track or source is not None
        self.max_nodes = max_nodes
        self.nodes: dict[Key, Node] = {}
        # lists, not sets (a key is filed once; a small set costs four times a small list)
        self._blocks: dict[tuple[str, tuple[str, ...]], dict[Bucket, list[Key]]] = {}
        self._by_id: dict[str, list[Key]] = {}
        self._docs: dict[str, list[Key]] = {}
        self._seeds: dict[str, Key] = {}
        self._complete: set[str] = set()  # clusters whose every stored mention is held
        self._fresh: set[Key] = set()
        self._loaded: set[tuple[str, str]] = set()
        self._changes: dict[Key, tuple[str, Key | None, float]] = {}
        self._aliases: dict[str, str] = {}
        seqs: dict[str, int] = {}
        for ev in prior:
            seq = int(ev.extra.get("store_seq", seqs.get(ev.doc_id, 0)))
            seqs[ev.doc_id] = seq + 1
            self._remember(node_of(ev, seq, None))

    # -- the index -------------------------------------------------------------------------
    def _remember(self, node: Node) -> None:
        """Put a node (new or loaded) in the index; a node already held is left as it is."""
        if node.key in self.nodes:
            return
        self.nodes[node.key] = node
        if not node.event_id:
            node.event_id = node.seed
        self._by_id.setdefault(node.event_id, []).append(node.key)
        self._docs.setdefault(node.key[0], []).append(node.key)
        self._seeds[node.seed] = node.key
        buckets = _buckets(node)
        for block in _index_keys(node.codes):
            index = self._blocks.setdefault((node.type, block), {})
            for bucket in buckets:
                index.setdefault(bucket, []).append(node.key)

    def _load(self, rows: Iterable[StoredNode]) -> None:
        for ev, published, parent, sc in rows:
            node = node_of(ev, int(ev.extra.get("store_seq", 0)), published)
            node.parent, node.score = parent, sc
            self._remember(node)

    def _ensure_loaded(self, node: Node) -> None:
        if self.source is None:
            return
        if node.lo is None or node.hi is None:
            if (node.type, "none") not in self._loaded:
                self._loaded.add((node.type, "none"))
                self._load(self.source.fusion_window(node.type, [], [], True))
            return
        spans = [(node.lo, node.hi)] + [(node.published, node.published)] * dated_back(node)
        months = sorted({f"{m.year:04d}-{m.month:02d}" for lo, hi in spans if lo is not None and hi is not None
                         for m in _months(lo - self.window, hi + self.window)})
        years = sorted({m[:4] for m in months})
        todo_m = [m for m in months if (node.type, m) not in self._loaded]
        todo_y = [y for y in years if (node.type, y) not in self._loaded]
        if todo_m or todo_y:
            self._loaded.update((node.type, x) for x in todo_m + todo_y)
            self._load(self.source.fusion_window(node.type, todo_m, todo_y, False))

    def _candidates(self, node: Node) -> list[Node]:
        keys: set[Key] = set()
        buckets = _query_buckets(node, self.window)
        for block in _query_keys(node.codes):
            index = self._blocks.get((node.type, block))
            if not index:
                continue
            for b in buckets:
                found = index.get(b)
                if found:
                    keys.update(found)
        return [self.nodes[k] for k in sorted(keys) if k[0] != node.key[0]]

    # -- the forest ------------------------------------------------------------------------
    def _set(self, node: Node, event_id: str, parent: Key | None, sc: float) -> None:
        if node.event_id != event_id:
            self._unfile(node)
            self._by_id.setdefault(event_id, []).append(node.key)
        node.event_id, node.parent, node.score = event_id, parent, sc
        if self.track:
            self._changes[node.key] = (event_id, parent, sc)

    def _unfile(self, node: Node) -> None:
        """Take ``node`` out of its cluster's list of members (dropping a list left empty)."""
        held = self._by_id.get(node.event_id)
        if held is not None and node.key in held:
            held.remove(node.key)
            if not held:
                del self._by_id[node.event_id]

    def _members(self, event_id: str) -> list[Node]:
        if self.source is not None and event_id not in self._complete:
            self._load(self.source.fusion_members(event_id))
            self._complete.add(event_id)
        return [self.nodes[k] for k in sorted(self._by_id.get(event_id, ()))
                if self.nodes[k].event_id == event_id]

    def _later(self, node: Node) -> list[Node]:
        """Mentions after ``node`` in the canonical order whose decision may depend on it:
        its candidates and the other mentions of its article (of its type)."""
        later = [c for c in self._candidates(node) if c.order > node.order]
        later += [self.nodes[k] for k in self._docs.get(node.key[0], ())
                  if k != node.key and self.nodes[k].type == node.type and self.nodes[k].order > node.order]
        return later

    def _decide(self, node: Node) -> tuple[float, Node] | None:
        """The best earlier candidate above the threshold whose cluster holds no earlier
        mention of this article (mentions the article kept apart stay apart)."""
        taken = {self.nodes[k].event_id for k in self._docs.get(node.key[0], ())
                 if k != node.key and self.nodes[k].type == node.type and self.nodes[k].order < node.order}
        best: tuple[float, Node] | None = None
        for cand in self._candidates(node):
            if cand.order >= node.order or cand.event_id in taken or not self._near_root(node, cand):
                continue
            s = score(node, cand, self.window)
            if s >= self._bar(node) and (best is None or s > best[0] or (s == best[0] and cand.key < best[1].key)):
                best = (s, cand)
        return best

    def _bar(self, node: Node) -> float:
        """The score a link of ``node`` needs (higher for a statement)."""
        return bar_for(node.type, self.threshold, self.speech_threshold)

    def _could_adopt(self, new: Node, later: Node) -> bool:
        """Whether a new mention can change the decision of a later one: as a better
        candidate, or as another mention of its article."""
        if new.key[0] == later.key[0]:
            return True
        s = score(later, new, self.window)
        return s >= self._bar(later) and (later.parent is None or s > later.score
                                        or (s == later.score and new.key < later.parent))

    def _near_root(self, node: Node, cand: Node) -> bool:
        """Whether ``node`` lies within the window of the first mention of ``cand``'s cluster
        (or is an undated report of what that mention dates before, in the days around its
        publication: ``back_reference``): links never chain a cluster along a run of day-to-day
        events of one dyad."""
        root = self._root(cand)
        if root is None or root.lo is None or root.hi is None or node.lo is None or node.hi is None:
            return root is None or (root.lo is None and node.lo is None)
        return max(node.lo, root.lo) - min(node.hi, root.hi) <= self.window or back_reference(node, root, self.window)

    def _root(self, node: Node) -> Node | None:
        key = self._seeds.get(node.event_id)
        if key is None and self.source is not None and node.event_id not in self._complete:
            self._members(node.event_id)
            key = self._seeds.get(node.event_id)
        return self.nodes.get(key) if key is not None else None

    def _moving(self, node: Node, old_id: str, was_root: bool) -> list[Node]:
        """The mentions that leave cluster ``old_id`` with ``node``: all of it when ``node``
        was its root, else ``node``'s subtree."""
        members = self._members(old_id)
        if was_root:
            return members
        children: dict[Key, list[Node]] = {}
        for m in members:
            if m.parent is not None:
                children.setdefault(m.parent, []).append(m)
        moving, stack = [], [node]
        while stack:
            cur = stack.pop()
            moving.append(cur)
            stack.extend(children.get(cur.key, ()))
        return moving

    def _settle(self, todo: Iterable[Node]) -> None:
        """Re-decide ``todo`` and whatever their changes reach, in the canonical order.

        A decision depends only on earlier mentions, and a change only reaches later ones,
        so one pass in order leaves every mention as a from-scratch run would."""
        heap = [(n.order, n.key) for n in todo]
        heapq.heapify(heap)
        done: set[Key] = set()
        while heap:
            _, key = heapq.heappop(heap)
            if key in done:
                continue
            done.add(key)  # pushes always come after the popped mention: one visit is enough
            node = self.nodes[key]
            best = self._decide(node)
            parent, sc = (best[1].key, best[0]) if best else (None, 0.0)
            fresh = key in self._fresh
            if parent == node.parent and sc == node.score and not fresh:
                continue
            self._fresh.discard(key)
            old_id, was_root = node.event_id, node.parent is None
            new_id = best[1].event_id if best else node.seed
            self._set(node, old_id, parent, sc)
            if new_id == old_id:
                continue
            if was_root and not fresh:
                self._alias(old_id, new_id)
            for m in self._moving(node, old_id, was_root):
                self._set(m, new_id, m.parent, m.score)
                # a moved mention is re-decided too: its cluster may now hold another of its article's
                for later in [m] * (m is not node) + self._later(m):
                    heapq.heappush(heap, (later.order, later.key))

    def _alias(self, old_id: str, new_id: str) -> None:
        self._aliases[old_id] = new_id
        for alias, target in list(self._aliases.items()):
            if target == old_id:
                self._aliases[alias] = new_id

    # -- the public side -------------------------------------------------------------------
    def add(self, events: Sequence[Event], duplicate_of: str | None = None,
            published: str | None = None, seqs: Sequence[int] | None = None) -> list[Event]:
        """Fuse one article's events (in article order) and return them with event ids.

        ``seqs`` are the events' positions in their article when ``events`` is a part of it (the
        distributed engine fuses one event type at a time): the ids are then those the whole
        article would get. ``duplicate_of`` is accepted for compatibility and not needed: a
        syndicated copy's events join the original's through their near-identical evidence."""
        nodes: list[Node] = []
        todo: list[Node] = []
        events = kind_counted(events)
        for seq, ev in zip(seqs if seqs is not None else range(len(events)), events):
            node = node_of(replace(ev, event_id=None), seq, published)
            self._ensure_loaded(node)
            known = self.nodes.get(node.key)
            if known is not None:  # the article again (reprocessed): its events keep their places
                known.sole = node.sole  # and the mark they are stored with now
                nodes.append(known)
                if self.track:
                    self._changes[known.key] = (known.event_id, known.parent, known.score)
                continue
            self._remember(node)
            self._fresh.add(node.key)
            self._complete.add(node.seed)  # a new cluster: nothing of it is stored yet
            nodes.append(node)
            todo.append(node)
        for node in list(todo):  # a new mention may be the better parent of later ones
            todo.extend(m for m in self._later(node) if self._could_adopt(node, m))
        self._settle(todo)
        return [replace(ev, event_id=n.event_id) for ev, n in zip(events, nodes)]

    def event_id(self, doc_id: str, seq: int) -> str | None:
        """The current event id of the ``seq``-th event of ``doc_id`` (None when unknown)."""
        node = self.nodes.get((doc_id, seq))
        if node is None and self.source is not None:
            return self._changes.get((doc_id, seq), (None,))[0]
        return node.event_id if node else None

    def resolve(self, results: Iterable[ArticleResult]) -> Iterator[ArticleResult]:
        """``results`` with every event's current id (after later articles moved some)."""
        for res in results:
            events = tuple(replace(ev, event_id=self.event_id(res.article.id, seq) or ev.event_id)
                           for seq, ev in enumerate(res.events))
            yield replace(res, events=events)

    def alias(self, event_id: str) -> str:
        """The id an old (merged) cluster id now goes by."""
        return self._aliases.get(event_id, event_id)

    def take_changes(self) -> tuple[dict[Key, tuple[str, Key | None, float]], dict[str, str]]:
        """The (event_id, parent, score) of every mention added or moved since the last call,
        and the aliases made; both are forgotten here (the caller stores them)."""
        changes, aliases = self._changes, self._aliases
        self._changes, self._aliases = {}, {}
        return changes, aliases

    def trim(self) -> None:
        """Forget every mention held when more than ``max_nodes`` are (only with a source, and
        only when no change is pending): a bound on memory; the store has them all."""
        if self.source is not None and not self._changes and len(self.nodes) > self.max_nodes:
            self.nodes.clear()
            self._blocks.clear()
            self._by_id.clear()
            self._docs.clear()
            self._seeds.clear()
            self._complete.clear()
            self._loaded.clear()


def bar_for(type_: str, threshold: float = THRESHOLD, speech_threshold: float = SPEECH_THRESHOLD) -> float:
    """The score a link of a mention of ``type_`` needs: ``threshold``, and for a statement
    (``SPEECH_TYPES``) ``speech_threshold`` where that is higher."""
    return max(threshold, speech_threshold) if type_ in SPEECH_TYPES else threshold


__all__ = ["Fuser", "FusionSource", "SPEECH_THRESHOLD", "THRESHOLD", "bar_for"]
