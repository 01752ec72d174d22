#!/usr/bin/env bash
# The demo: installs what is missing, builds, starts two local Janus nodes and opens the console
# on a profile for them. As root, node B sits behind a NAT router in network namespaces (the
# article's problem, on screen) and a WebRTC publisher streams in room 1234 on node A; without
# root the two nodes run on loopback. Closing the console (or Ctrl-C) stops and removes
# everything the demo started.
#
#   bash scripts/demo.sh              the GUI (under Xvfb when there is no display)
#   bash scripts/demo.sh --headless   the same lab, driven by the CLI: status, link up, probe
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
headless=0
[ "${1:-}" = "--headless" ] && headless=1

bash scripts/setup.sh
bash scripts/build.sh >/dev/null
(cd tests/support/publisher && [ -d node_modules ] || npm ci --no-audit --no-fund --loglevel=error)
build=${JCC_BUILD_DIR:-build}
state=$(mktemp -d /tmp/jcc-demo.XXXXXX)
profile="$state/demo-profile.json"
lab_pid=""
nat=0
prefix=()

cleanup() {
  [ -n "$lab_pid" ] && kill "$lab_pid" 2>/dev/null && wait "$lab_pid" 2>/dev/null || true
  [ "$nat" = 1 ] && bash tests/support/natlab.sh down demo || true
  rm -rf "$state"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

if [ "$(id -u)" -eq 0 ] && ip netns add jccdemochk 2>/dev/null; then
  ip netns del jccdemochk
  nat=1
  eval "$(bash tests/support/natlab.sh up demo)"
  export JCC_LAB_ID JCC_LAB_NS_ROUTER JCC_LAB_NS_A JCC_LAB_NS_B JCC_LAB_NS_CONSOLE JCC_LAB_A_IP \
         JCC_LAB_CONSOLE_IP JCC_LAB_B_PUBLIC JCC_LAB_B_PRIVATE JCC_LAB_FWD_FIRST JCC_LAB_FWD_LAST
  prefix=(ip netns exec "$JCC_LAB_NS_CONSOLE")
  echo "demo: node B is behind a NAT (public $JCC_LAB_B_PUBLIC, private $JCC_LAB_B_PRIVATE)"
else
  echo "demo: not root or no network namespaces: two nodes on loopback, no NAT, no publisher"
fi

export JCC_SOURCE_DIR="$root"
"${prefix[@]}" "$build/tests/support/jcc-demo-lab" --profile "$profile" $([ "$nat" = 1 ] && echo --nat) \
  > "$state/lab.log" 2>&1 &
lab_pid=$!
for _ in $(seq 1 120); do
  grep -q '^ready ' "$state/lab.log" 2>/dev/null && break
  kill -0 "$lab_pid" 2>/dev/null || { cat "$state/lab.log"; echo "demo: the lab did not start" >&2; exit 1; }
  sleep 0.5
done
grep -q '^ready ' "$state/lab.log" || { cat "$state/lab.log"; echo "demo: the lab did not get ready in 60 s" >&2; exit 1; }
echo "demo: profile $profile"

cli=("${prefix[@]}" "$build/app/janus-cascade")
if [ "$headless" = 1 ]; then
  "${cli[@]}" status "$profile"
  "${cli[@]}" --timeout 20 link up "$profile" a-to-b || true
  "${cli[@]}" probe "$profile" --node node-b --count 200 --rate 50 || true
  "${cli[@]}" link down "$profile" a-to-b || true
  exit 0
fi

gui=("${prefix[@]}" "$build/app/janus-cascade-console" "$profile")
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
  echo "demo: no display; running the console under Xvfb (screenshot: $root/docs/screenshots/demo.png)"
  xvfb-run -a -s "-screen 0 1600x1000x24" env JCC_SCREENSHOT="$root/docs/screenshots/demo.png" JCC_QUIT_AFTER_MS=15000 "${gui[@]}"
else
  "${gui[@]}"
fi
