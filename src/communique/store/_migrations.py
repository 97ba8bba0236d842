"""Named, transactional schema migrations (in the manner of sqlite-utils' ``migrations.py``).

Each migration has a name and a function of the connection. ``migrate`` runs
the ones not yet recorded in ``schema_migrations``, each in its own
transaction together with its record, so that a migration is applied whole or
not at all. Names are never reused or renamed; a schema change is a new
migration appended to :data:`MIGRATIONS`.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

import duckdb

from ._errors import write_failure

Migration = tuple[str, Callable[[duckdb.DuckDBPyConnection], None]]

#: The fields of an actor, in the order of the ACTOR struct and of the flat columns.
ACTOR_FIELDS: tuple[str, ...] = ("code", "name", "kind", "role", "country", "valid_from", "valid_to", "id")

ACTOR_STRUCT = "STRUCT(" + ", ".join(f'"{f}" VARCHAR' for f in ACTOR_FIELDS) + ")"


def _actor_columns(prefix: str) -> str:
    return ",\n    ".join(f"{prefix}_{f} VARCHAR" for f in ACTOR_FIELDS)


#: The first schema: the three tables, as migration 0001 made them (later migrations add to them).
_INITIAL_TABLES: tuple[str, ...] = ("""
CREATE TABLE articles (
    id VARCHAR PRIMARY KEY,
    title VARCHAR,
    published VARCHAR,
    url VARCHAR,
    source VARCHAR,
    author VARCHAR,
    sitename VARCHAR,
    origin VARCHAR,
    language VARCHAR,
    fingerprint VARCHAR,
    content_key VARCHAR NOT NULL,
    simhash UBIGINT,
    duplicate_of VARCHAR,
    removed VARCHAR[],
    text VARCHAR,
    ingested_at TIMESTAMP
)""", """
CREATE TABLE mentions (
    doc_id VARCHAR NOT NULL,
    seq INTEGER NOT NULL,
    start INTEGER,
    "end" INTEGER,
    text VARCHAR,
    how VARCHAR,
    code VARCHAR,
    name VARCHAR,
    kind VARCHAR,
    role VARCHAR,
    country VARCHAR,
    valid_from VARCHAR,
    valid_to VARCHAR,
    actor_id VARCHAR,
    PRIMARY KEY (doc_id, seq)
)""", f"""
CREATE TABLE events (
    doc_id VARCHAR NOT NULL,
    seq INTEGER NOT NULL,
    event_id VARCHAR,
    type VARCHAR NOT NULL,
    mode VARCHAR,
    {_actor_columns("source")},
    {_actor_columns("target")},
    participants {ACTOR_STRUCT}[],
    actor_codes VARCHAR[],
    date VARCHAR,
    status VARCHAR,
    location_name VARCHAR,
    location_country VARCHAR,
    topics VARCHAR[],
    background BOOLEAN,
    trigger VARCHAR,
    confidence DOUBLE,
    evidence_text VARCHAR,
    evidence_start INTEGER,
    evidence_end INTEGER,
    extra VARCHAR,
    PRIMARY KEY (doc_id, seq)
)""")


def _initial_schema(con: duckdb.DuckDBPyConnection) -> None:
    for statement in _INITIAL_TABLES:
        con.execute(statement)


def _event_id_index(con: duckdb.DuckDBPyConnection) -> None:
    con.execute("CREATE INDEX events_event_id ON events (event_id)")


def _event_measures(con: duckdb.DuckDBPyConnection) -> None:
    """Columns quad_class, intensity and cameo on events, filled from each stored row's type and mode."""
    import pyarrow as pa

    from ..events.classes import measures

    con.execute("ALTER TABLE events ADD COLUMN quad_class VARCHAR")
    con.execute("ALTER TABLE events ADD COLUMN intensity DOUBLE")
    con.execute("ALTER TABLE events ADD COLUMN cameo VARCHAR")
    pairs = con.execute("SELECT DISTINCT type, mode FROM events").fetchall()
    known = [(t, m, measures(t, m)) for t, m in pairs if _is_plover(t)]
    if not known:
        return
    table = pa.table({"type": [t for t, _, _ in known], "mode": [m for _, m, _ in known],
                      "quad_class": [x["quad_class"] for _, _, x in known],
                      "intensity": [x["intensity"] for _, _, x in known],
                      "cameo": [x["cameo"] for _, _, x in known]})
    con.register("_measures", table)
    try:
        con.execute("UPDATE events SET quad_class = m.quad_class, intensity = m.intensity, cameo = m.cameo "
                    "FROM _measures m WHERE events.type = m.type AND events.mode IS NOT DISTINCT FROM m.mode")
    finally:
        con.unregister("_measures")


def _is_plover(event_type: str | None) -> bool:
    from ..events.classes import QUAD_CLASS

    return bool(event_type) and str(event_type).upper() in QUAD_CLASS


def _events_date_basis(con: duckdb.DuckDBPyConnection) -> None:
    con.execute("ALTER TABLE events ADD COLUMN date_basis VARCHAR")


def _event_fusion(con: duckdb.DuckDBPyConnection) -> None:
    """Cross-article fusion state: each mention's parent in the cluster forest and its score,
    and the old ids of merged clusters (aliases) so that a cited id still resolves."""
    con.execute("ALTER TABLE events ADD COLUMN fuse_parent_doc VARCHAR")
    con.execute("ALTER TABLE events ADD COLUMN fuse_parent_seq INTEGER")
    con.execute("ALTER TABLE events ADD COLUMN fuse_score DOUBLE")
    con.execute("CREATE TABLE event_aliases (alias VARCHAR PRIMARY KEY, event_id VARCHAR NOT NULL)")


def _events_outlet(con: duckdb.DuckDBPyConnection) -> None:
    """Column outlet on events: its article's outlet (``source``, else ``sitename``), copied onto the
    row so that the outlet filter and facet read one column instead of joining the articles."""
    con.execute("ALTER TABLE events ADD COLUMN outlet VARCHAR")
    con.execute("UPDATE events SET outlet = coalesce(a.source, a.sitename) FROM articles a WHERE a.id = events.doc_id")


#: Every migration ever applied, in order. Append only.
MIGRATIONS: tuple[Migration, ...] = (
    ("0001_initial_schema", _initial_schema),
    ("0002_events_event_id_index", _event_id_index),
    ("0003_events_date_basis", _events_date_basis),
    ("0004_events_quad_class_intensity_cameo", _event_measures),
    ("0005_event_fusion_state_and_aliases", _event_fusion),
    ("0006_events_outlet", _events_outlet),
)


def rollback(con: duckdb.DuckDBPyConnection) -> None:
    """End the open transaction, if any, keeping nothing of it."""
    for _ in range(2):  # (an interrupt still pending ends the first try)
        try:
            con.execute("ROLLBACK")
            return
        except duckdb.InterruptException:
            continue
        except duckdb.Error:
            return  # no transaction left to roll back: the original error is the one to report


def applied(con: duckdb.DuckDBPyConnection) -> list[str]:
    """Names of the migrations recorded in the database (empty for a new file)."""
    exists = con.execute(
        "SELECT count(*) FROM information_schema.tables WHERE table_name = 'schema_migrations'"
    ).fetchone()
    if not exists or not exists[0]:
        return []
    return [r[0] for r in con.execute("SELECT name FROM schema_migrations ORDER BY applied_at, name").fetchall()]


def unknown(con: duckdb.DuckDBPyConnection, migrations: Sequence[Migration] = MIGRATIONS) -> list[str]:
    """Names of the migrations recorded in the database that this version does not know: the
    database was made or upgraded by a newer communique."""
    known = {name for name, _ in migrations}
    return [name for name in applied(con) if name not in known]


def pending(con: duckdb.DuckDBPyConnection, migrations: Sequence[Migration] = MIGRATIONS) -> list[str]:
    """Names of the migrations not yet applied."""
    done = set(applied(con))
    return [name for name, _ in migrations if name not in done]


def migrate(con: duckdb.DuckDBPyConnection, migrations: Sequence[Migration] = MIGRATIONS,
            *, db: str = "") -> list[str]:
    """Apply the pending migrations, each in one transaction; return the names applied.

    A failing migration is rolled back whole and raises :class:`StoreError`;
    the migrations before it stay applied.
    """
    con.execute("CREATE TABLE IF NOT EXISTS schema_migrations (name VARCHAR PRIMARY KEY, applied_at TIMESTAMP)")
    done = set(applied(con))
    ran: list[str] = []
    for name, fn in migrations:
        if name in done:
            continue
        con.execute("BEGIN TRANSACTION")
        try:
            fn(con)
            con.execute("INSERT INTO schema_migrations VALUES (?, now())", [name])
            con.execute("COMMIT")
        except duckdb.Error as exc:
            rollback(con)  # (a COMMIT failed on a full disk has ended the transaction already)
            raise write_failure(exc, db, f"migration {name}",
                                "the database is left as it was before this migration; report the error") from exc
        ran.append(name)
    return ran
