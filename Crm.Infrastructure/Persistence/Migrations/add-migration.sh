#!/usr/bin/env bash
# Adds a migration with the same name for every provider: ./add-migration.sh AddOpportunities
set -euo pipefail
name="${1:?usage: add-migration.sh MigrationName}"
root="$(cd "$(dirname "$0")/../../.." && pwd)"
cd "$root"
dotnet tool restore > /dev/null
for provider in Sqlite SqlServer PostgreSql; do
  dotnet ef migrations add "$name" \
    --project Crm.Infrastructure --startup-project Crm.Infrastructure \
    --context "${provider}CrmDbContext" \
    --output-dir "Persistence/Migrations/$provider" \
    --namespace "Crm.Infrastructure.Persistence.Migrations.$provider"
done
