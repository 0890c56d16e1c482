#!/usr/bin/env bash
# The migration command lockload.py runs for mode PGMIG: `pgmig up --dir DIR` with pgmig's defaults
# (DSN from DATABASE_URL, which the harness sets), passing pgmig's output through unchanged, then one
# `LOCKEXP_RESULT {"attempts": N}` line counted from pgmig's own "retry" lines on stderr, so that the
# harness reports exact retry counts. Exit status is pgmig's.
#   lockload_pgmig.sh PGMIG_CMD MIGDIR
set -uo pipefail
pgmig="$1" migdir="$2"
err="$(mktemp)"
trap 'rm -f "$err"' EXIT
"$pgmig" up --dir "$migdir" 2>"$err"
rc=$?
cat "$err" >&2
retries="$(grep -c -i -E "${PGMIG_RETRY_PATTERN:-lock not granted|retrying}" "$err" || true)"
echo "LOCKEXP_RESULT {\"attempts\": $((retries + 1)), \"pgmig_rc\": $rc}"
exit "$rc"
