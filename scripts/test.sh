#!/usr/bin/env bash
# Run every check and test Limber has, in order, stopping at the first failure:
#   1. cargo fmt --check
#   2. cargo clippy -D warnings, for the host and for wasm32
#   3. native unit and property tests (the pure domain and the storage layer)
#   4. wasm-bindgen-test in headless Chromium (components and real localStorage)
#   5. trunk build --release, served under the sub-path /limber/ (and copied for the root)
#   6. Playwright journeys against that build, at a 390x844 phone viewport
#   7. the core journeys again in Firefox ESR and in WebKit (under Xvfb), over WebDriver
# Installs whatever is missing first. Ends with one line: "Total: N passed, N failed".
set -uo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh --browser || { echo "Total: 0 passed, 1 failed"; exit 1; }
source scripts/env.sh

logs=target/test-logs
mkdir -p "$logs"
passed=0
failed=0

finish() {
  echo
  echo "Total: $passed passed, $failed failed"
  [ "$failed" = 0 ]
  exit $?
}

# count LOG: add up the test counts a runner printed (cargo/wasm-bindgen: "test result: ...
# N passed; M failed"; node --test spec reporter: "ℹ pass N" / "ℹ fail N").
count() {
  local p f
  p=$(sed -n 's/^test result: [a-zA-Z]*\. \([0-9]*\) passed.*/\1/p; s/^ℹ pass \([0-9]*\)$/\1/p' "$1" | awk '{s+=$1} END {print s+0}')
  f=$(sed -n 's/^test result: .* \([0-9]*\) failed;.*/\1/p; s/^ℹ fail \([0-9]*\)$/\1/p' "$1" | awk '{s+=$1} END {print s+0}')
  passed=$((passed + p))
  failed=$((failed + f))
}

# stage NAME COMMAND...: run, keep a log, count tests, stop everything on failure.
stage() {
  local name=$1 log="$logs/$1.log"
  shift
  say "$name: $*"
  "$@" 2>&1 | tee "$log"
  local status=${PIPESTATUS[0]}
  count "$log"
  if [ "$status" != 0 ]; then
    # A failing step that is not a test runner (fmt, clippy, build) still counts as one failure.
    [ "$failed" = 0 ] && failed=1
    warn "$name failed (log: $log)"
    finish
  fi
}

stage fmt cargo fmt --all -- --check
stage clippy-host cargo clippy --all-targets -- -D warnings
stage clippy-wasm cargo clippy --target wasm32-unknown-unknown --lib --bins --test '*' -- -D warnings
stage native cargo test --lib
stage drift-benchmark cargo run --quiet --example drift
stage storage-benchmark cargo run --quiet --example storage_size
stage browser cargo test --target wasm32-unknown-unknown --test '*'
stage release-build trunk build --release --public-url /limber/ --dist target/e2e-dist
# The same build for the root of a domain: only index.html names the path, so it is rewritten
# rather than built again (a `trunk build --public-url /` gives identical files).
stage release-root node scripts/rebase-dist.mjs target/e2e-dist target/e2e-dist-root /
scripts/bundle-size.sh target/e2e-dist | tee "$logs/bundle-size.log"
stage e2e env DIST=target/e2e-dist DIST_ROOT=target/e2e-dist-root BASE_PATH=/limber/ \
  node --test --test-reporter=spec --test-concurrency=1 tests/e2e/
# The core journeys in the other engines people use: Firefox, and WebKit (Safari's).
stage engines-firefox env ENGINE=firefox DIST=target/e2e-dist BASE_PATH=/limber/ \
  node --test --test-reporter=spec --test-concurrency=1 tests/engines/
stage engines-webkit xvfb-run --auto-servernum --server-args="-screen 0 1280x1024x24" \
  env ENGINE=webkit DIST=target/e2e-dist BASE_PATH=/limber/ \
  node --test --test-reporter=spec --test-concurrency=1 tests/engines/
finish
