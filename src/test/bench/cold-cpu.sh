#!/usr/bin/env bash
# What one cache miss costs the service: CPU of the service process per request over a wrk run of random paths, each
# path a miss (answer cache off). CPU per request is the figure that survives a shared machine; req/s and p99 are
# printed beside it with the load average they were taken at.
#   src/test/bench/cold-cpu.sh JAR JDBC_URL PATHS_FILE [CONNECTIONS] [SECONDS]
# PATHS_FILE: one path per line, as read-benchmark.sh writes them (BENCH_DIR/read/*.paths). DATA_DIR: the service's
# data directory (its search index), default bench-data/service-data.
set -euo pipefail
cd "$(dirname "$0")/../../.."
. src/test/bench/bench-lib.sh
jar=${1:?quarkus-run.jar}; url=${2:?JDBC URL}; paths=${3:?paths file}
connections=${4:-8}; seconds=${5:-30}
port=${PORT:-18480}
java -Xmx${XMX:-512m} -Dquarkus.datasource.jdbc.url="$url" -Dquarkus.datasource.username=${DB_USER:-root} \
  -Dquarkus.datasource.password=${DB_PASSWORD:-} -Dcables.data-dir="${DATA_DIR:-bench-data/service-data}" \
  -Dquarkus.http.port=$port -Dquarkus.management.port=$((port + 2)) -Dcables.import.samples-on-empty-database=false \
  -Dquarkus.log.console.level=WARN -Dcables.cache.max-bytes=0 -Dcables.search.vectors=false \
  -Dcables.rate-limit.requests-per-second=1000000000 -Dcables.rate-limit.burst=1000000000 \
  -jar "$jar" > "${LOG:-/tmp/cold-cpu-service.log}" 2>&1 &
service=$!
trap 'kill $service 2>/dev/null || true; wait $service 2>/dev/null || true' EXIT
for _ in $(seq 1 240); do curl -fs "localhost:$((port + 2))/q/health/ready" >/dev/null 2>&1 && break; sleep 0.5; done
wait_search_current $((port + 2))
lua=$PWD/src/test/bench/random-paths.lua
# Warm the JIT on the same kind of path first (misses too: the cache is off).
PATHS=$paths wrk -t1 -c"$connections" -d15s -s "$lua" "http://localhost:$port" >/dev/null
before=$(awk '{print $14 + $15}' /proc/$service/stat)
out=$(PATHS=$paths wrk -t1 -c"$connections" -d"${seconds}s" --latency -s "$lua" "http://localhost:$port")
after=$(awk '{print $14 + $15}' /proc/$service/stat)
requests=$(grep -o '[0-9]* requests in' <<<"$out" | cut -d' ' -f1)
rps=$(awk '/Requests\/sec/ {print $2}' <<<"$out")
p99=$(awk '$1=="99%" {print $2}' <<<"$out")
errors=$(grep -o 'Non-2xx or 3xx responses: [0-9]*' <<<"$out" || true)
cpu=$(python3 -c "print(round(($after - $before) * 1000 / $(getconf CLK_TCK) / $requests, 3))")
echo "$(basename "$paths" .paths): $requests requests, $rps req/s, p99 $p99, CPU $cpu ms per request${errors:+, $errors}, load $(cut -d' ' -f1 /proc/loadavg)"
