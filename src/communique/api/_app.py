"""The ASGI app: a JSON API over the event store, and the web page that uses it."""

from __future__ import annotations

import hmac
from collections.abc import AsyncIterator, Callable, Iterator
from contextlib import asynccontextmanager
from importlib import resources
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path
from typing import Annotated, Any, Literal

from fastapi import Depends, FastAPI, Header, HTTPException, Path as PathParam, Query, Request
from fastapi.exceptions import RequestValidationError
from fastapi.exception_handlers import http_exception_handler
from fastapi.responses import FileResponse, JSONResponse, Response, StreamingResponse
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from ..config import Settings, load_settings
from ..errors import CommuniqueError, StoreError
from ..events.classes import QUAD_CLASS
from ..store import EventQuery
from ..store._browse import CursorError
from ..store._export import iter_export
from ._filters import bad, check_date, event_filters, given, known_params, query_echo, validation_detail
from ._ingest import Ingester, html_item, jsonl_items
from ._snapshot import Snapshots

STATIC = Path(str(resources.files("communique.api") / "static"))
MEDIA = {"jsonl": "application/x-ndjson", "csv": "text/csv; charset=utf-8",
         "parquet": "application/vnd.apache.parquet"}
#: the scope key :class:`HeadAsGet` sets on the GET it makes of a HEAD, for a route whose work is its body
HEAD_ONLY = "communique.head"
#: the HTTP status of a store error that a retry would meet again: a full disk (507 Insufficient
#: Storage), a database a newer communique made (500); others (a lock, a snapshot being taken) are
#: a 503 with Retry-After
_LASTING = {"disk-full": 507, "newer-schema": 500}
Filters = Annotated[EventQuery, Depends(event_filters)]
Size = Annotated[int, Query(ge=1, le=1000, description="Rows per page (1-1000); follow next_cursor for more.")]
Cursor = Annotated[str | None, Query(max_length=2000, description="next_cursor of the previous page.")]


def _version() -> str:
    try:
        return version("communique")
    except PackageNotFoundError:  # pragma: no cover - running from a source tree
        return "unknown"


def create_app(db: str | Path, *, token: str | None = None, snapshot_dir: str | Path | None = None,
               poll_seconds: float = 1.0, settings: Settings | None = None, pipeline: Any = None,
               kb: Any = None) -> FastAPI:
    """The app over the store at ``db``. Write endpoints are on only when ``token`` is given.

    ``pipeline`` (a loaded :class:`~communique.pipeline.Pipeline`) serves posted articles;
    by default one is loaded on the first write, with ``kb`` (a
    :class:`~communique.actors.KnowledgeBase`, e.g. the packaged base plus the user's
    ``--extra`` files) when given. The actor endpoints answer from ``kb`` too.
    """
    from ..actors import KnowledgeBase

    settings = settings or load_settings()
    snaps = Snapshots(Path(db), Path(snapshot_dir) if snapshot_dir else None, poll_seconds)
    ingester = Ingester(Path(db), settings, pipeline, kb)
    actors_kb: Callable[[], KnowledgeBase] = (lambda: kb) if kb is not None else KnowledgeBase.default

    app = FastAPI(title="communique", version=_version(), lifespan=_lifespan(snaps), docs_url=None,
                  redoc_url=None, dependencies=[Depends(known_params)],
                  description="PLOVER events extracted from news articles: query, aggregate, export. "
                              "The browsable reference is at /docs; the page at /.")
    app.state.snapshots = snaps
    app.add_middleware(HeadAsGet)
    _error_handlers(app)
    _read_routes(app, snaps)
    _aggregate_routes(app, snaps)
    _actor_routes(app, snaps, actors_kb)
    _write_routes(app, snaps, ingester, token, settings)
    _page_routes(app)
    return app


class HeadAsGet:
    """A HEAD request is answered as its GET is, without the body: the routes take GET only, so
    ``curl -I`` or an uptime monitor's HEAD of ``/api/health`` or ``/`` got 405 Method Not Allowed
    from a server that was up."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["method"] != "HEAD":
            await self.app(scope, receive, send)
            return
        done = False

        async def headers_only(message: Message) -> None:
            nonlocal done
            if message["type"] == "http.response.body":
                if done:
                    return
                done, message = True, {"type": "http.response.body", "body": b"", "more_body": False}
            await send(message)

        await self.app({**scope, "method": "GET", HEAD_ONLY: True}, receive, headers_only)


def _lifespan(snaps: Snapshots) -> Callable[[FastAPI], Any]:
    """The app's lifespan: the snapshots are kept fresh while it serves."""
    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        snaps.start()
        try:
            yield
        finally:
            snaps.stop()
    return lifespan


def _error_handlers(app: FastAPI) -> None:
    """A bad cursor or a value FastAPI refuses is a 422 naming it; a store error a 503 with Retry-After,
    or its lasting status."""
    @app.exception_handler(CursorError)
    async def _cursor_error(request: Request, exc: CursorError) -> JSONResponse:
        return JSONResponse({"detail": [{"loc": ["query", "cursor"], "msg": f"cursor: {exc}",
                                         "type": "value_error"}]}, status_code=422)

    @app.exception_handler(RequestValidationError)
    async def _invalid(request: Request, exc: RequestValidationError) -> JSONResponse:
        return JSONResponse({"detail": validation_detail(exc.errors())}, status_code=422)

    @app.exception_handler(StarletteHTTPException)
    async def _http_error(request: Request, exc: StarletteHTTPException) -> Response:
        if exc.status_code == 404 and exc.detail == "Not Found":  # no route: Starlette's bare words
            return JSONResponse({"detail": f"{request.method} {request.url.path}: no such path (the API's paths "
                                           "start /api/, the reference is at /docs, the page at /)"},
                                status_code=404)
        if exc.status_code != 405:
            return await http_exception_handler(request, exc)
        return _not_allowed(request, exc)

    @app.exception_handler(StoreError)
    async def _store_error(request: Request, exc: StoreError) -> JSONResponse:
        lasting = _LASTING.get(getattr(exc, "cause", None) or "")
        if lasting:  # (no Retry-After: asking again soon meets the same disk, the same schema)
            return JSONResponse({"detail": str(exc)}, status_code=lasting)
        return JSONResponse({"detail": str(exc)}, status_code=503, headers={"Retry-After": "2"})


def _not_allowed(request: Request, exc: StarletteHTTPException) -> JSONResponse:
    """A 405 naming the method, the path and the methods it takes (it was 'Method Not Allowed' and an
    ``Allow`` header without the HEAD that :class:`HeadAsGet` answers)."""
    allowed = [m.strip() for m in (exc.headers or {}).get("Allow", "").split(",") if m.strip()]
    if "GET" in allowed and "HEAD" not in allowed:
        allowed.append("HEAD")
    takes = " and ".join(allowed) or "no method"
    return JSONResponse({"detail": f"{request.method} {request.url.path}: not taken here; this path takes "
                                   f"{takes} (the reference is at /docs)"},
                        status_code=405, headers={"Allow": ", ".join(allowed)})


def _read_routes(app: FastAPI, snaps: Snapshots) -> None:
    """The reading routes, in the order the API reference lists them."""
    _health_route(app, snaps)
    _event_routes(app, snaps)
    _article_routes(app, snaps)
    _export_route(app, snaps)


def _health_route(app: FastAPI, snaps: Snapshots) -> None:
    @app.get("/api/health", tags=["meta"])
    def health() -> dict[str, Any]:
        """Liveness, the store's counts and the age of the snapshot being served."""
        stats = snaps.cached("stats", lambda store: store.stats())
        return {"status": "ok", "version": _version(), **stats, **snaps.status()}


def _given_cursor(cursor: str | None) -> str | None:
    """A cursor given empty is a 422, as an empty filter is: ``cursor=`` was the first page again, so
    a client that sent the last page's null ``next_cursor`` as an empty value paged forever."""
    return _given(cursor, "cursor")


def _given(value: str | None, param: str) -> str | None:
    """An optional parameter's value, None when left out; given empty or blank, a 422 naming it
    (``given``): an empty ``url=``, ``title=`` or ``source=`` of an ingested page was taken as left out."""
    return None if value is None else given(param, value)


def _event_routes(app: FastAPI, snaps: Snapshots) -> None:
    @app.get("/api/events", tags=["events"])
    def events(q: Filters, cursor: Cursor = None, size: Size = 100) -> JSONResponse:
        """Events matching the filters, ordered by date (undated last), article, position.

        Keyset pagination with no cap: pass ``next_cursor`` back as ``cursor`` until it is null.
        Each event is in the exchange format plus ``outlet``, ``published``, ``title``, ``url``.
        """
        with snaps.lease() as store:
            rows, nxt = store.browser().page(q, cursor=_given_cursor(cursor), size=size)
        total = snaps.cached(f"count {q!r}", lambda store: store.browser().count(q))
        return JSONResponse({"total": total, "events": rows, "next_cursor": nxt, "query": query_echo(q)})

    @app.get("/api/events/{event_id}", tags=["events"])
    def event(event_id: Annotated[str, PathParam(max_length=200)]) -> JSONResponse:
        """One event with every report of it: the mention in each article, its evidence and the article's
        metadata (outlet, date, title, link)."""
        with snaps.lease() as store:
            reports = store.browser().reports(event_id)
        if not reports:
            raise HTTPException(404, f"event_id: no event {event_id!r} in the store; list events at /api/events")
        head = {k: reports[0][k] for k in ("event_id", "type", "mode", "source", "target", "participants",
                                           "date", "status", "location")}
        head["class"] = QUAD_CLASS.get(str(head["type"]).upper())
        return JSONResponse({**head, "reports": reports})


def _article_routes(app: FastAPI, snaps: Snapshots) -> None:
    @app.get("/api/articles", tags=["articles"])
    def articles(outlet: Annotated[str | None, Query(max_length=200)] = None,
                 since: Annotated[str | None, Query(description="Published on or after.")] = None,
                 until: Annotated[str | None, Query(description="Published on or before.")] = None,
                 cursor: Cursor = None, size: Size = 100) -> JSONResponse:
        """Stored articles (metadata and event counts, no text), by id, paged."""
        with snaps.lease() as store:
            rows, nxt = store.browser().articles(outlet=_given(outlet, "outlet"),
                                                 since=check_date("since", since), until=check_date("until", until),
                                                 cursor=_given_cursor(cursor), size=size)
        return JSONResponse({"articles": rows, "next_cursor": nxt})

    @app.get("/api/articles/{doc_id}", tags=["articles"])
    def article(doc_id: Annotated[str, PathParam(max_length=500)]) -> JSONResponse:
        """One article: metadata, its cleaned text (evidence offsets point into it) and its events."""
        with snaps.lease() as store:
            browser = store.browser()
            art = browser.article(doc_id)
            rows, _ = browser.page(EventQuery(doc_id=doc_id), size=1000) if art else ([], None)
        if art is None:
            raise HTTPException(404, f"doc_id: no article {doc_id!r} in the store; list them at /api/articles")
        return JSONResponse({**art, "events": rows})


def _export_route(app: FastAPI, snaps: Snapshots) -> None:
    @app.get("/api/export", tags=["events"])
    def export(request: Request, q: Filters, format: Literal["jsonl", "csv", "parquet"] = "jsonl") -> Response:
        """Every matching event, streamed as JSONL (exchange format), CSV (flat) or Parquet (nested)."""
        headers = {"Content-Disposition": f'attachment; filename="communique-events.{format}"'}
        if request.scope.get(HEAD_ONLY):
            return _head_only(MEDIA[format], headers)

        def body() -> Iterator[bytes]:
            with snaps.lease() as store:  # held until the last byte is sent
                yield from iter_export(format, store.iter_query(q))

        return StreamingResponse(body(), media_type=MEDIA[format], headers=headers)


def _head_only(media_type: str, headers: dict[str, str]) -> Response:
    """The headers a streamed GET sends, for its HEAD, without the work: a HEAD of /api/export read
    and encoded every matching event (a whole Parquet file) only for :class:`HeadAsGet` to drop it.
    No Content-Length, as the streamed GET has none (a 0 would say the export is empty)."""
    response = Response(media_type=media_type, headers=headers)
    del response.headers["content-length"]
    return response


def _aggregate_routes(app: FastAPI, snaps: Snapshots) -> None:
    @app.get("/api/aggregates/timeline", tags=["aggregates"])
    def timeline(q: Filters, interval: Literal["day", "week", "month", "year"] = "month",
                 by: Literal["type", "class", "all"] = "type") -> JSONResponse:
        """Event counts per day, week (starting Monday), month or year, split by type, by class or not.

        Events dated more coarsely than the interval (a month when days are asked) are counted in
        ``coarser``, undated ones in ``undated``.
        """
        return JSONResponse(snaps.cached(f"timeline {interval} {by} {q!r}",
                                         lambda store: store.browser().timeline(q, interval, by)))

    @app.get("/api/aggregates/classes", tags=["aggregates"])
    def classes(q: Filters) -> JSONResponse:
        """Event counts per conflict/cooperation class (verbal/material cooperation/conflict)."""
        return JSONResponse(snaps.cached(f"classes {q!r}", lambda store: store.browser().classes(q)))

    @app.get("/api/aggregates/dyads", tags=["aggregates"])
    def dyads(q: Filters, limit: Annotated[int, Query(ge=1, le=5000)] = 100) -> JSONResponse:
        """The actor network: nodes (states, organisations) and source-target edges by event count,
        with how many of each edge's events are cooperation and conflict."""
        return JSONResponse(snaps.cached(f"dyads {limit} {q!r}", lambda store: store.browser().dyads(q, limit)))

    @app.get("/api/aggregates/countries", tags=["aggregates"])
    def countries(q: Filters) -> JSONResponse:
        """Events per country involved (ISO alpha-3), for a map."""
        return JSONResponse({"countries": snaps.cached(f"countries {q!r}",
                                                       lambda store: store.browser().countries(q))})

    @app.get("/api/aggregates/facets", tags=["aggregates"])
    def facets(q: Filters) -> JSONResponse:
        """Counts by type, class, status, mode and outlet: the choices a filter bar offers."""
        return JSONResponse(snaps.cached(f"facets {q!r}", lambda store: store.browser().facets(q)))


def _actor_routes(app: FastAPI, snaps: Snapshots, actors_kb: Callable[[], Any]) -> None:
    @app.get("/api/actors", tags=["actors"])
    def actors(q: Annotated[str | None, Query(max_length=200, description="Part of a code or name.")] = None,
               limit: Annotated[int, Query(ge=1, le=1000)] = 50) -> JSONResponse:
        """Actors seen in the stored events (by code), with how often, matching ``q``."""
        with snaps.lease() as store:
            return JSONResponse({"actors": store.browser().actors(q, limit)})

    @app.get("/api/actors/resolve", tags=["actors"])
    def resolve(text: Annotated[str, Query(min_length=1, max_length=500, description="A mention.")],
                date: Annotated[str | None, Query(description="ISO date the mention is from.")] = None
                ) -> dict[str, Any]:
        """The actor a mention names at a date ("Prime Minister Suga", 2021-04-16), from the knowledge base."""
        actor = actors_kb().resolve(text, check_date("date", date))
        return {"text": text, "date": date, "actor": None if actor is None else actor.__dict__}

    @app.get("/api/actors/{code}", tags=["actors"])
    def show(code: Annotated[str, PathParam(max_length=200)]) -> dict[str, Any]:
        """What the knowledge base knows of a code, id or name (roles, office holders), and the
        stored events' count for the code."""
        entities = actors_kb().show(code)
        with snaps.lease() as store:
            events = store.browser().count(EventQuery(actor=code.upper()))
        if not entities and not events:
            raise HTTPException(404, f"code: nothing known as {code!r}; search with /api/actors?q=")
        return {"code": code, "entities": entities, "events": events}


def _write_routes(app: FastAPI, snaps: Snapshots, ingester: Ingester, token: str | None,
                  settings: Settings) -> None:
    def authorised(authorization: Annotated[str | None, Header(
            description="Bearer TOKEN (the --token the server was started with).")] = None) -> None:
        if token is None:
            raise HTTPException(403, "writes are off: start the server with --token (or COMMUNIQUE_TOKEN) "
                                     "to accept ingest requests")
        given = (authorization or "").removeprefix("Bearer ").strip()
        if not given or not hmac.compare_digest(given.encode(), token.encode()):
            raise HTTPException(401, "authorization: missing or wrong token; send 'Authorization: Bearer TOKEN'",
                                headers={"WWW-Authenticate": "Bearer"})

    @app.post("/api/ingest", tags=["write"], dependencies=[Depends(authorised)])
    async def ingest(request: Request,
                     id: Annotated[str | None, Query(max_length=500, description="Article id (HTML only).")] = None,
                     url: Annotated[str | None, Query(max_length=2000)] = None,
                     published: Annotated[str | None, Query(description="ISO date (HTML only).")] = None,
                     title: Annotated[str | None, Query(max_length=1000)] = None,
                     source: Annotated[str | None, Query(max_length=200, description="Outlet.")] = None
                     ) -> JSONResponse:
        """Store posted articles through the ingest pipeline. Body: JSONL (one document per line: id,
        text or html, optional published/url/title/source) or, with ``Content-Type: text/html``, one
        HTML page whose id (and metadata) come from the query string. Needs the server's token."""
        from starlette.concurrency import run_in_threadpool

        body = await _bounded_body(request, settings.max_input_bytes)
        kind = request.headers.get("content-type", "").split(";")[0].strip().lower()
        if kind == "text/html":
            if not id:
                raise bad("id", "an HTML body needs ?id= naming the article")
            items = [html_item(body, id, {"url": _given(url, "url"), "published": check_date("published", published),
                                          "title": _given(title, "title"), "source": _given(source, "source")})]
        else:
            _no_page_metadata({"id": id, "url": url, "published": published, "title": title, "source": source})
            items = jsonl_items(body, settings.max_input_bytes)
        try:
            result = await run_in_threadpool(_write, snaps, ingester, items)
        except StoreError as exc:
            if "locked" in str(exc):
                raise HTTPException(409, f"{exc}; retry when the running ingest is done",
                                    headers={"Retry-After": "10"}) from exc
            raise
        except CommuniqueError as exc:
            raise HTTPException(400, str(exc)) from exc
        await run_in_threadpool(snaps.refresh, True, True)  # the poster reads its own write at once
        return JSONResponse(result)


def _no_page_metadata(query: dict[str, str | None]) -> None:
    """A 422 naming the first page parameter given with a JSONL body: they were dropped without a word
    (a client that sent ``?source=Reuters`` with its batch found every article stored without an outlet).
    They are refused, not applied: one ``id`` cannot name a batch's documents, and a JSONL line
    carries its own metadata, where a client can see which document has which."""
    for param, value in query.items():
        if value is not None:
            raise bad(param, "taken with an HTML body (Content-Type: text/html) only; with a JSONL body give "
                             f"\"{param}\" on each document's line")


async def _bounded_body(request: Request, limit: int) -> bytes:
    """The posted body, read only while it stays within ``limit`` bytes: a body declared or sent
    past it is a 413 at once (the whole body was read into memory first, so a client declaring
    1 TB held the request, and the memory, for as long as it kept sending)."""
    declared = request.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > limit:
        raise _too_large(int(declared), limit)
    parts: list[bytes] = []
    size = 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > limit:
            raise _too_large(size, limit)
        parts.append(chunk)
    return b"".join(parts)


def _too_large(size: int, limit: int) -> HTTPException:
    return HTTPException(413, f"body: {size:,} bytes (or more) is over the {limit:,}-byte limit; "
                              "post smaller batches, or raise max_input_bytes in the server's settings")


def _write(snaps: Snapshots, ingester: Ingester, items: list[Any]) -> dict[str, Any]:
    with snaps.writing():
        return ingester.ingest(items)


def _page_routes(app: FastAPI) -> None:
    app.mount("/static", StaticFiles(directory=STATIC), name="static")

    @app.get("/", include_in_schema=False)
    def index() -> FileResponse:
        return FileResponse(STATIC / "index.html")

    @app.get("/docs", include_in_schema=False)
    def docs() -> FileResponse:
        return FileResponse(STATIC / "docs.html")
