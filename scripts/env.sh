# Sourced by the other scripts: tool paths and versions in one place.
# shellcheck shell=bash

TRUNK_VERSION=0.21.14
# The wasm splitter cargo-leptos uses; it reads the relocations `.cargo/config.toml` asks for.
WASM_SPLIT_VERSION=0.2.4
# The WebDriver server for Firefox ESR (WebKitGTK's comes with Debian's webkit2gtk-driver).
GECKODRIVER_VERSION=0.37.1
# The CLI must match the `wasm-bindgen = "=x.y.z"` pin in Cargo.toml exactly.
WASM_BINDGEN_VERSION=$(sed -n 's/^wasm-bindgen = "=\([0-9.]*\)"/\1/p' Cargo.toml)

export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"
export CHROMEDRIVER="${CHROMEDRIVER:-/usr/bin/chromedriver}"
export CHROME_PATH="${CHROME_PATH:-/usr/bin/chromium}"

if [ -t 1 ]; then BOLD=$'\033[1m'; RED=$'\033[31m'; RESET=$'\033[0m'; else BOLD=; RED=; RESET=; fi
say() { printf '%s==> %s%s\n' "$BOLD" "$*" "$RESET"; }
warn() { printf '%s==> %s%s\n' "$RED" "$*" "$RESET" >&2; }
