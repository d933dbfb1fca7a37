#!/usr/bin/env bash
# Soak: the service at half its measured maximum throughput for 10 minutes, mixed reads (paragraphs, posts, pages,
# search, cables) while import jobs run one after another, heap and RSS sampled every 10 s. Passes when no request
# failed, every import job finished, and the live heap (a full collection at 2 minutes and at the end) and RSS end where
# they started (within SOAK_GROWTH_PCT).
#   src/test/bench/soak.sh [BASE_CABLES] [FEED_CABLES]   (default 20000 and 10000; build first: mvn -B package -DskipTests)
# Environment: SOAK_SECONDS (600), CONNECTIONS (32, for the maximum), SOAK_CONNECTIONS (1024), XMX (512m), SERVICE_OPTS (more JVM options for the service), BENCH_DIR (bench-data), BENCH_DB_PORT (3398),
# CABLEGATE_TOOLS (../shared/tools, where cablegate-csv.py is), CGROUP_MEMORY (e.g. 1G: the service runs in a memory
# cgroup with that limit and the Deployment's JVM options, -XX:MaxRAMPercentage=75 -XX:+ExitOnOutOfMemoryError, instead
# of XMX; the summary gives the cgroup's peak against 80 % of the limit and any OOM kill, and fails past it).
# The database is a MariaDB server of its own, started here from the embedded server's binaries, filled with
# BASE_CABLES synthetic cables by the import command; the imports during the soak add FEED_CABLES more (the rows that
# follow the base ones in the same synthetic dump, so no cable read by the clients changes), then import them again
# (unchanged) until the end. Output: BENCH_DIR/soak/ (wrk reports, samples.csv, summary.txt).
set -euo pipefail
cd "$(dirname "$0")/../../.."
. src/test/bench/bench-lib.sh
lua=$PWD/src/test/bench/random-paths.lua   # wrk script: random paths of $PATHS
n=${1:-20000}
m=${2:-10000}
seconds=${SOAK_SECONDS:-600}
connections=${CONNECTIONS:-32}
growth_pct=${SOAK_GROWTH_PCT:-15}
jar=target/quarkus-app/quarkus-run.jar
[ -f "$jar" ] || { echo "build first: mvn -B package -DskipTests" >&2; exit 2; }
command -v wrk >/dev/null || (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk >/dev/null)
bench=${BENCH_DIR:-bench-data}
mkdir -p "$bench/soak" && bench=$(cd "$bench" && pwd)
out="$bench/soak"
key=soak-key
tools=${CABLEGATE_TOOLS:-../shared/tools}

# --- Rows: BASE_CABLES for the database, the FEED_CABLES after them for the imports during the soak.
base_csv="$bench/scale-$n.csv"
full_csv="$bench/scale-$((n + m)).csv"
[ -s "$base_csv" ] || python3 "$tools/cablegate-csv.py" scale "$n" --seed 7 > "$base_csv"
[ -s "$full_csv" ] || python3 "$tools/cablegate-csv.py" scale "$((n + m))" --seed 7 > "$full_csv"
cmp -n "$(stat -L -c %s "$base_csv")" "$base_csv" "$full_csv" >/dev/null \
  || { echo "the synthetic dump is not deterministic: $base_csv is no prefix of $full_csv" >&2; exit 2; }
feed_csv="$out/feed.csv"
tail -c +"$(($(stat -L -c %s "$base_csv") + 1))" "$full_csv" > "$feed_csv"

# --- A MariaDB server of its own
port=${BENCH_DB_PORT:-3398}
datadir="$out/db"
start_mariadb "$bench" "$jar" "$datadir" "$port" "$out/db.sock" "$out/mariadbd.log"
service=
cleanup() {
  [ -n "$service" ] && kill "$service" 2>/dev/null && wait "$service" 2>/dev/null || true
  kill "$db" 2>/dev/null || true
  wait "$db" 2>/dev/null || true
}
trap cleanup EXIT
sql() { "$base/bin/mariadb" --no-defaults -uroot --socket="$out/db.sock" "$@"; }
for _ in $(seq 1 60); do sql -e 'SELECT 1' >/dev/null 2>&1 && break; sleep 1; done
sql -e 'CREATE DATABASE cables CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci'
url="jdbc:mariadb://localhost:$port/cables"
db_props=(-Dquarkus.datasource.jdbc.url="$url" -Dquarkus.datasource.username=root -Dquarkus.datasource.password=)

echo "importing $n base cables"
java -Xmx384m "${db_props[@]}" -Dcables.data-dir="$out/service-data" -Dquarkus.log.console.level=WARN \
  -jar "$jar" import "$base_csv" > "$out/base-import.log" 2>&1

# The load comes from one address: the per-client read limit (cables.rate-limit.*) is lifted so that the figures
# measure the service, not the limiter refusing the benchmark.
http=18090
# Health and metrics are on the management interface (quarkus.management.port), not on the API's port.
management=$((http + 2))
# In a memory cgroup as the Deployment runs it (k8s/api/deployment.yaml: its limit, JAVA_OPTS_APPEND's heap
# options), or with a fixed heap (-Xms = -Xmx: the heap does not grow during the run, so RSS shows what else grows).
# cgroup v1's memory controller where it is mounted, else v2's.
heap=(-Xms${XMX:-512m} -Xmx${XMX:-512m})
launch=()
cg=
if [ -n "${CGROUP_MEMORY:-}" ]; then
  limit=$(numfmt --from=iec "$CGROUP_MEMORY")
  if [ -d /sys/fs/cgroup/memory ]; then
    cg=/sys/fs/cgroup/memory/cablegate-soak-$$
    mkdir "$cg" && echo "$limit" > "$cg/memory.limit_in_bytes"
  else
    cg=/sys/fs/cgroup/cablegate-soak-$$
    mkdir "$cg" && echo "$limit" > "$cg/memory.max"
  fi
  heap=(-XX:MaxRAMPercentage=75 -XX:+ExitOnOutOfMemoryError)
  launch=(sh -c 'echo $$ > "$0/cgroup.procs" && exec "$@"' "$cg")
  echo "$limit" > "$out/cgroup.limit"
  trap 'cleanup; rmdir "$cg" 2>/dev/null || true' EXIT
fi
# The cgroup's memory in use, in MB: all of it (page cache included), and its working set as the kubelet counts it
# (without inactive file pages).
cgroup_usage() {
  if [ -z "$cg" ]; then echo "0,0"; return; fi
  if [ -f "$cg/memory.usage_in_bytes" ]; then
    awk -v u="$(cat "$cg/memory.usage_in_bytes")" '$1 == "total_inactive_file" {printf "%.1f,%.1f", u / 1048576, (u - $2) / 1048576}' "$cg/memory.stat"
  else
    awk -v u="$(cat "$cg/memory.current")" '$1 == "inactive_file" {printf "%.1f,%.1f", u / 1048576, (u - $2) / 1048576}' "$cg/memory.stat"
  fi
}
# shellcheck disable=SC2086 # SERVICE_OPTS: more JVM options for the service, split on spaces
"${launch[@]}" java "${heap[@]}" -Xlog:gc:file="$out/gc.log" ${SERVICE_OPTS:-} "${db_props[@]}" -Dcables.data-dir="$out/service-data" -Dquarkus.http.port=$http -Dquarkus.management.port=$management \
  -Dcables.import.samples-on-empty-database=false -Dcables.api-key=$key -Dquarkus.log.console.level=WARN \
  -Dcables.rate-limit.requests-per-second=1000000000 -Dcables.rate-limit.burst=1000000000 \
  -jar "$jar" > "$out/service.log" 2>&1 &
service=$!
for _ in $(seq 1 240); do curl -fs "localhost:$management/q/health/ready" >/dev/null 2>&1 && break; sleep 0.5; done
curl -fs "localhost:$management/q/health/ready" >/dev/null
wait_search_current "$management"

# --- Mixed reads over random cables of the base: paragraphs, posts, pages, search, whole cables.
python3 - "$http" "$out" <<'PY'
import json, random, sys, urllib.parse, urllib.request
port, out = int(sys.argv[1]), sys.argv[2]
random.seed(17)
cables, cursor = [], None
while len(cables) < 20000:
    page = json.load(urllib.request.urlopen(f"http://localhost:{port}/api/v1/cables?limit=100"
                                            + (f"&cursor={cursor}" if cursor else "")))
    cables += [(c["refId"], c["paragraphCount"]) for c in page["items"] if c["paragraphCount"] > 0]
    cursor = page.get("next")
    if not cursor:
        break
paths = []
for ref, count in random.sample(cables, min(600, len(cables))):
    numbers = [p["n"] for p in json.load(urllib.request.urlopen(f"http://localhost:{port}/api/v1/cables/{ref}/paragraphs"))]
    n = random.choice(numbers)
    paths += [f"/api/v1/cables/{ref}/paragraphs/{n}"] * 3
    paths += [f"/api/v1/cables/{ref}/paragraphs/{n}/snippet",
              f"/api/v1/cables/{ref}/paragraphs/{n}/snippet?network=mastodon",
              f"/c/{ref}/{n}", f"/c/{ref}", f"/api/v1/cables/{ref}"]
words = ["heroin", "nuclear", "election", "oil", "corruption", "visa", "refugees", "sanctions", "\"human rights\"",
         "missile defense", "wheat", "opium", "bank", "embassy", "minister", "border", "police", "gas", "trade", "army"]
paths += ["/api/v1/cables?limit=20&q=" + urllib.parse.quote(w) for w in words] * 20
# Every path once before the soak: a 404 here would be the list's fault, not the service's.
for p in set(paths):
    urllib.request.urlopen(f"http://localhost:{port}{p}").read()
random.shuffle(paths)
open(f"{out}/mixed.paths", "w").write("\n".join(paths) + "\n")
print(f"{len(paths)} paths over {len(cables)} cables")
PY
export PATHS="$out/mixed.paths"

# --- The maximum: warm-up, then 30 s flat out.
wrk -t2 -c$connections -d${WARMUP:-30s} -s "$lua" "http://localhost:$http" > /dev/null
wrk -t2 -c$connections -d30s --latency -s "$lua" "http://localhost:$http" > "$out/max.wrk"
max_rps=$(awk '/Requests\/sec/ {print $2}' "$out/max.wrk")
# Half of it, held at a constant rate (random-paths.lua paces each wrk thread as wrk2 would; wrk2 is not packaged
# here): many connections, so that a slow answer on some does not lower the rate of the others.
soak_connections=${SOAK_CONNECTIONS:-1024}
rate_per_thread=$(python3 -c "print(round($max_rps / 2 / 2))")
echo "maximum $max_rps req/s; soak at half: $((rate_per_thread * 2)) req/s over $soak_connections connections, ${seconds}s"

# --- Heap and RSS every 10 s: jstat's heap in use and old generation, the process's resident set.
sample() {
  local t=0
  echo "seconds,heap_used_mb,old_used_mb,rss_mb,full_gcs,heap_committed_mb,answers_over_1s,cgroup_mb,working_set_mb" > "$out/samples.csv"
  while kill -0 "$service" 2>/dev/null && [ "$t" -le "$seconds" ]; do
    local gc rss slow
    gc=$(jstat -gc "$service" | tail -1)
    rss=$(awk '/VmRSS/ {print $2}' /proc/$service/status)
    # Answers the service took over 1 s so far, all routes (+Inf bucket minus the 1 s one): when they happened.
    slow=$(curl -fsS "localhost:$management/q/metrics" 2>/dev/null | awk '/^http_server_requests_seconds_bucket/ {
        if ($0 ~ /le="\+Inf"/) all += $NF; else if ($0 ~ /le="1\.0"/) fast += $NF } END {print all - fast + 0}')
    echo "$gc" | awk -v t=$t -v rss=$rss -v slow="${slow:-0}" -v cgroup="$(cgroup_usage)" '{printf "%d,%.1f,%.1f,%.1f,%d,%.1f,%d,%s\n", t, ($3+$4+$6+$8)/1024, $8/1024, rss/1024, $15, ($1+$2+$5+$7)/1024, slow, cgroup}' \
      >> "$out/samples.csv"
    # What the heap holds alive, by a full collection after the warm-up minute and at the end.
    if [ "$t" -eq 120 ] || [ "$t" -eq "$seconds" ]; then
      jcmd "$service" GC.run >/dev/null 2>&1 || true
      jstat -gc "$service" | tail -1 | awk -v t=$t '{printf "%d,%.1f\n", t, $8/1024}' >> "$out/live.csv"
    fi
    sleep 10
    t=$((t + 10))
  done
}
: > "$out/live.csv"
sample &
sampler=$!

# --- Imports one after another for the whole soak: the feed's new cables first, then the same rows unchanged.
import_loop() {
  local deadline=$((SECONDS + seconds)) jobs=0 failed=0
  while [ $SECONDS -lt $deadline ]; do
    local location state=running
    # The Location is absolute, on the public base URL: its path, asked of this port.
    location=$(curl -fsS -D - -o /dev/null -H "Authorization: Bearer $key" -H 'Content-Type: text/csv' \
      --data-binary @"$feed_csv" "localhost:$http/api/v1/imports" | awk 'tolower($1) == "location:" {print $2}' \
      | tr -d '\r' | sed -E 's#^https?://[^/]+##') || true
    [ -n "$location" ] || { failed=$((failed + 1)); sleep 5; continue; }
    while [ "$state" = running ]; do
      sleep 2
      curl -fsS -H "Authorization: Bearer $key" "localhost:$http$location" -o "$out/job.json" || { state=lost; break; }
      state=$(python3 -c "import json; print(json.load(open('$out/job.json'))['state'])")
    done
    python3 -c "import json; j = json.load(open('$out/job.json')); print(j['state'], j['rowsDone'], 'created', j['created'], 'updated', j['updated'], 'unchanged', j['unchanged'], 'rejected', len(j['rejected']) if isinstance(j['rejected'], list) else j['rejected'])" >> "$out/imports.log"
    [ "$state" = done ] && jobs=$((jobs + 1)) || failed=$((failed + 1))
  done
  echo "$jobs $failed" > "$out/imports.result"
}
: > "$out/imports.log"
import_loop &
importer=$!

RATE_PER_THREAD=$rate_per_thread wrk -t2 -c$soak_connections -d${seconds}s --latency -s "$lua" "http://localhost:$http" > "$out/soak.wrk"
wait $importer || true
wait $sampler || true
# The service's own view: latency histograms per route (a wrk timeout the service never saw is a queue before it).
curl -fsS "localhost:$management/q/metrics" > "$out/metrics.txt" || true
if [ -n "$cg" ]; then
  # v1 keeps the count in memory.oom_control, v2 in memory.events; the other file is missing.
  { cat "$cg/memory.oom_control" 2>/dev/null || cat "$cg/memory.events" 2>/dev/null || true; } \
    | awk '$1 == "oom_kill" {s += $2} END {print s + 0}' > "$out/cgroup.oom_kills"
fi

python3 - "$out" "$max_rps" "$growth_pct" <<'PY'
import csv, re, sys
out, max_rps, growth = sys.argv[1], float(sys.argv[2]), float(sys.argv[3])
text = open(f"{out}/soak.wrk").read()
rps = float(re.search(r"Requests/sec:\s+([\d.]+)", text).group(1))
total = int(re.search(r"(\d+) requests in", text).group(1))
lat = dict(re.findall(r"^\s+(50|99)%\s+([\d.]+\w+)", text, re.M))
non2xx = re.search(r"Non-2xx or 3xx responses: (\d+)", text)
sock = re.search(r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)", text)
errors = (int(non2xx.group(1)) if non2xx else 0) + (sum(map(int, sock.groups())) if sock else 0)
jobs, failed = map(int, open(f"{out}/imports.result").read().split())
rows = list(csv.DictReader(open(f"{out}/samples.csv")))
# The first minute is warm-up (JIT, the heap growing to its working size); then the first and the last two minutes
# are compared: the old generation's floor (what survives collections) and the resident set.
warm = [r for r in rows if 60 <= int(r["seconds"]) <= int(rows[-1]["seconds"])]
first, last = warm[:12], warm[-12:]
lines = [
    f"maximum (30 s flat out): {max_rps:.0f} req/s",
    f"soak: {total} requests in {rows[-1]['seconds']} s at {rps:.0f} req/s (target {max_rps / 2:.0f}), "
    f"p50 {lat.get('50')}, p99 {lat.get('99')}, errors {errors}",
    f"imports: {jobs} jobs done, {failed} failed (first: {open(f'{out}/imports.log').read().strip().splitlines()[:1]})",
]
ok = errors == 0 and failed == 0 and jobs > 0
def mean(rs, k): return sum(float(r[k]) for r in rs) / len(rs)
def floor(rs, k): return min(float(r[k]) for r in rs)
for key, name, stat in [("old_used_mb", "old generation in use (lowest sample; G1 empties it only at mixed collections)", floor),
                        ("heap_used_mb", "heap in use (mean)", mean),
                        ("heap_committed_mb", "heap committed (mean)", mean),
                        ("rss_mb", "RSS (mean)", mean)]:
    if key not in rows[0]:
        continue
    a, b = stat(first, key), stat(last, key)
    peak = max(float(r[key]) for r in rows)
    lines.append(f"{name}: minutes 1-3 {a:.0f} MB, last 2 minutes {b:.0f} MB, peak {peak:.0f} MB")
    if key == "rss_mb" and b > a * (1 + growth / 100):
        ok = False
        lines.append(f"  grew more than {growth:.0f}%")
# Requests the service itself took over 1 s and over 2 s to answer, by route (its histogram's buckets).
slow = {}
try:
    for m in re.finditer(r'^http_server_requests_seconds_bucket\{(.*?)\} (\S+)$', open(f"{out}/metrics.txt").read(), re.M):
        tags = dict(re.findall(r'(\w+)="(.*?)"', m.group(1)))
        key = (tags.get("method"), tags.get("uri"))
        slow.setdefault(key, {})[tags.get("le")] = float(m.group(2))
except FileNotFoundError:
    pass
for (method, uri), buckets in sorted(slow.items()):
    total_r = buckets.get("+Inf", 0)
    over1, over2 = total_r - buckets.get("1.0", total_r), total_r - buckets.get("2.0", total_r)
    if over1 > 0:
        lines.append(f"  service-side over 1 s: {method} {uri}: {over1:.0f} (over 2 s: {over2:.0f}) of {total_r:.0f}")
pauses = [float(x) for x in re.findall(r"Pause.* ([\d.]+)ms$", open(f"{out}/gc.log").read(), re.M)] if __import__("os").path.exists(f"{out}/gc.log") else []
if pauses:
    lines.append(f"GC pauses: {len(pauses)}, longest {max(pauses):.0f} ms, total {sum(pauses) / 1000:.1f} s")
live = [line.split(",") for line in open(f"{out}/live.csv").read().split()]
if len(live) == 2:
    a, b = float(live[0][1]), float(live[1][1])
    lines.append(f"live heap after a full collection: {a:.0f} MB at {live[0][0]} s, {b:.0f} MB at {live[1][0]} s")
    if b > a * (1 + growth / 100):
        ok = False
        lines.append(f"  grew more than {growth:.0f}%")
limit_file = f"{out}/cgroup.limit"
if __import__("os").path.exists(limit_file):
    limit_mb = int(open(limit_file).read()) / 1048576
    peak_all = max(float(r["cgroup_mb"]) for r in rows)
    peak_ws = max(float(r["working_set_mb"]) for r in rows)
    peak_rss = max(float(r["rss_mb"]) for r in rows)
    oom = "OutOfMemoryError" in open(f"{out}/service.log", errors="replace").read() \
        or int(open(f"{out}/cgroup.oom_kills").read()) > 0
    lines.append(f"cgroup limit {limit_mb:.0f} MB: peak working set {peak_ws:.0f} MB ({peak_ws / limit_mb:.0%}), "
                 f"peak in use with page cache {peak_all:.0f} MB, peak RSS {peak_rss:.0f} MB; "
                 f"OutOfMemoryError or OOM kill: {'yes' if oom else 'no'}")
    if peak_ws > 0.8 * limit_mb or oom:
        ok = False
        lines.append("  over 80 % of the limit" if not oom else "  the JVM ran out of memory")
lines.append("PASS" if ok else "FAIL")
open(f"{out}/summary.txt", "w").write("\n".join(lines) + "\n")
print("\n".join(lines))
sys.exit(0 if ok else 1)
PY
