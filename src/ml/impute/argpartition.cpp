#include "argpartition.hpp"

#include <utility>
#include <vector>

namespace tabula::impute {
namespace {

// NumPy's float ordering for sorts: NaN after every number.
inline bool less(double a, double b) {
    return a < b || (b != b && a == a);
}

// The arg-variant of NumPy's selection.cpp. NumPy compares v[tosort[i]] and swaps tosort; this
// swaps a copy of the values along with tosort, which takes the same decisions (they depend only
// on the values at each position) while reading the values in order. Ranges are offset exactly
// where NumPy offsets them, so the swaps, and so the ties' order, are NumPy's.
class Select {
  public:
    // `values` is a copy of the values in the order of `base` on entry.
    Select(double* values, const std::int64_t* base) : values_(values), base_(base) {}

    void introselect(std::int64_t* tosort, std::int64_t num, std::int64_t kth) const {
        std::int64_t low = 0;
        std::int64_t high = num - 1;
        if (kth - low < 3) {
            dumb_select(tosort + low, high - low + 1, kth - low);
            return;
        }
        if (kth == num - 1) {
            std::int64_t maxidx = low;
            double maxval = at(tosort, low);
            for (std::int64_t k = low + 1; k < num; ++k) {
                if (!less(at(tosort, k), maxval)) {
                    maxidx = k;
                    maxval = at(tosort, k);
                }
            }
            swap(tosort, kth, maxidx);
            return;
        }
        int depth_limit = 0;
        for (auto n = static_cast<std::uint64_t>(num); n >>= 1;) ++depth_limit;
        depth_limit *= 2;
        for (; low + 1 < high;) {
            std::int64_t ll = low + 1;
            std::int64_t hh = high;
            if (depth_limit > 0 || hh - ll < 5) {
                const std::int64_t mid = low + (high - low) / 2;
                median3_swap(tosort, low, mid, high);
            } else {
                const std::int64_t mid = ll + median_of_median5(tosort + ll, hh - ll);
                swap(tosort, mid, low);
                --ll;
                ++hh;
            }
            --depth_limit;
            unguarded_partition(tosort, at(tosort, low), ll, hh);
            swap(tosort, low, hh);
            if (hh >= kth) high = hh - 1;
            if (hh <= kth) low = ll;
        }
        if (high == low + 1 && less(at(tosort, high), at(tosort, low))) {
            swap(tosort, high, low);
        }
    }

  private:
    // The value at position i of the range that starts at `tosort`.
    double at(const std::int64_t* tosort, std::int64_t i) const {
        return values_[(tosort - base_) + i];
    }
    void swap(std::int64_t* tosort, std::int64_t i, std::int64_t j) const {
        std::swap(tosort[i], tosort[j]);
        const auto offset = tosort - base_;
        std::swap(values_[offset + i], values_[offset + j]);
    }

    void median3_swap(std::int64_t* t, std::int64_t low, std::int64_t mid,
                      std::int64_t high) const {
        if (less(at(t, high), at(t, mid))) swap(t, high, mid);
        if (less(at(t, high), at(t, low))) swap(t, high, low);
        if (less(at(t, low), at(t, mid))) swap(t, low, mid);
        swap(t, mid, low + 1);
    }

    std::int64_t median5(std::int64_t* t) const {
        if (less(at(t, 1), at(t, 0))) swap(t, 1, 0);
        if (less(at(t, 4), at(t, 3))) swap(t, 4, 3);
        if (less(at(t, 3), at(t, 0))) swap(t, 3, 0);
        if (less(at(t, 4), at(t, 1))) swap(t, 4, 1);
        if (less(at(t, 2), at(t, 1))) swap(t, 2, 1);
        if (less(at(t, 3), at(t, 2))) return less(at(t, 3), at(t, 1)) ? 1 : 3;
        return 2;
    }

    void unguarded_partition(std::int64_t* t, double pivot, std::int64_t& ll,
                             std::int64_t& hh) const {
        for (;;) {
            do {
                ++ll;
            } while (less(at(t, ll), pivot));
            do {
                --hh;
            } while (less(pivot, at(t, hh)));
            if (hh < ll) break;
            swap(t, ll, hh);
        }
    }

    std::int64_t median_of_median5(std::int64_t* t, std::int64_t num) const {
        const std::int64_t nmed = num / 5;
        for (std::int64_t i = 0, subleft = 0; i < nmed; ++i, subleft += 5) {
            const std::int64_t m = median5(t + subleft);
            swap(t, subleft + m, i);
        }
        if (nmed > 2) introselect(t, nmed, nmed / 2);
        return nmed / 2;
    }

    void dumb_select(std::int64_t* t, std::int64_t num, std::int64_t kth) const {
        for (std::int64_t i = 0; i <= kth; ++i) {
            std::int64_t minidx = i;
            double minval = at(t, i);
            for (std::int64_t k = i + 1; k < num; ++k) {
                if (less(at(t, k), minval)) {
                    minidx = k;
                    minval = at(t, k);
                }
            }
            swap(t, i, minidx);
        }
    }

    double* values_;
    const std::int64_t* base_;
};

}  // namespace

void argpartition(std::span<const double> values, std::span<std::int64_t> order, std::int64_t kth) {
    std::vector<double> copy(values.begin(), values.end());
    Select(copy.data(), order.data())
        .introselect(order.data(), static_cast<std::int64_t>(order.size()), kth);
}

}  // namespace tabula::impute
