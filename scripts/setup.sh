#!/usr/bin/env bash
# Installs, through apt-get, every Debian 12 (bookworm) package that building AuthDesk, running
# its tests and its benchmarks, and packaging it need. Idempotent: when everything is already
# installed it does not touch apt at all, so running it again is quick.
set -euo pipefail

packages=(
    # toolchain (make and python3 also build better-sqlite3's native module for the Better Auth fixture)
    cmake ninja-build g++ pkg-config make python3
    # Qt 6.4: Widgets/Sql/Network/Test, the SQLite driver, LinguistTools' CMake package,
    # lupdate/lrelease (qt6-l10n-tools) and Qt Linguist for translators (linguist-qt6)
    qt6-base-dev qt6-base-dev-tools libqt6sql6-sqlite qt6-tools-dev qt6-tools-dev-tools
    qt6-l10n-tools linguist-qt6 libgl-dev libxkbcommon-dev
    # Qt SVG: the console's line icons are SVG, tinted to the palette (light and dark)
    qt6-svg-dev
    # cryptography: OpenSSL 3 (CSPRNG, HMAC, AES-GCM) and libargon2 (Argon2id)
    libssl-dev libargon2-dev
    # SQLite's C API, for the bulk import's prepared inserts (the store itself goes through QtSql)
    libsqlite3-dev
    # tests: the sqlite3 tool, an X server and tools for screenshots, glyphs for offscreen
    # rendering, a session bus, file(1)
    sqlite3 xvfb xauth imagemagick xdotool fonts-dejavu-core dbus file
    # packaging: dpkg-shlibdeps for CPack's DEB, validators for the desktop file and AppStream data
    dpkg-dev desktop-file-utils appstream
    # credentials: libxcrypt (bcrypt of imported hashes), libqrencode (QR codes for TOTP enrollment),
    # QtKeychain (the OS keychain) and the Secret Service it talks to in the tests (gnome-keyring,
    # secret-tool to look at it from outside)
    libcrypt-dev libqrencode-dev qtkeychain-qt6-dev libsecret-1-0 gnome-keyring libsecret-tools dbus-bin dbus-daemon
    # independent checks in the tests: oathtool (TOTP/HOTP), zbarimg (QR), and the frameworks whose
    # password hashes we import: Django, passlib, bcrypt and argon2-cffi, from Debian's Python
    oathtool zbar-tools python3-django python3-passlib python3-bcrypt python3-argon2
    # notifications: libcurl (SMTP with STARTTLS/TLS, certificates verified) and, in the tests, a real
    # SMTP server (aiosmtpd) to receive them; pdftotext (poppler-utils) reads the recovery sheet PDFs
    libcurl4-openssl-dev python3-aiosmtpd poppler-utils

    # ---- added by later issues (not installed yet) --------------------------------------------
    # shared store:      postgresql
)
# Node.js and npm bring the npm packages the build and the tests take (the common-password list,
# the test fixtures). A machine may have them already from elsewhere; otherwise Debian's.
# (better-sqlite3, which the Better Auth fixture needs, is built from source by node-gyp against Node's
# headers: Debian's nodejs keeps them in libnode-dev.)
if ! command -v npm >/dev/null; then
    packages+=(nodejs npm libnode-dev)
fi

# One dpkg-query for all of them; a package dpkg has never heard of is simply absent from its answer.
declare -A installed=()
while read -r name status; do
    if [[ "$status" == ii ]]; then installed[$name]=1; fi
done < <(dpkg-query -W -f='${Package} ${db:Status-Abbrev}\n' "${packages[@]}" 2>/dev/null || true)
missing=()
for p in "${packages[@]}"; do
    [[ -n "${installed[$p]:-}" ]] || missing+=("$p")
done

if ((${#missing[@]} == 0)); then
    echo "setup: all ${#packages[@]} system packages are installed."
else
    echo "setup: installing ${missing[*]}"
    sudo=()
    if ((EUID != 0)); then
        if ! command -v sudo >/dev/null; then
            echo "setup: these packages are missing and installing them needs root: ${missing[*]}" >&2
            echo "setup: run this script as root, or install sudo." >&2
            exit 1
        fi
        sudo=(sudo)
    fi
    export DEBIAN_FRONTEND=noninteractive
    "${sudo[@]}" apt-get update -q
    "${sudo[@]}" apt-get install -y -q --no-install-recommends "${missing[@]}"
    echo "setup: system packages done."
fi

# npm packages, each folder pinned by its package-lock.json; `npm ci` only when the lockfile is
# newer than what is installed, so running setup again is quick.
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
for folder in resources/blocklist tests/fixtures/hashgen tests/fixtures/jose tests/fixtures/betterauth; do
    dir="$root/$folder"
    stamp="$dir/node_modules/.package-lock.json"
    if [[ -f "$stamp" && "$stamp" -nt "$dir/package-lock.json" ]]; then
        continue
    fi
    echo "setup: npm ci in $folder"
    (cd "$dir" && npm ci --ignore-scripts --no-audit --no-fund --loglevel=error)
done
# Install scripts stay off above; the one native module the fixtures need, better-sqlite3 (the Better Auth
# fixture's database), is compiled here from its source in the registry package (--build-from-source: no
# prebuilt binary is fetched), once, and again whenever npm ci replaced it. Takes a few minutes.
betterauth="$root/tests/fixtures/betterauth"
if [[ ! -f "$betterauth/node_modules/better-sqlite3/build/Release/better_sqlite3.node" ]]; then
    echo "setup: building better-sqlite3 in tests/fixtures/betterauth"
    (cd "$betterauth" && npm rebuild better-sqlite3 --build-from-source --no-audit --no-fund --loglevel=error)
fi
echo "setup: done."
