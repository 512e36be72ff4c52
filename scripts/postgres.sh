#!/usr/bin/env bash
# Installs (if missing) and starts a local PostgreSQL cluster for the tests, and makes sure the role
# digitize_test exists with a password generated here (kept in .test-secrets/, mode 600, reused by reruns).
# Prints one line on standard output, so that a caller can:  source <(bash scripts/postgres.sh)
#   export DIGITIZE_TEST_POSTGRES='Host=127.0.0.1;Port=5432;Username=digitize_test;Password=…;Database=postgres'
# The same line is written to .test-secrets/postgres.env. Everything else goes to standard error.
# Runs as root (Debian 12: PostgreSQL 15, cluster "main"); safe to run again.
set -euo pipefail
cd "$(dirname "$0")/.."

log() { echo "postgres.sh: $*" >&2; }
as_postgres() { (cd / && runuser -u postgres -- "$@"); }

if [ "$(id -u)" -ne 0 ]; then
  log "must run as root (it installs and starts PostgreSQL)"; exit 1
fi

if ! command -v pg_ctlcluster >/dev/null 2>&1 || ! ls /usr/lib/postgresql/*/bin/postgres >/dev/null 2>&1; then
  log "installing the Debian package postgresql"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >&2
  apt-get install -y -qq postgresql >&2
fi

version=$(ls /usr/lib/postgresql | sort -V | tail -n 1)
cluster=main
if ! pg_lsclusters -h | awk -v v="$version" -v c="$cluster" '$1 == v && $2 == c { found = 1 } END { exit !found }'; then
  log "creating cluster $version/$cluster"
  pg_createcluster "$version" "$cluster" >&2
fi

# Local connections only: a drop-in file in the cluster's conf.d (read after postgresql.conf).
conf_dir=$(dirname "$(pg_conftool -s "$version" "$cluster" show config_file 2>/dev/null || echo "/etc/postgresql/$version/$cluster/postgresql.conf")")
dropin="$conf_dir/conf.d/digitize-test.conf"
wanted="listen_addresses = '127.0.0.1'"
if [ "$(cat "$dropin" 2>/dev/null || true)" != "$wanted" ]; then
  mkdir -p "$conf_dir/conf.d"
  echo "$wanted" >"$dropin"
  chown postgres:postgres "$dropin"
  if pg_lsclusters -h | awk -v v="$version" -v c="$cluster" '$1 == v && $2 == c && $4 == "online" { found = 1 } END { exit !found }'; then
    pg_ctlcluster "$version" "$cluster" restart >&2
  fi
fi

if ! pg_lsclusters -h | awk -v v="$version" -v c="$cluster" '$1 == v && $2 == c && $4 == "online" { found = 1 } END { exit !found }'; then
  log "starting cluster $version/$cluster"
  pg_ctlcluster "$version" "$cluster" start >&2
fi
port=$(pg_lsclusters -h | awk -v v="$version" -v c="$cluster" '$1 == v && $2 == c { print $3 }')

for _ in $(seq 1 60); do
  pg_isready -q -h 127.0.0.1 -p "$port" && break
  sleep 0.5
done
pg_isready -q -h 127.0.0.1 -p "$port" || { log "PostgreSQL did not become ready on 127.0.0.1:$port"; exit 1; }

# The password: generated on the first run, reused afterwards, regenerated if the file is gone.
secrets=.test-secrets
mkdir -p "$secrets"
chmod 700 "$secrets"
password_file="$secrets/postgres.password"
if [ ! -s "$password_file" ]; then
  # (tr ends on SIGPIPE once head has its 32 characters: not an error here)
  (umask 077; set +o pipefail; LC_ALL=C tr -dc 'A-Za-z0-9' </dev/urandom | head -c 32 >"$password_file")
fi
chmod 600 "$password_file"
password=$(cat "$password_file")

# The password is alphanumeric, so it can be quoted in SQL as is; it goes through standard input, not argv.
as_postgres psql -q -X -v ON_ERROR_STOP=1 -p "$port" -d postgres >/dev/null <<SQL
DO \$\$
BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'digitize_test') THEN
    CREATE ROLE digitize_test;
  END IF;
END
\$\$;
ALTER ROLE digitize_test WITH LOGIN CREATEDB NOSUPERUSER PASSWORD '$password';
SQL

line="export DIGITIZE_TEST_POSTGRES='Host=127.0.0.1;Port=$port;Username=digitize_test;Password=$password;Database=postgres'"
(umask 077; echo "$line" >"$secrets/postgres.env")
chmod 600 "$secrets/postgres.env"
log "PostgreSQL $version/$cluster ready on 127.0.0.1:$port (role digitize_test; connection in $secrets/postgres.env)"
echo "$line"
