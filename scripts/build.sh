#!/usr/bin/env bash
# Configures and builds into build/ (or $JCC_BUILD_DIR).
set -euo pipefail
cd "$(dirname "$0")/.."
build_dir=${JCC_BUILD_DIR:-build}
cmake -S . -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=${JCC_BUILD_TYPE:-RelWithDebInfo} "$@"
cmake --build "$build_dir" --parallel "$(nproc)"
