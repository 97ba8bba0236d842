"""The twenty-seventh red-team pass: bad inputs and user-facing commands (see each section)."""

from __future__ import annotations

from pathlib import Path

import pytest

# -- the Python API: a path argument given None or a number ------------------------------------------------


@pytest.mark.parametrize("value", [None, 3, b"events.duckdb"])
def test_store_given_no_path_names_the_argument(value: object):
    """Store(None) was 'expected str, bytes or os.PathLike object, not NoneType', from pathlib."""
    from communique import Store

    with pytest.raises(TypeError, match=r"^Store: path must be a file path \(a str or a pathlib\.Path\), not "):
        Store(value)  # type: ignore[arg-type]


@pytest.mark.parametrize("value", [None, 3])
def test_load_manifest_given_no_path_names_the_argument(value: object):
    """load_manifest(None) was the same TypeError from pathlib, naming neither the function nor the argument."""
    from communique import load_manifest

    with pytest.raises(TypeError, match=r"^load_manifest: path must be a file path"):
        load_manifest(value)  # type: ignore[arg-type]


def test_store_and_manifest_still_take_a_str_or_a_path(tmp_path: Path):
    from communique import Store, load_manifest

    man = tmp_path / "m.json"
    man.write_text('{"d1": {"published": "2021-04-16"}}', encoding="utf-8")
    assert load_manifest(str(man)) == load_manifest(man)
    with Store(tmp_path / "x.duckdb") as store:
        assert store.created
