#pragma once
// tabula's exceptions carry Python's class names, so a message reads as the Python user expects.
#include <cstdint>
#include <stdexcept>
#include <string>

namespace tabula {

// Root of every exception tabula throws. `python_name()` is the Python class it stands for.
class Error : public std::runtime_error {
  public:
    using std::runtime_error::runtime_error;
    virtual const char* python_name() const noexcept { return "Error"; }
};

#define TABULA_DEFINE_ERROR(Name, Base)                                     \
    class Name : public Base {                                              \
      public:                                                               \
        using Base::Base;                                                   \
        const char* python_name() const noexcept override { return #Name; } \
    }

TABULA_DEFINE_ERROR(ValueError, Error);
TABULA_DEFINE_ERROR(TypeError, Error);
TABULA_DEFINE_ERROR(KeyError, Error);
TABULA_DEFINE_ERROR(IndexError, Error);
TABULA_DEFINE_ERROR(IOError, Error);
// NumPy raises ValueError for shape mismatches; ShapeError narrows it so both catch clauses work.
TABULA_DEFINE_ERROR(ShapeError, ValueError);
// scikit-learn's NotFittedError derives from ValueError as well.
TABULA_DEFINE_ERROR(NotFittedError, ValueError);
// pandas.errors.MergeError (bad merge arguments, keys that break `validate`) is a ValueError.
TABULA_DEFINE_ERROR(MergeError, ValueError);
// Python's AttributeError: scikit-learn raises it for a method the object does not have (a
// Pipeline whose last step cannot transform asked to transform).
TABULA_DEFINE_ERROR(AttributeError, Error);

#undef TABULA_DEFINE_ERROR

// A parse failure at a place in a text input; the message names file, line and column.
class ParseError : public ValueError {
  public:
    ParseError(std::string file, std::int64_t line, std::int64_t column, const std::string& what);
    const char* python_name() const noexcept override { return "ParseError"; }
    const std::string& file() const noexcept { return file_; }
    std::int64_t line() const noexcept { return line_; }
    std::int64_t column() const noexcept { return column_; }

  private:
    std::string file_;
    std::int64_t line_;
    std::int64_t column_;
};

}  // namespace tabula
