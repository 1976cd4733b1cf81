#!/usr/bin/env bash
# Build the release site into dist/ for any static host.
#
#   scripts/build.sh                  served at the root of a domain
#   PUBLIC_URL=/limber/ scripts/build.sh   served under a sub-path
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
source scripts/env.sh
public_url="${PUBLIC_URL:-/}"
dist="${DIST:-dist}"
say "building release into $dist/ for $public_url"
# The post_build hook (scripts/post-build.mjs) also writes 404.html, the service worker's
# file list, and the Content-Security-Policy.
trunk build --release --public-url "$public_url" --dist "$dist"
scripts/bundle-size.sh "$dist"
