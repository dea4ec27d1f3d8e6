#include "numeric_csv.hpp"

#include <fast_float/fast_float.h>

#include <algorithm>
#include <cmath>
#include <fstream>
#include <sstream>
#include <vector>

#include "tabula/core/error.hpp"

namespace tabula::bench {

NDArray<double> load_numeric_csv(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) throw IOError("cannot open " + path);
    std::stringstream buffer;
    buffer << in.rdbuf();
    const std::string text = buffer.str();

    const char* p = text.data();
    const char* end = p + text.size();
    const char* header_end = std::find(p, end, '\n');
    const std::int64_t columns = std::count(p, header_end, ',') + 1;
    p = header_end == end ? end : header_end + 1;

    std::vector<double> values;
    values.reserve(static_cast<std::size_t>(std::count(p, end, '\n') * columns));
    std::int64_t line = 2;
    while (p < end) {
        for (std::int64_t column = 0; column < columns; ++column) {
            double value = std::nan("");
            if (p < end && *p != ',' && *p != '\n') {
                const auto parsed = fast_float::from_chars(p, end, value);
                if (parsed.ec != std::errc()) {
                    throw ParseError(
                        path, line, column + 1,
                        "not a number: '" + std::string(p, std::find(p, end, '\n')) + "'");
                }
                p = parsed.ptr;
            }
            const char expected = column + 1 < columns ? ',' : '\n';
            if (p < end && *p != expected) {
                throw ParseError(path, line, column + 1,
                                 "expected " + std::to_string(columns) + " numeric fields");
            }
            if (p < end) ++p;
            values.push_back(value);
        }
        ++line;
    }
    const std::int64_t rows = static_cast<std::int64_t>(values.size()) / columns;
    return NDArray<double>(std::move(values), {rows, columns});
}

}  // namespace tabula::bench
