#!/usr/bin/env bash
# Builds the libFuzzer target with clang into its own build dir and runs it for a short while:
# any crash, sanitizer report, leak or hang fails. Used by the test suite when clang is present.
# Usage: test/fuzz/smoke.sh CLANGXX SOURCE_DIR BUILD_DIR [seconds]
set -euo pipefail
clangxx="$1" src="$2" dir="$3" seconds="${4:-30}"
cmake -S "$src" -B "$dir" -DCMAKE_CXX_COMPILER="$clangxx" -DHC_BUILD_FUZZ=ON -DHC_BUILD_TESTS=OFF \
  -DHC_BUILD_BENCH=OFF -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build "$dir" --target parse_fuzz -j"${JOBS:-2}" >/dev/null
mkdir -p "$dir/corpus"
"$dir/test/fuzz/parse_fuzz" -dict="$src/test/fuzz/parse_fuzz.dict" -max_total_time="$seconds" \
  -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 "$dir/corpus" 2>&1 | tail -15
