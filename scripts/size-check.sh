#!/usr/bin/env bash
# The size rules of the code base (docs/architecture.md): no source file in core/, ui/ or app/
# over 500 lines, no function over 60 lines (its lambdas count with it). Functions are found
# in clang-formatted code: a definition starts in column 0 and ends with the "}" in column 0.
set -euo pipefail
cd "$(dirname "$0")/.."
max_file=500
max_function=60
status=0
mapfile -t files < <(find core ui app -name '*.cpp' -o -name '*.h' | sort)
for f in "${files[@]}"; do
    lines=$(wc -l <"$f")
    if ((lines > max_file)); then
        echo "$f: $lines lines (at most $max_file)"
        status=1
    fi
done
awk -v max="$max_function" '
    FNR == 1 { start = 0 }
    # A definition: column 0, not a comment, preprocessor line, namespace, type or brace.
    start == 0 && /^[A-Za-z_~][^;]*\(/ && !/^(namespace|class|struct|enum|union|using|typedef|template|return)\b/ {
        start = FNR; name = $0
    }
    start > 0 && FNR > start && /^[A-Za-z_#\/]/ && !/^\}/ && prev !~ /[,(]$/ { if (!body) start = 0 }
    start > 0 && /\{$/ { body = 1 }
    start > 0 && /^\}/ {
        if (body && FNR - start + 1 > max) {
            printf "%s:%d: function of %d lines (at most %d): %s\n", FILENAME, start, FNR - start + 1, max, name
            bad = 1
        }
        start = 0; body = 0
    }
    { prev = $0 }
    END { exit bad }
' "${files[@]}" || status=1
exit $status
