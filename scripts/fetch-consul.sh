#!/usr/bin/env bash
# Makes a Consul binary available for the integration tests without installing anything
# system-wide, and prints its path. A `consul` already on PATH wins.
#
# bookworm has no consul package, but the bullseye suite of the same Debian mirror does (one
# static Go binary, 1.8.7). The mirror is read from this machine's apt configuration; a private
# sources list and apt state under the cache folder are used for `apt-get download`, and the
# package is unpacked with `dpkg -x`.
#
# Usage: scripts/fetch-consul.sh [cache-dir]   (default: .cache/consul in the repository)
set -euo pipefail

if command -v consul >/dev/null 2>&1; then
  command -v consul
  exit 0
fi

top="$(cd "$(dirname "$0")/.." && pwd)"
cache="${1:-$top/.cache/consul}"
bin="$cache/root/usr/bin/consul"
if [ -x "$bin" ]; then
  echo "$bin"
  exit 0
fi

mirror=""
if [ -f /etc/apt/sources.list.d/debian.sources ]; then
  mirror=$(awk '/^URIs:/ {print $2; exit}' /etc/apt/sources.list.d/debian.sources)
fi
if [ -z "$mirror" ] && [ -f /etc/apt/sources.list ]; then
  mirror=$(awk '$1 == "deb" && $0 !~ /security/ {print $2; exit}' /etc/apt/sources.list)
fi
if [ -z "$mirror" ]; then
  echo "fetch-consul: no Debian mirror found in the apt configuration" >&2
  exit 1
fi

mkdir -p "$cache/lists/partial" "$cache/archives/partial" "$cache/parts" "$cache/pkg"
cat >"$cache/bullseye.sources" <<SOURCES
Types: deb
URIs: $mirror
Suites: bullseye
Components: main
Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg
SOURCES

apt_opts=(
  -o "Dir::Etc::SourceList=/dev/null"
  -o "Dir::Etc::SourceParts=$cache/parts"
  -o "Dir::State::Lists=$cache/lists"
  -o "Dir::Cache::Archives=$cache/archives"
  -o "Debug::NoLocking=1"
)
cp "$cache/bullseye.sources" "$cache/parts/bullseye.sources"
apt-get "${apt_opts[@]}" update -qq >&2
(cd "$cache/pkg" && apt-get "${apt_opts[@]}" download consul >&2)
dpkg -x "$cache"/pkg/consul_*.deb "$cache/root"
"$bin" version >&2
echo "$bin"
