# Sourced by the bench/*.sh scripts: where the repo, its pgmig and the shared harness are.
# Override with PGMIG_CMD (another pgmig build) or BENCH_HARNESS (another copy of the harness).
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
BENCH_HARNESS="${BENCH_HARNESS:-$(cd "$repo/../shared/bench" 2>/dev/null && pwd || echo /work/shared/bench)}"
export PGMIG_CMD="${PGMIG_CMD:-$repo/.venv/bin/pgmig}"
export BENCH_RESULTS="${BENCH_RESULTS:-$repo/bench/results}"
mkdir -p "$BENCH_RESULTS"

if [ ! -d "$BENCH_HARNESS" ]; then
  echo "bench: the shared harness is not at $BENCH_HARNESS; set BENCH_HARNESS" >&2
  exit 2
fi
if ! command -v "${PGMIG_CMD%% *}" >/dev/null 2>&1; then
  echo "bench: $PGMIG_CMD not found; create the venv first: python3 -m venv .venv && .venv/bin/pip install -e '.[test]'" >&2
  exit 2
fi

# Measure the committed code, not a working tree that other engineers may be editing mid-run:
# a copy of HEAD's pgmig/ goes first on PYTHONPATH (BENCH_SNAPSHOT=0 uses the working tree).
PGMIG_BENCH_COMMIT="$(git -C "$repo" rev-parse --short HEAD 2>/dev/null || echo unknown)"
if [ "${BENCH_SNAPSHOT:-1}" = 1 ] && [ "$PGMIG_CMD" = "$repo/.venv/bin/pgmig" ] \
   && [ "$PGMIG_BENCH_COMMIT" != unknown ]; then
  snap="${BENCH_WORK:-/tmp/bench-work}/pgmig-src-$PGMIG_BENCH_COMMIT"
  rm -rf "$snap" && mkdir -p "$snap"
  git -C "$repo" archive HEAD pgmig | tar -x -C "$snap"
  # compile it as `pip install` would: with PYTHONDONTWRITEBYTECODE set (it is on the dev
  # machines) every timed run would otherwise recompile every pgmig module it imports
  "$repo/.venv/bin/python" -m compileall -q "$snap/pgmig" >/dev/null
  export PYTHONPATH="$snap${PYTHONPATH:+:$PYTHONPATH}"
else
  PGMIG_BENCH_COMMIT="$PGMIG_BENCH_COMMIT+working-tree"
fi
export PGMIG_BENCH_COMMIT

load_note() {
  # one line for the report: how busy the machine was when this step ran
  echo "[$(date -u +%H:%M:%S)] load average: $(cut -d' ' -f1-3 /proc/loadavg) ($(nproc) CPUs), pgmig $PGMIG_BENCH_COMMIT - $1"
}
