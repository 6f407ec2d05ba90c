#!/usr/bin/env bash
# Adds one migration, with the same name, for every database provider (house rule 5: migrations are
# generated, never hand-written). Usage: scripts/add-migration.sh NameInPascalCase
set -euo pipefail
name=${1:?usage: scripts/add-migration.sh MigrationName}
cd "$(dirname "$0")/.."
dotnet tool restore >/dev/null
for provider in Sqlite Postgres; do
  project=src/Parta.Data.$provider
  echo "== $provider"
  dotnet ef migrations add "$name" --project "$project" --startup-project "$project" --output-dir Migrations
done
