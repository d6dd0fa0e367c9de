#!/usr/bin/env bash
# Builds everything and runs the whole test suite (unit, conformance against Go's text/template,
# integration) through CTest.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/build.sh "$@"
ctest --test-dir build --output-on-failure -j"${JOBS:-2}" --timeout 600
