#pragma once
// Layer tables of the 256-layer normal ziggurat behind Generator::standard_normal, shared
// between the sampler and the generated table source (src/core/random_ziggurat_tables.cpp).
#include <cstdint>

namespace tabula::random::detail {

struct ZigguratTables {
    // Acceptance thresholds for the 52-bit mantissa draw, one per layer.
    std::uint64_t k[256];
    // Layer widths divided by 2^52: a sample is mantissa * w[layer].
    double w[256];
    // The density at each layer's edge, for the wedge test.
    double f[256];
    // Where the tail beyond the base strip begins.
    double r;
};

extern const ZigguratTables normal_ziggurat;

}  // namespace tabula::random::detail
