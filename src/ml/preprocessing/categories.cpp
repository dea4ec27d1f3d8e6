#include "categories.hpp"

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <functional>
#include <optional>
#include <unordered_map>
#include <variant>

#include "../text_table.hpp"
#include "tabula/core/error.hpp"
#include "tabula/core/float_repr.hpp"
#include "tabula/core/parallel.hpp"
#include "tabula/frame/dataframe.hpp"
#include "tabula/ml/validation.hpp"

namespace tabula {

bool same_categories(const CategoriesParam& a, const CategoriesParam& b) {
    if (a.has_value() != b.has_value()) return false;
    if (!a) return true;
    if (a->size() != b->size()) return false;
    for (std::size_t j = 0; j < a->size(); ++j) {
        const auto* an = std::get_if<std::vector<double>>(&(*a)[j]);
        const auto* bn = std::get_if<std::vector<double>>(&(*b)[j]);
        if ((an == nullptr) != (bn == nullptr)) return false;
        if (an == nullptr) {
            if (std::get<0>((*a)[j]) != std::get<0>((*b)[j])) return false;
            continue;
        }
        if (an->size() != bn->size()) return false;
        for (std::size_t k = 0; k < an->size(); ++k) {
            const double x = (*an)[k];
            const double y = (*bn)[k];
            if (!(x == y || (std::isnan(x) && std::isnan(y)))) return false;
        }
    }
    return true;
}

namespace encoders {
namespace {

// Rows per parallel chunk: large enough that a chunk's setup is negligible.
constexpr std::int64_t kRowChunk = std::int64_t{1} << 16;

CategoryKind kind_of(const Column& column) {
    switch (column.dtype()) {
        case DType::String:
        case DType::Categorical:
            return CategoryKind::Text;
        case DType::Int32:
        case DType::Int64:
            return column.has_nulls() ? CategoryKind::Float : CategoryKind::Integer;
        case DType::Float32:
        case DType::Float64:
            return CategoryKind::Float;
        case DType::Bool:
            return CategoryKind::Bool;
        case DType::Datetime:
            break;
    }
    throw TypeError(
        "Encoders require their input to be uniformly strings or numbers. Got "
        "['datetime64']");
}

bool is_text(const Column& column) {
    return column.dtype() == DType::String || column.dtype() == DType::Categorical;
}

// f(i, value) for rows [begin, end) of a numeric column that are not null, as float64.
template <class F>
void for_each_number(const Column& column, std::int64_t begin, std::int64_t end, F&& f) {
    const auto run = [&](const auto* values) {
        for (std::int64_t i = begin; i < end; ++i) {
            if (column.is_valid(i)) f(i, static_cast<double>(values[i]));
        }
    };
    switch (column.dtype()) {
        case DType::Int32:
            return run(column.data<std::int32_t>());
        case DType::Int64:
            return run(column.data<std::int64_t>());
        case DType::Float32:
            return run(column.data<float>());
        case DType::Float64:
            return run(column.data<double>());
        case DType::Bool:
            return run(column.data<bool>());
        default:
            return;
    }
}

std::string python_str_repr(std::string_view s) {
    const bool single = s.find('\'') != std::string_view::npos;
    const bool dbl = s.find('"') != std::string_view::npos;
    const char quote = single && !dbl ? '"' : '\'';
    std::string out(1, quote);
    for (char c : s) {
        if (c == '\\' || c == quote) out += '\\';
        if (c == '\n') {
            out += "\\n";
            continue;
        }
        out += c;
    }
    out += quote;
    return out;
}

std::string number_str(double v, CategoryKind kind) {
    if (kind == CategoryKind::Bool) return v != 0.0 ? "True" : "False";
    if (kind == CategoryKind::Integer) return std::to_string(static_cast<std::int64_t>(v));
    return float_repr(v);
}

// Distinct keys of each chunk counted apart and merged, so the counts do not depend on threads.
template <class Key, class Count>
std::unordered_map<Key, std::int64_t> count_distinct(std::int64_t n, Count&& count_chunk) {
    std::vector<std::unordered_map<Key, std::int64_t>> parts(
        static_cast<std::size_t>(chunk_count(n, kRowChunk)));
    parallel_chunks(n, kRowChunk, [&](std::int64_t k, std::int64_t begin, std::int64_t end) {
        count_chunk(parts[static_cast<std::size_t>(k)], begin, end);
    });
    std::unordered_map<Key, std::int64_t> total;
    for (const auto& part : parts) {
        for (const auto& [key, c] : part) total[key] += c;
    }
    return total;
}

// A distinct text found in fitting, its rows, and the key (dictionary code or first-seen
// position) its rows were numbered by.
struct FoundText {
    std::string_view text;
    std::int64_t count;
    std::int32_t key;
};

// The sorted categories and counts of the texts found; with `codes` numbered by key (-1 for a
// null), each row's category instead.
FittedFeature sorted_text(const Column& column, std::vector<FoundText> found,
                          std::vector<std::int32_t>* codes,
                          const std::vector<std::vector<std::int32_t>>& chunk_keys) {
    FittedFeature out;
    out.categories.kind = CategoryKind::Text;
    // Python sorts str by code point, which is UTF-8's byte order.
    std::sort(found.begin(), found.end(),
              [](const FoundText& a, const FoundText& b) { return a.text < b.text; });
    std::int32_t keys = 0;
    for (const auto& f : found) keys = std::max(keys, f.key + 1);
    std::vector<std::int32_t> rank(static_cast<std::size_t>(keys), -1);
    for (std::size_t k = 0; k < found.size(); ++k) {
        out.categories.text.emplace_back(found[k].text);
        out.counts.push_back(found[k].count);
        rank[static_cast<std::size_t>(found[k].key)] = static_cast<std::int32_t>(k);
    }
    if (column.has_nulls()) {
        out.categories.has_missing = true;
        out.counts.push_back(column.null_count());
    }
    if (codes == nullptr) return out;
    const auto missing = static_cast<std::int32_t>(out.categories.missing_index());
    parallel_chunks(column.size(), kRowChunk,
                    [&](std::int64_t k, std::int64_t begin, std::int64_t end) {
                        // A chunk's own keys go through its table to the shared ones first.
                        const std::vector<std::int32_t>* local =
                            chunk_keys.empty() ? nullptr : &chunk_keys[static_cast<std::size_t>(k)];
                        std::int32_t* c = codes->data();
                        for (std::int64_t i = begin; i < end; ++i) {
                            std::int32_t key = c[i];
                            if (key < 0) {
                                c[i] = missing;
                                continue;
                            }
                            if (local != nullptr) key = (*local)[static_cast<std::size_t>(key)];
                            c[i] = rank[static_cast<std::size_t>(key)];
                        }
                    });
    return out;
}

FittedFeature fit_text(const Column& column, bool with_codes) {
    const std::int64_t n = column.size();
    std::vector<std::int32_t> codes(with_codes ? static_cast<std::size_t>(n) : 0);
    std::vector<FoundText> found;
    std::vector<std::vector<std::int32_t>> chunk_keys;
    if (column.dtype() == DType::Categorical) {
        const Column& dictionary = column.categories();
        const std::int32_t* dict_codes = column.codes();
        const auto d = static_cast<std::size_t>(dictionary.size());
        std::vector<std::vector<std::int64_t>> parts(
            static_cast<std::size_t>(chunk_count(n, kRowChunk)));
        parallel_chunks(n, kRowChunk, [&](std::int64_t k, std::int64_t begin, std::int64_t end) {
            auto& counts = parts[static_cast<std::size_t>(k)];
            counts.assign(d, 0);
            for (std::int64_t i = begin; i < end; ++i) {
                if (dict_codes[i] >= 0) ++counts[static_cast<std::size_t>(dict_codes[i])];
            }
            if (with_codes) std::copy(dict_codes + begin, dict_codes + end, codes.data() + begin);
        });
        for (std::size_t c = 0; c < d; ++c) {
            std::int64_t total = 0;
            for (const auto& part : parts) total += part[c];
            if (total > 0) {
                found.push_back({dictionary.string_at(static_cast<std::int64_t>(c)), total,
                                 static_cast<std::int32_t>(c)});
            }
        }
    } else {
        const auto parts =
            detail::count_text_chunks(column, kRowChunk, with_codes ? codes.data() : nullptr);
        const auto all = detail::merge_text_counts(parts, &chunk_keys);
        for (std::size_t c = 0; c < all.counts.size(); ++c)
            found.push_back({all.table.keys()[c], all.counts[c], static_cast<std::int32_t>(c)});
    }
    auto out = sorted_text(column, std::move(found), with_codes ? &codes : nullptr, chunk_keys);
    out.codes = std::move(codes);
    return out;
}

FittedFeature fit_numbers(const Column& column, CategoryKind kind) {
    FittedFeature out;
    out.categories.kind = kind;
    std::vector<std::int64_t> nan_counts(
        static_cast<std::size_t>(chunk_count(column.size(), kRowChunk)));
    const auto counts = count_distinct<double>(
        column.size(), [&](auto& part, std::int64_t begin, std::int64_t end) {
            std::int64_t nans = 0;
            for_each_number(column, begin, end, [&](std::int64_t, double v) {
                if (std::isnan(v)) {
                    ++nans;
                } else {
                    // +0.0 makes -0.0 and 0.0 one category, as np.unique does.
                    ++part[v + 0.0];
                }
            });
            nan_counts[static_cast<std::size_t>(begin / kRowChunk)] = nans;
        });
    std::vector<std::pair<double, std::int64_t>> found(counts.begin(), counts.end());
    std::sort(found.begin(), found.end());
    for (const auto& [value, count] : found) {
        out.categories.numbers.push_back(value);
        out.counts.push_back(count);
    }
    std::int64_t missing = column.null_count();
    for (std::int64_t c : nan_counts) missing += c;
    if (missing > 0) {
        out.categories.has_missing = true;
        out.counts.push_back(missing);
    }
    return out;
}

double parse_number(const std::string& text) {
    char* end = nullptr;
    const double v = std::strtod(text.c_str(), &end);
    if (text.empty() || end != text.c_str() + text.size()) {
        throw ValueError("could not convert string to float: " + python_str_repr(text));
    }
    return v;
}

FeatureCategories given_categories(const CategoryList& list, const Column& column) {
    FeatureCategories out;
    const CategoryKind kind = kind_of(column);
    if (const auto* text = std::get_if<std::vector<std::string>>(&list)) {
        if (kind == CategoryKind::Text) {
            out.text = *text;
            return out;
        }
        out.kind = kind;
        for (const auto& t : *text) out.numbers.push_back(parse_number(t));
    } else {
        out.kind = kind == CategoryKind::Text ? CategoryKind::Float : kind;
        out.numbers = std::get<std::vector<double>>(list);
    }
    if (!out.numbers.empty() && std::isnan(out.numbers.back())) {
        out.numbers.pop_back();
        out.has_missing = true;
    }
    const auto& v = out.numbers;
    const bool nan_inside = std::any_of(v.begin(), v.end(), [](double x) { return std::isnan(x); });
    if (nan_inside || !std::is_sorted(v.begin(), v.end())) {
        throw ValueError("Unsorted categories are not supported for numerical categories");
    }
    return out;
}

// The distinct values of the rows coded -1 as Python's list repr: sorted (scikit-learn lists a
// set in hash order; sorted is the same set, reproducibly), a missing value last as nan.
std::string unknown_values(const Column& column, const std::vector<std::int32_t>& codes) {
    std::vector<std::string> items;
    bool missing = false;
    if (is_text(column)) {
        std::vector<std::string_view> values;
        for (std::int64_t i = 0; i < column.size(); ++i) {
            if (codes[static_cast<std::size_t>(i)] >= 0) continue;
            if (column.is_null(i)) {
                missing = true;
            } else {
                values.push_back(column.string_at(i));
            }
        }
        std::sort(values.begin(), values.end());
        values.erase(std::unique(values.begin(), values.end()), values.end());
        for (auto v : values) items.push_back(python_str_repr(v));
    } else {
        const CategoryKind kind = kind_of(column);
        std::vector<double> values;
        for (std::int64_t i = 0; i < column.size(); ++i) {
            if (codes[static_cast<std::size_t>(i)] >= 0) continue;
            if (column.is_null(i)) missing = true;
        }
        for_each_number(column, 0, column.size(), [&](std::int64_t i, double v) {
            if (codes[static_cast<std::size_t>(i)] >= 0) return;
            if (std::isnan(v)) {
                missing = true;
            } else {
                values.push_back(v + 0.0);
            }
        });
        std::sort(values.begin(), values.end());
        values.erase(std::unique(values.begin(), values.end()), values.end());
        for (double v : values) items.push_back(number_str(v, kind));
    }
    if (missing) items.emplace_back("nan");
    std::string out = "[";
    for (std::size_t k = 0; k < items.size(); ++k) {
        if (k > 0) out += ", ";
        out += items[k];
    }
    out += "]";
    return out;
}

void check_unknown(const Features& X, std::int64_t j, const std::vector<std::int32_t>& codes,
                   std::string_view stage) {
    if (std::find(codes.begin(), codes.end(), -1) == codes.end()) return;
    const Column& column = X.frame().column(static_cast<std::size_t>(j));
    std::string message = "Found unknown categories ";
    message += unknown_values(column, codes);
    message += " in column ";
    message += std::to_string(j);
    message += " during ";
    message += stage;
    if (X.has_feature_names()) {
        message += " (column '";
        message += X.frame().columns()[static_cast<std::size_t>(j)];
        message += "')";
    }
    throw ValueError(message);
}

}  // namespace

std::int64_t FeatureCategories::size() const noexcept {
    const std::size_t known = kind == CategoryKind::Text ? text.size() : numbers.size();
    return static_cast<std::int64_t>(known) + (has_missing ? 1 : 0);
}

std::string FeatureCategories::str(std::int64_t k) const {
    if (k == missing_index()) return "nan";
    const auto i = static_cast<std::size_t>(k);
    return kind == CategoryKind::Text ? text[i] : number_str(numbers[i], kind);
}

std::string FeatureCategories::repr(std::int64_t k) const {
    if (kind == CategoryKind::Text && k != missing_index()) {
        return python_str_repr(text[static_cast<std::size_t>(k)]);
    }
    return str(k);
}

Column FeatureCategories::column() const {
    std::vector<std::int32_t> all(static_cast<std::size_t>(size()));
    for (std::size_t k = 0; k < all.size(); ++k) all[k] = static_cast<std::int32_t>(k);
    return take(all);
}

Column FeatureCategories::take(std::span<const std::int32_t> codes) const {
    const std::int64_t missing = missing_index();
    const auto known = [&](std::int32_t c) { return c >= 0 && c != missing; };
    switch (kind) {
        case CategoryKind::Text: {
            std::vector<std::optional<std::string>> out(codes.size());
            for (std::size_t i = 0; i < codes.size(); ++i) {
                if (known(codes[i])) out[i] = text[static_cast<std::size_t>(codes[i])];
            }
            return Column::from_optional_strings(out);
        }
        case CategoryKind::Float: {
            std::vector<std::optional<double>> out(codes.size());
            for (std::size_t i = 0; i < codes.size(); ++i) {
                if (known(codes[i])) out[i] = numbers[static_cast<std::size_t>(codes[i])];
                if (codes[i] >= 0 && codes[i] == missing) out[i] = std::nan("");
            }
            return Column::from_optionals(out);
        }
        case CategoryKind::Integer: {
            std::vector<std::optional<std::int64_t>> out(codes.size());
            for (std::size_t i = 0; i < codes.size(); ++i) {
                if (known(codes[i])) {
                    out[i] = static_cast<std::int64_t>(numbers[static_cast<std::size_t>(codes[i])]);
                }
            }
            return Column::from_optionals(out);
        }
        case CategoryKind::Bool: {
            std::vector<std::optional<bool>> out(codes.size());
            for (std::size_t i = 0; i < codes.size(); ++i) {
                if (known(codes[i])) out[i] = numbers[static_cast<std::size_t>(codes[i])] != 0.0;
            }
            return Column::from_optionals(out);
        }
    }
    return {};
}

void check_encoder_input(const Features& X, std::string_view estimator) {
    check_not_empty(X, estimator);
    const DataFrame& frame = X.frame();
    for (std::size_t j = 0; j < frame.columns().size(); ++j) {
        const Column& column = frame.column(j);
        (void)kind_of(column);
        if (is_floating(column.dtype())) {
            // NumericColumns' check gives scikit-learn's infinity message with the column and row.
            (void)NumericColumns(Features(DataFrame({frame.columns()[j]}, {column}), true),
                                 estimator, MissingValues::AllowNan);
        }
    }
}

std::vector<std::int32_t> encode_column(const Column& column, const FeatureCategories& categories) {
    const std::int64_t n = column.size();
    const auto missing = static_cast<std::int32_t>(categories.missing_index());
    std::vector<std::int32_t> codes(static_cast<std::size_t>(n), -1);
    if (is_text(column) != (categories.kind == CategoryKind::Text)) {
        // Text never equals a number: only the missing rows have a category.
        for (std::int64_t i = 0; i < n; ++i) {
            if (column.is_null(i)) codes[static_cast<std::size_t>(i)] = missing;
        }
        if (!is_text(column)) {
            for_each_number(column, 0, n, [&](std::int64_t i, double v) {
                if (std::isnan(v)) codes[static_cast<std::size_t>(i)] = missing;
            });
        }
        return codes;
    }
    if (categories.kind == CategoryKind::Text) {
        const detail::TextTable table(categories.text);
        if (column.dtype() == DType::Categorical) {
            const Column& dictionary = column.categories();
            std::vector<std::int32_t> lookup(static_cast<std::size_t>(dictionary.size()));
            for (std::int64_t c = 0; c < dictionary.size(); ++c) {
                lookup[static_cast<std::size_t>(c)] = table.find(dictionary.string_at(c));
            }
            const std::int32_t* dict_codes = column.codes();
            parallel_chunks(n, kRowChunk, [&](std::int64_t, std::int64_t begin, std::int64_t end) {
                for (std::int64_t i = begin; i < end; ++i) {
                    const std::int32_t c = dict_codes[i];
                    codes[static_cast<std::size_t>(i)] =
                        c >= 0 ? lookup[static_cast<std::size_t>(c)] : missing;
                }
            });
        } else {
            const detail::StringRows rows(column);
            parallel_chunks(n, kRowChunk, [&](std::int64_t, std::int64_t begin, std::int64_t end) {
                for (std::int64_t i = begin; i < end; ++i) {
                    codes[static_cast<std::size_t>(i)] =
                        column.is_valid(i) ? table.find(rows[i]) : missing;
                }
            });
        }
        return codes;
    }
    const auto& sorted = categories.numbers;
    parallel_chunks(n, kRowChunk, [&](std::int64_t, std::int64_t begin, std::int64_t end) {
        for (std::int64_t i = begin; i < end; ++i) {
            if (column.is_null(i)) codes[static_cast<std::size_t>(i)] = missing;
        }
        for_each_number(column, begin, end, [&](std::int64_t i, double v) {
            std::int32_t code = missing;
            if (!std::isnan(v)) {
                const auto it = std::lower_bound(sorted.begin(), sorted.end(), v);
                code = it != sorted.end() && *it == v
                           ? static_cast<std::int32_t>(it - sorted.begin())
                           : -1;
            }
            codes[static_cast<std::size_t>(i)] = code;
        });
    });
    return codes;
}

std::vector<FittedFeature> fit_features(const Features& X, const CategoriesParam& given,
                                        bool error_on_unknown, bool with_codes) {
    const DataFrame& frame = X.frame();
    const auto d = frame.columns().size();
    if (given && given->size() != d) {
        throw ValueError(
            "Shape mismatch: if categories is an array, it has to be of shape (n_features,).");
    }
    std::vector<FittedFeature> out(d);
    for (std::size_t j = 0; j < d; ++j) {
        const Column& column = frame.column(j);
        if (!given) {
            const CategoryKind kind = kind_of(column);
            if (kind == CategoryKind::Text) {
                out[j] = fit_text(column, with_codes);
                continue;
            }
            out[j] = fit_numbers(column, kind);
            if (with_codes) out[j].codes = encode_column(column, out[j].categories);
            continue;
        }
        out[j].categories = given_categories((*given)[j], column);
        auto codes = encode_column(column, out[j].categories);
        if (error_on_unknown) check_unknown(X, static_cast<std::int64_t>(j), codes, "fit");
        out[j].counts.assign(static_cast<std::size_t>(out[j].categories.size()), 0);
        for (std::int32_t c : codes) {
            if (c >= 0) ++out[j].counts[static_cast<std::size_t>(c)];
        }
        if (with_codes) out[j].codes = std::move(codes);
    }
    return out;
}

std::vector<std::vector<std::int32_t>> encode_features(
    const Features& X, const std::vector<FeatureCategories>& categories, bool error_on_unknown,
    std::string_view stage) {
    std::vector<std::vector<std::int32_t>> out(categories.size());
    for (std::size_t j = 0; j < categories.size(); ++j) {
        out[j] = encode_column(X.frame().column(j), categories[j]);
        if (error_on_unknown) check_unknown(X, static_cast<std::int64_t>(j), out[j], stage);
    }
    return out;
}

std::vector<Column> category_columns(const std::vector<FittedFeature>& features) {
    std::vector<Column> out;
    out.reserve(features.size());
    for (const auto& f : features) out.push_back(f.categories.column());
    return out;
}

}  // namespace encoders
}  // namespace tabula
