#include "tabula/core/error.hpp"

#include <fmt/format.h>

namespace tabula {

ParseError::ParseError(std::string file, std::int64_t line, std::int64_t column,
                       const std::string& what)
    : ValueError(fmt::format("{}:{}:{}: {}", file, line, column, what)),
      file_(std::move(file)),
      line_(line),
      column_(column) {}

}  // namespace tabula
