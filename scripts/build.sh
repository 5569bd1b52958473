#!/usr/bin/env bash
# Configures and builds marsad into a build directory.
#   scripts/build.sh [release|asan|fuzz]   (default: release)
# release -> build/, asan -> build-asan/ (AddressSanitizer + UBSan), fuzz -> build-fuzz/ (clang, libFuzzer)
set -euo pipefail
cd "$(dirname "$0")/.."
kind="${1:-release}"
jobs="$(nproc)"
case "$kind" in
  release)
    cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=Release >/dev/null
    cmake --build build -j "$jobs" ;;
  asan)
    cmake -S . -B build-asan -G Ninja -DCMAKE_BUILD_TYPE=Debug -DMARSAD_SANITIZERS=ON \
      -DMARSAD_BUILD_BENCHMARKS=OFF >/dev/null
    cmake --build build-asan -j "$jobs" ;;
  fuzz)
    CC=clang CXX=clang++ cmake -S . -B build-fuzz -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
      -DMARSAD_FUZZERS=ON -DMARSAD_BUILD_TESTS=OFF -DMARSAD_BUILD_BENCHMARKS=OFF >/dev/null
    cmake --build build-fuzz -j "$jobs" --target marsad_fuzzers ;;
  *)
    echo "usage: scripts/build.sh [release|asan|fuzz]" >&2; exit 2 ;;
esac
