#!/usr/bin/env bash
# The demo: runs the example programs in the order of the seed guide. Called by `make demo`
# with the build directory as its argument.
set -euo pipefail
build=${1:-build/release}
examples=(comprehensions_generators decorators vectorisation numpy_tour broadcasting)
for name in "${examples[@]}"; do
    printf '\n===== %s =====\n' "$name"
    "$build/examples/$name"
done
