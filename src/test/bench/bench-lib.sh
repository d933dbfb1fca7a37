# Shared by the benchmark scripts (sourced, not run).

# A MariaDB server of the benchmark's own, from the binaries the embedded server uses (unpacked once by a short run of
# the service), started in the background with a fresh data directory:
#   start_mariadb BENCH_DIR JAR DATADIR PORT SOCKET LOG [more mariadbd options]
# Sets $base (the binaries) and $db (the server's pid).
start_mariadb() {
  local bench=$1 jar=$2 datadir=$3 port=$4 socket=$5 log=$6
  shift 6
  base="$bench/embedded/mariadb-base"
  if [ ! -x "$base/bin/mariadbd" ]; then
    CABLES_DATA_DIR="$bench/embedded" timeout 120 java -jar "$jar" import /dev/null >/dev/null 2>&1 || true
  fi
  export LD_LIBRARY_PATH="$base/libs${LD_LIBRARY_PATH:+:$LD_LIBRARY_PATH}"
  rm -rf "$datadir" && mkdir -p "$datadir"
  "$base/bin/mariadb-install-db" --no-defaults --basedir="$base" --datadir="$datadir" --user=root --force --skip-name-resolve --auth-root-authentication-method=normal >/dev/null 2>&1 \
    || "$base/scripts/mariadb-install-db" --no-defaults --basedir="$base" --datadir="$datadir" --user=root --force --skip-name-resolve --auth-root-authentication-method=normal >/dev/null
  "$base/bin/mariadbd" --no-defaults --basedir="$base" --datadir="$datadir" --port="$port" --socket="$socket" \
    --user=root --innodb-buffer-pool-size=512M --max-allowed-packet=64M \
    --character-set-server=utf8mb4 --collation-server=utf8mb4_unicode_ci "$@" > "$log" 2>&1 &
  db=$!
}

# Waits until the service on management port $1 has its search index whole: the import command leaves indexing to
# the service, which rebuilds an empty index in the background after it is ready (about 160 s at full size).
wait_search_current() {
  local port=$1
  for _ in $(seq 1 3600); do
    curl -fs "localhost:$port/q/health/ready" 2>/dev/null | grep -q '"state" *: *"rebuilding"' || return 0
    sleep 1
  done
  echo "the search index was still being rebuilt after an hour" >&2
  return 1
}
