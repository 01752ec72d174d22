#!/usr/bin/env bash
# The test command: set up the machine, build, and run every test (real Janus servers, the NAT
# lab in network namespaces when root, offscreen GUI tests), every live test against Debian 12's
# Janus 1.1 and again against Debian sid's Janus 1.4. Extra arguments go to ctest, e.g.
# `scripts/test.sh -L janus-1.4`.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
bash scripts/janus-sid.sh >/dev/null # the second Janus version (label janus-1.4)
bash scripts/build.sh
build_dir=${JCC_BUILD_DIR:-build}
if [ -f tests/support/publisher/package-lock.json ] && [ ! -d tests/support/publisher/node_modules ]; then
  (cd tests/support/publisher && npm ci --no-audit --no-fund --loglevel=error)
fi
export QT_QPA_PLATFORM=offscreen
cd "$build_dir"
ctest --output-on-failure --timeout 600 "$@"
