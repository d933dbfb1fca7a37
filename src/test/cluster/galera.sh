#!/usr/bin/env bash
# A three-node MariaDB Galera cluster on this machine, from Debian's mariadb-server and galera-4, loopback only.
#
#   galera.sh start            install, bootstrap node 1, join nodes 2 and 3; prints the three SQL ports
#   galera.sh stop             stops every node cleanly
#   galera.sh kill N           SIGKILL node N (no shutdown, no goodbye to the group)
#   galera.sh shutdown N       stops node N cleanly (it leaves the group)
#   galera.sh restart N        starts node N again after kill or shutdown; it rejoins by IST (no snapshot); a node
#                              not synced after 120 s is stopped and started once more
#   galera.sh pause N / resume N   SIGSTOP / SIGCONT node N
#   galera.sh status           wsrep_cluster_size and wsrep_local_state_comment of each live node
#
# Environment: GALERA_DIR (default target/galera), GALERA_PORT (default 24000; node i uses PORT+10i .. PORT+10i+3
# for SQL, gcomm, IST and SST), GALERA_PASSWORD (the cablegate user's password, default a fixed test value).
# What works here and what does not (../shared/RECIPES.md): a state snapshot transfer to a joiner fails on these
# machines, so the joiners start from a copy of the bootstrapped node's data directory taken after a clean stop, and
# a node killed with SIGKILL comes back through --wsrep-recover and --wsrep-start-position (IST from a donor's gcache).
set -euo pipefail

dir=$(realpath -m "${GALERA_DIR:-target/galera}")
base=${GALERA_PORT:-24000}
password=${GALERA_PASSWORD:-cluster-test-password}
# Suspect a silent node after 3 s and drop it after 6 s (Galera's defaults: 5 s and 15 s): writes wait that long
# when a node freezes. k8s/database/mariadb.yaml sets the same.
provider_options="evs.suspect_timeout=PT3S;evs.inactive_timeout=PT6S;evs.inactive_check_period=PT1S;evs.keepalive_period=PT1S;gcache.size=512M;gcache.recover=yes"

sql_port() { echo $((base + 10 * $1)); }
gcomm_port() { echo $((base + 10 * $1 + 1)); }
ist_port() { echo $((base + 10 * $1 + 2)); }
sst_port() { echo $((base + 10 * $1 + 3)); }
datadir() { echo "$dir/node$1/data"; }
pidfile() { echo "$dir/node$1/mariadbd.pid"; }
socket() { echo "$dir/node$1/mariadbd.sock"; }

cluster_address() {
  echo "gcomm://127.0.0.1:$(gcomm_port 1),127.0.0.1:$(gcomm_port 2),127.0.0.1:$(gcomm_port 3)"
}

server_args() {
  local n=$1
  echo --no-defaults --user=root --datadir="$(datadir "$n")" --socket="$(socket "$n")" --pid-file="$(pidfile "$n")" \
    --port="$(sql_port "$n")" --bind-address=127.0.0.1 --skip-name-resolve \
    --log-error="$dir/node$n/error.log" --tmpdir="$dir/node$n/tmp" \
    --binlog-format=ROW --innodb-autoinc-lock-mode=2 --default-storage-engine=InnoDB \
    --innodb-buffer-pool-size=128M --innodb-log-file-size=64M --innodb-flush-log-at-trx-commit=2 \
    --max-allowed-packet=64M --max-connections=300 \
    --character-set-server=utf8mb4 --collation-server=utf8mb4_unicode_ci \
    --wsrep-on=ON --wsrep-provider=/usr/lib/galera/libgalera_smm.so \
    --wsrep-cluster-name=cablegate --wsrep-node-name="node$n" \
    --wsrep-node-address="127.0.0.1:$(gcomm_port "$n")" \
    --wsrep-sst-receive-address="127.0.0.1:$(sst_port "$n")" --wsrep-sst-method=rsyncroot
}

provider() {
  local n=$1
  echo "gmcast.listen_addr=tcp://127.0.0.1:$(gcomm_port "$n");ist.recv_addr=127.0.0.1:$(ist_port "$n");$provider_options"
}

client() {
  local n=$1; shift
  mariadb --no-defaults -uroot --connect-timeout=2 --socket="$(socket "$n")" "$@"
}

wait_synced() {
  local n=$1 deadline=$((SECONDS + ${2:-120}))
  while ((SECONDS < deadline)); do
    if ! launched "$n"; then
      echo "node $n exited; its log:" >&2
      tail -30 "$dir/node$n/error.log" >&2
      return 1
    fi
    local state
    state=$(client "$n" -N -e "SHOW STATUS LIKE 'wsrep_local_state_comment'" 2>/dev/null | cut -f2 || true)
    if [[ $state == Synced ]]; then
      return 0
    fi
    sleep 0.3
  done
  echo "node $n not synced after ${2:-120} s; its log:" >&2
  tail -30 "$dir/node$n/error.log" >&2
  return 1
}

# The pid of node N's server, or nothing. A pid file outlives its process, and pids are reused: a signal to the pid
# of a stopped node once stopped a node of another cluster on this machine (a clean "Normal shutdown" right after it
# synced). So the pid counts only while its process is a server of this node's data directory.
node_pid() {
  local pid
  pid=$(cat "$(pidfile "$1")" 2>/dev/null || true)
  if [[ -n $pid && -r /proc/$pid/cmdline ]] \
      && { tr '\0' ' ' <"/proc/$pid/cmdline"; } 2>/dev/null | grep -qF -- "--datadir=$(datadir "$1") "; then
    echo "$pid"
  fi
}

alive() {
  [[ -n $(node_pid "$1") ]]
}

# Right after launch: the process just started (its pid cannot have been reused yet), and may not have exec'd the
# server yet, so its command line is still this script's.
launched() {
  local pid
  pid=$(cat "$(pidfile "$1")" 2>/dev/null || true)
  [[ -n $pid ]] && kill -0 "$pid" 2>/dev/null
}

launch() {
  local n=$1; shift
  # shellcheck disable=SC2046
  PATH="$dir/bin:$PATH" nohup mariadbd $(server_args "$n") --wsrep-provider-options="$(provider "$n")" "$@" \
    >>"$dir/node$n/stdout.log" 2>&1 &
  echo $! >"$(pidfile "$n")"
}

stop_node() {
  local n=$1
  local pid
  pid=$(node_pid "$n")
  if [[ -n $pid ]]; then
    kill -CONT "$pid" 2>/dev/null || true
    kill -TERM "$pid"
    for _ in $(seq 1 600); do kill -0 "$pid" 2>/dev/null || return 0; sleep 0.1; done
    kill -KILL "$pid" 2>/dev/null || true
  fi
}

install() {
  if ! command -v mariadbd >/dev/null || [[ ! -f /usr/lib/galera/libgalera_smm.so ]]; then
    echo "mariadb-server and galera-4 are not installed (apt-get install mariadb-server galera-4 rsync)" >&2
    exit 3
  fi
  for n in 1 2 3; do stop_node "$n"; done
  rm -rf "$dir"
  mkdir -p "$dir/node1/tmp" "$dir/node2/tmp" "$dir/node3/tmp" "$dir/bin"
  # Even an incremental transfer (IST) runs the rsync SST script, whose rsync daemon, started as root, drops to
  # "nobody" and cannot enter a data directory of mode 0700 ("cannot stat destination: Permission denied"); the
  # server puts its own bin directory first in PATH, so a wrapper of rsync is never found. The nodes use a copy of
  # Debian's script, "rsyncroot", whose daemon stays the user the server runs as.
  sed "s/^use chroot = no\$/use chroot = no\\nuid = $(id -u)\\ngid = $(id -g)/" /usr/bin/wsrep_sst_rsync >"$dir/bin/wsrep_sst_rsyncroot"
  ln -sf /usr/bin/wsrep_sst_common "$dir/bin/wsrep_sst_common"
  chmod +x "$dir/bin/wsrep_sst_rsyncroot"
  mariadb-install-db --no-defaults --user=root --datadir="$(datadir 1)" --auth-root-authentication-method=socket \
    --skip-test-db >"$dir/node1/install.log" 2>&1
  launch 1 --wsrep-cluster-address=gcomm:// --wsrep-new-cluster
  wait_synced 1
  client 1 <<SQL
CREATE DATABASE cables CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
CREATE USER 'cablegate'@'127.0.0.1' IDENTIFIED BY '$password';
GRANT SELECT, INSERT, UPDATE, DELETE, CREATE, ALTER, DROP, INDEX, REFERENCES, CREATE TEMPORARY TABLES, LOCK TABLES
  ON cables.* TO 'cablegate'@'127.0.0.1';
SQL
  stop_node 1
  # Same cluster state on every node without a snapshot transfer: the joiners start from node 1's files. gvwstate.dat
  # names node 1's own identity in the group, which a copy must not claim.
  for n in 2 3; do
    cp -a "$(datadir 1)" "$(datadir "$n")"
    rm -f "$(datadir "$n")/gvwstate.dat"
  done
}

start() {
  install
  launch 1 --wsrep-cluster-address=gcomm:// --wsrep-new-cluster
  wait_synced 1
  for n in 2 3; do launch "$n" --wsrep-cluster-address="$(cluster_address)"; done
  for n in 2 3; do wait_synced "$n"; done
  for n in 1 2 3; do echo "node$n 127.0.0.1:$(sql_port "$n")"; done
}

restart() {
  local n=$1
  stop_node "$n"
  relaunch "$n"
  if wait_synced "$n" "${FIRST_WAIT_SECONDS:-120}"; then
    return 0
  fi
  # A joiner has been seen to stay in a non-primary view, silent, while the other two nodes went on in the primary
  # component (CI, a node stopped cleanly and started 3 s later). Galera's own answer is a restart of the joiner, which
  # is what the liveness probe of k8s/database does; the test records that it happened.
  echo "node $n: not synced after ${FIRST_WAIT_SECONDS:-120} s, stopped and started again (as a liveness probe would)"
  stop_node "$n"
  relaunch "$n"
  wait_synced "$n" "${WAIT_SECONDS:-180}"
}

relaunch() {
  local n=$1
  # A node that did not stop cleanly has seqno -1 in grastate.dat: recover its position from InnoDB, then ask a donor
  # for the rest (IST) instead of a whole snapshot.
  local position
  if grep -q '^seqno: *-1' "$(datadir "$n")/grastate.dat" 2>/dev/null; then
    # Only the position is wanted: once the recovery has logged it, the process is killed. Left to exit by itself it
    # once spent 10.7 min after logging it (rolling back the killed node's open batch on a loaded machine, deaf to
    # SIGTERM), and in a soak it found a damaged table definition (cable.frm) and never exited.
    local log="$dir/node$n/error.log" before recover
    before=$(grep -c 'Recovered position: ' "$log" 2>/dev/null || true)
    # shellcheck disable=SC2046
    mariadbd $(server_args "$n") --wsrep-provider-options="$(provider "$n")" \
      --wsrep-cluster-address="$(cluster_address)" --wsrep-recover >/dev/null 2>&1 &
    recover=$!
    for _ in $(seq 1 240); do
      [ "$(grep -c 'Recovered position: ' "$log" 2>/dev/null || true)" -gt "${before:-0}" ] && break
      kill -0 "$recover" 2>/dev/null || break
      sleep 0.5
    done
    kill -9 "$recover" 2>/dev/null || true
    wait "$recover" 2>/dev/null || true
    position=$(grep -o 'Recovered position: [^ ]*' "$log" | tail -1 | cut -d' ' -f3)
    launch "$n" --wsrep-cluster-address="$(cluster_address)" --wsrep-start-position="$position"
  else
    launch "$n" --wsrep-cluster-address="$(cluster_address)"
  fi
}

status() {
  for n in 1 2 3; do
    if alive "$n"; then
      echo "node$n $(client "$n" -N -e "SELECT VARIABLE_VALUE FROM information_schema.GLOBAL_STATUS WHERE VARIABLE_NAME IN ('WSREP_CLUSTER_SIZE','WSREP_LOCAL_STATE_COMMENT') ORDER BY VARIABLE_NAME" 2>/dev/null | tr '\n' ' ')"
    else
      echo "node$n down"
    fi
  done
}

case "${1:-}" in
  start) start ;;
  stop) for n in 3 2 1; do stop_node "$n"; done ;;
  kill) kill -KILL "$(node_pid "$2")" ;;
  shutdown) stop_node "$2" ;;
  restart) restart "$2" ;;
  pause) kill -STOP "$(node_pid "$2")" ;;
  resume) kill -CONT "$(node_pid "$2")" ;;
  status) status ;;
  port) sql_port "$2" ;;
  *) echo "usage: $0 start|stop|kill N|shutdown N|restart N|pause N|resume N|status|port N" >&2; exit 2 ;;
esac
