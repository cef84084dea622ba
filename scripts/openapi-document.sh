#!/usr/bin/env bash
# Writes the service's OpenAPI document to a file: starts the built API on a temporary SQLite database, fetches
# /openapi/v1.json, stops it.
#
#   scripts/openapi-document.sh OUT.json            build the API first
#   scripts/openapi-document.sh OUT.json --no-build use the API as last built
set -euo pipefail

repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
out=${1:?usage: openapi-document.sh OUT.json [--no-build]}
# Below Linux's ephemeral range (32768-60999), so no outgoing connection of the test run can hold it.
port=${AUTH_OPENAPI_PORT:-25210}
log() { printf 'openapi-document: %s\n' "$*" >&2; }

[ "${2:-}" = "--no-build" ] || dotnet build "$repo/src/Auth.Api" -v q -nologo >/dev/null

work=$(mktemp -d)
trap 'kill "$service_pid" 2>/dev/null || true; wait "$service_pid" 2>/dev/null || true; rm -rf "$work"' EXIT
(cd "$work" && ASPNETCORE_ENVIRONMENT=Production ConnectionStrings__Auth="Data Source=$work/auth.db" Email__PickupDirectory="$work/mail" \
  Logging__LogLevel__Default=Error exec dotnet "$repo/src/Auth.Api/bin/Debug/net10.0/Auth.Api.dll" --urls "http://127.0.0.1:$port") &
service_pid=$!

for _ in $(seq 1 60); do
  curl -fsS "http://127.0.0.1:$port/openapi/v1.json" -o "$work/openapi.json" 2>/dev/null && break
  kill -0 "$service_pid" 2>/dev/null || { log "the service exited"; exit 1; }
  sleep 0.5
done
[ -s "$work/openapi.json" ] || { log "no document from http://127.0.0.1:$port/openapi/v1.json"; exit 1; }
mv "$work/openapi.json" "$out"
