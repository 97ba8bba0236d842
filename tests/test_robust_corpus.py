"""Issue 13, done-when: a hostile corpus generated here (every trigger of the issue among 200
good articles, see hostile.py) runs through `extract` and `ingest` as a user runs them: no
traceback, all 200 good articles kept, one clear line per bad input, exit status 1."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import duckdb
import pytest

from hostile import Corpus, write_corpus

CMD = [sys.executable, "-m", "communique.cli"]
LINE = re.compile(r"^error \[E\d{3}\] \S")
#: the plain progress lines extract and ingest write off a terminal every progress_interval seconds
PROGRESS = re.compile(r"^(extracting|ingesting): \d+(/\d+ \(\d+%\))?, [\d.]+/s")

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Corpus:
    return write_corpus(tmp_path_factory.mktemp("hostile"))


def _run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([*CMD, *args], capture_output=True, text=True, timeout=900,
                          errors="backslashreplace")


def _check_errors(stderr: str, corpus: Corpus) -> list[str]:
    """Every stderr line is an error line, a note, a periodic progress line or the summary; each bad
    input has exactly one error line, each input kept with a note (an impossible date) one note."""
    assert "Traceback" not in stderr, stderr[-3000:]
    lines = [ln for ln in stderr.strip().splitlines() if not PROGRESS.match(ln)]
    notes = [ln for ln in lines[:-1] if ln.startswith("note: ")]
    errors, rest = [ln for ln in lines[:-1] if ln not in notes], lines[-1]
    for tag, needle in corpus.noted.items():
        assert len([line for line in notes if needle in line]) == 1, (tag, needle, notes)
    assert len(notes) == len(corpus.noted), notes
    assert all(LINE.match(line) for line in errors), [x for x in errors if not LINE.match(x)]
    for tag, needle in corpus.bad.items():
        hits = [line for line in errors if needle in line]
        assert len(hits) == 1, (tag, needle, hits)
    assert len(errors) == len(corpus.bad), errors
    assert not any(line.startswith("error [E000] forged") for line in lines)  # a file name forged no line
    return [rest]


def test_extract_keeps_every_good_article(corpus: Corpus, tmp_path: Path):
    out = tmp_path / "events.jsonl"
    res = _run("extract", "-o", str(out), *corpus.inputs)
    assert res.returncode == 1, res.stderr[-3000:]
    (summary,) = _check_errors(res.stderr, corpus)
    n_articles = int(re.match(r"(\d+) article", summary).group(1))
    assert n_articles == len(corpus.good_ids) + len(corpus.odd), summary
    events = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert events and {e["doc_id"] for e in events} & set(corpus.good_ids)
    assert not list(tmp_path.glob("*.part"))


def test_ingest_stores_every_good_article_and_counts_what_it_stored(corpus: Corpus, tmp_path: Path):
    db = tmp_path / "h.duckdb"
    res = _run("ingest", "--db", str(db), *corpus.inputs)
    assert res.returncode == 1, res.stderr[-3000:]
    (summary,) = _check_errors(res.stderr, corpus)
    expected = len(corpus.good_ids) + len(corpus.odd)
    assert summary.startswith(f"{expected} article(s) stored, 0 already stored"), summary
    con = duckdb.connect(str(db), read_only=True)
    ids = {r[0] for r in con.execute("SELECT id FROM articles").fetchall()}
    assert set(corpus.good_ids) <= ids and len(ids) == expected
    texts = dict(con.execute("SELECT id, text FROM articles WHERE id = 'dup-1'").fetchall())
    con.close()
    assert len(texts) == 1  # the first text under the id, not a silent overwrite by the later ones
    again = _run("ingest", "--db", str(db), *corpus.inputs)
    assert "Traceback" not in again.stderr
    assert again.stderr.strip().splitlines()[-1].startswith(f"0 article(s) stored, {expected} already stored")
