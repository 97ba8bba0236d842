#!/usr/bin/env bash
# Runs the whole test suite, installing what it needs first (idempotent), so that
# it works on a fresh clone with ../shared beside it:
#
#   bash scripts/test.sh            # all tests
#   bash scripts/test.sh -k store   # extra arguments go to pytest
set -euo pipefail
cd "$(dirname "$0")/.."
PYTHON=${PYTHON:-python3}

if [ ! -x .venv/bin/python ]; then
  "$PYTHON" -m venv .venv
fi
.venv/bin/python -m pip install --quiet --upgrade pip
# the Ray extra too, so that tests/test_scale.py runs the distributed engine
.venv/bin/python -m pip install --quiet -e ".[dev,ray]"
exec .venv/bin/python -m pytest -q "$@"
