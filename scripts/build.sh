#!/usr/bin/env bash
# Configures and builds haproxy-consul into build/ (Release-with-debug-info). Extra arguments go
# to the CMake configure step, e.g. scripts/build.sh -DHC_SANITIZE=ON.
set -euo pipefail
cd "$(dirname "$0")/.."
cmake -S . -B build "$@" >/dev/null
cmake --build build -j"${JOBS:-2}"
