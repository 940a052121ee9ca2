#!/usr/bin/env bash
# Refreshes translations/authdesk_*.ts from the sources (lupdate, no obsolete strings, no line
# numbers), exactly as the translations_current test checks them. Translate what it reports as
# unfinished with Qt Linguist (linguist translations/authdesk_de.ts), then commit the .ts files.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
lupdate="${LUPDATE:-}"
if [[ -z "$lupdate" ]]; then
    bins="$(qtpaths6 --query QT_HOST_BINS 2>/dev/null || true)"
    for candidate in "$bins/lupdate" /usr/lib/qt6/bin/lupdate; do
        if [[ -x "$candidate" ]]; then
            lupdate="$candidate"
            break
        fi
    done
fi
if [[ -z "$lupdate" ]]; then
    echo "update-translations: Qt 6's lupdate was not found; run scripts/setup.sh or set LUPDATE." >&2
    exit 1
fi

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
shopt -s nullglob
ts_files=("$root"/translations/authdesk_*.ts)
((${#ts_files[@]} > 0)) || ts_files=("$root/translations/authdesk_de.ts")
for ts in "${ts_files[@]}"; do
    cmake -DLUPDATE="$lupdate" -DSOURCE_DIR="$root" -DTS_FILE="$ts" -DWORK_DIR="$work" \
        -P "$root/translations/lupdate.cmake"
done
