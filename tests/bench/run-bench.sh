#!/usr/bin/env bash
# The foundation benchmark, in one command:
#   tests/bench/run-bench.sh [USERS]   (default 1000000)
# Imports USERS users (no passwords: users who must set one) through authdesk-cli, then times
# `user list --search`, `user list --offset N-100 --limit 100` and the count, each beside the same
# query run by the sqlite3 tool on the same file, in the same run. Then the in-process figures
# (bench_queries) beside a bare QSqlQuery and the stock QSqlTableModel.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
users=${1:-1000000}
build=${BUILD_DIR:-$root/build-bench}

command -v sqlite3 >/dev/null || { echo "run-bench: needs the sqlite3 tool (scripts/setup.sh installs it)" >&2; exit 2; }
cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DBUILD_TESTING=OFF -DBUILD_BENCHMARKS=ON >/dev/null
cmake --build "$build" --target authdesk-cli bench_queries >/dev/null

work=$(mktemp -d /tmp/authdesk-bench.XXXXXX)
trap 'rm -rf "$work"' EXIT
export HOME=$work XDG_DATA_HOME=$work/data
export AUTHDESK_PASSWORD='benchmark owner password'
cli=$(find "$build" -name authdesk-cli -type f -perm -u+x | head -n 1)
bench=$(find "$build" -name bench_queries -type f -perm -u+x | head -n 1)
store=$work/bench.authdesk

ms() { echo $(( ($2 - $1) / 1000000 )); }
now() { date +%s%N; }
# median of 5 wall-clock runs of a command, in ms
median5() {
  local times=() t0 t1
  for _ in 1 2 3 4 5; do t0=$(now); "$@" >/dev/null; t1=$(now); times+=( $(ms "$t0" "$t1") ); done
  printf '%s\n' "${times[@]}" | sort -n | sed -n 3p
}

echo "== AuthDesk benchmark: $users users =="
echo "machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo), $(uname -r)"
t0=$(now)
awk -v n="$users" 'BEGIN {
  split("Anna Ben Chloe David Emma Felix Grace Hugo Iris Jonas Karin Liam Mia Noah Olga Paul", first, " ")
  split("Schmidt Miller Garcia Nguyen Rossi Novak Kowalski Jensen Silva Tanaka Okafor Dubois", last, " ")
  print "username,email,display_name,roles"
  for (i = 0; i < n; i++) {
    f = first[i % 16 + 1]; l = last[int(i / 16) % 12 + 1]
    printf "%s.%s%07d,%s.%s%07d@example.com,%s %s %07d,\n", tolower(f), tolower(l), i, tolower(f), tolower(l), i, f, l, i
  }
}' > "$work/users.csv"
echo "generated $(wc -l < "$work/users.csv") CSV lines in $(ms "$t0" "$(now)") ms"

echo "$AUTHDESK_PASSWORD" | "$cli" --store "$store" init --owner owner --email owner@example.com >/dev/null
t0=$(now)
"$cli" --store "$store" --as owner user import "$work/users.csv" 2>/dev/null
t1=$(now)
import_ms=$(ms "$t0" "$t1")
rate=$(( users * 1000 / (import_ms > 0 ? import_ms : 1) ))
verdict=$([ "$rate" -ge 50000 ] && echo "meets" || echo "MISSES")
echo "import: $users users in $import_ms ms = $rate users/s ($verdict the 50,000 users/s target)"
echo "store file: $(du -h "$store" | cut -f1)"

search=olga.tanaka0
last_offset=$(( users > 100 ? users + 1 - 100 : 0 ))  # the owner is one more user
echo
echo "Wall clock per command, median of 5 (the CLI's figure includes process start, opening the"
echo "store and the Argon2id sign-in of the acting admin; 'sign-in only' measures that part alone):"
printf '  %-44s %8s ms\n' "authdesk-cli sign-in only (user show owner)" "$(median5 "$cli" --store "$store" --as owner user show owner)"
printf '  %-44s %8s ms    sqlite3: %6s ms\n' "count (user list --limit 0)" \
  "$(median5 "$cli" --store "$store" --as owner user list --limit 0 --json)" \
  "$(median5 sqlite3 "$store" "SELECT count(*) FROM users;")"
printf '  %-44s %8s ms    sqlite3: %6s ms\n' "user list --search $search" \
  "$(median5 "$cli" --store "$store" --as owner user list --search "$search" --json)" \
  "$(median5 sqlite3 "$store" "SELECT count(*) FROM users WHERE instr(search_key, '$search') > 0; SELECT * FROM users WHERE instr(search_key, '$search') > 0 ORDER BY +username_key LIMIT 100;")"
printf '  %-44s %8s ms    sqlite3: %6s ms\n' "user list --offset $last_offset --limit 100" \
  "$(median5 "$cli" --store "$store" --as owner user list --offset "$last_offset" --limit 100 --json)" \
  "$(median5 sqlite3 "$store" "SELECT count(*) FROM users; SELECT * FROM users ORDER BY username_key LIMIT 100 OFFSET $last_offset;")"
matches=$("$cli" --store "$store" --as owner user list --search "$search" --limit 0 --json | awk -F': ' '/"total"/ {gsub(/[ ,]/, "", $2); print $2}')
echo "  (the search matches $matches users; the sqlite3 rows run the same SQL the store runs)"
echo
"$bench" "$store" "$XDG_DATA_HOME/AuthDesk/keys" owner "$search"
