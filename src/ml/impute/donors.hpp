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

// Room the output of gather_donors needs past the donors' count: the vector kernel stores whole
// vectors.
constexpr std::int64_t donor_slack = 8;

// Writes distance[j] for every donor j, in order, to `values` (with room for the donors plus
// donor_slack). Returns whether any of those distances is a number.
bool gather_donors(const double* distance, const Donors& donors, double* values);

// The donors whose distances are the `chosen` ones: rows[t] = the donor j with distance[j] ==
// chosen[t], when each chosen distance is a number that exactly one donor has. Returns false
// otherwise (ties, which only the partition's moves of the labels tell apart).
bool unique_donors(const double* distance, const Donors& donors, std::span<const double> chosen,
                   std::int64_t* rows);

}  // namespace tabula::impute
