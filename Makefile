# SPA AI — `make run` starts the app on its embedded defaults; `make test` runs every check.
SHELL := /bin/bash
VENV := .venv
PY := $(VENV)/bin/python
BUN_VERSION := 1.4.5
BUN := .bun/node_modules/.bin/bun
NEO4J_LAUNCHER := tests/support/neo4j-launcher

export PATH := $(CURDIR)/.bun/node_modules/.bin:$(CURDIR)/$(VENV)/bin:$(PATH)
export REFLEX_USE_SYSTEM_BUN := 1
export REFLEX_TELEMETRY_ENABLED := false
export REFLEX_CHECK_LATEST_VERSION := false
export REFLEX_HTTP_CLIENT_BIND_ADDRESS := 0.0.0.0
export NPM_CONFIG_REGISTRY ?= https://registry.npmjs.org
export PIP_DISABLE_PIP_VERSION_CHECK := 1

.PHONY: run test setup test-setup lint typecheck unit integration e2e bench system-deps neo4j-launcher clean

run: setup
	$(VENV)/bin/spa-ai run

test: test-setup lint typecheck unit integration e2e

setup: $(VENV)/.installed $(BUN)

test-setup: setup $(VENV)/.test-installed system-deps neo4j-launcher

$(VENV)/.installed: pyproject.toml
	test -x $(PY) || python3 -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q -e .
	touch $@

$(VENV)/.test-installed: $(VENV)/.installed
	$(PY) -m pip install -q -e ".[test]"
	touch $@

$(BUN):
	npm install --prefix .bun --no-audit --no-fund --loglevel=error bun@$(BUN_VERSION)
	$(BUN) --version

# Debian packages the tests drive for real: Chromium (e2e), Prometheus + Alertmanager (CEP interop),
# Tesseract with Korean (DOCS OCR), Noto CJK (Korean in screenshots).
SYSTEM_BINARIES := /usr/bin/chromium /usr/bin/prometheus /usr/bin/prometheus-alertmanager /usr/bin/tesseract /usr/share/tesseract-ocr/5/tessdata/kor.traineddata /usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc
SYSTEM_PACKAGES := chromium prometheus prometheus-alertmanager tesseract-ocr tesseract-ocr-kor fonts-noto-cjk
system-deps:
	@missing=""; for f in $(SYSTEM_BINARIES); do [ -e "$$f" ] || missing="$$missing $$f"; done; \
	if [ -z "$$missing" ]; then exit 0; fi; \
	if [ "$$(id -u)" = "0" ]; then apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $(SYSTEM_PACKAGES) >/dev/null; \
	else echo "Tests need Debian packages ($$missing missing): run 'sudo apt-get install $(SYSTEM_PACKAGES)'"; exit 1; fi

neo4j-launcher: $(VENV)/.test-installed
	$(PY) -c "from tests.support.neo4j_server import build_launcher; print(build_launcher())"

lint:
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .

typecheck:
	$(VENV)/bin/mypy services spa_ai

unit: $(VENV)/.test-installed
	$(VENV)/bin/pytest -q tests/unit

# Three workers, a file per worker at a time: each worker has its own PostgreSQL, Neo4j and ports. On
# two cores a third worker runs while the others wait on servers, timeouts and subprocesses (measured:
# the integration suite took 8 min with three workers where two took 11).
integration: test-setup
	$(VENV)/bin/pytest -q -n 3 --dist loadfile tests/integration

e2e: test-setup
	$(VENV)/bin/pytest -q tests/e2e

bench: setup
	$(PY) bench/startup.py

clean:
	rm -rf .web/build $(VENV) .bun
