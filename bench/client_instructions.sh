#!/usr/bin/env bash
# Client-side cost of `pgmig up` of N generated migrations, in instructions (valgrind callgrind),
# for one or more commits, next to psql applying the same files in one session.
#
#   bench/client_instructions.sh                 # N=1000, HEAD
#   bench/client_instructions.sh 1000 HEAD~3 HEAD
#
# Wall time on this shared machine moves by 2x within an hour (bench/results/); instruction counts
# of the client process do not (the same total to 0.1% run after run), so this is the figure to
# compare two versions of the runner with. It counts only the client: the server's work, the
# round trips and fsync are what bench/run_apply.sh measures. Also prints the instructions of
# Python start-up plus pgmig's imports alone (`--version` excluded: it imports neither psycopg
# nor pglast).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
command -v valgrind >/dev/null || { echo "bench: valgrind is needed (apt-get install valgrind)" >&2; exit 2; }
n="${1:-1000}"; shift || true
[ $# -eq 0 ] && set -- HEAD
py="$repo/.venv/bin/python"
work="${BENCH_WORK:-/tmp/bench-work}/client-instructions"
rm -rf "$work" && mkdir -p "$work"
python3 "$BENCH_HARNESS/gen_migrations.py" "$n" "$work/m" --style plain-updown --layout flat >/dev/null
for f in "$work"/m/*.up.sql; do printf 'BEGIN;\n'; cat "$f"; printf 'COMMIT;\n'; done >"$work/all_ups_txn.sql"
db=pgmig_bench_client

count() {  # instructions of the command "$@" (client only)
  valgrind --tool=callgrind --callgrind-out-file="$work/cg.out" "$@" 2>&1 >/dev/null \
    | sed -n 's/.*Collected : \([0-9]*\).*/\1/p'
}
fresh() { dropdb --if-exists "$db" 2>/dev/null; createdb "$db"; }

# the real binary: Debian's /usr/bin/psql is a perl wrapper that execs it (valgrind would count perl)
psql_bin=$(ls /usr/lib/postgresql/*/bin/psql 2>/dev/null | sort -V | tail -1)
psql_bin=${psql_bin:-$(command -v psql)}
fresh
psql_i=$(count "$psql_bin" -X -q -v ON_ERROR_STOP=1 -d "$db" -f "$work/all_ups_txn.sql")
echo "N=$n  psql (c), one session, BEGIN/COMMIT per file: $(printf "%'d" "$psql_i") instructions"
for rev in "$@"; do
  sha=$(git -C "$repo" rev-parse --short "$rev")
  snap="$work/pgmig-$sha"
  mkdir -p "$snap" && git -C "$repo" archive "$sha" pgmig | tar -x -C "$snap"
  "$py" -m compileall -q "$snap/pgmig" >/dev/null
  fresh
  up_i=$(cd "$work" && PYTHONPATH="$snap" PGMIG_LAYOUT=flat PGMIG_CHECK_ON_UP=false \
    count "$py" -m pgmig up --database-url "postgresql:///$db" --dir "$work/m")
  n_applied=$(psql -XAtd "$db" -c "SELECT count(*) FROM _migrations")
  [ "$n_applied" = "$n" ] || { echo "bench: $rev applied $n_applied of $n" >&2; exit 1; }
  imp_i=$(cd "$work" && PYTHONPATH="$snap" count "$py" -c \
    "import pgmig.cli.migrate, pgmig.api, pgmig.runner, psycopg, pglast.parser")
  printf "%-10s pgmig up: %'d instructions (%.1fx psql's); of which start-up and imports: %'d\n" \
    "$sha" "$up_i" "$(echo "$up_i / $psql_i" | bc -l)" "$imp_i"
done
dropdb --if-exists "$db"
