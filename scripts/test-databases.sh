#!/usr/bin/env bash
# Throwaway PostgreSQL and MariaDB servers on 127.0.0.1 for the provider tests (no systemd, no Docker).
#
#   scripts/test-databases.sh start    install what is missing (apt-get), create and start both servers
#   scripts/test-databases.sh env      print the export lines for AUTH_TEST_POSTGRES and AUTH_TEST_MYSQL
#   scripts/test-databases.sh stop     stop both servers (the data stays for the next start)
#   scripts/test-databases.sh status   say which servers run
#   scripts/test-databases.sh clean    stop and delete the data
#
# Typical use:  scripts/test-databases.sh start && eval "$(scripts/test-databases.sh env)" && dotnet test Auth.sln
#
# Data, sockets, logs and the generated password live under .test-databases/ in the repository (git-ignored).
# Ports: AUTH_TEST_POSTGRES_PORT (default 55432) and AUTH_TEST_MYSQL_PORT (default 53306), read at start and
# remembered for env/stop. Every command is idempotent: start on running servers only checks them.
# Installing packages and running PostgreSQL as the postgres user (runuser) need root; as another user the
# binaries must already be installed and the servers run as that user.
set -euo pipefail

repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
state="$repo/.test-databases"
pg_data="$state/postgres"
my_data="$state/mariadb"
db_user=auth

log() { printf 'test-databases: %s\n' "$*" >&2; }
die() { log "$*"; exit 1; }

as_root() { [ "$(id -u)" -eq 0 ]; }

# ---------------------------------------------------------------------------------------------------- packages

# apt-get install, refreshing the package lists first when apt does not know the package yet.
apt_install() {
  as_root || die "$1 is not installed and installing it needs root (apt-get install $1)."
  command -v apt-get >/dev/null || die "$1 is not installed and there is no apt-get to install it."
  if ! apt-cache show "$1" >/dev/null 2>&1 || [ -z "$(apt-cache policy "$1" | awk '/Candidate:/ && $2 != "(none)"')" ]; then
    log "apt-get update (apt does not know $1 yet)"
    DEBIAN_FRONTEND=noninteractive apt-get update -qq >/dev/null
  fi
  log "apt-get install $1"
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$1" >/dev/null
}

pg_bin() {
  local bin
  bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
  if [ -z "$bin" ]; then
    apt_install postgresql
    bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
  fi
  [ -x "$bin/pg_ctl" ] || die "no PostgreSQL binaries under /usr/lib/postgresql/*/bin"
  printf '%s\n' "$bin"
}

mariadbd_bin() {
  local bin
  bin=$(command -v mariadbd || true)
  [ -n "$bin" ] || [ ! -x /usr/sbin/mariadbd ] || bin=/usr/sbin/mariadbd
  if [ -z "$bin" ]; then
    apt_install mariadb-server
    bin=$(command -v mariadbd || echo /usr/sbin/mariadbd)
  fi
  [ -x "$bin" ] || die "mariadbd not found after installing mariadb-server"
  printf '%s\n' "$bin"
}

# ---------------------------------------------------------------------------------------------------- secrets

# One random password for both servers, generated on first start and kept with the data.
password() {
  if [ ! -s "$state/password" ]; then
    mkdir -p "$state"
    (umask 077 && od -An -N18 -tx1 /dev/urandom | tr -d ' \n' >"$state/password")
  fi
  cat "$state/password"
}

remembered_port() { # name default
  if [ -s "$state/$1.port" ]; then cat "$state/$1.port"; else printf '%s\n' "$2"; fi
}

# ---------------------------------------------------------------------------------------------------- PostgreSQL

# PostgreSQL refuses to run as root: as root it runs as the postgres user, which must be able to reach the data
# folder (root creates it and hands it over). When the repository sits below a folder that user cannot enter
# (mktemp -d makes 0700 folders), the data goes to a folder of its own under /tmp and .test-databases/postgres
# points to it.
pg_prepare_dir() {
  as_root || { mkdir -p "$pg_data"; return; }
  id postgres >/dev/null 2>&1 || useradd --system --home-dir /var/lib/postgresql --shell /bin/bash postgres
  mkdir -p "$state"
  if [ ! -e "$pg_data" ]; then
    if (cd / && runuser -u postgres -- test -x "$state") 2>/dev/null; then
      mkdir "$pg_data"
    else
      local outside
      outside="/tmp/auth-test-databases-$(printf '%s' "$repo" | sha256sum | cut -c1-12)/postgres"
      mkdir -p "$outside"
      chown postgres: "$(dirname "$outside")"
      ln -sfn "$outside" "$pg_data"
    fi
  fi
  chown -R postgres: "$(readlink -f "$pg_data")"
  chmod 700 "$(readlink -f "$pg_data")"
}

pg_run() { # command...: as postgres when root (from /, which it can enter), else as is
  if as_root; then (cd / && runuser -u postgres -- "$@"); else "$@"; fi
}

pg_running() { [ -e "$pg_data/PG_VERSION" ] && pg_run "$(pg_bin)/pg_ctl" -D "$(readlink -f "$pg_data")" status >/dev/null 2>&1; }

pg_start() {
  local bin data port pw
  bin=$(pg_bin)
  port=${AUTH_TEST_POSTGRES_PORT:-$(remembered_port postgres 55432)}
  pw=$(password)
  pg_prepare_dir
  data=$(readlink -f "$pg_data")
  if [ ! -s "$data/PG_VERSION" ]; then
    log "initdb $pg_data"
    pg_run "$bin/initdb" -D "$data" -U postgres --auth-local=trust --auth-host=scram-sha-256 \
      --encoding=UTF8 --locale=C.UTF-8 >"$state/postgres-initdb.log" 2>&1 \
      || { cat "$state/postgres-initdb.log" >&2; die "initdb failed"; }
  fi
  if pg_running; then
    port=$(remembered_port postgres 55432)
    log "PostgreSQL already runs on 127.0.0.1:$port"
  else
    log "starting PostgreSQL on 127.0.0.1:$port"
    # fsync and friends off: throwaway data, and test databases are created and dropped by the hundred.
    pg_run "$bin/pg_ctl" -D "$data" -l "$data/server.log" -w -t 60 -o \
      "-c listen_addresses=127.0.0.1 -p $port -k $data -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=300" \
      start >/dev/null || { tail -n 20 "$data/server.log" >&2; die "PostgreSQL did not start (port $port taken? set AUTH_TEST_POSTGRES_PORT)"; }
    printf '%s\n' "$port" >"$state/postgres.port"
  fi
  # The tests' role: may log in over TCP with the password and create (and so drop) its databases. pg_signal_backend
  # lets DROP DATABASE ... WITH (FORCE) end an autovacuum worker that happens to be in the dropped database (without
  # it the drop fails with 42501 now and then).
  pg_run "$bin/psql" -h "$data" -p "$port" -U postgres -d postgres -v ON_ERROR_STOP=1 -qAt -v pw="$pw" -v role="$db_user" \
    >/dev/null <<'SQL'
SELECT format('CREATE ROLE %I LOGIN CREATEDB', :'role') WHERE NOT EXISTS (SELECT FROM pg_roles WHERE rolname = :'role')
\gexec
SELECT format('ALTER ROLE %I WITH LOGIN CREATEDB PASSWORD %L', :'role', :'pw')
\gexec
SELECT format('GRANT pg_signal_backend TO %I', :'role')
\gexec
SQL
}

pg_stop() {
  if pg_running; then
    log "stopping PostgreSQL"
    pg_run "$(pg_bin)/pg_ctl" -D "$(readlink -f "$pg_data")" -m fast -w -t 60 stop >/dev/null
  fi
}

# ---------------------------------------------------------------------------------------------------- MariaDB

my_pid() { [ -s "$my_data/mariadb.pid" ] && cat "$my_data/mariadb.pid"; }

my_running() { local pid; pid=$(my_pid) && [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; }

my_client() { # as the server's root over its socket
  local client
  client=$(command -v mariadb || command -v mysql) || die "no mariadb client"
  "$client" --no-defaults --protocol=socket --socket="$my_data/mariadb.sock" -uroot "$@"
}

my_start() {
  local bin port pw user
  bin=$(mariadbd_bin)
  port=${AUTH_TEST_MYSQL_PORT:-$(remembered_port mariadb 53306)}
  pw=$(password)
  user=$(id -un)
  mkdir -p "$my_data"
  if [ ! -d "$my_data/mysql" ]; then
    log "mariadb-install-db $my_data"
    "$(command -v mariadb-install-db || echo /usr/bin/mariadb-install-db)" --no-defaults --datadir="$my_data" \
      --user="$user" --auth-root-authentication-method=normal --skip-test-db >"$state/mariadb-install.log" 2>&1 \
      || { cat "$state/mariadb-install.log" >&2; die "mariadb-install-db failed"; }
  fi
  if my_running; then
    port=$(remembered_port mariadb 53306)
    log "MariaDB already runs on 127.0.0.1:$port"
  else
    log "starting MariaDB on 127.0.0.1:$port"
    rm -f "$my_data/mariadb.sock" "$my_data/mariadb.pid"
    # Durability off for the same reason as PostgreSQL; setsid keeps the server alive after this script.
    setsid "$bin" --no-defaults --datadir="$my_data" --socket="$my_data/mariadb.sock" --port="$port" \
      --bind-address=127.0.0.1 --user="$user" --pid-file="$my_data/mariadb.pid" --log-error="$my_data/error.log" \
      --skip-log-bin --innodb-flush-log-at-trx-commit=0 --innodb-doublewrite=0 --max-connections=1000 \
      </dev/null >/dev/null 2>&1 &
    local i
    for i in $(seq 1 120); do
      if my_client -e 'SELECT 1' >/dev/null 2>&1; then break; fi
      if ! kill -0 $! 2>/dev/null; then tail -n 20 "$my_data/error.log" >&2; die "MariaDB did not start (port $port taken? set AUTH_TEST_MYSQL_PORT)"; fi
      sleep 0.25
    done
    my_client -e 'SELECT 1' >/dev/null 2>&1 || { tail -n 20 "$my_data/error.log" >&2; die "MariaDB did not answer within 30 s"; }
    printf '%s\n' "$port" >"$state/mariadb.port"
  fi
  # The tests' user: password over TCP, may create and drop databases.
  my_client <<SQL
CREATE USER IF NOT EXISTS '$db_user'@'127.0.0.1' IDENTIFIED BY '$pw';
ALTER USER '$db_user'@'127.0.0.1' IDENTIFIED BY '$pw';
GRANT ALL PRIVILEGES ON *.* TO '$db_user'@'127.0.0.1';
SQL
}

my_stop() {
  if my_running; then
    local pid i
    pid=$(my_pid)
    log "stopping MariaDB"
    kill "$pid"
    for i in $(seq 1 240); do kill -0 "$pid" 2>/dev/null || break; sleep 0.25; done
    if kill -0 "$pid" 2>/dev/null; then log "MariaDB did not stop within 60 s; killing it"; kill -9 "$pid"; fi
  fi
  rm -f "$my_data/mariadb.pid"
}

# ---------------------------------------------------------------------------------------------------- commands

print_env() {
  local pw status=0
  pw=$(password)
  if pg_running; then
    printf "export AUTH_TEST_POSTGRES='Host=127.0.0.1;Port=%s;Username=%s;Password=%s;Database=postgres'\n" \
      "$(remembered_port postgres 55432)" "$db_user" "$pw"
  else
    log "PostgreSQL is not running (scripts/test-databases.sh start)"; status=1
  fi
  if my_running; then
    printf "export AUTH_TEST_MYSQL='Server=127.0.0.1;Port=%s;User ID=%s;Password=%s'\n" \
      "$(remembered_port mariadb 53306)" "$db_user" "$pw"
  else
    log "MariaDB is not running (scripts/test-databases.sh start)"; status=1
  fi
  return "$status"
}

case "${1:-}" in
  start) pg_start; my_start ;;
  stop) pg_stop; my_stop ;;
  env) print_env ;;
  status)
    if pg_running; then echo "postgres: running on 127.0.0.1:$(remembered_port postgres 55432)"; else echo "postgres: stopped"; fi
    if my_running; then echo "mariadb: running on 127.0.0.1:$(remembered_port mariadb 53306)"; else echo "mariadb: stopped"; fi ;;
  clean)
    pg_stop; my_stop
    if [ -L "$pg_data" ]; then rm -rf "$(dirname "$(readlink -f "$pg_data")")"; fi
    rm -rf "$state" ;;
  *) echo "usage: $0 start|stop|env|status|clean" >&2; exit 2 ;;
esac
