#!/usr/bin/env bash
# Load benchmark (not part of the test command): build the release app and the two reference
# pages from GUIDE.md, serve them gzipped from one local server, and print in one run the gzip
# size of every output, Lighthouse mobile metrics for each page, and the app/reference ratios.
#
#   scripts/bench.sh                     one Lighthouse run per page
#   RUNS=5 scripts/bench.sh              the median of five
#   BEFORE=ccf091a RUNS=5 scripts/bench.sh
#                                        the app at that commit too, built and measured in
#                                        the same run, side by side (its tree is exported
#                                        to target/bench/before-src and built with the same
#                                        target directory, so only the app itself recompiles)
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh --browser
source scripts/env.sh

LIGHTHOUSE_VERSION=12.2.3 # 13.x needs Node 22
lh=target/lighthouse
if [ -x "$lh/node_modules/.bin/lighthouse" ] && grep -q "\"version\": \"$LIGHTHOUSE_VERSION\"" "$lh/node_modules/lighthouse/package.json"; then
  say "lighthouse $LIGHTHOUSE_VERSION: already installed"
else
  say "lighthouse $LIGHTHOUSE_VERSION: installing into $lh"
  mkdir -p "$lh"
  npm install --prefix "$lh" --no-save --no-audit --no-fund "lighthouse@$LIGHTHOUSE_VERSION"
fi

say "building the app for /app/"
trunk build --release --public-url /app/ --dist target/bench/app
rm -rf target/bench/before target/bench/before-src
if [ -n "${BEFORE:-}" ]; then
  say "building the app at $BEFORE for /before/"
  mkdir -p target/bench/before-src
  git archive "$BEFORE" | tar -x -C target/bench/before-src
  # Another version for that tree's own crate, so its build script and outputs never share
  # target/'s entries with this tree's (the archive's old file times would let cargo take
  # this tree's build script for fresh, and run it on that tree).
  sed -i '0,/^version = "\(.*\)"/s//version = "\1-before"/' target/bench/before-src/Cargo.toml
  ln -s "$PWD/node_modules" target/bench/before-src/node_modules
  (cd target/bench/before-src && CARGO_TARGET_DIR="$PWD/../../../target" trunk build --release --public-url /before/ --dist ../before)
fi
say "building the Leptos hello-world reference for /hello/"
# An empty RUSTFLAGS replaces the rustflags of the project's .cargo/config.toml, whose
# --emit-relocs (for the splitter) would otherwise add ~180 KB gzip to the unsplit reference.
(cd bench/hello && RUSTFLAGS= trunk build --release --public-url /hello/ --dist ../../target/bench/hello)
rm -rf target/bench/static
cp -r bench/static target/bench/static

LIGHTHOUSE="$lh/node_modules/.bin/lighthouse" node scripts/bench.mjs target/bench
