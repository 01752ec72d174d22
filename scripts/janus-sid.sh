#!/usr/bin/env bash
# A second Janus for the tests: Debian sid's janus package (1.4.x) in a root of its own, built
# from Debian's packages with mmdebstrap and run on this host through the root's own loader (no
# chroot, so it sees the host's files). Idempotent; prints the wrapper's path on stdout.
#   JCC_JANUS_SID_ROOT  where the root goes (default /var/cache/jcc/janus-sid)
set -euo pipefail
root=${JCC_JANUS_SID_ROOT:-/var/cache/jcc/janus-sid}
wrapper="$root.janus"
log() { echo "janus-sid: $*" >&2; }

if [ ! -x "$root/usr/bin/janus" ]; then
  if ! command -v mmdebstrap >/dev/null 2>&1; then
    log "installing mmdebstrap"
    export DEBIAN_FRONTEND=noninteractive
    apt-get install -y -q --no-install-recommends mmdebstrap >&2 ||
      { apt-get update -q >&2 && apt-get install -y -q --no-install-recommends mmdebstrap >&2; }
  fi
  # The Debian mirror this machine's apt already uses.
  # Only the files apt reads (*.list, *.sources; not "….disabled"), and only a Debian archive.
  mirror=$(find /etc/apt/sources.list /etc/apt/sources.list.d -maxdepth 1 \
             \( -name '*.list' -o -name '*.sources' \) -print0 2>/dev/null |
           xargs -0 -r grep -hoE '^(URIs:|deb) +[a-z]+://[^ ]+' 2>/dev/null |
           awk '{print $2}' | grep -E '/debian/?$' | head -n 1 || true)
  [ -n "$mirror" ] || mirror=http://deb.debian.org/debian
  log "building a Debian sid root with janus in $root from $mirror (about 200 MB)"
  mkdir -p "$(dirname "$root")"
  rm -rf "$root.new"
  # sid's Release files can be past their Valid-Until on a mirror snapshot.
  mmdebstrap --quiet --variant=apt --aptopt='Acquire::Check-Valid-Until "false"' \
    --include=janus sid "$root.new" "$mirror" >&2
  rm -rf "$root"
  mv "$root.new" "$root"
fi

arch_lib=$(cd "$root/usr/lib" && ls -d ./*-linux-gnu | head -n 1)
arch_lib=${arch_lib#./}
loader=$(ls "$root"/lib64/ld-linux-*.so.* "$root"/lib/ld-linux-*.so.* 2>/dev/null | head -n 1 || true)
cat > "$wrapper.tmp" <<WRAP
#!/bin/sh
# Debian sid's janus from $root, with that root's libraries (made by scripts/janus-sid.sh).
exec "$loader" --library-path "$root/usr/lib/$arch_lib:$root/lib/$arch_lib" "$root/usr/bin/janus" "\$@"
WRAP
chmod +x "$wrapper.tmp"
mv "$wrapper.tmp" "$wrapper"
version=$("$wrapper" -V 2>/dev/null | head -n 1 || true)
log "$version ($wrapper, plugins in $root/usr/lib/$arch_lib/janus)"
echo "$wrapper"
