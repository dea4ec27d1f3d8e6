#include <algorithm>

#include "composition.hpp"
#include "tabula/core/dtype.hpp"
#include "tabula/core/error.hpp"
#include "tabula/frame/series.hpp"
#include "tabula/frame/string_methods.hpp"
#include "tabula/ml/compose/column_transformer.hpp"

namespace tabula {
namespace {

// pandas' select_dtypes spellings against a column's dtype.
bool dtype_matches(DType dtype, const std::string& spec) {
    if (spec == "number") return is_numeric(dtype) && dtype != DType::Bool;
    if (spec == "integer") return is_integer(dtype);
    if (spec == "floating") return is_floating(dtype);
    if (spec == "object" || spec == "O") return dtype == DType::String;
    if (spec == "datetime" || spec == "datetime64") return dtype == DType::Datetime;
    try {
        return dtype == dtype_from_name(spec);
    } catch (const TypeError&) {
        throw TypeError("data type '" + spec + "' not understood");
    }
}

bool any_matches(DType dtype, const std::vector<std::string>& specs) {
    return std::any_of(specs.begin(), specs.end(),
                       [&](const std::string& spec) { return dtype_matches(dtype, spec); });
}

std::vector<std::int64_t> positions_of_names(const Features& X,
                                             const std::vector<std::string>& names) {
    if (!X.has_feature_names()) {
        throw ValueError(
            "Specifying the columns using strings is only supported for pandas "
            "DataFrames");
    }
    const auto& columns = X.frame().columns();
    std::vector<std::int64_t> out;
    out.reserve(names.size());
    for (const auto& name : names) {
        const auto found = std::find(columns.begin(), columns.end(), name);
        if (found == columns.end()) {
            try {
                X.frame().column(name);
            } catch (const KeyError& e) {
                throw KeyError(std::string("A given column is not a column of the dataframe: ") +
                               e.what());
            }
        }
        out.push_back(found - columns.begin());
    }
    return out;
}

std::vector<std::int64_t> checked_positions(const Features& X,
                                            const std::vector<std::int64_t>& positions) {
    const std::int64_t n = X.num_features();
    std::vector<std::int64_t> out;
    out.reserve(positions.size());
    for (const auto p : positions) {
        if (p >= n || p < -n) {
            std::string message = "all features must be in [0, ";
            message += std::to_string(n - 1);
            message += "] or [-";
            message += std::to_string(n);
            message += ", 0]";
            throw ValueError(message);
        }
        out.push_back(p < 0 ? p + n : p);
    }
    return out;
}

}  // namespace

std::vector<std::string> ColumnSelector::operator()(const Features& X) const {
    if (!X.has_feature_names()) {
        throw ValueError("make_column_selector can only be applied to pandas dataframes");
    }
    const DataFrame& frame = X.frame();
    std::vector<std::string> out;
    for (std::size_t j = 0; j < frame.columns().size(); ++j) {
        const DType dtype = frame.column(j).dtype();
        if (!options_.dtype_include.empty() && !any_matches(dtype, options_.dtype_include)) {
            continue;
        }
        if (any_matches(dtype, options_.dtype_exclude)) continue;
        out.push_back(frame.columns()[j]);
    }
    if (!options_.pattern || out.empty()) return out;
    const Series found = Series(out).str().contains(*options_.pattern);
    const bool* keep = found.column().data<bool>();
    std::vector<std::string> matching;
    for (std::size_t i = 0; i < out.size(); ++i) {
        if (keep[i]) matching.push_back(out[i]);
    }
    return matching;
}

std::string ColumnSelector::repr() const {
    std::string out = "make_column_selector(";
    const auto add = [&](const std::string& text) {
        if (out.back() != '(') out += ", ";
        out += text;
    };
    if (!options_.dtype_include.empty()) {
        add("dtype_include=" + compose::braced_names(options_.dtype_include));
    }
    if (!options_.dtype_exclude.empty()) {
        add("dtype_exclude=" + compose::braced_names(options_.dtype_exclude));
    }
    if (options_.pattern) add("pattern=" + ParamValue(*options_.pattern).repr());
    return out + ")";
}

ColumnSelector make_column_selector(ColumnSelectorOptions options) {
    return ColumnSelector(std::move(options));
}

std::vector<std::int64_t> ColumnSpec::resolve(const Features& X) const {
    if (const auto* names = std::get_if<std::vector<std::string>>(&spec_)) {
        return positions_of_names(X, *names);
    }
    if (const auto* positions = std::get_if<std::vector<std::int64_t>>(&spec_)) {
        return checked_positions(X, *positions);
    }
    return positions_of_names(X, std::get<ColumnSelector>(spec_)(X));
}

std::string ColumnSpec::repr() const {
    if (const auto* names = std::get_if<std::vector<std::string>>(&spec_)) {
        return compose::braced_names(*names);
    }
    if (const auto* positions = std::get_if<std::vector<std::int64_t>>(&spec_)) {
        std::string out = "{";
        for (std::size_t i = 0; i < positions->size(); ++i) {
            if (i > 0) out += ", ";
            out += std::to_string((*positions)[i]);
        }
        return out + "}";
    }
    return std::get<ColumnSelector>(spec_).repr();
}

}  // namespace tabula
