#pragma once
// df["x"] on a non-const DataFrame: the column as a Series for reading (df["age"].mean()), and
// the place an assignment writes to, as pandas' df["x"] = values:
//   df["income_log"] = log1p(df["income"]);   // a Series, aligned on the index labels
//   df["flag"] = 1;                            // a Scalar, broadcast to every row
//   df["score"] = {0.5, 0.7, 0.9};             // column values, one per row
// A name that is not a column yet makes a ColumnRef that only an assignment may use: any read
// throws the KeyError naming the closest column, so a misspelt df["agee"].mean() fails loudly.
//
// A ColumnRef holds a pointer to its frame: `auto c = df["a"];` keeps writing into df and must
// not outlive it. `Series s = df["a"];` copies the values into an independent Series.
#include <string>
#include <string_view>

#include "tabula/frame/dataframe.hpp"
#include "tabula/frame/scalar.hpp"
#include "tabula/frame/series.hpp"

namespace tabula {

class ColumnRef : public Series {
  public:
    ColumnRef(DataFrame& owner, std::string_view name);
    ColumnRef(const ColumnRef&) = default;
    // df["a"] = df["b"] assigns the values of column b, as pandas (not the reference).
    ColumnRef& operator=(const ColumnRef& values);
    ColumnRef& operator=(const Series& values);
    ColumnRef& operator=(const Scalar& value);
    ColumnRef& operator=(const ColumnValues& values);

  private:
    // Reads the owner's column again after an assignment replaced it.
    void refresh();

    DataFrame* owner_;
    std::string column_name_;
};

}  // namespace tabula
