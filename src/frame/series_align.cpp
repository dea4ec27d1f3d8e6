#include "series_align.hpp"

#include <algorithm>
#include <cmath>
#include <numeric>
#include <string>
#include <string_view>

#include "series_elementwise.hpp"
#include "tabula/core/error.hpp"

namespace tabula::detail {

namespace {

enum class LabelKind { Integer, Float, Text, Datetime };

bool is_integer_label(DType dtype) noexcept {
    return dtype == DType::Bool || dtype == DType::Int32 || dtype == DType::Int64;
}

LabelKind label_kind(DType a, DType b) {
    if (is_text(a) && is_text(b)) return LabelKind::Text;
    if (a == DType::Datetime && b == DType::Datetime) return LabelKind::Datetime;
    if (is_number(a) && is_number(b)) {
        return is_integer_label(a) && is_integer_label(b) ? LabelKind::Integer : LabelKind::Float;
    }
    throw TypeError("cannot align an index of " + pandas_dtype_text(a) + " labels with one of " +
                    pandas_dtype_text(b) + " labels");
}

// The labels as sortable keys, with a flag for a missing label (null, or NaN).
template <class K>
struct Keys {
    std::vector<K> keys;
    std::vector<char> missing;
};

template <class K>
Keys<K> keys_of(const Column& labels) {
    Keys<K> out;
    const std::int64_t n = labels.size();
    out.keys.resize(static_cast<std::size_t>(n));
    out.missing.resize(static_cast<std::size_t>(n));
    for (std::int64_t i = 0; i < n; ++i) {
        const auto at = static_cast<std::size_t>(i);
        out.missing[at] = labels.is_null(i) ? 1 : 0;
        if (out.missing[at] != 0) continue;
        if constexpr (std::is_same_v<K, std::string_view>) {
            out.keys[at] = labels.string_at(i);
        } else {
            with_values(labels, [&]<class T>(const T* values) {
                out.keys[at] = static_cast<K>(values[i]);
            });
            if constexpr (std::is_floating_point_v<K>) {
                if (std::isnan(out.keys[at])) out.missing[at] = 1;
            }
        }
    }
    return out;
}

// Positions in label order, a missing label last, ties in position order.
template <class K>
std::vector<std::int64_t> sorted_positions(const Keys<K>& k) {
    std::vector<std::int64_t> order(k.keys.size());
    std::iota(order.begin(), order.end(), std::int64_t{0});
    std::stable_sort(order.begin(), order.end(), [&](std::int64_t a, std::int64_t b) {
        const auto ia = static_cast<std::size_t>(a);
        const auto ib = static_cast<std::size_t>(b);
        if (k.missing[ia] != k.missing[ib]) return k.missing[ia] == 0;
        return k.missing[ia] == 0 && k.keys[ia] < k.keys[ib];
    });
    return order;
}

// -1, 0 or 1 as label a of one side orders before, with or after label b of the other.
template <class K>
int order(const Keys<K>& ka, std::int64_t a, const Keys<K>& kb, std::int64_t b) {
    const bool ma = ka.missing[static_cast<std::size_t>(a)] != 0;
    const bool mb = kb.missing[static_cast<std::size_t>(b)] != 0;
    if (ma || mb) return ma == mb ? 0 : (ma ? 1 : -1);
    const K& x = ka.keys[static_cast<std::size_t>(a)];
    const K& y = kb.keys[static_cast<std::size_t>(b)];
    return x < y ? -1 : (y < x ? 1 : 0);
}

// The end of the run of rows sharing the label at sorted position `from`.
template <class K>
std::size_t run_end(const Keys<K>& k, const std::vector<std::int64_t>& sorted, std::size_t from) {
    std::size_t end = from + 1;
    while (end < sorted.size() && order(k, sorted[from], k, sorted[end]) == 0) ++end;
    return end;
}

template <class K>
void outer_join(const Column& left_labels, const Column& right_labels, Alignment& out) {
    const Keys<K> kl = keys_of<K>(left_labels);
    const Keys<K> kr = keys_of<K>(right_labels);
    const std::vector<std::int64_t> sl = sorted_positions(kl);
    const std::vector<std::int64_t> sr = sorted_positions(kr);
    std::size_t i = 0;
    std::size_t j = 0;
    while (i < sl.size() || j < sr.size()) {
        const int c = i == sl.size() ? 1 : j == sr.size() ? -1 : order(kl, sl[i], kr, sr[j]);
        if (c < 0) {
            out.left.push_back(sl[i++]);
            out.right.push_back(-1);
        } else if (c > 0) {
            out.left.push_back(-1);
            out.right.push_back(sr[j++]);
        } else {
            const std::size_t li = run_end(kl, sl, i);
            const std::size_t rj = run_end(kr, sr, j);
            for (std::size_t a = i; a < li; ++a) {
                for (std::size_t b = j; b < rj; ++b) {
                    out.left.push_back(sl[a]);
                    out.right.push_back(sr[b]);
                }
            }
            i = li;
            j = rj;
        }
    }
}

// The joined labels: each row's label from the left side where it has a row, else the right.
template <class K>
Column joined_labels(const Column& left_labels, const Column& right_labels, const Alignment& a,
                     bool datetimes = false) {
    const std::size_t n = a.left.size();
    const Keys<K> kl = keys_of<K>(left_labels);
    const Keys<K> kr = keys_of<K>(right_labels);
    std::vector<K> values(n);
    Bitmap validity(static_cast<std::int64_t>(n), true);
    bool any_missing = false;
    for (std::size_t r = 0; r < n; ++r) {
        const bool from_left = a.left[r] >= 0;
        const Keys<K>& k = from_left ? kl : kr;
        const auto at = static_cast<std::size_t>(from_left ? a.left[r] : a.right[r]);
        values[r] = k.keys[at];
        if (k.missing[at] != 0) {
            any_missing = true;
            validity.set(static_cast<std::int64_t>(r), false);
        }
    }
    std::optional<Bitmap> nulls = any_missing ? std::optional<Bitmap>(validity) : std::nullopt;
    if constexpr (std::is_same_v<K, std::string_view>) {
        return Column::from_strings(std::vector<std::string>(values.begin(), values.end()), nulls);
    } else if constexpr (std::is_same_v<K, std::int64_t>) {
        return datetimes ? Column::from_datetimes(values, nulls)
                         : Column::from_vector(values, nulls);
    } else {
        return Column::from_vector(values, nulls);
    }
}

std::vector<std::int64_t> all_positions(std::int64_t n) {
    std::vector<std::int64_t> out(static_cast<std::size_t>(n));
    std::iota(out.begin(), out.end(), std::int64_t{0});
    return out;
}

}  // namespace

Alignment align(const Index& left, const Index& right) {
    Alignment out;
    if (left.equals(right)) {
        out.index = left;
        return out;
    }
    out.by_position = false;
    if (left.size() == 0 || right.size() == 0) {
        const bool left_empty = left.size() == 0;
        out.index = left_empty ? right : left;
        const std::int64_t n = out.index.size();
        out.left = left_empty ? std::vector<std::int64_t>(static_cast<std::size_t>(n), -1)
                              : all_positions(n);
        out.right = left_empty ? all_positions(n)
                               : std::vector<std::int64_t>(static_cast<std::size_t>(n), -1);
        return out;
    }
    const Column ll = left.labels();
    const Column rl = right.labels();
    Column labels;
    switch (label_kind(ll.dtype(), rl.dtype())) {
        case LabelKind::Text:
            outer_join<std::string_view>(ll, rl, out);
            labels = joined_labels<std::string_view>(ll, rl, out);
            break;
        case LabelKind::Float:
            outer_join<double>(ll, rl, out);
            labels = joined_labels<double>(ll, rl, out);
            break;
        case LabelKind::Integer:
        case LabelKind::Datetime:
            outer_join<std::int64_t>(ll, rl, out);
            labels = joined_labels<std::int64_t>(ll, rl, out, ll.dtype() == DType::Datetime);
            break;
    }
    out.index = Index(labels, left.name() == right.name() ? left.name() : std::string());
    return out;
}

}  // namespace tabula::detail
