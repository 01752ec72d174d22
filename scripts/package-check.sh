#!/usr/bin/env bash
# Builds the .deb, installs it into a throw-away root with dpkg --root and runs the installed
# CLI from there; validates the desktop file and the AppStream metainfo.
set -euo pipefail
cd "$(dirname "$0")/.."
build=${JCC_BUILD_DIR:-build}
(cd "$build" && cpack -G DEB >/dev/null)
deb=$(ls -t "$build"/janus-cascade-console_*.deb | head -1)
echo "package: $deb"
dpkg-deb -I "$deb" | grep -E '^ (Package|Version|Depends|Suggests):'
root=$(mktemp -d)
trap 'rm -rf "$root"' EXIT
mkdir -p "$root/var/lib/dpkg/updates" "$root/var/lib/dpkg/info"
touch "$root/var/lib/dpkg/status"
# Dependencies are checked against this machine's dpkg database: they must be installable here.
provided=$(dpkg-query -W -f='${Provides}\n' | tr ',' '\n' | sed 's/(.*//; s/ //g' | sort -u)
dpkg-deb -f "$deb" Depends | tr ',' '\n' | sed 's/(.*//; s/|.*//; s/ //g' | while read -r dep; do
  [ -z "$dep" ] || dpkg -s "$dep" >/dev/null 2>&1 || grep -qx "$dep" <<<"$provided" || { echo "dependency not installed here: $dep" >&2; exit 1; }
done
dpkg --root="$root" --force-depends --force-not-root -i "$deb" >/dev/null
"$root/usr/bin/janus-cascade" --version
test -f "$root/usr/share/man/man1/janus-cascade.1"
test -f "$root/usr/share/icons/hicolor/256x256/apps/janus-cascade-console.png"
desktop-file-validate "$root/usr/share/applications/io.github.janus_cascade.Console.desktop"
appstreamcli validate --no-net "$root/usr/share/metainfo/io.github.janus_cascade.Console.metainfo.xml"
# The systemd units of the headless CLI (docs/monitoring.md): in the package, pointing at the
# installed binary, and valid for systemd (verified offline against this host's units).
units="$root/usr/lib/systemd/system"
contents=$(dpkg-deb -c "$deb")   # not piped into grep -q: its early exit breaks dpkg-deb's pipe
for unit in janus-cascade-monitor@.service janus-cascade-link@.service; do
  grep -q "/lib/systemd/system/$unit\$" <<<"$contents" || { echo "not in the package: $unit" >&2; exit 1; }
  grep -q '^ExecStart=/usr/bin/janus-cascade ' "$units/$unit" || { echo "$unit: ExecStart is not /usr/bin/janus-cascade" >&2; exit 1; }
  grep -q '^DynamicUser=yes' "$units/$unit" || { echo "$unit: no sandbox" >&2; exit 1; }
done
grep -q -- '--listen ${JCC_LISTEN}' "$units/janus-cascade-monitor@.service"
if command -v systemd-analyze >/dev/null; then
  # Offline: --root needs the targets the units name (network-online, multi-user) in the root.
  cp -rn /lib/systemd/system/. "$units/" 2>/dev/null || true
  (cd "$root" && systemd-analyze verify --man=no --root="$root" \
     janus-cascade-monitor@example.service janus-cascade-link@example.service)
  systemd-analyze security --offline=true --root="$root" --threshold=30 \
    janus-cascade-monitor@example.service >/dev/null
  echo "systemd units: verified"
else
  echo "systemd-analyze not installed: the units' syntax was not verified"
fi
echo "package-check: ok"
