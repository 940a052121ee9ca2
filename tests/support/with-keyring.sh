#!/usr/bin/env bash
# with-keyring.sh COMMAND [ARGS…]: runs COMMAND in a private D-Bus session whose Secret Service is
# gnome-keyring-daemon (secrets component only), with the default "login" collection created and
# unlocked with a test password, in the caller's HOME / XDG_DATA_HOME (tests give each suite its
# own). Needs no display. Exits with COMMAND's status; 2 if the keyring could not be set up.
#
# The keyring password is exported to COMMAND as AUTHDESK_TEST_KEYRING_PASSWORD.
set -euo pipefail

need() {
    if ! command -v "$1" >/dev/null 2>&1; then
        echo "with-keyring: $1 is missing: install the Debian package $2" >&2
        exit 2
    fi
}

if [[ "${AUTHDESK_WITH_KEYRING_INNER:-}" != 1 ]]; then
    need dbus-run-session dbus-daemon
    need dbus-send dbus-bin
    need gnome-keyring-daemon gnome-keyring
    # A fresh bus of our own, never the developer's desktop session.
    unset DBUS_SESSION_BUS_ADDRESS DISPLAY WAYLAND_DISPLAY
    export AUTHDESK_WITH_KEYRING_INNER=1
    exec dbus-run-session -- "$0" "$@"
fi

: "${HOME:?with-keyring: HOME is not set}"
export XDG_DATA_HOME="${XDG_DATA_HOME:-$HOME/.local/share}"
if [[ -z "${XDG_RUNTIME_DIR:-}" ]]; then
    export XDG_RUNTIME_DIR="$HOME/.runtime"
fi
mkdir -p "$XDG_DATA_HOME/keyrings" "$XDG_RUNTIME_DIR"
chmod 700 "$XDG_RUNTIME_DIR"
# A keyring left by an earlier run would not open with a new password.
rm -f "$XDG_DATA_HOME/keyrings/login.keyring"

password="authdesk-test-$RANDOM-$RANDOM"
export AUTHDESK_TEST_KEYRING_PASSWORD="$password"

secret_service_get() { # OBJECT INTERFACE PROPERTY
    dbus-send --session --print-reply=literal --reply-timeout=2000 --dest=org.freedesktop.secrets "$1" \
        org.freedesktop.DBus.Properties.Get "string:$2" "string:$3" 2>/dev/null
}

# --unlock reads the password from stdin and creates or unlocks the login keyring; the daemon stays
# running and owns org.freedesktop.secrets on this bus. --start then only completes initialisation.
printf '%s' "$password" | gnome-keyring-daemon --unlock --components=secrets >/dev/null
gnome-keyring-daemon --start --components=secrets >/dev/null

ready=
for _ in $(seq 1 100); do
    if [[ "$(secret_service_get /org/freedesktop/secrets/aliases/default org.freedesktop.Secret.Collection Locked)" \
        == *false* ]]; then
        ready=1
        break
    fi
    sleep 0.1
done
if [[ -z "$ready" ]]; then
    echo "with-keyring: the Secret Service did not come up with an unlocked default collection within 10 s" >&2
    exit 2
fi

daemon_pid="$(dbus-send --session --print-reply=literal --dest=org.freedesktop.DBus /org/freedesktop/DBus \
    org.freedesktop.DBus.GetConnectionUnixProcessID string:org.freedesktop.secrets | awk '{print $2}')"
stop_daemon() {
    if [[ -n "$daemon_pid" ]]; then
        kill "$daemon_pid" 2>/dev/null || true
    fi
}
trap stop_daemon EXIT

status=0
"$@" || status=$?
exit "$status"
