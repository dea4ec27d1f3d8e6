#pragma once
// Thread control on oneTBB arenas: set_num_threads / TABULA_NUM_THREADS, scikit-learn's n_jobs,
// and chunked loops whose chunk boundaries never depend on the thread count (so results don't).
#include <cstdint>
#include <functional>

namespace tabula {

// Threads used by tabula's parallel loops from now on; n <= 0 means all cores.
void set_num_threads(int n);
// The current default: set_num_threads, else TABULA_NUM_THREADS, else all cores.
int get_num_threads();
// Cores on this machine.
int hardware_threads();
// scikit-learn's n_jobs: n > 0 is n threads, -1 all cores, -2 all but one, ... (at least 1);
// 0 is a ValueError, as in joblib.
int effective_n_jobs(int n_jobs);

// Runs `body` inside an arena of `effective_n_jobs(n_jobs)` threads; parallel loops started
// inside it (at any depth) share those threads instead of oversubscribing the machine.
void with_n_jobs(int n_jobs, const std::function<void()>& body);

// Calls body(chunk, begin, end) for each chunk [begin, end) of [0, n) cut every `chunk_size`
// elements, in parallel. Chunk k always covers [k * chunk_size, min(n, (k + 1) * chunk_size)),
// whatever the thread count, so per-chunk partial results combined in chunk order are
// reproducible.
void parallel_chunks(std::int64_t n, std::int64_t chunk_size,
                     const std::function<void(std::int64_t chunk, std::int64_t begin,
                                              std::int64_t end)>& body);

// Number of chunks parallel_chunks makes.
inline std::int64_t chunk_count(std::int64_t n, std::int64_t chunk_size) {
    return n <= 0 ? 0 : (n + chunk_size - 1) / chunk_size;
}

}  // namespace tabula
