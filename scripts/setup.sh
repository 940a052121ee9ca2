#!/usr/bin/env bash
# Installs, through apt-get, every Debian 12 (bookworm) package that building AuthDesk, running
# its tests and its benchmarks, and packaging it need. Idempotent: when everything is already
# installed it does not touch apt at all, so running it again is quick.
set -euo pipefail

packages=(
    # toolchain
    cmake ninja-build g++ pkg-config
    # Qt 6.4: Widgets/Sql/Network/Test, the SQLite driver, LinguistTools' CMake package,
    # lupdate/lrelease (qt6-l10n-tools) and Qt Linguist for translators (linguist-qt6)
    qt6-base-dev qt6-base-dev-tools libqt6sql6-sqlite qt6-tools-dev qt6-tools-dev-tools
    qt6-l10n-tools linguist-qt6 libgl-dev libxkbcommon-dev
    # cryptography: OpenSSL 3 (CSPRNG, HMAC, AES-GCM) and libargon2 (Argon2id)
    libssl-dev libargon2-dev
    # SQLite's C API, for the bulk import's prepared inserts (the store itself goes through QtSql)
    libsqlite3-dev
    # tests: the sqlite3 tool, an X server and tools for screenshots, glyphs for offscreen
    # rendering, a session bus, file(1)
    sqlite3 xvfb xauth imagemagick xdotool fonts-dejavu-core dbus file
    # packaging: dpkg-shlibdeps for CPack's DEB, validators for the desktop file and AppStream data
    dpkg-dev desktop-file-utils appstream

    # ---- added by later issues (not installed yet) --------------------------------------------
    # shared store:      postgresql
    # OS keychain:       gnome-keyring qtkeychain-qt6-dev
    # QR codes and TOTP: libqrencode-dev zbar-tools oathtool
    # Better Auth:       nodejs npm
)

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
    exit 0
fi

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
echo "setup: done."
