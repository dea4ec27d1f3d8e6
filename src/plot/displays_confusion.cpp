// sklearn.metrics.ConfusionMatrixDisplay.plot (scikit-learn 1.2).
#include <algorithm>
#include <string>

#include "colorbar.hpp"
#include "figure_data.hpp"
#include "python_number.hpp"
#include "tabula/core/error.hpp"
#include "tabula/frame/scalar.hpp"
#include "tabula/plot/displays.hpp"

namespace tabula {
namespace {

std::size_t square_size(const Shape& shape) {
    if (shape.size() != 2 || shape[0] != shape[1]) {
        throw ValueError(
            "ConfusionMatrixDisplay: confusion_matrix must be square (n_classes, n_classes)");
    }
    return static_cast<std::size_t>(shape[0]);
}

void check_labels(const std::vector<std::string>& labels, std::size_t n) {
    if (labels.empty() || labels.size() == n) return;
    std::string message = "ConfusionMatrixDisplay: display_labels has ";
    message += std::to_string(labels.size());
    message += " labels for ";
    message += std::to_string(n);
    message += " classes";
    throw ValueError(message);
}

}  // namespace

ConfusionMatrixDisplay::ConfusionMatrixDisplay(NDArray<std::int64_t> confusion_matrix,
                                               std::vector<std::string> display_labels)
    : n_(square_size(confusion_matrix.shape())),
      integer_(true),
      display_labels_(std::move(display_labels)) {
    check_labels(display_labels_, n_);
    const NDArray<std::int64_t> c = confusion_matrix.copy();
    values_.assign(c.data(), c.data() + n_ * n_);
}

ConfusionMatrixDisplay::ConfusionMatrixDisplay(NDArray<double> confusion_matrix,
                                               std::vector<std::string> display_labels)
    : n_(square_size(confusion_matrix.shape())), display_labels_(std::move(display_labels)) {
    check_labels(display_labels_, n_);
    const NDArray<double> c = confusion_matrix.copy();
    values_.assign(c.data(), c.data() + n_ * n_);
}

ConfusionMatrixDisplay& ConfusionMatrixDisplay::plot(Axes& ax,
                                                     const ConfusionMatrixPlotParams& params) {
    if (params.xticks_rotation != "horizontal" && params.xticks_rotation != "vertical") {
        std::string message = "xticks_rotation must be 'horizontal' or 'vertical', got ";
        message += Scalar(params.xticks_rotation).repr();
        throw ValueError(message);
    }
    const auto side = static_cast<std::int64_t>(n_);
    const ScalarMappable image = ax.imshow(NDArray<double>(values_, {side, side}),
                                           {.cmap = params.cmap, .interpolation = "nearest"});
    texts.clear();
    text_colors.clear();
    if (params.include_values && n_ > 0) {
        const Rgba cmap_min = image.cmap(0.0);
        const Rgba cmap_max = image.cmap(1.0);
        const auto [low, high] = std::minmax_element(values_.begin(), values_.end());
        const double thresh = (*high + *low) / 2.0;
        for (std::size_t i = 0; i < n_; ++i) {
            for (std::size_t j = 0; j < n_; ++j) {
                const double v = values_[i * n_ + j];
                std::string text;
                if (params.values_format) {
                    text = integer_ ? plot::detail::python_format(static_cast<std::int64_t>(v),
                                                                  *params.values_format)
                                    : plot::detail::python_format(v, *params.values_format);
                } else {
                    // ".2g", or the count's own digits when shorter ("100", not "1e+02").
                    text = plot::detail::python_format(v, ".2g");
                    if (integer_) {
                        std::string digits =
                            plot::detail::python_format(static_cast<std::int64_t>(v), "d");
                        if (digits.size() < text.size()) text = std::move(digits);
                    }
                }
                const Rgba color = v < thresh ? cmap_max : cmap_min;
                ax.text(static_cast<double>(j), static_cast<double>(i), text,
                        {.color = to_hex(color, true), .ha = "center", .va = "center"});
                texts.push_back(text);
                text_colors.push_back(color);
            }
        }
    }
    if (params.colorbar) {
        const auto figure = ax.data()->figure.lock();
        if (!figure)
            throw ValueError("ConfusionMatrixDisplay.plot: the axes' figure no longer exists");
        plot::detail::add_colorbar(*figure, ax.data(), image.cmap, image.vmin, image.vmax);
    }
    std::vector<double> ticks;
    std::vector<std::string> labels = display_labels_;
    for (std::size_t i = 0; i < n_; ++i) {
        ticks.push_back(static_cast<double>(i));
        if (display_labels_.empty()) labels.push_back(std::to_string(i));
    }
    ax.set_xticks(ticks, labels);
    ax.set_yticks(ticks, labels);
    ax.set_ylabel("True label");
    ax.set_xlabel("Predicted label");
    ax.set_ylim(static_cast<double>(n_) - 0.5, -0.5);
    if (params.xticks_rotation == "vertical") ax.data()->xfixed->degrees = 90;
    return *this;
}

}  // namespace tabula
