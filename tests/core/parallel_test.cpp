#include "tabula/core/parallel.hpp"

#include <gtest/gtest.h>

#include <atomic>
#include <numeric>
#include <vector>

#include "tabula/core/error.hpp"

namespace tabula {
namespace {

TEST(Parallel, NJobsMeaning) {
    const int cores = hardware_threads();
    EXPECT_EQ(effective_n_jobs(3), 3);
    EXPECT_EQ(effective_n_jobs(-1), cores);
    EXPECT_EQ(effective_n_jobs(-2), cores > 1 ? cores - 1 : 1);
    EXPECT_EQ(effective_n_jobs(-1000), 1);
    EXPECT_THROW(effective_n_jobs(0), ValueError);
}

TEST(Parallel, SetNumThreads) {
    set_num_threads(3);
    EXPECT_EQ(get_num_threads(), 3);
    set_num_threads(-1);
    EXPECT_EQ(get_num_threads(), hardware_threads());
}

TEST(Parallel, ChunksCoverRangeOnceWithFixedBoundaries) {
    const std::int64_t n = 10'007;
    std::vector<int> hits(n, 0);
    std::vector<std::int64_t> starts(chunk_count(n, 1000), -1);
    parallel_chunks(n, 1000, [&](std::int64_t k, std::int64_t b, std::int64_t e) {
        starts[k] = b;
        for (std::int64_t i = b; i < e; ++i) ++hits[i];
    });
    EXPECT_EQ(starts.size(), 11u);
    for (std::size_t k = 0; k < starts.size(); ++k) EXPECT_EQ(starts[k], std::int64_t(k) * 1000);
    EXPECT_TRUE(std::all_of(hits.begin(), hits.end(), [](int h) { return h == 1; }));
    EXPECT_THROW(parallel_chunks(10, 0, [](auto, auto, auto) {}), ValueError);
}

TEST(Parallel, ResultIndependentOfThreadCount) {
    std::vector<double> x(100'000);
    for (std::size_t i = 0; i < x.size(); ++i) x[i] = 1.0 / double(i + 1);
    auto chunked_sum = [&] {
        std::vector<double> partial(chunk_count(x.size(), 4096));
        parallel_chunks(x.size(), 4096, [&](std::int64_t k, std::int64_t b, std::int64_t e) {
            partial[k] = std::accumulate(x.begin() + b, x.begin() + e, 0.0);
        });
        return std::accumulate(partial.begin(), partial.end(), 0.0);
    };
    set_num_threads(1);
    const double one = chunked_sum();
    set_num_threads(4);
    const double four = chunked_sum();
    set_num_threads(-1);
    EXPECT_EQ(one, four);
}

TEST(Parallel, NestedArenasDoNotOversubscribe) {
    std::atomic<int> peak{0}, active{0};
    with_n_jobs(2, [&] {
        parallel_chunks(8, 1, [&](auto, auto, auto) {
            parallel_chunks(8, 1, [&](auto, auto, auto) {
                const int now = ++active;
                int seen = peak.load();
                while (now > seen && !peak.compare_exchange_weak(seen, now)) {
                }
                volatile double sink = 0;
                for (int i = 0; i < 20000; ++i) sink = sink + i;
                --active;
            });
        });
    });
    EXPECT_LE(peak.load(), 2);
    EXPECT_GE(peak.load(), 1);
}

TEST(Parallel, ExceptionsPropagate) {
    EXPECT_THROW(parallel_chunks(100, 10,
                                 [](std::int64_t k, auto, auto) {
                                     if (k == 5) throw ValueError("chunk 5");
                                 }),
                 ValueError);
}

}  // namespace
}  // namespace tabula
