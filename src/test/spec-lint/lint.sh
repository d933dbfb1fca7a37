#!/usr/bin/env bash
# Lints the committed spec with Redocly CLI (recommended) and Spectral (spectral:oas), the versions pinned in
# package-lock.json. Any finding, warnings included, fails: the contract promises a spec that lints clean.
set -euo pipefail
cd "$(dirname "$0")"
spec=${1:-../../../openapi/openapi.yaml}
export REDOCLY_TELEMETRY=off REDOCLY_SUPPRESS_UPDATE_NOTICE=true NO_UPDATE_NOTIFIER=1

if ! command -v npm >/dev/null 2>&1; then
  echo "spec-lint: npm is missing (Debian: apt-get install nodejs npm; .ci/run installs them)" >&2
  exit 1
fi
if [ ! -x node_modules/.bin/redocly ] || [ ! -x node_modules/.bin/spectral ] || [ package-lock.json -nt node_modules ]; then
  npm ci --no-audit --no-fund --loglevel=error
  touch node_modules
fi

status=0
echo "spec-lint: Redocly CLI $(node_modules/.bin/redocly --version 2>/dev/null | tail -1), ruleset recommended"
# --max-problems high so that nothing is summarised away; warnings are counted below since Redocly exits 0 on them.
redocly_out=$(node_modules/.bin/redocly lint --config redocly.yaml --format=stylish --max-problems=1000 "$spec" 2>&1) || status=1
echo "$redocly_out" | grep -v -e '^\s*$' -e '[║╔╚]' || true
if echo "$redocly_out" | grep -Eq '(error|warning)[ ]+[a-z0-9-]+'; then
  status=1
fi

echo "spec-lint: Spectral $(node_modules/.bin/spectral --version), ruleset spectral:oas"
node_modules/.bin/spectral lint --ruleset .spectral.yaml --fail-severity=hint --display-only-failures "$spec" || status=1

if [ "$status" -ne 0 ]; then
  echo "spec-lint: the spec has findings (above); fix the annotations or ContractFilter and regenerate it" >&2
fi
exit "$status"
