import pytest

from communique.events.classes import QUAD_CLASS, QUAD_CLASSES, quad_class
from communique.types import EVENT_TYPES


def test_every_plover_type_has_one_class():
    assert set(QUAD_CLASS) == set(EVENT_TYPES)
    assert set(QUAD_CLASS.values()) == set(QUAD_CLASSES)


@pytest.mark.parametrize("etype, cls", [("CONSULT", "verbal_cooperation"), ("aid", "material_cooperation"),
                                         ("ACCUSE", "verbal_conflict"), ("ASSAULT", "material_conflict")])
def test_quad_class(etype, cls):
    assert quad_class(etype) == cls


def test_unknown_type_is_named():
    with pytest.raises(KeyError, match="ATTACK"):
        quad_class("ATTACK")
