"""The distributed engine on a local Ray (2 CPUs): the local engine's output, bad records
reported one by one, Parquet in and out, and an idempotent ingest.

Each run starts an actor pool that loads the model once per actor, so the runs here are few
and small: the five seeds, a handful of bad inputs and the 24 dev-news articles (stories
told by several outlets: cross-article clusters) in one run."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

ray = pytest.importorskip("ray", reason="Ray is not installed: pip install 'communique[ray]' to test --engine ray")
pytest.importorskip("ray.data", reason="Ray Data is not installed: pip install 'communique[ray]'")

from communique.config import load_settings  # noqa: E402
from communique.errors import CommuniqueError  # noqa: E402
from communique.read import load_manifest, read_inputs  # noqa: E402
from communique.scale import RayOptions, ingest_ray, run_ray  # noqa: E402
from communique.store import Store  # noqa: E402
from communique.types import ArticleResult  # noqa: E402

# Ray Data's own context warns about its renamed settings; not ours to fix
pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning:ray.data.context")


@pytest.fixture(scope="module")
def local_ray():
    ray.init(num_cpus=2, object_store_memory=256 << 20, include_dashboard=False, log_to_driver=False)
    yield
    ray.shutdown()


@pytest.fixture(scope="module")
def inputs(shared: Path, tmp_path_factory: pytest.TempPathFactory) -> list[str]:
    bad = tmp_path_factory.mktemp("bad")
    (bad / "empty.txt").write_text("")
    (bad / "binary.txt").write_bytes(bytes(range(256)) * 8)
    good = (shared / "seeds/000_f58d0c651a51496f.txt").read_text()
    (bad / "feed.jsonl").write_text(
        "{not json\n" + json.dumps({"id": "copy_000", "text": good, "published": "2021-04-16"}) + "\n"
        + json.dumps({"id": "no_text"}) + "\n")
    return [str(shared / "seeds"), str(bad), str(shared / "eval/dev-news/docs.jsonl")]


def _errors() -> tuple[list[str], Callable[[CommuniqueError], None]]:
    seen: list[str] = []
    return seen, lambda err: seen.append(f"[{err.code}] {err}")


def _canonical(results: list[ArticleResult]) -> tuple[list[str], list[list[tuple[str, int, str]]]]:
    """The events with their ids (exchange records, sorted), and the clusters as sets of
    (article, evidence start, type)."""
    records = sorted(json.dumps(r, sort_keys=True) for res in results for r in res.to_exchange())
    clusters: dict[str, list[tuple[str, int, str]]] = {}
    for res in results:
        for ev in res.events:
            assert ev.event_id, "every event has an id"
            clusters.setdefault(ev.event_id, []).append((ev.doc_id, ev.evidence.start, ev.type))
    return records, sorted(sorted(c) for c in clusters.values())


def _local(pipeline, raws, on_error) -> list:
    """The local engine's results with final event ids (as ``communique extract`` writes them)."""
    from communique.fuse import Fuser

    fuser = Fuser(window_days=pipeline.settings.fuse_window_days)
    return list(fuser.resolve(list(pipeline.run(raws, on_error=on_error, fuser=fuser))))


def test_ray_output_equals_the_local_engine(local_ray, pipeline, shared: Path, inputs: list[str],
                                            tmp_path: Path) -> None:
    manifest = load_manifest(shared / "eval/dev/docs.json")
    local_errors, on_local = _errors()
    local = _local(pipeline, read_inputs(inputs, manifest=manifest), on_local)
    ray_errors, on_ray = _errors()
    out = tmp_path / "parquet"
    distributed = list(run_ray(inputs, load_settings(), RayOptions(workers=2, out_dir=str(out), batch_size=2),
                               on_error=on_ray, manifest=manifest))

    assert [r.article.id for r in distributed] == [r.article.id for r in local]
    records, clusters = _canonical(distributed)
    assert (records, clusters) == _canonical(local)  # the same events, clusters and event ids
    assert any(len({doc for doc, _, _ in c}) > 1 for c in clusters), "some events fused across articles"
    copy = next(r for r in distributed if r.article.id == "copy_000")
    assert copy.article.duplicate_of == "000_f58d0c651a51496f"
    # every bad record reported once, as the local engine reports it; the job went on
    assert sorted(ray_errors) == sorted(local_errors) and len(ray_errors) == 4
    for table, key in (("articles", "id"), ("events", "doc_id"), ("mentions", "doc_id")):
        written = pq.read_table(out / table)
        assert set(written.column(key).to_pylist()) <= {r.article.id for r in local}
    assert pq.read_table(out / "events").num_rows == sum(len(r.events) for r in local)


def test_ray_ingest_is_idempotent_and_reads_parquet(local_ray, shared: Path, tmp_path: Path) -> None:
    manifest = load_manifest(shared / "eval/dev/docs.json")
    seeds = sorted((shared / "seeds").glob("*.txt"))
    rows = [{"id": p.stem, "text": p.read_text()} for p in seeds]
    pq.write_table(pa.Table.from_pylist(rows), tmp_path / "seeds.parquet")
    settings = load_settings().with_overrides(db=str(tmp_path / "ray.duckdb"))
    options = RayOptions(workers=1)
    errors, on_error = _errors()
    with Store(settings.db) as store:
        first = ingest_ray(store, [str(shared / "seeds")], settings, options, on_error=on_error, manifest=manifest)
        after_first = store.stats()
        again = ingest_ray(store, [str(tmp_path / "seeds.parquet")], settings, options, on_error=on_error,
                           manifest=manifest)
        assert store.stats() == after_first
        stored = store.get_result(seeds[0].stem)
    assert errors == []
    assert (first.written, first.unchanged) == (5, 0)
    assert (again.written, again.unchanged) == (0, 5), "the same texts from Parquet are already stored"
    assert after_first["articles"] == 5 and after_first["events"] > 0
    assert stored is not None and all(ev.event_id for ev in stored.events)


STORIES = ["53Fq9slvyVXxLUoC", "uYytKIiLtZBcPgap", "e2mqb0kW5szkkIrW",
           "HS8ZH7meVv922vtd", "VpWvzKpuBbJmZ4Ny", "e3ZU5kdmKQJjZY00"]


def test_ray_ingest_gives_the_local_ingest_store(local_ray, pipeline, shared: Path, tmp_path: Path) -> None:
    """Issue 12: the same inputs ingested on Ray and locally give identical canonical dumps
    (articles, mentions, events with their ids, fusion links and scores), into an empty store
    and into one that already holds part of the inputs."""
    from communique.ingest import ingest

    news = [x for x in (shared / "eval/dev-news/docs.jsonl").read_text().splitlines()
            if x.strip() and json.loads(x)["id"] in STORIES]
    first, second = tmp_path / "first.jsonl", tmp_path / "second.jsonl"
    first.write_text("\n".join(news[:3]) + "\n")
    second.write_text("\n".join(news[3:]) + "\n")
    manifest = load_manifest(shared / "eval/dev/docs.json")
    runs = [[str(first)], [str(shared / "seeds"), str(second)]]
    errors, on_error = _errors()
    dumps = []
    for engine in ("local", "ray"):
        settings = load_settings().with_overrides(db=str(tmp_path / f"{engine}.duckdb"))
        with Store(settings.db) as store:
            for inputs in runs:
                if engine == "local":
                    ingest(store, pipeline, read_inputs(inputs, manifest=manifest), on_error=on_error, batch_size=4)
                else:
                    ingest_ray(store, inputs, settings, RayOptions(workers=2, batch_size=2), on_error=on_error,
                               manifest=manifest, batch_size=4)
            dumps.append(list(store.canonical_lines()))
    assert errors == []
    assert dumps[0] == dumps[1]
    events = [json.loads(x) for x in dumps[0] if '"table": "events"' in x]
    assert len({e["event_id"] for e in events}) < len(events), "some events fused across articles"
    assert any(e["fuse_parent_doc"] for e in events), "the fusion links are stored"


def test_without_inputs_nothing_starts(tmp_path: Path) -> None:
    errors, on_error = _errors()
    out = list(run_ray([str(tmp_path / "missing"), "-"], load_settings(), RayOptions(), on_error=on_error))
    assert out == [] and len(errors) == 2
    assert "no such file or directory" in errors[0] and "stdin" in errors[1]


def test_a_used_output_directory_is_refused(local_ray, shared: Path, tmp_path: Path) -> None:
    (tmp_path / "old.parquet").write_bytes(b"x")
    with pytest.raises(CommuniqueError, match="not empty"):
        list(run_ray([str(shared / "seeds")], load_settings(), RayOptions(out_dir=str(tmp_path)),
                     on_error=lambda e: None))


def test_cli_refuses_what_the_ray_engine_cannot_do(shared: Path, tmp_path: Path) -> None:
    from click.testing import CliRunner

    from communique.cli import main

    runner = CliRunner()
    res = runner.invoke(main, ["ingest", str(shared / "seeds"), "--db", str(tmp_path / "x.duckdb"),
                               "--engine", "ray", "--reprocess"])
    assert res.exit_code == 2 and "--reprocess runs on the local engine only" in res.output
    res = runner.invoke(main, ["extract", str(tmp_path / "missing.jsonl"), "--engine", "ray", "-q"])
    assert res.exit_code == 1 and "no such file or directory" in res.output
