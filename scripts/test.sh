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
.venv/bin/python -m pip install --quiet -e ".[dev,server,ray]"
# the web page's tests drive a real headless Chromium (Debian's chromium + chromium-driver)
if ! command -v chromium >/dev/null || ! command -v chromedriver >/dev/null; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver; } \
      >/dev/null 2>&1 || echo "could not install chromium: the web page tests will be skipped" >&2
  else
    echo "chromium/chromedriver missing and not root: the web page tests will be skipped" >&2
  fi
fi
exec .venv/bin/python -m pytest -q "$@"
