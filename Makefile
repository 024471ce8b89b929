# gos — build, test and install. `make demo` and `make test` work on a fresh
# Debian machine: both install the packages they need first (scripts/deps.sh).

BUILD   ?= build
JOBS    ?= 2
PREFIX  ?= /usr/local
CMAKE_FLAGS ?=

.PHONY: all deps configure build demo test sanitize golden bench install clean

all: build

deps:
	@scripts/deps.sh

$(BUILD)/CMakeCache.txt:
	cmake -S . -B $(BUILD) -DCMAKE_BUILD_TYPE=Release -DCMAKE_INSTALL_PREFIX=$(PREFIX) $(CMAKE_FLAGS)

configure: deps $(BUILD)/CMakeCache.txt

build: configure
	cmake --build $(BUILD) -j$(JOBS)

demo: build
	@echo "== gos run examples/hello.gs"
	@$(BUILD)/gos run examples/hello.gs
	@echo "== gos run examples/fib.gs"
	@$(BUILD)/gos run examples/fib.gs

test: build
	cd $(BUILD) && ctest --output-on-failure -j$(JOBS)

# gos built with AddressSanitizer and UBSan (clang): the unit, golden and
# hostile suites under them, then each fuzz target for FUZZ_SECONDS.
SANITIZE_BUILD ?= build-sanitize
FUZZ_SECONDS ?= 30
sanitize:
	@scripts/deps.sh clang libclang-rt-dev
	JOBS=$(JOBS) scripts/sanitize.sh $(SANITIZE_BUILD) $(FUZZ_SECONDS)

# Regenerates the expected outputs of tests/golden from go run.
golden: deps
	scripts/golden.sh regen

# Times gos against Lua, Python and native Go on the benchmark workloads
# that gos runs so far (see ../shared/bench if present, else bench/).
BENCH_DIR ?= $(firstword $(wildcard ../shared/bench bench))
bench: build
	ONLY="$(ONLY)" $(BENCH_DIR)/run.sh "$(abspath $(BUILD))/gos run"

install: build
	cmake --install $(BUILD)

clean:
	rm -rf $(BUILD)
