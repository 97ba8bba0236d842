"""The package type-checks: mypy over src/communique (settings in pyproject.toml) finds nothing."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_mypy_finds_no_error_in_the_package():
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    proc = subprocess.run([sys.executable, "-m", "mypy", "--no-color-output", "--config-file",
                           str(ROOT / "pyproject.toml"), str(ROOT / "src" / "communique")],
                          capture_output=True, text=True, cwd=ROOT, env=env, timeout=900)
    assert "No module named mypy" not in proc.stderr, "install the dev extra: pip install -e '.[dev]'"
    assert proc.returncode == 0, proc.stdout[-6000:] + proc.stderr[-2000:]
    assert "Success: no issues found" in proc.stdout
