#!/usr/bin/env bash
# Runs every fuzzer in BUILD_DIR/fuzz for $FUZZ_SECONDS seconds (default 30), seeded with
# fuzz/corpus/<name>/ and the example corpus. Fails on the first crash.
set -euo pipefail
cd "$(dirname "$0")/.."
build="${1:-build-fuzz}"
seconds="${FUZZ_SECONDS:-30}"
for bin in "$build"/fuzz/*_fuzz; do
  [ -x "$bin" ] || continue
  name="$(basename "$bin")"
  work="$build/fuzz-work/$name"
  mkdir -p "$work"
  seeds=()
  [ -d "fuzz/corpus/$name" ] && seeds+=("fuzz/corpus/$name")
  [ -d examples/corpus ] && seeds+=(examples/corpus)
  echo "fuzz: $name for ${seconds}s"
  "$bin" -max_total_time="$seconds" -max_len=8192 -timeout=10 -rss_limit_mb=2048 \
    -print_final_stats=1 "$work" "${seeds[@]}" 2>&1 | tail -n 3
done
