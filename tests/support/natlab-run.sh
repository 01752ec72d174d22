#!/usr/bin/env bash
# Runs a test binary inside the console namespace of a fresh NAT lab, and removes the lab
# afterwards whatever happens. Exit code 77 (ctest: skipped) with the reason when the lab
# cannot be built here.
#   natlab-run.sh LABID COMMAND [ARGS...]
set -uo pipefail
here=$(cd "$(dirname "$0")" && pwd)
id=$1; shift
if [ "$(id -u)" -ne 0 ]; then
  echo "SKIPPED: the NAT lab needs root to create network namespaces (run the tests as root)"
  exit 77
fi
for tool in ip nft janus; do
  command -v "$tool" >/dev/null 2>&1 || { echo "SKIPPED: '$tool' is not installed (scripts/setup.sh installs it)"; exit 77; }
done
if ! ip netns add "jcc${id}chk" 2>/dev/null; then
  echo "SKIPPED: cannot create network namespaces here (container without CAP_SYS_ADMIN?)"
  exit 77
fi
ip netns del "jcc${id}chk"
trap '"$here/natlab.sh" down "$id"' EXIT INT TERM
lab_env=$("$here/natlab.sh" up "$id") || { echo "natlab: setup failed"; exit 1; }
set -a
eval "$lab_env"
set +a
ip netns exec "$JCC_LAB_NS_CONSOLE" "$@"
