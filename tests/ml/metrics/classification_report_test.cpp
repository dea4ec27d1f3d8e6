#include "tabula/ml/metrics/classification_report.hpp"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "metric_fixtures.hpp"
#include "tabula/core/error.hpp"

namespace tabula {
namespace {

using testing::expect_outcome;
using testing::fixture_lines;
using testing::parse_labels;
using testing::parse_scalars;
using testing::split;

const std::string kReports = "ml/metrics/classification/reports.txt";

ClassificationReportOptions parse_options(const std::vector<std::string>& f) {
    ClassificationReportOptions options;
    options.labels = parse_scalars(f[4]);
    if (f[5] != "-") options.target_names = split(f[5], ';');
    options.digits = std::stoi(f[6]);
    if (f[7] == "0") options.zero_division = ZeroDivision::Zero;
    if (f[7] == "1") options.zero_division = ZeroDivision::One;
    return options;
}

// The text is compared character for character.
TEST(MetricsClassificationReport, TextMatchesScikitLearn) {
    // A text follows its row as "ok|<line count>" and then its lines as they are.
    const std::vector<std::string> lines = fixture_lines(kReports);
    int rows = 0;
    for (std::size_t at = 0; at < lines.size(); ++at) {
        const auto f = split(lines[at], '|');
        if (f[0] != "report") continue;
        ++rows;
        const Target y_true = parse_labels(f[2]);
        const Target y_pred = parse_labels(f[3]);
        const auto options = parse_options(f);
        const auto report = [&] { return classification_report(y_true, y_pred, options); };
        if (expect_outcome(
                f, 8, [&] { report(); }, lines[at]))
            continue;
        std::string expected;
        const auto count = static_cast<std::size_t>(std::stoul(f[9]));
        ASSERT_LE(at + count, lines.size() - 1) << lines[at];
        for (std::size_t k = 1; k <= count; ++k) expected += lines[at + k] + "\n";
        EXPECT_EQ(report(), expected) << lines[at];
        at += count;
    }
    EXPECT_GT(rows, 15);
}

// The dict form, entry by entry in scikit-learn's order; values bit-identical.
TEST(MetricsClassificationReport, DictMatchesScikitLearn) {
    const int rows =
        testing::for_each_row(kReports, "report_dict", [](const auto& f, const auto& line) {
            const Target y_true = parse_labels(f[2]);
            const Target y_pred = parse_labels(f[3]);
            const auto options = parse_options(f);
            if (expect_outcome(
                    f, 8, [&] { classification_report_dict(y_true, y_pred, options); }, line)) {
                return;
            }
            const ClassificationReport report = classification_report_dict(y_true, y_pred, options);
            const auto entries = split(f[9], ';');
            std::size_t at = 0;
            const auto check_row = [&](const ClassificationReportRow& row) {
                ASSERT_LT(at, entries.size()) << line;
                const auto eq = entries[at].find('=');
                EXPECT_EQ(row.name, entries[at].substr(0, eq)) << line;
                const auto values = split(entries[at].substr(eq + 1), ',');
                ASSERT_EQ(values.size(), 4U) << line;
                testing::expect_values(std::vector<double>{row.precision, row.recall, row.f1_score},
                                       {values[0], values[1], values[2]}, line + " " + row.name);
                EXPECT_EQ(row.support, std::stoll(values[3])) << line;
                ++at;
            };
            for (const auto& row : report.labels) check_row(row);
            if (report.accuracy) {
                ASSERT_LT(at, entries.size()) << line;
                EXPECT_EQ(entries[at].substr(0, 9), "accuracy=") << line;
                testing::expect_values(std::vector<double>{*report.accuracy},
                                       {testing::split(entries[at], '=')[1]}, line);
                ++at;
            }
            for (const auto& row : report.averages) check_row(row);
            EXPECT_EQ(at, entries.size()) << line;
        });
    EXPECT_GT(rows, 15);
}

TEST(MetricsClassificationReport, NonAsciiNamesAlignByCharacters) {
    const std::vector<int> y{0, 1, 1};
    const std::string report = classification_report(
        y, y, {.target_names = std::vector<std::string>{"über-long-class-name", "b"}});
    // "über-long-class-name" is 20 characters (21 bytes): the header is 20 + 1 spaces, then
    // " precision".
    EXPECT_EQ(report.substr(0, report.find('p')), std::string(22, ' '));
}

}  // namespace
}  // namespace tabula
