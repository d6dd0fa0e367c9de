#!/usr/bin/env bash
# Installs the Debian packages haproxy-consul needs to build and test. Safe to re-run.
set -euo pipefail

packages=(
  build-essential cmake pkg-config
  libpoco-dev nlohmann-json3-dev libspdlog-dev libcxxopts-dev
  libgtest-dev libgmock-dev
  haproxy golang-go python3 clang libclang-rt-14-dev
)

sudo_cmd=()
if [ "$(id -u)" -ne 0 ]; then sudo_cmd=(sudo); fi

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done

if [ ${#missing[@]} -gt 0 ]; then
  echo "setup: installing ${missing[*]}"
  "${sudo_cmd[@]}" apt-get update -qq
  DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
else
  echo "setup: all packages present"
fi

# Consul 1.8.7 for the integration tests, unpacked under .cache/consul (nothing system-wide).
"$(dirname "$0")/fetch-consul.sh" >/dev/null
