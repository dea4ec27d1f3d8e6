// Every case of tests/fixtures/frame/groupby/expected.tsv (written by make_groupby.py from
// pandas 1.5.3) recomputed by tabula: keys, order, dtypes and values. Aggregations, transforms
// and value counts compare exactly (tabula folds each group in row order with pandas' Kahan and
// Welford updates, so the bits agree); user functions go through Series::mean/min/max, whose
// summation order is not pandas' nanops one, and compare within 1e-12 relative.
#include <gtest/gtest.h>

#include <charconv>
#include <cmath>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "../support/fixtures.hpp"
#include "tabula/core/error.hpp"
#include "tabula/frame/groupby.hpp"

namespace tabula {

namespace {

const std::string dir = "frame/groupby/";

Column categorical_column(const std::vector<std::string>& cells,
                          const std::vector<std::string>& categories) {
    std::vector<std::int32_t> codes;
    Bitmap validity(static_cast<std::int64_t>(cells.size()), true);
    for (std::size_t i = 0; i < cells.size(); ++i) {
        if (cells[i] == "NA") {
            codes.push_back(-1);
            validity.set(static_cast<std::int64_t>(i), false);
            continue;
        }
        const auto at = std::find(categories.begin(), categories.end(), cells[i]);
        codes.push_back(static_cast<std::int32_t>(at - categories.begin()));
    }
    auto buffer = Buffer::allocate(codes.size() * sizeof(std::int32_t));
    std::copy(codes.begin(), codes.end(), buffer->as<std::int32_t>());
    return Column::categorical(std::move(buffer), static_cast<std::int64_t>(codes.size()),
                               Column::from_strings(categories), validity);
}

Column parse_column(const std::string& dtype, const std::vector<std::string>& cells) {
    if (dtype.rfind("category=", 0) == 0) {
        return categorical_column(cells, testing::split(dtype.substr(9), '|'));
    }
    if (dtype == "string") {
        std::vector<std::optional<std::string>> v;
        for (const auto& c : cells) v.push_back(c == "NA" ? std::nullopt : std::optional(c));
        return Column::from_optional_strings(v);
    }
    if (dtype == "bool") {
        std::vector<std::optional<bool>> v;
        for (const auto& c : cells) {
            v.push_back(c == "NA" ? std::nullopt : std::optional(c == "True"));
        }
        return Column::from_optionals(v);
    }
    if (dtype == "int64") {
        std::vector<std::optional<std::int64_t>> v;
        for (const auto& c : cells) {
            v.push_back(c == "NA" ? std::nullopt : std::optional(std::stoll(c)));
        }
        return Column::from_optionals(v);
    }
    std::vector<std::optional<double>> v;
    for (const auto& c : cells) {
        v.push_back(c == "NA" ? std::nullopt : std::optional(testing::parse_value<double>(c)));
    }
    return Column::from_optionals(v);
}

DataFrame load_data(const std::string& name) {
    const auto lines = testing::fixture_lines(dir + "data_" + name + ".tsv");
    const auto header = testing::split(lines.at(0), '\t');
    std::vector<std::vector<std::string>> cells(header.size());
    for (std::size_t r = 1; r < lines.size(); ++r) {
        const auto fields = testing::split(lines[r], '\t');
        for (std::size_t c = 0; c < header.size(); ++c) cells[c].push_back(fields.at(c));
    }
    std::vector<std::string> names;
    std::vector<Column> columns;
    for (std::size_t c = 0; c < header.size(); ++c) {
        const auto colon = header[c].find(':');
        names.push_back(header[c].substr(0, colon));
        columns.push_back(parse_column(header[c].substr(colon + 1), cells[c]));
    }
    return DataFrame(names, columns);
}

struct Case {
    std::string id, data, op, column, fn, extra;
    std::vector<std::string> keys;
    bool dropna = true;
    bool sort = true;
    std::string error;  // "Class\tmessage"
    std::vector<std::string> names, dtypes;
    std::vector<std::vector<std::string>> columns;  // expected cells, column by column
};

std::vector<Case> load_cases() {
    std::vector<Case> cases;
    for (const std::string& line : testing::fixture_lines(dir + "expected.tsv")) {
        if (line.rfind("#case ", 0) == 0) {
            const auto f = testing::split(line.substr(6), '\t');
            Case c;
            c.id = f.at(0);
            c.data = f.at(1);
            c.op = f.at(2);
            c.keys = testing::split(f.at(3), ',');
            c.column = f.at(4);
            c.fn = f.at(5);
            c.dropna = f.at(6) == "1";
            c.sort = f.at(7) == "1";
            c.extra = f.at(8);
            cases.push_back(std::move(c));
        } else if (line.rfind("#error ", 0) == 0) {
            cases.back().error = line.substr(7);
        } else if (line.rfind("#columns ", 0) == 0) {
            for (const std::string& item : testing::split(line.substr(9), '\t')) {
                const auto colon = item.rfind(':');
                cases.back().names.push_back(item.substr(0, colon));
                cases.back().dtypes.push_back(item.substr(colon + 1));
            }
            cases.back().columns.resize(cases.back().names.size());
        } else {
            const auto f = testing::split(line, '\t');
            for (std::size_t c = 0; c < cases.back().columns.size(); ++c) {
                cases.back().columns[c].push_back(f.at(c));
            }
        }
    }
    return cases;
}

std::map<std::string, std::string> options_of(const std::string& extra) {
    std::map<std::string, std::string> out;
    for (const std::string& kv : testing::split(extra, ',')) {
        const auto eq = kv.find('=');
        if (eq != std::string::npos) out[kv.substr(0, eq)] = kv.substr(eq + 1);
    }
    return out;
}

// The text a fixture cell holds for row i of a result column.
std::string cell_text(const Column& column, std::int64_t i) {
    if (column.is_null(i)) return "NA";
    switch (column.dtype()) {
        case DType::String:
        case DType::Categorical:
            return std::string(column.string_at(i));
        case DType::Bool:
            return column.data<bool>()[i] ? "True" : "False";
        case DType::Int64:
            return std::to_string(column.data<std::int64_t>()[i]);
        default:
            return "";
    }
}

void expect_column(const Column& actual, const std::string& dtype,
                   const std::vector<std::string>& expected, double tolerance,
                   const std::string& context) {
    EXPECT_EQ(std::string(dtype_name(actual.dtype())), dtype) << context;
    ASSERT_EQ(actual.size(), static_cast<std::int64_t>(expected.size())) << context;
    for (std::int64_t i = 0; i < actual.size(); ++i) {
        const std::string& e = expected[static_cast<std::size_t>(i)];
        if (actual.dtype() != DType::Float64) {
            EXPECT_EQ(cell_text(actual, i), e) << context << " row " << i;
            continue;
        }
        const double a = actual.is_null(i) ? std::nan("") : actual.data<double>()[i];
        if (e == "NA") {
            EXPECT_TRUE(std::isnan(a)) << context << " row " << i << ": " << a;
            continue;
        }
        const double x = testing::parse_value<double>(e);
        if (tolerance == 0 || !std::isfinite(x)) {
            EXPECT_TRUE(a == x || (std::isnan(a) && std::isnan(x)))
                << context << " row " << i << ": " << a << " vs " << e;
        } else {
            EXPECT_NEAR(a, x, tolerance * std::abs(x)) << context << " row " << i;
        }
    }
}

Series series_stat(const SeriesGroupBy& g, const Case& c) {
    const auto extra = options_of(c.extra);
    const std::int64_t ddof = extra.contains("ddof") ? std::stoll(extra.at("ddof")) : 1;
    const bool dropna = !extra.contains("nunique_dropna") || extra.at("nunique_dropna") == "1";
    const std::map<std::string, std::function<Series()>> stats = {
        {"sum", [&] { return g.sum(); }},       {"mean", [&] { return g.mean(); }},
        {"count", [&] { return g.count(); }},   {"size", [&] { return g.size(); }},
        {"min", [&] { return g.min(); }},       {"max", [&] { return g.max(); }},
        {"std", [&] { return g.std(ddof); }},   {"var", [&] { return g.var(ddof); }},
        {"median", [&] { return g.median(); }}, {"first", [&] { return g.first(); }},
        {"last", [&] { return g.last(); }},     {"nunique", [&] { return g.nunique(dropna); }},
    };
    return stats.at(c.fn)();
}

DataFrame frame_stat(const DataFrameGroupBy& g, const Case& c) {
    const auto extra = options_of(c.extra);
    const std::int64_t ddof = extra.contains("ddof") ? std::stoll(extra.at("ddof")) : 1;
    const bool dropna = !extra.contains("nunique_dropna") || extra.at("nunique_dropna") == "1";
    const std::map<std::string, std::function<DataFrame()>> stats = {
        {"sum", [&] { return g.sum(); }},       {"mean", [&] { return g.mean(); }},
        {"count", [&] { return g.count(); }},   {"size", [&] { return g.agg("size"); }},
        {"min", [&] { return g.min(); }},       {"max", [&] { return g.max(); }},
        {"std", [&] { return g.std(ddof); }},   {"var", [&] { return g.var(ddof); }},
        {"median", [&] { return g.median(); }}, {"first", [&] { return g.first(); }},
        {"last", [&] { return g.last(); }},     {"nunique", [&] { return g.nunique(dropna); }},
    };
    return stats.at(c.fn)();
}

// The result as pandas' reset_index() shows it: keys first, then the values.
DataFrame run_frame(const DataFrame& df, const Case& c) {
    const GroupByOptions options{.sort = c.sort, .dropna = c.dropna, .as_index = false};
    const DataFrameGroupBy g = df.groupby(c.keys, options);
    if (c.op == "aggdict") {
        std::vector<std::pair<std::string, std::vector<std::string>>> spec;
        for (const std::string& part : testing::split(c.extra, ';')) {
            const auto eq = part.find('=');
            spec.emplace_back(part.substr(0, eq), testing::split(part.substr(eq + 1), '+'));
        }
        return g.agg(spec);
    }
    if (c.op == "named") {
        std::vector<NamedAgg> named;
        for (const std::string& part : testing::split(c.extra, ';')) {
            const auto eq = part.find('=');
            const auto dot = part.find('.');
            named.emplace_back(part.substr(0, eq), part.substr(eq + 1, dot - eq - 1),
                               part.substr(dot + 1));
        }
        return g.agg(named);
    }
    if (c.op == "user_range") {
        return g[{c.column}].agg([](const Series& s) { return s.max() - s.min(); });
    }
    ADD_FAILURE() << "unknown op " << c.op;
    return {};
}

Series run_series(const DataFrame& df, const Case& c) {
    const SeriesGroupBy g = df.groupby(c.keys, {.sort = c.sort, .dropna = c.dropna})[c.column];
    if (c.op == "transform") return g.transform(c.fn);
    if (c.op == "transform_demean") {
        return g.transform([](const Series& s) { return s - s.mean(); });
    }
    if (c.op == "transform_fill") {
        return g.transform([](const Series& s) { return s.fillna(s.mean()); });
    }
    const auto o = options_of(c.extra);
    return g.value_counts({.normalize = o.at("normalize") == "1",
                           .sort = o.at("sort") == "1",
                           .ascending = o.at("ascending") == "1",
                           .dropna = o.at("dropna") == "1"});
}

double tolerance_of(const Case& c) {
    return c.op == "user_range" || c.op == "transform_demean" || c.op == "transform_fill" ? 1e-12
                                                                                          : 0.0;
}

// pandas' flat tuple labels "(k1, k2)" for the first `count` expected columns.
std::vector<std::string> tuple_texts(const Case& c, std::size_t count) {
    std::vector<std::string> labels(c.columns.empty() ? 0 : c.columns.front().size());
    for (std::size_t r = 0; r < labels.size(); ++r) {
        std::string text = "(";
        for (std::size_t k = 0; k < count; ++k) {
            const std::string& cell = c.columns[k][r];
            text += (k > 0 ? ", " : "") + (cell == "NA" ? std::string("nan") : cell);
        }
        labels[r] = text + ")";
    }
    return labels;
}

bool numeric_only(const std::string& fn) {
    return fn == "sum" || fn == "mean" || fn == "std" || fn == "var" || fn == "median";
}

template <class Body>
void expect_python_error(const Case& c, Body&& body) {
    try {
        body();
        ADD_FAILURE() << "no exception; pandas raised " << c.error;
    } catch (const Error& e) {
        EXPECT_EQ(std::string(e.python_name()), testing::split(c.error, '\t').at(0)) << e.what();
    }
}

// One statistic: SeriesGroupBy's Series (index labels, values, errors) and, for what the frame
// form keeps, DataFrameGroupBy's as_index=false frame (typed keys).
void check_statistic(const DataFrame& df, const Case& c) {
    const std::size_t nkeys = c.keys.size();
    const SeriesGroupBy g = df.groupby(c.keys, {.sort = c.sort, .dropna = c.dropna})[c.column];
    if (!c.error.empty()) {
        expect_python_error(c, [&] { series_stat(g, c); });
        return;
    }
    const Series s = series_stat(g, c);
    EXPECT_EQ(s.name(), c.column);
    if (nkeys == 1) {
        EXPECT_EQ(s.index().name(), c.keys.front());
        expect_column(s.index().labels(), c.dtypes[0], c.columns[0], 0, "index");
    } else {
        expect_column(s.index().labels(), "string", tuple_texts(c, nkeys), 0, "index");
    }
    expect_column(s.column(), c.dtypes[nkeys], c.columns[nkeys], 0, "series");
    if (numeric_only(c.fn) && !is_numeric(df.column(c.column).dtype()) &&
        df.column(c.column).dtype() != DType::Bool) {
        return;
    }
    const DataFrame r = frame_stat(
        df.groupby(c.keys, {.sort = c.sort, .dropna = c.dropna, .as_index = false})[{c.column}], c);
    ASSERT_EQ(r.num_columns(), static_cast<std::int64_t>(c.names.size()));
    for (std::size_t k = 0; k < c.names.size(); ++k) {
        // pandas names size's column "size"; agg("size") keeps the column's name.
        if (c.fn != "size") {
            EXPECT_EQ(r.columns()[k], c.names[k]);
        }
        expect_column(r.column(k), c.dtypes[k], c.columns[k], 0, c.names[k]);
    }
}

void check_case(const DataFrame& df, const Case& c) {
    SCOPED_TRACE(c.id);
    if (c.op == "agg") {
        check_statistic(df, c);
        return;
    }
    const bool series_op = c.op.rfind("transform", 0) == 0 || c.op == "value_counts";
    if (!c.error.empty()) {
        expect_python_error(c, [&] {
            if (series_op) {
                run_series(df, c);
            } else {
                run_frame(df, c);
            }
        });
        return;
    }
    if (c.op == "value_counts") {
        const Series s = run_series(df, c);
        expect_column(s.index().labels(), "string", tuple_texts(c, c.keys.size() + 1), 0, "labels");
        expect_column(s.column(), c.dtypes.back(), c.columns.back(), 0, "value_counts");
        EXPECT_EQ(s.name(), c.column);
        return;
    }
    if (series_op) {
        const Series s = run_series(df, c);
        EXPECT_TRUE(s.index().equals(df.index()));
        expect_column(s.column(), c.dtypes.at(1), c.columns.at(1), tolerance_of(c), "transform");
        return;
    }
    const DataFrame r = run_frame(df, c);
    ASSERT_EQ(r.num_columns(), static_cast<std::int64_t>(c.names.size()));
    for (std::size_t k = 0; k < c.names.size(); ++k) {
        EXPECT_EQ(r.columns()[k], c.names[k]);
        expect_column(r.column(k), c.dtypes[k], c.columns[k], tolerance_of(c), c.names[k]);
    }
}

TEST(GroupByFixtures, EveryCaseMatchesPandas) {
    const std::vector<Case> cases = load_cases();
    ASSERT_GT(cases.size(), 1000u);
    std::map<std::string, DataFrame> data;
    for (const Case& c : cases) {
        if (!data.contains(c.data)) data[c.data] = load_data(c.data);
        check_case(data.at(c.data), c);
    }
}

}  // namespace

}  // namespace tabula
