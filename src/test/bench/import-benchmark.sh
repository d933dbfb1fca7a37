#!/usr/bin/env bash
# Import throughput, end to end: N synthetic cables (real headers and paragraphs, see ../shared/tools) posted as
# text/csv to a freshly started service on its embedded MariaDB. Prints cables/s and the database's size.
#   src/test/bench/import-benchmark.sh [N]      (default 5000; build first: mvn -B package -DskipTests)
set -euo pipefail
cd "$(dirname "$0")/../../.."
n=${1:-5000}
work=$(mktemp -d)
trap 'kill $pid 2>/dev/null || true; wait $pid 2>/dev/null || true; rm -rf "$work"' EXIT

python3 ../shared/tools/cablegate-csv.py scale "$n" --seed 7 > "$work/cables.csv"
port=18089
CABLES_DATA_DIR="$work/data" CABLES_API_KEY=bench CABLES_IMPORT_SAMPLES_ON_EMPTY_DATABASE=false \
  QUARKUS_HTTP_PORT=$port java -Xmx1g -jar target/quarkus-app/quarkus-run.jar > "$work/service.log" 2>&1 &
pid=$!
for _ in $(seq 1 120); do
  curl -fs "localhost:$port/q/health/ready" >/dev/null 2>&1 && break
  sleep 1
done
bytes=$(stat -c %s "$work/cables.csv")
start=$(date +%s.%N)
curl -fs -X POST -H 'Authorization: Bearer bench' -H 'Content-Type: text/csv' \
  --data-binary @"$work/cables.csv" "localhost:$port/api/v1/cables" > "$work/report.json"
end=$(date +%s.%N)
python3 - "$work/report.json" "$start" "$end" "$bytes" "$n" <<'PY'
import json, sys
report = json.load(open(sys.argv[1]))
seconds = float(sys.argv[3]) - float(sys.argv[2])
print(f"cables={sys.argv[5]} bytes={sys.argv[4]} seconds={seconds:.1f} "
      f"cables/s={int(sys.argv[5]) / seconds:.0f} MB/s={int(sys.argv[4]) / seconds / 1e6:.2f} "
      f"created={report['created']} rejected={report['rejected']}")
PY
du -sh "$work/data/mariadb" | sed 's/^/database size: /'
# Where the time goes, from the service's own timers (/q/metrics): fact extraction against the whole import.
curl -fs "localhost:$port/q/metrics" | python3 -c '
import sys
values = {}
for line in sys.stdin:
    if line.startswith(("cables_import_seconds_sum", "cables_import_seconds_count", "cables_facts_extraction_seconds_sum")):
        name, value = line.split()[0].split("{")[0], float(line.split()[-1])
        values[name] = value
imp, n, facts = values["cables_import_seconds_sum"], values["cables_import_seconds_count"], values["cables_facts_extraction_seconds_sum"]
print(f"import: {imp / n * 1000:.2f} ms per cable; fact extraction: {facts / n * 1000:.2f} ms per cable = {100 * facts / imp:.1f}% of import time")
'
