#!/usr/bin/env bash
# Time `pgmig check` against squawk on the same inputs (see run.py for details).
set -euo pipefail
cd "$(dirname "$0")/../.."
exec python3 bench/check/run.py "$@"
