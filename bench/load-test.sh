#!/usr/bin/env bash
# Load test of the search API: starts the real `trialdex serve` on a loopback port over DB, drives it with wrk
# (Debian package `wrk`) cycling through the fixed query set (bench/queries.tsv) as /api/v2/studies requests with
# countTotal=true, and reports wrk's throughput, latency and non-2xx count and the server's peak memory (VmHWM).
# Usage: bench/load-test.sh DB [SECONDS=30] [CONNECTIONS=8] [SEARCH_CACHE_MB=64] [SERVE_OPTION…, e.g. --no-text-index]
# The query set repeats, so with the server's search cache on, every request after the first of each query is served
# from the cache; SEARCH_CACHE_MB=0 makes every request match and score from the index.
set -euo pipefail
cd "$(dirname "$0")/.."
db="${1:?usage: bench/load-test.sh DB [SECONDS] [CONNECTIONS] [SEARCH_CACHE_MB] [SERVE_OPTION…]}"; seconds="${2:-30}"; connections="${3:-8}"; cache_mb="${4:-64}"
serve_options=("${@:5}")
port=5099
command -v wrk >/dev/null || { echo "wrk is not installed (apt-get install wrk)" >&2; exit 1; }

dotnet build src/Trialdex.Cli -c Release -v q -nologo >/dev/null
dotnet src/Trialdex.Cli/bin/Release/net10.0/trialdex.dll serve --db "$db" --urls "http://127.0.0.1:$port" --search-cache-mb "$cache_mb" "${serve_options[@]}" >/tmp/trialdex-load-server.log 2>&1 &
server=$!
trap 'kill $server 2>/dev/null || true' EXIT
for _ in $(seq 1 120); do
    curl -sf "http://127.0.0.1:$port/api/v2/version" >/dev/null && break
    sleep 0.5
done

script="$(mktemp --suffix=.lua)"
cat >"$script" <<'LUA'
local paths = {}
for line in io.lines(os.getenv("QUERIES")) do
  if #line > 0 and line:sub(1, 1) ~= "#" then
    paths[#paths + 1] = "/api/v2/studies?" .. line:match("\t(.*)$") .. "&countTotal=true"
  end
end
local i = 0
request = function()
  i = i + 1
  return wrk.format("GET", paths[(i % #paths) + 1])
end
LUA

# The server builds its in-memory arrays and text index in the background (minutes at 500,000 studies; searches run
# on the database until then) and says when they are in place: wait for that, then a 20 s warm-up, then the run.
for _ in $(seq 1 3600); do
    grep -q "Searches are answered from memory now" /tmp/trialdex-load-server.log && break
    sleep 1
done
grep "Searches are answered from memory now" /tmp/trialdex-load-server.log || { echo "the server did not say its searches were in memory within an hour" >&2; exit 1; }
QUERIES=bench/queries.tsv wrk -t1 -c1 -d20s -s "$script" "http://127.0.0.1:$port" >/dev/null
echo "load test: $db, $seconds s, $connections connections, search cache $cache_mb MB, $(nproc) cores, $(date -u +%F)"
QUERIES=bench/queries.tsv wrk -t1 -c"$connections" -d"${seconds}s" --latency -s "$script" "http://127.0.0.1:$port"
grep -E 'VmHWM|VmRSS' "/proc/$server/status"
