#include "tabula/ml/impute/missing_indicator.hpp"

#include <algorithm>

#include "../invalid_parameter.hpp"
#include "missing.hpp"
#include "tabula/core/error.hpp"
#include "tabula/core/parallel.hpp"
#include "tabula/ml/validation.hpp"

namespace tabula {
namespace {

void check_input(const Features& X) {
    check_not_empty(X, MissingIndicator::name);
    impute::check_no_infinity(X);
}

// Features with at least one missing value.
std::vector<std::int64_t> features_with_missing(const Features& X) {
    const auto& frame = X.frame();
    std::vector<std::uint8_t> any(frame.columns().size(), 0);
    parallel_chunks(X.num_features(), 1, [&](std::int64_t, std::int64_t j, std::int64_t) {
        const auto mask = impute::missing_mask(frame.column(static_cast<std::size_t>(j)));
        any[static_cast<std::size_t>(j)] =
            std::any_of(mask.begin(), mask.end(), [](std::uint8_t m) { return m != 0; }) ? 1 : 0;
    });
    std::vector<std::int64_t> out;
    for (std::size_t j = 0; j < any.size(); ++j) {
        if (any[j] != 0) out.push_back(static_cast<std::int64_t>(j));
    }
    return out;
}

}  // namespace

MissingIndicatorModel MissingIndicator::fit(const Features& X) const {
    return MissingIndicatorModel(params_, X);
}

MissingIndicatorModel::MissingIndicatorModel(const MissingIndicatorParams& params,
                                             const Features& X)
    : ModelBase(std::string(MissingIndicator::name), X), params_(params) {
    detail::check_str_option(MissingIndicator::name, "features", params.features,
                             {"missing-only", "all"});
    check_input(X);
    if (params.features == "all") {
        for (std::int64_t j = 0; j < X.num_features(); ++j) features_.push_back(j);
    } else {
        features_ = features_with_missing(X);
    }
}

std::vector<std::string> MissingIndicatorModel::get_feature_names_out() const {
    const auto names = input_feature_names();
    std::vector<std::string> out;
    for (const auto j : features_) {
        out.push_back("missingindicator_" + names[static_cast<std::size_t>(j)]);
    }
    return out;
}

Features MissingIndicatorModel::transform_features(const Features& X) const {
    check_features(X);
    check_input(X);
    if (params_.features == "missing-only" && params_.error_on_new) {
        std::string unexpected;
        for (const auto j : features_with_missing(X)) {
            if (std::binary_search(features_.begin(), features_.end(), j)) continue;
            if (!unexpected.empty()) unexpected += ' ';
            unexpected += std::to_string(j);
        }
        if (!unexpected.empty()) {
            throw ValueError("The features [" + unexpected +
                             "] have missing values in transform but have no missing values in "
                             "fit.");
        }
    }
    std::vector<Column> columns(features_.size());
    parallel_chunks(static_cast<std::int64_t>(features_.size()), 1,
                    [&](std::int64_t, std::int64_t k, std::int64_t) {
                        const auto j =
                            static_cast<std::size_t>(features_[static_cast<std::size_t>(k)]);
                        const auto mask = impute::missing_mask(X.frame().column(j));
                        auto buffer = Buffer::allocate(mask.size());
                        std::copy(mask.begin(), mask.end(), buffer->as<std::uint8_t>());
                        columns[static_cast<std::size_t>(k)] = Column::fixed(
                            DType::Bool, std::move(buffer), static_cast<std::int64_t>(mask.size()));
                    });
    return make_output(X, get_feature_names_out(), std::move(columns));
}

}  // namespace tabula
