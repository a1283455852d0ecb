#!/usr/bin/env bash
# Every test of the project, as CI runs it (the README's test command calls this after installing the
# dependencies): the Release build with its CTest suites (golden cases, units, GUI offscreen, the .deb), the
# workers under valgrind on the golden cases, the pg-boss scale-out test, a 60-second run of each libFuzzer target, and
# the whole suite again under AddressSanitizer + UBSan.
set -euo pipefail
cd "$(dirname "$0")/.."
jobs=$(nproc)

echo "== Release build and tests"
cmake --preset release
cmake --build build -j"$jobs"
ctest --preset release

echo "== The workers under valgrind on every golden case"
bash tests/valgrind/golden_under_valgrind.sh build

echo "== Scale-out: pg-boss on PostgreSQL drives the workers across processes"
bash tests/scaleout/run_scaleout.sh build

echo "== Fuzzing (libFuzzer, 60 s per target)"
fuzz_seconds=${VALUERANK_FUZZ_SECONDS:-60}
cmake --preset fuzz
targets=(fuzz_analyze_input fuzz_probe_input fuzz_summarize_input fuzz_sse_parser fuzz_scenario_import fuzz_worker_envelope)
cmake --build build-fuzz -j"$jobs" --target "${targets[@]}"
bash tests/fuzz/run_fuzzers.sh build-fuzz "$fuzz_seconds" "${targets[@]}"

echo "== AddressSanitizer + UBSan build and tests"
cmake --preset asan
cmake --build build-asan -j"$jobs"
ctest --preset asan
