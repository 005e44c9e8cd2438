#!/usr/bin/env bash
# Starts (or stops) throwaway PostgreSQL 15 and Redis servers on 127.0.0.1 in a temporary folder, for the tests of
# the scale-out backends. No systemd: both run as background processes of their own.
#   source scripts/services.sh start   # exports TIDINGS_TEST_PG and TIDINGS_TEST_REDIS
#   scripts/services.sh stop
set -u
STATE=${TIDINGS_SERVICES_DIR:-/tmp/tidings-services}
PG_PORT=${TIDINGS_PG_PORT:-55433}
REDIS_PORT=${TIDINGS_REDIS_PORT:-63799}
PG_BIN=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)

install_missing() {
  local need=()
  [ -n "$PG_BIN" ] || need+=(postgresql)
  command -v redis-server >/dev/null || need+=(redis-server)
  if [ ${#need[@]} -gt 0 ]; then
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}" >/dev/null
    PG_BIN=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
  fi
}

start() {
  install_missing
  mkdir -p "$STATE"
  if [ ! -f "$STATE/pg/PG_VERSION" ]; then
    mkdir -p "$STATE/pg" && chown postgres "$STATE" "$STATE/pg"
    su postgres -c "$PG_BIN/initdb -D $STATE/pg -U postgres --auth=trust -E UTF8 >/dev/null"
  fi
  chown postgres "$STATE"
  if ! su postgres -c "$PG_BIN/pg_ctl -D $STATE/pg status" >/dev/null 2>&1; then
    su postgres -c "$PG_BIN/pg_ctl -D $STATE/pg -l $STATE/pg.log -o '-h 127.0.0.1 -p $PG_PORT -k $STATE -c fsync=off' -w start >/dev/null" ||
      { echo "services: PostgreSQL did not start; see $STATE/pg.log" >&2; tail -5 "$STATE/pg.log" >&2; return 1; }
  fi
  su postgres -c "$PG_BIN/psql -h 127.0.0.1 -p $PG_PORT -U postgres -tc \"SELECT 1 FROM pg_database WHERE datname='tidings_test'\"" | grep -q 1 ||
    su postgres -c "$PG_BIN/createdb -h 127.0.0.1 -p $PG_PORT -U postgres tidings_test"
  redis-server --port "$REDIS_PORT" --bind 127.0.0.1 --daemonize yes --dir "$STATE" --save '' --appendonly no \
    --pidfile "$STATE/redis.pid" --logfile "$STATE/redis.log"
  for _ in $(seq 50); do redis-cli -p "$REDIS_PORT" ping >/dev/null 2>&1 && break; sleep 0.1; done
  export TIDINGS_TEST_PG="postgres://postgres@127.0.0.1:$PG_PORT/tidings_test"
  export TIDINGS_TEST_REDIS="redis://127.0.0.1:$REDIS_PORT"
  export TIDINGS_TEST_PG_CTL="su postgres -c '$PG_BIN/pg_ctl -D $STATE/pg -w -m fast restart -o \"-h 127.0.0.1 -p $PG_PORT -k $STATE -c fsync=off\" -l $STATE/pg.log'"
  echo "services: PostgreSQL on 127.0.0.1:$PG_PORT, Redis on 127.0.0.1:$REDIS_PORT ($STATE)"
}

stop() {
  [ -f "$STATE/redis.pid" ] && redis-cli -p "$REDIS_PORT" shutdown nosave >/dev/null 2>&1
  [ -n "$PG_BIN" ] && [ -f "$STATE/pg/postmaster.pid" ] && su postgres -c "$PG_BIN/pg_ctl -D $STATE/pg -m fast -w stop >/dev/null"
  rm -rf "$STATE"
  echo "services: stopped"
}

case "${1:-}" in
  start) start ;;
  stop) stop ;;
  *) echo "usage: scripts/services.sh start|stop" >&2; exit 2 ;;
esac
