#!/usr/bin/env bash
# Builds the libFuzzer targets (clang, ASan + UBSan) in build-fuzz/ and runs each for SECONDS
# (default 60) on a copy of the committed seed corpus, so runs never grow the committed one.
# Fails on any crash, leak, hang (10 s per input) or sanitizer report and names the reproducer.
#   scripts/fuzz.sh [SECONDS]          e.g. scripts/fuzz.sh 3600 for a long run
# Reproduce a finding: build-fuzz/tests/fuzz/fuzz_<target> <reproducer file>
set -euo pipefail
seconds=${1:-60}
cd "$(dirname "$0")/.."
build=${JCC_FUZZ_BUILD_DIR:-$PWD/build-fuzz}
CC=clang CXX=clang++ cmake -S . -B "$build" -G Ninja -DJCC_FUZZ=ON \
  -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build "$build" --target fuzz_janus_frame fuzz_profile fuzz_probe_packet
status=0
for target in janus_frame profile probe_packet; do
  work="$build/fuzz-run/$target"
  rm -rf "$work"
  mkdir -p "$work/corpus" "$work/artifacts"
  cp tests/fuzz/corpus/"$target"/* "$work/corpus/"
  options=(-max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -print_final_stats=1
           -artifact_prefix="$work/artifacts/")
  [ -f "tests/fuzz/$target.dict" ] && options+=(-dict="tests/fuzz/$target.dict")
  echo "== fuzz_$target for ${seconds} s"
  if ! ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 \
       UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
       QT_QPA_PLATFORM=offscreen \
       "$build/tests/fuzz/fuzz_$target" "${options[@]}" "$work/corpus" >"$work/log.txt" 2>&1; then
    status=1
    echo "fuzz_$target FAILED; reproducer: $(ls "$work"/artifacts/* 2>/dev/null | head -1)"
    tail -n 60 "$work/log.txt"
  fi
  grep -E "^#[0-9]+[[:space:]]+DONE" "$work/log.txt" || true
  grep -E "stat::(number_of_executed_units|average_exec_per_sec|peak_rss_mb)" "$work/log.txt" || true
done
exit $status
