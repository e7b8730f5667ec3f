#!/bin/sh
# First start of the cluster only (the postgres image runs /docker-entrypoint-initdb.d/ then):
# the role persist uses and its database. The role is not a superuser, cannot create roles or
# databases, and owns only the database "wirestream" (and so, on PostgreSQL 15, its public schema,
# where the migrations create the tables). Its password is the postgres_wirestream secret; there is
# no default. The cluster superuser (postgres, password postgres_admin) is for operators only.
set -eu
export WIRESTREAM_DB_PASSWORD_FILE="${WIRESTREAM_DB_PASSWORD_FILE:-/run/secrets/postgres_wirestream}"
if [ ! -s "$WIRESTREAM_DB_PASSWORD_FILE" ]; then
  echo "no password for the database role wirestream in $WIRESTREAM_DB_PASSWORD_FILE: run 'make secrets'" >&2
  exit 1
fi
# The password is read by psql itself (backquote), so it appears in no process's arguments.
psql -v ON_ERROR_STOP=1 --no-psqlrc --username "${POSTGRES_USER:-postgres}" --dbname postgres <<'SQL'
\set password `cat "$WIRESTREAM_DB_PASSWORD_FILE"`
CREATE ROLE wirestream LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS PASSWORD :'password';
CREATE DATABASE wirestream OWNER wirestream;
REVOKE ALL ON DATABASE wirestream FROM PUBLIC;
GRANT CONNECT, TEMPORARY ON DATABASE wirestream TO wirestream;
SQL
echo "created the database role wirestream (not a superuser) and its database"
