"""Issue 13, the store and output side: a full disk, a read-only folder, a truncated or
bit-flipped database end with one line naming the cause (no traceback); one bad row never
loses its batch; --limit is bounded; spaCy workers end with their parent."""

from __future__ import annotations

import os
import random
import resource
import shutil
import signal
import subprocess
import sys
import time
from contextlib import contextmanager
from pathlib import Path

import pytest
from click.testing import CliRunner

from communique.cli import main
from communique.errors import CommuniqueError, StoreError
from communique.store import Store
from communique.store._batches import write_resilient
from communique.types import Actor, Article, ArticleResult, Event, Evidence

from hostile import good_text

CMD = [sys.executable, "-m", "communique.cli"]


def _result(i: int, size: int = 200, title: str | None = None) -> ArticleResult:
    text = f"Article {i}: " + "France and Germany held talks. " * (size // 30 + 1)
    art = Article(id=f"a{i}", text=text, title=title, fingerprint=f"fp{i}", origin=f"a{i}.txt")
    ev = Event(doc_id=art.id, type="CONSULT", evidence=Evidence(text=text[:40], start=0, end=40),
               source=Actor(code="FRA", name="France", kind="state"),
               target=Actor(code="DEU", name="Germany", kind="state"), date="2021-04-16", event_id=f"ev{i}")
    return ArticleResult(art, (), (ev,))


def _one_line(stderr: str, *needles: str) -> None:
    """The command's error output is one line, no traceback, naming each of ``needles``."""
    assert "Traceback" not in stderr, stderr
    lines = [x for x in stderr.strip().splitlines() if x.strip()]
    assert len(lines) == 1 and all(n in lines[0] for n in needles), lines


@contextmanager
def _tmpfs(path: Path, size: str, *options: str):
    """A small tmpfs at ``path`` (root only); skips the test where it cannot be mounted."""
    path.mkdir(parents=True, exist_ok=True)
    if os.geteuid() != 0 or not shutil.which("mount"):
        pytest.skip("mounting a tmpfs needs root")
    opts = ",".join([f"size={size}", *options])
    if subprocess.run(["mount", "-t", "tmpfs", "-o", opts, "tmpfs", str(path)], capture_output=True).returncode:
        pytest.skip("cannot mount a tmpfs here")
    try:
        yield path
    finally:
        subprocess.run(["umount", "-l", str(path)], capture_output=True)


def _small_files(limit: int):
    """For a subprocess: files may not grow past ``limit`` bytes (EFBIG, like a full disk)."""
    def apply() -> None:
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))
    return apply


# -- full disk ---------------------------------------------------------------------------

_FILL = """
import sys
from communique.store import Store
from communique.errors import StoreError
sys.path.insert(0, sys.argv[2])
from test_robust_store import _result
try:
    with Store(sys.argv[1]) as s:
        for b in range(400):
            s.write([_result(b * 4 + k, size=60_000) for k in range(4)])
except StoreError as err:
    print(err.cause, err, file=sys.stderr)
    sys.exit(1)
"""


def _fill(db: Path, **kw) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-c", _FILL, str(db), str(Path(__file__).parent)],
                          capture_output=True, text=True, timeout=300, **kw)


def test_full_disk_during_a_write_names_the_cause_and_a_rerun_recovers(tmp_path: Path):
    with _tmpfs(tmp_path / "mnt", "2m") as mnt:
        res = _fill(mnt / "x.duckdb")
        assert res.returncode == 1
        _one_line(res.stderr, "disk-full")
        assert "the disk is full" in res.stderr and "cannot rollback" not in res.stderr
        subprocess.run(["mount", "-o", "remount,size=64m", str(mnt)], check=True)
        with Store(mnt / "x.duckdb") as store:
            before = store.stats()["articles"]
            store.write([_result(90_000)])
            assert store.stats()["articles"] == before + 1


def test_file_size_limit_during_a_write_reads_as_a_full_disk(tmp_path: Path):
    res = _fill(tmp_path / "x.duckdb", preexec_fn=_small_files(3_000_000))
    assert res.returncode == 1
    _one_line(res.stderr, "disk-full")


def test_ingest_and_extract_on_a_full_disk_end_with_one_line(tmp_path: Path, article: Path):
    res = subprocess.run([*CMD, "ingest", "-q", "--db", str(tmp_path / "x.duckdb"), str(article)],
                         capture_output=True, text=True, timeout=300, preexec_fn=_small_files(4096))
    assert res.returncode == 1
    _one_line(res.stderr, "a file-size limit was reached")


def test_extract_to_a_full_disk_ends_with_one_line_and_no_part_file(tmp_path: Path):
    with _tmpfs(tmp_path / "mnt", "256k") as mnt:
        (mnt / "filler").write_bytes(b"\0" * (256 * 1024 - 4096 * 2))  # a page or so left
        out = mnt / "events.jsonl"
        rng, many = random.Random(3), tmp_path / "many"
        many.mkdir()
        for i in range(40):  # output over the space left
            (many / f"d{i}.txt").write_text(good_text(rng, i), encoding="utf-8")
        res = subprocess.run([*CMD, "extract", "-q", "-o", str(out), str(many)],
                             capture_output=True, text=True, timeout=300)
        assert res.returncode == 1
        _one_line(res.stderr, "cannot write the output: the disk is full")
        assert not out.exists() and not list(mnt.glob("*.part"))


# -- read-only ----------------------------------------------------------------------------

@contextmanager
def _read_only_dir(tmp_path: Path):
    if os.geteuid() == 0:
        with _tmpfs(tmp_path / "ro", "1m", "ro") as d:
            yield d
        return
    d = tmp_path / "ro"
    d.mkdir()
    d.chmod(0o555)
    try:
        yield d
    finally:
        d.chmod(0o755)


def test_read_only_folder_for_the_database_and_the_output(tmp_path: Path, article: Path):
    with _read_only_dir(tmp_path) as ro:
        runner = CliRunner()
        res = runner.invoke(main, ["ingest", "-q", "--db", str(ro / "x.duckdb"), str(article)])
        assert res.exit_code == 1 and not isinstance(res.exception, Exception) or isinstance(res.exception, SystemExit)
        _one_line(res.stderr, "read-only")
        res = runner.invoke(main, ["ingest", "-q", "--db", str(ro / "sub" / "x.duckdb"), str(article)])
        _one_line(res.stderr, "read-only")
        res = runner.invoke(main, ["extract", "-q", "-o", str(ro / "events.jsonl"), str(article)])
        assert res.exit_code == 1
        _one_line(res.stderr, "cannot write the output")
        assert not list(ro.glob("*.part"))


# -- damaged database files ---------------------------------------------------------------

@pytest.fixture(scope="module")
def good_db(tmp_path_factory) -> Path:
    db = tmp_path_factory.mktemp("db") / "good.duckdb"
    with Store(db) as store:
        for b in range(4):
            store.write([_result(b * 50 + k, size=2000) for k in range(50)])
    return db


def _damaged(good: Path, tmp_path: Path, how: str, k: int) -> Path:
    data = bytearray(good.read_bytes())
    rng = random.Random(k)
    if how == "truncated":
        data = data[: max(64, len(data) * k // 10 - rng.randrange(4096))]
    else:
        start = [0, 4096, 8192, len(data) // 2, len(data) - 5000][k % 5]
        for pos in rng.sample(range(start, min(len(data), start + 4096)), 8):
            data[pos] ^= 0xFF
    out = tmp_path / f"{how}-{k}.duckdb"
    out.write_bytes(bytes(data))
    return out


@pytest.mark.parametrize("how, k", [("truncated", k) for k in range(10)] + [("flipped", k) for k in range(5)])
def test_a_damaged_database_gives_one_line_never_a_traceback(good_db: Path, tmp_path: Path, article: Path,
                                                             how: str, k: int):
    db = _damaged(good_db, tmp_path, how, k)
    runner = CliRunner()
    for args in (["events", "--db", str(db), "--format", "jsonl"], ["export", "--db", str(db), "--format", "csv",
                                                                    "-o", str(tmp_path / "e.csv")]):
        res = runner.invoke(main, args)
        assert res.exception is None or isinstance(res.exception, SystemExit), (args, res.exception)
        if res.exit_code:
            _one_line(res.stderr, "damaged")
            assert "mv " in res.stderr  # says how to recover
    res = runner.invoke(main, ["ingest", "-q", "--db", str(db), str(article)])
    assert res.exception is None or isinstance(res.exception, SystemExit), res.exception
    if res.exit_code:
        _one_line(res.stderr, "damaged")


# -- one bad row, one batch -----------------------------------------------------------------

def test_one_bad_row_does_not_lose_its_batch(tmp_path: Path):
    errors: list[CommuniqueError] = []
    batch = [_result(i) for i in range(10)]
    batch[4] = _result(4, title="bad \udc80 title")  # past the boundary checks, straight to the store
    with Store(tmp_path / "x.duckdb") as store:
        stats = write_resilient(store, batch, errors.append)
        assert stats.written == 9 and store.stats()["articles"] == 9
    assert len(errors) == 1 and "a4" in str(errors[0]) and errors[0].code == "E900"


def test_store_errors_carry_their_cause(tmp_path: Path):
    bad = tmp_path / "not.duckdb"
    bad.write_bytes(b"this is not a database" * 1000)
    with pytest.raises(StoreError) as info:
        Store(bad)
    assert "\n" not in str(info.value)


def test_events_limit_is_bounded(good_db: Path):
    res = CliRunner().invoke(main, ["events", "--db", str(good_db), "--limit", "99999999999999999999"])
    assert res.exit_code == 2 and "range" in res.output and res.exception is None or isinstance(res.exception, SystemExit)


def test_published_outside_1800_2100_is_a_usage_error(article: Path):
    res = CliRunner().invoke(main, ["clean", "--published", "9999-12-31", str(article)])
    assert res.exit_code == 2 and "outside 1800-2100" in res.output


# -- worker processes ---------------------------------------------------------------------

def _children(pid: int) -> set[int]:
    out = set()
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            if int(fields[1]) == pid and fields[0] != "Z":
                out.add(int(entry.name))
    return out


@pytest.mark.slow
@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="parent-death signal is Linux only")
def test_spacy_workers_end_with_a_killed_parent(tmp_path: Path):
    rng = random.Random(5)
    folder = tmp_path / "many"
    folder.mkdir()
    for i in range(400):
        (folder / f"d{i}.txt").write_text(" ".join(good_text(rng, i) for _ in range(12)))
    proc = subprocess.Popen([*CMD, "extract", "-q", "--processes", "2", "-o", str(tmp_path / "e.jsonl"),
                             str(folder)], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = time.time() + 240
        kids: set[int] = set()
        while time.time() < deadline and len(kids) < 2 and proc.poll() is None:
            time.sleep(0.5)
            kids = _children(proc.pid)
        assert len(kids) == 2, "the workers never started"
        proc.kill()
        proc.wait()
        deadline = time.time() + 20
        while time.time() < deadline and any(Path(f"/proc/{k}").exists() and _alive(k) for k in kids):
            time.sleep(0.2)
        left = [k for k in kids if _alive(k)]
        assert not left, f"workers {left} outlived their parent"
    finally:
        for k in _children(proc.pid):
            os.kill(k, signal.SIGKILL)
        if proc.poll() is None:
            proc.kill()


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"
