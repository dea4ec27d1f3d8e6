// Axes: limits as matplotlib 3.6.3 autoscales them, and bad arguments.
#include "tabula/plot/axes.hpp"

#include <gtest/gtest.h>

#include <utility>
#include <vector>

#include "../support/fixtures.hpp"
#include "tabula/core/error.hpp"
#include "tabula/frame/series.hpp"
#include "tabula/plot/figure.hpp"

namespace {

using tabula::testing::expect_error;

// The values are matplotlib's get_xlim()/get_ylim() after the same calls.
TEST(Axes, AutoscaleAddsMatplotlibsMargins) {
    auto [fig, axes] = tabula::subplots();
    axes[0].plot(std::vector<double>{3, 1, 4, 1, 5, 9, 2, 6});
    EXPECT_EQ(axes[0].get_xlim(), std::pair(-0.35000000000000003, 7.35));
    EXPECT_EQ(axes[0].get_ylim(), std::pair(0.6, 9.4));

    auto [fig2, single] = tabula::subplots();
    single[0].plot(std::vector<double>{5.0}, std::vector<double>{0.0});
    EXPECT_EQ(single[0].get_xlim(), std::pair(4.725, 5.275));
    EXPECT_EQ(single[0].get_ylim(), std::pair(-0.05500000000000001, 0.05500000000000001));

    auto [fig3, empty] = tabula::subplots();
    EXPECT_EQ(empty[0].get_xlim(), std::pair(0.0, 1.0));
}

// matplotlib's get_xlim() after ax.plot(pd.Series(...)).
TEST(Axes, SeriesIsPlottedAgainstItsIndex) {
    auto [fig, axes] = tabula::subplots();
    axes[0].plot(tabula::Series(std::vector<double>{2, 4, 3}));
    EXPECT_EQ(axes[0].get_xlim(), std::pair(-0.1, 2.1));
    auto [fig2, indexed] = tabula::subplots();
    const tabula::Index years(tabula::Column::from_vector(std::vector<double>{2000, 2010}));
    indexed[0].plot(
        tabula::Series(tabula::Column::from_vector(std::vector<double>{1, 2}), "gdp", years));
    EXPECT_EQ(indexed[0].get_xlim(), std::pair(1999.5, 2010.5));
    EXPECT_THROW(indexed[0].plot(tabula::Series(std::vector<std::string>{"a", "b"})),
                 tabula::TypeError);
}

TEST(Axes, SetLimitsWidenEqualOnesAndKeepInvertedOnes) {
    auto [fig, axes] = tabula::subplots();
    axes[0].plot(std::vector<double>{1, 2, 3});
    axes[0].set_xlim(2, 2).set_ylim(5, -1);
    EXPECT_EQ(axes[0].get_xlim(), std::pair(1.9, 2.1));
    EXPECT_EQ(axes[0].get_ylim(), std::pair(5.0, -1.0));
    expect_error<tabula::ValueError>([&] { axes[0].set_xlim(0, std::nan("")); },
                                     "Axis limits cannot be NaN or Inf");
}

TEST(Axes, SharedAxesAutoscaleOverAllTheirData) {
    auto [fig, axes] = tabula::subplots(1, 2, {.sharey = true});
    axes[0].plot(std::vector<double>{1, 2}, std::vector<double>{0, 10});
    axes[1].plot(std::vector<double>{1, 2}, std::vector<double>{-5, 3});
    EXPECT_EQ(axes[1].get_ylim(), std::pair(-5.75, 10.75));
    EXPECT_EQ(axes[0].get_ylim(), axes[1].get_ylim());
    EXPECT_EQ(axes[1].get_xlim(), std::pair(0.95, 2.05));
}

// matplotlib's get_ylim() after set_yscale("log"); its inverse transform is NumPy's power, which
// may differ from std::pow in the last place.
TEST(Axes, LogScaleAutoscalesInLogSpace) {
    auto [fig, axes] = tabula::subplots();
    axes[0].plot(std::vector<double>{1, 2, 3}, std::vector<double>{1, 10, 100}).set_yscale("log");
    EXPECT_EQ(axes[0].get_yscale(), "log");
    EXPECT_DOUBLE_EQ(axes[0].get_ylim().first, 0.7943282347242815);
    EXPECT_DOUBLE_EQ(axes[0].get_ylim().second, 125.89254117941675);

    auto [fig2, flat] = tabula::subplots();
    flat[0].plot(std::vector<double>{1, 2}, std::vector<double>{5, 5}).set_yscale("log");
    EXPECT_DOUBLE_EQ(flat[0].get_ylim().first, 0.8912509381337455);
    EXPECT_DOUBLE_EQ(flat[0].get_ylim().second, 11.220184543019634);

    auto [fig3, mixed] = tabula::subplots();
    mixed[0].plot(std::vector<double>{1, 2, 3, 4}, std::vector<double>{0.01, 10, 1e4, 3e5});
    mixed[0].set_yscale("log");
    EXPECT_DOUBLE_EQ(mixed[0].get_ylim().first, 0.004228087216103555);
    EXPECT_DOUBLE_EQ(mixed[0].get_ylim().second, 709540.7087568761);
}

TEST(Axes, LogScaleRefusals) {
    auto [fig, axes] = tabula::subplots();
    expect_error<tabula::ValueError>(
        [&] { axes[0].set_xscale("logg"); },
        "'logg' is not a valid value for scale; supported values are 'linear', 'log'");
    axes[0].set_yscale("log");
    expect_error<tabula::ValueError>([&] { axes[0].set_ylim(-1, 5); },
                                     "Attempted to set non-positive ylim on a log-scaled axis");
    axes[0].set_xlim(-1, 5);
    expect_error<tabula::ValueError>(
        [&] { axes[0].set_xscale("log"); },
        "Axis limits (-1.0, 5.0) are not positive and cannot be log-scaled");
    EXPECT_EQ(axes[0].set_xscale("linear").get_xscale(), "linear");
}

TEST(Axes, TextSetters) {
    auto [fig, axes] = tabula::subplots();
    axes[0].set_title("Training Curve").set_xlabel("Epoch").set_ylabel("Loss");
    EXPECT_EQ(axes[0].get_title(), "Training Curve");
    EXPECT_EQ(axes[0].get_xlabel(), "Epoch");
    EXPECT_EQ(axes[0].get_ylabel(), "Loss");
}

TEST(Axes, BadArgumentsAreValueErrorsWithMatplotlibsMessages) {
    auto [fig, axes] = tabula::subplots();
    const std::vector<double> y{1, 2, 3};
    expect_error<tabula::ValueError>([&] { axes[0].plot(y, {.color = "bleu"}); },
                                     "Invalid RGBA argument: 'bleu'");
    expect_error<tabula::ValueError>(
        [&] { axes[0].plot(y, {.linestyle = "=="}); },
        "'==' is not a valid value for ls; supported values are '-', '--', '-.', ':', 'None', "
        "' ', '', 'solid', 'dashed', 'dashdot', 'dotted'");
    EXPECT_THROW(axes[0].plot(y, {.marker = "Q"}), tabula::ValueError);
    expect_error<tabula::ValueError>(
        [&] {
            axes[0].plot(std::vector<double>{1, 2}, y);
        },
        "x and y must have same first dimension, but have shapes (2,) and (3,)");
    EXPECT_THROW(axes[0].legend({.loc = "top"}), tabula::ValueError);
}

}  // namespace
