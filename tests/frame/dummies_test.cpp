// get_dummies against pandas 1.5.3: column order, names, prefixes, dummy_na, drop_first,
// categoricals (category order, unused ones kept), the Series form. pandas' uint8 0/1 are
// int64 0/1 here (see dummies.hpp), so dtypes are compared through that mapping.
#include "tabula/frame/dummies.hpp"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "sort_fixture.hpp"
#include "tabula/core/error.hpp"
#include "tabula/frame/dataframe.hpp"

namespace {

using tabula::DataFrame;
using tabula::GetDummiesOptions;

DataFrame gd() {
    return tabula::testing::sort_input("GD");
}

std::string cell_text(const tabula::Column& c, std::int64_t row) {
    if (c.is_null(row)) return "";
    switch (c.dtype()) {
        case tabula::DType::String:
            return std::string(c.string_at(row));
        case tabula::DType::Bool:
            return c.data<bool>()[row] ? "1" : "0";
        default:
            return std::to_string(c.data<std::int64_t>()[row]);
    }
}

void expect_frame(const DataFrame& got, const std::string& name) {
    for (const auto& row : tabula::testing::sort_rows("get_dummies.tsv")) {
        if (row.at(0) != name) continue;
        EXPECT_EQ(got.columns(), tabula::testing::split(row.at(1), ';')) << name;
        const auto dtypes = tabula::testing::split(row.at(2), ';');
        ASSERT_EQ(got.columns().size(), dtypes.size()) << name;
        for (std::size_t j = 0; j < dtypes.size(); ++j) {
            const std::string want = dtypes[j] == "uint8"    ? "int64"
                                     : dtypes[j] == "object" ? "string"
                                                             : dtypes[j];
            EXPECT_EQ(tabula::dtype_name(got.column(j).dtype()), want) << name << " " << j;
            const auto cells = tabula::testing::split(row.at(3 + j), ';');
            ASSERT_EQ(static_cast<std::size_t>(got.num_rows()), cells.size());
            for (std::size_t i = 0; i < cells.size(); ++i) {
                const auto r = static_cast<std::int64_t>(i);
                if (got.column(j).dtype() == tabula::DType::Float64) {
                    EXPECT_EQ(got.column(j).data<double>()[r], std::stod(cells[i]));
                } else {
                    EXPECT_EQ(cell_text(got.column(j), r), cells[i]) << name << " " << j;
                }
            }
        }
        return;
    }
    ADD_FAILURE() << "no case " << name << " in get_dummies.tsv";
}

TEST(GetDummies, MatchesPandasFrames) {
    const DataFrame frame = gd();
    expect_frame(tabula::get_dummies(frame), "default");
    expect_frame(tabula::get_dummies(frame, {.columns = {"city", "n"}}), "columns");
    expect_frame(tabula::get_dummies(frame, {.columns = {"city"}, .dummy_na = true}), "dummy_na");
    expect_frame(tabula::get_dummies(frame, {.drop_first = true}), "drop_first");
    expect_frame(tabula::get_dummies(frame, {.dummy_na = true, .drop_first = true}),
                 "drop_first_na");
    expect_frame(tabula::get_dummies(frame, {.prefix = {"C", "E"}, .prefix_sep = "="}), "prefix");
    expect_frame(tabula::get_dummies(frame, {.columns = {"x"}}), "float_column");
}

TEST(GetDummies, CategoricalKeepsCategoryOrderAndUnusedCategories) {
    // pandas: Categorical(["q", "p", "q", None], categories=["q", "p", "r"]).
    auto codes = tabula::Buffer::allocate(4 * sizeof(std::int32_t));
    auto* c = codes->as<std::int32_t>();
    c[0] = 0;
    c[1] = 1;
    c[2] = 0;
    c[3] = -1;
    tabula::Bitmap validity(4, true);
    validity.set(3, false);
    const tabula::Column cat = tabula::Column::categorical(
        codes, 4, tabula::Column::from_strings({"q", "p", "r"}), validity);
    const DataFrame frame({"n", "cat"}, {gd().column("n"), cat});
    expect_frame(tabula::get_dummies(frame), "categorical");
}

TEST(GetDummies, SeriesForm) {
    const tabula::Series s(tabula::Column::from_optional_strings({"b", "a", std::nullopt, "b"}),
                           "s");
    expect_frame(tabula::get_dummies(s), "series");
    expect_frame(tabula::get_dummies(s, {.prefix = {"s"}, .dummy_na = true}), "series_prefix");
    expect_frame(tabula::get_dummies(tabula::Series(std::vector<std::int64_t>{3, 1, 3}, "i")),
                 "series_int");
}

TEST(GetDummies, BoolDtypeOnRequest) {
    const DataFrame d =
        tabula::get_dummies(gd(), {.columns = {"emp"}, .dtype = tabula::DType::Bool});
    EXPECT_EQ(d.column("emp_y").dtype(), tabula::DType::Bool);
    EXPECT_TRUE(d.column("emp_y").data<bool>()[1]);
}

TEST(GetDummies, BadArgumentsRaiseAsPandas) {
    const DataFrame frame = gd();
    auto [cls, message] = tabula::testing::pandas_error("dummies_missing_column");
    EXPECT_EQ(cls, "KeyError");
    // Python's str() of that KeyError quotes the message.
    message = message.substr(1, message.size() - 2);
    tabula::testing::expect_error<tabula::KeyError>(
        [&] { (void)tabula::get_dummies(frame, {.columns = {"zz"}}); }, message);
    tabula::testing::expect_pandas_error<tabula::ValueError>(
        "dummies_prefix_length", "ValueError",
        [&] { (void)tabula::get_dummies(frame, {.prefix = {"p"}}); });
}

}  // namespace
