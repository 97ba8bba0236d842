"""--db pointing at a file that is not a communique database.

DuckDB 2 opens an existing ``.csv``, ``.json``, ``.jsonl`` or ``.parquet`` file as an in-memory
database with a view over the file: an ingest into ``--db events.csv`` reported its articles
stored and kept nothing, and ``events --db articles.jsonl`` blamed a read-only folder.
"""

from __future__ import annotations

import json
import os
import random
from pathlib import Path

import pytest
from click.testing import CliRunner

from communique.cli import main
from communique.errors import StoreError
from communique.store import Store

from hostile import good_text

DATA_FILES = {
    "events.csv": "doc_id,type\na1,CONSULT\n",
    "articles.jsonl": '{"id": "a1", "text": "France and Germany held talks."}\n',
    "articles.json": '[{"id": "a1"}]\n',
}


@pytest.mark.parametrize("name", sorted(DATA_FILES))
@pytest.mark.parametrize("read_only", [False, True])
def test_a_data_file_is_no_store(tmp_path: Path, name: str, read_only: bool):
    path = tmp_path / name
    path.write_text(DATA_FILES[name], encoding="utf-8")
    with pytest.raises(StoreError) as info:
        Store(path, read_only=read_only).close()
    assert info.value.cause == "not-a-database" and name in str(info.value)
    assert path.read_text(encoding="utf-8") == DATA_FILES[name]


@pytest.mark.parametrize("name", sorted(DATA_FILES))
def test_ingest_into_a_data_file_stores_nothing_and_says_so(tmp_path: Path, article: Path, name: str):
    path = tmp_path / name
    path.write_text(DATA_FILES[name], encoding="utf-8")
    runner = CliRunner()
    res = runner.invoke(main, ["ingest", "-q", "--processes", "1", "--db", str(path), str(article)])
    assert res.exit_code == 1, res.output
    assert "not a DuckDB database" in res.stderr and "stored" not in res.stdout + res.stderr
    res = runner.invoke(main, ["events", "--db", str(path)])
    assert res.exit_code == 1
    assert "not a DuckDB database" in res.stderr and "read-only" not in res.stderr
    assert path.read_text(encoding="utf-8") == DATA_FILES[name]


# -- export -o naming the store itself -------------------------------------------------------

@pytest.fixture
def small_db(tmp_path: Path) -> Path:
    from test_robust_store import _result

    db = tmp_path / "keep.duckdb"
    with Store(db) as store:
        store.write([_result(i) for i in range(3)])
    return db


@pytest.mark.parametrize("suffix", ["", ".wal"])
@pytest.mark.parametrize("args", [["--format", "jsonl"], ["--format", "csv", "--by-event"], ["--canonical"]])
def test_export_never_writes_over_its_own_store(small_db: Path, suffix: str, args: list[str]):
    before = small_db.read_bytes()
    out = small_db.with_name(small_db.name + suffix)
    res = CliRunner().invoke(main, ["export", "--db", str(small_db), "-o", str(out), *args])
    assert res.exit_code == 1, res.output
    assert "the database itself" in res.stderr and "Traceback" not in res.stderr
    assert small_db.read_bytes() == before and not out.with_name(out.name + ".part").exists()
    with Store(small_db, read_only=True) as store:
        assert store.stats()["articles"] == 3


# -- an output that is one of the inputs ----------------------------------------------------------

@pytest.mark.parametrize("command", ["extract", "clean"])
def test_an_output_that_is_an_input_is_refused_before_reading(tmp_path: Path, article: Path, command: str):
    feed = tmp_path / "feed.jsonl"
    feed.write_text('{"id": "f1", "text": "France and Germany held talks in Paris on Monday."}\n', encoding="utf-8")
    before = feed.read_bytes()
    res = CliRunner().invoke(main, [command, "-q", str(article), str(feed), "-o", str(feed)])
    assert res.exit_code == 1 and "is also an input" in res.stderr, res.output
    assert feed.read_bytes() == before


def test_an_earlier_output_inside_an_input_folder_is_refused(tmp_path: Path, article: Path):
    out = article.parent / "events.jsonl"
    first = CliRunner().invoke(main, ["extract", "-q", str(article.parent), "-o", str(out)])
    assert first.exit_code == 0 and out.exists(), first.output
    before = out.read_bytes()
    again = CliRunner().invoke(main, ["extract", "-q", str(article.parent), "-o", str(out)])
    assert again.exit_code == 1 and "inside the input folder" in again.stderr, again.output
    assert "write -o outside" in again.stderr and out.read_bytes() == before


# -- a fix the command offers -----------------------------------------------------------------

def test_a_repeated_id_names_a_fix_the_command_has(tmp_path: Path):
    feed = tmp_path / "dup.jsonl"
    feed.write_text('{"id": "d1", "text": "France and Germany held talks in Paris on Monday."}\n'
                    '{"id": "d1", "text": "Japan and China held talks in Tokyo on Tuesday."}\n', encoding="utf-8")
    runner = CliRunner()
    res = runner.invoke(main, ["extract", "-q", "--processes", "1", str(feed)])
    assert res.exit_code == 1 and "dup.jsonl:2" in res.stderr
    assert "--replace" not in res.stderr and "the later text is skipped" in res.stderr
    res = runner.invoke(main, ["ingest", "-q", "--processes", "1", "--db", str(tmp_path / "x.duckdb"), str(feed)])
    assert res.exit_code == 1 and "--replace" in res.stderr


# -- UTF-16 without a byte-order mark -------------------------------------------------------------

@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_utf16_text_without_a_bom_is_read_not_called_binary(tmp_path: Path, codec: str):
    from communique.read import read_inputs
    from communique.types import RawDoc

    text = good_text(random.Random(3), 3)
    path = tmp_path / "note.txt"
    path.write_bytes(text.encode(codec))
    items = list(read_inputs([path]))
    assert len(items) == 1 and isinstance(items[0], RawDoc), [str(i) for i in items]
    assert items[0].text.strip() == text.strip()


def test_binary_with_nul_bytes_is_still_binary(tmp_path: Path):
    from communique.read import read_inputs
    from communique.types import RawDoc

    path = tmp_path / "blob.txt"
    path.write_bytes(bytes(range(256)) * 40)
    items = list(read_inputs([path]))
    assert len(items) == 1 and not isinstance(items[0], RawDoc) and "binary" in str(items[0])


@pytest.mark.parametrize("codec", ["utf-16", "utf-16-le", "utf-16-be", "utf-32"])
def test_a_utf16_or_utf32_jsonl_feed_gives_every_record(tmp_path: Path, codec: str):
    import gzip
    import json

    from communique.read import read_inputs
    from communique.types import RawDoc

    rng = random.Random(5)
    texts = [good_text(rng, i) for i in range(3)]
    data = "".join(json.dumps({"id": f"w{i}", "text": t}, ensure_ascii=False) + "\n" for i, t in enumerate(texts))
    plain, packed = tmp_path / "feed.jsonl", tmp_path / "packed.jsonl.gz"
    plain.write_bytes(data.encode(codec))
    packed.write_bytes(gzip.compress(data.encode(codec)))
    for path in (plain, packed):
        items = list(read_inputs([path]))
        assert all(isinstance(i, RawDoc) for i in items), [str(i) for i in items]
        assert [i.text for i in items] == texts


def test_a_utf16_feed_line_over_the_byte_limit_in_utf8_is_refused_and_the_rest_kept(tmp_path: Path):
    import json

    from communique.read import read_inputs
    from communique.types import RawDoc

    rng = random.Random(6)
    good = [good_text(rng, i) for i in range(2)]
    wide = "\u6771\u4eac" * 300  # 600 characters, 1,800 bytes in UTF-8
    rows = [{"id": "a", "text": good[0]}, {"id": "big", "text": wide}, {"id": "b", "text": good[1]}]
    path = tmp_path / "feed.jsonl"
    path.write_bytes("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows).encode("utf-16"))
    limit = 1000  # over the big line's characters, under its UTF-8 bytes; over each good line's bytes
    assert all(len(json.dumps(r, ensure_ascii=False)) < limit for r in rows)
    items = list(read_inputs([path], max_bytes=limit))
    assert [i.id for i in items if isinstance(i, RawDoc)] == ["a", "b"]
    refused = [str(i) for i in items if not isinstance(i, RawDoc)]
    assert len(refused) == 1 and "feed.jsonl:2" in refused[0], refused


# -- a mistyped --db or COMMUNIQUE_DB ---------------------------------------------------------------

READERS = [["events"], ["events", "--by-event"], ["show", "some-event"], ["export", "--format", "jsonl", "-o", "OUT"],
           ["export", "--canonical", "-o", "OUT"], ["serve"]]


@pytest.mark.parametrize("via", ["--db", "COMMUNIQUE_DB"])
@pytest.mark.parametrize("args", READERS, ids=lambda a: " ".join(a[:2]))
def test_a_reading_command_refuses_a_store_that_is_not_there(tmp_path: Path, args: list[str], via: str):
    """A reading command never makes the store it was pointed at: it names the path and how to make one."""
    typo = tmp_path / "evnets.duckdb"
    args = [str(tmp_path / "out.jsonl") if a == "OUT" else a for a in args]
    extra, env = (["--db", str(typo)], {}) if via == "--db" else ([], {"COMMUNIQUE_DB": str(typo)})
    res = CliRunner().invoke(main, [*args, *extra], env=env)
    assert res.exit_code == 1, res.output
    assert f"{typo}: no database here" in res.stderr and "communique ingest" in res.stderr
    assert not typo.exists() and not typo.with_name(typo.name + ".wal").exists()
    assert not (tmp_path / "out.jsonl").exists()


def test_ingest_makes_a_new_store_and_says_so(tmp_path: Path, article: Path):
    typo = tmp_path / "evnets.duckdb"
    runner = CliRunner()
    res = runner.invoke(main, ["ingest", "--processes", "1", "--db", str(typo), str(article)])
    assert res.exit_code == 0, res.output
    assert f"new database {typo} (made by this run; if you meant another, check --db or COMMUNIQUE_DB)" \
        in res.stderr
    assert typo.is_file()
    res = runner.invoke(main, ["ingest", "--processes", "1", "--db", str(typo), str(article)])
    assert res.exit_code == 0 and f"; database {typo}: " in res.stderr and "new database" not in res.stderr


def test_a_store_path_that_is_not_utf8_is_one_line(tmp_path: Path, article: Path):
    """DuckDB cannot open a path holding bytes that are not UTF-8 (a name the file system allows):
    ingest ended in a traceback, RuntimeError: std::bad_cast."""
    odd = Path(os.fsdecode(os.fsencode(tmp_path) + b"/caf\xe9.duckdb"))
    with pytest.raises(StoreError, match="not UTF-8"):
        Store(odd)
    res = CliRunner().invoke(main, ["ingest", "-q", "--processes", "1", "--db", str(odd), str(article)])
    assert res.exit_code == 1 and isinstance(res.exception, SystemExit), res.exception
    assert "the path is not UTF-8 text" in res.stderr and "--db" in res.stderr
    assert "new database" not in res.stderr and not odd.exists()


@pytest.mark.parametrize("command", ["extract", "clean"])
def test_an_output_that_is_a_folder_is_refused_before_reading(tmp_path: Path, article: Path, command: str,
                                                              monkeypatch):
    """-o naming a folder failed only at the end of the run, when the finished file could not be
    renamed into place ("Is a directory"): the whole run's work was lost."""
    import communique.cli as cli

    folder = tmp_path / "out"
    folder.mkdir()
    read: list[str] = []
    real = cli._inputs
    monkeypatch.setattr(cli, "_inputs", lambda *a, **kw: read.append("read") or real(*a, **kw))
    res = CliRunner().invoke(main, [command, "-q", str(article), "-o", str(folder)])
    assert res.exit_code == 1 and f"{folder}: a folder, not a file" in res.stderr, res.output
    assert f"give -o a file name, e.g. {folder / 'events.jsonl'}" in res.stderr
    assert not read and list(folder.iterdir()) == [] and not (tmp_path / "out.part").exists()


def test_atomic_output_refuses_a_folder_at_once(tmp_path: Path):
    from communique._runs import atomic_output
    from communique.errors import OutputError

    with pytest.raises(OutputError, match="a folder, not a file"):
        with atomic_output(tmp_path):
            pytest.fail("the block ran")


@pytest.mark.parametrize("call", ["export", "by_event", "canonical"])
@pytest.mark.parametrize("linked", [False, True], ids=["folder", "link-to-folder"])
def test_a_store_export_to_a_folder_or_a_link_to_one_is_refused_at_once(small_db: Path, tmp_path: Path,
                                                                         call: str, linked: bool):
    """``Store.export``/``export_canonical`` checked no folder: the whole export was written and
    then failed with a bare IsADirectoryError, and the canonical one left its ``.part`` behind."""
    from communique.errors import OutputError

    folder = tmp_path / "out"
    folder.mkdir()
    target = tmp_path / "link" if linked else folder
    if linked:
        target.symlink_to(folder)
    with Store(small_db, read_only=True) as store, pytest.raises(OutputError, match="a folder, not a file"):
        if call == "canonical":
            store.export_canonical(target)
        else:
            store.export("jsonl", target, by_event=call == "by_event")
    assert list(folder.iterdir()) == []
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(["keep.duckdb", "out", *(["link"] if linked else [])])


def test_a_failed_canonical_export_leaves_no_part_file(small_db: Path, tmp_path: Path, monkeypatch):
    """``export_canonical`` wrote ``out.part`` by hand and left it behind when the store failed mid-way."""
    out = tmp_path / "store.jsonl"

    def broken(self: Store):
        yield "{}"
        raise OSError("the store went away")

    monkeypatch.setattr(Store, "canonical_lines", broken)
    with Store(small_db, read_only=True) as store, pytest.raises(OSError, match="went away"):
        store.export_canonical(out)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["keep.duckdb"]


@pytest.mark.parametrize("what", ["pipe", "device"])
@pytest.mark.parametrize("read_only", [False, True])
def test_a_pipe_or_a_device_as_the_store_is_named_and_never_waited_on(tmp_path: Path, what: str, read_only: bool):
    """`ingest --db FIFO` waited for ever for a writer to the pipe; `events --db FIFO` said
    'no database here', `ingest --db /dev/null` 'the file is empty'."""
    import threading

    path = Path("/dev/null")
    if what == "pipe":
        path = tmp_path / "store.duckdb"
        os.mkfifo(path)
    outcome: list[BaseException] = []

    def open_it() -> None:
        try:
            Store(path, read_only=read_only).close()
        except BaseException as exc:  # noqa: BLE001 - what the test looks at
            outcome.append(exc)

    thread = threading.Thread(target=open_it, daemon=True)
    thread.start()
    thread.join(20)
    assert not thread.is_alive(), "opening the store waits on the pipe"
    assert len(outcome) == 1 and isinstance(outcome[0], StoreError), outcome
    words = "a pipe or socket, not a regular file" if what == "pipe" else "a device, not a regular file"
    assert f"cannot open the database: {words}" in outcome[0].message and outcome[0].input == str(path)
    res = CliRunner().invoke(main, ["events", "--db", str(path)])
    assert res.exit_code == 1 and words in res.stderr and "no database here" not in res.stderr


def test_arguments_with_bytes_that_are_not_utf8_are_matched_as_stored(tmp_path: Path):
    """`events --text`, `--doc` and `show` with bytes that are not UTF-8 (a file name pasted from
    `ls`) failed in DuckDB and blamed the database file; ids from such file names were stored with
    U+FFFD in their place, and are now found with the same bytes."""
    from dataclasses import replace

    from test_robust_store import _result

    db = tmp_path / "s.duckdb"
    res0 = _result(0)
    odd = os.fsdecode(b"caf\xe9")  # 'caf\udce9', as Python reads the byte from argv
    with Store(db) as store:
        store.write([replace(res0, article=replace(res0.article, id="caf\ufffd"),
                             events=tuple(replace(e, doc_id="caf\ufffd") for e in res0.events)), _result(1)])
    runner = CliRunner()
    for args in (["events", "--format", "jsonl", "--doc", odd], ["events", "--format", "jsonl", "--text", odd],
                 ["show", odd]):
        res = runner.invoke(main, [*args, "--db", str(db)])
        assert "surrogate" not in res.output and "DuckDB database made by communique" not in res.output, res.output
    res = runner.invoke(main, ["events", "--format", "jsonl", "--doc", odd, "--db", str(db)])
    assert res.exit_code == 0 and [json.loads(x)["doc_id"] for x in res.stdout.splitlines()] == ["caf\ufffd"]
    res = runner.invoke(main, ["show", odd, "--db", str(db)])
    assert res.exit_code == 1 and "no event with this id" in res.stderr


@pytest.mark.parametrize("command, option", [("extract", "--manifest"), ("clean", "--manifest"),
                                             ("extract", "--extra")])
def test_an_output_that_is_the_manifest_or_an_actors_file_is_refused(tmp_path: Path, article: Path,
                                                                     command: str, option: str):
    """-o naming the --manifest or an --extra file replaced it with the output once the run ended."""
    named = tmp_path / ("m.json" if option == "--manifest" else "mine.yaml")
    named.write_text("{}\n" if option == "--manifest" else "actors: []\n", encoding="utf-8")
    before = named.read_bytes()
    res = CliRunner().invoke(main, [command, "-q", str(article), option, str(named), "-o", str(named)])
    assert res.exit_code == 1 and "is also an input" in res.stderr, res.output
    assert named.read_bytes() == before


def test_a_store_that_cannot_be_read_says_so(small_db: Path, monkeypatch):
    """An unreadable store was 'read-only' (give --db a path in a folder you can write to), which
    is no fix for a file the user may not read."""
    real = Path.open

    def locked(self, *args, **kw):
        if self == small_db:
            raise PermissionError(13, "Permission denied", str(self))
        return real(self, *args, **kw)

    monkeypatch.setattr(Path, "open", locked)
    res = CliRunner().invoke(main, ["events", "--db", str(small_db)])
    assert res.exit_code == 1 and isinstance(res.exception, SystemExit), res.exception
    assert f"{small_db}: cannot read the database file: Permission denied" in res.stderr
    assert "check its permissions" in res.stderr and "read-only" not in res.stderr


# -- an output that is a device, a pipe or a link ---------------------------------------------------

def _drain(fifo: Path, got: list[bytes]) -> "threading.Thread":
    import threading

    def read() -> None:
        with fifo.open("rb") as fh:
            got.append(fh.read())

    thread = threading.Thread(target=read, daemon=True)
    thread.start()
    return thread


@pytest.mark.parametrize("args", [["clean", "-q", "ARTICLE"], ["export", "--db", "DB", "--format", "jsonl"],
                                  ["export", "--db", "DB", "--canonical"]], ids=lambda a: " ".join(a[:2]))
def test_an_output_that_is_a_pipe_or_a_link_to_a_device_is_written_not_replaced(tmp_path: Path, article: Path,
                                                                                 small_db: Path, args: list[str]):
    """The finished file was renamed over the -o path: a link to /dev/null became a plain file, a
    FIFO a reader waited on became a plain file and the reader got nothing (and, as root,
    `-o /dev/null` replaced the device itself)."""
    args = [str(article) if a == "ARTICLE" else str(small_db) if a == "DB" else a for a in args]
    null, fifo = tmp_path / "null", tmp_path / "fifo"
    null.symlink_to("/dev/null")
    os.mkfifo(fifo)
    res = CliRunner().invoke(main, [*args, "-o", str(null)])
    assert res.exit_code == 0, res.output
    assert null.is_symlink() and os.readlink(null) == "/dev/null"
    got: list[bytes] = []
    reader = _drain(fifo, got)
    res = CliRunner().invoke(main, [*args, "-o", str(fifo)])
    reader.join(30)
    assert res.exit_code == 0, res.output
    assert fifo.is_fifo() and got and got[0].count(b"\n") >= 1
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.endswith((".part", ".tmp"))) == []


def test_an_output_that_is_a_link_to_a_file_replaces_the_file_and_keeps_the_link(tmp_path: Path, article: Path):
    real, link = tmp_path / "real.jsonl", tmp_path / "link.jsonl"
    real.write_text("old\n")
    link.symlink_to(real.name)
    res = CliRunner().invoke(main, ["clean", "-q", str(article), "-o", str(link)])
    assert res.exit_code == 0, res.output
    assert link.is_symlink() and '"id": "one"' in real.read_text()
