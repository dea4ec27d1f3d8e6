#pragma once
// The row labels of a DataFrame or Series: pandas' RangeIndex (the default, stored as three
// numbers) or labels held in a Column (after set_index, or the column names of a summary).
#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "tabula/frame/column.hpp"

namespace tabula {

class Index {
  public:
    // RangeIndex(start=0, stop=0, step=1).
    Index() = default;
    // Labels from a column (nulls allowed, as pandas allows NaN labels).
    explicit Index(Column labels, std::string name = {});
    // String labels, e.g. column names.
    explicit Index(const std::vector<std::string>& labels, std::string name = {});
    // pandas' RangeIndex(start, stop, step); ValueError for step 0.
    static Index range(std::int64_t start, std::int64_t stop, std::int64_t step = 1);

    bool is_range() const noexcept { return !labels_; }
    std::int64_t size() const noexcept;
    const std::string& name() const noexcept { return name_; }
    Index rename(std::string name) const;
    // RangeIndex parameters (meaningful when is_range()).
    std::int64_t start() const noexcept { return start_; }
    std::int64_t stop() const noexcept { return stop_; }
    std::int64_t step() const noexcept { return step_; }
    // The labels as a column (a RangeIndex materialises int64 labels).
    Column labels() const;
    DType dtype() const noexcept;
    // The label at position i as pandas prints it.
    std::string label_string(std::int64_t i) const;
    // The position of the first label whose text equals `label`; KeyError when absent.
    std::int64_t position(std::string_view label) const;

    // Positions [offset, offset + length); a RangeIndex stays a RangeIndex.
    Index slice(std::int64_t offset, std::int64_t length) const;
    Index take(std::span<const std::int64_t> positions) const;
    Index filter(std::span<const bool> keep) const;
    bool equals(const Index& other) const;

  private:
    std::shared_ptr<const Column> labels_;
    std::int64_t start_ = 0;
    std::int64_t stop_ = 0;
    std::int64_t step_ = 1;
    std::string name_;
};

}  // namespace tabula
