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
echo "package-check: ok"
