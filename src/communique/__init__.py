"""communique: news articles in, dated and resolved international-relations events out.

The supported public API is what ``__all__`` lists; everything else is internal.
Every name loads on first use, not at import: the heavy parts (spaCy, trafilatura, DuckDB), and the
light ones too, so that ``communique`` starts at once and a Ctrl-C while it starts is one line.
"""

from __future__ import annotations

from importlib import import_module

#: (not ``typing``'s: importing the package loads nothing, so that the command starts at once)
TYPE_CHECKING = False
if TYPE_CHECKING:  # the names below load on first use (``_LAZY``)
    from typing import Any

    from .config import Settings, load_settings
    from .errors import CommuniqueError, InputError, KnowledgeBaseError, StoreError
    from .types import (EVENT_TYPES, STATUSES, Actor, Article, ArticleResult, Event, Evidence, Location, Mention,
                        RawDoc)

__version__ = "0.1.0"

_LAZY = {
    **dict.fromkeys(("Settings", "load_settings"), "communique.config"),
    **dict.fromkeys(("CommuniqueError", "InputError", "KnowledgeBaseError", "StoreError"), "communique.errors"),
    **dict.fromkeys(("EVENT_TYPES", "STATUSES", "Actor", "Article", "ArticleResult", "Event", "Evidence", "Location",
                     "Mention", "RawDoc"), "communique.types"),
    "Pipeline": "communique.pipeline",
    "Fuser": "communique.pipeline",
    "read_inputs": "communique.read",
    "load_manifest": "communique.read",
    "clean_html": "communique.clean",
    "clean_text": "communique.clean",
    "KnowledgeBase": "communique.actors",
    "Store": "communique.store",
    "EventQuery": "communique.store",
    "resolve_date": "communique.dates",
}

__all__ = [
    "Actor", "Article", "ArticleResult", "CommuniqueError", "EVENT_TYPES", "Event", "EventQuery", "Evidence",
    "Fuser", "InputError", "KnowledgeBase", "KnowledgeBaseError", "Location", "Mention", "Pipeline", "RawDoc",
    "STATUSES", "Settings", "Store", "StoreError", "clean_html", "clean_text", "load_manifest", "load_settings",
    "read_inputs", "resolve_date", "__version__",
]


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        return getattr(import_module(_LAZY[name]), name)
    raise AttributeError(f"module 'communique' has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted(__all__)
