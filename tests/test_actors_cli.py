"""The `actors` command group, through click's runner and as a subprocess."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from click.testing import CliRunner

from communique.actors.cli import actors


def run(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(actors, list(args))
    return result.exit_code, result.output


def test_every_command_has_help() -> None:
    for cmd in ([], ["resolve"], ["show"], ["build"]):
        code, out = run(*cmd, "--help")
        assert code == 0 and "Usage" in out
    for name, cmd in actors.commands.items():
        assert cmd.help, name


def test_resolve_json() -> None:
    code, out = run("resolve", "Prime Minister Suga", "--date", "2021-04-16", "--json")
    assert code == 0
    data = json.loads(out)
    assert data["code"] == "JPN" and data["name"] == "Yoshihide Suga" and data["kind"] == "person"
    assert data["role"] == "head of government" and data["valid_from"] == "2020-09-16"
    assert data["valid_to"] == "2021-10-04"


def test_resolve_text_and_nothing() -> None:
    code, out = run("resolve", "Japan's foreign minister", "--date", "2022-06-01")
    assert code == 0 and "Yoshimasa Hayashi" in out
    code, out = run("resolve", "Fred Bloggs", "--json")
    assert code == 0 and out.strip() == "null"


def test_resolve_batch(tmp_path: Path) -> None:
    f = tmp_path / "in.jsonl"
    f.write_text('{"text": "Mr Biden", "date": "2021-04-16"}\n{"text": "nobody at all"}\n'
                 '{"text": "the Kremlin"}\n\n{"text": "Japan\'s prime minister", "date": "2019-01-01"}\n',
                 encoding="utf-8")
    code, out = run("resolve", "--batch", str(f))
    assert code == 0
    rows = [json.loads(line) for line in out.splitlines()]
    assert [r["name"] if r else None for r in rows] == ["Joe Biden", None, "Russia", "Shinzo Abe"]


def test_errors_name_the_input_and_the_fix(tmp_path: Path) -> None:
    code, out = run("resolve", "Biden", "--date", "16 April 2021")
    assert code != 0 and "--date" in out and "YYYY-MM-DD" in out
    code, out = run("resolve", "--batch", str(tmp_path / "missing.jsonl"))
    assert code != 0 and "missing.jsonl" in out and "readable" in out
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"text": "Biden"}\nnot json\n', encoding="utf-8")
    code, out = run("resolve", "--batch", str(bad))
    assert code != 0 and "bad.jsonl:2" in out and "one" in out
    bad.write_text('{"text": "Biden", "date": "yesterday"}\n', encoding="utf-8")
    code, out = run("resolve", "--batch", str(bad))
    assert code != 0 and "bad.jsonl:1" in out and "YYYY-MM-DD" in out
    code, out = run("resolve")
    assert code != 0 and "--batch" in out
    code, out = run("show", "NOSUCHTHING")
    assert code != 0 and "NOSUCHTHING" in out
    code, out = run("resolve", "x", "--extra", str(tmp_path / "none.yaml"))
    assert code != 0 and "none.yaml" in out


def test_show_and_extra(tmp_path: Path) -> None:
    code, out = run("show", "KOR")
    assert code == 0 and "South Korea" in out and "Yoon Suk Yeol" in out
    extra = tmp_path / "mine.yaml"
    extra.write_text("- name: Odile Fenwright\n  country: FRA\n  roles: [[foreign minister, 2031-01-01]]\n",
                     encoding="utf-8")
    code, out = run("show", "Odile Fenwright", "--extra", str(extra), "--json")
    assert code == 0 and json.loads(out)[0]["country"] == "FRA"
    code, out = run("resolve", "France's foreign minister", "--date", "2031-06-01", "--extra", str(extra))
    assert code == 0 and "Odile Fenwright" in out


def test_build_command(tmp_path: Path) -> None:
    out_file = tmp_path / "kb.json"
    code, out = run("build", "--out", str(out_file))
    assert code == 0 and out_file.is_file() and str(out_file) in out


def test_module_subprocess(tmp_path: Path) -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "communique.actors.cli", "resolve", "Prime Minister Suga", "--date", "2021-04-16", "--json"],
        capture_output=True, text=True, timeout=120, check=False)
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout)["name"] == "Yoshihide Suga"
    proc = subprocess.run([sys.executable, "-m", "communique.actors.cli", "resolve", "x", "--date", "2021-02-30x"],
                          capture_output=True, text=True, timeout=120, check=False)
    assert proc.returncode != 0 and "YYYY-MM-DD" in proc.stderr
    out_file = tmp_path / "built.json"
    proc = subprocess.run([sys.executable, "-m", "communique.actors.build", "--out", str(out_file)],
                          capture_output=True, text=True, timeout=120, check=False)
    assert proc.returncode == 0 and out_file.is_file(), proc.stderr
    assert "RuntimeWarning" not in proc.stderr
