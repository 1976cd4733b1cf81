#!/usr/bin/env bash
# Serve Limber at http://127.0.0.1:8080 with live rebuild. Installs what is missing first.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
source scripts/env.sh
say "serving on http://127.0.0.1:8080 (Ctrl+C to stop)"
exec trunk serve --address 127.0.0.1 --port 8080 "$@"
