# Starts a throwaway PostgreSQL cluster on loopback for the store tests and exports
# TOLLBOOK_TEST_PG. Sourced by .ci/run; safe to source again (reuses a running one).
PGVER=$(ls /usr/lib/postgresql | sort -V | tail -n1)
PGBIN=/usr/lib/postgresql/$PGVER/bin
PGDATA=${TOLLBOOK_PGDATA:-/tmp/tollbook-pg}
PGPORT=${TOLLBOOK_PGPORT:-55432}
if ! su postgres -c "$PGBIN/pg_ctl -D $PGDATA status" >/dev/null 2>&1; then
  rm -rf "$PGDATA"; mkdir -p "$PGDATA"; chown postgres "$PGDATA"
  su postgres -c "$PGBIN/initdb -D $PGDATA -A trust -U postgres" >/dev/null
  su postgres -c "$PGBIN/pg_ctl -D $PGDATA -o '-p $PGPORT -k /tmp -c listen_addresses=127.0.0.1' -l $PGDATA/log -w start" >/dev/null
fi
export TOLLBOOK_TEST_PG="postgresql://postgres@127.0.0.1:$PGPORT/postgres"
