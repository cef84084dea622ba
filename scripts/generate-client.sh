#!/usr/bin/env bash
# Regenerates the typed C# client in clients/Auth.Client from the service's OpenAPI document (Kiota, pinned in
# dotnet-tools.json). clients/openapi.json is the document it was generated from.
#
#   scripts/generate-client.sh              build the API, regenerate
#   scripts/generate-client.sh --no-build   use the API as last built
#   scripts/generate-client.sh --check      regenerate into a temporary folder and fail if clients/ differs (CI)
set -euo pipefail

repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$repo"
build=""; check=false
for argument in "$@"; do
  case "$argument" in
    --no-build) build=--no-build ;;
    --check) check=true; build=--no-build ;;
    *) echo "unknown argument $argument" >&2; exit 2 ;;
  esac
done

target=clients
if $check; then
  target=$(mktemp -d)
  trap 'rm -rf "$target"' EXIT
fi

dotnet tool restore >/dev/null
bash scripts/openapi-document.sh "$target/openapi.json" $build
dotnet kiota generate --language CSharp --openapi "$target/openapi.json" --output "$target/Auth.Client/Generated" \
  --class-name AuthApiClient --namespace-name Auth.Client --clean-output --exclude-backward-compatible --log-level Warning >/dev/null
rm -f "$target/Auth.Client/Generated/kiota-lock.json"

if $check; then
  if ! diff -r -q "$target/openapi.json" clients/openapi.json >/dev/null || ! diff -r -q "$target/Auth.Client/Generated" clients/Auth.Client/Generated >/dev/null; then
    diff -r -u clients/openapi.json "$target/openapi.json" | head -40 || true
    diff -r -q clients/Auth.Client/Generated "$target/Auth.Client/Generated" | head -20 || true
    echo "clients/ is not up to date with the service's OpenAPI document: run scripts/generate-client.sh and commit the result." >&2
    exit 1
  fi
  echo "clients/ is up to date with the service's OpenAPI document."
fi
