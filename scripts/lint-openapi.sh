#!/usr/bin/env bash
# Lints the service's OpenAPI document with Redocly CLI's `recommended` rules; any error fails.
#
#   scripts/lint-openapi.sh            build the API, start it on SQLite in a temp folder, fetch /openapi/v1.json, lint it
#   scripts/lint-openapi.sh --no-build use the API as last built (CI builds it with the tests)
#
# Redocly CLI is installed from the npm registry into tools/redocly (git-ignored), pinned below.
set -euo pipefail

repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
redocly_version=2.77.0
port=${AUTH_LINT_PORT:-55210}
log() { printf 'lint-openapi: %s\n' "$*" >&2; }

tools="$repo/tools/redocly"
if [ ! -x "$tools/node_modules/.bin/redocly" ] || ! grep -q "\"version\": \"$redocly_version\"" "$tools/node_modules/@redocly/cli/package.json" 2>/dev/null; then
  log "npm install @redocly/cli@$redocly_version"
  mkdir -p "$tools"
  npm install --prefix "$tools" --no-fund --no-audit --loglevel=error "@redocly/cli@$redocly_version" >/dev/null
fi

[ "${1:-}" = "--no-build" ] || dotnet build "$repo/src/Auth.Api" -v q -nologo >/dev/null

work=$(mktemp -d)
trap 'kill "$service_pid" 2>/dev/null || true; wait "$service_pid" 2>/dev/null || true; rm -rf "$work"' EXIT
(cd "$work" && ASPNETCORE_ENVIRONMENT=Production ConnectionStrings__Auth="Data Source=$work/auth.db" Email__PickupDirectory="$work/mail" \
  Logging__LogLevel__Default=Warning exec dotnet "$repo/src/Auth.Api/bin/Debug/net10.0/Auth.Api.dll" --urls "http://127.0.0.1:$port") &
service_pid=$!

for _ in $(seq 1 60); do
  curl -fsS "http://127.0.0.1:$port/openapi/v1.json" -o "$work/openapi.json" 2>/dev/null && break
  kill -0 "$service_pid" 2>/dev/null || { log "the service exited"; exit 1; }
  sleep 0.5
done
[ -s "$work/openapi.json" ] || { log "no document from http://127.0.0.1:$port/openapi/v1.json"; exit 1; }

"$tools/node_modules/.bin/redocly" lint "$work/openapi.json" --extends recommended --format stylish
