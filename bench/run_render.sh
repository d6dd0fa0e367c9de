#!/usr/bin/env bash
# Runs the render benchmark and, when Go is installed, its peer (Go's own text/template over the
# same data) in the same run, so the two figures come from the same machine and moment.
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${1:-31}"
[ -x build/bench/render_bench ] || scripts/build.sh
build/bench/render_bench "$runs"
if command -v go >/dev/null 2>&1; then
  GOCACHE="${GOCACHE:-$PWD/build/gocache}" GO111MODULE=off go run bench/go_render_peer.go "$runs"
else
  echo "go not installed: peer figure skipped"
fi
