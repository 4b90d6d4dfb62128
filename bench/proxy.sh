#!/usr/bin/env bash
# Proxy benchmark: what one more instance behind nginx buys on this machine. It publishes a Release build, starts two
# instances on one PostgreSQL database and nginx with docs/deploy/soleus.nginx.conf (TLS with a certificate made
# here), and runs wrk (2 threads, 32 connections unless SOLEUS_BENCH_CONNECTIONS says otherwise) against
# POST /api/sessions and GET /api/progress three ways: one instance directly (plain http), nginx in front of one
# instance, and nginx in front of both. Then, with wrk saving through nginx in front of both, it SIGKILLs one
# instance 5 s in and reports the answers that were not 2xx and wrk's socket errors. 20 people read (25 sessions
# each), 20 others save. Prints the load average before and after, since the machine may be shared.
# Usage: SOLEUS_BENCH_POSTGRES="Host=127.0.0.1;Port=55432;Username=postgres" bench/proxy.sh [SECONDS]
#   needs wrk, nginx, openssl, curl and psql.
set -euo pipefail
seconds=${1:-15}
connections=${SOLEUS_BENCH_CONNECTIONS:-32}
conn="${SOLEUS_BENCH_POSTGRES:?set SOLEUS_BENCH_POSTGRES}"
db="soleus_proxy_$$"
root=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d)
chmod 777 "$work" # started as root, nginx's workers run as nobody and write their temp files here
psql_url="$(sed 's/Host=/host=/; s/Port=/port=/; s/Username=/user=/; s/Password=/password=/; s/;/ /g' <<<"$conn")"
pids=()
nginx_pid=""
cleanup() {
  for pid in "${pids[@]}" $nginx_pid; do kill "$pid" 2>/dev/null || true; done
  wait 2>/dev/null || true
  psql "$psql_url dbname=postgres" -qc "DROP DATABASE IF EXISTS $db WITH (FORCE)" >/dev/null 2>&1 || true
  rm -rf "$work"
}
trap cleanup EXIT

dotnet publish -c Release -v q -nologo "$root/src/Soleus.Web" -r linux-x64 --self-contained false -o "$work/app" >/dev/null
start_app() { # port: one instance, in Production, from another folder, as docs/deploy.md runs it
  env ASPNETCORE_ENVIRONMENT=Production Database__Provider=postgres Database__ConnectionString="$conn;Database=$db" \
    Proxies__KnownProxies__0=127.0.0.1 Soleus__SignInAttemptsPerMinute=10000 Logging__LogLevel__Default=Warning \
    dotnet "$work/app/Soleus.Web.dll" --urls "http://127.0.0.1:$1" >"$work/app-$1.log" 2>&1 &
  pids+=($!)
  for _ in $(seq 1 600); do curl -fs "http://127.0.0.1:$1/healthz" >/dev/null 2>&1 && return; sleep 0.2; done
  echo "instance on $1 did not start"; tail -5 "$work/app-$1.log"; exit 1
}
start_app 5091 # migrates first, alone
start_app 5092

openssl req -x509 -newkey rsa:2048 -nodes -keyout "$work/soleus.key" -out "$work/soleus.crt" -days 1 \
  -subj /CN=127.0.0.1 -addext subjectAltName=IP:127.0.0.1 2>/dev/null
start_nginx() { # ports…: nginx on 127.0.0.1:8443 in front of them, with the guide's site
  [ -n "$nginx_pid" ] && kill "$nginx_pid" && wait "$nginx_pid" 2>/dev/null || true
  local servers="" port
  for port in "$@"; do servers+="    server 127.0.0.1:$port max_fails=1 fail_timeout=30s;\n"; done
  mkdir -p "$work/nginx"
  { printf 'daemon off;\nworker_processes 1;\npid %s/nginx.pid;\nerror_log %s/error.log;\nevents { worker_connections 1024; }\n' "$work/nginx" "$work/nginx"
    printf 'http {\naccess_log off;\nclient_body_temp_path %s/body;\nproxy_temp_path %s/proxy;\nfastcgi_temp_path %s/f;\nuwsgi_temp_path %s/u;\nscgi_temp_path %s/s;\n' \
      "$work" "$work" "$work" "$work" "$work"
    sed -e '/server 127.0.0.1:508[01] /d' -e "s|    keepalive 32;|${servers}    keepalive 32;|" \
      -e 's|listen 443 ssl http2;|listen 127.0.0.1:8443 ssl http2;|' -e "s|/etc/ssl/soleus/|$work/|" "$root/docs/deploy/soleus.nginx.conf"
    printf '}\n'; } >"$work/nginx/nginx.conf"
  /usr/sbin/nginx -p "$work/nginx" -c "$work/nginx/nginx.conf" &
  nginx_pid=$!
  for _ in $(seq 1 100); do curl -fsk https://127.0.0.1:8443/healthz >/dev/null 2>&1 && return; sleep 0.1; done
  echo "nginx did not start"; cat "$work/nginx/error.log"; exit 1
}

direct=http://127.0.0.1:5091
register() { # email → a Lua string of its sign-in cookie
  local cookie
  cookie=$(curl -s -i -X POST "$direct/api/account/register" -H 'Content-Type: application/json' \
    -d "{\"email\":\"$1\",\"password\":\"bench-calves-2026\"}" | grep -io '__Host-soleus=[^;]*')
  printf '"%s",' "$cookie"
}
source "$root/bench/wrk-scripts.sh"
readers=""; writers=""
for i in $(seq 1 20); do
  cookie=$(register "reader-$i@proxy.example")
  readers+=$cookie
  for day in $(seq 1 25); do
    curl -fs -o /dev/null -X POST "$direct/api/sessions" -H 'Content-Type: application/json' -H "Cookie: ${cookie//[\",]/}" \
      -d "$(session_json "$(cat /proc/sys/kernel/random/uuid)" "$day")"
  done
  writers+=$(register "writer-$i@proxy.example")
done
reads_lua "$work/reads.lua" "$readers"
sessions_lua "$work/sessions.lua" "$writers"

field() { awk -v k="$1" '$1==k {print $2}'; }
row() { # way url: both endpoints after a 5 s warm-up each
  local way=$1 url=$2 path script out
  for path in /api/sessions /api/progress; do
    script=$work/reads.lua; [ "$path" = /api/sessions ] && script=$work/sessions.lua
    wrk -t2 -c"$connections" -d5s -s "$script" "$url$path" >/dev/null
    out=$(wrk -t2 -c"$connections" -d"${seconds}s" --latency -s "$script" "$url$path")
    printf '| %s | %s %s | %s | %s | %s | %s |\n' "$way" "$([ "$path" = /api/sessions ] && echo POST || echo GET)" "$path" \
      "$(field "Requests/sec:" <<<"$out")" "$(field 50% <<<"$out")" "$(field 99% <<<"$out")" "$(awk '/Non-2xx or 3xx/ {print $5}' <<<"$out")"
  done
}

echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg); $(nproc) cores; $connections connections; ${seconds} s per row"
echo "| way | endpoint | req/s | p50 | p99 | non-2xx |"
echo "| --- | --- | --- | --- | --- | --- |"
row "one instance, direct (http)" "$direct"
start_nginx 5091
row "nginx (TLS), one instance" https://127.0.0.1:8443
start_nginx 5091 5092
row "nginx (TLS), two instances" https://127.0.0.1:8443
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"

echo
echo "An instance killed (SIGKILL) 5 s into $seconds s of saving through nginx in front of two instances:"
(sleep 5; kill -9 "${pids[0]}") &
out=$(wrk -t2 -c"$connections" -d"${seconds}s" -s "$work/sessions.lua" https://127.0.0.1:8443/api/sessions)
echo "$out" | grep -E "requests in|Socket errors|Non-2xx|Requests/sec"
echo "nginx's error log: $(grep -c 'connect() failed' "$work/nginx/error.log") refused connections, $(grep -c 'prematurely closed\|reset by peer' "$work/nginx/error.log") cut off mid-request"
echo "load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
