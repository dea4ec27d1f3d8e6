#include "label_lookup.hpp"

#include <cmath>
#include <optional>
#include <unordered_map>

#include "column_dispatch.hpp"
#include "tabula/core/error.hpp"

namespace tabula::detail {

namespace {

LabelKey float_key(double v) {
    if (std::isnan(v)) return std::monostate{};
    // Integral floats inside int64's range compare as ints (2.0 finds the label 2).
    if (v == std::trunc(v) && v >= -9.2233720368547758e18 && v < 9.2233720368547758e18) {
        return static_cast<std::int64_t>(v);
    }
    return v;
}

LabelKey column_key(const Column& c, std::int64_t i) {
    if (c.is_null(i)) return std::monostate{};
    if (c.dtype() == DType::String || c.dtype() == DType::Categorical) return c.string_at(i);
    return dispatch_fixed(c.dtype(), [&]<class T>(T) -> LabelKey {
        const T v = c.data<T>()[i];
        if constexpr (std::is_same_v<T, bool>) {
            return v;
        } else if constexpr (std::is_integral_v<T>) {
            return static_cast<std::int64_t>(v);
        } else {
            return float_key(static_cast<double>(v));
        }
    });
}

// The position of an int label in a RangeIndex, or -1.
std::int64_t range_position(const Index& index, std::int64_t label) {
    const std::int64_t offset = label - index.start();
    if (offset % index.step() != 0) return -1;
    const std::int64_t position = offset / index.step();
    return position >= 0 && position < index.size() ? position : -1;
}

// pandas 1.5's repr of an Index of these labels, for its "None of [...]" message.
std::string index_repr(const std::vector<Scalar>& labels) {
    bool ints = !labels.empty();
    bool floats = !labels.empty();
    std::string items;
    for (const Scalar& label : labels) {
        ints = ints && label.is_int();
        floats = floats && (label.is_int() || label.is_float());
        items += (items.empty() ? "" : ", ") + label.repr();
    }
    if (ints) return "Int64Index([" + items + "], dtype='int64')";
    if (floats) return "Float64Index([" + items + "], dtype='float64')";
    return "Index([" + items + "], dtype='object')";
}

// -1, 0 or 1 as a < b, a == b, a > b; nullopt when the two do not compare (a null, a number
// with a text, a bool with anything else), which makes an index count as unsorted.
std::optional<int> compare_keys(const LabelKey& a, const LabelKey& b) {
    const auto number = [](const LabelKey& k) -> std::optional<double> {
        if (const auto* i = std::get_if<std::int64_t>(&k)) return static_cast<double>(*i);
        if (const auto* d = std::get_if<double>(&k)) return *d;
        return std::nullopt;
    };
    if (const auto* i = std::get_if<std::int64_t>(&a)) {
        if (const auto* j = std::get_if<std::int64_t>(&b)) return (*i > *j) - (*i < *j);
    }
    if (const auto x = number(a)) {
        if (const auto y = number(b)) return (*x > *y) - (*x < *y);
        return std::nullopt;
    }
    if (const auto* s = std::get_if<std::string_view>(&a)) {
        const auto* t = std::get_if<std::string_view>(&b);
        if (!t) return std::nullopt;
        const int order = s->compare(*t);
        return (order > 0) - (order < 0);
    }
    if (const auto* p = std::get_if<bool>(&a)) {
        if (const auto* q = std::get_if<bool>(&b)) return int(*p) - int(*q);
    }
    return std::nullopt;
}

// pandas 1.5's class name of an index, for its slice TypeError.
std::string index_class(const Index& index) {
    if (index.is_range()) return "RangeIndex";
    switch (index.dtype()) {
        case DType::Int32:
        case DType::Int64:
            return "Int64Index";
        case DType::Float32:
        case DType::Float64:
            return "Float64Index";
        default:
            return "Index";
    }
}

const char* python_type(const Scalar& s) {
    if (s.is_bool()) return "bool";
    if (s.is_int()) return "int";
    if (s.is_float()) return "float";
    if (s.is_string()) return "str";
    return "NoneType";
}

struct KeyHash {
    std::size_t operator()(const LabelKey& key) const noexcept {
        return std::hash<LabelKey>{}(key);
    }
};

// Each distinct label's first position, with `next` chaining the later positions of a label.
struct LabelTable {
    std::unordered_map<LabelKey, std::int64_t, KeyHash> first;
    std::vector<std::int64_t> next;
    bool unique = true;

    explicit LabelTable(const std::vector<LabelKey>& keys) : next(keys.size(), -1) {
        first.reserve(keys.size());
        std::vector<std::int64_t> last(keys.size(), -1);
        for (std::size_t i = keys.size(); i-- > 0;) {
            const auto [it, inserted] = first.try_emplace(keys[i], static_cast<std::int64_t>(i));
            if (!inserted) {
                unique = false;
                next[i] = it->second;
                it->second = static_cast<std::int64_t>(i);
            }
        }
    }
};

}  // namespace

LabelKey label_key(const Scalar& label) {
    const Scalar::Value& v = label.value();
    if (label.is_bool()) return std::get<bool>(v);
    if (label.is_int()) return std::get<std::int64_t>(v);
    if (label.is_float()) return float_key(std::get<double>(v));
    if (label.is_string()) return std::string_view(std::get<std::string>(v));
    return std::monostate{};
}

std::vector<LabelKey> label_keys(const Index& index) {
    const std::int64_t n = index.size();
    std::vector<LabelKey> keys;
    keys.reserve(static_cast<std::size_t>(n));
    if (index.is_range()) {
        for (std::int64_t i = 0; i < n; ++i) keys.emplace_back(index.start() + i * index.step());
        return keys;
    }
    const Column labels = index.labels();
    for (std::int64_t i = 0; i < n; ++i) keys.push_back(column_key(labels, i));
    return keys;
}

std::string key_repr(const LabelKey& key) {
    return std::visit(
        [](const auto& v) -> std::string {
            if constexpr (std::is_same_v<std::decay_t<decltype(v)>, std::monostate>) {
                return "nan";
            } else {
                return Scalar(v).repr();
            }
        },
        key);
}

std::vector<std::int64_t> label_positions(const Index& index, const Scalar& label) {
    const LabelKey key = label_key(label);
    if (index.is_range()) {
        const auto* value = std::get_if<std::int64_t>(&key);
        const std::int64_t position = value ? range_position(index, *value) : -1;
        if (position < 0) return {};
        return {position};
    }
    const Column labels = index.labels();
    std::vector<std::int64_t> positions;
    for (std::int64_t i = 0; i < labels.size(); ++i) {
        if (column_key(labels, i) == key) positions.push_back(i);
    }
    return positions;
}

std::vector<std::int64_t> reindex_positions(const Index& index, const Index& wanted) {
    const LabelTable table(label_keys(index));
    if (!table.unique) throw ValueError("cannot reindex on an axis with duplicate labels");
    const std::vector<LabelKey> keys = label_keys(wanted);
    std::vector<std::int64_t> positions;
    positions.reserve(keys.size());
    for (const LabelKey& key : keys) {
        const auto it = table.first.find(key);
        positions.push_back(it == table.first.end() ? -1 : it->second);
    }
    return positions;
}

std::vector<std::int64_t> list_positions(const Index& index, const std::vector<Scalar>& labels) {
    const LabelTable table(label_keys(index));
    std::vector<std::int64_t> positions;
    std::vector<Scalar> missing;
    for (const Scalar& label : labels) {
        const auto it = table.first.find(label_key(label));
        if (it == table.first.end()) {
            missing.push_back(label);
            continue;
        }
        for (std::int64_t p = it->second; p >= 0; p = table.next[static_cast<std::size_t>(p)]) {
            positions.push_back(p);
        }
    }
    if (!missing.empty() && missing.size() == labels.size()) {
        throw KeyError("None of [" + index_repr(labels) + "] are in the [index]");
    }
    if (!missing.empty()) {
        std::string list;
        for (const Scalar& label : missing) list += (list.empty() ? "" : ", ") + label.repr();
        throw KeyError("[" + list + "] not in index");
    }
    return positions;
}

namespace {

// Searches the ends of a label slice in an index, as pandas' get_slice_bound.
class SliceSearch {
  public:
    // Keys are read on demand, so a RangeIndex (sorted by construction) costs no pass at all.
    explicit SliceSearch(const Index& index) : index_(index), size_(index.size()) {
        if (index.is_range()) {
            ascending_ = index.step() > 0;
            descending_ = !ascending_;
            return;
        }
        labels_ = index.labels();
        for (std::int64_t i = 1; i < size_ && (ascending_ || descending_); ++i) {
            const auto c = compare_keys(key_at(i - 1), key_at(i));
            ascending_ = ascending_ && c && *c <= 0;
            descending_ = descending_ && c && *c >= 0;
        }
    }

    // The first position at or after the label (left) or past it (right), in index order.
    std::int64_t bound(const Scalar& label, bool left) const {
        const LabelKey key = label_key(label);
        if (ascending_ || descending_) return sorted_bound(label, key, left);
        const std::vector<std::int64_t> found = label_positions(index_, label);
        if (found.empty()) throw KeyError(label.repr());
        if (found.back() - found.front() + 1 != static_cast<std::int64_t>(found.size())) {
            throw KeyError(std::string("Cannot get ") + (left ? "left" : "right") +
                           " slice bound for non-unique label: " + label.repr());
        }
        return left ? found.front() : found.back() + 1;
    }

  private:
    std::int64_t sorted_bound(const Scalar& label, const LabelKey& key, bool left) const {
        // Binary search for the first label past the bound: for an ascending index a label is
        // "before" a left bound when it is smaller, before a right bound when not larger.
        const int sign = ascending_ ? 1 : -1;
        std::int64_t low = 0;
        std::int64_t high = size_;
        while (low < high) {
            const std::int64_t mid = low + (high - low) / 2;
            const auto c = compare_keys(key_at(mid), key);
            if (!c) {
                throw TypeError("cannot do slice indexing on " + index_class(index_) +
                                " with these indexers [" +
                                (label.is_string() ? label.as_string() : label.repr()) +
                                "] of type " + python_type(label));
            }
            const int order = *c * sign;
            if (left ? order < 0 : order <= 0) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }

    LabelKey key_at(std::int64_t i) const {
        if (index_.is_range()) return index_.start() + i * index_.step();
        return column_key(labels_, i);
    }

    const Index& index_;
    std::int64_t size_;
    Column labels_;
    bool ascending_ = true;
    bool descending_ = true;
};

}  // namespace

SliceBounds label_slice_bounds(const Index& index, const LabelSlice& slice) {
    if (slice.step == 0) throw ValueError("slice step cannot be zero");
    const SliceSearch search(index);
    const std::int64_t n = index.size();
    if (slice.step > 0) {
        return {slice.start.is_null() ? 0 : search.bound(slice.start, true),
                slice.stop.is_null() ? n : search.bound(slice.stop, false)};
    }
    return {slice.start.is_null() ? n - 1 : search.bound(slice.start, false) - 1,
            slice.stop.is_null() ? -1 : search.bound(slice.stop, true) - 1};
}

}  // namespace tabula::detail
