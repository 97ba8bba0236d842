"""Messages a user reads: each names its input once, in plain English."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from communique._safe import kind_of
from communique.config import load_settings
from communique.errors import CommuniqueError, ConfigError, InputError
from communique.pipeline import Cleaner
from communique.read import load_manifest, read_inputs
from communique.types import RawDoc


@pytest.mark.parametrize("raw", [
    RawDoc(id="page", origin="site/page.html", html="<html><body><nav>Home | World | Sport</nav></body></html>"),
    RawDoc(id="page", origin="site/page.html", html="<html><head><title>404 Not Found</title></head></html>"),
    RawDoc(id="page", origin="site/page.html", text="Share this article\nAdvertisement\n"),
])
def test_a_page_without_article_names_its_origin_once(raw):
    with pytest.raises(InputError) as info:
        Cleaner(load_settings()).clean(raw)
    message = str(info.value)
    assert message.count("site/page.html") == 1, message
    assert message.startswith("site/page.html: no article text found"), message


@pytest.mark.parametrize("data, words", [
    (b"\x7fELF\x02\x01\x01" + bytes(200), "is an executable (ELF), not text"),
    (b"\xfd7zXZ\x00" + bytes(200), "is an xz-compressed file"),
    (b"%PDF-1.7\n" + bytes(200), "is a PDF document"),
    (b"hello\x00world" * 20, "is a binary file (contains NUL bytes)"),
])
def test_binary_inputs_are_named_with_the_right_article(tmp_path: Path, data: bytes, words: str):
    path = tmp_path / "doc.txt"
    path.write_bytes(data)
    (err,) = list(read_inputs([path]))
    assert isinstance(err, InputError)
    assert words in str(err) and " a executable" not in str(err) and " a xz" not in str(err)
    assert str(err).count(str(path)) == 1


def test_a_manifest_entry_of_the_wrong_kind_is_named_in_words(tmp_path: Path):
    path = tmp_path / "manifest.json"
    path.write_text(json.dumps([7]))
    with pytest.raises(InputError, match="is a whole number, not an object"):
        load_manifest(str(path))


def test_a_setting_of_the_wrong_kind_is_named_in_words(monkeypatch):
    monkeypatch.setenv("COMMUNIQUE_MAX_INPUT_BYTES", "lots")
    with pytest.raises(ConfigError) as info:
        load_settings()
    assert "is not a whole number" in str(info.value) and "a int" not in str(info.value)


@pytest.mark.parametrize("value, words", [(1, "a whole number"), (1.5, "a number"), ("x", "a string"),
                                          (True, "true or false"), ([], "a list"), ({}, "an object"),
                                          (None, "null"), (b"x", "a value of type bytes")])
def test_kind_of(value, words):
    assert kind_of(value) == words


def test_every_error_names_its_input_once():
    err = CommuniqueError("no article text found", input="a.html", hint="check it")
    assert str(err) == "a.html: no article text found (check it)"


def test_actors_show_prints_the_whole_source_wrapped_to_the_terminal():
    from click.testing import CliRunner

    from communique.actors import KnowledgeBase
    from communique.cli import main

    (item,) = [i for i in KnowledgeBase.default().show("QUAD") if i["id"] == "org/QUAD"]
    result = CliRunner().invoke(main, ["actors", "show", "QUAD"], env={"COLUMNS": "80"})
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    start = next(i for i, ln in enumerate(lines) if ln.startswith("  source: "))
    end = next((i for i in range(start + 1, len(lines)) if not lines[i].startswith("    ")), len(lines))
    printed = " ".join(ln.strip() for ln in lines[start:end]).removeprefix("source: ")
    assert printed == " ".join(item["source"].split())
    assert all(len(ln) <= 80 for ln in lines)


def test_an_event_does_not_list_its_source_and_target_again_among_participants():
    from communique.types import Actor, Event, Evidence

    usa = Actor("USA", "United States", "state")
    biden = Actor("USA", "Joe Biden", "person", role="head of state")
    jpn = Actor("JPN", "Japan", "state")
    kishida = Actor("JPN", "Fumio Kishida", "person", role="head of government")
    kor = Actor("KOR", "South Korea", "state")
    yoon = Actor("KOR", "Yoon Suk Yeol", "person", role="head of state")
    ev = Event(doc_id="d", type="CONSULT", evidence=Evidence("x", 0, 1), source=usa, target=jpn,
               participants=(kor, biden, kishida, yoon))
    assert ev.participants == (yoon,)
    assert [a["code"] for a in ev.to_exchange()["participants"]] == ["KOR"]
    assert {a.code for a in ev.actors()} == {"USA", "JPN", "KOR"}
    # a named person of a side stands for it: the names are kept, the codes are not repeated
    assert (ev.source, ev.target) == (biden, kishida)
    blinken = Actor("USA", "Antony Blinken", "person")
    austin = Actor("USA", "Lloyd Austin", "person")
    ev = Event(doc_id="d", type="CONSULT", evidence=Evidence("x", 0, 1), source=blinken, target=jpn,
               participants=(austin,))
    assert (ev.source, ev.target, ev.participants) == (blinken, jpn, (austin,))  # two people of one side
    ev = Event(doc_id="d", type="CONSULT", evidence=Evidence("x", 0, 1), source=blinken, target=jpn,
               participants=(blinken, jpn, usa))
    assert ev.participants == ()


LONG = ("Secretary of State Antony Blinken and Defence Secretary Lloyd Austin met their Japanese counterparts "
        "in Tokyo on Tuesday, the first cabinet-level trip abroad of the new administration, and agreed to "
        "oppose coercion and destabilising behaviour in the region, a joint statement said after the talks.")


def _rows() -> list[dict]:
    return [{"doc_id": "reuters-2021-03-16-blinken", "title": "Blinken and Austin in Tokyo", "published": "2021-03-16",
             "type": "CONSULT", "mode": "visit", "quad_class": "verbal_cooperation", "intensity": 1.0,
             "source": {"code": "USA", "name": "Antony Blinken"}, "target": {"code": "JPN", "name": "Japan"},
             "participants": [{"code": "KOR", "name": "South Korea"}], "date": "2021-03-16", "status": "occurred",
             "evidence": {"text": LONG}}]


@pytest.mark.parametrize("width", [60, 80, 120, 200, 260])
def test_the_event_listing_fits_the_width_and_keeps_the_whole_evidence(width):
    import io

    from rich.console import Console

    from communique.store._show import print_events

    buf = io.StringIO()
    print_events(_rows(), Console(file=buf, width=width, color_system=None))
    lines = buf.getvalue().splitlines()
    assert all(len(ln) <= width for ln in lines), max(len(ln) for ln in lines)
    if width >= 200:  # a table: the evidence is the last column
        cells = [ln.split("│")[-2].strip() for ln in lines if ln.startswith("│")]
    else:  # blocks: the evidence is indented by four spaces
        cells = [ln.strip() for ln in lines if ln.startswith("    ")]
    assert " ".join(c for c in cells if c) == LONG
    page = " ".join(lines)
    assert "reuters-2021-03-16-blinken" in page or width >= 200
    assert "CONSULT/visit" in page and "+1.0" in page and "(2021-03-16)" in page.replace(" ", "")


def test_events_command_uses_the_columns_it_is_given(db: Path):
    from click.testing import CliRunner

    from communique.store.cli import events_command

    for width in ("70", "230"):
        res = CliRunner().invoke(events_command, ["--db", str(db)], env={"COLUMNS": width})
        assert res.exit_code == 0, res.output
        assert max(len(ln) for ln in res.output.splitlines()) <= int(width)
        assert "doc1" in res.output


def test_jsonl_records_of_the_wrong_kind_are_named_in_words(tmp_path: Path):
    feed = tmp_path / "feed.jsonl"
    feed.write_text('[1, 2]\n{"id": 7.5, "text": "x"}\n{"id": "a", "text": ["x"]}\n')
    messages = [str(e) for e in read_inputs([feed]) if isinstance(e, InputError)]
    assert "the line holds a list, not a JSON object" in messages[0]
    assert any('"text" must be a string, not a list' in m for m in messages), messages
    assert not any(" float" in m or " list," in m and "a list" not in m for m in messages), messages
