"""Build the compiled knowledge base from its versioned source files.

``python -m communique.actors.build [--out FILE] [--phoenix DIR]`` (also
``communique actors build``) reads ``communique/data/actors``: ``states.csv``,
``organizations.yaml``, ``titles.yaml``, ``places.csv``, ``people/*.yaml`` and
the ``phoenix_*.csv`` files derived from the Phoenix dictionaries, and writes
one compact JSON file, ``actors.json``, that :class:`KnowledgeBase` loads.
With ``--phoenix DIR`` it first re-derives the ``phoenix_*.csv`` files from
the Phoenix ``.actors`` dictionaries in DIR.
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Any

import yaml

from communique.actors.sources import (
    Record,
    merge_people,
    read_csv,
    read_places,
    read_states,
    read_yaml,
)
from communique.actors.text import phrase_key
from communique.errors import KnowledgeBaseError

if TYPE_CHECKING:  # pragma: no cover
    from communique.actors.phoenix import Entry

FORMAT_VERSION = 1

#: Words that show a dated Phoenix entry is a body or a title rather than a person.
_NOT_A_PERSON = frozenset(
    "minister president army party court council ministry government forces police union assembly "
    "parliament congress senate committee agency office league front movement people state republic "
    "national the of sec min acting coalition".split()
)
COMPILED_NAME = "actors.json"


def data_dir() -> Path:
    """The packaged source folder ``communique/data/actors``."""
    return Path(str(resources.files("communique") / "data" / "actors"))


@lru_cache(maxsize=1)
def default_state_codes() -> set[str]:
    """ISO codes of the packaged states table."""
    return {r["code"] for r in read_states(data_dir() / "states.csv")}


def _known_keys(records: list[Record]) -> set[str]:
    keys = set()
    for r in records:
        for phrase in [r["name"], *r["aliases"], *r["adjectives"], *r["metonyms"], *r["acronyms"]]:
            keys.add(phrase_key(phrase))
    return keys


def curated_records(folder: Path) -> list[Record]:
    """States, organisations and people written by hand (no Phoenix)."""
    records = read_states(folder / "states.csv")
    records += read_yaml(folder / "organizations.yaml", key="organizations")[0]
    people: list[Record] = []
    for path in sorted((folder / "people").glob("*.yaml")):
        people += read_yaml(path, key="people")[0]
    return records + merge_people(people)


_PHOENIX_HEADER = ("# source: derived by `python -m communique.actors.build --phoenix DIR` from the Phoenix/PETRARCH2 "
                   "dictionaries (MIT, openeventdata/petrarch2 676801c)\n")


@dataclass
class _Derived:
    """What ``derive_phoenix`` takes from the Phoenix dictionaries, keyed so that each is kept once."""

    states: set[str]
    known: set[str]  # phrase keys the curated records already hold
    org_codes: set[str]
    people: dict[str, Record] = field(default_factory=dict)
    orgs: dict[tuple[str, str], None] = field(default_factory=dict)
    places: dict[str, tuple[str, str]] = field(default_factory=dict)


def derive_phoenix(phoenix: Path, folder: Path) -> dict[str, int]:
    """Write ``phoenix_people.csv``, ``phoenix_orgs.csv`` and ``phoenix_places.csv`` from Phoenix."""
    from communique.actors.phoenix import parse

    curated = curated_records(folder)
    got = _Derived(states=set(default_state_codes()), known=_known_keys(curated),
                   org_codes={r["code"] for r in curated if r["kind"] in ("organization", "group")})
    files = sorted(phoenix.glob("Phoenix.*.actors.txt"))
    if not files:
        raise KnowledgeBaseError("no Phoenix.*.actors.txt files", input=str(phoenix),
                                 hint="pass the folder holding the Phoenix dictionaries")
    for path in files:
        for e in parse(path):
            _take_entry(got, e, str(path))
    _write_phoenix_csv(folder / "phoenix_people.csv",
                       ["name", "kind", "code", "country", "aliases", "role", "from", "to", "scope"],
                       _people_rows(got.people))
    _write_phoenix_csv(folder / "phoenix_orgs.csv", ["name", "code"], [[name, code] for name, code in sorted(got.orgs)])
    _write_phoenix_csv(folder / "phoenix_places.csv", ["name", "country", "aliases"],
                       [[name, code, ""] for name, code in sorted(got.places.values())])
    return {"people": len(got.people), "orgs": len(got.orgs), "places": len(got.places)}


def _take_entry(got: _Derived, e: Entry, origin: str) -> None:
    """One Phoenix entry: an undated state entry gives places, an undated IGO entry organisation
    names, a dated one a person."""
    dated = any(c[1] or c[2] for c in e.codes)
    first = e.codes[0][0]
    if not dated and first in got.states and len(e.codes) == 1:
        _take_places(got, e.phrases[1:], first)
    elif not dated and first.startswith("IGO"):
        _take_orgs(got, e.phrases, first)
    elif dated:
        _take_person(got, e, origin)


def _take_places(got: _Derived, phrases: list[str], state: str) -> None:
    from communique.actors.phoenix import title_name

    for ph in phrases:
        if "(" in ph or len(ph) < 3:
            continue
        name = title_name(ph)
        key = phrase_key(name)
        if key not in got.known and key not in got.places:
            got.places[key] = (name, state)


def _take_orgs(got: _Derived, phrases: list[str], igo: str) -> None:
    from communique.actors.phoenix import IGO_CODES, title_name

    cameo = max((c for c in IGO_CODES if igo.startswith(c)), key=len, default=None)
    code = IGO_CODES.get(cameo or "")
    if code is None or code not in got.org_codes:
        return
    for ph in phrases:
        key = phrase_key(ph)
        if len(key.split()) >= 2 and key not in got.known:
            got.orgs[(title_name(ph), code)] = None


def _take_person(got: _Derived, e: Entry, origin: str) -> None:
    """A person of two to six words, in office since 1990, that the curated records lack; a
    second entry for one person adds its roles."""
    from communique.actors.phoenix import entry_record

    rec = entry_record(e, got.states, origin)
    if rec is None or not 2 <= len(rec["name"].split()) <= 6:
        return
    if set(phrase_key(rec["name"]).split()) & _NOT_A_PERSON:
        return  # a body or a title, not a person
    if not any((r[2] or "9999") >= "1990-01-01" for r in rec["roles"]):
        return
    keys = [phrase_key(p) for p in [rec["name"], *rec["aliases"]] if len(p.split()) >= 2]
    if not keys or any(k in got.known for k in keys):
        return
    old = got.people.get(keys[0])
    if old is None:
        got.people[keys[0]] = rec
    else:
        old["roles"] += [r for r in rec["roles"] if r not in old["roles"]]


def _people_rows(people: dict[str, Record]) -> list[list[str]]:
    rows = []
    for rec in sorted(people.values(), key=lambda r: r["name"]):
        aliases = "|".join(a for a in rec["aliases"] if len(a.split()) >= 2)
        for role, lo, hi, scope in rec["roles"]:
            rows.append([rec["name"], "person", "", rec["country"] or "", aliases, role, lo or "", hi or "", scope])
    return rows


def _write_phoenix_csv(path: Path, columns: list[str], rows: list[list[str]]) -> None:
    with path.open("w", encoding="utf-8", newline="") as fh:
        fh.write(_PHOENIX_HEADER)
        w = csv.writer(fh)
        w.writerow(columns)
        w.writerows(rows)


def compile_sources(folder: Path | None = None) -> dict[str, Any]:
    """Read every source file and return the compiled knowledge base (a JSON-able dict)."""
    folder = folder or data_dir()
    records = curated_records(folder)
    curated_keys = _known_keys(records)
    by_code = {r["code"]: r for r in records if r["kind"] in ("organization", "group")}
    orgs_file = folder / "phoenix_orgs.csv"
    if orgs_file.is_file():
        with orgs_file.open(encoding="utf-8", newline="") as fh:
            for row in csv.DictReader(line for line in fh if not line.startswith("#")):
                org = by_code.get(row["code"])
                if org is not None and phrase_key(row["name"]) not in curated_keys:
                    org["aliases"].append(row["name"])
    people_file = folder / "phoenix_people.csv"
    if people_file.is_file():
        for rec in read_csv(people_file):
            rec["id"] = "phoenix/" + rec["id"].split("/", 1)[1]
            rec["family"] = None
            rec["full_names_only"] = True
            records.append(rec)
    places: list[list[Any]] = []
    for name in ("places.csv", "phoenix_places.csv"):
        if (folder / name).is_file():
            places += [[n, c, a] for n, c, a in read_places(folder / name)]
    titles = yaml.safe_load((folder / "titles.yaml").read_text(encoding="utf-8"))
    titles.pop("source", None)
    return {
        "version": FORMAT_VERSION,
        "sources": sorted(p.name for p in folder.rglob("*") if p.suffix in (".csv", ".yaml")),
        "entities": records,
        "titles": titles,
        "places": places,
    }


def build(out: Path | None = None, folder: Path | None = None) -> Path:
    """Compile the sources and write the JSON file; returns its path."""
    folder = folder or data_dir()
    out = out or folder / COMPILED_NAME
    data = compile_sources(folder)
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = out.with_suffix(out.suffix + ".tmp")
    tmp.write_text(encode(data), encoding="utf-8")
    tmp.replace(out)
    return out


def encode(data: dict[str, Any]) -> str:
    """The compiled base as the JSON text written (compact: the file is read at every start)."""
    return json.dumps(data, ensure_ascii=False, separators=(",", ":"))


def main(argv: list[str] | None = None) -> int:
    """Command line: ``python -m communique.actors.build [--out FILE] [--phoenix DIR]``."""
    ap = argparse.ArgumentParser(prog="python -m communique.actors.build", description=__doc__.split("\n\n")[0])
    ap.add_argument("--out", type=Path, default=None, help="where to write the compiled JSON (default: packaged actors.json)")
    ap.add_argument("--phoenix", type=Path, default=None, help="re-derive phoenix_*.csv from this Phoenix folder first")
    args = ap.parse_args(argv)
    try:
        if args.phoenix is not None:
            counts = derive_phoenix(args.phoenix, data_dir())
            print(f"derived from Phoenix: {counts}")
        path = build(args.out)
    except KnowledgeBaseError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    print(f"wrote {path} ({path.stat().st_size:,} bytes)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
