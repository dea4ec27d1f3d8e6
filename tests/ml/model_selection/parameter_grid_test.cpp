#include "tabula/ml/model_selection/parameter_grid.hpp"

#include <gtest/gtest.h>

#include <map>
#include <string>
#include <vector>

#include "../../support/fixtures.hpp"
#include "tabula/core/error.hpp"

namespace tabula {
namespace {

using testing::expect_error;

// The grids of make_parameter_grid.py.
std::vector<ParamGrid> grid(const std::string& name) {
    if (name == "one") return {{{"C", {0.1, 1.0, 10.0}}}};
    if (name == "two") {
        return {{{"penalty", {"l1", "l2"}}, {"C", {1, 10, 100}}, {"fit_intercept", {true, false}}}};
    }
    if (name == "mixed") {
        return {{{"kernel", {"linear"}}, {"C", {1, 2}}},
                {},
                {{"kernel", {"rbf"}}, {"gamma", {std::nullopt, 0.5, 1e-05}}}};
    }
    std::vector<ParamValue> digits;
    for (int i = 0; i < 10; ++i) digits.emplace_back(i);
    return {{{"a", digits}, {"b", digits}, {"c", digits}}};
}

std::vector<std::string> reprs(const std::vector<ParamMap>& candidates) {
    std::vector<std::string> out;
    for (const auto& c : candidates) out.push_back(python_repr(c));
    return out;
}

// Fixture lines "<head>|<candidate>|<candidate>..." keyed by head.
std::map<std::string, std::vector<std::string>> fixture() {
    std::map<std::string, std::vector<std::string>> out;
    for (const auto& line :
         testing::fixture_lines("ml/model_selection/search/parameter_grid.txt")) {
        auto fields = testing::split(line, '|');
        const std::string head = fields.front();
        out[head] = std::vector<std::string>(fields.begin() + 1, fields.end());
    }
    return out;
}

TEST(ParameterGrid, CandidatesInScikitLearnsOrder) {
    const auto expected = fixture();
    for (const std::string name : {"one", "two", "mixed"}) {
        const ParameterGrid g(grid(name));
        EXPECT_EQ(reprs(g.candidates()), expected.at("grid " + name)) << name;
        std::vector<ParamMap> by_index;
        for (std::int64_t i = 0; i < g.size(); ++i) by_index.push_back(g[i]);
        EXPECT_EQ(reprs(by_index), expected.at("getitem " + name)) << name;
    }
    EXPECT_EQ(ParameterGrid(grid("wide")).size(), 1000);
}

TEST(ParameterGrid, Errors) {
    expect_error<ValueError>(
        [] {
            ParameterGrid(ParamGrid{{"C", {}}});
        },
        "Parameter grid for parameter 'C' need to be a non-empty sequence, "
        "got: []");
    const ParameterGrid g(grid("one"));
    expect_error<IndexError>([&] { (void)g[3]; }, "ParameterGrid index out of range");
    expect_error<IndexError>([&] { (void)g[-1]; }, "ParameterGrid index out of range");
    const ParameterGrid empty(std::vector<ParamGrid>{});
    EXPECT_EQ(empty.size(), 0);
    EXPECT_TRUE(empty.candidates().empty());
}

TEST(ParameterSampler, DrawsScikitLearnsCandidates) {
    const auto expected = fixture();
    int checked = 0;
    for (const auto& [head, candidates] : expected) {
        const auto w = testing::words(head);
        if (w[0] != "sample") continue;
        const ParameterSampler sampler(grid(w[1]), std::stoll(w[2]), std::stoll(w[3]));
        EXPECT_EQ(sampler.size(), static_cast<std::int64_t>(candidates.size())) << head;
        EXPECT_EQ(reprs(sampler.candidates()), candidates) << head;
        ++checked;
    }
    EXPECT_EQ(checked, 10);
}

TEST(ParameterSampler, WithoutSeedDrawsDistinctCandidates) {
    const ParameterSampler sampler(grid("wide"), 50);
    auto texts = reprs(sampler.candidates());
    std::sort(texts.begin(), texts.end());
    EXPECT_EQ(std::unique(texts.begin(), texts.end()), texts.end());
    EXPECT_EQ(texts.size(), 50U);
}

TEST(ParamRepr, PythonLayout) {
    EXPECT_EQ(python_repr(ParamValue(std::vector<std::string>{"a", "b"})), "['a', 'b']");
    EXPECT_EQ(python_repr(ParamValue(std::vector<double>{0.5, 1.0})), "[0.5, 1.0]");
    EXPECT_EQ(python_repr(ParamValue(false)), "False");
    EXPECT_EQ(python_repr(ParamMap{}), "{}");
}

}  // namespace
}  // namespace tabula
