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
trunk build --release --public-url "$public_url" --dist "$dist"
# Static hosts answer unknown paths with 404.html: make that the app, so deep links and
# reloads on /history work.
cp "$dist/index.html" "$dist/404.html"
scripts/bundle-size.sh "$dist"
