# Lotse: `make run` serves the demo, `make test` runs every test, `make bench` measures.
SHELL := /bin/bash
.SHELLFLAGS := -eu -o pipefail -c

# Build output lives outside the clone so that fresh clones (and CI) reuse it.
export CARGO_TARGET_DIR ?= $(HOME)/.cache/lotse-target
export PATH := $(HOME)/.cargo/bin:$(PATH)
BIN := $(CARGO_TARGET_DIR)/release/lotse
DEMO_DIR := data/demo

.PHONY: run test build setup-build setup-test check unit e2e bench clean access-matrix translations

setup-build:
	@scripts/setup.sh build

setup-test:
	@scripts/setup.sh test

build: setup-build
	@echo "==> building Lotse (release: server and WASM)"
	cargo leptos build --release --precompress
	@echo "==> building the volunteer's and the client portal's light bundles"
	scripts/build-light.sh

run: build
	@echo "==> loading demo data into a fresh SQLite database in $(DEMO_DIR)"
	rm -rf $(DEMO_DIR)
	LOTSE_DATA_DIR=$(DEMO_DIR) $(BIN) demo-data
	@echo "==> serving Lotse on http://127.0.0.1:3000 (Ctrl-C stops)"
	LOTSE_DATA_DIR=$(DEMO_DIR) LOTSE_SITE_ROOT=target/site $(BIN) serve

test: setup-test build
	@$(MAKE) --no-print-directory check unit e2e

check:
	@echo "==> formatting and lints (ssr natively, hydrate for wasm32)"
	cargo fmt --all -- --check
	cargo clippy -p app -p lotse --all-targets -- -D warnings
	cargo clippy -p frontend --target wasm32-unknown-unknown -- -D warnings
	cargo clippy -p frontend --target wasm32-unknown-unknown --features light -- -D warnings
	cargo clippy -p frontend --target wasm32-unknown-unknown --features tasks -- -D warnings
	cargo clippy -p frontend --target wasm32-unknown-unknown --features portal -- -D warnings

unit:
	@echo "==> unit, database (SQLite and PostgreSQL) and HTTP tests"
	LOTSE_TEST_POSTGRES_URL="$$(scripts/postgres-url.sh)" cargo test -p app -p lotse

e2e:
	@echo "==> browser tests (Playwright, Chromium) against the release build"
	cd end2end && LOTSE_BIN=$(BIN) LOTSE_E2E_PORT=$$(../scripts/free-port.sh) npx playwright test

bench: setup-test build
	@scripts/bench.sh

# Per language: how many client-visible messages native speakers have reviewed (locales/README.md).
translations:
	@scripts/translations.py

# Regenerates docs/access-matrix.md (a test fails while it is out of date).
access-matrix:
	cargo run -q -p lotse --features testing -- access-matrix --output docs/access-matrix.md

clean:
	rm -rf target data
