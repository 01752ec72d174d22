#!/usr/bin/env bash
# Refreshes docs/screenshots/ from the GUI test against real Janus servers (offscreen), and the
# demo screenshot from the demo under Xvfb.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/build.sh >/dev/null
mkdir -p docs/screenshots
QT_QPA_PLATFORM=offscreen JCC_SOURCE_DIR="$PWD" JCC_SCREENSHOT_DIR="$PWD/docs/screenshots" \
  "${JCC_BUILD_DIR:-build}/tests/ui/tst_mainwindow_live"
env -u DISPLAY -u WAYLAND_DISPLAY bash scripts/demo.sh
ls -l docs/screenshots
