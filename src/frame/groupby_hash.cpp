// dense_keys: numbering the distinct values of a column by first appearance, in parallel.
//
// Each fixed chunk of rows numbers its own keys in a small open-addressing table (a few
// distinct keys stay in L1); the chunk tables are then merged in chunk order, which gives
// exactly the global first-appearance numbering, and each chunk's local ids are rewritten to
// the global ones.
#include <bit>
#include <cmath>
#include <cstring>

#include "column_dispatch.hpp"
#include "column_values.hpp"
#include "groupby_keys.hpp"
#include "tabula/core/parallel.hpp"

namespace tabula::detail {

namespace {

constexpr std::int64_t chunk_rows = std::int64_t{1} << 16;

// splitmix64's finaliser: every input bit reaches the low bits the table masks with.
inline std::uint64_t mix(std::uint64_t z) noexcept {
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
}

inline std::uint64_t load64(const char* p) noexcept {
    std::uint64_t v;
    std::memcpy(&v, p, sizeof v);
    return v;
}

inline std::uint64_t load32(const char* p) noexcept {
    std::uint32_t v;
    std::memcpy(&v, p, sizeof v);
    return v;
}

// Short strings (the usual key) are read as two overlapping words, without a byte loop.
inline std::uint64_t hash_bytes(const char* p, std::int64_t length) noexcept {
    std::uint64_t a = 0;
    std::uint64_t b = 0;
    if (length > 16) {
        std::uint64_t h = static_cast<std::uint64_t>(length);
        for (std::int64_t k = 0; k + 8 < length; k += 8) h = mix(h ^ load64(p + k));
        return mix(h ^ load64(p + length - 8));
    }
    if (length >= 8) {
        a = load64(p);
        b = load64(p + length - 8);
    } else if (length >= 4) {
        a = load32(p);
        b = load32(p + length - 4);
    } else if (length > 0) {
        const auto* u = reinterpret_cast<const unsigned char*>(p);
        a = u[0] | (std::uint64_t{u[length / 2]} << 8) | (std::uint64_t{u[length - 1]} << 16);
    }
    return mix((a ^ (b * 0x9e3779b97f4a7c15ULL)) + static_cast<std::uint64_t>(length));
}

inline bool equal_bytes(const char* p, const char* q, std::int64_t length) noexcept {
    if (length >= 8 && length <= 16) {
        return load64(p) == load64(q) && load64(p + length - 8) == load64(q + length - 8);
    }
    if (length >= 4 && length < 8) {
        return load32(p) == load32(q) && load32(p + length - 4) == load32(q + length - 4);
    }
    return std::memcmp(p, q, static_cast<std::size_t>(length)) == 0;
}

struct StringKeys {
    const std::int64_t* offsets;
    const char* chars;
    Bitmap validity;
    bool has_nulls;

    explicit StringKeys(const Column& c)
        : offsets(c.string_offsets()),
          chars(c.string_chars()),
          validity(c.has_nulls() ? c.validity() : Bitmap()),
          has_nulls(c.has_nulls()) {}
    bool missing(std::int64_t i) const noexcept { return has_nulls && !validity.get(i); }
    std::uint64_t hash(std::int64_t i) const noexcept {
        return hash_bytes(chars + offsets[i], offsets[i + 1] - offsets[i]);
    }
    bool equal(std::int64_t i, std::int64_t j) const noexcept {
        const std::int64_t length = offsets[i + 1] - offsets[i];
        return length == offsets[j + 1] - offsets[j] &&
               equal_bytes(chars + offsets[i], chars + offsets[j], length);
    }
};

template <class T>
struct FixedKeys {
    const T* values;
    Bitmap validity;
    bool has_nulls;

    explicit FixedKeys(const Column& c)
        : values(c.data<T>()),
          validity(c.has_nulls() ? c.validity() : Bitmap()),
          has_nulls(c.has_nulls()) {}
    bool missing(std::int64_t i) const noexcept {
        return (has_nulls && !validity.get(i)) || is_nan_value(values[i]);
    }
    // The key as 64 bits; -0.0 is 0.0, as in pandas' float hash table.
    std::uint64_t bits(std::int64_t i) const noexcept {
        if constexpr (std::is_floating_point_v<T>) {
            const double v = static_cast<double>(values[i]);
            return std::bit_cast<std::uint64_t>(v == 0.0 ? 0.0 : v);
        } else {
            return static_cast<std::uint64_t>(static_cast<std::int64_t>(values[i]));
        }
    }
    std::uint64_t hash(std::int64_t i) const noexcept { return mix(bits(i)); }
    bool equal(std::int64_t i, std::int64_t j) const noexcept { return bits(i) == bits(j); }
};

struct CategoryKeys {
    const std::int32_t* codes;
    Bitmap validity;
    bool has_nulls;

    explicit CategoryKeys(const Column& c)
        : codes(c.codes()),
          validity(c.has_nulls() ? c.validity() : Bitmap()),
          has_nulls(c.has_nulls()) {}
    bool missing(std::int64_t i) const noexcept { return has_nulls && !validity.get(i); }
    std::uint64_t hash(std::int64_t i) const noexcept {
        return mix(static_cast<std::uint64_t>(codes[i]));
    }
    bool equal(std::int64_t i, std::int64_t j) const noexcept { return codes[i] == codes[j]; }
};

// Open addressing, linear probing, at most half full. A key is represented by the first row
// that holds it; the missing value gets an id but no slot.
class KeyTable {
  public:
    KeyTable() : slots_(64, -1), mask_(63) {}

    std::int64_t size() const noexcept { return static_cast<std::int64_t>(rows_.size()); }
    const std::vector<std::int64_t>& rows() const noexcept { return rows_; }
    const std::vector<std::uint64_t>& hashes() const noexcept { return hashes_; }

    template <class Keys>
    std::int32_t find_or_insert(const Keys& keys, std::int64_t row, std::uint64_t hash) {
        std::uint64_t pos = hash & mask_;
        while (true) {
            const std::int32_t slot = slots_[pos];
            if (slot < 0) return insert(pos, row, hash);
            if (hashes_[static_cast<std::size_t>(slot)] == hash &&
                keys.equal(row, rows_[static_cast<std::size_t>(slot)])) {
                return slot;
            }
            pos = (pos + 1) & mask_;
        }
    }
    std::int32_t append_unhashed(std::int64_t row) {
        rows_.push_back(row);
        hashes_.push_back(0);
        return static_cast<std::int32_t>(rows_.size() - 1);
    }

  private:
    std::int32_t insert(std::uint64_t pos, std::int64_t row, std::uint64_t hash) {
        const auto id = static_cast<std::int32_t>(rows_.size());
        slots_[pos] = id;
        rows_.push_back(row);
        hashes_.push_back(hash);
        if (2 * rows_.size() > slots_.size()) grow();
        return id;
    }
    void grow() {
        std::vector<std::int32_t> slots(slots_.size() * 2, -1);
        const std::uint64_t mask = slots.size() - 1;
        for (std::size_t pos = 0; pos < slots_.size(); ++pos) {
            const std::int32_t id = slots_[pos];
            if (id < 0) continue;
            std::uint64_t p = hashes_[static_cast<std::size_t>(id)] & mask;
            while (slots[p] >= 0) p = (p + 1) & mask;
            slots[p] = id;
        }
        slots_ = std::move(slots);
        mask_ = mask;
    }

    std::vector<std::int32_t> slots_;
    std::uint64_t mask_;
    std::vector<std::int64_t> rows_;
    std::vector<std::uint64_t> hashes_;
};

struct ChunkKeys {
    KeyTable table;
    std::int32_t null_id = -1;
};

template <class Keys>
DenseKeys number_keys(const Keys& keys, std::int64_t n, bool dropna) {
    DenseKeys out;
    out.ids.resize(static_cast<std::size_t>(n));
    std::int32_t* ids = out.ids.data();
    std::vector<ChunkKeys> chunks(static_cast<std::size_t>(chunk_count(n, chunk_rows)));
    parallel_chunks(n, chunk_rows, [&](std::int64_t k, std::int64_t begin, std::int64_t end) {
        ChunkKeys& local = chunks[static_cast<std::size_t>(k)];
        for (std::int64_t i = begin; i < end; ++i) {
            if (keys.missing(i)) {
                if (dropna) {
                    ids[i] = -1;
                } else {
                    if (local.null_id < 0) local.null_id = local.table.append_unhashed(i);
                    ids[i] = local.null_id;
                }
                continue;
            }
            ids[i] = local.table.find_or_insert(keys, i, keys.hash(i));
        }
    });

    KeyTable global;
    std::vector<std::vector<std::int32_t>> to_global(chunks.size());
    std::vector<bool> identity(chunks.size(), true);
    for (std::size_t k = 0; k < chunks.size(); ++k) {
        const ChunkKeys& local = chunks[k];
        const std::int64_t count = local.table.size();
        to_global[k].resize(static_cast<std::size_t>(count));
        for (std::int64_t j = 0; j < count; ++j) {
            const std::int64_t row = local.table.rows()[static_cast<std::size_t>(j)];
            std::int32_t id;
            if (j == local.null_id) {
                if (out.null_id < 0) out.null_id = global.append_unhashed(row);
                id = out.null_id;
            } else {
                id = global.find_or_insert(keys, row,
                                           local.table.hashes()[static_cast<std::size_t>(j)]);
            }
            to_global[k][static_cast<std::size_t>(j)] = id;
            if (id != j) identity[k] = false;
        }
    }
    parallel_chunks(n, chunk_rows, [&](std::int64_t k, std::int64_t begin, std::int64_t end) {
        if (identity[static_cast<std::size_t>(k)]) return;
        const std::int32_t* map = to_global[static_cast<std::size_t>(k)].data();
        for (std::int64_t i = begin; i < end; ++i) {
            if (ids[i] >= 0) ids[i] = map[ids[i]];
        }
    });
    out.first_rows = global.rows();
    return out;
}

}  // namespace

DenseKeys dense_keys(const Column& column, bool dropna) {
    const std::int64_t n = column.size();
    switch (column.dtype()) {
        case DType::String:
            return number_keys(StringKeys(column), n, dropna);
        case DType::Categorical:
            return number_keys(CategoryKeys(column), n, dropna);
        default:
            return dispatch_fixed(column.dtype(), [&]<class T>(T) {
                return number_keys(FixedKeys<T>(column), n, dropna);
            });
    }
}

}  // namespace tabula::detail
