# The front door: `make demo`, `make test`, `make bench DATA=DIR WORKLOADS="W4 W5"`.
# Every target installs what it needs first (scripts/install-deps.sh is idempotent).
JOBS ?= $(shell nproc)
BUILD := build/release
ASAN_BUILD := build/asan
DATA ?= /tmp/tabula-bench-data
WORKLOADS ?= W4 W5
export CCACHE_DIR ?= $(CURDIR)/.cache/ccache

.PHONY: deps build test demo bench consumer asan format

deps:
	@bash scripts/install-deps.sh

build: deps
	@cmake --preset release >/dev/null
	@cmake --build --preset release -j $(JOBS)

test: build
	ctest --preset release -j $(JOBS)
	$(MAKE) --no-print-directory consumer
	$(MAKE) --no-print-directory asan

# Installs the library into a scratch prefix and builds a separate project against it.
consumer:
	@rm -rf build/consumer build/install
	cmake --install $(BUILD) --prefix $(CURDIR)/build/install >/dev/null
	cmake -S tests/consumer -B build/consumer -DCMAKE_PREFIX_PATH=$(CURDIR)/build/install >/dev/null
	cmake --build build/consumer -j $(JOBS)
	./build/consumer/consumer

asan: deps
	@cmake --preset asan >/dev/null
	@cmake --build --preset asan -j $(JOBS)
	ctest --preset asan -j $(JOBS)

demo: build
	@bash scripts/demo.sh $(BUILD)

bench: deps
	@cmake --preset release >&2
	@cmake --build --preset release -j $(JOBS) --target tabula-bench >&2
	@./$(BUILD)/bench/tabula-bench --data $(DATA) $(WORKLOADS)

format:
	@git ls-files '*.hpp' '*.cpp' | xargs clang-format -i
