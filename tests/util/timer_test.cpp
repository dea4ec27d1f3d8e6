#include "tabula/util/timer.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <memory>
#include <sstream>
#include <stdexcept>
#include <string>
#include <string_view>
#include <thread>
#include <vector>

namespace tabula {
namespace {

using namespace std::chrono_literals;

// True when `line` is the seed's f"{func.__name__} took {end - start:.3f}s" for `name`:
// the name, " took ", one or more digits, a point, exactly three digits, "s".
bool is_report_line(std::string_view line, std::string_view name) {
    const std::string prefix = std::string(name) + " took ";
    if (!line.starts_with(prefix) || !line.ends_with("s")) return false;
    const std::string_view number = line.substr(prefix.size(), line.size() - prefix.size() - 1);
    const auto point = number.find('.');
    auto digits = [](std::string_view d) {
        return !d.empty() &&
               std::all_of(d.begin(), d.end(), [](char c) { return c >= '0' && c <= '9'; });
    };
    return point != std::string_view::npos && digits(number.substr(0, point)) &&
           number.size() - point - 1 == 3 && digits(number.substr(point + 1));
}

std::vector<std::string> lines(const std::string& text) {
    std::vector<std::string> out;
    std::istringstream in(text);
    for (std::string line; std::getline(in, line);) out.push_back(line);
    return out;
}

// One report, ending in a newline, for `name`.
bool is_report(const std::string& text, std::string_view name) {
    return text.ends_with('\n') && lines(text).size() == 1 && is_report_line(lines(text)[0], name);
}

TEST(Timer, ReportFormatCheckerRejectsNearMisses) {
    EXPECT_TRUE(is_report("load took 0.123s\n", "load"));
    EXPECT_TRUE(is_report("load took 12.000s\n", "load"));
    EXPECT_FALSE(is_report("load took 0.12s\n", "load"));
    EXPECT_FALSE(is_report("load took 0.1234s\n", "load"));
    EXPECT_FALSE(is_report("load took .123s\n", "load"));
    EXPECT_FALSE(is_report("load took 0.123\n", "load"));
    EXPECT_FALSE(is_report("load took 0.123s", "load"));
    EXPECT_FALSE(is_report("save took 0.123s\n", "load"));
}

double reported_seconds(const std::string& text) {
    return std::stod(text.substr(text.find(" took ") + 6));
}

TEST(Timer, ReportsOnScopeExitInSecondsWithThreeDecimals) {
    std::ostringstream out;
    {
        Timer t("load", out);
        std::this_thread::sleep_for(20ms);
        EXPECT_TRUE(out.str().empty());
    }
    EXPECT_TRUE(is_report(out.str(), "load")) << out.str();
    EXPECT_GE(reported_seconds(out.str()), 0.019);
    EXPECT_LT(reported_seconds(out.str()), 5.0);
}

TEST(Timer, ElapsedGrowsAndIsInSeconds) {
    std::ostringstream out;
    Timer t("phase", out);
    const double first = t.elapsed();
    std::this_thread::sleep_for(10ms);
    const double second = t.elapsed();
    EXPECT_GE(first, 0.0);
    EXPECT_GE(second - first, 0.009);
    EXPECT_LT(second, 5.0);
    EXPECT_EQ(t.name(), "phase");
}

TEST(Timer, SilentWhenTheScopeIsLeftByAnException) {
    std::ostringstream out;
    try {
        Timer t("doomed", out);
        throw std::runtime_error("failed");
    } catch (const std::runtime_error&) {
    }
    EXPECT_EQ(out.str(), "");
}

TEST(Timer, ReportsInsideACatchHandlerWhereAnExceptionIsAlreadyInFlight) {
    std::ostringstream out;
    try {
        throw std::runtime_error("first");
    } catch (const std::runtime_error&) {
        Timer t("recovery", out);
    }
    EXPECT_TRUE(is_report(out.str(), "recovery")) << out.str();
}

TEST(Timed, ForwardsArgumentsAndResultAndReports) {
    std::ostringstream out;
    auto train_model = timed(
        "train_model",
        [](const std::vector<double>& X, const std::vector<double>& y) {
            double dot = 0;
            for (std::size_t i = 0; i < X.size(); ++i) dot += X[i] * y[i];
            return dot;
        },
        out);
    EXPECT_DOUBLE_EQ(train_model(std::vector<double>{1, 2, 3}, std::vector<double>{4, 5, 6}), 32.0);
    EXPECT_TRUE(is_report(out.str(), "train_model")) << out.str();
    EXPECT_EQ(train_model.name(), "train_model");
}

TEST(Timed, OneReportPerCall) {
    std::ostringstream out;
    auto step = timed(
        "step", [](int x) { return x + 1; }, out);
    EXPECT_EQ(step(step(1)), 3);
    const auto reports = lines(out.str());
    ASSERT_EQ(reports.size(), 2u) << out.str();
    EXPECT_TRUE(is_report_line(reports[0], "step"));
    EXPECT_TRUE(is_report_line(reports[1], "step"));
}

TEST(Timed, VoidFunction) {
    std::ostringstream out;
    int calls = 0;
    auto touch = timed(
        "touch", [&calls] { ++calls; }, out);
    static_assert(std::is_void_v<decltype(touch())>);
    touch();
    EXPECT_EQ(calls, 1);
    EXPECT_TRUE(is_report(out.str(), "touch"));
}

TEST(Timed, ReferenceArgumentsAndResultsStayReferences) {
    std::ostringstream out;
    auto append = timed(
        "append",
        [](std::vector<int>& v, int x) -> std::vector<int>& {
            v.push_back(x);
            return v;
        },
        out);
    std::vector<int> v;
    std::vector<int>& same = append(v, 7);
    EXPECT_EQ(&same, &v);
    EXPECT_EQ(v, (std::vector<int>{7}));
}

TEST(Timed, MoveOnlyArgumentsAndResults) {
    std::ostringstream out;
    auto bump = timed(
        "bump",
        [](std::unique_ptr<int> p) {
            ++*p;
            return p;
        },
        out);
    std::unique_ptr<int> result = bump(std::make_unique<int>(41));
    EXPECT_EQ(*result, 42);
}

TEST(Timed, MutableCallableKeepsItsState) {
    std::ostringstream out;
    auto counter = timed(
        "counter", [n = 0]() mutable { return ++n; }, out);
    counter();
    EXPECT_EQ(counter(), 2);
}

TEST(Timed, ThrowingFunctionPropagatesAndDoesNotReport) {
    std::ostringstream out;
    auto fails = timed(
        "fails", []() -> int { throw std::invalid_argument("bad X"); }, out);
    EXPECT_THROW(fails(), std::invalid_argument);
    EXPECT_EQ(out.str(), "");
}

TEST(Timed, FunctionPointer) {
    std::ostringstream out;
    auto timed_abs = timed("labs", static_cast<long (*)(long)>(&std::labs), out);
    EXPECT_EQ(timed_abs(-5L), 5L);
}

}  // namespace
}  // namespace tabula
