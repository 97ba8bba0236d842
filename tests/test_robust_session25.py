"""The twenty-fifth red-team pass: bad inputs and user-facing commands (see each section)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from communique.cli import main

_SAID = " officials of both governments said after the talks, which had been planned for months."


# -- the Ray engine notes a manifest that names none of the documents, once, for the whole run -----------

def _two_files(tmp_path: Path) -> Path:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text(f"Chile and Peru held talks in Lima on Tuesday,{_SAID}")
    (folder / "b.txt").write_text(f"Kenya and Uganda met in Kampala on Friday,{_SAID}")
    return folder


def test_the_ray_engine_notes_an_unmatched_manifest_once_for_the_run(tmp_path: Path):
    """Each file was read alone, so each file the manifest did not name got its own note ('names none of
    the 1 document(s) read'), even when the manifest named the run's other file."""
    pytest.importorskip("ray.data", reason="Ray is not installed: pip install 'communique[ray]'")
    folder = _two_files(tmp_path)
    manifest = tmp_path / "manifest.json"
    notes = {}
    for named in ("a", "papers/a.html"):
        manifest.write_text(json.dumps([{"doc_id": named, "published": "2021-04-16"}]))
        res = CliRunner().invoke(main, ["extract", str(folder), "-o", str(tmp_path / "out.jsonl"), "--engine", "ray",
                                        "--workers", "1", "--manifest", str(manifest)])
        assert res.exit_code == 0, res.stderr
        notes[named] = [line for line in res.stderr.splitlines() if "manifest" in line]
    assert notes["a"] == [], notes
    assert len(notes["papers/a.html"]) == 1 and "names none of the 2 document(s) read" in notes["papers/a.html"][0] \
        and "the documents': 'a', 'b'" in notes["papers/a.html"][0], notes
