#include "numpy_quicksort.hpp"

#include <algorithm>
#include <bit>
#include <numeric>
#include <utility>

namespace tabula::detail {

namespace {

constexpr std::int64_t small_quicksort = 15;  // NumPy's SMALL_QUICKSORT
constexpr int stack_size = 128;               // NumPy's PYA_QS_STACK

// NumPy's aheapsort_ on tosort[0, n), 1-based as NumPy indexes its heap.
void heapsort_indices(const std::int64_t* v, std::int64_t* tosort, std::int64_t n) {
    std::int64_t* a = tosort - 1;
    std::int64_t i;
    std::int64_t j;
    std::int64_t tmp;
    for (std::int64_t l = n >> 1; l > 0; --l) {
        tmp = a[l];
        for (i = l, j = l << 1; j <= n;) {
            if (j < n && v[a[j]] < v[a[j + 1]]) j += 1;
            if (v[tmp] < v[a[j]]) {
                a[i] = a[j];
                i = j;
                j += j;
            } else {
                break;
            }
        }
        a[i] = tmp;
    }
    for (; n > 1;) {
        tmp = a[n];
        a[n] = a[1];
        n -= 1;
        for (i = 1, j = 2; j <= n;) {
            if (j < n && v[a[j]] < v[a[j + 1]]) j++;
            if (v[tmp] < v[a[j]]) {
                a[i] = a[j];
                i = j;
                j += j;
            } else {
                break;
            }
        }
        a[i] = tmp;
    }
}

}  // namespace

std::vector<std::int64_t> numpy_quicksort_argsort(std::span<const std::int64_t> values) {
    const auto num = static_cast<std::int64_t>(values.size());
    std::vector<std::int64_t> order(values.size());
    std::iota(order.begin(), order.end(), std::int64_t{0});
    if (num < 2) return order;
    const std::int64_t* v = values.data();
    std::int64_t* pl = order.data();
    std::int64_t* pr = pl + num - 1;
    std::int64_t* stack[stack_size];
    std::int64_t** sptr = stack;
    int depth[stack_size];
    int* psdepth = depth;
    // npy_get_msb(num) * 2: twice the index of the highest set bit.
    int cdepth = (std::bit_width(static_cast<std::uint64_t>(num)) - 1) * 2;
    for (;;) {
        if (cdepth < 0) {
            heapsort_indices(v, pl, pr - pl + 1);
        } else {
            while ((pr - pl) > small_quicksort) {
                std::int64_t* pm = pl + ((pr - pl) >> 1);
                if (v[*pm] < v[*pl]) std::swap(*pm, *pl);
                if (v[*pr] < v[*pm]) std::swap(*pr, *pm);
                if (v[*pm] < v[*pl]) std::swap(*pm, *pl);
                const std::int64_t vp = v[*pm];
                std::int64_t* pi = pl;
                std::int64_t* pj = pr - 1;
                std::swap(*pm, *pj);
                for (;;) {
                    do {
                        ++pi;
                    } while (v[*pi] < vp);
                    do {
                        --pj;
                    } while (vp < v[*pj]);
                    if (pi >= pj) break;
                    std::swap(*pi, *pj);
                }
                std::int64_t* pk = pr - 1;
                std::swap(*pi, *pk);
                // The larger partition goes on the stack.
                if (pi - pl < pr - pi) {
                    *sptr++ = pi + 1;
                    *sptr++ = pr;
                    pr = pi - 1;
                } else {
                    *sptr++ = pl;
                    *sptr++ = pi - 1;
                    pl = pi + 1;
                }
                *psdepth++ = --cdepth;
            }
            for (std::int64_t* pi = pl + 1; pi <= pr; ++pi) {
                const std::int64_t vi = *pi;
                const std::int64_t vp = v[vi];
                std::int64_t* pj = pi;
                std::int64_t* pk = pi - 1;
                while (pj > pl && vp < v[*pk]) *pj-- = *pk--;
                *pj = vi;
            }
        }
        if (sptr == stack) break;
        pr = *(--sptr);
        pl = *(--sptr);
        cdepth = *(--psdepth);
    }
    return order;
}

std::vector<std::int64_t> pandas_nargsort(std::span<const std::int64_t> values, bool ascending) {
    if (ascending) return numpy_quicksort_argsort(values);
    const std::vector<std::int64_t> reversed(values.rbegin(), values.rend());
    std::vector<std::int64_t> order = numpy_quicksort_argsort(reversed);
    const auto n = static_cast<std::int64_t>(values.size());
    for (std::int64_t& position : order) position = n - 1 - position;
    std::reverse(order.begin(), order.end());
    return order;
}

}  // namespace tabula::detail
