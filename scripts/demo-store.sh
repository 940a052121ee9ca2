#!/usr/bin/env bash
# Makes a small store with realistic people in it, for looking at the console and for the README's
# screenshots (resources/screenshots/): 240 users with roles, some disabled, some with MFA, a few
# administrators, applications' sessions from a demo shop (web and mobile, one of them ended), and
# the audit log that all of it leaves.
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
# Applications' sessions: a demo shop holds a service key file and logs a few people in, from
# documentation addresses (RFC 5737 / RFC 3849) with the user agents real clients send.
work=$(mktemp -d)
trap 'rm -f "$csv"; rm -rf "$work"' EXIT
"$cli" --store "$store" --as maria.keller keys service-slot --out "$work/shop.key" --label "Demo shop" >/dev/null 2>&1
shop_password='demo shopper passphrase, not for real use'
chrome='Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Safari/537.36'
safari='Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Safari/605.1.15'
firefox='Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0'
ios='ShopApp/4.2.1 (iPhone; iOS 17.5.1; Scale/3.00)'
android='ShopApp/4.2.0 (Linux; Android 14; Pixel 8)'
mobile='Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1'
nth() { "$cli" --store "$store" --as maria.keller user list --offset "$1" --limit 1 --json | python3 -c 'import json,sys; print(json.load(sys.stdin)["users"][0]["username"])'; }
shopper() { printf '%s' "$shop_password" | "$cli" --store "$store" --as maria.keller user set-password "$1" >/dev/null; }
shop_login() { # NAME IP USER-AGENT → the session's id
  printf '%s' "$shop_password" | "$cli" --store "$store" login "$1" --key-file "$work/shop.key" --ip "$2" \
      --user-agent "$3" --json | python3 -c 'import json,sys; print(json.load(sys.stdin)["session_id"])'
}
# Offsets that are neither disabled above nor given an authenticator (those would need a code).
declare -a shoppers
for n in 1 2 4 5 8 9 11; do
  name=$(nth $n); shopper "$name"; shoppers+=("$name")
done
shop_login "${shoppers[0]}" 203.0.113.24 "$chrome" >/dev/null
shop_login "${shoppers[0]}" 198.51.100.77 "$ios" >/dev/null
shop_login "${shoppers[1]}" 192.0.2.131 "$safari" >/dev/null
shop_login "${shoppers[2]}" 2001:db8:4a1c::17 "$firefox" >/dev/null
shop_login "${shoppers[2]}" 203.0.113.201 "$android" >/dev/null
ended=$(shop_login "${shoppers[3]}" 198.51.100.9 "$mobile")
shop_login "${shoppers[3]}" 198.51.100.9 "$ios" >/dev/null
shop_login "${shoppers[4]}" 192.0.2.58 "$chrome" >/dev/null
shop_login "${shoppers[5]}" 203.0.113.88 "$safari" >/dev/null
shop_login "${shoppers[6]}" 2001:db8:77::3 "$android" >/dev/null
# The mobile app logs in with JWTs: refresh-token families, one of them refreshed twice.
jwt_login() {
  printf '%s' "$shop_password" | "$cli" --store "$store" login "$1" --key-file "$work/shop.key" --mode jwt --ip "$2" \
      --user-agent "$3" --json | python3 -c 'import json,sys; print(json.load(sys.stdin)["refresh_token"])'
}
refresh=$(jwt_login "${shoppers[1]}" 198.51.100.23 "$ios")
for _ in 1 2; do
  refresh=$(printf '%s\n' "$refresh" | "$cli" --store "$store" refresh - --key-file "$work/shop.key" --json \
      | python3 -c 'import json,sys; print(json.load(sys.stdin)["refresh_token"])')
done
jwt_login "${shoppers[4]}" 203.0.113.45 "$android" >/dev/null
printf '%s' 'auditor passphrase for the demo' | "$cli" --store "$store" login lena.fischer --key-file "$work/shop.key" \
    --ip 192.0.2.12 --user-agent "$firefox" >/dev/null 2>&1
# One session ended by an administrator.
run session revoke "$ended" 2>/dev/null
echo "demo-store: $store — sign in as maria.keller with: $AUTHDESK_PASSWORD"
