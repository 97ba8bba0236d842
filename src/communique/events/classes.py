"""Conflict/cooperation classes of PLOVER event types (GDELT's QuadClass).

The four classes follow CAMEO's grouping of its root codes, carried over to PLOVER
through the CAMEO-to-PLOVER table: verbal cooperation (CAMEO 01-05: statements, appeals,
intent to cooperate, consultation, diplomatic cooperation), material cooperation (06-08:
material cooperation, aid, yielding), verbal conflict (09-13: investigate, demand,
disapprove, reject, threaten) and material conflict (14-20: protest, force posture,
reducing relations, coercion, assault, fighting, mass violence).
"""

from __future__ import annotations

from typing import Literal

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


def quad_class(event_type: str) -> QuadClass:
    """The class of a PLOVER type; raises ``KeyError`` naming the type when it is not one."""
    try:
        return QUAD_CLASS[event_type.upper()]
    except KeyError:
        raise KeyError(f"{event_type!r} is not a PLOVER event type") from None
