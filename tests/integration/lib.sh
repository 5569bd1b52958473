# What the integration tests share: their arguments, a scratch folder removed at exit, and
# the checks. Each test sources it first:
#   source "$(dirname "$0")/lib.sh" "$@"    # the test's arguments: MARSAD SOURCE_DIR
# which sets marsad (the binary), src (the source tree), tmp, store ($tmp/store) and fails.
marsad="$1"
src="${2:-}"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
fails=0
store="$tmp/store"

# fail MESSAGE...: counts a failed check and says which.
fail() { echo "FAIL $*"; fails=$((fails + 1)); }

# run NAME WANT_EXIT -- command...: runs the command with its output in $tmp/out and
# $tmp/err and checks its exit code; a wrong one counts as a failure and returns 1.
run() {
  local name="$1" want="$2"
  shift 3
  "$@" >"$tmp/out" 2>"$tmp/err"
  local got=$?
  if [ "$got" -ne "$want" ]; then fail "$name: exit $got, want $want; stderr: $(head -c 300 "$tmp/err")"; return 1; fi
  echo "ok   $name"
}

# finish WHAT: exits 1 when a check failed, else says that all WHAT checks passed.
finish() {
  if [ "$fails" -gt 0 ]; then echo "$fails $1 check(s) failed"; exit 1; fi
  echo "all $1 checks passed"
}
