#pragma once
// scikit-learn's outputs for the numeric preprocessing transformers, read from
// tests/fixtures/ml/preprocessing/scalers/scalers.txt (see make_scalers.py for its layout).
#include <gtest/gtest.h>

#include <map>
#include <string>
#include <utility>
#include <vector>

#include "../../support/fixtures.hpp"
#include "tabula/frame/dataframe.hpp"
#include "tabula/ml/data.hpp"

namespace tabula::testing {

class ScalerFixtures {
  public:
    static const ScalerFixtures& get() {
        static const ScalerFixtures fixtures;
        return fixtures;
    }

    // The training ("X") or test ("T") input of a dataset: a DataFrame ("gaps", "dense", int
    // columns as int64) or a float64 array ("array").
    Features input(const std::string& kind, const std::string& dataset) const {
        const auto& columns = columns_.at(kind + "|" + dataset);
        if (dataset == "array") {
            const auto rows = static_cast<std::int64_t>(columns.front().second.size());
            const auto cols = static_cast<std::int64_t>(columns.size());
            std::vector<double> flat(static_cast<std::size_t>(rows * cols));
            for (std::int64_t j = 0; j < cols; ++j) {
                for (std::int64_t i = 0; i < rows; ++i) {
                    flat[static_cast<std::size_t>(i * cols + j)] = parse_value<double>(
                        columns[static_cast<std::size_t>(j)].second[static_cast<std::size_t>(i)]);
                }
            }
            return NDArray<double>(std::move(flat), {rows, cols});
        }
        std::vector<std::string> names;
        std::vector<Column> values;
        for (const auto& [name, texts] : columns) {
            names.push_back(name);
            bool ints = true;
            for (const auto& t : texts) ints = ints && is_python_int(t);
            if (ints) {
                std::vector<std::int64_t> v;
                for (const auto& t : texts) v.push_back(parse_value<std::int64_t>(t));
                values.push_back(Column::from_vector(v));
            } else {
                std::vector<double> v;
                for (const auto& t : texts) v.push_back(parse_value<double>(t));
                values.push_back(Column::from_vector(v));
            }
        }
        return DataFrame(std::move(names), std::move(values));
    }

    const std::vector<std::string>& attr(const std::string& test_case,
                                         const std::string& name) const {
        return values_.at("attr|" + test_case + "|" + name);
    }
    std::vector<std::string> names(const std::string& test_case) const {
        return split(values_.at("names|" + test_case).front(), ',');
    }
    const std::string& error(const std::string& test_case) const {
        return values_.at("err|" + test_case).front();
    }

    // Each output column of `out` against scikit-learn's "fit", "test" or "inv" rows of the case,
    // within `ulps` units in the last place (0: equal).
    void expect_output(const Features& out, const std::string& kind, const std::string& test_case,
                       int ulps = 0) const {
        const auto& expected = columns_.at(kind + "|" + test_case);
        ASSERT_EQ(out.num_features(), static_cast<std::int64_t>(expected.size())) << test_case;
        for (std::size_t j = 0; j < expected.size(); ++j) {
            const auto& [name, texts] = expected[j];
            EXPECT_EQ(out.frame().columns()[j], name) << test_case;
            const auto actual = out.frame()[out.frame().columns()[j]].to_numpy().to_vector();
            expect_values(std::vector<double>(actual.begin(), actual.end()), texts,
                          kind + " " + test_case + " " + name, ulps);
        }
    }

  private:
    ScalerFixtures() {
        for (const auto& line : fixture_lines("ml/preprocessing/scalers/scalers.txt")) {
            const auto f = split(line, '|');
            if (f[0] == "X" || f[0] == "T" || f[0] == "fit" || f[0] == "test" || f[0] == "inv") {
                columns_[f[0] + "|" + f[1]].emplace_back(f[2], split(f[3], ','));
            } else if (f[0] == "attr") {
                values_[f[0] + "|" + f[1] + "|" + f[2]] =
                    f[3].empty() ? std::vector<std::string>{} : split(f[3], ',');
            } else if (f[0] == "names") {
                values_[f[0] + "|" + f[1]] = {f[2]};
            } else if (f[0] == "err") {
                values_[f[0] + "|" + f[1]] = {f[3]};
            }
        }
    }

    std::map<std::string, std::vector<std::pair<std::string, std::vector<std::string>>>> columns_;
    std::map<std::string, std::vector<std::string>> values_;
};

}  // namespace tabula::testing
