#!/usr/bin/env bash
# Runs the Consul-watching benchmark: a real Consul dev agent with its default limits (the
# binary from PATH, $HC_CONSUL, or scripts/fetch-consul.sh), 1,000 services, the daemon core in a
# child process measured from /proc. Builds (or refreshes) only the watch_scale target first.
# Extra arguments go to watch_scale, e.g.
#   bench/run_watch.sh --services 1000 --idle-seconds 30 --max-connections 64
# BUILD_DIR picks the build directory (default build/), JOBS the build parallelism (default 2).
set -euo pipefail
cd "$(dirname "$0")/.."
build="${BUILD_DIR:-build}"
[ -f "$build/CMakeCache.txt" ] || cmake -S . -B "$build" >/dev/null
cmake --build "$build" -j"${JOBS:-2}" --target watch_scale >/dev/null
if ! command -v consul >/dev/null 2>&1 && [ -z "${HC_CONSUL:-}" ]; then
  scripts/fetch-consul.sh >/dev/null
fi
"$build/bench/watch_scale" "$@"
