"""Calibrate the cross-article fusion threshold: re-fuse extracted events at several thresholds.

    communique extract ../shared/eval/dev-news/docs.jsonl -o news.jsonl
    communique extract ../shared/seeds --manifest ../shared/eval/dev/docs.json -o seeds.jsonl
    python bench/calibrate_fusion.py --pred news.jsonl --seeds-pred seeds.jsonl [--explain]
    python bench/calibrate_fusion.py --extract [--explain]     # extracts both itself (exact figures)

Prints, for each threshold, the cross-article pairs right (of all required pairs and of those
whose two mentions were both extracted) and the false merges, as ``../shared/eval/score.py``
counts them, on dev-news and (with ``--seeds-pred``) on the seeds. Only the one threshold is
chosen from this table; nothing else is fitted. ``--explain`` lists, at ``THRESHOLD``, every
pair whose two mentions were extracted and every false merge, with the parts of their score:
what to read before changing the score, and why each missed pair is apart.

    python bench/calibrate_fusion.py --gold-mentions

fuses dev-news's gold mentions themselves (gold type, states, date, status and place, the
sentence that holds the gold evidence, the persons the knowledge base knows) and prints the
cross-article pairs of one event that share an id and the pairs of two events that do: the
fusion decision measured apart from extraction and from the gold matcher's choices. It is a
measurement only; nothing is fitted to it.

    python bench/calibrate_fusion.py --story --extract

measures a lever that was tried and not adopted (session 22, issue 8): *article-level story
similarity* for statements. Each article gets a signature (``story_words``: the content words
it uses at least twice and the capitalised words that do not open a sentence, as stems); the
Jaccard similarity of two articles' signatures lifts a statement pair's score (a bonus when it
is at least ``hi``) or lowers it (a penalty when it is below ``lo``). Printed for a few fixed
settings: dev-news's gold mentions and re-fused extraction (with the seeds), and the labelled
pool pairs (bench/data/fusion-pairs, read at the fuser's bars, the signatures from the pool's
texts). The score is swapped in the fuser as ``bench/learned_fusion_check.py`` swaps it.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import re
import sys
from collections import Counter
from collections.abc import Callable, Iterable, Mapping
from pathlib import Path
from typing import Any

from communique.fuse import THRESHOLD, Node, assign_event_ids, parts, score
import communique.fuse._cluster as cluster
from communique.fuse._cluster import bar_for
from communique.fuse._score import _STOP
from communique.fuse._text import stem
from communique.fuse.measure import (GoldMentions, anchored_fusion, load_gold_mentions, matched_by_doc, nodes_of,
                                     sentence_reads)
from communique.types import LOCATION_BASIS, SPEECH_TYPES, Actor, Event, Evidence, Location

SHARED = Path(__file__).resolve().parents[2] / "shared"


def _actor(d: dict[str, Any] | None) -> Actor | None:
    return Actor(d["code"], d.get("name") or d["code"], d.get("kind") or "state", d.get("role")) if d else None


def event_of(row: dict[str, Any]) -> Event:
    """An Event back from one exchange-format line."""
    ev = row["evidence"]
    loc = row.get("location")
    return Event(doc_id=row["doc_id"], type=row["type"], evidence=Evidence(ev["text"], ev["start"], ev["end"]),
                 status=row["status"], mode=row.get("mode"), source=_actor(row.get("source")),
                 target=_actor(row.get("target")),
                 participants=tuple(a for a in map(_actor, row.get("participants") or []) if a),
                 date=row.get("date"), location=Location(loc["name"], loc.get("country")) if loc else None,
                 topics=tuple(row.get("topics") or ()), background=bool(row.get("background")),
                 trigger=row.get("trigger"), date_basis=row.get("date_basis"),
                 # a place taken from the event's sides is not a place its text names (``node_of``)
                 extra={LOCATION_BASIS: loc["basis"]} if loc and loc.get("basis") else {})


def _scorer(path: Path) -> Any:
    spec = importlib.util.spec_from_file_location("eval_score", path)
    assert spec and spec.loader
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def published_dates(path: Path) -> dict[str, str | None]:
    """Article id -> publication date, from a docs JSONL (dev-news) or a JSON manifest (seeds)."""
    text = path.read_text(encoding="utf-8")
    if path.suffix == ".json":
        return {d.get("doc_id") or d["id"]: d.get("published") for d in json.loads(text)}
    return {d["id"]: d.get("published") for d in map(json.loads, filter(str.strip, text.splitlines()))}


def unfused(inputs: list[str], manifest: str | None = None) -> tuple[list[dict[str, Any]], list[Event]]:
    """``inputs`` extracted by the pipeline up to cross-article fusion: each event as the fuser gets it
    (with what its exchange line leaves out, such as a leader named only through his government, which
    ``event_of`` cannot give back) and its exchange line. A fuser that links nothing stands in for
    fusion, so that the events are re-fused here as the pipeline's own fusion would fuse them."""
    from communique.config import load_settings
    from communique.fuse import Fuser
    from communique.pipeline import Pipeline
    from communique.read import load_manifest, read_inputs

    def report(err: Exception) -> None:
        print(f"calibrate_fusion: {err}", file=sys.stderr)

    settings = load_settings()
    pipe = Pipeline(settings)
    raws = read_inputs(inputs, manifest=load_manifest(manifest) if manifest else None,
                       max_bytes=settings.max_input_bytes)
    apart = Fuser(window_days=settings.fuse_window_days, threshold=2.0, speech_threshold=2.0)
    results = list(pipe.run_articles(pipe.articles(raws, report), fuser=apart, on_error=report))
    return [row for res in results for row in res.to_exchange()], [ev for res in results for ev in res.events]


class EvalSet:
    """One extraction (exchange JSONL, or ``unfused``'s events), the publication dates of its articles
    and its gold."""

    def __init__(self, name: str, pred: Path | tuple[list[dict[str, Any]], list[Event]], docs: Path, gold: Path,
                 scorer: Any):
        self.name, self.scorer = name, scorer
        if isinstance(pred, Path):
            self.rows = [json.loads(x) for x in pred.read_text(encoding="utf-8").splitlines() if x.strip()]
            self.events = [event_of(r) for r in self.rows]
        else:
            self.rows, self.events = pred
        self.published = published_dates(docs)
        self.gold = scorer.load_jsonl(str(gold))

    def fused(self, threshold: float) -> list[dict[str, Any]]:
        out = assign_event_ids(self.events, threshold=threshold, published=self.published)
        return [{**r, "event_id": e.event_id} for r, e in zip(self.rows, out)]

    def summary(self, threshold: float) -> dict[str, Any]:
        preds = self.fused(threshold)
        own = anchored_fusion(self.gold, preds)
        return {**self.scorer.score(self.gold, preds)["summary"],
                "own_sentence_pairs": f"{own.right}/{own.both}", "own_sentence_false_merges": own.false_merges}

    def matched(self, preds: list[dict[str, Any]], own_sentence: bool = False) -> dict[str, int]:
        """Gold id -> index of the predicted event the scorer matched to it (``own_sentence``: the
        prediction made on the gold mention's own sentence, ``measure.sentence_reads``)."""
        if own_sentence:
            return sentence_reads(self.gold, preds)
        return matched_by_doc(self.gold, preds, self.scorer.match_doc)


def why_apart(a: Node, b: Node, window: int, threshold: float) -> str:
    """Why two mentions of one event got two ids: the first of the score's hard blocks that
    applies (other types, a status that excludes the other, no actor in common or the sides
    reversed, dates too far apart), else a score below the threshold (the statement bar,
    ``SPEECH_THRESHOLD``, for statements; with the weakest parts), else the link went to another
    candidate or was refused by the cluster rules."""
    p = parts(a, b, window)
    if a.type != b.type:
        return f"type ({a.type} / {b.type})"
    for name in ("status", "actors", "date"):
        if not p[name]:
            return name
    s = score(a, b, window)
    if s < bar_for(a.type, threshold):
        weak = sorted((v, k) for k, v in p.items() if v < 0.5)
        return "below threshold" + (f" (low: {', '.join(k for _, k in weak)})" if weak else "")
    return "linked elsewhere"


def _pair_lines(tag: str, ids: tuple[str, str], pair: tuple[Node, Node], window: int, threshold: float,
                causes: Counter[str]) -> None:
    """A pair's line (its ids, score and score parts) and, for a missed pair (``MISS``), why it is
    apart, counted in ``causes``."""
    a, b = pair
    print(f"{tag} {ids[0]} ~ {ids[1]}  score {score(a, b, window):.3f}  "
          + " ".join(f"{k} {v:.2f}" for k, v in parts(a, b, window).items()))
    if tag == "MISS":
        cause = why_apart(a, b, window, threshold)
        causes[cause.split(" (")[0]] += 1
        print(f"     apart: {cause}")


def explain(es: EvalSet, threshold: float, window: int = 3, own_sentence: bool = False) -> None:
    """Every required pair with both mentions extracted, and every false merge, with score parts
    (``own_sentence``: each gold mention read by the prediction made on its own sentence)."""
    preds = es.fused(threshold)
    nodes = nodes_of(es.events, es.published)
    match = es.matched(preds, own_sentence)
    gold = {g["id"]: g for g in es.gold}
    causes: Counter[str] = Counter()

    def line(tag: str, a: str, b: str) -> None:
        i, j = match[a], match[b]
        _pair_lines(tag, (a, b), (nodes[i], nodes[j]), window, threshold, causes)
        for k in (i, j):
            r = preds[k]
            print(f"     {r['doc_id'][:8]} {r['type']:8s} {','.join(sorted(nodes[k].codes)):14s} "
                  f"{r.get('date')}/{r.get('date_basis')} {r['status']:9s} {r['evidence']['text'][:90]!r}")

    print(f"\n{es.name}: pairs with both mentions extracted (threshold {threshold})")
    clusters: dict[str, list[dict[str, Any]]] = {}
    for g in es.gold:
        if g.get("same_as") and g.get("required", True):
            clusters.setdefault(g["same_as"], []).append(g)
    for members in clusters.values():
        for x, a in enumerate(members):
            for b in members[x + 1:]:
                if a["doc_id"] != b["doc_id"] and a["id"] in match and b["id"] in match:
                    same = preds[match[a["id"]]]["event_id"] == preds[match[b["id"]]]["event_id"]
                    line("ok  " if same else "MISS", a["id"], b["id"])
    if causes:
        print(f"{es.name}: why the missed pairs are apart: "
              + ", ".join(f"{k} {n}" for k, n in causes.most_common()))
    print(f"\n{es.name}: false merges")
    by_eid: dict[str, list[str]] = {}
    for gid, i in sorted(match.items()):
        by_eid.setdefault(preds[i]["event_id"], []).append(gid)
    for gids in by_eid.values():
        for x, ga in enumerate(gids):
            for gb in gids[x + 1:]:
                sa = gold[ga].get("same_as")
                if not (sa and sa == gold[gb].get("same_as")):
                    line("FM  ", ga, gb)


def gold_mentions(docs: Path, gold: Path, grid: list[float], explain_at: float | None = None) -> None:
    """Fuse the gold mentions themselves and count, at each threshold, the cross-article pairs of
    one event (``same_as``) that share an id and the pairs of two events that do: how well the
    score separates the two when extraction is perfect, free of the matcher's choices (the
    computation is ``communique.fuse.measure``'s, which the eval gate pins)."""
    from communique.actors import KnowledgeBase
    gm = load_gold_mentions(docs, gold, KnowledgeBase.default())
    print(f"{'threshold':>9}  {'same-event pairs linked':>24}  {'two-event pairs linked':>22}")
    for t in grid:
        got = gm.linked(t)
        mark = "  <- THRESHOLD" if abs(t - THRESHOLD) < 1e-9 else ""
        print(f"{t:>9.3f}  {f'{got.right}/{got.same}':>24}  {got.wrong:>22}{mark}")
    if explain_at is not None:
        explain_gold(gm, explain_at)


def explain_gold(gm: GoldMentions, threshold: float, window: int = 3) -> None:
    """Every same-event pair the gold mentions leave apart, with why (``why_apart``) and the
    parts of its score, and every two-event pair linked."""
    nodes, rows = gm.nodes(), gm.rows
    got = gm.linked(threshold)
    causes: Counter[str] = Counter()

    def line(tag: str, i: int, j: int) -> None:
        _pair_lines(tag, (rows[i]["id"], rows[j]["id"]), (nodes[i], nodes[j]), window, threshold, causes)
        for k in (i, j):
            r, ev = rows[k], gm.events[k]
            print(f"     {r['doc_id'][:8]} {r['type']:8s} {','.join(sorted(nodes[k].codes)):14s} "
                  f"{r.get('date')} pub {gm.published.get(r['doc_id'])} {r['status']:9s} {ev.evidence.text[:110]!r}")

    print(f"\ngold mentions: same-event pairs apart (threshold {threshold})")
    for i, j in sorted(gm.same_pairs - got.pairs):
        line("MISS", i, j)
    print("why apart: " + ", ".join(f"{k} {n}" for k, n in causes.most_common()))
    print("\ngold mentions: two-event pairs linked")
    for i, j in sorted(got.pairs - gm.same_pairs):
        line("FM  ", i, j)


# -- article-level story similarity (measured, not adopted: see --story) --------------------

_STORY_WORD = re.compile(r"[A-Za-z][A-Za-z'-]{2,}")
_OPENS_SENTENCE = re.compile(r"(?:[.!?]|\n)\s*[\"\u201c(]?\s*$")
#: capitalised words that name no story (titles, days, months, pronouns and articles opening a clause)
_STORY_COMMON = frozenset("""the a an and but he she it they we in on at for of to as by this that these those his her
 their its our after before when while if mr mrs ms dr president minister secretary prime foreign state monday
 tuesday wednesday thursday friday saturday sunday january february march april may june july august september
 october november december advertisement""".split())


def story_words(text: str) -> frozenset[str]:
    """An article's story signature: the stems of the content words (four letters or more) it uses at
    least twice, and of its capitalised words that do not open a sentence (names), less a few common ones."""
    counts: Counter[str] = Counter()
    names: set[str] = set()
    for m in _STORY_WORD.finditer(text):
        word = m.group(0)
        low = word.lower()
        if word[0].isupper() and m.start() and not _OPENS_SENTENCE.search(text[max(0, m.start() - 4):m.start()]) \
                and low not in _STORY_COMMON:
            names.add(stem(low))
        if len(low) >= 4 and low not in _STOP:
            counts[stem(low)] += 1
    return frozenset(names | {w for w, n in counts.items() if n >= 2})


def story_similarity(a: frozenset[str] | None, b: frozenset[str] | None) -> float | None:
    """The Jaccard similarity of two story signatures (None when either is unknown or empty)."""
    if not a or not b:
        return None
    return len(a & b) / len(a | b)


def story_scored(stories: Mapping[str, frozenset[str]], bonus: float = 0.0, hi: float = 1.0,
                 penalty: float = 0.0, lo: float = 0.0) -> Callable[[Node, Node, int], float]:
    """The hand score with a statement pair's story similarity (its articles' ``stories``) taken in:
    ``bonus`` added at ``hi`` and above, ``penalty`` taken off below ``lo``. A pair the hand score
    gives 0 stays 0; other types are left as they are."""
    def scored(a: Node, b: Node, window: int) -> float:
        s = score(a, b, window)
        sim = story_similarity(stories.get(a.key[0]), stories.get(b.key[0])) if a.type in SPEECH_TYPES else None
        if not s or sim is None:
            return s
        return max(0.0, s + (bonus if sim >= hi else 0.0) - (penalty if sim < lo else 0.0))
    return scored


#: the settings ``--story`` measures (fixed before measuring, not searched): none, two bonuses, two penalties
STORY_SETTINGS: tuple[dict[str, float], ...] = (
    {}, {"bonus": 0.03, "hi": 0.2}, {"bonus": 0.05, "hi": 0.25}, {"penalty": 0.1, "lo": 0.15},
    {"penalty": 0.1, "lo": 0.12})


def _texts(path: Path, ids: Iterable[str] | None = None) -> dict[str, str]:
    from communique.fuse.measure import read_jsonl
    want = set(ids) if ids is not None else None
    return {d["id"]: d["text"] for d in read_jsonl(path) if want is None or d["id"] in want}


def pool_pairs_prf(scorer: Callable[[Node, Node, int], float], pairs: list[dict[str, Any]],
                   labels: Mapping[str, str]) -> str:
    """Precision and recall of ``scorer`` on the labelled pool pairs, read at the fuser's bars."""
    from communique.fuse import node_of
    tp = fp = fn = 0
    for p in pairs:
        a = node_of(event_of(p["a"]), 0, p["published"][0])
        b = node_of(event_of(p["b"]), 1, p["published"][1])
        said, same = scorer(a, b, 3) >= bar_for(a.type), labels[p["id"]] == "1"
        tp, fp, fn = tp + (said and same), fp + (said and not same), fn + (same and not said)
    return f"P {tp / max(1, tp + fp):.3f} R {tp / max(1, tp + fn):.3f} (tp {tp}, fp {fp})"


def story_check(news: EvalSet, seeds: EvalSet, docs: Path, gold: Path) -> None:
    """``--story``: each of ``STORY_SETTINGS`` on dev-news's gold mentions and extraction, the seeds
    and the labelled pool pairs."""
    from communique.actors import KnowledgeBase
    from communique.fuse.measure import read_jsonl
    data = Path(__file__).resolve().parent / "data" / "fusion-pairs"
    pairs = read_jsonl(data / "pairs.jsonl.gz")
    labels = dict(x.split("\t") for x in (data / "labels.tsv").read_text().splitlines() if x.strip())
    pairs = [p for p in pairs if p["id"] in labels]
    ids = {p[k]["doc_id"] for p in pairs for k in ("a", "b")}
    texts = {**_texts(SHARED / "data/news-pool/articles.jsonl.gz", ids), **_texts(docs)}
    stories = {k: story_words(t) for k, t in texts.items()}
    gm = load_gold_mentions(docs, gold, KnowledgeBase.default())
    hand = cluster.score
    try:
        for setting in STORY_SETTINGS:
            setattr(cluster, "score", story_scored(stories, **setting))  # swapped for this measurement only
            got, ext, sd = gm.linked(THRESHOLD), news.summary(THRESHOLD), seeds.summary(THRESHOLD)
            print(f"{str(setting or 'hand score'):>32}  gold mentions {got.right}/{got.same} with {got.wrong}  "
                  f"extraction {ext['dedup_pairs_right_of_extracted']} with {ext['false_merges']}, own sentence "
                  f"{ext['own_sentence_pairs']} with {ext['own_sentence_false_merges']}  seeds "
                  f"{sd['dedup_pairs_right']} with {sd['false_merges']}  pool pairs "
                  f"{pool_pairs_prf(cluster.score, pairs, labels)}")
    finally:
        setattr(cluster, "score", hand)


def _grid(spec: str) -> list[float]:
    if ":" in spec:
        lo, hi, step = (float(x) for x in spec.split(":"))
        return [round(lo + i * step, 6) for i in range(int(round((hi - lo) / step)) + 1)]
    return [float(x) for x in spec.split(",")]


def _right(summary: dict[str, Any]) -> int:
    return int(str(summary["dedup_pairs_right"]).split("/")[0])


def choose(table: list[tuple[float, list[dict[str, Any]]]], max_false_merges: int) -> str:
    """The calibration rule: of the thresholds with at most ``max_false_merges`` on dev-news (and,
    when given, every seed pair right with no false merge), those with the most dev-news pairs
    right; the middle of that range is the threshold (as far as possible from both edges)."""
    def fine(row: list[dict[str, Any]]) -> bool:
        seeds_ok = all(s["false_merges"] == 0 and _right(s) == int(str(s["dedup_pairs_right"]).split("/")[1])
                       for s in row[1:])
        return row[0]["false_merges"] <= max_false_merges and seeds_ok
    ok = [(t, _right(row[0])) for t, row in table if fine(row)]
    if not ok:
        return f"no threshold of the grid gives at most {max_false_merges} false merges"
    best = max(r for _, r in ok)
    ts = [t for t, r in ok if r == best]
    return (f"{best} pairs right with at most {max_false_merges} false merges from {min(ts):.3f} to "
            f"{max(ts):.3f}: threshold {(min(ts) + max(ts)) / 2:.4f}")


def _parser() -> argparse.ArgumentParser:
    """The command line (see the module)."""
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--pred", required=not {"--gold-mentions", "--extract", "-h", "--help"} & set(sys.argv),
                    help="exchange-format JSONL from `communique extract` on dev-news")
    ap.add_argument("--extract", action="store_true",
                    help="extract --docs and the seeds here, up to fusion (``unfused``), instead of reading "
                         "--pred and --seeds-pred: the events keep what exchange lines leave out, so the "
                         "figures are the pipeline's own (from exchange lines, a leader named through his "
                         "government reads as a person, and some pairs score otherwise)")
    ap.add_argument("--docs", default=str(SHARED / "eval/dev-news/docs.jsonl"),
                    help="the docs.jsonl the events came from (publication dates)")
    ap.add_argument("--gold", default=str(SHARED / "eval/dev-news/gold.jsonl"))
    ap.add_argument("--seeds-pred", help="exchange JSONL extracted from the seeds (with eval/dev/docs.json)")
    ap.add_argument("--score-py", default=str(SHARED / "eval/score.py"))
    ap.add_argument("--thresholds", default="0.50:0.80:0.005", help="a list (0.6,0.65) or a grid lo:hi:step")
    ap.add_argument("--max-false-merges", type=int, default=2, help="the most false merges the rule accepts")
    ap.add_argument("--explain", action="store_true", help="list the pairs and false merges at THRESHOLD (with "
                    "--gold-mentions: the same-event pairs apart and the two-event pairs linked)")
    ap.add_argument("--own-sentence", action="store_true",
                    help="with --explain: read each gold mention by the prediction made on its own sentence "
                         "(communique.fuse.measure.sentence_reads) instead of the official matcher's choice")
    ap.add_argument("--gold-mentions", action="store_true",
                    help="fuse the gold mentions of --docs/--gold instead (perfect extraction) and print "
                         "the same-event and two-event pairs linked at each threshold")
    ap.add_argument("--story", action="store_true",
                    help="measure article-level story similarity for statements (tried, not adopted): "
                         "dev-news (gold mentions, extraction: --extract or --pred/--seeds-pred), seeds, pool pairs")
    return ap


def _eval_sets(args: argparse.Namespace) -> list[EvalSet]:
    """dev-news and, with --seeds-pred or --extract, the seeds: read from exchange lines or extracted here."""
    scorer = _scorer(Path(args.score_py))
    seeds_docs = SHARED / "eval/dev/docs.json"
    news = unfused([args.docs]) if args.extract else Path(args.pred)
    sets = [EvalSet("dev-news", news, Path(args.docs), Path(args.gold), scorer)]
    if args.seeds_pred or args.extract:
        seeds = unfused([str(SHARED / "seeds")], str(seeds_docs)) if args.extract else Path(args.seeds_pred)
        sets.append(EvalSet("seeds", seeds, seeds_docs, SHARED / "eval/dev/gold.jsonl", scorer))
    return sets


def _threshold_table(sets: list[EvalSet], grid: list[float]) -> list[tuple[float, list[dict[str, Any]]]]:
    """Prints each threshold's pairs and false merges on each set; returns the rows for :func:`choose`."""
    head = "".join(f"  {es.name + ' pairs':>16}  {'of extracted':>12}  {'false merges':>12}"
                   f"  {'own sentence':>12}  {'its merges':>10}" for es in sets)
    print(f"{'threshold':>9}{head}")
    table = []
    for t in grid:
        cells, row = "", []
        for es in sets:
            s = es.summary(t)
            row.append(s)
            cells += (f"  {s['dedup_pairs_right']:>16}  {s['dedup_pairs_right_of_extracted']:>12}  "
                      f"{s['false_merges']:>12}  {s['own_sentence_pairs']:>12}  {s['own_sentence_false_merges']:>10}")
        table.append((t, row))
        mark = "  <- THRESHOLD" if abs(t - THRESHOLD) < 1e-9 else ""
        print(f"{t:>9.3f}{cells}{mark}")
    return table


def main() -> None:
    ap = _parser()
    args = ap.parse_args()
    if args.gold_mentions:
        gold_mentions(Path(args.docs), Path(args.gold), _grid(args.thresholds),
                      THRESHOLD if args.explain else None)
        return
    sets = _eval_sets(args)
    if args.story:
        if len(sets) < 2:
            ap.error("--story needs the seeds too: --extract, or --seeds-pred")
        story_check(sets[0], sets[1], Path(args.docs), Path(args.gold))
        return
    table = _threshold_table(sets, _grid(args.thresholds))
    print(f"rule: {choose(table, args.max_false_merges)}")
    if args.explain:
        for es in sets:
            explain(es, THRESHOLD, own_sentence=args.own_sentence)

if __name__ == "__main__":
    main()
