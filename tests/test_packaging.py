"""pyproject.toml in the form current setuptools reads without deprecation warnings."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_license_is_an_spdx_string_with_its_file():
    # setuptools >= 77 warns on every build ("`project.license` as a TOML table is deprecated")
    # and will refuse the table form from 2027; the SPDX string needs setuptools >= 77.
    meta = tomllib.loads((ROOT / "pyproject.toml").read_text())
    project = meta["project"]
    assert project["license"] == "MIT"
    assert project["license-files"] and all((ROOT / f).is_file() for f in project["license-files"])
    assert "MIT License" in (ROOT / project["license-files"][0]).read_text()
    assert not any(c.startswith("License ::") for c in project.get("classifiers", []))
    (setuptools,) = [r for r in meta["build-system"]["requires"] if r.startswith("setuptools")]
    low = re.search(r">=\s*(\d+)", setuptools)
    assert low and int(low.group(1)) >= 77, setuptools
