#!/usr/bin/env bash
# Lints the service's OpenAPI document with Redocly CLI's `recommended` rules; any error fails.
#
#   scripts/lint-openapi.sh            build the API, start it, fetch /openapi/v1.json, lint it
#   scripts/lint-openapi.sh --no-build use the API as last built (CI builds it with the tests)
#
# Redocly CLI is installed from the npm registry into tools/redocly (git-ignored), pinned below.
set -euo pipefail

repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
redocly_version=2.77.0
log() { printf 'lint-openapi: %s\n' "$*" >&2; }

tools="$repo/tools/redocly"
if ! grep -q "\"version\": \"$redocly_version\"" "$tools/node_modules/@redocly/cli/package.json" 2>/dev/null; then
  log "npm install @redocly/cli@$redocly_version"
  mkdir -p "$tools"
  npm install --prefix "$tools" --no-fund --no-audit --loglevel=error "@redocly/cli@$redocly_version" >/dev/null
fi

document=$(mktemp --suffix=.json)
trap 'rm -f "$document"' EXIT
bash "$repo/scripts/openapi-document.sh" "$document" ${1:-}
"$tools/node_modules/.bin/redocly" lint "$document" --extends recommended --format stylish
