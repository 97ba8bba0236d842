"""Corrections of the resolver: a name (at dates) -> another actor, or no actor at all.

A user YAML file passed with ``--extra`` may hold, beside ``actors:``, a list ``overrides:``::

    overrides:
      - {name: Carter, from: 2015-02-17, to: 2017-01-20, actor: person/ash_carter}   # remap
      - {name: Apple, actor: null}                                                    # block
      - {name: The Fed, actor: USA}                                                   # a code

``name`` is compared with the whole mention text, case and spacing ignored; ``from``/``to``
(optional, ``to`` exclusive) bound the article dates it applies to; ``actor`` is a knowledge-base
id (``communique actors show NAME`` prints it), a state or organisation code, or ``null`` to
drop the mention. Overrides apply wherever the knowledge base resolves: ``extract``,
``ingest``, ``actors resolve``.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from communique.actors.sources import load_yaml
from communique.actors.text import phrase_key
from communique.errors import KnowledgeBaseError


@dataclass(frozen=True)
class Override:
    """One correction: the mention ``key`` (a phrase key) at dates [start, end) -> ``actor`` (None blocks)."""

    key: str
    actor: str | None
    start: str | None = None
    end: str | None = None
    where: str = ""

    def applies(self, date: str | None) -> bool:
        if date is None:  # an undated article: only the overrides without dates
            return self.start is None and self.end is None
        return (self.start is None or date >= self.start) and (self.end is None or date < self.end)


def _date(value: Any, where: str) -> str | None:
    from communique.dateinput import DateInputError, parse_date

    try:
        return parse_date(value)
    except DateInputError as err:
        raise KnowledgeBaseError(f"bad date in an override: {err.message}", input=where, hint=err.hint) from None


def read_overrides(path: str | Path) -> list[Override]:
    """The ``overrides:`` of a YAML file (none for other files or a YAML without them)."""
    p = Path(path)
    if p.suffix.lower() not in (".yaml", ".yml") or not p.is_file():
        return []
    data = load_yaml(p)
    items = data.get("overrides") if isinstance(data, dict) else None
    if items is None:
        return []
    if not isinstance(items, list):
        raise KnowledgeBaseError("`overrides:` must be a list", input=str(p),
                                 hint="write - {name: NAME, actor: ID or CODE or null}")
    out = []
    for n, item in enumerate(items, 1):
        where = f"{p}#overrides[{n}]"
        if not isinstance(item, dict) or not str(item.get("name") or "").strip() or "actor" not in item:
            raise KnowledgeBaseError("an override needs `name` and `actor`", input=where,
                                     hint="e.g. {name: Carter, actor: person/ash_carter}; actor: null blocks the name")
        actor = item["actor"]
        out.append(Override(key=phrase_key(str(item["name"])), actor=None if actor is None else str(actor).strip(),
                            start=_date(item.get("from"), where), end=_date(item.get("to"), where), where=where))
    return out
