#pragma once
// The `categories` parameter that scikit-learn's OneHotEncoder, OrdinalEncoder and TargetEncoder
// share: "auto" (categories found at fit) or one list per feature.
#include <optional>
#include <string>
#include <variant>
#include <vector>

namespace tabula {

// One feature's categories: strings (kept in the given order, as scikit-learn keeps an object
// list) or numbers (sorted ascending, a NaN last standing for the missing category).
using CategoryList = std::variant<std::vector<std::string>, std::vector<double>>;

// std::nullopt is scikit-learn's categories="auto". Lists of lists are not a ParamValue, so this
// parameter is set in the constructor only (not by set_params) and is not in get_params.
using CategoriesParam = std::optional<std::vector<CategoryList>>;

// Equality that counts a NaN category equal to a NaN category, so clones compare equal.
bool same_categories(const CategoriesParam& a, const CategoriesParam& b);

}  // namespace tabula
