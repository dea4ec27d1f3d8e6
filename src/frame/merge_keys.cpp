// Grouping rows by equal keys in parallel with a result that does not depend on the thread
// count: rows are scattered by hash into partitions small enough for a cache-resident table,
// keeping row order inside each; every partition finds the first row of each key on its own;
// groups are then numbered by the position of their first row, which is pandas' order of first
// appearance.
#include "merge_keys.hpp"

#include <algorithm>
#include <bit>
#include <cmath>
#include <functional>
#include <limits>
#include <string>
#include <string_view>

#include "column_dispatch.hpp"
#include "column_values.hpp"
#include "tabula/core/error.hpp"
#include "tabula/core/parallel.hpp"

namespace tabula::detail {

struct JoinKeys::Key {
    bool text = false;       // compared as strings (string or categorical columns)
    bool as_double = false;  // bits hold canonical doubles: NaN stands for null, -0.0 is 0.0
    bool nullable = false;   // the validity must be read (ints and strings with nulls)
    const std::uint64_t* bits[2] = {nullptr, nullptr};
    std::vector<std::uint64_t> owned[2];
    Column column[2];
};

namespace {

constexpr std::int64_t row_chunk = 1 << 16;
// Rows per partition the table is sized for: 2 * 8192 slots of 16 bytes stay in L2.
constexpr std::int64_t rows_per_partition = 8192;
constexpr int max_partition_bits = 10;
constexpr std::uint64_t null_hash = 0x5bd1e9955bd1e995ULL;

enum class KeyClass { Number, Text, Date };

KeyClass key_class(DType dtype) {
    switch (dtype) {
        case DType::String:
        case DType::Categorical:
            return KeyClass::Text;
        case DType::Datetime:
            return KeyClass::Date;
        default:
            return KeyClass::Number;
    }
}

// splitmix64's finaliser: a bijection, so equal hashes of 64-bit keys mean equal keys.
inline std::uint64_t mix(std::uint64_t z) noexcept {
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
}

inline std::uint64_t canonical_double(double v) noexcept {
    if (std::isnan(v))
        return std::bit_cast<std::uint64_t>(std::numeric_limits<double>::quiet_NaN());
    return std::bit_cast<std::uint64_t>(v == 0.0 ? 0.0 : v);
}

void fill_bits(JoinKeys::Key& key, int side, const Column& column) {
    const std::int64_t n = column.size();
    if (!key.as_double && (column.dtype() == DType::Int64 || column.dtype() == DType::Datetime)) {
        key.bits[side] = reinterpret_cast<const std::uint64_t*>(column.data<std::int64_t>());
        return;
    }
    auto& out = key.owned[side];
    out.resize(static_cast<std::size_t>(n));
    with_numbers(column, [&]<class T>(const T* values) {
        parallel_chunks(n, row_chunk, [&](std::int64_t, std::int64_t begin, std::int64_t end) {
            for (std::int64_t i = begin; i < end; ++i) {
                if (key.as_double) {
                    const double v = column.is_valid(i) ? static_cast<double>(values[i])
                                                        : std::numeric_limits<double>::quiet_NaN();
                    out[static_cast<std::size_t>(i)] = canonical_double(v);
                } else {
                    out[static_cast<std::size_t>(i)] =
                        static_cast<std::uint64_t>(static_cast<std::int64_t>(values[i]));
                }
            }
        });
    });
    key.bits[side] = out.data();
}

std::string merge_dtype_name(DType dtype) {
    return pandas_dtype_name(dtype);
}

// Access to the keys of a global row.
struct RowKeys {
    const std::vector<JoinKeys::Key>& keys;
    std::int64_t left_rows;

    int side(std::int64_t row) const noexcept { return row < left_rows ? 0 : 1; }
    std::int64_t local(std::int64_t row) const noexcept {
        return row < left_rows ? row : row - left_rows;
    }
    bool is_null(const JoinKeys::Key& key, std::int64_t row) const noexcept {
        const int s = side(row);
        const std::int64_t i = local(row);
        if (key.as_double) return std::isnan(std::bit_cast<double>(key.bits[s][i]));
        return key.nullable && key.column[s].is_null(i);
    }
    std::string_view text(const JoinKeys::Key& key, std::int64_t row) const {
        return key.column[side(row)].string_at(local(row));
    }
    std::uint64_t bits(const JoinKeys::Key& key, std::int64_t row) const noexcept {
        return key.bits[side(row)][local(row)];
    }
    std::uint64_t hash(std::int64_t row) const {
        std::uint64_t h = keys.size();
        for (const auto& key : keys) {
            std::uint64_t k = null_hash;
            if (!is_null(key, row)) {
                k = key.text ? std::hash<std::string_view>{}(text(key, row)) : mix(bits(key, row));
            }
            h = mix(h + 0x9e3779b97f4a7c15ULL + k);
        }
        return h;
    }
    bool equal(std::int64_t a, std::int64_t b) const {
        for (const auto& key : keys) {
            const bool na = is_null(key, a);
            if (na != is_null(key, b)) return false;
            if (na) continue;
            if (key.text ? text(key, a) != text(key, b) : bits(key, a) != bits(key, b)) {
                return false;
            }
        }
        return true;
    }
    // <0, 0, >0 as the keys of a order before, with, after those of b; nulls last.
    int compare(std::int64_t a, std::int64_t b) const {
        for (const auto& key : keys) {
            const bool na = is_null(key, a);
            const bool nb = is_null(key, b);
            if (na || nb) {
                if (na != nb) return na ? 1 : -1;
                continue;
            }
            int c = 0;
            if (key.text) {
                c = text(key, a).compare(text(key, b));
            } else if (key.as_double) {
                const double x = std::bit_cast<double>(bits(key, a));
                const double y = std::bit_cast<double>(bits(key, b));
                c = x < y ? -1 : (y < x ? 1 : 0);
            } else {
                const auto x = static_cast<std::int64_t>(bits(key, a));
                const auto y = static_cast<std::int64_t>(bits(key, b));
                c = x < y ? -1 : (y < x ? 1 : 0);
            }
            if (c != 0) return c;
        }
        return 0;
    }
};

// One int or float key without nulls: the hash is a bijection of the key, so tables compare
// hashes only.
struct ExactHash {
    static constexpr bool exact = true;
    const JoinKeys::Key& key;
    std::int64_t left_rows;
    std::uint64_t hash(std::int64_t row) const noexcept {
        return row < left_rows ? mix(key.bits[0][row]) : mix(key.bits[1][row - left_rows]);
    }
    bool equal(std::int64_t, std::int64_t) const noexcept { return true; }
};

struct GeneralHash {
    static constexpr bool exact = false;
    RowKeys rows;
    std::uint64_t hash(std::int64_t row) const { return rows.hash(row); }
    bool equal(std::int64_t a, std::int64_t b) const { return rows.equal(a, b); }
};

struct HashedRow {
    std::uint64_t hash;
    std::int64_t row;
};

// Writes into leader[row] the first row whose key equals row's.
template <class Policy>
void find_leaders(const Policy& policy, std::int64_t n, std::vector<std::int64_t>& leader) {
    int bits = 0;
    while (bits < max_partition_bits && (rows_per_partition << bits) < n) ++bits;
    const std::int64_t partitions = std::int64_t{1} << bits;
    const std::int64_t chunks = chunk_count(n, row_chunk);

    std::vector<HashedRow> hashed(static_cast<std::size_t>(n));
    std::vector<std::int64_t> counts(static_cast<std::size_t>(chunks * partitions), 0);
    auto partition_of = [bits](std::uint64_t h) -> std::int64_t {
        return bits == 0 ? 0 : static_cast<std::int64_t>(h >> (64 - bits));
    };
    parallel_chunks(n, row_chunk, [&](std::int64_t c, std::int64_t begin, std::int64_t end) {
        std::int64_t* count = counts.data() + c * partitions;
        for (std::int64_t r = begin; r < end; ++r) {
            const std::uint64_t h = policy.hash(r);
            hashed[static_cast<std::size_t>(r)] = {h, r};
            ++count[partition_of(h)];
        }
    });
    // Partition-major offsets, chunks in order inside a partition: each partition's rows stay in
    // row order.
    std::vector<std::int64_t> partition_start(static_cast<std::size_t>(partitions + 1), 0);
    std::int64_t total = 0;
    for (std::int64_t p = 0; p < partitions; ++p) {
        partition_start[static_cast<std::size_t>(p)] = total;
        for (std::int64_t c = 0; c < chunks; ++c) {
            std::int64_t& slot = counts[static_cast<std::size_t>(c * partitions + p)];
            const std::int64_t count = slot;
            slot = total;
            total += count;
        }
    }
    partition_start[static_cast<std::size_t>(partitions)] = total;
    std::vector<HashedRow> scattered(static_cast<std::size_t>(n));
    parallel_chunks(n, row_chunk, [&](std::int64_t c, std::int64_t begin, std::int64_t end) {
        std::int64_t* next = counts.data() + c * partitions;
        for (std::int64_t r = begin; r < end; ++r) {
            const HashedRow item = hashed[static_cast<std::size_t>(r)];
            scattered[static_cast<std::size_t>(next[partition_of(item.hash)]++)] = item;
        }
    });
    hashed = {};

    parallel_chunks(partitions, 1, [&](std::int64_t p, std::int64_t, std::int64_t) {
        const std::int64_t begin = partition_start[static_cast<std::size_t>(p)];
        const std::int64_t end = partition_start[static_cast<std::size_t>(p + 1)];
        std::size_t capacity = 16;
        while (capacity < static_cast<std::size_t>(2 * (end - begin))) capacity *= 2;
        const std::size_t mask = capacity - 1;
        std::vector<HashedRow> table(capacity, HashedRow{0, -1});
        for (std::int64_t k = begin; k < end; ++k) {
            const HashedRow item = scattered[static_cast<std::size_t>(k)];
            std::size_t slot = static_cast<std::size_t>(item.hash) & mask;
            while (true) {
                HashedRow& entry = table[slot];
                if (entry.row < 0) {
                    entry = item;
                    leader[static_cast<std::size_t>(item.row)] = item.row;
                    break;
                }
                if (entry.hash == item.hash && policy.equal(entry.row, item.row)) {
                    leader[static_cast<std::size_t>(item.row)] = entry.row;
                    break;
                }
                slot = (slot + 1) & mask;
            }
        }
    });
}

// Turns leader[row] into the group number, groups numbered by the position of their leader.
void number_groups(std::vector<std::int64_t>& codes, std::int64_t left_rows, KeyGroups& out) {
    const auto n = static_cast<std::int64_t>(codes.size());
    const std::int64_t chunks = chunk_count(n, row_chunk);
    std::vector<std::int64_t> leaders(static_cast<std::size_t>(chunks), 0);
    std::vector<std::int64_t> left_leaders(static_cast<std::size_t>(chunks), 0);
    parallel_chunks(n, row_chunk, [&](std::int64_t c, std::int64_t begin, std::int64_t end) {
        std::int64_t count = 0;
        std::int64_t left = 0;
        for (std::int64_t r = begin; r < end; ++r) {
            if (codes[static_cast<std::size_t>(r)] == r) {
                ++count;
                left += r < left_rows ? 1 : 0;
            }
        }
        leaders[static_cast<std::size_t>(c)] = count;
        left_leaders[static_cast<std::size_t>(c)] = left;
    });
    std::int64_t total = 0;
    for (auto& count : leaders) {
        const std::int64_t c = count;
        count = total;
        total += c;
    }
    out.groups = total;
    out.left_groups = 0;
    for (std::int64_t c : left_leaders) out.left_groups += c;
    // A leader holds -(group + 1) until every other row has read its group.
    parallel_chunks(n, row_chunk, [&](std::int64_t c, std::int64_t begin, std::int64_t end) {
        std::int64_t group = leaders[static_cast<std::size_t>(c)];
        for (std::int64_t r = begin; r < end; ++r) {
            if (codes[static_cast<std::size_t>(r)] == r)
                codes[static_cast<std::size_t>(r)] = -++group;
        }
    });
    parallel_chunks(n, row_chunk, [&](std::int64_t, std::int64_t begin, std::int64_t end) {
        for (std::int64_t r = begin; r < end; ++r) {
            const std::int64_t leader = codes[static_cast<std::size_t>(r)];
            if (leader >= 0)
                codes[static_cast<std::size_t>(r)] = codes[static_cast<std::size_t>(leader)];
        }
    });
    parallel_chunks(n, row_chunk, [&](std::int64_t, std::int64_t begin, std::int64_t end) {
        for (std::int64_t r = begin; r < end; ++r) {
            codes[static_cast<std::size_t>(r)] = -codes[static_cast<std::size_t>(r)] - 1;
        }
    });
}

// An int key whose values span at most this many values per row, or this many in all, is
// numbered through a table indexed by the value itself: ids are usually dense, and a direct
// table costs one sequential pass without hashing.
constexpr std::int64_t dense_span_per_row = 2;
constexpr std::int64_t dense_span_floor = 1 << 16;

// Numbers the rows of one int key (no floats) through a direct table; false when the key's
// values are too spread out for one.
bool factorize_dense(const JoinKeys::Key& key, std::int64_t left_rows, std::int64_t rows,
                     KeyGroups& out) {
    if (rows >= std::numeric_limits<std::int32_t>::max()) return false;
    auto is_null = [&](std::int64_t r) {
        const int side = r < left_rows ? 0 : 1;
        return key.nullable && key.column[side].is_null(side == 0 ? r : r - left_rows);
    };
    auto value = [&](std::int64_t r) {
        return r < left_rows ? key.bits[0][r] : key.bits[1][r - left_rows];
    };
    const std::int64_t chunks = chunk_count(rows, row_chunk);
    std::vector<std::int64_t> low(static_cast<std::size_t>(chunks),
                                  std::numeric_limits<std::int64_t>::max());
    std::vector<std::int64_t> high(static_cast<std::size_t>(chunks),
                                   std::numeric_limits<std::int64_t>::min());
    parallel_chunks(rows, row_chunk, [&](std::int64_t c, std::int64_t begin, std::int64_t end) {
        std::int64_t lo = low[static_cast<std::size_t>(c)];
        std::int64_t hi = high[static_cast<std::size_t>(c)];
        for (std::int64_t r = begin; r < end; ++r) {
            if (is_null(r)) continue;
            const auto v = static_cast<std::int64_t>(value(r));
            lo = std::min(lo, v);
            hi = std::max(hi, v);
        }
        low[static_cast<std::size_t>(c)] = lo;
        high[static_cast<std::size_t>(c)] = hi;
    });
    const std::int64_t lo = chunks == 0 ? 0 : *std::min_element(low.begin(), low.end());
    const std::int64_t hi = chunks == 0 ? 0 : *std::max_element(high.begin(), high.end());
    const std::uint64_t span =
        hi < lo ? 0 : static_cast<std::uint64_t>(hi) - static_cast<std::uint64_t>(lo);
    if (span >= static_cast<std::uint64_t>(std::max(dense_span_per_row * rows, dense_span_floor))) {
        return false;
    }
    std::vector<std::int32_t> code_of(static_cast<std::size_t>(span + 1), -1);
    out.codes.resize(static_cast<std::size_t>(rows));
    std::int32_t next = 0;
    std::int32_t null_code = -1;
    // Codes are handed out in row order (left rows, then right rows), so this pass stays serial;
    // it runs side by side without a per-row side test, and without null tests when there are
    // no nulls.
    for (int side = 0; side < 2; ++side) {
        const std::int64_t begin = side == 0 ? 0 : left_rows;
        const std::int64_t end = side == 0 ? left_rows : rows;
        if (side == 1) out.left_groups = next;
        const std::uint64_t* bits = key.bits[side];
        const Column& column = key.column[side];
        const bool nullable = key.nullable && column.has_nulls();
        std::int64_t* codes = out.codes.data() + begin;
        for (std::int64_t i = 0; i < end - begin; ++i) {
            if (nullable && column.is_null(i)) {
                if (null_code < 0) null_code = next++;
                codes[i] = null_code;
                continue;
            }
            std::int32_t& slot =
                code_of[static_cast<std::size_t>(bits[i] - static_cast<std::uint64_t>(lo))];
            if (slot < 0) slot = next++;
            codes[i] = slot;
        }
    }
    if (rows == left_rows) out.left_groups = next;
    out.groups = next;
    return true;
}

}  // namespace

JoinKeys::JoinKeys(const std::vector<Column>& left, const std::vector<Column>& right) {
    if (!right.empty() && right.size() != left.size()) {
        throw ValueError("len(right_on) must equal len(left_on)");
    }
    left_rows_ = left.empty() ? 0 : left.front().size();
    right_rows_ = right.empty() ? 0 : right.front().size();
    keys_.resize(left.size());
    for (std::size_t k = 0; k < left.size(); ++k) {
        Key& key = keys_[k];
        const DType ldtype = left[k].dtype();
        const DType rdtype = right.empty() ? ldtype : right[k].dtype();
        if (key_class(ldtype) != key_class(rdtype)) {
            throw ValueError("You are trying to merge on " + merge_dtype_name(ldtype) + " and " +
                             merge_dtype_name(rdtype) +
                             " columns. If you wish to proceed you should use pd.concat");
        }
        key.column[0] = left[k];
        if (!right.empty()) key.column[1] = right[k];
        key.text = key_class(ldtype) == KeyClass::Text;
        key.nullable = left[k].has_nulls() || (!right.empty() && right[k].has_nulls());
        if (key.text) continue;
        key.as_double = is_floating(ldtype) || is_floating(rdtype);
        if (key.as_double) key.nullable = false;
        fill_bits(key, 0, left[k]);
        if (!right.empty()) fill_bits(key, 1, right[k]);
    }
}

JoinKeys::~JoinKeys() = default;

KeyGroups JoinKeys::factorize() const {
    KeyGroups out;
    const std::int64_t n = rows();
    const bool one_number = keys_.size() == 1 && !keys_[0].text;
    if (one_number && !keys_[0].as_double && factorize_dense(keys_[0], left_rows_, n, out)) {
        return out;
    }
    out.codes.resize(static_cast<std::size_t>(n));
    if (one_number && !keys_[0].nullable) {
        find_leaders(ExactHash{keys_[0], left_rows_}, n, out.codes);
    } else {
        find_leaders(GeneralHash{RowKeys{keys_, left_rows_}}, n, out.codes);
    }
    number_groups(out.codes, left_rows_, out);
    return out;
}

void JoinKeys::sort_groups(KeyGroups& groups) const {
    std::vector<std::int64_t> first_row(static_cast<std::size_t>(groups.groups));
    std::int64_t seen = 0;
    for (std::int64_t r = 0; r < rows() && seen < groups.groups; ++r) {
        if (groups.codes[static_cast<std::size_t>(r)] == seen)
            first_row[static_cast<std::size_t>(seen++)] = r;
    }
    const RowKeys keys{keys_, left_rows_};
    std::vector<std::int64_t> order(static_cast<std::size_t>(groups.groups));
    for (std::size_t g = 0; g < order.size(); ++g) order[g] = static_cast<std::int64_t>(g);
    std::sort(order.begin(), order.end(), [&](std::int64_t a, std::int64_t b) {
        return keys.compare(first_row[static_cast<std::size_t>(a)],
                            first_row[static_cast<std::size_t>(b)]) < 0;
    });
    std::vector<std::int64_t> rank(order.size());
    for (std::size_t i = 0; i < order.size(); ++i) {
        rank[static_cast<std::size_t>(order[i])] = static_cast<std::int64_t>(i);
    }
    parallel_chunks(rows(), row_chunk, [&](std::int64_t, std::int64_t begin, std::int64_t end) {
        for (std::int64_t r = begin; r < end; ++r) {
            auto& code = groups.codes[static_cast<std::size_t>(r)];
            code = rank[static_cast<std::size_t>(code)];
        }
    });
}

}  // namespace tabula::detail
