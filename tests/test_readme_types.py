"""The README's list of event types: every example sentence gives the type and the actors it says."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from communique.events.classes import QUAD_CLASS, intensity
from communique.types import EVENT_TYPES, RawDoc

README = Path(__file__).resolve().parent.parent / "README.md"


def _rows() -> list[tuple[str, str, str, str]]:
    text = README.read_text(encoding="utf-8")
    section = text[text.index("**The types** (PLOVER)"):]
    section = section[:section.index("\n\n", section.index("| --- |"))]
    rows = []
    for line in section.splitlines():
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if len(cells) == 4 and cells[0] in EVENT_TYPES:
            rows.append((cells[0], cells[1], cells[2], cells[3]))
    return rows


def test_the_readme_lists_every_type_once_with_its_class_and_intensity():
    rows = _rows()
    assert sorted(r[0] for r in rows) == sorted(EVENT_TYPES)
    for etype, measures, _, _ in rows:
        cls, value = measures.split(", ")
        assert cls == QUAD_CLASS[etype].replace("_", " ")
        assert float(value) == intensity(etype)


def test_every_example_sentence_gives_what_the_readme_says(pipeline):
    rows = _rows()
    docs = [RawDoc(id=etype, origin=f"README:{etype}", text=sentence, published="2023-05-10")
            for etype, _, sentence, _ in rows]
    found = {r.article.id: r.events for r in pipeline.run(docs)}
    for etype, _, sentence, said in rows:
        m = re.match(r"(\w+)(?:/[\w-]+)? ([A-Z]+)(?:, ([A-Z]+)| -> ([A-Z]+))?", said)
        assert m and m.group(1) == etype, said
        codes = {c for c in m.groups()[1:] if c}
        hits = [e for e in found.get(etype, []) if e.type == etype and codes <= {a.code for a in e.actors()}]
        assert hits, f"{sentence!r}: no {etype} with {sorted(codes)}: {found.get(etype)}"
        if m.group(4):  # "A -> B": directed
            assert any(e.source and e.source.code == m.group(2) and e.target and e.target.code == m.group(4)
                       for e in hits), said
