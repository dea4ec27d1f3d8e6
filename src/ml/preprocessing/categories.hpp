#pragma once
// What scikit-learn's _BaseEncoder gives OneHotEncoder, OrdinalEncoder and TargetEncoder: each
// feature's sorted categories (_fit), and each row's position among them (_transform).
#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "tabula/frame/column.hpp"
#include "tabula/ml/data.hpp"
#include "tabula/ml/preprocessing/category_lists.hpp"

namespace tabula::encoders {

// How scikit-learn sees a column: strings (object), or numbers of a NumPy dtype. An integer
// column with nulls is float, as pandas holds it.
enum class CategoryKind { Text, Integer, Float, Bool };

// One feature's categories_: text or numbers, then the missing category (NaN) when there is one.
struct FeatureCategories {
    CategoryKind kind = CategoryKind::Text;
    std::vector<std::string> text;
    std::vector<double> numbers;
    bool has_missing = false;

    std::int64_t size() const noexcept;
    std::int64_t missing_index() const noexcept { return has_missing ? size() - 1 : -1; }
    // Python's str() of category k ("Oslo", "1", "2.5", "True", "nan"): feature names.
    std::string str(std::int64_t k) const;
    // Python's repr() of category k ("'Oslo'", "1", "nan"): error messages.
    std::string repr(std::int64_t k) const;
    // The categories as a column: strings, int64, float64 or bool, the missing one null (NaN for
    // float64).
    Column column() const;
    // categories[codes]: -1 gives a null.
    Column take(std::span<const std::int32_t> codes) const;
};

// A feature's categories and how many training rows hold each.
struct FittedFeature {
    FeatureCategories categories;
    std::vector<std::int64_t> counts;
    // When asked for: each training row's position in `categories` (-1 outside given ones), as
    // encode_column gives it, from the pass that found the categories.
    std::vector<std::int32_t> codes;
};

// X's columns, checked as scikit-learn's _check_X does with force_all_finite="allow-nan":
// ValueError for infinity, TypeError for a datetime column.
void check_encoder_input(const Features& X, std::string_view estimator);

// _fit: sorted distinct values (categories="auto") or the given lists, with counts. Given lists
// are checked as scikit-learn does ("Shape mismatch: ...", "Unsorted categories are not
// supported for numerical categories") and, when `error_on_unknown`, a value outside them is a
// ValueError "Found unknown categories ['x'] in column 0 during fit".
std::vector<FittedFeature> fit_features(const Features& X, const CategoriesParam& given,
                                        bool error_on_unknown, bool with_codes = false);

// Row i's position in `categories`, -1 for a value not among them.
std::vector<std::int32_t> encode_column(const Column& column, const FeatureCategories& categories);

// Every feature's codes. With `error_on_unknown`, ValueError "Found unknown categories ['Rome'] in
// column 0 during transform (column 'city')" (the column's name when X has names).
std::vector<std::vector<std::int32_t>> encode_features(
    const Features& X, const std::vector<FeatureCategories>& categories, bool error_on_unknown,
    std::string_view stage = "transform");

// The categories_ list as columns.
std::vector<Column> category_columns(const std::vector<FittedFeature>& features);

}  // namespace tabula::encoders
