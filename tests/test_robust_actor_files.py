"""A malformed actor file given with --extra (YAML that is no UTF-8, a value YAML cannot build,
actors or roles that are no list, aliases that are a number) is one KnowledgeBaseError naming the
file, never a TypeError or UnicodeDecodeError out of the knowledge base's loading."""

from __future__ import annotations

from pathlib import Path

import pytest

from communique.actors import KnowledgeBase
from communique.errors import KnowledgeBaseError

CASES = [
    (b"\xff\xfe\x00\x01actors", "cannot read YAML"),
    (b"actors: 5\n", "expected a list of actors"),
    (b"actors:\n  - {name: Jane Roe, kind: person, roles: 5}\n", "roles of 'Jane Roe'"),
    (b"actors:\n  - {name: Jane Roe, kind: person, roles: [president]}\n", "roles of 'Jane Roe'"),
    (b"actors:\n  - {name: Jane Roe, kind: person, roles: [[president, 2020-13-45]]}\n", "cannot read YAML"),
    (b"actors:\n  - {name: Roe Fund, kind: organization, code: RFD, aliases: 7}\n", "expected a list of names"),
    (b"actors:\n  - {name: Roe Fund, kind: organization, code: RFD, titles: [a]}\n", "titles of 'Roe Fund'"),
    (b"overrides:\n  - {name: Roe, actor: USA, from: 2021-02-30}\n", "cannot read YAML"),
]


@pytest.mark.parametrize("data, words", CASES)
def test_a_malformed_actor_file_is_one_message_naming_it(tmp_path: Path, data: bytes, words: str):
    path = tmp_path / "mine.yaml"
    path.write_bytes(data)
    with pytest.raises(KnowledgeBaseError) as info:
        KnowledgeBase.load(extra=(str(path),))
    assert str(path) in str(info.value) and words in str(info.value), str(info.value)


def test_a_wellformed_actor_file_still_loads(tmp_path: Path):
    path = tmp_path / "mine.yaml"
    path.write_text("actors:\n  - {name: Roe Fund, kind: organization, code: RFD, aliases: [the Roe Fund],"
                    " titles: {fund chair: chair}}\n  - {name: Jane Roe, kind: person, country: GBR,"
                    " roles: [[foreign minister, 2030-01-15, null]]}\n")
    kb = KnowledgeBase.load(extra=(str(path),))
    assert kb.resolve("Roe Fund") is not None
