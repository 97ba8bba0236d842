"""User overrides correct wrong resolutions: remap a name (at dates) to another actor, or block it."""

from __future__ import annotations

from pathlib import Path

import pytest

from communique.actors import KnowledgeBase
from communique.errors import KnowledgeBaseError

OVERRIDES = """\
source: our desk's corrections
overrides:
  - {name: Jimmy Carter, actor: null}                # not Ash Carter: block it
  - {name: Abe, to: 1991-05-15, actor: JPN}         # before 1991 our Abe is Shintaro Abe's Japan
  - {name: Brussels, actor: BEL}                    # the city, not the EU
  - {name: Ashton, actor: person/ash_carter, to: 2017-01-20}
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory) -> KnowledgeBase:
    path = tmp_path_factory.mktemp("ov") / "fixes.yaml"
    path.write_text(OVERRIDES, encoding="utf-8")
    return KnowledgeBase.load(extra=[path])


def test_without_overrides_the_wrong_abe_is_found() -> None:
    assert KnowledgeBase.default().resolve("Abe", "1984-01-01").name == "Shinzo Abe"


def test_block_remap_and_dates(kb: KnowledgeBase) -> None:
    assert kb.resolve("Jimmy Carter", "2016-03-01") is None
    assert kb.resolve("Carter", "2016-03-01").name == "Ash Carter"  # no override for the bare name
    early = kb.resolve("Abe", "1984-01-01")
    assert (early.code, early.kind) == ("JPN", "state")
    assert kb.resolve("Abe", "2015-05-01").name == "Shinzo Abe"  # after the override's dates: the base decides
    assert KnowledgeBase.default().resolve("Brussels", "2020-01-01").code == "EU"
    assert kb.resolve("Brussels", "2020-01-01").code == "BEL"
    assert kb.resolve("Ashton", "2016-03-01").id == "person/ash_carter"
    assert kb.resolve("Ashton", "2018-03-01").name == "Catherine Ashton"  # out of its dates: the base decides


def test_overrides_apply_to_mentions_in_text(kb: KnowledgeBase) -> None:
    text = "Jimmy Carter met Ashton in Brussels."
    found = {m.text: m.actor.code for m in kb.mentions_in_text(text, "2016-03-01")}
    assert found == {"Ashton": "USA", "Brussels": "BEL"}
    text = "Former president Jimmy Carter visited Pyongyang."
    assert [m.text for m in kb.mentions_in_text(text, "2022-03-01")] == ["Pyongyang"]


@pytest.mark.parametrize("body, words", [
    ("overrides:\n  - {name: Carter, actor: person/nobody}\n", ["person/nobody", "not in the knowledge base"]),
    ("overrides:\n  - {name: Carter}\n", ["needs `name` and `actor`"]),
    ("overrides:\n  - {name: Carter, actor: USA, from: 05/06/2014}\n", ["ambiguous"]),
    ("overrides: Carter\n", ["must be a list"]),
])
def test_bad_overrides_are_named(tmp_path: Path, body: str, words: list[str]) -> None:
    path = tmp_path / "bad.yaml"
    path.write_text(body, encoding="utf-8")
    with pytest.raises(KnowledgeBaseError) as err:
        KnowledgeBase.load(extra=[path])
    assert "bad.yaml" in str(err.value)
    for w in words:
        assert w in str(err.value)


def test_extract_and_ingest_take_extra_files(tmp_path: Path) -> None:
    import json

    from click.testing import CliRunner

    from communique.cli import main
    from communique.store import Store

    doc = tmp_path / "carter.txt"
    doc.write_text("Xi Jinping met Secretary of State John Kerry in Beijing on Monday to discuss trade.\n")
    fixes = tmp_path / "fixes.yaml"
    fixes.write_text("overrides:\n  - {name: Xi Jinping, actor: null}\n", encoding="utf-8")

    def names(args: list[str]) -> set[str]:
        res = CliRunner().invoke(main, ["extract", str(doc), "--published", "2016-03-01", "-q", *args])
        assert res.exit_code == 0, res.output
        rows = [json.loads(x) for x in res.stdout.splitlines()]
        return {a["name"] for r in rows for a in [r["source"], r["target"], *r["participants"]] if a}

    assert "Xi Jinping" in names([])
    assert "Xi Jinping" not in names(["--extra", str(fixes)])

    db = str(tmp_path / "ev.duckdb")
    base = ["ingest", str(doc), "--published", "2016-03-01", "--db", db, "-q"]
    assert CliRunner().invoke(main, base).exit_code == 0
    res = CliRunner().invoke(main, [*base, "--extra", str(fixes), "--reprocess"])
    assert res.exit_code == 0, res.output
    with Store(db, read_only=True) as store:
        rows = store.query()
    assert not any("Xi Jinping" in json.dumps(r) for r in rows)
