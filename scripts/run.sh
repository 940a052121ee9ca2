#!/usr/bin/env bash
# Sets up, builds and launches AuthDesk on its embedded default store (created on first run).
#   scripts/run.sh [authdesk arguments…]
# The build folder is ./build, or $AUTHDESK_BUILD_DIR.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build_dir="${AUTHDESK_BUILD_DIR:-$root/build}"

# Say so before a long build, not after it: a window needs somewhere to appear.
if [[ -z "${DISPLAY:-}" && -z "${WAYLAND_DISPLAY:-}" && -z "${QT_QPA_PLATFORM:-}" ]]; then
    cat >&2 <<'MSG'
run: no display. AuthDesk is a desktop application and needs an X11 or Wayland session
(neither DISPLAY nor WAYLAND_DISPLAY is set).
On a machine without one, run it on a virtual X server:
    xvfb-run -a -s "-screen 0 1600x1000x24" ./scripts/run.sh
or choose a Qt platform plugin yourself, e.g. QT_QPA_PLATFORM=vnc ./scripts/run.sh
MSG
    exit 1
fi

"$root/scripts/setup.sh"
"$root/scripts/build.sh" "$build_dir"

app="$build_dir/app/authdesk/authdesk"
if [[ ! -x "$app" ]]; then
    app="$(find "$build_dir" -path "$build_dir/_CPack_Packages" -prune -o -type f -name authdesk -perm -u+x -print -quit)"
fi
if [[ -z "$app" || ! -x "$app" ]]; then
    echo "run: the build did not produce the authdesk executable in $build_dir." >&2
    exit 1
fi
exec "$app" "$@"
