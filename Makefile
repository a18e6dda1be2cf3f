# moldrisk — build, run, test and regenerate the example reports.
#   make run      install the system packages if missing (make deps), build in release mode, run the
#                 rinse-cup scenario
#   make test     install the system packages if missing, run the whole test suite, then a short
#                 seeded fuzzing round
#   make reports  regenerate reports/ from scenarios/ (byte-identical for the same code), with the
#                 PDF reports, the xlsx workbooks and a picture of the rinse-cup PDF's first page
#   make bench    build in release mode, then time moldrisk against the numba and numpy peers
#                 (bench/README.md; `make bench-deps` pip-installs numba, numpy, scipy for bench/ only);
#                 BENCH_LARGE=1 adds the 100M-trial memory check, BENCH_ARGS passes options
#   make fuzz     build in release mode, run the mutation fuzzer (fuzz/README.md): N=2000 SEED=1,
#                 BIN=path picks the binary, FUZZ_ARGS passes options
#   make fuzz-smoke  the fuzzer's own unit tests, then a short seeded round on the debug build
#   make fuzz-coverage  coverage-guided fuzzing (libFuzzer + ASan) of the scenario loader and the
#                 partial reader, FUZZ_SECONDS each (default 180); not part of `make test`
#   make sanitize the whole test suite under the address sanitizer, then the thread sanitizer
#                 (slow: two more debug builds in .build-asan and .build-tsan)
#   make deploy-check  deploy/runtime-packages.txt (the container's runtime stage) against what the
#                 release binary links
#   make shards-demo  the README's GNU parallel recipe for real: 8 shards of the rinse-cup scenario,
#                 merged, compared byte for byte with the unsharded run

SWIFT    ?= swift
BIN      ?= .build/release/moldrisk
FORMATS  := text json csv markdown pdf xlsx
SCENARIOS := $(wildcard scenarios/*.toml)
# Scenarios whose reports are also written in Chinese (--lang zh): reports/<stem>.zh.{txt,md,pdf,xlsx}
ZH_SCENARIOS := scenarios/rinse-cups.toml
# Scenarios whose Chinese text report alone is checked in (cheap: no PDF, no charts).
ZH_TEXT_SCENARIOS := scenarios/storage-box.toml

.PHONY: all deps build run test reports check-reports crosscheck bench bench-deps bench-instructions clean fuzz fuzz-smoke \
	fuzz-coverage sanitize \
	deploy-check shards-demo

all: build

# The system packages, installed with apt-get when missing: GSL (libgsl-dev); for the PDF report
# cairo and pango (libcairo2-dev, libpango1.0-dev), librsvg (librsvg2-dev), the Noto Sans CJK
# fonts (fonts-noto-cjk) and Noto Sans for Latin text (fonts-noto-core: an English PDF embeds it,
# not the CJK font); for the PDF tests and the page picture poppler-utils (pdftoppm, pdftotext);
# for the xlsx workbook libxlsxwriter (libxlsxwriter-dev) and, for its tests, an independent reader,
# openpyxl (python3-openpyxl: the tests use /usr/bin/python3, or python3 when that has it);
# for the cluster recipes' tests (deploy/) GNU parallel and PyYAML (python3-yaml).
deps:
	@missing=; \
	pkg-config --exists gsl 2>/dev/null || missing="$$missing libgsl-dev"; \
	test -f /usr/include/unuran.h || missing="$$missing libunuran-dev"; \
	pkg-config --exists cairo-pdf 2>/dev/null || missing="$$missing libcairo2-dev"; \
	pkg-config --exists pangocairo 2>/dev/null || missing="$$missing libpango1.0-dev"; \
	pkg-config --exists librsvg-2.0 2>/dev/null || missing="$$missing librsvg2-dev"; \
	fc-list 2>/dev/null | grep -q "Noto Sans CJK SC" || missing="$$missing fonts-noto-cjk"; \
	fc-list 2>/dev/null | grep -q "NotoSans-Regular" || missing="$$missing fonts-noto-core"; \
	command -v pdftoppm >/dev/null 2>&1 && command -v pdftotext >/dev/null 2>&1 || missing="$$missing poppler-utils"; \
	parallel --version 2>/dev/null | grep -q 'GNU parallel' || missing="$$missing parallel"; \
	python3 -c 'import yaml' 2>/dev/null || missing="$$missing python3-yaml"; \
	pkg-config --exists xlsxwriter 2>/dev/null || missing="$$missing libxlsxwriter-dev"; \
	{ /usr/bin/python3 -c 'import openpyxl' || python3 -c 'import openpyxl'; } >/dev/null 2>&1 || missing="$$missing python3-openpyxl"; \
	if [ -n "$$missing" ]; then \
		echo "moldrisk: installing$$missing"; \
		SUDO=; [ "$$(id -u)" -eq 0 ] || SUDO=sudo; \
		$$SUDO apt-get update -qq && $$SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq pkg-config$$missing; \
	fi

# The products alone: the test-support targets under Tests/ import MoldRiskCore with @testable,
# which a release build of every target refuses.
build: deps
	$(SWIFT) build -c release --product moldrisk
	$(SWIFT) build -c release --product moldrisk-genlimit

run: build
	$(BIN) run scenarios/rinse-cups.toml

# The CLI tests launch the release binary, built first (the simulations run about 12× faster than
# in the debug build); `swift test` alone launches the debug one.
test: deps
	$(SWIFT) build -c release --product moldrisk
	$(SWIFT) build --build-tests
	MOLDRISK_TEST_BINARY="$(CURDIR)/.build/release/moldrisk" $(SWIFT) test
	MOLDRISK_TEST_BINARY="$(CURDIR)/.build/release/moldrisk" python3 -m unittest discover -s deploy -p 'test_*.py'
	$(MAKE) fuzz-smoke

# Every scenario in every format, with its SVG charts (the Markdown report embeds them):
# reports/<stem>.{txt,json,csv,md,pdf,xlsx} and reports/<stem>-charts/*.svg; the ZH_SCENARIOS also in
# Chinese: reports/<stem>.zh.{txt,md,pdf,xlsx} and reports/<stem>.zh-charts/*.svg; then the README's
# pictures of the rinse-cup PDF's first page in English and Chinese, reports/rinse-cups-page1.png and
# reports/rinse-cups.zh-page1.png (pdftoppm, 50 dpi).
PAGE1_PNG := reports/rinse-cups-page1
PAGE1_PNG_ZH := reports/rinse-cups.zh-page1
reports: build
	@mkdir -p reports
	@for f in $(SCENARIOS); do \
		stem=$$(basename $$f .toml); \
		for fmt in $(FORMATS); do \
			$(BIN) run $$f --format $$fmt --charts reports/$$stem-charts > /dev/null || exit 1; \
		done; \
		echo "reports/$$stem.{txt,json,csv,md,pdf,xlsx} reports/$$stem-charts/"; \
	done
	@for f in $(ZH_SCENARIOS); do \
		stem=$$(basename $$f .toml); \
		$(BIN) run $$f --lang zh --output reports/$$stem.zh.txt > /dev/null || exit 1; \
		$(BIN) run $$f --lang zh --format markdown --output reports/$$stem.zh.md --charts reports/$$stem.zh-charts \
			> /dev/null || exit 1; \
		$(BIN) run $$f --lang zh --format pdf --output reports/$$stem.zh.pdf > /dev/null || exit 1; \
		$(BIN) run $$f --lang zh --format xlsx --output reports/$$stem.zh.xlsx > /dev/null || exit 1; \
		echo "reports/$$stem.zh.{txt,md,pdf,xlsx} reports/$$stem.zh-charts/"; \
	done
	@for f in $(ZH_TEXT_SCENARIOS); do \
		stem=$$(basename $$f .toml); \
		$(BIN) run $$f --lang zh --output reports/$$stem.zh.txt > /dev/null || exit 1; \
		echo "reports/$$stem.zh.txt"; \
	done
	pdftoppm -png -r 50 -f 1 -l 1 -singlefile reports/rinse-cups.pdf $(PAGE1_PNG)
	pdftoppm -png -r 50 -f 1 -l 1 -singlefile reports/rinse-cups.zh.pdf $(PAGE1_PNG_ZH)

# Fails when the checked-in reports differ from what the code produces now.
check-reports: reports
	@git diff --exit-code --stat -- reports/ && \
	test -z "$$(git status --porcelain -- reports/)" || \
	{ echo "reports/ changed: run 'make reports' and commit the result"; git status --short -- reports/; exit 1; }

deploy-check: build
	python3 deploy/check_runtime_packages.py $(BIN)

DEMO_SHARDS ?= 8
shards-demo: build
	@d=$$(mktemp -d); trap 'rm -rf "$$d"' EXIT; \
	parallel $(BIN) run scenarios/rinse-cups.toml --threads 1 --shard {}/$(DEMO_SHARDS) --partial "$$d/parts/{}.partial" \
		::: $$(seq 0 $$(($(DEMO_SHARDS) - 1))) && \
	$(BIN) merge "$$d"/parts/*.partial --format json --output "$$d/merged.json" && \
	$(BIN) run scenarios/rinse-cups.toml --format json --output "$$d/whole.json" && \
	cmp "$$d/merged.json" "$$d/whole.json" && \
	echo "shards-demo: $(DEMO_SHARDS) shards merged give the unsharded JSON report byte for byte"

clean:
	rm -rf .build .build-asan .build-tsan .build-libfuzzer

# Independent numpy implementation of DESIGN's model vs moldrisk, figure by figure (5 SE).
crosscheck: build
	python3 bench/crosscheck.py --binary $(BIN) bench/scenarios-crosscheck/*.toml scenarios/*.toml

# Instructions per trial and fixed instructions under callgrind (bench/instructions.py): the
# machine-independent before/after figure for any change to the engine (bench/README.md).
bench-instructions: build
	python3 bench/instructions.py --binary $(BIN) --genlimit .build/release/moldrisk-genlimit

# The bench's own Python tools, never runtime dependencies of moldrisk (so not in `deps`): numpy,
# scipy and pytest for the numpy peer and its tests, and numba for the JIT peer (bench/peer_numba.py),
# installed with pip only when missing.
NUMBA_VERSION ?= 0.68.1
bench-deps:
	@python3 -c 'import numpy, scipy' 2>/dev/null || python3 -m pip install -q numpy scipy pytest
	@python3 -c 'import numba' 2>/dev/null || python3 -m pip install -q numba==$(NUMBA_VERSION)

# Throughput vs the numba and numpy peers, the generator limit, peak memory and linear scaling
# (bench/README.md).
bench: build bench-deps
	python3 bench/run_bench.py --binary $(BIN) --genlimit .build/release/moldrisk-genlimit $(BENCH_ARGS)

# Mutation fuzzer: check on every mutant, run (tornado on) on a share, each under a timeout;
# failing inputs are kept in fuzz/failures/ (fuzz/README.md). Exit status 1 on any failure.
N         ?= 2000
SEED      ?= 1
fuzz: build
	python3 fuzz/fuzz.py --binary $(BIN) -n $(N) --seed $(SEED) $(FUZZ_ARGS)

# A short seeded round on the debug build (a few hundred mutants, under a minute), after the
# fuzzer's own unit tests.
SMOKE_BIN  ?= .build/debug/moldrisk
SMOKE_N    ?= 300
SMOKE_SEED ?= 1
fuzz-smoke: deps
	$(SWIFT) build
	python3 -m unittest discover -s fuzz -p 'test_*.py'
	python3 fuzz/fuzz.py --binary $(SMOKE_BIN) -n $(SMOKE_N) --seed $(SMOKE_SEED) --trials 500 --quiet \
		--partial-share 0.05 --partial-seeds scenarios/rinse-cups.toml --failures fuzz/failures/smoke

# Coverage-guided fuzzing (fuzz/README.md, "Coverage-guided"): the libFuzzer harnesses of
# fuzz/coverage/ (declared in Package.swift only when MOLDRISK_LIBFUZZER is set) built with
# libFuzzer and the address sanitizer in .build-libfuzzer, seeded from scenarios/, the templates,
# the tests' scenarios and shards of two scenarios (20,000 trials), each run for FUZZ_SECONDS at low priority.
# New inputs collect in .build-libfuzzer/corpus/NAME/, faults in fuzz/coverage/findings/; exit
# status 1 when a harness found one.
FUZZ_SECONDS ?= 180
FUZZ_TARGETS ?= scenario partial
LIBFUZZER    := .build-libfuzzer
fuzz-coverage: deps
	$(SWIFT) build --product moldrisk
	@for t in $(FUZZ_TARGETS); do \
		MOLDRISK_LIBFUZZER=1 nice $(SWIFT) build -c release --scratch-path $(LIBFUZZER) --product moldrisk-fuzz-$$t \
			-Xswiftc -sanitize=fuzzer,address -Xcc -fsanitize=fuzzer-no-link,address || exit 1; \
	done
	python3 fuzz/coverage/seeds.py --binary .build/debug/moldrisk --out $(LIBFUZZER)/seeds
	@mkdir -p fuzz/coverage/findings
	@status=0; for t in $(FUZZ_TARGETS); do \
		mkdir -p $(LIBFUZZER)/corpus/$$t; \
		echo "fuzz-coverage: $$t for $(FUZZ_SECONDS) s"; \
		ASAN_OPTIONS=detect_leaks=0 nice $(LIBFUZZER)/release/moldrisk-fuzz-$$t $(LIBFUZZER)/corpus/$$t $(LIBFUZZER)/seeds/$$t \
			-max_total_time=$(FUZZ_SECONDS) -timeout=20 -rss_limit_mb=3000 -max_len=1048576 -print_final_stats=1 \
			-artifact_prefix=fuzz/coverage/findings/$$t- $(LIBFUZZER_ARGS) || status=1; \
	done; exit $$status

# The whole test suite under the address sanitizer, then under the thread sanitizer, each in a
# build folder of its own (the CLI tests launch the sanitized binary built beside the tests).
# Release builds with testing enabled: the code as shipped, optimised, and fast enough that the
# suite ends in about an hour on two cores; the tests' time limits are multiplied by
# SANITIZE_TIME_SCALE (`TestTimeLimit`), since every test waits for a core several times longer.
# Every report a sanitizer writes, the launched binaries' included, lands in
# $(SANITIZE_LOGS)/asan.PID or tsan.PID; the target fails when any test fails or a report exists.
SANITIZE_LOGS ?= .build-sanitize-logs
SANITIZE_TIME_SCALE ?= 6
SANITIZE_BUILD = nice $(SWIFT) build --build-tests -c release -Xswiftc -enable-testing
SANITIZE_TEST = MOLDRISK_TEST_TIME_SCALE=$(SANITIZE_TIME_SCALE) nice $(SWIFT) test --skip-build -c release
sanitize: deps
	@rm -rf $(SANITIZE_LOGS) && mkdir -p $(SANITIZE_LOGS)
	$(SANITIZE_BUILD) --sanitize=address --scratch-path .build-asan
	ASAN_OPTIONS=detect_leaks=0:log_path=$(abspath $(SANITIZE_LOGS))/asan $(SANITIZE_TEST) \
		--sanitize=address --scratch-path .build-asan
	$(SANITIZE_BUILD) --sanitize=thread --scratch-path .build-tsan
	TSAN_OPTIONS=log_path=$(abspath $(SANITIZE_LOGS))/tsan $(SANITIZE_TEST) \
		--sanitize=thread --scratch-path .build-tsan
	@if ls $(SANITIZE_LOGS)/* >/dev/null 2>&1; then echo "sanitizer reports:"; ls $(SANITIZE_LOGS); exit 1; fi

