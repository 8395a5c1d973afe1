#!/usr/bin/env bash
# Installs what building and testing Lotse needs and is missing. Idempotent: a second run
# only checks. Usage: scripts/setup.sh build|test
set -euo pipefail
cd "$(dirname "$0")/.."
what="${1:-build}"
say() { printf '\033[1m==> %s\033[0m\n' "$*"; }

export PATH="$HOME/.cargo/bin:$PATH"

if ! rustup target list --installed | grep -q '^wasm32-unknown-unknown$'; then
  say "adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
fi

# webauthn-rs (passkeys) links the system's OpenSSL.
if ! pkg-config --exists openssl 2>/dev/null; then
  say "installing OpenSSL's headers and pkg-config (Debian packages) for the passkey library"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq libssl-dev pkg-config
fi

if ! cargo leptos --version 2>/dev/null | grep -q '0\.3\.10'; then
  say "installing cargo-leptos 0.3.10 (first time only: about 20 minutes on 2 cores)"
  cargo install cargo-leptos --version 0.3.10 --locked --features no_downloads
fi

# wasm-bindgen-cli must be exactly the version of the wasm-bindgen crate in Cargo.lock.
wbg=$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' Cargo.lock)
if ! wasm-bindgen --version 2>/dev/null | grep -q " $wbg\$"; then
  say "installing wasm-bindgen-cli $wbg (first time only: a few minutes)"
  cargo install wasm-bindgen-cli --version "$wbg" --force
fi

if ! wasm-opt --version 2>/dev/null | grep -q 'version 132'; then
  say "installing wasm-opt (npm package binaryen@132)"
  npm install --global --no-fund --no-audit binaryen@132
fi

if [ "$what" = test ]; then
  if ! command -v chromium >/dev/null; then
    say "installing Chromium (Debian package) for the browser tests"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium
  fi
  # The mail tests send through a real SMTP server: Debian's aiosmtpd, for Debian's python3.
  if ! /usr/bin/python3 -c 'import aiosmtpd' 2>/dev/null; then
    say "installing python3-aiosmtpd (Debian package) for the mail tests"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq python3-aiosmtpd
  fi
  if [ ! -d end2end/node_modules/@playwright/test ] || [ end2end/package-lock.json -nt end2end/node_modules/.package-lock.json ]; then
    say "installing Playwright (npm, no browser download)"
    (cd end2end && PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --no-fund --no-audit)
  fi
fi
