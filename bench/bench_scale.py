"""Throughput of the local engine against Ray with 1 and 2 workers, on the same articles.

    .venv/bin/python bench/bench_scale.py [--shared ../shared] [--count 400] [--files 8]

The corpus: the first ``--count`` articles of ``shared/data/news-pool/articles.jsonl.gz``,
split into ``--files`` JSONL files (Ray reads one file per task). Every engine runs the
whole pipeline (read, clean, parse, actors, events, dates, fusion) over the same files:

* local:  ``Pipeline.run`` with ``processes = 1`` (in this process, one core) and with the
          default ``processes = "auto"`` (worker processes, one a core), after the model is loaded;
* ray N:  ``run_ray`` on a local Ray of 2 CPUs with N actors, wall time from the call to the
          last result, so it includes starting the actors (each loads the model) and the
          keyed fusion; Ray's own start (``ray.init``) is printed apart.

Prints articles/s, CPU seconds an article (user + system time of this process and every
process under it: the local engine's workers, Ray's raylet and its worker processes, read
from ``/proc``; on a shared machine the wall clock moves with the other users' load, the
CPU time much less), the fixed cost of a Ray run (its wall time less the articles at the local
rate), and the scaling efficiency: rate with 2 workers / (2 x rate with 1 worker).
The figures are only as quiet as the machine: on a shared machine they are noisy.
"""

from __future__ import annotations

import argparse
import gzip
import itertools
import os
import resource
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]


def write_corpus(pool: Path, count: int, files: int, into: Path) -> list[str]:
    with gzip.open(pool, "rt", encoding="utf-8") as fh:
        lines = list(itertools.islice(fh, count))
    paths = []
    for i in range(files):
        part = lines[i::files]
        if part:
            path = into / f"pool-{i:02d}.jsonl"
            path.write_text("".join(part), encoding="utf-8")
            paths.append(str(path))
    return paths


def _proc_cpu(pid: int) -> tuple[int, float]:
    """(parent pid, CPU seconds of the process and of its reaped children) from /proc."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except (OSError, IndexError):
        return -1, 0.0
    return int(fields[1]), sum(int(f) for f in fields[11:15]) / os.sysconf("SC_CLK_TCK")


def tree_cpu() -> float:
    """CPU seconds (user + system) of this process, its reaped children and every live process under it."""
    me, kids = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    total = me.ru_utime + me.ru_stime + kids.ru_utime + kids.ru_stime
    procs = {int(e): _proc_cpu(int(e)) for e in os.listdir("/proc") if e.isdigit()}
    frontier = [os.getpid()]
    while frontier:
        parent = frontier.pop()
        for pid, (ppid, cpu) in procs.items():
            if ppid == parent:
                total += cpu
                frontier.append(pid)
    return total


def run_local(paths: list[str], processes: int | str) -> tuple[int, float, float, float]:
    """Articles, wall seconds, CPU seconds and model-load seconds of the local engine."""
    from communique.config import load_settings
    from communique.pipeline import Pipeline
    from communique.read import read_inputs

    t0 = time.perf_counter()
    pipe = Pipeline(load_settings().with_overrides(processes=processes))
    load = time.perf_counter() - t0
    t0, c0 = time.perf_counter(), tree_cpu()
    n = sum(1 for _ in pipe.run(read_inputs(paths), on_error=lambda e: None))
    return n, time.perf_counter() - t0, tree_cpu() - c0, load


def run_on_ray(paths: list[str], workers: int) -> tuple[int, float, float, dict[str, float]]:
    """Results, wall seconds, CPU seconds (this process and every process under it) and step times."""
    from communique.config import load_settings
    from communique.scale import RayOptions, RayRun, run_ray

    run = RayRun()
    t0, c0 = time.perf_counter(), tree_cpu()
    n = sum(1 for _ in run_ray(paths, load_settings(), RayOptions(workers=workers), on_error=lambda e: None,
                               run=run))
    return n, time.perf_counter() - t0, tree_cpu() - c0, run.seconds


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--shared", default=str(REPO.parent / "shared"))
    ap.add_argument("--count", type=int, default=400, help="articles from the news pool")
    ap.add_argument("--files", type=int, default=8, help="JSONL files the articles are split into")
    args = ap.parse_args()

    import ray

    with tempfile.TemporaryDirectory(prefix="bench-scale-") as tmp:
        paths = write_corpus(Path(args.shared) / "data/news-pool/articles.jsonl.gz", args.count, args.files,
                             Path(tmp))
        n, secs, cpu, load = run_local(paths, 1)
        local_rate = n / secs
        print(f"{args.count} pool articles in {len(paths)} files; {n} processed (the rest skipped as "
              f"non-English or empty); load average {os.getloadavg()[0]:.1f}")
        print(f"local, 1 process:   {local_rate:6.2f} articles/s  {cpu / n:.3f} CPU s/article  ({secs:.1f} s; "
              f"model load {load:.1f} s apart)")
        n_auto, secs, cpu, _ = run_local(paths, "auto")
        print(f"local, auto:        {n_auto / secs:6.2f} articles/s  {cpu / n_auto:.3f} CPU s/article  ({secs:.1f} s)")
        t0 = time.perf_counter()
        ray.init(num_cpus=2, object_store_memory=512 << 20, include_dashboard=False, log_to_driver=False)
        print(f"ray.init (local, 2 CPUs): {time.perf_counter() - t0:.1f} s")
        rates = {}
        try:
            for workers in (1, 2):
                n_ray, secs, cpu, steps = run_on_ray(paths, workers)
                rates[workers] = n_ray / secs
                fixed = secs - n_ray / (local_rate * workers)
                print(f"ray, {workers} worker(s): {rates[workers]:6.2f} articles/s  {cpu / n_ray:.3f} CPU s/article  "
                      f"({secs:.1f} s; {n_ray} results; fixed cost over the local rate x workers ~{fixed:.1f} s)")
                print("    steps: " + ", ".join(f"{k} {v:.1f} s" for k, v in steps.items())
                      + f"; analyse alone {n_ray / steps['analyse']:.2f} articles/s")
        finally:
            ray.shutdown()
        print(f"load average at the end {os.getloadavg()[0]:.1f}")
        print(f"scaling efficiency 1 -> 2 workers: {rates[2] / (2 * rates[1]):.2f}")
        print(f"ray 1 worker / local: {rates[1] / local_rate:.2f}")


if __name__ == "__main__":
    main()
