#!/usr/bin/env bash
# Reads against their limit, side by side in one run: for each endpoint, wrk over a list of random paths spread over
# the whole loaded corpus (not one hot URL), then nginx serving the same response body from a file, then the service
# again at half its measured maximum for p99. Installs wrk and nginx from Debian when missing.
#   src/test/bench/read-benchmark.sh JDBC_URL [PATHS]   (the service jar must be built; PATHS random paths, default 20000)
# JAR=path/to/quarkus-run.jar to measure another build; CACHE_BYTES=0: no answer cache, so that every request is a miss (the cold figures); DB_USER/DB_PASSWORD for a
# database other than the benchmark's own (root, no password); SEARCH=0 skips the search and list section;
# SERVICE_OPTS: more JVM options for the service (e.g. -Dcables.search.vectors=false: no paragraph embedding in the
# background, which on a fresh full-size index takes hours and both cores).
# The database is the one import-benchmark.sh filled (BENCH_DIR/import-db), or any with cables in it.
set -euo pipefail
cd "$(dirname "$0")/../../.."
. src/test/bench/bench-lib.sh
lua=$PWD/src/test/bench/random-paths.lua   # wrk script: random paths of $PATHS
url=${1:?JDBC URL of a database with cables, e.g. jdbc:mariadb://localhost:3399/cables}
count=${2:-20000}
duration=${DURATION:-10s}
connections=${CONNECTIONS:-32}
bench=${BENCH_DIR:-bench-data}
mkdir -p "$bench/read" && bench=$(cd "$bench" && pwd)
out="$bench/read"
command -v wrk >/dev/null && command -v nginx >/dev/null || \
  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk nginx >/dev/null)

port=${PORT:-18080}
nginx_port=$((port + 1))
# The load comes from one address: the per-client read limit (cables.rate-limit.*) is lifted so that the figures
# measure the service, not the limiter refusing the benchmark.
java -Xmx${XMX:-512m} ${SERVICE_OPTS:-} -Dquarkus.datasource.jdbc.url="$url" -Dquarkus.datasource.username=${DB_USER:-root} \
  -Dquarkus.datasource.password=${DB_PASSWORD:-} -Dcables.data-dir="$bench/service-data" -Dquarkus.http.port=$port -Dquarkus.management.port=$((port + 2)) -Dcables.import.samples-on-empty-database=false \
  -Dquarkus.log.console.level=WARN -Dcables.cache.max-bytes=${CACHE_BYTES:-134217728} \
  -Dcables.rate-limit.requests-per-second=1000000000 -Dcables.rate-limit.burst=1000000000 \
  -jar ${JAR:-target/quarkus-app/quarkus-run.jar} > "$out/service.log" 2>&1 &
service=$!
nginx_conf="$out/nginx.conf"
cat > "$nginx_conf" <<EOF
worker_processes 1;
pid $out/nginx.pid;
error_log $out/nginx-error.log;
events { worker_connections 1024; }
http {
  access_log off;
  server { listen $nginx_port; root $out/static; location / { default_type application/json; } }
}
EOF
trap 'kill $service 2>/dev/null || true; nginx -c "$nginx_conf" -s stop 2>/dev/null || true' EXIT
for _ in $(seq 1 120); do curl -fs "localhost:$((port + 2))/q/health/ready" >/dev/null 2>&1 && break; sleep 0.5; done
wait_search_current $((port + 2))   # an index the import left to the service is rebuilt before anything is measured

# Random paragraphs across the corpus, from the database itself.
python3 - "$url" "$count" "$out" "$port" <<'PY'
import random, re, subprocess, sys, json, urllib.request
url, count, out = sys.argv[1], int(sys.argv[2]), sys.argv[3]
port = int(sys.argv[4])
random.seed(11)
pairs, cables, cursor = [], [], None
# Keyset pages over the whole list, newest first: every cable once, sampled.
while True:
    q = f"http://localhost:{port}/api/v1/cables?limit=100" + (f"&cursor={cursor}" if cursor else "")
    page = json.load(urllib.request.urlopen(q))
    for c in page["items"]:
        cables.append((c["refId"], c["paragraphCount"]))
    cursor = page.get("next")
    if not cursor or len(cables) >= 20 * count:
        break
picked = random.sample(cables, min(count, len(cables)))
for ref, n in picked:
    ps = json.load(urllib.request.urlopen(f"http://localhost:{port}/api/v1/cables/{ref}/paragraphs"))
    if ps:
        pairs.append((ref, random.choice(ps)["n"]))
def write(name, paths):
    with open(f"{out}/{name}.paths", "w") as f:
        f.write("\n".join(paths) + "\n")
write("paragraph", [f"/api/v1/cables/{r}/paragraphs/{n}" for r, n in pairs])
write("post-x", [f"/api/v1/cables/{r}/paragraphs/{n}/snippet" for r, n in pairs])
write("post-mastodon", [f"/api/v1/cables/{r}/paragraphs/{n}/snippet?network=mastodon" for r, n in pairs])
write("post-bluesky", [f"/api/v1/cables/{r}/paragraphs/{n}/snippet?network=bluesky" for r, n in pairs])
write("thread-x", [f"/api/v1/cables/{r}/paragraphs/{n}/snippet?thread=true" for r, n in pairs])
write("thread-mastodon", [f"/api/v1/cables/{r}/paragraphs/{n}/snippet?thread=true&network=mastodon" for r, n in pairs])
write("thread-bluesky", [f"/api/v1/cables/{r}/paragraphs/{n}/snippet?thread=true&network=bluesky" for r, n in pairs])
write("paragraph-facts", [f"/api/v1/cables/{r}/paragraphs/{n}/facts" for r, n in pairs])
write("cable-facts", [f"/api/v1/cables/{r}/facts" for r, _ in pairs])
write("versions", [f"/api/v1/cables/{r}/versions" for r, _ in pairs])
write("paragraph-page", [f"/c/{r}/{n}" for r, n in pairs])
write("cable", [f"/api/v1/cables/{r}" for r, _ in pairs])
write("cable-page", [f"/c/{r}" for r, _ in pairs])
write("list", [f"/api/v1/cables?limit=20"])
words = ["heroin", "nuclear", "election", "oil", "Gazprom", "corruption", "Taliban", "visa", "refugees", "sanctions",
         "\"human rights\"", "missile defense", "Kazakhstan", "Chavez", "ASTANA 2380", "wheat", "opium", "Qadhafi",
         "F-16", "bank"]
write("search", ["/api/v1/cables?limit=20&q=" + urllib.parse.quote(w) for w in words])
print(f"{len(pairs)} random paragraphs from {len(cables)} cables listed")
PY

# The warm-up walks the list in order, every path at least once: the cache then holds what the list asks for, as it
# holds a bot campaign's paragraphs. COLD=1 skips it (every first request of a path is then a miss).
cat > "$out/walk.lua" <<'EOF'
local paths = {}
for line in io.lines(os.getenv("PATHS")) do paths[#paths + 1] = line end
local i = 0
request = function() i = i + 1; return wrk.format("GET", paths[(i % #paths) + 1]) end
EOF

mkdir -p "$out/static"
printf '%-16s %10s %8s %8s | %10s %8s | %6s | %s\n' endpoint req/s p50 p99 nginx p99 ratio "p99 at half max"
for name in ${ENDPOINTS:-paragraph post-x post-mastodon post-bluesky thread-x paragraph-page cable cable-page list search}; do
  paths="$out/$name.paths"
  first=$(head -1 "$paths")
  curl -fs "localhost:$port$first" -o "$out/static/$name.body"
  # Warm-up: the JIT, the connection pool, and the cache as users would have it warm.
  if [ -z "${COLD:-}" ]; then
    PATHS=$paths wrk -t1 -c$connections -d${WARMUP:-20s} -s "$out/walk.lua" "http://localhost:$port" >/dev/null
  else
    PATHS=$paths wrk -t1 -c$connections -d5s -s "$lua" "http://localhost:$port" >/dev/null
  fi
  cpu_before=$(awk '{print $14 + $15}' /proc/$service/stat)
  PATHS=$paths wrk -t1 -c$connections -d$duration --latency -s "$lua" "http://localhost:$port" > "$out/$name.wrk"
  # The service's own CPU time (user + system, clock ticks) over the run: per request, the cost of a miss when cold.
  echo $(( $(awk '{print $14 + $15}' /proc/$service/stat) - cpu_before )) $(getconf CLK_TCK) > "$out/$name.cpu"
  nginx -c "$nginx_conf" 2>/dev/null || nginx -c "$nginx_conf" -s reload
  wrk -t1 -c$connections -d$duration --latency "http://localhost:$nginx_port/$name.body" > "$out/$name.nginx"
  rps=$(awk '/Requests\/sec/ {print $2}' "$out/$name.wrk")
  # Half the measured maximum: each connection waits so that all of them together send rps/2 a second.
  delay=$(python3 -c "print(max(1, round($connections * 1000 / ($rps / 2))))")
  DELAY_MS=$delay PATHS=$paths wrk -t1 -c$connections -d$duration --latency -s "$lua" "http://localhost:$port" > "$out/$name.half"
  python3 - "$name" "$out" <<'PY'
import re, sys
name, out = sys.argv[1], sys.argv[2]
def read(suffix):
    text = open(f"{out}/{name}.{suffix}").read()
    rps = float(re.search(r"Requests/sec:\s+([\d.]+)", text).group(1))
    lat = dict(re.findall(r"^\s+(50|99)%\s+([\d.]+\w+)", text, re.M))
    errors = re.search(r"Non-2xx or 3xx responses: (\d+)", text)
    return rps, lat.get("50"), lat.get("99"), int(errors.group(1)) if errors else 0
s, n, h = read("wrk"), read("nginx"), read("half")
ticks, hz = map(int, open(f"{out}/{name}.cpu").read().split())
requests = int(re.search(r"(\d+) requests in", open(f"{out}/{name}.wrk").read()).group(1))
print(f"{name:16s} {s[0]:10.0f} {s[1]:>8s} {s[2]:>8s} | {n[0]:10.0f} {n[2]:>8s} | {s[0] / n[0]:6.2f} | "
      f"{h[2]} at {h[0]:.0f} req/s | service CPU {ticks * 1000 / hz / max(1, requests):.2f} ms/request"
      + (f"  ERRORS {s[3]}" if s[3] else ""))
PY
done
grep -h VmHWM /proc/$service/status | sed 's/^/service peak RSS: /'
[ "${SEARCH:-1}" = 0 ] && exit 0

# Search, facets and deep keyset pages, one request at a time (their latency, not throughput).
python3 - "$port" <<'PY'
import json, statistics, sys, time, urllib.parse, urllib.request
port = int(sys.argv[1])
def timed(path, n=15):
    times = []
    body = None
    for _ in range(n):
        t = time.perf_counter()
        body = urllib.request.urlopen(f"http://localhost:{port}{path}").read()
        times.append((time.perf_counter() - t) * 1000)
    times.sort()
    return times[len(times) // 2], times[min(len(times) - 1, int(len(times) * 0.95))], body
queries = ["heroin", "nuclear", "election", "oil", "Gazprom", "corruption", "Taliban", "visa", "refugees", "sanctions",
           '"human rights"', "missile defense", "Kazakhstan", "Chavez", "ASTANA 2380", "wheat", "opium", "Qadhafi",
           "F-16", "bank"]
p95s = []
print("search (q, limit=20, relevance):")
for q in queries:
    p50, p95, body = timed("/api/v1/cables?limit=20&q=" + urllib.parse.quote(q))
    p95s.append(p95)
    print(f"  {q:18s} p50 {p50:6.1f} ms  p95 {p95:6.1f} ms  hits on page {len(json.loads(body)['items'])}")
print(f"  all 20 queries: worst p95 {max(p95s):.1f} ms, median p95 {statistics.median(p95s):.1f} ms")
for path in ["/api/v1/tags", "/api/v1/origins", "/api/v1/tags?limit=1000"]:
    p50, p95, _ = timed(path)
    print(f"facet {path}: p50 {p50:.1f} ms p95 {p95:.1f} ms")
p50, p95, body = timed("/api/v1/cables?limit=20")
print(f"list page 1: p50 {p50:.1f} ms p95 {p95:.1f} ms")
cursor = json.loads(body)["next"]
for _ in range(998):
    cursor = json.load(urllib.request.urlopen(f"http://localhost:{port}/api/v1/cables?limit=20&cursor={cursor}"))["next"]
p50, p95, _ = timed(f"/api/v1/cables?limit=20&cursor={cursor}")
print(f"list page 1,000 (keyset): p50 {p50:.1f} ms p95 {p95:.1f} ms")
p50, p95, body = timed(f"/api/v1/cables?limit=20&origin=" + urllib.parse.quote("Embassy Berlin"))
print(f"list filtered by origin: p50 {p50:.1f} ms p95 {p95:.1f} ms")
PY
grep -h VmHWM /proc/$service/status | sed 's/^/service peak RSS after the searches: /'
