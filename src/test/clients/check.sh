#!/usr/bin/env bash
# Judges the posts the API answered (written by EveryCableEveryEndpointTest for every paragraph of every bundled
# cable) with Bluesky's own client library, @atproto/api at the version pinned in package-lock.json: the facets of each
# record must be what RichText.detectFacetsWithoutResolution() finds in its text, and the record, as agent.post(record)
# sends it, must pass the app.bsky.feed.post lexicon. Any failure fails mvn verify. -Dclient-check.skip skips it.
set -euo pipefail
cd "$(dirname "$0")"
posts=${1:-../../../target/client-posts/posts.jsonl}

if ! command -v npm >/dev/null 2>&1; then
  echo "client-check: npm is missing (Debian: apt-get install nodejs npm; .ci/run installs them)" >&2
  exit 1
fi
if [ ! -f "$posts" ]; then
  echo "client-check: $posts is missing: EveryCableEveryEndpointTest writes it (run the tests first)" >&2
  exit 1
fi
if [ ! -d node_modules/@atproto/api ] || [ package-lock.json -nt node_modules ]; then
  npm ci --no-audit --no-fund --loglevel=error
  touch node_modules
fi
node check.mjs "$posts"
