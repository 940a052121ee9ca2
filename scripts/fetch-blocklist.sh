#!/usr/bin/env bash
# Installs the pinned common-password list (resources/blocklist/package-lock.json) from the npm
# registry into resources/blocklist/node_modules, which the build turns into a resource.
# --ignore-scripts: the package is data; none of its install scripts may run. Needs node and npm.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
if ! command -v npm >/dev/null; then
    echo "fetch-blocklist: npm is not installed; run scripts/setup.sh (Debian packages nodejs and npm)." >&2
    exit 1
fi
cd "$root/resources/blocklist"
npm ci --ignore-scripts --no-audit --no-fund
echo "fetch-blocklist: installed $(node -p 'require("./node_modules/@zxcvbn-ts/language-common/package.json").version') of @zxcvbn-ts/language-common."
