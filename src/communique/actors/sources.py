"""Read the knowledge base's source files into plain records.

The packaged sources live in ``communique/data/actors`` (see its README.md).
Users add their own actors in YAML, CSV or Phoenix ``.actors`` files.

User YAML format (a list, or a mapping with an ``actors:`` list)::

    source: where these facts come from          # optional
    actors:
      - name: Jane Doe                           # canonical name (required)
        kind: person                             # person | state | organization | group
        country: GBR                             # ISO alpha-3 of a person's country
        family: Doe                              # surname matched alone (default: last word; null: never)
        aliases: [J. Doe, Jane A. Doe]
        roles:                                   # [role, from, to, scope]; to/scope optional
          - [foreign minister, 2030-01-15, null]
          - [secretary general, 2034-01-01, null, NATO]
      - name: Pacific Islands Forum
        kind: organization
        code: PIF
        aliases: [Pacific Islands Forum Secretariat]
        acronyms: [PIF]                          # matched case-sensitively

A group of states that news names by a label and whose members act in its events
(the P5+1 of the Iran talks) lists them: ``members: [USA, GBR, FRA, CHN, RUS, DEU]``.

User CSV format (header row required; one row per role; ``|`` separates list items)::

    name,kind,code,country,aliases,role,from,to,scope
    Jane Doe,person,,GBR,J. Doe|Jane A. Doe,foreign minister,2030-01-15,,
    Pacific Islands Forum,organization,PIF,,PIF,,,,

Dates are ISO ``YYYY-MM-DD``; ``to`` is the first day out of office (the
successor's first day), or empty while in office.
"""

from __future__ import annotations

import csv
import datetime as _dt
import re
import reprlib
from pathlib import Path
from typing import Any, Iterable

import yaml

from communique._safe import printable
from communique.errors import KnowledgeBaseError
from communique.read._files import not_a_file

Record = dict[str, Any]
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def slug(text: str) -> str:
    """A stable id fragment: ``"Yoon Suk Yeol"`` -> ``"yoon_suk_yeol"``."""
    from communique.actors.text import fold

    return re.sub(r"[^a-z0-9]+", "_", fold(text)).strip("_")


def _date(value: Any, where: str) -> str | None:
    if value is None or value == "" or value == "null":
        return None
    if isinstance(value, (_dt.date, _dt.datetime)):
        return value.isoformat()[:10]
    text = str(value).strip()
    if not _DATE.match(text):
        raise KnowledgeBaseError(
            f"bad date {text!r}", input=where, hint="write dates as YYYY-MM-DD, or null while in office"
        )
    return text


def _list(value: Any, where: str = "") -> list[str]:
    if value is None or value == "":
        return []
    if isinstance(value, str):
        return [v.strip() for v in value.split("|") if v.strip()]
    if not isinstance(value, (list, tuple)):
        raise KnowledgeBaseError(f"expected a list of names, found {reprlib.repr(value)}", input=where,
                                 hint="write a list such as [J. Doe, Jane A. Doe]; in CSV, J. Doe|Jane A. Doe")
    return [str(v).strip() for v in value if str(v).strip()]


def _roles(raw: dict[str, Any], name: str, default_scope: str | None, where: str) -> list[list[Any]]:
    """An actor's ``roles:`` as ``[role, from, to, scope]`` rows."""
    given = raw.get("roles") or []
    if not isinstance(given, list) or not all(isinstance(r, (list, tuple, dict)) for r in given):
        raise KnowledgeBaseError(f"the roles of {name!r} are not a list of roles: {reprlib.repr(given)}",
                                 input=where, hint="write roles as a list of [role, from, to, scope]")
    roles = []
    for r in given:
        if isinstance(r, dict):
            r = [r.get("role"), r.get("from"), r.get("to"), r.get("scope")]
        r = list(r) + [None] * (4 - len(r))
        if not r[0]:
            raise KnowledgeBaseError(f"role without a name for {name!r}", input=where,
                                     hint="write roles as [role, from, to, scope]")
        scope = str(r[3]).strip().upper() if r[3] else default_scope
        roles.append([str(r[0]).strip(), _date(r[1], where), _date(r[2], where), scope])
    return roles


def _titles(value: Any, name: str, where: str) -> dict[str, str]:
    if not isinstance(value or {}, dict):
        raise KnowledgeBaseError(f"the titles of {name!r} are not a mapping: {reprlib.repr(value)}", input=where,
                                 hint="write titles as {title phrase: role}")
    return {str(k): str(v) for k, v in (value or {}).items()}


def _kind(raw: dict[str, Any], name: str, where: str) -> str:
    """The actor's kind (default person), checked."""
    kind = str(raw.get("kind") or "person").strip()
    if kind not in ("person", "state", "organization", "group"):
        raise KnowledgeBaseError(
            f"unknown kind {kind!r} for {name!r}", input=where,
            hint="kind is one of person, state, organization, group",
        )
    return kind


def _family(raw: dict[str, Any], kind: str, name: str) -> str | None:
    """The family name: as given, else a person's last word of several (unless ``_no_family``)."""
    if "family" in raw:
        return str(raw["family"]).strip() if raw["family"] else None
    if kind == "person" and raw.get("_no_family") is not True and len(name.split()) > 1:
        return name.split()[-1]
    return None


def _default_id(kind: str, code: str | None, name: str) -> str:
    """state/CODE, org/CODE (organisations and groups) or person/slug-of-the-name."""
    if kind == "person":
        return f"person/{slug(name)}"
    return f"state/{code}" if kind == "state" else f"org/{code}"


def normalize(raw: dict[str, Any], where: str, source: str) -> Record:
    """Check one raw actor mapping and return the record the builder uses."""
    if not isinstance(raw, dict) or not raw.get("name"):
        raise KnowledgeBaseError(
            f"actor without a name: {reprlib.repr(raw)}", input=where, hint="every actor needs at least `name:`"
        )
    name = str(raw["name"]).strip()
    kind = _kind(raw, name, where)
    country = (str(raw["country"]).strip().upper() if raw.get("country") else None)
    code = str(raw.get("code") or country or "").strip().upper() or None
    if kind != "person" and not code:
        raise KnowledgeBaseError(f"{kind} {name!r} has no code", input=where, hint="add `code:`")
    roles = _roles(raw, name, country or code, where)
    return {
        "id": str(raw.get("id") or _default_id(kind, code, name)),
        "kind": kind,
        "code": code,
        "name": name,
        "country": country,
        "family": _family(raw, kind, name),
        "ambiguous": bool(raw.get("ambiguous", False)),
        "aliases": _list(raw.get("aliases"), where),
        "acronyms": _list(raw.get("acronyms"), where),
        "adjectives": _list(raw.get("adjectives"), where),
        "metonyms": _list(raw.get("metonyms"), where),
        "collectives": _list(raw.get("collectives"), where),
        "titles": _titles(raw.get("titles"), name, where),
        "leader": raw.get("leader"),
        "roles": roles,
        "full_names_only": bool(raw.get("full_names_only", False)),
        "source": source,
        **_members(raw, where),
    }


def _members(raw: dict[str, Any], where: str) -> Record:
    """The ``members`` field of a group of states named by a label (the P5+1: the states that act in
    its events), upper-cased; none (and no field) for any other actor."""
    codes = [c.upper() for c in _list(raw.get("members"), where)]
    return {"members": codes} if codes else {}


def load_yaml(path: Path) -> Any:
    """The data of a YAML file; a file that cannot be read, is no UTF-8 or no YAML, or holds a value
    YAML cannot build (the date 2020-99-99) is a KnowledgeBaseError naming it."""
    try:
        return yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, yaml.YAMLError, ValueError, RecursionError) as exc:
        raise KnowledgeBaseError(f"cannot read YAML: {printable(exc, 300)}", input=str(path),
                                 hint="a UTF-8 YAML file; check the path and the YAML syntax, "
                                      "with dates as YYYY-MM-DD") from exc


def read_yaml(path: Path, key: str = "actors") -> tuple[list[Record], str]:
    """Records of a YAML file (a list, or a mapping holding ``key:``)."""
    data = load_yaml(path)
    source = str(path.name)
    if isinstance(data, dict):
        source = str(data.get("source") or source)
        items = data.get(key) or data.get("actors") or data.get("people") or []
    elif isinstance(data, list):
        items = data
    else:
        items = None
    if not isinstance(items, list):
        raise KnowledgeBaseError("expected a list of actors", input=str(path),
                                 hint=f"write a YAML list, or a mapping with `{key}:` holding a list")
    return [normalize(x, str(path), source) for x in items], source


def read_csv(path: Path) -> list[Record]:
    """Records of a user CSV file, one row per role, rows of one actor merged."""
    merged: dict[tuple[str, str], dict[str, Any]] = {}
    try:  # ('-sig': a byte order mark, as Excel's "CSV UTF-8" writes, made the header 'name' unknown:
        # "row 2 has no name")
        with path.open(encoding="utf-8-sig", newline="") as fh:
            rows = list(csv.DictReader(line for line in fh if not line.startswith("#")))
    except (OSError, csv.Error, UnicodeDecodeError) as exc:
        raise KnowledgeBaseError(f"cannot read CSV: {exc}", input=str(path),
                                 hint="a UTF-8 CSV with a header row name,kind,code,country,aliases,role,from,to") from exc
    for n, row in enumerate(rows, 2):
        if not (row.get("name") or "").strip():
            raise KnowledgeBaseError(f"row {n} has no name", input=str(path), hint="fill the `name` column")
        key = (row["name"].strip(), (row.get("country") or row.get("code") or "").strip())
        raw = merged.setdefault(key, {
            "name": row["name"].strip(), "kind": (row.get("kind") or "person").strip() or "person",
            "code": row.get("code") or None, "country": row.get("country") or None,
            "aliases": _list(row.get("aliases")), "acronyms": _list(row.get("acronyms")), "roles": [],
        })
        if (row.get("role") or "").strip():
            raw["roles"].append([row["role"].strip(), row.get("from") or None, row.get("to") or None,
                                 row.get("scope") or None])
    return [normalize(raw, str(path), path.name) for raw in merged.values()]


def _plural(demonym: str) -> str | None:
    """The plural noun of a demonym (``Israeli`` -> ``Israelis``, ``Czech`` -> ``Czechs``), or None
    where the word has no -s plural (``Swiss``, ``Japanese``, ``Dutch``, ``Frenchman``)."""
    low = demonym.lower()
    if low.endswith(("s", "sh", "ese", "x", "z", "man", "men", "ch")) and low != "czech":
        return None
    return demonym + "s"


def read_states(path: Path) -> list[Record]:
    """The packaged states table (``states.csv``)."""
    with path.open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(line for line in fh if not line.startswith("#")))
    out = []
    for row in rows:
        adjectives = _list(row["adjectives"])
        plurals = [_plural(a) for a in adjectives if _plural(a)]
        raw = {
            "name": row["name"], "kind": "state", "code": row["code"], "country": row["code"],
            "aliases": _list(row["aliases"]), "adjectives": adjectives + plurals,
            "metonyms": _list(row["capital"]) + _list(row["seats"]), "leader": row.get("leader") or "hos",
        }
        rec = normalize(raw, str(path), "states.csv")
        rec["capital"] = row["capital"]
        out.append(rec)
    return out


def read_places(path: Path) -> list[tuple[str, str, list[str]]]:
    """Gazetteer rows ``(name, country, aliases)`` from a places CSV."""
    with path.open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(line for line in fh if not line.startswith("#")))
    return [(r["name"].strip(), r["country"].strip(), _list(r.get("aliases"))) for r in rows if r.get("name")]


def read_user_file(path: str | Path) -> list[Record]:
    """Records of one user file, by extension: .yaml/.yml, .csv, or Phoenix .actors/.txt."""
    p = Path(path)
    why = not_a_file(p)
    if why is not None:
        raise KnowledgeBaseError("no such file" if why == "not found" else why, input=str(p),
                                 hint="pass an existing .yaml, .csv or .actors file")
    suffix = p.suffix.lower()
    if suffix in (".yaml", ".yml"):
        return read_yaml(p)[0]
    if suffix == ".csv":
        return read_csv(p)
    if suffix in (".actors", ".txt"):
        from communique.actors.phoenix import phoenix_records

        return phoenix_records(p)
    raise KnowledgeBaseError(f"unknown actor file type {suffix!r}", input=str(p),
                             hint="use .yaml, .yml, .csv, or a Phoenix .actors file")


def merge_people(records: Iterable[Record]) -> list[Record]:
    """Merge records sharing an id (a person listed in two files)."""
    by_id: dict[str, Record] = {}
    for rec in records:
        old = by_id.get(rec["id"])
        if old is None:
            by_id[rec["id"]] = rec
            continue
        old["aliases"] = list(dict.fromkeys(old["aliases"] + rec["aliases"]))
        old["roles"] = old["roles"] + [r for r in rec["roles"] if r not in old["roles"]]
    return list(by_id.values())
