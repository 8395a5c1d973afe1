#!/usr/bin/env bash
# Builds the client portal's light bundle (the `frontend` crate with its `light` feature, see
# app/src/light.rs) into target/site/pkg as lotse-light.<hash>.js/.wasm with .br and .gz
# beside them, and records the hashes in the release's hash file (lines light-js and
# light-wasm), where the server reads them. Runs after `cargo leptos build --release`.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PATH"
target="${CARGO_TARGET_DIR:-target}"
pkg=target/site/pkg
hash_file="$target/release/hash.txt"

# Its own target dir: cargo-leptos builds the full bundle with other environment variables,
# which would otherwise make the two builds rebuild each other's dependencies.
cargo build --package frontend --lib --features light \
  --target wasm32-unknown-unknown --profile wasm-release --target-dir "$target/light"

out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
wasm-bindgen --target web --no-typescript --out-dir "$out" --out-name lotse-light \
  "$target/light/wasm32-unknown-unknown/wasm-release/frontend.wasm"
wasm-opt -Oz --enable-bulk-memory --enable-nontrapping-float-to-int \
  "$out/lotse-light_bg.wasm" -o "$out/lotse-light.wasm"
if [ -d "$out/snippets" ]; then
  echo "build-light: wasm-bindgen wrote snippets; serve them too" >&2
  exit 1
fi

short_hash() { sha256sum "$1" | cut -c1-16; }
js_hash=$(short_hash "$out/lotse-light.js")
wasm_hash=$(short_hash "$out/lotse-light.wasm")
mkdir -p "$pkg"
rm -f "$pkg"/lotse-light.*
for name in "lotse-light.js:lotse-light.$js_hash.js" "lotse-light.wasm:lotse-light.$wasm_hash.wasm"; do
  cp "$out/${name%%:*}" "$pkg/${name#*:}"
done
# Precompressed copies, as cargo-leptos writes them for the full bundle.
node -e '
  const fs = require("fs"), zlib = require("zlib");
  for (const file of process.argv.slice(1)) {
    const data = fs.readFileSync(file);
    fs.writeFileSync(file + ".br", zlib.brotliCompressSync(data, { params: {
      [zlib.constants.BROTLI_PARAM_QUALITY]: 11,
      [zlib.constants.BROTLI_PARAM_SIZE_HINT]: data.length } }));
    fs.writeFileSync(file + ".gz", zlib.gzipSync(data, { level: 9 }));
  }' "$pkg"/lotse-light.*.js "$pkg"/lotse-light.*.wasm

if [ -f "$hash_file" ]; then
  grep -v '^light-' "$hash_file" > "$out/hash.txt" || true
  printf 'light-js: %s\nlight-wasm: %s\n' "$js_hash" "$wasm_hash" >> "$out/hash.txt"
  cp "$out/hash.txt" "$hash_file"
fi
printf 'light bundle: %s bytes of WASM (%s brotli), %s bytes of JS\n' \
  "$(stat -c %s "$pkg/lotse-light.$wasm_hash.wasm")" \
  "$(stat -c %s "$pkg/lotse-light.$wasm_hash.wasm.br")" \
  "$(stat -c %s "$pkg/lotse-light.$js_hash.js")"
