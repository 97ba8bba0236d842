"""The HTTP API and web page over the event store (``communique serve``; needs ``communique[server]``).

``create_app(db, token=...)`` builds the ASGI app: JSON endpoints under ``/api``
(events with cursor paging, one event with all its reports, articles, actors,
aggregates, streamed exports, health, and token-guarded ingest), the OpenAPI
schema at ``/openapi.json``, a reference at ``/docs`` and the page at ``/``.
Reads come from a snapshot of the store, so they go on while an ingest writes.
"""

from __future__ import annotations

from typing import Any

__all__ = ["create_app"]


def __getattr__(name: str) -> Any:
    # imported lazily: FastAPI is an optional dependency
    if name == "create_app":
        from ._app import create_app

        return create_app
    raise AttributeError(name)
