#!/bin/bash
# First start only (/docker-entrypoint-initdb.d): one database per service, owned by that service's own user, with the
# password given in <SERVICE>_DB_PASSWORD. A service cannot reach another's data (docs/architecture.md).
set -euo pipefail
for service in recruitment assessment cohort reporting; do
  variable="${service^^}_DB_PASSWORD"
  password="${!variable:?$variable is not set}"
  psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname postgres \
    -v service="$service" -v password="$password" <<'SQL'
CREATE ROLE :"service" LOGIN PASSWORD :'password';
CREATE DATABASE :"service" OWNER :"service";
REVOKE ALL ON DATABASE :"service" FROM PUBLIC;
SQL
done
