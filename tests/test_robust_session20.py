"""Session 20's red-team pass: standard output cut short without a word, ``export -o -``, the
language model loaded by several threads, and the inputs of the brief not tried before. Each test
fails without its fix."""

from __future__ import annotations

import errno
import io
import os
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

import communique
from communique.cli import main
from communique.store import Store

from test_robust_store import _one_line, _small_files

CMD = [sys.executable, "-m", "communique.cli"]
#: the folder the tested package is imported from, for subprocesses run in another folder
SRC = str(Path(communique.__file__).resolve().parents[1])


# -- standard output into a file that stops growing -------------------------------------------


@pytest.mark.parametrize("unbuffered", [True, False])
@pytest.mark.parametrize("args", [["events"], ["events", "--format", "jsonl"], ["--help"],
                                  ["export", "--format", "jsonl", "-o", "-"], ["extract", "-"]])
def test_standard_output_past_a_file_size_limit_is_no_silent_cut(large_db: Path, tmp_path: Path, args: list[str],
                                                                  unbuffered: bool):
    """`communique events > out` under `ulimit -f` (or on a disk that fills) kept the first 1024
    bytes and exited 0 when Python ran unbuffered (PYTHONUNBUFFERED=1: a short write's rest was
    dropped); buffered, `extract -o -` and the events table ended 'Exception ignored ... File too
    large', exit status 120, and export wrote a file named '-'."""
    if args[0] in ("events", "export"):
        args = [*args, "--db", str(large_db)]
    stdin = None
    if args[0] == "extract":
        import json
        import random

        from hostile import good_text

        args = [*args, "-q", "--processes", "1", "-o", "-"]
        stdin = "".join(json.dumps({"id": f"a{k}", "published": "2021-05-03", "text": good_text(random.Random(k), 1)})
                        + "\n" for k in range(6))
    env = {k: v for k, v in os.environ.items() if k != "PYTHONUNBUFFERED"}
    env["PYTHONPATH"] = os.pathsep.join([SRC, env.get("PYTHONPATH", "")])  # (cwd moves: a relative path fails)
    if unbuffered:
        env["PYTHONUNBUFFERED"] = "1"
    out = tmp_path / "out.txt"
    with out.open("w") as fh:
        res = subprocess.run([*CMD, *args], stdout=fh, stderr=subprocess.PIPE, input=stdin, text=True,
                             timeout=300, env={**env, "COLUMNS": "200"}, preexec_fn=_small_files(1024),
                             cwd=tmp_path)
    assert res.returncode == 1, (res.returncode, res.stderr)
    _one_line(res.stderr, "standard output: cannot write the output: a file-size limit was reached", "ulimit -f")
    assert out.stat().st_size == 1024 and not (tmp_path / "-").exists()


def test_unbuffered_standard_output_still_writes_everything(large_db: Path):
    res = subprocess.run([*CMD, "events", "--db", str(large_db), "--format", "jsonl"], capture_output=True,
                         text=True, timeout=300, env={**os.environ, "PYTHONUNBUFFERED": "1"})
    assert res.returncode == 0 and len(res.stdout.splitlines()) == 30


# -- export -o - ----------------------------------------------------------------------------

@pytest.mark.parametrize("how", [["--format", "jsonl"], ["--format", "csv"], ["--format", "csv", "--by-event"],
                                 ["--canonical"]])
def test_export_to_a_dash_writes_standard_output(large_db: Path, tmp_path: Path, monkeypatch, how: list[str]):
    """`communique export -o -` wrote a file named '-' where `extract -o -` writes standard output."""
    monkeypatch.chdir(tmp_path)
    res = CliRunner().invoke(main, ["export", "--db", str(large_db), *how, "-o", "-"])
    assert res.exit_code == 0, res.output
    assert not (tmp_path / "-").exists()
    lines = res.stdout.splitlines()
    assert len(lines) == (60 if "--canonical" in how else 31 if "csv" in how else 30)
    assert "to standard output" in res.stderr
    file = tmp_path / "e.out"
    assert CliRunner().invoke(main, ["export", "--db", str(large_db), *how, "-o", str(file)]).exit_code == 0
    assert file.read_text(encoding="utf-8") == res.stdout


def test_export_of_parquet_to_a_dash_is_refused_with_a_hint(large_db: Path, tmp_path: Path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    res = CliRunner().invoke(main, ["export", "--db", str(large_db), "--format", "parquet", "-o", "-"])
    assert res.exit_code == 2 and not (tmp_path / "-").exists()
    assert "parquet is binary" in res.stderr and "-o events.parquet" in res.stderr


def test_store_export_of_parquet_to_a_stream_is_a_store_error(large_db: Path):
    from communique.errors import StoreError

    with Store(large_db, read_only=True) as store, pytest.raises(StoreError, match="parquet is binary"):
        store.export("parquet", io.StringIO())


# -- the language model loaded by two threads at once ---------------------------------------

def test_two_threads_loading_the_language_model_leave_py3langid_as_it_was(monkeypatch):
    """The in-memory fallback swaps py3langid's ``modelio.tempfile`` while it loads: two threads
    that both met a full temporary folder left the stand-in there for good (the second saved the
    first's stand-in as 'the original'), and each loaded its own model."""
    from py3langid import modelio

    from communique.clean import lang

    first_in, in_memory, calls = threading.Event(), threading.Event(), []

    class FullFolder:
        @staticmethod
        def TemporaryFile(*args, **kwargs):  # noqa: N802
            calls.append(1)
            if len(calls) == 1:  # the first thread fails only once the second is loading in memory
                first_in.set()
                in_memory.wait(timeout=3)
            raise OSError(errno.ENOSPC, "No space left on device")

    class SlowMemory(lang._MemoryTemp):
        @staticmethod
        def TemporaryFile(*args, **kwargs):  # noqa: N802
            in_memory.set()
            time.sleep(0.3)
            return io.BytesIO()

    monkeypatch.setattr(modelio, "tempfile", FullFolder)
    monkeypatch.setattr(lang, "_MemoryTemp", SlowMemory)
    monkeypatch.setattr(lang, "_LOADED", [])
    models: list[object] = []
    first = threading.Thread(target=lambda: models.append(lang._identifier()))
    first.start()
    first_in.wait(timeout=3)
    second = threading.Thread(target=lambda: models.append(lang._identifier()))
    second.start()
    first.join(timeout=60)
    second.join(timeout=60)
    assert modelio.tempfile is FullFolder
    assert len(models) == 2 and models[0] is models[1]


# -- control characters and text in Windows-1252 or UTF-8 read as Latin-1 ---------------------

@pytest.mark.parametrize("given, meant", [
    ("Trump\u00e2\x80\x99s decision", "Trump\u2019s decision"),  # UTF-8 read as Latin-1 (a news-pool article)
    ("the president\x92s summit \x96 it was", "the president\u2019s summit \u2013 it was"),  # Windows-1252
    ("a laureate,\x80\x94 also", "a laureate, also"),  # the rest of a mangled sequence
    ("France\x01\x02 and Germany\x7f met\x1b[0m", "France and Germany met[0m"),
    ("one page\x0cthe next\x0bline", "one page\nthe next\nline"),
    ("caf\u00c3\u00a9 \u00c2\u00a3", "caf\u00c3\u00a9 \u00c2\u00a3"),  # printable pairs may be meant: left alone
    ("tabs\tand\r\nnewlines stay", "tabs\tand\r\nnewlines stay"),
])
def test_an_article_body_holds_no_control_characters(given: str, meant: str):
    """Control characters were kept in the article text, its evidence and its exports (only NUL
    was removed): they split words for the parser and reached terminals."""
    from communique._safe import clean_body

    assert clean_body(given) == meant


def test_control_characters_no_longer_cost_an_article_its_events(tmp_path: Path):
    """'France\\x01\\x02 and Germany met in Paris' gave no event; a page declaring iso-8859-1 with
    Windows-1252 quotes lost its quotation marks to C1 controls."""
    import json

    text = ("The foreign ministers of France\x01\x02 and Germany met in Paris on Monday\x7f to discuss trade. "
            "\x93We agreed to cooperate,\x94 the French minister said.")
    docs = tmp_path / "docs.jsonl"
    docs.write_text(json.dumps({"id": "c", "published": "2021-05-03", "text": text}) + "\n", encoding="utf-8")
    page = tmp_path / "page.html"
    para = text.replace("\x01\x02", "").replace("Paris", "Rome")
    page.write_bytes(('<html><head><meta charset="iso-8859-1"><title>Talks</title></head><body><article><p>'
                      + para + "</p><p>" + para.replace("trade", "energy") + "</p></article></body></html>"
                      ).encode("latin-1"))
    res = CliRunner().invoke(main, ["clean", "-q", str(docs), str(page)])
    assert res.exit_code == 0, res.stderr
    texts = [json.loads(line)["text"] for line in res.stdout.splitlines()]
    assert len(texts) == 2 and all("\u201cWe agreed to cooperate,\u201d" in t for t in texts), texts
    assert not any(ch < " " and ch not in "\n\t" or "\x7f" <= ch <= "\x9f" for t in texts for ch in t)
    res = CliRunner().invoke(main, ["extract", "-q", "--processes", "1", str(docs)])
    events = [json.loads(line) for line in res.stdout.splitlines()]
    assert any(e["source"] and e["source"]["code"] == "FRA" and e["type"] == "CONSULT" for e in events), events


# -- Ctrl-C with NLP worker processes -------------------------------------------------------

_SLOW_POOL = """
import sys, time
from communique._pool import NlpPool

class Slow:
    def analyse_batch(self, articles):
        time.sleep(60)
        return articles

pool = NlpPool(Slow(), workers=2, batch_size=1, seconds=0)
print("ready", flush=True)
try:
    for _ in pool.analyse(["a", "b", "c", "d"]):
        pass
except KeyboardInterrupt:
    print("interrupted", flush=True)
"""


def test_ctrl_c_with_worker_processes_is_the_parents_message_alone(tmp_path: Path):
    """Ctrl-C (SIGINT to the process group) during `ingest` or `extract` with NLP workers printed,
    besides the run's own message, a KeyboardInterrupt traceback of some forty lines from each
    worker ('Process communique-nlp: ... thinc ... KeyboardInterrupt'), and once an 'Exception
    ignored ... Bad file descriptor' from the pool replacing a worker while it stopped."""
    import signal

    script = tmp_path / "slow_pool.py"
    script.write_text(_SLOW_POOL, encoding="utf-8")
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([SRC, os.environ.get("PYTHONPATH", "")])}
    proc = subprocess.Popen([sys.executable, str(script)], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            text=True, env=env, start_new_session=True,
                            preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))
    assert proc.stdout is not None and proc.stdout.readline().strip() == "ready"
    time.sleep(2)  # both workers are in their batch
    started = time.monotonic()
    os.killpg(proc.pid, signal.SIGINT)
    out, err = proc.communicate(timeout=60)
    assert "interrupted" in out
    assert "Traceback" not in err and "communique-nlp" not in err, err
    assert time.monotonic() - started < 4  # the workers are ended at once, not waited for


def test_an_interrupted_reprocess_says_a_rerun_analyses_every_article_again() -> None:
    from communique.ingest import IngestStats, interrupted

    plain = interrupted(IngestStats(), "ev.duckdb")
    again = interrupted(IngestStats(), "ev.duckdb", reprocess=True)
    assert "skipped" in str(plain.hint)
    assert "skipped" not in str(again.hint) and "analysed again" in str(again.hint)
