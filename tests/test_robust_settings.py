"""Bad settings (a settings file or COMMUNIQUE_* variables) are one ConfigError naming the value
and its allowed range, before any input is read: never a traceback mid-run, never a run that
silently reads nothing (batch_size = 0) or cuts every article to a few characters."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from communique.config import EVENT_TYPINGS, load_settings
from communique.errors import ConfigError


@pytest.mark.parametrize("name, value", [
    ("BATCH_SIZE", "0"), ("BATCH_SIZE", "-1"), ("BATCH_SIZE", "2.5"),
    ("MAX_ARTICLE_CHARS", "-1"), ("MAX_INPUT_BYTES", "0"),
    ("ARTICLE_SECONDS", "nan"), ("ARTICLE_SECONDS", "inf"), ("ARTICLE_SECONDS", "1e20"), ("ARTICLE_SECONDS", "-2"),
    ("FUSE_WINDOW_DAYS", "-5"), ("FUSE_WINDOW_DAYS", "10000000000"), ("PROGRESS_INTERVAL", "-1"),
    ("EVENT_TYPING", "bogus"), ("PROCESSES", "-3"), ("DB", ""), ("SPACY_MODEL", " "),
])
def test_a_bad_variable_is_refused_with_its_name(name: str, value: str):
    with pytest.raises(ConfigError) as info:
        load_settings(env={f"COMMUNIQUE_{name}": value})
    assert str(info.value).startswith(f"COMMUNIQUE_{name}: setting '{name.lower()}'") and info.value.hint


@pytest.mark.parametrize("name, value, wanted", [
    ("ARTICLE_SECONDS", "0", 0.0), ("FUSE_WINDOW_DAYS", "0", 0), ("BATCH_SIZE", "1", 1),
    ("EVENT_TYPING", "rules", "rules"), ("ARTICLE_SECONDS", "0.5", 0.5), ("MAX_INPUT_BYTES", "1000", 1000),
])
def test_the_edges_of_each_range_are_accepted(name: str, value: str, wanted: object):
    assert getattr(load_settings(env={f"COMMUNIQUE_{name}": value}), name.lower()) == wanted


@pytest.mark.parametrize("text", ["batch_size = true\n", "db = 5\n", "batch_size = 2.5\n", "db = [\"a\"]\n",
                                  "max_article_chars = -100\n"])
def test_a_wrongly_typed_toml_value_is_refused(tmp_path: Path, text: str):
    path = tmp_path / "settings.toml"
    path.write_text(text)
    with pytest.raises(ConfigError) as info:
        load_settings(path)
    assert str(path) in str(info.value)


@pytest.mark.parametrize("data", [b"\xff\xfe\x00b\x00a\x00d", b"batch_size = \"\xff\"\n", b"[[[\n"])
def test_a_settings_file_that_is_no_toml_is_one_message(tmp_path: Path, data: bytes):
    path = tmp_path / "settings.toml"
    path.write_bytes(data)
    with pytest.raises(ConfigError, match="not valid TOML"):
        load_settings(env={"COMMUNIQUE_CONFIG": str(path)})


def test_the_typings_the_settings_allow_are_the_typers_there_are():
    from communique.events.typers import TYPINGS

    assert tuple(EVENT_TYPINGS) == tuple(TYPINGS)


def test_the_command_says_which_setting_is_wrong_before_reading(tmp_path: Path):
    doc = tmp_path / "a.txt"
    doc.write_text("Russia attacked Ukraine on Monday, officials said.\n")
    env = {"COMMUNIQUE_EVENT_TYPING": "bogus", "PATH": "/usr/bin:/bin", "HOME": str(tmp_path),
           "PYTHONPATH": str(Path(__file__).resolve().parents[1] / "src")}
    run = subprocess.run([sys.executable, "-c", "from communique.cli import main; main()", "extract", str(doc)],
                         env=env, capture_output=True, text=True, timeout=120)
    assert run.returncode != 0 and "Traceback" not in run.stderr
    assert "event_typing" in run.stderr and "rules, model, combined" in run.stderr


@pytest.mark.parametrize("batch", ["0", "-1"])
def test_ingest_refuses_a_batch_of_no_article(tmp_path: Path, batch: str):
    from click.testing import CliRunner

    from communique.cli import main

    doc = tmp_path / "a.txt"
    doc.write_text("Russia attacked Ukraine on Monday, officials said.\n")
    res = CliRunner().invoke(main, ["ingest", "--db", str(tmp_path / "x.duckdb"), "--batch", batch, str(doc)])
    assert res.exit_code == 2 and "--batch" in res.output and not (tmp_path / "x.duckdb").exists()


def test_a_manifest_nested_past_the_parser_is_one_message(tmp_path: Path):
    from communique.errors import InputError
    from communique.read import load_manifest

    path = tmp_path / "manifest.json"
    path.write_text("[" * 100_000 + "]" * 100_000)
    with pytest.raises(InputError, match="nested too deeply") as info:
        load_manifest(path)
    assert str(path) in str(info.value)


def test_a_home_folder_in_the_db_setting_or_the_settings_path_is_expanded(tmp_path: Path, monkeypatch):
    """No shell reads a settings file or a quoted variable: COMMUNIQUE_DB="~/events.duckdb" made a
    folder named '~' in the current one, and a new empty store in it."""
    monkeypatch.setenv("HOME", str(tmp_path))
    assert load_settings(env={"COMMUNIQUE_DB": "~/events.duckdb"}).db == str(tmp_path / "events.duckdb")
    (tmp_path / "conf.toml").write_text('db = "~/data/x.duckdb"\n', encoding="utf-8")
    settings = load_settings(env={"COMMUNIQUE_CONFIG": "~/conf.toml"})
    assert settings.db == str(tmp_path / "data" / "x.duckdb")
