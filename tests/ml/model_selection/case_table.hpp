#pragma once
// The "<case>|<key>|<value>|<value>..." fixture files that the model_selection and inspection
// generator scripts write, read once and looked up by case and key.
#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <map>
#include <string>
#include <vector>

#include "../../support/fixtures.hpp"

namespace tabula::testing {

class CaseTable {
  public:
    explicit CaseTable(const std::string& relative) {
        for (const auto& line : fixture_lines(relative)) {
            auto f = split(line, '|');
            if (f.size() < 2) continue;
            rows_[f[0] + "|" + f[1]] = std::vector<std::string>(f.begin() + 2, f.end());
        }
    }
    bool contains(const std::string& c, const std::string& key) const {
        return rows_.contains(c + "|" + key);
    }
    // The texts of (c, key); a missing one fails the test and reads as empty.
    const std::vector<std::string>& operator()(const std::string& c, const std::string& key) const {
        const auto it = rows_.find(c + "|" + key);
        EXPECT_NE(it, rows_.end()) << "no " << c << " " << key << " in the fixture";
        static const std::vector<std::string> none;
        return it == rows_.end() ? none : it->second;
    }
    std::vector<double> doubles(const std::string& c, const std::string& key) const {
        std::vector<double> out;
        for (const auto& v : (*this)(c, key)) out.push_back(std::stod(v));
        return out;
    }
    std::vector<std::int64_t> ints(const std::string& c, const std::string& key) const {
        std::vector<std::int64_t> out;
        for (const auto& v : (*this)(c, key)) out.push_back(std::stoll(v));
        return out;
    }
    // The keys of case c, sorted.
    std::vector<std::string> keys(const std::string& c) const {
        std::vector<std::string> out;
        for (const auto& [k, v] : rows_) {
            if (k.starts_with(c + "|")) out.push_back(k.substr(c.size() + 1));
        }
        return out;
    }

  private:
    std::map<std::string, std::vector<std::string>> rows_;
};

// Each value within `relative` of the fixture's (at least that much absolute near 0), for values
// that scikit-learn sums or solves in another order.
inline void expect_close(const std::vector<double>& actual,
                         const std::vector<std::string>& expected, const std::string& context,
                         double relative) {
    ASSERT_EQ(actual.size(), expected.size()) << context;
    for (std::size_t i = 0; i < actual.size(); ++i) {
        const double e = std::stod(expected[i]);
        EXPECT_NEAR(actual[i], e, relative * std::max(1.0, std::abs(e))) << context << " at " << i;
    }
}

}  // namespace tabula::testing
