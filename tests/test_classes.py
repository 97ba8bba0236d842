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


#: GDELT's CAMEO.goldsteinscale.txt, the values of the 20 root codes (checked against the table
#: as the PyPI package gdelt 0.1.14 ships it: data/cameoCodes.json, "GoldsteinScale").
GDELT_ROOT_GOLDSTEIN = {
    "01": 0.0, "02": 3.0, "03": 4.0, "04": 1.0, "05": 3.5, "06": 6.0, "07": 7.0, "08": 5.0, "09": -2.0,
    "10": -5.0, "11": -2.0, "12": -4.0, "13": -6.0, "14": -6.5, "15": -7.2, "16": -4.0, "17": -7.0,
    "18": -9.0, "19": -10.0, "20": -10.0,
}


def test_goldstein_table_is_gdelts_root_code_table():
    from communique.events.classes import goldstein_table

    assert goldstein_table() == GDELT_ROOT_GOLDSTEIN


def test_primary_roots_are_mapped_roots_of_the_types_class():
    from communique.events.classes import PRIMARY_ROOT, cameo_roots, root_class

    assert set(PRIMARY_ROOT) == set(EVENT_TYPES)
    for etype, root in PRIMARY_ROOT.items():
        assert root in cameo_roots(etype), etype
        assert root_class(root) == QUAD_CLASS[etype], etype


@pytest.mark.parametrize("etype, mode, value", [("CONSULT", None, 1.0), ("AID", None, 7.0), ("THREATEN", None, -6.0),
                                                ("MOBILIZE", None, -7.2), ("ASSAULT", None, -9.0),
                                                ("REQUEST", None, 3.0), ("SANCTION", None, -4.0)])
def test_intensity_of_a_type(etype, mode, value):
    from communique.events.classes import intensity

    assert intensity(etype, mode) == value
