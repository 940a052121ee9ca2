#!/usr/bin/env bash
# Makes a small store with realistic people in it, for looking at the console and for the README's
# screenshots (resources/screenshots/): 240 users with roles, some disabled, some with MFA, a few
# administrators, and the audit log that all of it leaves.
#   scripts/demo-store.sh STORE [BUILD_DIR]      (the owner is "maria.keller"; her password is printed)
set -euo pipefail
store=${1:?usage: demo-store.sh STORE [BUILD_DIR]}
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cli="${2:-$root/build}/app/cli/authdesk-cli"
[[ -e "$store" ]] && { echo "demo-store: $store exists; choose a new file" >&2; exit 1; }
export AUTHDESK_PASSWORD='demo owner passphrase, not for real use'
run() { "$cli" --store "$store" --as maria.keller "$@" >/dev/null; }

printf '%s' "$AUTHDESK_PASSWORD" | "$cli" --store "$store" init --owner maria.keller \
    --email maria.keller@example.com --display-name "Maria Keller" >/dev/null
csv=$(mktemp)
trap 'rm -f "$csv"' EXIT
awk 'BEGIN {
  split("Anna Ben Chloe David Emma Felix Grace Hugo Iris Jonas Karin Liam Mia Noah Olga Paul Quentin Rosa Sven Tara", first, " ")
  split("Schmidt Miller Garcia Nguyen Rossi Novak Kowalski Jensen Silva Tanaka Okafor Dubois", last, " ")
  print "username,email,display_name,roles"
  srand(7)
  for (i = 1; i <= 240; i++) {
    f = first[1 + int(rand() * 20)]; l = last[1 + int(rand() * 12)]
    u = tolower(f) "." tolower(l) i
    print u "," u "@example.com," f " " l ","
  }
}' > "$csv"
"$cli" --store "$store" --as maria.keller user import "$csv" >/dev/null
for n in 3 17 42 88 130; do
  name=$("$cli" --store "$store" --as maria.keller user list --offset $n --limit 1 --json | python3 -c 'import json,sys; print(json.load(sys.stdin)["users"][0]["username"])')
  run user disable "$name" --reason "Left the company (ticket HR-$((4000 + n)))"
done
printf '%s' 'helpdesk passphrase for the demo' | "$cli" --store "$store" --as maria.keller user add tom.berger \
    --email tom.berger@example.com --display-name "Tom Berger" --role helpdesk --password-stdin >/dev/null
printf '%s' 'auditor passphrase for the demo' | "$cli" --store "$store" --as maria.keller user add lena.fischer \
    --email lena.fischer@example.com --display-name "Lena Fischer" --role auditor --password-stdin >/dev/null
# Authenticators for every seventh user, activated with a code from oathtool as an app would make it.
mfa() {
  local uri secret
  uri=$("$cli" --store "$store" --as maria.keller mfa enroll "$1" --json | python3 -c 'import json,sys; print(json.load(sys.stdin)["uri"])')
  secret=$(python3 -c 'import sys, urllib.parse as u; print(u.parse_qs(u.urlparse(sys.argv[1]).query)["secret"][0])' "$uri")
  run mfa activate "$1" "$(oathtool --totp -b "$secret")" 2>/dev/null
}
mfa tom.berger
for n in $(seq 0 7 230); do
  name=$("$cli" --store "$store" --as maria.keller user list --offset $n --limit 1 --json | python3 -c 'import json,sys; print(json.load(sys.stdin)["users"][0]["username"])')
  [[ "$name" == maria.keller ]] || mfa "$name" # the owner signs in with her password alone here
done
echo "demo-store: $store — sign in as maria.keller with: $AUTHDESK_PASSWORD"
