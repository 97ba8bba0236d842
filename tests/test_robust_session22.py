"""Session 22's red-team pass: a lock conflict met outside ``Store._open``, a time of day in
``--since``, and the inputs of the brief not tried before. Each test fails without its fix."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import duckdb
import pytest
from click.testing import CliRunner

from communique.cli import main
from communique.dateinput import DateInputError, parse_date
from communique.store import Store
from communique.store._errors import cause_of, store_error, write_failure

# -- a lock conflict is "locked", wherever it is met -------------------------------------------

#: DuckDB's lock error as some versions word it: its "read only mode" must not make it "read-only"
_OLD_WORDING = ('IO Error: Could not set lock on file "x.duckdb": Conflicting lock is held in python (PID 1). '
                'However, you would be able to open this file in read only mode, e.g. by using the -readonly '
                'parameter in the CLI.')


def _real_lock_error(db: Path) -> duckdb.IOException:
    """The error DuckDB raises opening ``db`` while another process holds it."""
    holder = subprocess.Popen([sys.executable, "-c", f"import duckdb, time; c = duckdb.connect({str(db)!r}); "
                               "print('held', flush=True); time.sleep(60)"], stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "held"
        with pytest.raises(duckdb.IOException) as info:
            duckdb.connect(str(db))
        return info.value
    finally:
        holder.kill()
        holder.wait()


@pytest.mark.parametrize("wording", ["real", "old"])
def test_a_lock_conflict_is_locked_for_every_caller(tmp_path: Path, wording: str):
    db = tmp_path / "x.duckdb"
    exc = _real_lock_error(db) if wording == "real" else duckdb.IOException(_OLD_WORDING)
    assert cause_of(exc) == "locked"
    for err in (store_error(exc, str(db), "writing 3 article(s)"),
                write_failure(exc, str(db), "writing the export", "check the path")):
        assert err.cause == "locked"
        assert "locked" in err.message and "read-only" not in str(err)
        assert "another communique process" in str(err) and str(db) in str(err)


# -- a time of day in a date is checked, not dropped --------------------------------------------

@pytest.mark.parametrize("value", ["2021-04-16T25:00", "2021-04-16T24:01", "2021-04-16T10:61", "2021-04-16 09:34:99",
                                   "2021-04-16T10:00+25:00", "May 21, 2014 25:10", "21/05/2014 30:00"])
def test_an_invalid_time_of_day_is_refused(value: str):
    with pytest.raises(DateInputError) as info:
        parse_date(value)
    assert "time of day" in info.value.message and value in info.value.message


@pytest.mark.parametrize("value", ["2021-04-16T24:00", "2021-04-16T23:59:60Z", "2021-04-16T00:00:00.5-04:00",
                                   "May 21, 2014 00:30 AM", "Wed, 21 May 2014 10:00:00 GMT"])
def test_a_valid_time_of_day_is_dropped(value: str):
    assert parse_date(value) in ("2021-04-16", "2014-05-21")


def test_since_with_an_invalid_time_is_a_usage_error(tmp_path: Path):
    Store(tmp_path / "e.duckdb").close()
    res = CliRunner().invoke(main, ["events", "--db", str(tmp_path / "e.duckdb"), "--since", "2021-04-16T25:00"])
    assert res.exit_code == 2 and "--since" in res.output and "time of day" in res.output


# -- a folder of many tiny files: the closing progress line counts the last batch ----------------

def test_the_closing_progress_line_counts_the_last_batch(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    folder = tmp_path / "tiny"
    folder.mkdir()
    for i in range(5):
        (folder / f"f{i}.txt").write_text(f"France and Germany held talks on trade number {i} on Monday.\n")
    monkeypatch.setenv("COMMUNIQUE_PROGRESS_INTERVAL", "0")
    res = CliRunner().invoke(main, ["ingest", "--db", str(tmp_path / "x.duckdb"), "--processes", "1",
                                    "--batch", "64", str(folder)])
    assert res.exit_code == 0, res.output
    closing = [line for line in res.stderr.splitlines() if "done in" in line]
    assert len(closing) == 1 and "5 stored" in closing[0], res.stderr


# -- a gzip feed cut off inside a line: one message, not two ------------------------------------

def test_a_gzip_feed_cut_inside_a_line_says_so_once(tmp_path: Path):
    import gzip
    import json
    import zlib

    from communique.read import read_inputs
    from communique.types import RawDoc

    lines = [json.dumps({"id": f"z{i}", "text": f"France and Germany held talks on trade number {i}."}) + "\n"
             for i in range(3)]
    whole = "".join(lines).encode()
    body = gzip.compress(whole)
    z = zlib.compressobj(6, zlib.DEFLATED, 31)  # a gzip stream flushed inside line 3, then cut off there
    cut = z.compress(whole[: len(lines[0]) + len(lines[1]) + 20]) + z.flush(zlib.Z_SYNC_FLUSH)
    assert len(cut) < len(body)
    feed = tmp_path / "cut.jsonl.gz"
    feed.write_bytes(cut)
    items = list(read_inputs([feed]))
    assert [x.id for x in items if isinstance(x, RawDoc)] == ["z0", "z1"]
    errs = [x for x in items if not isinstance(x, RawDoc)]
    assert len(errs) == 1, [str(e) for e in errs]
    assert "ends early" in errs[0].message and "cut.jsonl.gz:3" in errs[0].message


def test_a_rerun_counts_the_unchanged_articles_it_skips(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    folder = tmp_path / "tiny"
    folder.mkdir()
    for i in range(4):
        (folder / f"f{i}.txt").write_text(f"France and Germany held talks on trade number {i} on Monday.\n")
    args = ["ingest", "--db", str(tmp_path / "x.duckdb"), "--processes", "1", str(folder)]
    assert CliRunner().invoke(main, args[:-1] + [str(folder / "f0.txt"), str(folder / "f1.txt")]).exit_code == 0
    monkeypatch.setenv("COMMUNIQUE_PROGRESS_INTERVAL", "0")
    res = CliRunner().invoke(main, args)
    assert res.exit_code == 0, res.output
    closing = [line for line in res.stderr.splitlines() if line.startswith("ingesting:")][-1]
    assert closing.startswith("ingesting: 4/4 (100%)") and "done in" in closing, res.stderr
    assert "2 stored, 2 unchanged" in closing


# -- a long whitespace-free run: spaCy's tokenizer takes time that grows with its square ---------

def test_long_runs_are_broken_for_the_parser_and_the_length_kept():
    import re

    from communique.nlp._runs import MAX_RUN, broken_runs

    text = "Talks began. " + '"' * 1000 + " https://example.com/" + "a" * 450 + " France and Germany met."
    out = broken_runs(text)
    assert len(out) == len(text) and max(len(r) for r in re.findall(r"\S+", out)) <= MAX_RUN
    assert out.startswith("Talks began. ") and out.endswith(" France and Germany met.")
    assert broken_runs("France and Germany met.") == "France and Germany met."


def test_an_article_of_20000_quotation_marks_tokenizes_in_linear_time(pipeline):
    import time

    from communique.types import Article

    text = '"' * 20_000 + " France and Germany held talks in Paris on Monday."
    parsed, _ = pipeline.to_parse(Article(id="q", text=text, published="2021-04-16"))
    started = time.process_time()
    doc = pipeline.nlp.tokenizer(parsed)
    assert time.process_time() - started < 5  # 32 s CPU before, in one call into C
    assert doc.text[-50:] == text[-50:] and len(doc.text) == len(text)
