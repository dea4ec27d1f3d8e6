#include "row_blocks.hpp"

#include <algorithm>
#include <vector>

#include "tabula/core/parallel.hpp"

namespace tabula::io_detail {

namespace {

constexpr std::int64_t rows_per_block = 8192;
constexpr std::int64_t blocks_per_batch = 16;

}  // namespace

void format_in_blocks(
    std::int64_t rows,
    const std::function<void(std::string& out, std::int64_t begin, std::int64_t end)>& format,
    const std::function<void(const std::string& text)>& sink) {
    const std::int64_t batch_rows = rows_per_block * blocks_per_batch;
    std::vector<std::string> parts(static_cast<std::size_t>(blocks_per_batch));
    for (std::int64_t first = 0; first < rows; first += batch_rows) {
        const std::int64_t n = std::min(batch_rows, rows - first);
        parallel_chunks(n, rows_per_block,
                        [&](std::int64_t k, std::int64_t begin, std::int64_t end) {
                            std::string& part = parts[static_cast<std::size_t>(k)];
                            part.clear();
                            format(part, first + begin, first + end);
                        });
        for (std::int64_t k = 0; k < chunk_count(n, rows_per_block); ++k) {
            sink(parts[static_cast<std::size_t>(k)]);
        }
    }
}

}  // namespace tabula::io_detail
