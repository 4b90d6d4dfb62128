#!/usr/bin/env bash
# Load benchmark: seeds PEOPLE people × a year of sessions, starts a Release build of Soleus on 127.0.0.1, and runs
# wrk (2 threads, 32 connections unless SOLEUS_BENCH_CONNECTIONS says otherwise) against /healthz and each endpoint
# in turn, printing a Markdown table with each endpoint's throughput as a ratio of /healthz measured just before it,
# p50/p99 latency, and the app's peak memory. Signed-in reads rotate over 50 seeded people (person-1 to person-50,
# about 300 sessions each); session saves go to 50 others (person-500 to person-549), so the reads' people keep
# their year of sessions whatever the saves add. Signing in (one password hash checked each time) runs at 10
# connections, over the same 50 readers.
# SOLEUS_BENCH_MODE=practice measures a clinician's patient list instead: PEOPLE patients linked with one clinician,
# each with a year of 3 to 5 sessions a week (bench/Seed's practice mode), read as GET /api/practice/patients and
# GET /practice/patients.
# Usage: bench/load.sh [sqlite|postgres] [PEOPLE] [SECONDS]
#   postgres needs SOLEUS_BENCH_POSTGRES="Host=127.0.0.1;Port=55432;Username=postgres" (a server you started) and
#   psql, which runs VACUUM ANALYZE after the seed and any migration.
#   SOLEUS_BENCH_DATA=folder (SQLite) or SOLEUS_BENCH_DATABASE=name (PostgreSQL) keeps the seeded data there, and
#   reuses it, unseeded, when it already holds the people: seeding 1,000 people takes minutes.
set -euo pipefail
provider=${1:-sqlite}
people=${2:-1000}
seconds=${3:-15}
root=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d)
port=5099
base="http://127.0.0.1:$port"
app_pid=""
cleanup() { [ -n "$app_pid" ] && kill "$app_pid" 2>/dev/null; rm -rf "$work"; }
trap cleanup EXIT
fail() { echo "$1"; grep -m3 -i "exception" "$work/app.log" | cut -c1-600; exit 1; }

dotnet publish -c Release -v q -nologo "$root/src/Soleus.Web" -o "$work/app" >/dev/null
data=${SOLEUS_BENCH_DATA:-$work/data}
mode=${SOLEUS_BENCH_MODE:-people}
env_db=()
seed_args=("$people" "$data")
tag="" # the seeded data's marker: people and practice data are told apart
[ "$mode" = practice ] && seed_args=(practice "${seed_args[@]}") && tag=practice-
seeded=false
[ -f "$data/seeded-$tag$people" ] && seeded=true
if [ "$provider" = postgres ]; then
  db="${SOLEUS_BENCH_DATABASE:-soleus_bench_$$}"
  conn="${SOLEUS_BENCH_POSTGRES:?set SOLEUS_BENCH_POSTGRES}"
  seed_args+=("$conn;Database=$db")
  env_db=("Database__Provider=postgres" "Database__ConnectionString=$conn;Database=$db")
  seeded=false
  [ -n "${SOLEUS_BENCH_DATABASE:-}" ] && [ -f "$data/seeded-$tag$db-$people" ] && seeded=true
fi
if [ "$seeded" = false ]; then
  dotnet run -c Release --project "$root/bench/Seed" -- "${seed_args[@]}" | tail -1 >&2
  touch "$data/seeded-$tag$people" "$data/seeded-$tag${db:-sqlite}-$people"
fi

cd "$work/app"
if [ "$provider" = postgres ]; then # let the first start migrate, then vacuum, so reads can be index-only as in steady use
  env ASPNETCORE_ENVIRONMENT=Production "${env_db[@]}" timeout 600 dotnet Soleus.Web.dll --urls "$base" >"$work/migrate.log" 2>&1 &
  for _ in $(seq 1 3000); do curl -fs "$base/healthz" >/dev/null 2>&1 && break; sleep 0.2; done
  kill $! && wait $! 2>/dev/null || true
  psql "$(sed 's/Host=/host=/; s/Port=/port=/; s/Username=/user=/; s/Password=/password=/; s/;/ /g' <<<"$conn") dbname=$db" -qc 'VACUUM ANALYZE'
fi
env ASPNETCORE_ENVIRONMENT=Production Soleus__DataFolder="$data" Soleus__SignInAttemptsPerMinute=10000 \
  Logging__LogLevel__Default=Warning "${env_db[@]}" dotnet Soleus.Web.dll --urls "$base" >"$work/app.log" 2>&1 &
cd "$root"
app_pid=$!
for _ in $(seq 1 300); do curl -fs "$base/healthz" >/dev/null 2>&1 && break; sleep 0.2; done

sign_in() { # account name (person-1, clinician) → a Lua string of the cookie
  local cookie
  cookie=$(curl -s -i -X POST "$base/api/account/sign-in" -H 'Content-Type: application/json' \
    -d "{\"email\":\"$1@bench.example\",\"password\":\"bench-calves-2026\"}" | grep -io '__Host-soleus=[^;]*') || fail "sign-in of $1 failed"
  printf '"%s",' "$cookie"
}
source "$root/bench/wrk-scripts.sh"
peak=0
connections=${SOLEUS_BENCH_CONNECTIONS:-32}
wrk_run() { wrk -t2 -c"$connections" -d"${seconds}s" --latency "$@"; }
field() { awk -v k="$1" '$1==k {print $2}'; }
bench_case() { # name path [wrk args…]: one row after a 5 s warm-up, with /healthz measured just before on the same server
  local name=$1 path=$2 healthz out rss errors
  shift 2
  wrk -t2 -c"$connections" -d5s "$@" "$base$path" >/dev/null # warm-up: JIT tiers and caches settle before measuring
  healthz=$(wrk_run "$base/healthz" | field "Requests/sec:")
  out=$(wrk_run "$@" "$base$path")
  rss=$(awk '/VmRSS/ {print $2}' "/proc/$app_pid/status")
  [ "$rss" -gt "$peak" ] && peak=$rss
  errors=$(awk '/Non-2xx or 3xx/ {print $5}' <<<"$out")
  printf '| %s | %s | %s | %.2f | %s | %s | %s |\n' "$name" "$(field "Requests/sec:" <<<"$out")" "$healthz" \
    "$(echo "$(field "Requests/sec:" <<<"$out") / $healthz" | bc -l)" "$(field 50% <<<"$out")" "$(field 99% <<<"$out")" "${errors:-0}"
}

header() {
  echo "| endpoint | req/s | /healthz req/s just before | ratio | p50 | p99 | non-2xx/3xx |"
  echo "| --- | --- | --- | --- | --- | --- | --- |"
}
footer() { echo; echo "app peak resident memory: $((peak / 1024)) MiB; provider: $provider; people: $people; $connections connections; $(nproc) cores"; }

if [ "$mode" = practice ]; then
  reads_lua "$work/clinician.lua" "$(sign_in clinician)"
  header
  bench_case "GET /api/practice/patients" /api/practice/patients -s "$work/clinician.lua"
  bench_case "GET /practice/patients" /practice/patients -s "$work/clinician.lua"
  footer
  exit
fi

readers=""; writers=""
for i in $(seq 1 50); do readers+=$(sign_in "person-$i"); writers+=$(sign_in "person-$((i + 499))"); done
reads_lua "$work/reads.lua" "$readers"
no='"no"'; legs='{"left":"no","right":"no"}'
answers="{\"breathing-chest-symptoms\":$no,\"one-calf-swelling\":$no,\"calf-red-warm\":$no,\"calf-pain-no-cause\":$no,\"sharp-pain\":$legs,\"numbness-tingling\":$no,\"skin-or-veins\":$legs,\"pain-persisting\":$no,\"one-sided-no-cause\":$no,\"blood-thinner-or-clotting-disorder\":$no,\"previous-clot\":$no,\"pad-or-diabetic-neuropathy\":$no,\"pregnant\":$no,\"recent-surgery-or-immobilisation-or-cancer\":$no,\"recovering-calf-strain\":$no}"
cat >"$work/plans.lua" <<LUA
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.body = '{"answers":$answers,"legs":["left","right"],"equipment":["hands","foam-roller"],"minutesPerCalf":8,"emphasis":"soleus"}'
LUA
plan=$(sed -n "s/^wrk.body = '\\(.*\\)'$/\\1/p" "$work/plans.lua")
# A screening question added since this script was written would make every plan a 422: refuse to measure errors.
status=$(curl -s -o "$work/plan.json" -w '%{http_code}' -X POST "$base/api/plans" -H 'Content-Type: application/json' -d "$plan")
[ "$status" = 200 ] || { echo "POST /api/plans answered $status, not 200:"; head -c 600 "$work/plan.json"; echo; exit 1; }
sessions_lua "$work/sessions.lua" "$writers"

cat >"$work/sign-ins.lua" <<LUA
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
local n = 0
request = function()
  n = n + 1
  return wrk.format(nil, nil, nil, '{"email":"person-' .. (n % 50 + 1) .. '@bench.example","password":"bench-calves-2026"}')
end
LUA

header
bench_case "POST /api/plans" /api/plans -s "$work/plans.lua"
bench_case "GET /api/progress" /api/progress -s "$work/reads.lua"
bench_case "POST /api/sessions" /api/sessions -s "$work/sessions.lua"
bench_case "GET /history (3 months)" /history -s "$work/reads.lua"
bench_case "GET /history?months=12" "/history?months=12" -s "$work/reads.lua"
connections=10 bench_case "POST /api/account/sign-in (10 connections)" /api/account/sign-in -s "$work/sign-ins.lua"
footer
