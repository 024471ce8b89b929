# gos — build, test and install. `make demo` and `make test` work on a fresh
# Debian machine: both install the packages they need first (scripts/deps.sh).

BUILD   ?= build
JOBS    ?= 2
PREFIX  ?= /usr/local
CMAKE_FLAGS ?=

.PHONY: all deps configure build demo test install clean

all: build

deps:
	@scripts/deps.sh

$(BUILD)/CMakeCache.txt:
	cmake -S . -B $(BUILD) -DCMAKE_BUILD_TYPE=Release -DCMAKE_INSTALL_PREFIX=$(PREFIX) $(CMAKE_FLAGS)

configure: deps $(BUILD)/CMakeCache.txt

build: configure
	cmake --build $(BUILD) -j$(JOBS)

demo: build
	@echo "== gos check --ast examples/hello.gs"
	@$(BUILD)/gos check --ast examples/hello.gs

test: build
	cd $(BUILD) && ctest --output-on-failure -j$(JOBS)

install: build
	cmake --install $(BUILD)

clean:
	rm -rf $(BUILD)
