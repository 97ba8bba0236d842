"""The twenty-sixth red-team pass, second round: bad inputs and user-facing commands (see each section)."""

from __future__ import annotations

from pathlib import Path

import pytest

from communique import RawDoc, clean_text, read_inputs

# -- the Python API: read_inputs given one path, or no list at all ------------------------------------------


def _folder(tmp_path: Path) -> Path:
    folder = tmp_path / "notes"
    folder.mkdir()
    (folder / "one.txt").write_text("The finance ministers of two made-up states met in a port town on Monday.\n",
                                    encoding="utf-8")
    return folder


@pytest.mark.parametrize("as_path", [str, Path])
def test_read_inputs_given_one_path_reads_it(tmp_path: Path, as_path):
    """A str was read as the list of its characters ('n', 'o', ... each "no such file"), the folder never
    read; a Path was a TypeError 'PosixPath' object is not iterable."""
    items = list(read_inputs(as_path(_folder(tmp_path))))
    assert [type(i) for i in items] == [RawDoc], items
    assert items[0].text.startswith("The finance ministers")


@pytest.mark.parametrize("paths", [None, 3, b"notes"])
def test_read_inputs_without_paths_says_what_it_wants(paths):
    """None was "TypeError: 'NoneType' object is not iterable", bytes a list of numbers each no file."""
    with pytest.raises(TypeError, match=r"read_inputs: paths must be a list of files or folders"):
        list(read_inputs(paths))


# -- clean_text given bytes says so, not "empty input" -------------------------------------------------------

def test_clean_text_given_bytes_names_them():
    """A page read in binary mode was cleaned to nothing with the reason 'empty input'."""
    res = clean_text(b"The two made-up states signed a fishing accord on Monday.", origin="page.txt")
    assert res.text == ""
    assert res.reason is not None and res.reason.startswith("page.txt: bytes, not text")
    assert "clean_html" in res.reason
    assert clean_text(17).reason == "not text but int: give the text as a str"  # type: ignore[arg-type]
    assert clean_text(None).reason == "empty input"  # type: ignore[arg-type]


# -- a store in a folder that makes no files (/proc) is not blamed on the file --------------------------------

@pytest.mark.skipif(not Path("/proc/self").is_dir(), reason="needs Linux's /proc")
def test_a_store_in_proc_says_the_folder_makes_no_files():
    """'--db /proc/x.duckdb' failed with ENOENT and the hint 'check that the file is a DuckDB database made
    by communique', of a file that never existed."""
    from communique import Store, StoreError

    with pytest.raises(StoreError) as caught:
        Store("/proc/x.duckdb")
    assert caught.value.cause == "read-only"
    assert "give --db a path in a folder you can write to" in str(caught.value)
    assert "made by communique" not in str(caught.value)


# -- actors build writes its output as the other commands do ------------------------------------------------

@pytest.mark.parametrize("flag", ["-o", "--out"])
def test_actors_build_says_it_made_the_folder(tmp_path: Path, flag: str):
    """'actors build --out reslts/kb.json' made the folder with its own mkdir, without a word (the other
    commands' outputs say so), and it had no -o as they do."""
    from click.testing import CliRunner

    from communique.cli import main

    out = tmp_path / "reslts" / "kb.json"
    result = CliRunner().invoke(main, ["actors", "build", flag, str(out)])
    assert result.exit_code == 0, result.output
    assert out.is_file() and out.stat().st_size > 1000
    assert "reslts: no such folder; made it for kb.json" in result.output
    assert [p.name for p in out.parent.iterdir()] == ["kb.json"]  # (no temporary file left beside it)


# -- placeholder and future publication dates: kept, with a note --------------------------------------------

@pytest.mark.parametrize(("published", "words"), [
    ("1970-01-01", "is the Unix epoch, a common placeholder for no date"),
    ("1900-01-01T00:00:00Z", "1900-01-01 is a spreadsheet's and database's zero date"),
    ("2099-05-02", "2099-05-02 is after today"),
    ("2099", "2099 is after today"),
])
def test_a_doubtful_publication_date_is_kept_with_a_note(published: str, words: str):
    """They were taken without a word, and 'yesterday' in the text became 1969-12-31."""
    from communique.pipeline import Cleaner

    notes: list[str] = []
    raw = RawDoc(id="r1", origin="feed.jsonl:3", text="The envoys met yesterday.", published=published)
    kept = Cleaner(notify=notes.append).dated(raw)
    assert kept.published == published  # (kept: a real article can have either date)
    assert len(notes) == 1 and notes[0].startswith("feed.jsonl:3: publication date ") and words in notes[0], notes
    for ordinary in ("2021-04-16", "1970-01-02", "1970", None):  # (no note on these)
        Cleaner(notify=notes.append).dated(RawDoc(id="r2", origin="f", text="They met.", published=ordinary))
    assert len(notes) == 1, notes


# -- the Python API: a str argument given None or a list names the function and the argument -----------------

def test_resolve_date_given_no_text_names_the_argument():
    """resolve_date(None, ...) was "AttributeError: 'NoneType' object has no attribute 'lower'"."""
    from communique import resolve_date

    with pytest.raises(TypeError, match=r"^resolve_date: expr must be a str, not None$"):
        resolve_date(None, "2021-04-16")  # type: ignore[arg-type]
    with pytest.raises(TypeError, match=r"^resolve_date: expr must be a str, not list$"):
        resolve_date(["yesterday"], "2021-04-16")  # type: ignore[arg-type]
    assert resolve_date("yesterday", "2021-04-16") == "2021-04-15"


def test_knowledge_base_resolve_given_no_text_names_the_argument():
    """KnowledgeBase.resolve(None) was "TypeError: object of type 'NoneType' has no len()", a list "expected
    string or bytes-like object, got 'list'"."""
    from communique import KnowledgeBase

    kb = KnowledgeBase.load()
    for wrong, what in ((None, "None"), (["France"], "list")):
        with pytest.raises(TypeError, match=rf"^KnowledgeBase.resolve: text must be a str, not {what}$"):
            kb.resolve(wrong, "2021-04-16")  # type: ignore[arg-type]
    actor = kb.resolve("France", "2021-04-16")
    assert actor is not None and actor.code == "FRA"


# -- events and show on a store that holds no events say so ------------------------------------------------

@pytest.fixture
def empty_store(tmp_path: Path) -> Path:
    from communique import Store

    path = tmp_path / "fresh.duckdb"
    Store(path).close()
    return path


@pytest.mark.parametrize("args", [["events"], ["events", "--by-event"], ["events", "--format", "jsonl"],
                                  ["events", "--type", "CONSULT"]])
def test_events_on_an_empty_store_say_it_is_empty(empty_store: Path, args: list[str]):
    """An empty table (or nothing) without a word, as if the filters had matched nothing."""
    from click.testing import CliRunner

    from communique.cli import main

    result = CliRunner().invoke(main, [*args, "--db", str(empty_store)])
    assert result.exit_code == 0, result.output
    assert f"note: {empty_store} holds no events yet; store some with `communique ingest INPUTS --db " \
           f"{empty_store}`" in result.output


def test_show_on_an_empty_store_does_not_send_the_user_to_list_ids(empty_store: Path, db: Path):
    """'no event with this id ...; `communique events --by-event` lists the event ids', which lists none."""
    from click.testing import CliRunner

    from communique.cli import main

    result = CliRunner().invoke(main, ["show", "ev_0123456789abcdef", "--db", str(empty_store)])
    assert result.exit_code == 1
    assert "no event with this id: " in result.output and "holds no events yet" in result.output
    assert "lists the event ids" not in result.output
    stored = CliRunner().invoke(main, ["show", "ev_0123456789abcdef", "--db", str(db)])  # (a store with events)
    assert stored.exit_code == 1 and "lists the event ids" in stored.output
    listed = CliRunner().invoke(main, ["events", "--db", str(db), "--type", "SANCTION", "--format", "jsonl"])
    assert listed.exit_code == 0 and "holds no events" not in listed.output
