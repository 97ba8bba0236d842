"""Conflict/cooperation measures of PLOVER events: QuadClass, CAMEO root code, Goldstein intensity.

**QuadClass** (GDELT's four classes). The classes follow CAMEO's grouping of its root codes,
carried over to PLOVER through the CAMEO-to-PLOVER table: verbal cooperation (CAMEO 01-05:
statements, appeals, intent to cooperate, consultation, diplomatic cooperation), material
cooperation (06-08: material cooperation, aid, yielding), verbal conflict (09-13: investigate,
demand, disapprove, reject, threaten) and material conflict (14-20: protest, force posture,
reducing relations, coercion, assault, fighting, mass violence).

**CAMEO root code**. PLOVER merged CAMEO's categories, so a PLOVER type (and mode) maps back to
one CAMEO root only sometimes. :func:`cameo_root` reads ``data/events/cameo/cameo_plover.tsv``
(PLOVER's CAMEO2PLOVER table): the two-digit root when every CAMEO code mapped to the event's
type (and mode, when the mode is in the table) shares one root, otherwise ``None``
(e.g. ``REQUEST`` is CAMEO 02 APPEAL or 10 DEMAND; ``ASSAULT`` is 18, 19 or 20 without a mode).

**Intensity**. :func:`intensity` is the Goldstein (1992) weight of the event's CAMEO root code,
-10 (most conflictual) to +10 (most cooperative), the root-code values of GDELT's
``CAMEO.goldsteinscale.txt`` (``data/events/goldstein.tsv``; its 20 values were checked against
that table as the PyPI package ``gdelt`` 0.1.14 ships it, and a test pins them). Where the root is ambiguous the
type's *primary* root (:data:`PRIMARY_ROOT`, the root whose class is the type's QuadClass)
gives the value, so the score is defined for every event and comparable with GDELT's
``GoldsteinScale`` at the root-code level (GDELT's finer three- and four-digit values are
not used: PLOVER types do not carry them).
"""

from __future__ import annotations

import csv
from functools import lru_cache
from pathlib import Path
from typing import Literal, TypedDict

QuadClass = Literal["verbal_cooperation", "material_cooperation", "verbal_conflict", "material_conflict"]

#: The four classes in GDELT's order (QuadClass 1-4).
QUAD_CLASSES: tuple[QuadClass, ...] = (
    "verbal_cooperation", "material_cooperation", "verbal_conflict", "material_conflict",
)

#: PLOVER type -> class. REQUEST is an appeal (CAMEO 02), verbal cooperation; CONCEDE and
#: RETREAT are yielding (CAMEO 08); SANCTION is reducing relations (CAMEO 16).
QUAD_CLASS: dict[str, QuadClass] = {
    "AGREE": "verbal_cooperation",
    "CONSULT": "verbal_cooperation",
    "SUPPORT": "verbal_cooperation",
    "REQUEST": "verbal_cooperation",
    "COOPERATE": "material_cooperation",
    "AID": "material_cooperation",
    "CONCEDE": "material_cooperation",
    "RETREAT": "material_cooperation",
    "ACCUSE": "verbal_conflict",
    "REJECT": "verbal_conflict",
    "THREATEN": "verbal_conflict",
    "PROTEST": "material_conflict",
    "MOBILIZE": "material_conflict",
    "SANCTION": "material_conflict",
    "COERCE": "material_conflict",
    "ASSAULT": "material_conflict",
}

#: PLOVER type -> the CAMEO root code that stands for it when its mode does not decide: the
#: root the project's class (above) comes from. Every one is among the roots
#: ``cameo_plover.tsv`` maps to the type (a test checks).
PRIMARY_ROOT: dict[str, str] = {
    "REQUEST": "02", "AGREE": "03", "CONSULT": "04", "SUPPORT": "05", "COOPERATE": "06", "AID": "07",
    "CONCEDE": "08", "RETREAT": "08", "ACCUSE": "11", "REJECT": "12", "THREATEN": "13",
    "PROTEST": "14", "MOBILIZE": "15", "SANCTION": "16", "COERCE": "17", "ASSAULT": "18",
}


def root_class(root: str) -> QuadClass:
    """CAMEO's class of a two-digit root code (01-05, 06-08, 09-13, 14-20)."""
    n = int(root[:2])
    if not 1 <= n <= 20:
        raise KeyError(f"{root!r} is not a CAMEO root code (01-20)")
    return QUAD_CLASSES[0 if n <= 5 else 1 if n <= 8 else 2 if n <= 13 else 3]


def quad_class(event_type: str) -> QuadClass:
    """The class of a PLOVER type; raises ``KeyError`` naming the type when it is not one."""
    try:
        return QUAD_CLASS[event_type.upper()]
    except KeyError:
        raise KeyError(f"{event_type!r} is not a PLOVER event type") from None


def _data_dir() -> Path:
    return Path(__file__).resolve().parent.parent / "data" / "events"


def _tsv(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader((ln for ln in fh if not ln.startswith("#")), delimiter="\t",
                                   quoting=csv.QUOTE_NONE))


@lru_cache(maxsize=1)
def _roots() -> dict[tuple[str, str], frozenset[str]]:
    """(type, mode) -> CAMEO roots, with (type, "") holding every root of the type."""
    out: dict[tuple[str, str], set[str]] = {}
    for row in _tsv(_data_dir() / "cameo" / "cameo_plover.tsv"):
        if not row.get("type"):
            continue
        root = row["cameo"][:2]
        out.setdefault((row["type"], ""), set()).add(root)
        if row.get("mode"):
            out.setdefault((row["type"], row["mode"]), set()).add(root)
    return {k: frozenset(v) for k, v in out.items()}


@lru_cache(maxsize=1)
def goldstein_table() -> dict[str, float]:
    """CAMEO root code ("01" ... "20") -> Goldstein weight (``data/events/goldstein.tsv``)."""
    return {row["cameo"]: float(row["goldstein"]) for row in _tsv(_data_dir() / "goldstein.tsv")}


def cameo_roots(event_type: str, mode: str | None = None) -> frozenset[str]:
    """Every CAMEO root the type (narrowed by ``mode`` when the table knows it) maps to."""
    table = _roots()
    t = event_type.upper()
    return table.get((t, mode or ""), table.get((t, ""), frozenset()))


def cameo_root(event_type: str, mode: str | None = None) -> str | None:
    """The two-digit CAMEO root code when the mapping is unambiguous, else ``None``."""
    roots = cameo_roots(event_type, mode)
    return next(iter(roots)) if len(roots) == 1 else None


def intensity(event_type: str, mode: str | None = None) -> float:
    """Goldstein weight (-10 ... +10) of the event's CAMEO root (its type's primary root if ambiguous)."""
    root = cameo_root(event_type, mode) or PRIMARY_ROOT.get(event_type.upper())
    if root is None:
        raise KeyError(f"{event_type!r} is not a PLOVER event type")
    return goldstein_table()[root]


class Measures(TypedDict):
    quad_class: QuadClass
    intensity: float
    cameo: str | None


def measures(event_type: str, mode: str | None = None) -> Measures:
    """``quad_class``, ``intensity`` and ``cameo`` (root code or None) of one event."""
    return {"quad_class": quad_class(event_type), "intensity": intensity(event_type, mode),
            "cameo": cameo_root(event_type, mode)}
