"""The distributed engine's listing of local input folders (needs pyarrow, not Ray): Arrow's
recursive listing followed every link, so a link back up was read again and again (dozens of
copies of each file, until the path grew too long), links into /dev were walked, and
--follow-symlinks was not passed to it at all. It is now the local engine's own walk."""

from __future__ import annotations

from pathlib import Path

import pytest

pytest.importorskip("pyarrow", reason="pyarrow is not installed")

from communique.scale._inputs import expand_inputs  # noqa: E402

from hostile import linked_folders  # noqa: E402


@pytest.fixture()
def linked(tmp_path: Path) -> Path:
    return linked_folders(tmp_path)


def test_local_folders_are_listed_as_the_local_engine_walks_them(linked: Path):
    files, errors = expand_inputs([str(linked)])
    assert sorted(Path(f).name for f in files) == ["one.txt", "two.txt"]
    assert sorted(Path(str(e.input)).name for e in errors) == ["devices", "other", "up"]
    assert all("--follow-symlinks" in (e.hint or "") for e in errors)


def test_with_follow_symlinks_each_folder_is_listed_once_and_dev_never(linked: Path):
    files, errors = expand_inputs([str(linked)], follow_symlinks=True)
    assert sorted(Path(f).name for f in files) == ["one.txt", "three.txt", "two.txt"]
    assert [Path(str(e.input)).name for e in errors] == ["devices"] and "/dev" in errors[0].message


def test_a_file_link_in_a_folder_is_one_error_without_the_flag(tmp_path: Path):
    (tmp_path / "in").mkdir()
    (tmp_path / "real.txt").write_text("France and Germany held talks on Tuesday.")
    (tmp_path / "in" / "link.txt").symlink_to(tmp_path / "real.txt")
    files, errors = expand_inputs([str(tmp_path / "in")])
    assert files == [] and len(errors) == 1 and "a symbolic link, not followed" in errors[0].message
    files, errors = expand_inputs([str(tmp_path / "in")], follow_symlinks=True)
    assert [Path(f).name for f in files] == ["link.txt"] and not errors
