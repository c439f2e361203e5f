#!/usr/bin/env bash
# Writes DIR/<file>.br and DIR/<file>.gz next to every text file in DIR (the built site), for
# servers that send precompressed files (deploy/nginx.conf: brotli_static, gzip_static).
# Run by the build (scripts/postbuild.sh). After editing a file in a built site (say
# data/timeline.json), run it again: it rewrites the compressed copies of changed files.
# Usage: bash scripts/compress.sh DIR
set -euo pipefail
dir="${1:?usage: compress.sh DIR}"
command -v brotli >/dev/null || { echo "compress: brotli is missing (apt-get install brotli)" >&2; exit 1; }
count=0
while IFS= read -r -d '' file; do
  # Only when the file is newer than its compressed copies (or they are missing).
  if [[ ! "$file.br" -nt "$file" || ! "$file.gz" -nt "$file" ]]; then
    brotli --force --best --output="$file.br" -- "$file"
    gzip --best --no-name --stdout -- "$file" >"$file.gz"
    count=$((count + 1))
  fi
done < <(find "$dir" -type f \( -name '*.html' -o -name '*.css' -o -name '*.js' -o -name '*.wasm' \
  -o -name '*.json' -o -name '*.svg' -o -name '*.xml' -o -name '*.txt' \) -print0)
echo "compress: $count files compressed (.br, .gz) in $dir"
