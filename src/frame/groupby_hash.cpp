// dense_keys: numbering the distinct values of a column by first appearance, in parallel.
//
// Each fixed chunk of rows numbers its own keys in a small open-addressing table (a few
// distinct keys stay in L1); the chunk tables are then merged in chunk order, which gives
// exactly the global first-appearance numbering, and each chunk's local ids are rewritten to
// the global ones.
#include <algorithm>
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

// A mask of the low `bytes` bytes of a word (none for bytes <= 0, all for bytes >= 8). Shifts
// rather than comparisons: string lengths vary row to row, and a branch on them mispredicts.
inline std::uint64_t low_bytes(std::int64_t bytes) noexcept {
    std::int64_t drop = 8 - bytes;
    drop &= ~(drop >> 63);                               // max(drop, 0); drop <= 16 for bytes >= -8
    const auto shift = static_cast<unsigned>(drop) * 2;  // four shifts of at most 32 bits
    return (((~std::uint64_t{0} >> shift) >> shift) >> shift) >> shift;
}

static_assert(std::endian::native == std::endian::little,
              "string keys read their first bytes as the low bytes of a word");

// A string key: its first 16 bytes as two words (zero past the end), so that comparing the
// usual short key is three integer compares, with no byte loop and no branch on its length.
struct StringKey {
    std::uint64_t lo;
    std::uint64_t hi;
    std::int64_t length;
    const char* text;
};

struct StringKeys {
    using Key = StringKey;
    const Column& column;
    const std::int64_t* offsets;
    const char* chars;
    std::int64_t end;  // reading 16 bytes from an offset up to end - 16 stays in the buffer

    explicit StringKeys(const Column& c)
        : column(c), offsets(c.string_offsets()), chars(c.string_chars()), end(offsets[c.size()]) {}
    bool missing(std::int64_t i) const noexcept { return column.is_null(i); }
    Key key(std::int64_t i) const noexcept {
        const std::int64_t begin = offsets[i];
        const std::int64_t length = offsets[i + 1] - begin;
        const char* text = chars + begin;
        std::uint64_t lo;
        std::uint64_t hi;
        if (begin + 16 <= end) [[likely]] {
            lo = load64(text);
            hi = load64(text + 8);
        } else {
            char head[16] = {};
            std::memcpy(head, text, static_cast<std::size_t>(std::min<std::int64_t>(length, 16)));
            lo = load64(head);
            hi = load64(head + 8);
        }
        return {lo & low_bytes(length), hi & low_bytes(length - 8), length, text};
    }
    static std::uint64_t hash(const Key& k) noexcept {
        std::uint64_t h =
            k.lo + (k.hi ^ static_cast<std::uint64_t>(k.length)) * 0x9e3779b97f4a7c15ULL;
        for (std::int64_t at = 16; at < k.length; at += 8) {
            h = mix(h) ^ (load64_tail(k.text, at, k.length));
        }
        return mix(h);
    }
    static bool equal(const Key& a, const Key& b) noexcept {
        return a.length == b.length && a.lo == b.lo && a.hi == b.hi &&
               (a.length <= 16 || std::memcmp(a.text + 16, b.text + 16,
                                              static_cast<std::size_t>(a.length - 16)) == 0);
    }

  private:
    // Bytes [at, at + 8) of a text of `length` bytes, zero past its end.
    static std::uint64_t load64_tail(const char* text, std::int64_t at, std::int64_t length) {
        std::uint64_t v = 0;
        std::memcpy(&v, text + at,
                    static_cast<std::size_t>(std::min<std::int64_t>(8, length - at)));
        return v;
    }
};

template <class T>
struct FixedKeys {
    using Key = std::uint64_t;
    const Column& column;
    const T* values;

    explicit FixedKeys(const Column& c) : column(c), values(c.data<T>()) {}
    bool missing(std::int64_t i) const noexcept {
        return column.is_null(i) || is_nan_value(values[i]);
    }
    // The key as 64 bits; -0.0 is 0.0, as in pandas' float hash table.
    Key key(std::int64_t i) const noexcept {
        if constexpr (std::is_floating_point_v<T>) {
            const double v = static_cast<double>(values[i]);
            return std::bit_cast<std::uint64_t>(v == 0.0 ? 0.0 : v);
        } else {
            return static_cast<std::uint64_t>(static_cast<std::int64_t>(values[i]));
        }
    }
    static std::uint64_t hash(Key k) noexcept { return mix(k); }
    static bool equal(Key a, Key b) noexcept { return a == b; }
};

struct CategoryKeys {
    using Key = std::uint64_t;
    const Column& column;
    const std::int32_t* codes;

    explicit CategoryKeys(const Column& c) : column(c), codes(c.codes()) {}
    bool missing(std::int64_t i) const noexcept { return column.is_null(i); }
    Key key(std::int64_t i) const noexcept { return static_cast<std::uint64_t>(codes[i]); }
    static std::uint64_t hash(Key k) noexcept { return mix(k); }
    static bool equal(Key a, Key b) noexcept { return a == b; }
};

// Open addressing, linear probing, at most a quarter full (a collision costs a mispredicted
// probe). A slot holds the key itself, so a probe is one load and a few integer compares. Ids
// are numbered in order of insertion, each with the row that first held it; the missing value
// gets an id but no slot.
template <class Keys>
class KeyTable {
  public:
    using Key = typename Keys::Key;

    KeyTable() : slots_(256), mask_(255) {}

    std::int64_t size() const noexcept { return static_cast<std::int64_t>(rows_.size()); }
    const std::vector<std::int64_t>& rows() const noexcept { return rows_; }
    const Key& key(std::int64_t id) const { return keys_[static_cast<std::size_t>(id)]; }
    std::uint64_t hash(std::int64_t id) const { return hashes_[static_cast<std::size_t>(id)]; }

    std::int32_t find_or_insert(const Key& key, std::uint64_t hash, std::int64_t row) {
        std::uint64_t pos = hash & mask_;
        while (true) {
            const Slot& slot = slots_[pos];
            if (slot.id < 0) return insert(pos, key, hash, row);
            if (Keys::equal(slot.key, key)) return slot.id;
            pos = (pos + 1) & mask_;
        }
    }
    std::int32_t append_unhashed(std::int64_t row) {
        rows_.push_back(row);
        keys_.push_back(Key{});
        hashes_.push_back(0);
        return static_cast<std::int32_t>(rows_.size() - 1);
    }

  private:
    struct Slot {
        Key key{};
        std::int32_t id = -1;
    };

    std::int32_t insert(std::uint64_t pos, const Key& key, std::uint64_t hash, std::int64_t row) {
        const auto id = static_cast<std::int32_t>(rows_.size());
        slots_[pos] = {key, id};
        rows_.push_back(row);
        keys_.push_back(key);
        hashes_.push_back(hash);
        if (4 * rows_.size() > slots_.size()) grow();
        return id;
    }
    void grow() {
        std::vector<Slot> slots(slots_.size() * 2);
        const std::uint64_t mask = slots.size() - 1;
        for (const Slot& slot : slots_) {
            if (slot.id < 0) continue;
            std::uint64_t p = hashes_[static_cast<std::size_t>(slot.id)] & mask;
            while (slots[p].id >= 0) p = (p + 1) & mask;
            slots[p] = slot;
        }
        slots_ = std::move(slots);
        mask_ = mask;
    }

    std::vector<Slot> slots_;
    std::uint64_t mask_;
    std::vector<std::int64_t> rows_;
    std::vector<Key> keys_;
    std::vector<std::uint64_t> hashes_;
};

template <class Keys>
struct ChunkKeys {
    KeyTable<Keys> table;
    std::int32_t null_id = -1;
};

template <class Keys>
DenseKeys number_keys(const Keys& keys, std::int64_t n, bool dropna) {
    DenseKeys out;
    out.ids.resize(static_cast<std::size_t>(n));
    std::int32_t* ids = out.ids.data();
    std::vector<ChunkKeys<Keys>> chunks(static_cast<std::size_t>(chunk_count(n, chunk_rows)));
    parallel_chunks(n, chunk_rows, [&](std::int64_t k, std::int64_t begin, std::int64_t end) {
        ChunkKeys<Keys>& local = chunks[static_cast<std::size_t>(k)];
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
            const typename Keys::Key key = keys.key(i);
            ids[i] = local.table.find_or_insert(key, Keys::hash(key), i);
        }
    });

    KeyTable<Keys> global;
    std::vector<std::vector<std::int32_t>> to_global(chunks.size());
    std::vector<bool> identity(chunks.size(), true);
    for (std::size_t k = 0; k < chunks.size(); ++k) {
        const ChunkKeys<Keys>& local = chunks[k];
        const std::int64_t count = local.table.size();
        to_global[k].resize(static_cast<std::size_t>(count));
        for (std::int64_t j = 0; j < count; ++j) {
            const std::int64_t row = local.table.rows()[static_cast<std::size_t>(j)];
            std::int32_t id;
            if (j == local.null_id) {
                if (out.null_id < 0) out.null_id = global.append_unhashed(row);
                id = out.null_id;
            } else {
                id = global.find_or_insert(local.table.key(j), local.table.hash(j), row);
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
