// Series::value_counts against pandas 1.5.3, including the order of tied counts (pandas sorts
// with NumPy's unstable introsort) and the missing-value group: make_eda.py.
#include <gtest/gtest.h>

#include <string>

#include "../support/fixtures.hpp"
#include "eda_fixture.hpp"
#include "tabula/core/float_repr.hpp"
#include "tabula/frame/dataframe.hpp"

namespace {

using tabula::Column;
using tabula::DataFrame;
using tabula::DType;
using tabula::Series;
using tabula::ValueCountsOptions;
using tabula::testing::eda_frame;
using tabula::testing::eda_results;
using tabula::testing::split;

// The label as make_eda.py writes it: Python's str of the value, NA for a missing one.
std::string key_text(const Column& keys, std::int64_t i) {
    if (keys.is_null(i)) return "NA";
    switch (keys.dtype()) {
        case DType::Float64: {
            const double v = keys.data<double>()[i];
            return std::isnan(v) ? "NA" : tabula::float_repr(v);
        }
        case DType::Int64:
            return std::to_string(keys.data<std::int64_t>()[i]);
        case DType::Bool:
            return keys.data<bool>()[i] ? "True" : "False";
        default:
            return std::string(keys.string_at(i));
    }
}

ValueCountsOptions options_from(const std::string& kwargs) {
    ValueCountsOptions options;
    for (const std::string& kv : split(kwargs, ',')) {
        const auto parts = split(kv, '=');
        if (parts.size() != 2) continue;
        const bool value = parts[1] == "True";
        if (parts[0] == "normalize") options.normalize = value;
        if (parts[0] == "dropna") options.dropna = value;
        if (parts[0] == "ascending") options.ascending = value;
        if (parts[0] == "sort") options.sort = value;
    }
    return options;
}

void check(const Series& s, const std::vector<std::string>& row) {
    const std::string context = row[1] + " value_counts(" + row[2] + ")";
    const Series counts = s.value_counts(options_from(row[2]));
    EXPECT_EQ(std::string(tabula::dtype_name(counts.dtype())), row[3]) << context;
    EXPECT_EQ(counts.name(), row[4]) << context;
    ASSERT_EQ(counts.size(), static_cast<std::int64_t>(row.size() - 5)) << context;
    const Column keys = counts.index().labels();
    for (std::int64_t i = 0; i < counts.size(); ++i) {
        const std::string& entry = row[static_cast<std::size_t>(i) + 5];
        const auto eq = entry.rfind('=');
        EXPECT_EQ(key_text(keys, i), entry.substr(0, eq)) << context << " at " << i;
        tabula::testing::expect_bits(counts.value(i), entry.substr(eq + 1),
                                     context + " at " + std::to_string(i));
    }
}

TEST(ValueCounts, MatchPandasIncludingTies) {
    const DataFrame frame = eda_frame("vc");
    const DataFrame many = eda_frame("many");
    int checked = 0;
    for (const auto& row : eda_results("vc.tsv", "vc")) {
        check(row[1] == "many" ? many[row[1]] : frame[row[1]], row);
        ++checked;
    }
    EXPECT_EQ(checked, 26);
}

TEST(ValueCounts, FewTiesKeepFirstSeenOrder) {
    const Series ties(std::vector<std::string>{"3", "1", "2", "1", "3", "2", "4", "5", "5", "4"},
                      "ties");
    for (const auto& row : eda_results("vc.tsv", "vc_small")) check(ties, row);
}

TEST(ValueCounts, CategoricalCountsEveryCategory) {
    const Column words = Column::from_optional_strings({"b", std::nullopt, "a", "b"});
    const Series s(words.astype(DType::Categorical), "w");
    const Series counts = s.value_counts({.dropna = false});
    ASSERT_EQ(counts.size(), 3);
    EXPECT_EQ(counts.index().labels().string_at(0), "b");
    EXPECT_EQ(counts.value(0), 2.0);
    EXPECT_EQ(counts.value(1), 1.0);
    EXPECT_TRUE(counts.index().labels().is_null(2));
    EXPECT_EQ(s.nunique(), 2);
    EXPECT_EQ(s.nunique(false), 3);
}

TEST(ValueCounts, EmptySeriesGivesNoRows) {
    const Series s(std::vector<double>{}, "e");
    EXPECT_EQ(s.value_counts().size(), 0);
    EXPECT_EQ(s.value_counts({.normalize = true}).size(), 0);
    EXPECT_EQ(s.nunique(), 0);
}

}  // namespace
