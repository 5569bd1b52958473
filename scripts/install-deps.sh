#!/usr/bin/env bash
# Installs every package marsad needs to build, test and benchmark, from Debian's archive.
# A no-op when everything is already installed. Run as root, or with sudo available.
set -euo pipefail

PACKAGES=(
  # build
  build-essential cmake ninja-build pkg-config git python3
  # libraries
  libutf8proc-dev libicu-dev libsqlite3-dev libcpp-httplib-dev nlohmann-json3-dev libcli11-dev
  libfmt-dev libzstd-dev libxml2-dev libgumbo-dev libzip-dev libsimdjson-dev
  # the executables' malloc (CMake's MARSAD_ALLOCATOR, docs/BENCHMARKS.md "Allocator")
  libjemalloc-dev
  # the web page: its end-to-end test (headless chromium driven from node), its fonts, the load test
  chromium nodejs fonts-noto-core wrk
  # tests, benchmarks, fuzzing
  libgtest-dev libgmock-dev googletest libbenchmark-dev clang libclang-rt-14-dev
  # reference engines for the benchmarks (../shared/peers)
  liblucene8-java default-jdk-headless libxapian-dev
)

missing=()
for p in "${PACKAGES[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done
# npm: Debian's package, unless a node distribution that bundles it is installed already.
if ! command -v npm >/dev/null; then
  missing+=(npm)
fi
if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi

echo "install-deps: installing ${missing[*]}" >&2
SUDO=""
if [ "$(id -u)" -ne 0 ]; then
  command -v sudo >/dev/null || { echo "install-deps: need root (or sudo) to install: ${missing[*]}" >&2; exit 1; }
  SUDO="sudo"
fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
