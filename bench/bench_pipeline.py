"""End-to-end throughput and memory of the pipeline, side by side with spaCy's bare parse.

    .venv/bin/python bench/bench_pipeline.py [--shared ../shared] [--n 200] [--f1] [--rounds 3] [--no-profile]

The corpus: the five seed articles plus the 61 real pages of
``shared/data/cleaning-dev`` (raw HTML), repeated with distinct ids up to ``--n``
inputs and written to one JSONL file. Each configuration runs in a fresh process
(so that peak memory is its own), after its model is loaded:

* bare nlp.pipe, 1 process and all usable cores: spaCy's full English pipeline as
  it ships (``spacy.load``, without communique's paragraph component and faster
  attribute ruler and lemmatiser, ``communique.nlp._fast``) over the texts
  communique cleaned from the corpus (cleaning not timed);
* communique with its defaults (``processes = "auto"``) and each ``parse`` setting:
  ``"full"`` and the parse cascade, ``"cascade"`` (``communique.nlp.cascade``):
  from the JSONL file to fused events (read, clean, parse, actors, events and
  dates, fusion), as ``communique extract`` runs. One short article runs before
  the clock starts, so that what loads on first use (the language identifier, the
  date parser's patterns) is loaded as the spaCy model is for the bare parse; the
  CPU seconds of that first article are printed apart (a one-time cost a run pays).

Printed: articles/s, words/s, CPU seconds (user + system) an article (the process
and its workers), peak memory (the proportional set size, PSS, of the process and its
workers, sampled every 0.5 s: forked workers share the model's pages, which RSS
would count once per worker), each communique configuration's ratio to the bare
parse with as many processes (wall and CPU), and, with ``--f1``, its dev-news F1
(``shared/eval/score.py``), with its date accuracy and fusion pairs; the cascade's
speed-up over the full parse. Then a per-stage profile, in CPU seconds, of one
in-process run of each communique setting over the same corpus (where the time
goes). On a busy (shared) machine the wall clock moves with the other users' load;
read the CPU figures (user + system time) and the ratios within one run. With ``--rounds N``
every configuration runs N times in turn and the table shows each one's median run: the bare
parse's own figure moves by ~20% from run to run on a 2-core machine, so one run cannot tell
two settings within that apart.
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import resource
import subprocess
import sys
import tempfile
import threading
import time
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Iterable, Iterator, TypeVar

REPO = Path(__file__).resolve().parents[1]
T = TypeVar("T")


# -- the corpus --------------------------------------------------------------------------------------
def corpus(shared: Path, n: int) -> list[dict[str, Any]]:
    """``n`` JSONL records (seeds as text, cleaning-dev pages as HTML), repeated with distinct ids."""
    base: list[dict[str, Any]] = []
    for d in json.loads((shared / "eval/dev/docs.json").read_text()):
        base.append({"id": d["doc_id"], "text": (shared / d["file"]).read_text(), "published": d["published"],
                     "source": d["source"], "url": d["url"]})
    with gzip.open(shared / "data/cleaning-dev/pages.jsonl.gz", "rt", encoding="utf-8") as fh:
        for line in fh:
            row = json.loads(line)
            base.append({"id": f"page-{row['id']}", "html": row["html"], "url": row.get("url")})
    return [{**base[i % len(base)], "id": f"{base[i % len(base)]['id']}~{i // len(base)}"} for i in range(n)]


# -- memory: PSS of this process and its descendants --------------------------------------------------
def _pss_kb(pid: int) -> int:
    try:
        for line in Path(f"/proc/{pid}/smaps_rollup").read_text().splitlines():
            if line.startswith("Pss:"):
                return int(line.split()[1])
    except (OSError, ValueError):
        pass
    return 0


def _descendants(root: int) -> list[int]:
    parents: dict[int, int] = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                stat = Path(f"/proc/{entry}/stat").read_text()
                parents[int(entry)] = int(stat.rsplit(")", 1)[1].split()[1])
            except (OSError, ValueError, IndexError):
                continue
    out, frontier = [], [root]
    while frontier:
        p = frontier.pop()
        kids = [c for c, pp in parents.items() if pp == p]
        out.extend(kids)
        frontier.extend(kids)
    return out


@contextmanager
def peak_memory(every: float = 0.5) -> Iterator[dict[str, float]]:
    """Samples the tree's PSS while the block runs; ``result["mb"]`` is the peak, ``result["cpu"]``
    the CPU seconds the sampling itself took (to be taken off the process's)."""
    result = {"mb": 0.0, "cpu": 0.0}
    stop = threading.Event()

    def sample() -> None:
        me = os.getpid()
        while True:
            kb = _pss_kb(me) + sum(_pss_kb(p) for p in _descendants(me))
            result["mb"] = max(result["mb"], kb / 1024)
            result["cpu"] = time.thread_time()
            if stop.wait(every):
                return

    thread = threading.Thread(target=sample, daemon=True)
    thread.start()
    try:
        yield result
    finally:
        stop.set()
        thread.join()


def cpu_seconds() -> float:
    """CPU time (user + system) of this process and of its reaped children (the NLP workers)."""
    me, kids = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return me.ru_utime + me.ru_stime + kids.ru_utime + kids.ru_stime


# -- one configuration, in its own process -------------------------------------------------------------
def run_bare(texts_path: Path, processes: int) -> dict[str, Any]:
    import spacy

    from communique.config import load_settings

    settings = load_settings()
    c0 = time.process_time()
    nlp = spacy.load(settings.spacy_model)  # as it ships: the reference communique is measured against
    load = time.process_time() - c0
    texts = json.loads(texts_path.read_text())
    with peak_memory() as mem:
        t0, c0 = time.perf_counter(), cpu_seconds()
        n = sum(1 for _ in nlp.pipe(texts, batch_size=settings.batch_size, n_process=processes))
        seconds, cpu = time.perf_counter() - t0, cpu_seconds() - c0 - mem["cpu"]
    return {"seconds": seconds, "cpu": cpu, "articles": n, "workers": processes, "peak_mb": mem["mb"], "load_cpu": load}


#: one article run before the clock starts, so that what loads on first use (the language
#: identifier, the date parser's patterns) is loaded, as the spaCy model is for the bare parse
WARM_UP = ("Japan and China held talks in Beijing on Monday, the foreign ministry said. "
           "On March 3, 2021, China accused Japan of violating the agreement. It summoned Japan's ambassador.")


def warm_up(pipe: Any) -> float:
    """Run ``WARM_UP`` through ``pipe`` (in process); the CPU seconds it took."""
    from communique.types import RawDoc

    c0 = time.process_time()
    pipe.process(RawDoc(id="warm-up", origin="warm-up", text=WARM_UP, published="2021-03-05"))
    return time.process_time() - c0


def run_communique(corpus_path: Path, parse: str) -> dict[str, Any]:
    from communique.config import load_settings
    from communique.pipeline import Pipeline
    from communique.read import read_inputs

    settings = load_settings().with_overrides(parse=parse)
    c0 = time.process_time()
    pipe = Pipeline(settings)
    load = time.process_time() - c0
    first = warm_up(pipe)
    with peak_memory() as mem:
        t0, c0 = time.perf_counter(), cpu_seconds()
        n = events = 0
        for res in pipe.run(read_inputs([corpus_path]), on_error=lambda e: None):
            n += 1
            events += len(res.events)
        seconds, cpu = time.perf_counter() - t0, cpu_seconds() - c0 - mem["cpu"]
    return {"seconds": seconds, "cpu": cpu, "articles": n, "events": events, "workers": pipe.workers, "peak_mb": mem["mb"],
            "processes": str(settings.processes), "parse": parse, "warm_up_cpu": first, "load_cpu": load}


def child(argv: list[str]) -> None:
    kind, arg, path = argv
    if kind == "bare":
        out = run_bare(Path(path), int(arg))
    else:
        out = run_communique(Path(path), arg)
    print("RESULT " + json.dumps(out))


def in_child(*args: str) -> dict[str, Any]:
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(REPO / "src"), os.environ.get("PYTHONPATH", "")])}
    proc = subprocess.run([sys.executable, __file__, "--child", *args], capture_output=True, text=True, env=env)
    for line in proc.stdout.splitlines():
        if line.startswith("RESULT "):
            return json.loads(line[len("RESULT "):])
    raise SystemExit(f"bench child {args} failed:\n{proc.stderr[-3000:]}")


def dev_news_scores(shared: Path, parse: str) -> dict[str, str]:
    """``communique extract`` over dev-news with ``parse`` (``COMMUNIQUE_PARSE``), scored by the
    shared scorer: its F1, date accuracy and right fusion pairs."""
    with tempfile.TemporaryDirectory() as tmp:
        pred = Path(tmp) / "pred.jsonl"
        env = {**os.environ, "PYTHONPATH": str(REPO / "src"), "COMMUNIQUE_PARSE": parse}
        cmd = [sys.executable, "-m", "communique.cli", "extract", "-q", str(shared / "eval/dev-news/docs.jsonl"),
               "-o", str(pred)]
        subprocess.run(cmd, check=True, env=env)
        score = subprocess.run([sys.executable, str(shared / "eval/score.py"), "--gold",
                                str(shared / "eval/dev-news/gold.jsonl"), "--pred", str(pred)],
                               capture_output=True, text=True, check=True)
    found = {}
    for line in score.stdout.splitlines():
        parts = line.split()
        if len(parts) == 2 and parts[0] in ("f1", "date", "dedup_pairs_right"):
            found[parts[0]] = parts[1]
    if "f1" not in found:
        raise SystemExit(f"no f1 in the scorer's output:\n{score.stdout}")
    return found


# -- the per-stage profile -------------------------------------------------------------------------------
@dataclass
class Clock:
    seconds: dict[str, float] = field(default_factory=dict)

    def add(self, stage: str, dt: float) -> None:
        self.seconds[stage] = self.seconds.get(stage, 0.0) + dt

    def wrap(self, stage: str, fn: Callable[..., T]) -> Callable[..., T]:
        def timed(*args: Any, **kw: Any) -> T:
            t0 = time.process_time()
            try:
                return fn(*args, **kw)
            finally:
                self.add(stage, time.process_time() - t0)
        return timed

    def iterate(self, stage: str, items: Iterable[T]) -> Iterator[T]:
        it = iter(items)
        while True:
            t0 = time.process_time()
            try:
                item = next(it)
            except StopIteration:
                self.add(stage, time.process_time() - t0)
                return
            self.add(stage, time.process_time() - t0)
            yield item


class _TimedNLP:
    """Stands in for the spaCy pipeline in ``Pipeline.run_articles``: times each ``nlp.pipe`` step."""

    def __init__(self, nlp: Any, clock: Clock):
        self.nlp, self.clock = nlp, clock

    def pipe(self, *args: Any, **kw: Any) -> Iterator[Any]:
        return self.clock.iterate("parse+", self.nlp.pipe(*args, **kw))


@dataclass
class Kept:
    """What the cascade's selection kept, added up over a run."""
    sentences: int = 0
    kept: int = 0
    chars: int = 0
    kept_chars: int = 0

    def counting(self, select: Callable[..., Any]) -> Callable[..., Any]:
        def counted(text: str, *args: Any, **kw: Any) -> Any:
            selection = select(text, *args, **kw)
            self.sentences += selection.sentences
            self.kept += selection.kept
            self.chars += len(text)
            self.kept_chars += sum(length for _, _, length in selection.segments)
            return selection
        return counted


def profile(corpus_path: Path, parse: str) -> tuple[dict[str, float], float, int, Kept]:
    """CPU seconds per stage of one in-process run of the real pipeline, its parts wrapped with clocks
    (CPU time, not wall time: a busy machine stretches the wall clock of every stage alike)."""
    import communique.pipeline as pl
    from communique.config import load_settings
    from communique.read import read_inputs

    pipe = pl.Pipeline(load_settings().with_overrides(processes=1, parse=parse))
    warm_up(pipe)
    clock = Clock()
    kept = Kept()
    if pipe.finder is not None:
        pipe.finder.select = clock.wrap("select", kept.counting(pipe.finder.select))  # type: ignore[method-assign]
    pipe.cleaner.clean = clock.wrap("clean", pipe.cleaner.clean)  # type: ignore[method-assign]
    pipe.kb.find_mentions = clock.wrap("actors", pipe.kb.find_mentions)
    pipe.extractor.extract = clock.wrap("events", pipe.extractor.extract)  # type: ignore[method-assign]
    pipe.nlp = _TimedNLP(pipe.nlp, clock)  # type: ignore[assignment]
    fuser = pl.Fuser(window_days=pipe.settings.fuse_window_days)
    fuser.add = clock.wrap("fuse", fuser.add)  # type: ignore[method-assign]
    merge_within = pl.merge_within
    pl.merge_within = clock.wrap("fuse", merge_within)
    try:
        t0 = time.process_time()
        n = sum(1 for _ in pipe.run(clock.iterate("read", read_inputs([corpus_path])),
                                    on_error=lambda e: None, fuser=fuser))
        total = time.process_time() - t0
    finally:
        pl.merge_within = merge_within
    s = clock.seconds
    # nlp.pipe gets each batch's texts as a list (Pipeline.analyse_batch): its steps are the parse alone
    stages = {"read": s.get("read", 0.0), "clean (incl. language)": s.get("clean", 0.0),
              "cascade: select sentences": s.get("select", 0.0),
              "parse (spaCy)": s.get("parse+", 0.0),
              "actors": s.get("actors", 0.0), "events (incl. dates)": s.get("events", 0.0),
              "fuse": s.get("fuse", 0.0)}
    stages["other (dedup links, glue)"] = total - sum(stages.values())
    return stages, total, n, kept


# -- the report --------------------------------------------------------------------------------------
def machine() -> str:
    from communique.workers import available_memory, resolve_processes, usable_cpus

    mem = available_memory()
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    return (f"machine: {usable_cpus()} usable cores, {(mem or 0) / 1024 ** 3:.1f} GB available, "
            f"load average {load:.1f}; processes=auto resolves to {resolve_processes('auto')}")


def print_table(rows: list[tuple[str, dict[str, Any], str | None]], words: int, f1_shared: Path | None) -> None:
    bare = {r["workers"]: r for name, r, _ in rows if name.startswith("bare")}
    print(f"\n{'configuration':22s} {'procs':>5s} {'seconds':>8s} {'articles/s':>10s} {'words/s':>8s} "
          f"{'vs bare':>8s} {'CPU s/art':>9s} {'CPU vs bare':>11s} {'peak MB':>8s} {'F1':>7s} {'date':>6s} "
          f"{'fusion':>7s}")
    for name, r, setting in rows:
        ref = bare.get(r["workers"]) or bare[max(bare)]
        mine = not name.startswith("bare")
        ratio = f"{r['seconds'] / ref['seconds']:.2f}x" if mine else ""
        cpu_ratio = f"{r['cpu'] / r['articles'] / (ref['cpu'] / ref['articles']):.2f}x" if mine else ""
        scores = dev_news_scores(f1_shared, setting) if setting is not None and f1_shared is not None else {}
        print(f"{name:22s} {r['workers']:5d} {r['seconds']:8.2f} {r['articles'] / r['seconds']:10.2f} "
              f"{words / r['seconds']:8.0f} {ratio:>8s} {r['cpu'] / r['articles']:9.3f} {cpu_ratio:>11s} "
              f"{r['peak_mb']:8.0f} {scores.get('f1', ''):>7s} {scores.get('date', ''):>6s} "
              f"{scores.get('dedup_pairs_right', ''):>7s}")
    print("vs bare: wall seconds over those of the bare parse with as many processes (1.00x = no overhead); "
          "CPU vs bare: the same for CPU seconds (user + system) an article. The machine may be shared: "
          "its wall clock moves with other users' load, so read the CPU columns first. "
          "F1, date, fusion (right fusion pairs): dev-news, with --f1")
    for name, r, _ in rows:
        if "warm_up_cpu" in r:
            print(f"{name}: one-time loads on the first article (before the clock): {r['warm_up_cpu']:.1f} CPU s")
    for name, r, _ in rows:
        if "load_cpu" in r:
            print(f"{name} ({r['workers']} processes): loading before the clock: {r['load_cpu']:.1f} CPU s "
                  "(once, in the parent; the workers are forked with it loaded)")
    by_setting = {setting: r for _, r, setting in rows if setting is not None}
    if "full" in by_setting and "cascade" in by_setting:
        full, cascade = by_setting["full"], by_setting["cascade"]
        print(f"cascade speed-up over the full parse: {full['cpu'] / full['articles'] / (cascade['cpu'] / cascade['articles']):.2f}x "
              f"CPU, {full['seconds'] / cascade['seconds']:.2f}x wall "
              "(adopted as the default only at >= 1.5x with dev-news F1, date and fusion within 0.01)")


def measured(configs: list[tuple[str, tuple[str, ...], str | None]], rounds: int) -> list[tuple[str, dict[str, Any], str | None]]:
    """Each configuration run ``rounds`` times, in turn, each run in a fresh process; its median run
    (by CPU seconds an article). A load that comes and goes then reaches every configuration alike,
    and each round's ratios to the bare parse on all cores are printed."""
    runs: list[list[dict[str, Any]]] = [[] for _ in configs]
    all_cores = max(i for i, (name, _, _) in enumerate(configs) if name.startswith("bare"))  # listed last of the bare
    for k in range(rounds):
        for i, (_, child_args, _) in enumerate(configs):
            runs[i].append(in_child(*child_args))
        if rounds > 1:
            bare = runs[all_cores][k]
            print(f"round {k + 1}: " + ", ".join(
                f"{name} {r[k]['seconds'] / bare['seconds']:.2f}x wall, "
                f"{r[k]['cpu'] / r[k]['articles'] / (bare['cpu'] / bare['articles']):.2f}x CPU"
                for (name, _, _), r in zip(configs, runs) if not name.startswith("bare")))
            sys.stdout.flush()
    return [(name, sorted(r, key=lambda x: x["cpu"] / x["articles"])[len(r) // 2], setting)
            for (name, _, setting), r in zip(configs, runs)]


def print_profile(corpus_path: Path, parse: str) -> None:
    stages, total, n, kept = profile(corpus_path, parse)
    print(f"\nwhere communique's time goes (parse = {parse!r}, one process, {n} articles, {total:.1f} CPU s):")
    print(f"{'stage':28s} {'CPU s':>8s} {'share':>6s} {'ms/article':>10s}")
    for stage, sec in stages.items():
        if sec or not stage.startswith("cascade"):
            print(f"{stage:28s} {sec:8.2f} {sec / total:6.1%} {1000 * sec / max(1, n):10.1f}")
    if kept.sentences:
        print(f"the cascade kept {kept.kept} of {kept.sentences} sentences ({kept.kept / kept.sentences:.0%}) and "
              f"{kept.kept_chars / max(1, kept.chars):.0%} of the characters for the parser "
              "(the parse's cost follows the characters: the kept sentences are the longer ones)")


def _parser() -> argparse.ArgumentParser:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--shared", default=str(REPO.parent / "shared"))
    ap.add_argument("--n", type=int, default=200, help="inputs in the corpus (default 200; 60 runs in ~2 min "
                                                          "on a quiet 2-core machine)")
    ap.add_argument("--f1", action="store_true", help="also extract and score dev-news for each communique "
                                                       "configuration (~1 min each)")
    ap.add_argument("--no-profile", action="store_true", help="skip the per-stage profile")
    ap.add_argument("--rounds", type=int, default=1, help="run every configuration this many times, in turn "
                                                           "(bare, full, cascade, bare, ...); the table shows each "
                                                           "one's median run and each round's ratios are printed")
    return ap


def parsed_texts(corpus_path: Path, settings) -> list[str]:
    """The articles communique parses: cleaned, and in English where require_english (Pipeline.check_language)."""
    from communique.pipeline import Cleaner
    from communique.read import read_inputs

    return [a.text for a in Cleaner(settings).articles(read_inputs([corpus_path]), on_error=lambda e: None)
            if not settings.require_english or a.language in ("en", "unknown", None)]


def configurations(texts_path: Path, corpus_path: Path,
                   default_parse: str) -> list[tuple[str, tuple[str, ...], str | None]]:
    """(name, child arguments, parse) of each run: bare nlp.pipe on one and on every core, then communique."""
    from communique.workers import usable_cpus

    configs: list[tuple[str, tuple[str, ...], str | None]] = [("bare nlp.pipe", ("bare", "1", str(texts_path)), None)]
    cores = usable_cpus()
    if cores > 1:
        configs.append(("bare nlp.pipe", ("bare", str(cores), str(texts_path)), None))
    for parse in ("full", "cascade"):
        name = f"communique {parse}" + (" (default)" if parse == default_parse else "")
        configs.append((name, ("communique", parse, str(corpus_path)), parse))
    return configs


def main() -> None:
    if len(sys.argv) > 1 and sys.argv[1] == "--child":
        sys.path.insert(0, str(REPO / "src"))
        child(sys.argv[2:])
        return
    args = _parser().parse_args()
    sys.path.insert(0, str(REPO / "src"))
    from communique.config import load_settings

    shared = Path(args.shared)
    records = corpus(shared, args.n)
    with tempfile.TemporaryDirectory() as tmp:
        corpus_path, texts_path = Path(tmp) / "corpus.jsonl", Path(tmp) / "texts.json"
        corpus_path.write_text("".join(json.dumps(r) + "\n" for r in records))
        settings = load_settings()
        texts = parsed_texts(corpus_path, settings)
        texts_path.write_text(json.dumps(texts))
        words = sum(len(t.split()) for t in texts)
        print(f"corpus: {len(records)} inputs -> {len(texts)} cleaned texts, {words} words, "
              f"{words / max(1, len(texts)):.0f} words/article")
        print(machine())
        sys.stdout.flush()
        rows = measured(configurations(texts_path, corpus_path, settings.parse), args.rounds)
        print_table(rows, words, shared if args.f1 else None)
        if not args.no_profile:
            for parse in ("full", "cascade"):
                print_profile(corpus_path, parse)
    sys.stdout.flush()


if __name__ == "__main__":
    main()
