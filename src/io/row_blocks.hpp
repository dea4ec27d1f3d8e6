#pragma once
// Text writers format rows in parallel blocks and emit the texts in row order, a bounded batch of
// blocks at a time so that writing a file holds little memory whatever the frame's size.
#include <cstdint>
#include <functional>
#include <string>

namespace tabula::io_detail {

// Calls format(out, begin, end) to append the text of rows [begin, end) (in parallel, on fresh
// strings) and sink(text) on those texts in row order.
void format_in_blocks(
    std::int64_t rows,
    const std::function<void(std::string& out, std::int64_t begin, std::int64_t end)>& format,
    const std::function<void(const std::string& text)>& sink);

}  // namespace tabula::io_detail
