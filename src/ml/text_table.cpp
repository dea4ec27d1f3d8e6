#include "text_table.hpp"

#include "tabula/core/parallel.hpp"

namespace tabula::detail {

TextTable::TextTable(const std::vector<std::string>& keys) {
    rehash(16);
    for (const auto& k : keys) (void)insert(k);
}

void TextTable::rehash(std::size_t capacity) {
    slots_.assign(capacity, -1);
    mask_ = capacity - 1;
    for (std::size_t k = 0; k < keys_.size(); ++k) {
        std::size_t s = hashes_[k] & mask_;
        while (slots_[s] >= 0) s = (s + 1) & mask_;
        slots_[s] = static_cast<std::int32_t>(k);
    }
}

std::vector<TextCounts> count_text_chunks(const Column& column, std::int64_t chunk_size,
                                          std::int32_t* codes) {
    const std::int64_t n = column.size();
    std::vector<TextCounts> parts(static_cast<std::size_t>(chunk_count(n, chunk_size)));
    const StringRows rows(column);
    parallel_chunks(n, chunk_size, [&](std::int64_t k, std::int64_t begin, std::int64_t end) {
        auto& [table, counts] = parts[static_cast<std::size_t>(k)];
        for (std::int64_t i = begin; i < end; ++i) {
            std::int32_t at = -1;
            if (column.is_valid(i)) {
                at = table.insert(rows[i]);
                if (static_cast<std::size_t>(at) == counts.size()) counts.push_back(0);
                ++counts[static_cast<std::size_t>(at)];
            }
            if (codes != nullptr) codes[i] = at;
        }
    });
    return parts;
}

TextCounts merge_text_counts(const std::vector<TextCounts>& parts,
                             std::vector<std::vector<std::int32_t>>* chunk_keys) {
    TextCounts all;
    if (chunk_keys != nullptr) chunk_keys->resize(parts.size());
    for (std::size_t k = 0; k < parts.size(); ++k) {
        const auto& [table, counts] = parts[k];
        for (std::size_t c = 0; c < counts.size(); ++c) {
            const auto at = all.table.insert(table.keys()[c]);
            if (static_cast<std::size_t>(at) == all.counts.size()) all.counts.push_back(0);
            all.counts[static_cast<std::size_t>(at)] += counts[c];
            if (chunk_keys != nullptr) (*chunk_keys)[k].push_back(at);
        }
    }
    return all;
}

}  // namespace tabula::detail
