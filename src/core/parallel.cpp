#include "tabula/core/parallel.hpp"

#include <tbb/blocked_range.h>
#include <tbb/parallel_for.h>
#include <tbb/task_arena.h>

#include <atomic>
#include <cstdlib>
#include <memory>
#include <mutex>
#include <string>
#include <thread>

#include "tabula/core/error.hpp"

namespace tabula {

namespace {

// OpenBLAS's pthread build starts its workers when it loads and lets them wait for work by
// spinning (sched_yield) for about 2^28 clock ticks before they sleep: in a short program that
// takes a core from our own threads for the first tenth of a second (W7b's fit_transform lost a
// fifth of its speed to it). Its pool is shut down here, before main; OpenBLAS starts it again
// at the next threaded BLAS call, as it does after a fork. Declared weak: without OpenBLAS's
// pthread build the address is null and nothing happens.
extern "C" [[gnu::weak]] void blas_thread_shutdown_();
[[maybe_unused]] const bool blas_pool_parked = [] {
    if (blas_thread_shutdown_ != nullptr) blas_thread_shutdown_();
    return true;
}();

std::atomic<int> configured_threads{0};  // 0: not set by set_num_threads
thread_local int arena_depth = 0;        // > 0 while running inside one of our arenas

int threads_from_env() {
    const char* env = std::getenv("TABULA_NUM_THREADS");
    if (env == nullptr || *env == '\0') return 0;
    char* end = nullptr;
    const long n = std::strtol(env, &end, 10);
    if (*end != '\0' || n <= 0) {
        throw ValueError("TABULA_NUM_THREADS must be a positive integer, got '" + std::string(env) +
                         "'");
    }
    return static_cast<int>(n);
}

// One arena per distinct thread count, made on first use and kept (arenas are cheap when idle).
tbb::task_arena& arena_for(int threads) {
    static std::mutex mutex;
    static std::unique_ptr<tbb::task_arena> arenas[256];
    const int slot = threads < 256 ? threads : 255;
    std::lock_guard lock(mutex);
    if (!arenas[slot]) arenas[slot] = std::make_unique<tbb::task_arena>(slot);
    return *arenas[slot];
}

template <class F>
void in_arena(int threads, F&& f) {
    tbb::task_arena& arena = arena_for(threads);
    arena.execute([&] {
        ++arena_depth;
        try {
            f();
        } catch (...) {
            --arena_depth;
            throw;
        }
        --arena_depth;
    });
}

}  // namespace

int hardware_threads() {
    const unsigned n = std::thread::hardware_concurrency();
    return n == 0 ? 1 : static_cast<int>(n);
}

void set_num_threads(int n) {
    configured_threads = n <= 0 ? hardware_threads() : n;
}

int get_num_threads() {
    const int configured = configured_threads.load();
    if (configured > 0) return configured;
    static const int from_env = threads_from_env();
    return from_env > 0 ? from_env : hardware_threads();
}

int effective_n_jobs(int n_jobs) {
    if (n_jobs == 0) throw ValueError("n_jobs == 0 has no meaning.");
    if (n_jobs > 0) return n_jobs;
    const int n = hardware_threads() + 1 + n_jobs;
    return n < 1 ? 1 : n;
}

void with_n_jobs(int n_jobs, const std::function<void()>& body) {
    in_arena(effective_n_jobs(n_jobs), body);
}

void parallel_chunks(std::int64_t n, std::int64_t chunk_size,
                     const std::function<void(std::int64_t, std::int64_t, std::int64_t)>& body) {
    if (chunk_size <= 0) throw ValueError("chunk_size must be positive");
    const std::int64_t chunks = chunk_count(n, chunk_size);
    if (chunks == 0) return;
    auto run_chunk = [&](std::int64_t k) {
        const std::int64_t begin = k * chunk_size;
        const std::int64_t end = begin + chunk_size < n ? begin + chunk_size : n;
        body(k, begin, end);
    };
    const int threads =
        arena_depth > 0 ? tbb::this_task_arena::max_concurrency() : get_num_threads();
    if (chunks == 1 || threads == 1) {
        for (std::int64_t k = 0; k < chunks; ++k) run_chunk(k);
        return;
    }
    auto loop = [&] {
        tbb::parallel_for(
            tbb::blocked_range<std::int64_t>(0, chunks, 1),
            [&](const tbb::blocked_range<std::int64_t>& r) {
                for (std::int64_t k = r.begin(); k != r.end(); ++k) run_chunk(k);
            },
            tbb::simple_partitioner());
    };
    if (arena_depth > 0) {
        loop();
    } else {
        in_arena(threads, loop);
    }
}

}  // namespace tabula
