#!/usr/bin/env bash
# pgmig in the shared apply benchmark, side by side with psql (a)/(b)/(c), dbmate, yoyo, sqitch
# and alembic in the same run: apply all N pending, status on N applied, down --all.
#   bench/run_apply.sh            # N = 100 and 1000
#   bench/run_apply.sh 100        # quick
#   BENCH_TOOLS=pgmig bench/run_apply.sh 1000   # pgmig + the psql baselines only
# Report: bench/results/apply-<UTC date>.md (raw JSON in bench/results/raw/, not committed).
# Targets (issue): up of 1000 pending <= 1.3x (c) and faster than dbmate; status on 1000 < 300 ms.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

# pgmig reads <version>_<slug>.up.sql / .down.sql from one folder: the harness's flat layout.
export PGMIG_LAYOUT=flat
# The generated migrations include plain CREATE INDEX / ADD CONSTRAINT on existing tables, which
# `pgmig up`'s check gate refuses by design; none of the peers analyses SQL before applying it,
# so the timed `up` is the runner alone. (The analyzer has its own benchmark: bench/check/.)
export PGMIG_CHECK_ON_UP="${PGMIG_CHECK_ON_UP:-false}"
export PGMIG_TXN="${PGMIG_TXN:-1 per migration}"
# the harness's default templates are pgmig's real CLI: up/status/down --all --dsn DSN --dir DIR
[ $# -eq 0 ] && set -- 100 1000
load_note "start apply N=$*" | tee -a "$BENCH_RESULTS/load.log"
"$BENCH_HARNESS/run_apply.sh" "$@"
load_note "end apply" | tee -a "$BENCH_RESULTS/load.log"
