#pragma once
// The linear-model fixtures' rows `field|case|values` (values comma-separated), looked up by
// field and case.
#include <gtest/gtest.h>

#include <map>
#include <string>
#include <utility>
#include <vector>

#include "../../support/fixtures.hpp"
#include "tabula/array/ndarray.hpp"

namespace tabula::testing {

class CaseFixture {
  public:
    explicit CaseFixture(const std::string& relative) {
        for (const std::string& line : fixture_lines(relative)) {
            const auto bar = line.find('|');
            const auto second = line.find('|', bar + 1);
            if (bar == std::string::npos || second == std::string::npos) continue;
            const std::string field = line.substr(0, bar);
            const std::string name = line.substr(bar + 1, second - bar - 1);
            if (field == "shape") cases_.push_back(name);
            rows_[{field, name}] = line.substr(second + 1);
        }
    }

    // Cases that have their own X.
    const std::vector<std::string>& cases() const noexcept { return cases_; }
    bool has(const std::string& field, const std::string& name) const {
        return rows_.count({field, name}) != 0;
    }
    const std::string& text(const std::string& field, const std::string& name) const {
        static const std::string missing;
        const auto it = rows_.find({field, name});
        if (it == rows_.end()) {
            ADD_FAILURE() << "no " << field << " row for " << name;
            return missing;
        }
        return it->second;
    }
    std::vector<std::string> items(const std::string& field, const std::string& name) const {
        return split(text(field, name), ',');
    }
    std::vector<double> numbers(const std::string& field, const std::string& name) const {
        std::vector<double> out;
        for (const auto& item : items(field, name)) out.push_back(parse_value<double>(item));
        return out;
    }
    double number(const std::string& field, const std::string& name) const {
        return parse_value<double>(text(field, name));
    }
    NDArray<double> X(const std::string& name) const {
        const auto shape = parse_shape(text("shape", name));
        return NDArray<double>(numbers("X", name), {shape[0], shape[1]});
    }

  private:
    std::vector<std::string> cases_;
    std::map<std::pair<std::string, std::string>, std::string> rows_;
};

// |actual - expected| <= rtol * max(|expected|, floor) for each value.
inline void expect_close(const std::vector<double>& actual, const std::vector<double>& expected,
                         double rtol, double floor, const std::string& context) {
    ASSERT_EQ(actual.size(), expected.size()) << context;
    for (std::size_t i = 0; i < actual.size(); ++i) {
        const double scale = std::max(std::abs(expected[i]), floor);
        EXPECT_LE(std::abs(actual[i] - expected[i]), rtol * scale)
            << context << " at " << i << ": " << actual[i] << " vs " << expected[i];
    }
}

}  // namespace tabula::testing
