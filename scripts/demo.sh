#!/usr/bin/env bash
# The demo: runs the example programs in the order of the seed guide. Called by `make demo`
# with the build directory as its argument.
set -euo pipefail
build=${1:-build/release}
examples=(comprehensions_generators decorators vectorisation numpy_tour broadcasting dataframe_tour missing_data
          pipeline_tour)
for name in "${examples[@]}"; do
    printf '\n===== %s =====\n' "$name"
    "$build/examples/$name"
done

# Seed section 07's figure, written into the build directory rather than the working tree.
printf '\n===== training_results =====\n'
"$build/examples/training_results" "$build/training_results.png"

# The EDA sheet of data/users.csv (seaborn's histplot, kdeplot, heatmap, countplot, barplot).
printf '\n===== eda_sheet =====\n'
"$build/examples/eda_sheet" "$build/eda_sheet.png"

# The command line's first look at the embedded data set.
data=$(dirname "$0")/../data/users.csv
printf '\n===== tabula describe data/users.csv =====\n'
"$build/apps/tabula/tabula" describe "$data"
