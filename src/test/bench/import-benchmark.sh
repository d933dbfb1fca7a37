#!/usr/bin/env bash
# Bulk import against its limit, in one run on one MariaDB server:
#   1. `java -jar quarkus-run.jar import FILE` of N synthetic cables (real headers and paragraphs, ../shared/tools),
#      parse + facts + writes, against a MariaDB server started here (the embedded server's own binaries);
#   2. the same rows that import wrote (cables, paragraphs, tags, references, recipients, facts), dumped to files and
#      loaded by MariaDB's LOAD DATA INFILE into an empty copy of the schema: the fastest the server can take them.
# Prints cables/s and MB/s of both and their ratio, the import's peak RSS, and the database size.
#   src/test/bench/import-benchmark.sh [N] [XMX]   (default 20000 and 384m; build first: mvn -B package -DskipTests)
set -euo pipefail
cd "$(dirname "$0")/../../.."
. src/test/bench/bench-lib.sh
n=${1:-20000}
xmx=${2:-384m}
jar=target/quarkus-app/quarkus-run.jar
bench=${BENCH_DIR:-bench-data}
mkdir -p "$bench"
bench=$(cd "$bench" && pwd)
csv="$bench/scale-$n.csv"
[ -s "$csv" ] || python3 ../shared/tools/cablegate-csv.py scale "$n" --seed 7 > "$csv"
bytes=$(stat -L -c %s "$csv")

port=${BENCH_DB_PORT:-3399}
datadir="$bench/import-db"
start_mariadb "$bench" "$jar" "$datadir" "$port" "$bench/db.sock" "$bench/mariadbd.log" --secure-file-priv=""
[ -n "${KEEP_DB:-}" ] || trap 'kill $db 2>/dev/null || true; wait $db 2>/dev/null || true' EXIT
sql() { "$base/bin/mariadb" --no-defaults -uroot --socket="$bench/db.sock" "$@"; }
for _ in $(seq 1 60); do sql -e 'SELECT 1' >/dev/null 2>&1 && break; sleep 1; done
sql -e 'CREATE DATABASE cables CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci; CREATE DATABASE limit_copy CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci'

# 1. The import command, with its peak RSS.
url="jdbc:mariadb://localhost:$port/cables"
rm -rf "$bench/service-data"   # the search index lives here; read-benchmark.sh serves from it
# IMPORT_OPTS: more JVM options for the command (-Dcables.search.index-writes=true: index here as well)
db_cpu() { awk '{print $14 + $15}' "/proc/$db/stat"; }   # the server's CPU so far, in clock ticks
db_before=$(db_cpu)
/usr/bin/time -f '%M %U %S' -o "$bench/import.rss" java -Xmx"$xmx" ${IMPORT_OPTS:-} -Dquarkus.datasource.jdbc.url="$url" \
  -Dquarkus.datasource.username=root -Dquarkus.datasource.password= -Dcables.data-dir="$bench/service-data" \
  -jar "$jar" import "$csv" > "$bench/import.log" 2>&1
db_after=$(db_cpu)
tail -3 "$bench/import.log"
read -r rss_kb user_s sys_s < <(tail -1 "$bench/import.rss")
db_cpu_s=$(echo "($db_after - $db_before) / $(getconf CLK_TCK)" | bc -l)
import_seconds=$(grep -o 'Done in [0-9]*m[0-9]*s' "$bench/import.log" | sed -E 's/Done in ([0-9]+)m([0-9]+)s/\1*60+\2/' | bc)

# 2. LOAD DATA of the same rows into an empty copy of the schema (same tables, same indexes).
dump="$bench/load-data"
rm -rf "$dump" && mkdir -p "$dump"
tables="cable cable_recipient cable_tag cable_reference paragraph fact"
for t in $tables; do
  sql cables -e "SELECT * FROM $t INTO OUTFILE '$dump/$t.tsv'"
done
"$base/bin/mariadb-dump" --no-defaults -uroot --socket="$bench/db.sock" --no-data cables | sql limit_copy
start=$(date +%s.%N)
for t in $tables; do
  sql limit_copy -e "SET foreign_key_checks=1; LOAD DATA INFILE '$dump/$t.tsv' INTO TABLE $t"
done
end=$(date +%s.%N)
load_seconds=$(echo "$end - $start" | bc)

cables=$(sql -N cables -e 'SELECT COUNT(*) FROM cable')
paragraphs=$(sql -N cables -e 'SELECT COUNT(*) FROM paragraph')
facts=$(sql -N cables -e 'SELECT COUNT(*) FROM fact')
python3 - "$cables" "$paragraphs" "$facts" "$bytes" "$import_seconds" "$load_seconds" "$rss_kb" "$xmx" "$user_s" "$sys_s" "$db_cpu_s" <<'PY'
import sys
cables, paragraphs, facts, size = (int(x) for x in sys.argv[1:5])
imp, load, rss_kb, xmx = float(sys.argv[5]), float(sys.argv[6]), int(sys.argv[7]), sys.argv[8]
jvm_cpu, db_cpu = float(sys.argv[9]) + float(sys.argv[10]), float(sys.argv[11])
print(f"rows: {cables} cables, {paragraphs} paragraphs, {facts} facts, {size / 1e6:.0f} MB of CSV")
print(f"import command: {imp:.0f} s = {cables / imp:.0f} cables/s, {size / imp / 1e6:.2f} MB/s (parse, facts, writes); peak RSS {rss_kb / 1024:.0f} MiB at -Xmx{xmx}")
print(f"CPU during the import: the command {jvm_cpu:.0f} s (with its start), MariaDB {db_cpu:.0f} s")
print(f"LOAD DATA of the same rows: {load:.1f} s = {cables / load:.0f} cables/s")
print(f"ratio import / LOAD DATA: {load / imp:.2f}")
PY
du -sh "$datadir" | sed 's/^/database size (both copies): /'
[ -n "${KEEP_DB:-}" ] && echo "database left running: jdbc:mariadb://localhost:$port/cables (mariadbd pid $db)"
