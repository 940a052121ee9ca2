#!/usr/bin/env bash
# Configures (first time: RelWithDebInfo) and builds AuthDesk with Ninja.
#   scripts/build.sh [BUILD_DIR] [extra CMake options, e.g. -DENABLE_ASAN=ON]
# BUILD_DIR defaults to ./build. With CI=true, warnings are errors (-DENABLE_WERROR=ON).
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build_dir="${1:-$root/build}"
if (($# > 0)); then shift; fi

args=(-S "$root" -B "$build_dir" -G Ninja)
# The build type is chosen once, when the folder is first configured, so a folder someone
# configured as Debug stays Debug.
if [[ ! -f "$build_dir/CMakeCache.txt" ]]; then
    args+=(-DCMAKE_BUILD_TYPE="${CMAKE_BUILD_TYPE:-RelWithDebInfo}")
elif ! grep -q '^CMAKE_GENERATOR:INTERNAL=Ninja$' "$build_dir/CMakeCache.txt"; then
    echo "build: $build_dir was configured with another generator; remove it or pick another folder." >&2
    exit 1
fi
if [[ "${CI:-}" == true ]]; then
    args+=(-DENABLE_WERROR=ON)
fi

cmake "${args[@]}" "$@"
cmake --build "$build_dir"
