#!/usr/bin/env bash
# The README's test command: installs what is needed, builds, and runs every test twice
# (a release build, then AddressSanitizer + UBSan), the README's main command without its
# server, a smoke run of each benchmark and
# evaluation (bench/smoke.sh), then a short run of each fuzzer.
# Tests that need ../shared/data skip with a message when it is absent.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh

step() { printf '\n== %s\n' "$*"; }

step "release build"
scripts/build.sh release
step "tests (release)"
ctest --test-dir build --output-on-failure -j "$(nproc)" --timeout 900

step "the README's main command (scripts/demo.sh --no-serve)"
# Its exit status counts (a SIGPIPE under pipefail once failed it at random), and its who-said-what
# output must name the speaker the bundled corpus quotes most.
demo_log="$(mktemp)"
if ! scripts/demo.sh --no-serve >"$demo_log" 2>&1 || ! grep -q '"name":"بشار الجعفري"' "$demo_log"; then
  tail -n 40 "$demo_log"
  echo "scripts/demo.sh --no-serve failed (log above: $demo_log)" >&2
  exit 1
fi
rm -f "$demo_log"

step "web page end to end (headless chromium)"
e2e/run.sh build/src/marsad/cli/marsad

step "benchmarks and evaluations (smoke run)"
bench/smoke.sh

step "AddressSanitizer + UBSan build"
scripts/build.sh asan
step "tests (ASan + UBSan)"
ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
  ctest --test-dir build-asan --output-on-failure -j "$(nproc)" --timeout 1800

step "fuzzers (short run)"
scripts/build.sh fuzz
FUZZ_SECONDS="${MARSAD_FUZZ_SECONDS:-30}" fuzz/run.sh build-fuzz

step "all tests passed"
