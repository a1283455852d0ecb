#!/usr/bin/env bash
# run_fuzzers.sh BUILD_DIR SECONDS TARGET...: runs each libFuzzer target for SECONDS (two at a time), seeded
# with the golden cases, and fails when any of them finds a crash. Prints the executions each one made.
set -uo pipefail
build="$(cd "$1" && pwd)"; seconds="$2"; shift 2
here="$(cd "$(dirname "$0")" && pwd)"
corpus_root="$build/fuzz-corpus"
mkdir -p "$corpus_root"
python3 "$here/make_seed_corpus.py" "$here/../data" "$corpus_root"
export ASAN_OPTIONS=detect_leaks=0:allocator_may_return_null=1
export VALUERANK_LOG_LEVEL=error VALUERANK_RETRY_DELAY_SCALE=0 VALUERANK_HTTP_TIMEOUT_MS=100
failed=0
run() {
  local target="$1" corpus="$corpus_root/$1"
  mkdir -p "$corpus" "$build/fuzz-artifacts/$target"
  # Crashes, leaks and timeouts land in the build folder, never in the working directory (the source tree).
  "$build/bin/$target" -seed=1 -artifact_prefix="$build/fuzz-artifacts/$target/" -max_total_time="$seconds" -rss_limit_mb=4096 -max_len=65536 -print_final_stats=1 \
    "$corpus" > "$build/$target.log" 2>&1
  local status=$?
  local runs
  runs=$(grep -m1 '^stat::number_of_executed_units' "$build/$target.log" | awk '{print $2}')
  if [ "$status" -ne 0 ]; then
    echo "FUZZ FAIL $target (exit $status), see $build/$target.log"; tail -30 "$build/$target.log"; return 1
  fi
  echo "fuzz ok   $target: ${runs:-?} executions in ${seconds} s"
}
pids=()
for target in "$@"; do
  run "$target" &
  pids+=($!)
  if [ ${#pids[@]} -ge 2 ]; then
    wait "${pids[0]}" || failed=1
    pids=("${pids[@]:1}")
  fi
done
for pid in "${pids[@]}"; do wait "$pid" || failed=1; done
exit $failed
