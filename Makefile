# ReportSite: `make site` builds the tool and renders Content/ into Output/; `make test` runs every test.
SHELL := /bin/bash
SWIFT ?= swift
BIN := .build/debug/reportsite
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
export SOURCE_DATE_EPOCH ?= $(shell git log -1 --format=%ct 2>/dev/null || echo 0)

.PHONY: site build deps test test-unit test-serve test-site bench fuzz pdf starter clean

site: build
	$(BIN) build

build: deps
	$(SWIFT) build --product reportsite

# System packages the build needs (Debian): libcmark-dev for Markdown.
deps:
	@pkg-config --exists libcmark 2>/dev/null || { \
	  echo "installing libcmark-dev"; \
	  $(SUDO) apt-get update -qq && $(SUDO) apt-get install -y -qq libcmark-dev pkg-config; }

test: test-unit test-serve

test-unit: deps
	$(SWIFT) build --build-tests
	$(SWIFT) test --skip-build

# Python for the tests that drive real processes (serve) and the browser: a virtualenv, made once.
VENV := .venv-test
PY := $(VENV)/bin/python
$(PY):
	python3 -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q pytest

# `reportsite serve` against a real running server.
test-serve: build $(PY)
	$(PY) -m pytest -q tests/serve

# Re-embed the starter site used by `reportsite init` after changing Templates/.
starter:
	python3 scripts/embed-starter.py

clean:
	rm -rf .build Output/*
