"""The twenty-seventh red-team pass: bad inputs and user-facing commands (see each section)."""

from __future__ import annotations

from pathlib import Path

import pytest

# -- the Python API: a path argument given None or a number ------------------------------------------------


@pytest.mark.parametrize("value", [None, 3, b"events.duckdb"])
def test_store_given_no_path_names_the_argument(value: object):
    """Store(None) was 'expected str, bytes or os.PathLike object, not NoneType', from pathlib."""
    from communique import Store

    with pytest.raises(TypeError, match=r"^Store: path must be a file path \(a str or a pathlib\.Path\), not "):
        Store(value)  # type: ignore[arg-type]


@pytest.mark.parametrize("value", [None, 3])
def test_load_manifest_given_no_path_names_the_argument(value: object, tmp_path: Path):
    """load_manifest(None) was the same TypeError from pathlib, naming neither the function nor the argument."""
    from communique import Store, load_manifest

    with pytest.raises(TypeError, match=r"^load_manifest: path must be a file path"):
        load_manifest(value)  # type: ignore[arg-type]
    man = tmp_path / "m.json"  # (a str or a Path is still taken)
    man.write_text('{"d1": {"published": "2021-04-16"}}', encoding="utf-8")
    assert load_manifest(str(man)) == load_manifest(man)
    with Store(tmp_path / "x.duckdb") as store:
        assert store.created


# -- event dates before 1800: stored, and now selectable by the event filters -------------------------------


def _dated(tmp_path: Path) -> Path:
    """A store of two events: a treaty of 1648 told in a 2021 article, and talks of 2021."""
    from communique import Actor, Article, ArticleResult, Event, Evidence, Store

    text = "In 1648 two made-up realms signed a peace. Their heirs held talks on Monday."
    art = Article(id="h1", text=text, published="2021-04-16", fingerprint="fp-h1", origin="h1.txt")
    sides = dict(source=Actor(code="FRA", name="France", kind="state"),
                 target=Actor(code="SWE", name="Sweden", kind="state"))
    old = Event(doc_id="h1", type="AGREE", evidence=Evidence(text=text[:42], start=0, end=42), date="1648",
                event_id="ev-1648", **sides)  # type: ignore[arg-type]
    new = Event(doc_id="h1", type="CONSULT", evidence=Evidence(text=text[43:], start=43, end=len(text)),
                date="2021-04-12", event_id="ev-2021", **sides)  # type: ignore[arg-type]
    db = tmp_path / "dated.duckdb"
    with Store(db) as store:
        store.write([ArticleResult(art, (), (old, new))])
    return db


def test_an_event_dated_1648_is_found_by_until_1700(tmp_path: Path):
    """It was stored, and --until 1700 was refused: "'1700' is outside the years news is dated (1800-2100)"."""
    import json

    from click.testing import CliRunner

    from communique.cli import main

    db = _dated(tmp_path)
    res = CliRunner().invoke(main, ["events", "--db", str(db), "--until", "1700", "--undated", "exclude",
                                    "--format", "jsonl"])
    assert res.exit_code == 0, res.output
    dates = [json.loads(line)["date"] for line in res.stdout.splitlines() if line.strip()]
    assert dates == ["1648"], res.stdout


@pytest.mark.parametrize("value", ["0999", "3000-01-01"])
def test_an_event_filter_outside_the_years_of_event_dates_says_which_years(value: str):
    from communique.store import QueryError, make_query

    with pytest.raises(QueryError, match=r"outside the years an event can be dated \(1000-2999\)"):
        make_query(since=value)


def test_the_api_selects_an_event_dated_1648(tmp_path: Path):
    pytest.importorskip("fastapi", reason="the server extra is not installed")
    from fastapi.testclient import TestClient

    from communique.api import create_app

    with TestClient(create_app(_dated(tmp_path))) as client:
        r = client.get("/api/events", params={"since": "1600", "until": "1699"})
        assert r.status_code == 200, r.text
        assert [e["date"] for e in r.json()["events"]] == ["1648"], r.text
        arts = client.get("/api/articles", params={"since": "1600"})  # publication dates stay 1800-2100
        assert arts.status_code == 422 and "1800-2100" in arts.text, arts.text


# -- the command starts light, and a Ctrl-C while it loads is one line (exit status 130) -------------------

#: Python code run as ``python -c``: a Ctrl-C landing while the module ``sys.argv[1]`` is imported (a
#: finder first on the import path raises it, as the signal would), then the command with the other arguments.
_CTRL_C_IN_IMPORT = """
import sys
target = sys.argv.pop(1)
class CtrlC:
    def find_spec(self, name, path=None, target_=None):
        if name == target:
            raise KeyboardInterrupt
        return None
sys.meta_path.insert(0, CtrlC())
from communique.cli import main
main()
"""


def _run(code: str, *args: str) -> "subprocess.CompletedProcess[str]":
    import os
    import subprocess
    import sys

    import communique

    env = {**os.environ, "PYTHONPATH": str(Path(communique.__file__).parents[1])}
    return subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True, env=env, timeout=120)


def test_communique_help_loads_no_store_model_or_server():
    """``communique --help`` imported DuckDB, Arrow, numpy and rich (a third of a second before any word)."""
    code = ("import sys, contextlib, io\nfrom communique.cli import main\n"
            "with contextlib.suppress(SystemExit), contextlib.redirect_stdout(io.StringIO()):\n    main(['--help'])\n"
            "print(' '.join(sorted(m for m in ('duckdb', 'pyarrow', 'numpy', 'rich', 'spacy', 'communique.store', "
            "'communique.config', 'communique.api') if m in sys.modules)))")
    res = _run(code)
    assert res.returncode == 0 and res.stdout.strip() == "", (res.stdout, res.stderr)


def test_the_listed_summaries_are_the_commands_own():
    """``communique --help`` lists the lazy commands from ``LAZY_COMMANDS`` without loading them: the
    summaries there must stay the commands' own."""
    import click

    from communique.cli import LAZY_COMMANDS, main

    ctx = click.Context(main)
    for name, (_, _, summary) in LAZY_COMMANDS.items():
        cmd = main.get_command(ctx, name)
        assert cmd is not None and cmd.get_short_help_str(10_000) == summary, name


@pytest.mark.parametrize("module, args", [("click", ["--help"]), ("communique.errors", ["events", "--help"]),
                                          ("communique._signals", ["extract", "x"])])
def test_a_ctrl_c_while_the_command_starts_is_one_line(module: str, args: list[str]):
    """It was a traceback of the import the Ctrl-C landed in (exit status 1)."""
    res = _run(_CTRL_C_IN_IMPORT, module, *args)
    assert res.returncode == 130, (res.returncode, res.stderr)
    assert res.stderr == "communique: interrupted while starting; nothing was done (run the command again)\n", \
        res.stderr


@pytest.mark.parametrize("module, args", [("communique.store.cli", ["events", "--db", "x.duckdb"]),
                                          ("communique.actors.cli", ["actors", "resolve", "Japan"]),
                                          ("communique.api.cli", ["serve", "--help"])])
def test_a_ctrl_c_while_a_command_loads_is_one_line(module: str, args: list[str]):
    res = _run(_CTRL_C_IN_IMPORT, module, *args)
    assert res.returncode == 130, (res.returncode, res.stderr)
    assert res.stderr == f"Error: {args[0]}: interrupted while loading the command; nothing was done (run the " \
                         "command again)\n", res.stderr


def test_a_ctrl_c_in_a_command_without_its_own_handler_is_exit_status_130(monkeypatch: pytest.MonkeyPatch):
    """``actors resolve`` stopped while the knowledge base loads was click's 'Aborted!', exit status 1."""
    from click.testing import CliRunner

    import communique.actors.cli as actors_cli
    from communique.cli import main

    def ctrl_c(*args: object) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(actors_cli, "_load", ctrl_c)
    res = CliRunner().invoke(main, ["actors", "resolve", "Japan", "--date", "2021-04-16"])
    assert res.exit_code == 130, (res.output, res.exception)
    assert res.stderr == "Error: actors: interrupted (run the command again)\n", res.stderr


def test_a_mistyped_command_is_suggested_without_loading_the_store():
    code = ("import sys, contextlib\nfrom communique.cli import main\n"
            "with contextlib.suppress(SystemExit):\n    main(['exprt'])\n"
            "print('store loaded' if 'communique.store' in sys.modules else 'light')")
    res = _run(code)
    assert "No such command 'exprt'. Did you mean 'export'?" in res.stderr and res.stdout.strip() == "light", \
        (res.stdout, res.stderr)


# -- JSONL: a feed whose first line a crash zeroed ----------------------------------------------------------


@pytest.mark.parametrize("how", ["file", "gz", "stdin"])
def test_a_jsonl_feed_zeroed_at_its_start_costs_its_first_line_only(tmp_path: Path, how: str,
                                                                    monkeypatch: pytest.MonkeyPatch):
    """A stretch of NUL bytes at the start of a feed (a crash while it was written; zeroes in the middle or
    at the end already cost their line only) refused the whole file as 'a binary file (contains NUL bytes)'."""
    import gzip
    import io
    import json
    import types

    from communique import CommuniqueError, read_inputs

    goods = [json.dumps({"id": f"z{i}", "text": f"The ministers of two made-up states met on Monday, round {i}."})
             for i in range(3)]
    data = b"\x00" * 600 + b'ministers met"}\n' + "\n".join(goods).encode() + b"\n"
    if how == "stdin":
        monkeypatch.setattr("sys.stdin", types.SimpleNamespace(buffer=io.BytesIO(data), isatty=lambda: False))
        path = "-"
    else:
        file = tmp_path / ("feed.jsonl.gz" if how == "gz" else "feed.jsonl")
        file.write_bytes(gzip.compress(data) if how == "gz" else data)
        path = str(file)
    items = list(read_inputs([path]))
    errs = [i for i in items if isinstance(i, CommuniqueError)]
    assert [getattr(i, "id", None) for i in items if i not in errs] == ["z0", "z1", "z2"], items
    assert len(errs) == 1 and errs[0].code == "E103" and "NUL bytes" in errs[0].message, errs
    assert str(errs[0].input).endswith(":1"), errs[0].input

    blob = tmp_path / "blob.jsonl"  # (a file with NUL bytes and no JSON object line is still refused whole)
    blob.write_bytes((b"\x00" * 300 + b"\n") * 20 + b"not json either\n")
    refused = list(read_inputs([blob]))
    assert len(refused) == 1 and isinstance(refused[0], CommuniqueError) and refused[0].code == "E102", refused


# -- a filter of nothing visible ------------------------------------------------------------------------------


@pytest.mark.parametrize("value", ["\x00", "\u200b", "\x01 "])
def test_a_text_filter_of_nothing_visible_is_refused_not_dropped(tmp_path: Path, value: str):
    """``text=%00`` (a NUL, a zero-width space) was cleaned to nothing and the filter dropped: every event listed."""
    pytest.importorskip("fastapi", reason="the server extra is not installed")
    from fastapi.testclient import TestClient

    from communique.api import create_app
    from communique.store import QueryError, make_query

    with pytest.raises(QueryError, match=r"holds no visible character \(give a value, or leave --text out\)"):
        make_query(text=value)
    with pytest.raises(QueryError, match=r"^--doc: .* holds no visible character"):
        make_query(doc_ids=[value])  # (it looked for an article called 'doc')
    with TestClient(create_app(_dated(tmp_path))) as client:
        r = client.get("/api/events", params={"text": value})
        assert r.status_code == 422 and r.json()["detail"][0]["loc"] == ["query", "text"], r.text


# -- an output whose name says another format ---------------------------------------------------------------


@pytest.mark.parametrize("args, name, words", [
    (["export", "--format", "parquet"], "events.csv", "the name says csv, but the output is parquet (give -o "
                                                      "events.parquet, or --format csv)"),
    (["export", "--format", "jsonl"], "events.jsonl.gz", "the name says compressed, but communique writes plain "
                                                         "jsonl (give -o events.jsonl, or compress it yourself"),
    (["export", "--canonical"], "store.jsonl.gz", "the name says compressed"),
    (["export"], "events.csv", "give --format csv (the format"),
    (["clean", "IN"], "clean.csv", "the name says csv, but the output is jsonl (give -o clean.jsonl)"),
])
def test_an_output_named_for_another_format_is_refused(tmp_path: Path, args: list[str], name: str, words: str):
    """``export --format parquet -o events.csv`` wrote Parquet into a .csv file, and ``-o events.jsonl.gz``
    plain text that ``communique ingest`` then refused as 'not a gzip file'; ``export -o events.csv``
    said only 'give --format jsonl, csv or parquet'."""
    from click.testing import CliRunner

    from communique.cli import main

    article = tmp_path / "a.txt"
    article.write_text("The ministers of two made-up states met in a port town on Monday.\n", encoding="utf-8")
    db = _dated(tmp_path) if args[0] == "export" else None
    out = tmp_path / name
    argv = [str(article) if a == "IN" else a for a in args] + (["--db", str(db)] if db else []) + ["-o", str(out)]
    res = CliRunner().invoke(main, argv)
    assert res.exit_code in (1, 2) and words in res.stderr, res.stderr
    assert not out.exists()


# -- standard input closed, or given twice -------------------------------------------------------------------


def test_a_closed_standard_input_says_so(monkeypatch: pytest.MonkeyPatch):
    """``communique ingest - <&-`` (or from a daemon) was 'cannot read it: AttributeError: 'NoneType' object
    has no attribute 'buffer' (check the path)'."""
    from communique import InputError, read_inputs

    monkeypatch.setattr("sys.stdin", None)
    items = list(read_inputs(["-"]))
    assert len(items) == 1 and type(items[0]) is InputError, items
    assert str(items[0]) == ("<stdin>: standard input is closed; there is nothing to read (pipe or redirect JSONL "
                             "into it: < feed.jsonl; or give the file's name instead of '-')")


def test_standard_input_given_twice_is_read_once_and_said(monkeypatch: pytest.MonkeyPatch):
    """The second '-' found standard input used up: 'the JSONL input holds no records'."""
    import io
    import json
    import types

    from communique import CommuniqueError, read_inputs

    feed = json.dumps({"id": "s1", "text": "The ministers of two made-up states met on Monday."}) + "\n"
    monkeypatch.setattr("sys.stdin", types.SimpleNamespace(buffer=io.BytesIO(feed.encode()), isatty=lambda: False))
    items = list(read_inputs(["-", "-"]))
    assert [getattr(i, "id", None) for i in items[:1]] == ["s1"] and len(items) == 2, items
    assert isinstance(items[1], CommuniqueError) and "'-' is given more than once" in str(items[1]), items


# -- the API names a repeatable parameter, not the index of its value ---------------------------------------


@pytest.mark.parametrize("param", ["class", "status", "date_basis"])
def test_a_bad_value_of_a_repeatable_parameter_names_the_parameter(tmp_path: Path, param: str):
    """``class=nope`` was '0: unknown value 'nope' (...)': the index of the value in the list, not its parameter."""
    pytest.importorskip("fastapi", reason="the server extra is not installed")
    from fastapi.testclient import TestClient

    from communique.api import create_app

    with TestClient(create_app(_dated(tmp_path))) as client:
        r = client.get("/api/events", params=[(param, "nope")])
        assert r.status_code == 422, r.text
        assert r.json()["detail"][0]["msg"].startswith(f"{param}: unknown value 'nope' (use one of: "), r.text


# -- the Python API: more arguments of the wrong type --------------------------------------------------------


def test_python_api_arguments_of_the_wrong_type_name_the_function_and_argument(tmp_path: Path):
    """Each failed deep inside: DuckDB's 'connect(): incompatible function arguments' (read_only='yes'),
    "'list' object has no attribute 'get'" (a manifest list), "can only concatenate str" (max_bytes='x'),
    pathlib's 'expected str, bytes or os.PathLike object' (load_settings(5)), "'str' object has no
    attribute 'actor'" (store.query('x')), "'NoneType' object has no attribute 'lower'" / "'write'" (export)."""
    from communique import Store, load_settings, read_inputs

    article = tmp_path / "a.txt"
    article.write_text("The ministers of two made-up states met in a port town on Monday.\n", encoding="utf-8")
    db = _dated(tmp_path)
    cases = [
        (lambda: Store(db, read_only="yes"), r"^Store: read_only must be True or False, not str$"),  # type: ignore[arg-type]
        (lambda: list(read_inputs([article], manifest=[1])), r"^read_inputs: manifest must be a mapping"),  # type: ignore[arg-type]
        (lambda: list(read_inputs([article], max_bytes="x")), r"^read_inputs: max_bytes must be a whole number"),  # type: ignore[arg-type]
        (lambda: load_settings(5), r"^load_settings: path must be a file path"),  # type: ignore[arg-type]
    ]
    for call, message in cases:
        with pytest.raises(TypeError, match=message):
            call()
    with Store(db, read_only=True) as store:
        with pytest.raises(TypeError, match=r"q must be an EventQuery"):
            store.query("x")  # type: ignore[arg-type]
        with pytest.raises(TypeError, match=r"^Store.export: fmt must be one of jsonl, csv, parquet, not None$"):
            store.export(None, tmp_path / "o.jsonl")  # type: ignore[arg-type]
        with pytest.raises(TypeError, match=r"^Store.export: out must be a file path or an open text stream"):
            store.export("jsonl", None)  # type: ignore[arg-type]


def test_settings_overrides_are_checked_as_a_settings_file_is():
    """``with_overrides(batch_size=0)`` was taken (a zero batch reads no article), and a misspelt name was
    dataclasses' "unexpected keyword argument"."""
    from communique import load_settings
    from communique.errors import ConfigError

    base = load_settings()
    with pytest.raises(ConfigError, match=r"setting 'batch_size' = 0 is out of range"):
        base.with_overrides(batch_size=0)
    with pytest.raises(ConfigError, match=r"unknown setting 'batch_sise'"):
        base.with_overrides(batch_sise=8)
    assert base.with_overrides(db=Path("x.duckdb"), processes=2).db == "x.duckdb"
