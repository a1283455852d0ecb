#!/usr/bin/env bash
# Replays every golden case with each worker under valgrind (memcheck): an error or a definite leak makes the
# worker exit 99 instead of 0, which fails the case. Usage: tests/valgrind/golden_under_valgrind.sh [BUILD_DIR]
set -euo pipefail
build="${1:-build}"
here="$(cd "$(dirname "$0")/.." && pwd)"
export VR_WORKER_WRAPPER="valgrind --error-exitcode=99 --leak-check=full --errors-for-leak-kinds=definite --show-leak-kinds=definite -q"
# PCRE2's JIT-compiled regular expressions read whole words past the end of strings on purpose; memcheck cannot
# tell, so the regular expressions run interpreted here (Qt reads QT_ENABLE_REGEXP_JIT).
export QT_ENABLE_REGEXP_JIT=0
export VALUERANK_RETRY_DELAY_SCALE=0 QT_QPA_PLATFORM=offscreen
status=0
for worker in health_check analyze_basic probe summarize; do
  echo "== $worker under valgrind"
  VR_GOLDEN_FILE="$here/data/golden/$worker.json" "$build/bin/tst_golden_workers" -silent || status=1
done
exit $status
