#!/usr/bin/env bash
# Install what Limber needs, skipping anything already in place. Safe to run again and again.
#
#   scripts/setup.sh            tools to build and serve (wasm target, Trunk, wasm-bindgen, npm)
#   scripts/setup.sh --browser  also the browsers the tests drive: Chromium and ChromeDriver,
#                               WebKitGTK's WebDriver and MiniBrowser with Xvfb, Firefox ESR
#                               and geckodriver; poppler-utils for the report's PDF test
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/env.sh

want_browser=0
[ "${1:-}" = "--browser" ] && want_browser=1

if ! command -v cargo >/dev/null; then
  warn "Rust is not installed: install rustup (https://rustup.rs) and run this again."
  exit 1
fi

if rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  say "wasm32 target: already installed"
else
  say "wasm32 target: installing"
  rustup target add wasm32-unknown-unknown
fi

if trunk --version 2>/dev/null | grep -q "trunk $TRUNK_VERSION"; then
  say "trunk $TRUNK_VERSION: already installed"
else
  say "trunk $TRUNK_VERSION: installing (about 5 minutes on 2 cores)"
  cargo install trunk --version "$TRUNK_VERSION" --locked
fi

if wasm-bindgen --version 2>/dev/null | grep -q "wasm-bindgen $WASM_BINDGEN_VERSION"; then
  say "wasm-bindgen-cli $WASM_BINDGEN_VERSION: already installed"
else
  say "wasm-bindgen-cli $WASM_BINDGEN_VERSION: installing (about 3 minutes)"
  # No --locked: the CLI's own lockfile names a crate release the registry no longer serves.
  cargo install wasm-bindgen-cli --version "$WASM_BINDGEN_VERSION"
fi

# The splitter that cuts release builds into chunks (scripts/split-wasm.mjs).
if wasm-split-cli --help >/dev/null 2>&1 && [ -f "$HOME/.cargo/.limber-wasm-split-$WASM_SPLIT_VERSION" ]; then
  say "wasm-split-cli $WASM_SPLIT_VERSION: already installed"
else
  say "wasm-split-cli $WASM_SPLIT_VERSION: installing (about 2 minutes)"
  cargo install --locked wasm_split_cli_support --version "$WASM_SPLIT_VERSION" --features build-binary
  touch "$HOME/.cargo/.limber-wasm-split-$WASM_SPLIT_VERSION"
fi

# npm packages (binaryen's wasm-opt, playwright-core). A stamp of the lockfile's hash tells
# whether node_modules is current.
stamp=node_modules/.limber-lock-hash
hash=$(sha256sum package-lock.json | cut -d' ' -f1)
if [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$hash" ]; then
  say "npm packages: already installed"
else
  say "npm packages: npm ci"
  npm ci --no-audit --no-fund
  echo "$hash" >"$stamp"
fi

if [ "$want_browser" = 1 ]; then
  # Debian packages, each named by a file it installs.
  missing=()
  for pair in chromium:/usr/bin/chromium chromium-driver:/usr/bin/chromedriver \
    firefox-esr:/usr/bin/firefox-esr webkit2gtk-driver:/usr/bin/WebKitWebDriver xvfb:/usr/bin/xvfb-run \
    poppler-utils:/usr/bin/pdftoppm; do
    [ -x "${pair#*:}" ] || missing+=("${pair%%:*}")
  done
  if [ "${#missing[@]}" = 0 ]; then
    say "browsers (Chromium, WebKitGTK, Firefox ESR, Xvfb) and poppler: already installed"
  else
    say "browsers: installing ${missing[*]} with apt-get (a few minutes)"
    sudo=""
    [ "$(id -u)" = 0 ] || sudo="sudo"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}"
  fi
  if geckodriver --version 2>/dev/null | grep -q "geckodriver $GECKODRIVER_VERSION"; then
    say "geckodriver $GECKODRIVER_VERSION: already installed"
  else
    say "geckodriver $GECKODRIVER_VERSION: installing (about 2 minutes)"
    cargo install geckodriver --version "$GECKODRIVER_VERSION" --locked
  fi
fi
say "setup done"
