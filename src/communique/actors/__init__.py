"""Actors: the knowledge base of states, organisations and dated people, and its resolver.

``KnowledgeBase.load(extra=(...))`` loads the packaged compiled base plus user
files; ``kb.resolve(text, date)``, ``kb.find_mentions(doc, date)``,
``kb.show(code)`` and ``kb.place(text)`` are the pipeline's entry points.
"""

from __future__ import annotations

from typing import Any

__all__ = ["KnowledgeBase", "normalize_date"]


def __getattr__(name: str) -> Any:
    # imported lazily so that `python -m communique.actors.build` runs cleanly
    if name in __all__:
        from communique.actors import kb

        return getattr(kb, name)
    raise AttributeError(name)
