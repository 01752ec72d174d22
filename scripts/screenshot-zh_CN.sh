#!/usr/bin/env bash
# docs/screenshots/main-window-zh_CN.png: the console under LANG=zh_CN.UTF-8 (as on a Chinese
# desktop, no language chosen) on two local Janus nodes started by jcc-demo-lab, 1400x900,
# offscreen. Needs a CJK font (scripts/setup.sh installs fonts-wqy-microhei).
set -euo pipefail
cd "$(dirname "$0")/.."
build=${JCC_BUILD_DIR:-build}
cmake --build "$build" --target janus-cascade-console jcc-demo-lab >/dev/null
fc-list :lang=zh | grep -q . || { echo "screenshot: no Chinese font (fc-list :lang=zh)" >&2; exit 1; }
state=$(mktemp -d /tmp/jcc-zh-shot.XXXXXX)
lab_pid=""
cleanup() {
  [ -n "$lab_pid" ] && kill "$lab_pid" 2>/dev/null && wait "$lab_pid" 2>/dev/null || true
  rm -rf "$state"
}
trap cleanup EXIT
JCC_SOURCE_DIR="$PWD" "$build/tests/support/jcc-demo-lab" --profile "$state/profile.json" \
  > "$state/lab.log" 2>&1 &
lab_pid=$!
for _ in $(seq 1 120); do
  grep -q '^ready ' "$state/lab.log" && break
  kill -0 "$lab_pid" 2>/dev/null || { cat "$state/lab.log"; exit 1; }
  sleep 0.5
done
grep -q '^ready ' "$state/lab.log" || { cat "$state/lab.log"; echo "screenshot: lab not ready" >&2; exit 1; }
mkdir -p docs/screenshots
# A screen larger than the window: the offscreen platform's frame margins would shrink it.
cat > "$state/screen.json" <<'JSON'
{ "screens": [ { "name": "desktop", "x": 0, "y": 0, "width": 1600, "height": 1000,
                 "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1 } ] }
JSON
# A home of its own: no saved window geometry or language choice of the user's.
env -u LANGUAGE LANG=zh_CN.UTF-8 LC_ALL=zh_CN.UTF-8 \
  XDG_CONFIG_HOME="$state/config" XDG_DATA_HOME="$state/data" \
  QT_QPA_PLATFORM="offscreen:configfile=$state/screen.json" \
  JCC_SCREENSHOT="$PWD/docs/screenshots/main-window-zh_CN.png" JCC_SCREENSHOT_SIZE=1400x900 \
  JCC_QUIT_AFTER_MS=${JCC_QUIT_AFTER_MS:-10000} \
  "$build/app/janus-cascade-console" "$state/profile.json"
ls -l docs/screenshots/main-window-zh_CN.png
