#!/usr/bin/env bash
# Generates TypeScript types from the committed spec with openapi-typescript and compiles usage.ts against them with
# tsc --strict, both at the versions pinned in package-lock.json. A type error fails mvn verify: the spec promises
# shapes a TypeScript front end can rely on without null checks where nothing can be null.
set -euo pipefail
cd "$(dirname "$0")"
spec=${1:-../../../openapi/openapi.yaml}

if ! command -v npm >/dev/null 2>&1; then
  echo "typescript-check: npm is missing (Debian: apt-get install nodejs npm; .ci/run installs them)" >&2
  exit 1
fi
if [ ! -x node_modules/.bin/tsc ] || [ ! -x node_modules/.bin/openapi-typescript ] || [ package-lock.json -nt node_modules ]; then
  npm ci --no-audit --no-fund --loglevel=error
  touch node_modules
fi

mkdir -p generated
node_modules/.bin/openapi-typescript "$spec" --output generated/cablegate-api.ts
echo "typescript-check: tsc $(node_modules/.bin/tsc --version | sed 's/Version //') --strict on usage.ts"
node_modules/.bin/tsc -p tsconfig.json
echo "typescript-check: usage.ts compiles against the types of $(grep -c 'operationId:' "$spec") operations"
