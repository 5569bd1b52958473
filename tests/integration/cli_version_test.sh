#!/usr/bin/env bash
# `marsad --version` names the malloc the process runs on, and it is the one the build links
# (CMake's MARSAD_ALLOCATOR): fails if the executable lost jemalloc at link time.
#   cli_version_test.sh MARSAD SOURCE_DIR WANT_MALLOC   (WANT_MALLOC: jemalloc, glibc, AddressSanitizer)
set -uo pipefail
source "$(dirname "$0")/lib.sh" "$@"
want="$3"

if run "marsad --version" 0 -- "$marsad" --version; then
  line="$(cat "$tmp/out")"
  case "$line" in
    "marsad 0.1.0 (malloc: $want"*")") echo "ok   names $want: $line" ;;
    *) fail "marsad --version: '$line', want 'marsad 0.1.0 (malloc: $want…)'" ;;
  esac
fi
# jemalloc's own version string (mallctl "version"), not the fallback name alone.
if [ "$want" = jemalloc ] && ! grep -Eq '\(malloc: jemalloc [0-9]+\.[0-9]+' "$tmp/out"; then
  fail "marsad --version: no jemalloc version in '$(cat "$tmp/out")'"
fi
finish "--version"
