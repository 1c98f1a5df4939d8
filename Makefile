# Funnel: build, run and test. `make run` and `make test` do all the set-up on a fresh machine.
SWIFT ?= swift
PREFIX ?= /usr/local
# Tests and the board run in their own build folder so a `make run` never waits on a test build.
RELEASE_BIN = .build/release/funnel
# The Swift runtime and Foundation linked in: start-up skips loading and relocating a dozen shared libraries
# (docs/PERFORMANCE.md). Every release build uses the same flags, so the benchmark build never rebuilds funnel.
RELEASE_FLAGS = -c release --static-swift-stdlib

.PHONY: build release run test schema bench fuzz install clean pg pg-stop check-system-libraries check-test-tools

## build: debug build of every target
build: check-system-libraries
	$(SWIFT) build

## release: optimised build of the funnel binary
release: check-system-libraries
	$(SWIFT) build $(RELEASE_FLAGS) --product funnel

## run: build and open Funnel on the default database
run: release
	$(RELEASE_BIN)

## test: every test (unit, store, CLI end to end, board snapshots, tmux end to end)
test: build check-test-tools
	$(SWIFT) test --parallel

## schema: write docs/schema.sql, the fully migrated schema, from a fresh database (after adding a migration);
## SchemaFileTests fails until it is written and committed
schema: check-system-libraries
	FUNNEL_WRITE_SCHEMA=1 $(SWIFT) test --filter SchemaFileTests

## fuzz: run each libFuzzer target for FUZZ_SECONDS (default 60); new corpus entries and crashes are kept in Tests/Fuzz
FUZZ_SECONDS ?= 60
FUZZ_TARGETS = parsing csv
FUZZ = .build/fuzz
FUZZ_BASE = $(SWIFT)c -sanitize=fuzzer,address -parse-as-library -g
FUZZ_SWIFTC = $(FUZZ_BASE) -I $(FUZZ) -L $(FUZZ)
fuzz: build
	@mkdir -p $(FUZZ)
	$(FUZZ_BASE) -module-name ParsingFuzz Sources/Pipeline/*.swift Sources/Pipeline/*/*.swift \
		Tests/Fuzz/ParsingChecks.swift Tests/Fuzz/ParsingFuzzTarget.swift -o $(FUZZ)/parsing 2>&1 | grep -v "Cannot export local symbol" || true
	$(FUZZ_SWIFTC) -emit-module -emit-library -static -module-name Pipeline Sources/Pipeline/*.swift Sources/Pipeline/*/*.swift \
		-emit-module-path $(FUZZ)/Pipeline.swiftmodule -o $(FUZZ)/libPipeline.a
	$(FUZZ_SWIFTC) -emit-module -emit-library -static -swift-version 5 -module-name CSV .build/checkouts/CSV.swift/Sources/CSV/*.swift \
		-emit-module-path $(FUZZ)/CSV.swiftmodule -o $(FUZZ)/libCSV.a
	$(FUZZ_SWIFTC) -emit-module -emit-library -static -module-name Interop Sources/Interop/*.swift \
		-emit-module-path $(FUZZ)/Interop.swiftmodule -o $(FUZZ)/libInterop.a
	$(FUZZ_SWIFTC) -module-name CSVFuzz Tests/Fuzz/CSVImportChecks.swift Tests/Fuzz/CSVReference.swift Tests/Fuzz/CSVFuzzTarget.swift \
		-lInterop -lCSV -lPipeline -o $(FUZZ)/csv 2>&1 | grep -v "Cannot export local symbol" || true
	@for target in $(FUZZ_TARGETS); do \
		mkdir -p Tests/Fuzz/corpus/$$target Tests/Fuzz/crashes/$$target; \
		echo "fuzzing $$target for $(FUZZ_SECONDS)s"; \
		$(FUZZ)/$$target -max_total_time=$(FUZZ_SECONDS) -max_len=4096 -timeout=10 \
			-artifact_prefix=Tests/Fuzz/crashes/$$target/ Tests/Fuzz/corpus/$$target || exit 1; \
	done

## bench: the performance suite in release mode (docs/PERFORMANCE.md); BENCH_ARGS=--quick for a short run,
## BENCH_ARGS="--only move" for one figure
bench: release
	$(SWIFT) build $(RELEASE_FLAGS) --product FunnelBenchmarks
	.build/release/FunnelBenchmarks $(BENCH_ARGS)

## install: copy the release binary to $(PREFIX)/bin
install: release
	install -d $(PREFIX)/bin
	install -m 0755 $(RELEASE_BIN) $(PREFIX)/bin/funnel

## pg: start a throwaway PostgreSQL server on 127.0.0.1 (no root needed) and print the FUNNEL_DB line that uses it;
## its folder: FUNNEL_PG_DIR if set, else $XDG_RUNTIME_DIR/funnel-pg (not as root), else /tmp/funnel-pg-USER
pg:
	@.ci/pg start

## pg-stop: stop the `make pg` server and delete its folder and data
pg-stop:
	@.ci/pg stop

## clean: remove build output
clean:
	rm -rf .build .bench

# The Debian packages a build needs (a header each) and the tests need besides (a command each). Whatever is
# missing is installed with apt-get: as root directly, otherwise through sudo; where neither can run, make stops
# with the command to type.
BUILD_PACKAGES = /usr/include/sqlite3.h=libsqlite3-dev /usr/include/ncursesw/curses.h=libncurses-dev
TEST_PACKAGES = tmux=tmux

check-system-libraries:
	@command -v $(SWIFT) >/dev/null || { echo "Funnel needs Swift 6 on PATH (swift.org/install)" >&2; exit 1; }
	@$(call install_missing,$(BUILD_PACKAGES),test -f)

# The PostgreSQL tests need the server's programs (initdb and the rest, in /usr/lib/postgresql/VERSION/bin on
# Debian, or $FUNNEL_POSTGRES_BIN); where they cannot be installed, make says so and those tests are skipped.
check-test-tools:
	@$(call install_missing,$(TEST_PACKAGES),command -v)
	@( $(call install_missing,initdb=postgresql,$(has_postgres_server)) ) || \
		echo "*** PostgreSQL is not installed: every PostgreSQL test will be SKIPPED (apt-get install postgresql runs them). ***" >&2

# The shell test for the PostgreSQL server's program $$1: in $$FUNNEL_POSTGRES_BIN when set, else in Debian's folder.
has_postgres_server = has_postgres_server() { if [ -n "$$FUNNEL_POSTGRES_BIN" ]; then test -x "$$FUNNEL_POSTGRES_BIN/$$1"; \
	else ls /usr/lib/postgresql/*/bin/"$$1" || command -v "$$1"; fi; }; has_postgres_server

# $(1): pairs of what must exist = the package that brings it; $(2): the shell test for what must exist.
define install_missing
missing=""; \
for pair in $(1); do \
	$(2) "$${pair%%=*}" >/dev/null 2>&1 || missing="$$missing $${pair#*=}"; \
done; \
[ -z "$$missing" ] && exit 0; \
if [ "$$(id -u)" = 0 ]; then as_root=""; \
elif command -v sudo >/dev/null 2>&1; then as_root="sudo"; \
else echo "Funnel needs these Debian packages:$$missing. Install them as root: apt-get install$$missing" >&2; exit 1; fi; \
echo "Funnel needs these Debian packages:$$missing. Installing them: $${as_root:+sudo }apt-get install -y$$missing" >&2; \
$$as_root apt-get update -qq && $$as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing || { \
	echo "Installing failed. Install them yourself, then run make again: apt-get install$$missing" >&2; exit 1; }
endef
