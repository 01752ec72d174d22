#!/usr/bin/env bash
# The portable configuration (-DJCC_PORTABLE=ON): every Linux-only path compiled out, as Windows
# and macOS builds have it (user-space timestamps, one datagram per read). Builds the unit and
# probe tests that way into build-portable/ and runs them, so the code those platforms run is
# compiled and tested here. Needs what scripts/setup.sh installs.
set -euo pipefail
cd "$(dirname "$0")/.."
dir=${JCC_PORTABLE_BUILD_DIR:-build-portable}
cmake -S . -B "$dir" -G Ninja -DCMAKE_BUILD_TYPE=${JCC_BUILD_TYPE:-RelWithDebInfo} -DJCC_PORTABLE=ON \
  >/dev/null
# The unit and probe tests of core (the GUI ones need the window, which has no platform code);
# checks that are scripts, not executables (lint_translations), need no target.
mapfile -t targets < <(cd "$dir" && comm -12 \
  <(ctest -N -L 'unit|probe' -LE gui | sed -n 's/^ *Test *#[0-9]*: \([^@ ]*\).*/\1/p' | sort -u) \
  <(ninja -t targets all | sed -n 's/^\([A-Za-z0-9_]*\): phony$/\1/p' | sort -u))
cmake --build "$dir" --parallel "$(nproc)" --target "${targets[@]}"
cd "$dir"
QT_QPA_PLATFORM=offscreen ctest --output-on-failure --timeout 600 -L 'unit|probe' -LE gui
