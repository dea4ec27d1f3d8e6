#pragma once
// A missing feature's candidate neighbours: the training rows that have the feature (its donors),
// with their distances, in row order, as scikit-learn lists them before its argpartition.
#include <cstdint>
#include <span>

namespace tabula::impute {

// The training rows that have one feature: their numbers, and the same set as bits (row j is bit
// j % 8 of byte j / 8) for kernels that pick them eight at a time.
struct Donors {
    std::span<const std::int64_t> rows;
    const std::uint8_t* bits = nullptr;
    std::int64_t training_rows = 0;
};

// Room the outputs of gather_donors need past the donors' count: the vector kernel stores whole
// vectors.
constexpr std::int64_t donor_slack = 8;

// Writes distance[j] and j for every donor j, in order, to `values` and `labels` (each with
// room for the donors plus donor_slack). Returns whether any of those distances is a number.
bool gather_donors(const double* distance, const Donors& donors, double* values,
                   std::int64_t* labels);

}  // namespace tabula::impute
