"""The curated public API: every name in __all__ resolves, nothing private leaks in."""

import communique


def test_all_names_resolve():
    for name in communique.__all__:
        assert getattr(communique, name) is not None, name


def test_no_private_names_exported():
    assert not [n for n in communique.__all__ if n.startswith("_") and n != "__version__"]


def test_unknown_attribute_raises():
    import pytest

    with pytest.raises(AttributeError):
        communique.no_such_thing  # noqa: B018
