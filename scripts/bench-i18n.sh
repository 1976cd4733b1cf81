#!/usr/bin/env bash
# The translation candidates of bench/i18n (README there) against the plain hello-world: each
# built once for release, then gzip sizes and time to usable on the mobile profile, side by
# side (scripts/bench-i18n.mjs). Not part of the test command.
#
#   scripts/bench-i18n.sh           five loads of each, taken in turns
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh --browser
source scripts/env.sh
out=target/bench-i18n
rm -rf "$out"
# An empty RUSTFLAGS, as bench.sh builds the hello-world: unsplit builds need no relocations.
(cd bench/hello && RUSTFLAGS= trunk build --release --public-url /hello/ --dist "../../$out/hello")
for v in ours fluent leptos; do
  say "building bench/i18n/$v"
  (cd "bench/i18n/$v" && RUSTFLAGS= trunk build --release --public-url "/$v/" --dist "../../../$out/$v")
done
node scripts/bench-i18n.mjs "$out"
