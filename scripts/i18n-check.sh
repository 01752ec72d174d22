#!/usr/bin/env bash
# Translation gate: runs lupdate over the sources into a temporary copy of every committed .ts
# and fails when a string is unfinished (new or untranslated), vanished or obsolete, naming it.
# `scripts/i18n-check.sh --update` refreshes the committed .ts files instead (same options as the
# update_translations target), for a translator to fill in.
#   LUPDATE=/usr/lib/qt6/bin/lupdate scripts/i18n-check.sh [--update]
set -euo pipefail
cd "$(dirname "$0")/.."
lupdate=${LUPDATE:-$(command -v lupdate6 || command -v lupdate || echo /usr/lib/qt6/bin/lupdate)}
sources=(core ui app i18n)
mapfile -t catalogues < <(ls resources/translations/*.ts)

if [ "${1:-}" = "--update" ]; then
  "$lupdate" -silent -locations none -no-obsolete "${sources[@]}" -ts "${catalogues[@]}"
  exit 0
fi

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
status=0
for ts in "${catalogues[@]}"; do
  copy="$tmp/$(basename "$ts")"
  cp "$ts" "$copy"
  "$lupdate" -silent -locations none "${sources[@]}" -ts "$copy"
  # One line per message that is not done: its state and its source text (newlines as \n).
  problems=$(awk '
    /<context>/ { ctx = "" }
    /<name>/ { c = $0; sub(/.*<name>/, "", c); sub(/<\/name>.*/, "", c); ctx = c }
    /<source>/ { src = $0; insrc = 1 }
    insrc && !/<source>/ { src = src "\\n" $0 }
    insrc && /<\/source>/ { insrc = 0; sub(/.*<source>/, "", src); sub(/<\/source>.*/, "", src) }
    /<translation[^>]*type="(unfinished|vanished|obsolete)"/ {
      t = $0; sub(/.*type="/, "", t); sub(/".*/, "", t)
      printf "  %s [%s] %s\n", t, ctx, src
    }' "$copy")
  if [ -n "$problems" ]; then
    echo "i18n: $ts is out of date or incomplete ($(printf '%s\n' "$problems" | wc -l) strings):"
    printf '%s\n' "$problems"
    status=1
  else
    echo "i18n: $ts: $(grep -c '<message' "$copy") strings, all translated and current"
  fi
done
if [ "$status" -ne 0 ]; then
  echo "i18n: run scripts/i18n-check.sh --update, translate the unfinished strings (Qt Linguist)," \
       "and commit the .ts" >&2
fi
exit "$status"
