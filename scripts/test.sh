#!/usr/bin/env bash
# Sets up, builds and runs the whole AuthDesk test suite with CTest; exits with CTest's status.
#   scripts/test.sh [extra ctest arguments, e.g. -R cli]
# The build folder is ./build, or $AUTHDESK_BUILD_DIR. CTEST_PARALLEL_LEVEL sets how many tests
# run at once (default 2).
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build_dir="${AUTHDESK_BUILD_DIR:-$root/build}"

"$root/scripts/setup.sh"
"$root/scripts/build.sh" "$build_dir"

# Tests run offscreen with their own HOME and XDG folders (tests/CMakeLists.txt), so they need no
# display and never touch the real profile of whoever runs them.
status=0
ctest --test-dir "$build_dir" --output-on-failure --no-tests=error \
    --parallel "${CTEST_PARALLEL_LEVEL:-2}" --timeout 600 "$@" || status=$?
exit "$status"
