#!/usr/bin/env bash
# Print the size of a built dist/ folder: raw and gzip -9, per kind and in total.
set -euo pipefail
dist="${1:-dist}"
total_raw=0
total_gz=0
printf '%-6s %10s %10s\n' kind bytes gzip
for ext in wasm js css html; do
  raw=0
  gz=0
  while IFS= read -r -d '' f; do
    [ "$(basename "$f")" = 404.html ] && continue
    raw=$((raw + $(stat -c %s "$f")))
    gz=$((gz + $(gzip -9 -c "$f" | wc -c)))
  done < <(find "$dist" -maxdepth 1 -name "*.$ext" -print0)
  printf '%-6s %10d %10d\n' "$ext" "$raw" "$gz"
  total_raw=$((total_raw + raw))
  total_gz=$((total_gz + gz))
done
printf '%-6s %10d %10d\n' total "$total_raw" "$total_gz"
echo "bundle: $((total_gz / 1024)) KB gzip ($total_gz bytes), $((total_raw / 1024)) KB raw"
