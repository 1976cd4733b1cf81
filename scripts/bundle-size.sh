#!/usr/bin/env bash
# Print the size of a built dist/ folder, gzip -9: the first-load set (what a first visit to
# Today fetches before it can be used: index.html, the main JS and wasm, the split loader
# and the stylesheet index.html links), then what screens fetch when they first open (every
# chunk, and the whole stylesheet when index.html links only Today's part of it), then the
# totals.
set -euo pipefail
dist="${1:-dist}"
gz() { gzip -9 -c "$1" | wc -c; }
# The stylesheets index.html links: its first-load part in release builds, else the whole.
linked_css() { grep -o 'rel="stylesheet" href="[^"]*"' "$dist/index.html" | sed 's#.*/##; s#"$##'; }
first=0
printf '%-56s %10s %10s\n' "first load" bytes gzip
for f in "$dist"/index.html "$dist"/*.js "$dist"/*_bg.wasm $(linked_css | sed "s#^#$dist/#"); do
  [ -f "$f" ] || continue
  [ "$(basename "$f")" = sw.js ] && continue
  g=$(gz "$f")
  first=$((first + g))
  printf '  %-54s %10d %10d\n' "$(basename "$f")" "$(stat -c %s "$f")" "$g"
done
chunks=0
count=0
printf '%-56s %10s %10s\n' "later (fetched when a screen first opens)" bytes gzip
while IFS= read -r f; do
  g=$(gz "$f")
  chunks=$((chunks + g))
  count=$((count + 1))
  printf '  %-54s %10d %10d\n' "$(basename "$f")" "$(stat -c %s "$f")" "$g"
done < <(
  find "$dist" -maxdepth 1 -name '*.wasm' ! -name '*_bg.wasm' | sort
  find "$dist" -maxdepth 1 -name '*.css' | sort | grep -vxF -f <(linked_css | sed "s#^#$dist/#") || true
)
echo "first load: $((first / 1024)) KB gzip ($first bytes)"
echo "later: $count files, $((chunks / 1024)) KB gzip ($chunks bytes)"
echo "bundle: $(((first + chunks) / 1024)) KB gzip ($((first + chunks)) bytes)"
