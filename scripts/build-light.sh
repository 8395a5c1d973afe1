#!/usr/bin/env bash
# Builds the volunteer's and the client portal's light bundles (see app/src/light.rs; the
# `frontend` crate with feature `tasks`, lotse-tasks.<hash>.*, and with feature `portal`,
# lotse-portal.<hash>.*) into target/site/pkg, with .br and .gz beside them, and records their
# hashes in the release's hash file (lines tasks-js/tasks-wasm, portal-js/portal-wasm), where
# the server reads them. Runs after `cargo leptos build --release`, which builds the staff
# pages' light bundle (feature `light`, lotse.<hash>.*, lines js/wasm).
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PATH"
target="${CARGO_TARGET_DIR:-target}"
pkg=target/site/pkg
hash_file="$target/release/hash.txt"
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
mkdir -p "$pkg"
short_hash() { sha256sum "$1" | cut -c1-16; }
hashes=""

for bundle in tasks:lotse-tasks portal:lotse-portal; do
  feature=${bundle%%:*} stem=${bundle#*:}
  # Its own target dir: cargo-leptos builds the light bundle with other environment variables,
  # which would otherwise make the builds rebuild each other's dependencies.
  cargo build --package frontend --lib --features "$feature" \
    --target wasm32-unknown-unknown --profile wasm-release --target-dir "$target/light"
  # Kept per bundle for `make bench` (twiggy).
  cp "$target/light/wasm32-unknown-unknown/wasm-release/frontend.wasm" "$target/light/$stem.wasm"
  wasm-bindgen --target web --no-typescript --out-dir "$out" --out-name "$stem" "$target/light/$stem.wasm"
  wasm-opt -Oz --enable-bulk-memory --enable-nontrapping-float-to-int \
    "$out/${stem}_bg.wasm" -o "$out/$stem.wasm"
  if [ -d "$out/snippets" ]; then
    echo "build-light: wasm-bindgen wrote snippets; serve them too" >&2
    exit 1
  fi
  js_hash=$(short_hash "$out/$stem.js")
  wasm_hash=$(short_hash "$out/$stem.wasm")
  rm -f "$pkg/$stem".*
  cp "$out/$stem.js" "$pkg/$stem.$js_hash.js"
  cp "$out/$stem.wasm" "$pkg/$stem.$wasm_hash.wasm"
  # Precompressed copies, as cargo-leptos writes them for the light bundle.
  node -e '
    const fs = require("fs"), zlib = require("zlib");
    for (const file of process.argv.slice(1)) {
      const data = fs.readFileSync(file);
      fs.writeFileSync(file + ".br", zlib.brotliCompressSync(data, { params: {
        [zlib.constants.BROTLI_PARAM_QUALITY]: 11,
        [zlib.constants.BROTLI_PARAM_SIZE_HINT]: data.length } }));
      fs.writeFileSync(file + ".gz", zlib.gzipSync(data, { level: 9 }));
    }' "$pkg/$stem.$js_hash.js" "$pkg/$stem.$wasm_hash.wasm"
  hashes+="$feature-js: $js_hash"$'\n'"$feature-wasm: $wasm_hash"$'\n'
  printf '%s: %s bytes of WASM (%s brotli), %s bytes of JS (%s brotli)\n' "$stem" \
    "$(stat -c %s "$pkg/$stem.$wasm_hash.wasm")" "$(stat -c %s "$pkg/$stem.$wasm_hash.wasm.br")" \
    "$(stat -c %s "$pkg/$stem.$js_hash.js")" "$(stat -c %s "$pkg/$stem.$js_hash.js.br")"
done

if [ -f "$hash_file" ]; then
  { grep -v -E '^(tasks|portal)-' "$hash_file" || true; printf '%s' "$hashes"; } > "$out/hash.txt"
  cp "$out/hash.txt" "$hash_file"
fi
