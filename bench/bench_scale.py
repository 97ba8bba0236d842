"""Throughput of the local engine against Ray with 1 and 2 workers, on the same articles.

    .venv/bin/python bench/bench_scale.py [--shared ../shared] [--count 400] [--files 8]

The corpus: the first ``--count`` articles of ``shared/data/news-pool/articles.jsonl.gz``,
split into ``--files`` JSONL files (Ray reads one file per task). Every engine runs the
whole pipeline (read, clean, parse, actors, events, dates, fusion) over the same files:

* local:  ``Pipeline.run`` in this process (one core), after the model is loaded;
* ray N:  ``run_ray`` on a local Ray of 2 CPUs with N actors, wall time from the call to the
          last result, so it includes starting the actors (each loads the model) and the
          keyed fusion; Ray's own start (``ray.init``) is printed apart.

Prints articles/s, the fixed cost of a Ray run (its wall time less the articles at the local
rate), and the scaling efficiency: rate with 2 workers / (2 x rate with 1 worker).
The figures are only as quiet as the machine: on a shared machine they are noisy.
"""

from __future__ import annotations

import argparse
import gzip
import itertools
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


def run_local(paths: list[str]) -> tuple[int, float, float]:
    from communique.pipeline import Pipeline
    from communique.read import read_inputs

    t0 = time.perf_counter()
    pipe = Pipeline()
    load = time.perf_counter() - t0
    t0 = time.perf_counter()
    n = sum(1 for _ in pipe.run(read_inputs(paths), on_error=lambda e: None))
    return n, time.perf_counter() - t0, load


def run_on_ray(paths: list[str], workers: int) -> tuple[int, float, dict[str, float]]:
    from communique.config import load_settings
    from communique.scale import RayOptions, RayRun, run_ray

    run = RayRun()
    t0 = time.perf_counter()
    n = sum(1 for _ in run_ray(paths, load_settings(), RayOptions(workers=workers), on_error=lambda e: None,
                               run=run))
    return n, time.perf_counter() - t0, run.seconds


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
        n, secs, load = run_local(paths)
        local_rate = n / secs
        print(f"{args.count} pool articles in {len(paths)} files; {n} processed (the rest skipped as "
              f"non-English or empty)")
        print(f"local, 1 process: {local_rate:6.2f} articles/s  ({secs:.1f} s; model load {load:.1f} s apart)")
        t0 = time.perf_counter()
        ray.init(num_cpus=2, object_store_memory=512 << 20, include_dashboard=False, log_to_driver=False)
        print(f"ray.init (local, 2 CPUs): {time.perf_counter() - t0:.1f} s")
        rates = {}
        try:
            for workers in (1, 2):
                n_ray, secs, steps = run_on_ray(paths, workers)
                rates[workers] = n_ray / secs
                fixed = secs - n_ray / (local_rate * workers)
                print(f"ray, {workers} worker(s): {rates[workers]:6.2f} articles/s  ({secs:.1f} s; "
                      f"{n_ray} results; fixed cost over the local rate x workers ~{fixed:.1f} s)")
                print("    steps: " + ", ".join(f"{k} {v:.1f} s" for k, v in steps.items())
                      + f"; analyse alone {n_ray / steps['analyse']:.2f} articles/s")
        finally:
            ray.shutdown()
        print(f"scaling efficiency 1 -> 2 workers: {rates[2] / (2 * rates[1]):.2f}")
        print(f"ray 1 worker / local: {rates[1] / local_rate:.2f}")


if __name__ == "__main__":
    main()
