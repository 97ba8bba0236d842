"""POST /api/ingest reads a body only while it stays within max_input_bytes: a body declared or
sent past it is a 413 at once. The whole body was read into memory before its size was checked,
so a client sending without end held the request, and the server's memory, for as long as it sent."""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest

pytest.importorskip("fastapi", reason="the server extra is not installed: pip install 'communique[server]'")

from communique.api import create_app  # noqa: E402
from communique.config import load_settings  # noqa: E402
from communique.store import Store  # noqa: E402

TOKEN = "s3cret-token"
CHUNK = b'{"id": "x", "text": "' + b"a" * 65_000 + b'"}\n'


def _post(app, headers: list[tuple[bytes, bytes]], max_chunks: int) -> tuple[int, int]:
    """Post an endless body of CHUNKs straight to the ASGI app; (status, chunks the app read)."""
    sent = 0
    status = 0

    async def receive():
        nonlocal sent
        sent += 1
        if sent > max_chunks:
            await asyncio.sleep(3600)  # a client that keeps the request open
        return {"type": "http.request", "body": CHUNK, "more_body": True}

    async def send(message):
        nonlocal status
        if message["type"] == "http.response.start":
            status = message["status"]

    scope = {"type": "http", "method": "POST", "path": "/api/ingest", "raw_path": b"/api/ingest",
             "query_string": b"", "root_path": "", "scheme": "http", "server": ("test", 80), "client": ("c", 1),
             "http_version": "1.1", "headers": [(b"authorization", f"Bearer {TOKEN}".encode())] + headers}
    asyncio.run(asyncio.wait_for(app(scope, receive, send), timeout=30))
    return status, sent


@pytest.fixture()
def app(tmp_path: Path):
    db = tmp_path / "x.duckdb"
    Store(db).close()
    return create_app(db, token=TOKEN, settings=load_settings(env={"COMMUNIQUE_MAX_INPUT_BYTES": "1000000"}))


def test_an_endless_body_is_refused_once_past_the_limit(app):
    status, read = _post(app, [(b"content-type", b"application/jsonl")], max_chunks=1000)
    assert status == 413 and read <= 1_000_000 // len(CHUNK) + 2


def test_a_body_declared_past_the_limit_is_refused_unread(app):
    status, read = _post(app, [(b"content-length", b"1000000000000")], max_chunks=1000)
    assert status == 413 and read == 0
