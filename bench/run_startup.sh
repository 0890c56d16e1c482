#!/usr/bin/env bash
# pgmig start-up latency in the shared harness, next to psql, dbmate, yoyo, sqitch, alembic and
# squawk in the same run: `--version`, `--help`, and `status` with 100 applied migrations.
#   bench/run_startup.sh
# Report: bench/results/startup-<UTC date>.md. Target: --help and --version under 150 ms.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
export PGMIG_LAYOUT=flat
# The generated migrations include plain CREATE INDEX / ADD CONSTRAINT on existing tables, which
# `pgmig up`'s check gate refuses by design; none of the peers analyses SQL before applying it,
# so the timed `up` is the runner alone. (The analyzer has its own benchmark: bench/check/.)
export PGMIG_CHECK_ON_UP="${PGMIG_CHECK_ON_UP:-false}"
load_note "start startup" | tee -a "$BENCH_RESULTS/load.log"
"$BENCH_HARNESS/run_startup.sh" "$@"
load_note "end startup" | tee -a "$BENCH_RESULTS/load.log"
