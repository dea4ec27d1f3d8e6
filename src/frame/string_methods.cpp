#include "tabula/frame/string_methods.hpp"

// GCC 12 with sanitizers reports a false -Wmaybe-uninitialized inside libstdc++'s <regex>.
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wmaybe-uninitialized"
#include <regex>
#pragma GCC diagnostic pop
#include <string>
#include <vector>

#include "series_elementwise.hpp"
#include "tabula/core/error.hpp"
#include "unicode_text.hpp"

namespace tabula {

namespace {

// A string series of f(text) for each non-null row.
template <class F>
Series map_text(const Series& s, F f) {
    const std::int64_t n = s.size();
    std::vector<std::string> values(static_cast<std::size_t>(n));
    for (std::int64_t i = 0; i < n; ++i) {
        if (s.column().is_valid(i)) f(s.text(i), values[static_cast<std::size_t>(i)]);
    }
    return Series(Column::from_strings(values, detail::validity_of(s.column())), s.name(),
                  s.index());
}

// A bool series of f(text) for each row (false under a null, which stays null).
template <class F>
Series test_text(const Series& s, F f) {
    const std::int64_t n = s.size();
    auto values = detail::allocate_values<bool>(n);
    bool* out = values->as<bool>();
    for (std::int64_t i = 0; i < n; ++i) out[i] = s.column().is_valid(i) && f(s.text(i));
    return Series(Column::fixed(DType::Bool, std::move(values), n, detail::validity_of(s.column())),
                  s.name(), s.index());
}

std::wregex compile(std::string_view pattern, bool case_sensitive) {
    auto flags = std::regex::ECMAScript;
    if (!case_sensitive) flags |= std::regex::icase;
    try {
        return std::wregex(detail::widen(pattern), flags);
    } catch (const std::regex_error& e) {
        throw ValueError("invalid regular expression '" + std::string(pattern) + "': " + e.what());
    }
}

std::string upper_text(std::string_view text) {
    std::string out;
    detail::append_upper(text, out);
    return out;
}

// Python's re.sub replacement (\1, \g<1>, \\, \n, \t) in std::regex's format ($1, $$).
std::string ecmascript_replacement(std::string_view repl) {
    std::string out;
    for (std::size_t i = 0; i < repl.size(); ++i) {
        const char c = repl[i];
        if (c == '$') {
            out += "$$";
            continue;
        }
        if (c != '\\' || i + 1 == repl.size()) {
            out += c;
            continue;
        }
        const char next = repl[++i];
        if (next >= '0' && next <= '9') {
            out += '$';
            out += next;
            if (i + 1 < repl.size() && repl[i + 1] >= '0' && repl[i + 1] <= '9') out += repl[++i];
        } else if (next == 'g' && i + 1 < repl.size() && repl[i + 1] == '<') {
            const std::size_t close = repl.find('>', i);
            const std::string_view group = close == std::string_view::npos
                                               ? std::string_view()
                                               : repl.substr(i + 2, close - i - 2);
            if (group.empty() || group.size() > 2 ||
                group.find_first_not_of("0123456789") != std::string_view::npos) {
                throw ValueError("unsupported group reference in replacement '" +
                                 std::string(repl) + "' (only \\g<number> is supported)");
            }
            out += '$';
            out += group;
            i = close;
        } else if (next == 'n') {
            out += '\n';
        } else if (next == 't') {
            out += '\t';
        } else if (next == '\\') {
            out += '\\';
        } else {
            out += '\\';
            out += next;
        }
    }
    return out;
}

}  // namespace

StringMethods::StringMethods(Series series) : series_(std::move(series)) {
    if (!detail::is_text(series_.dtype())) {
        throw TypeError("Can only use .str accessor with string values!" + detail::where(series_));
    }
}

StringMethods Series::str() const {
    return StringMethods(*this);
}

Series StringMethods::lower() const {
    return map_text(series_,
                    [](std::string_view t, std::string& out) { detail::append_lower(t, out); });
}

Series StringMethods::upper() const {
    return map_text(series_,
                    [](std::string_view t, std::string& out) { detail::append_upper(t, out); });
}

Series StringMethods::strip() const {
    return map_text(series_,
                    [](std::string_view t, std::string& out) { out = detail::strip_space(t); });
}

Series StringMethods::len() const {
    const std::int64_t n = series_.size();
    auto values = detail::allocate_values<std::int64_t>(n);
    std::int64_t* out = values->as<std::int64_t>();
    for (std::int64_t i = 0; i < n; ++i) out[i] = detail::code_points(series_.text(i));
    return Series(
        Column::fixed(DType::Int64, std::move(values), n, detail::validity_of(series_.column())),
        series_.name(), series_.index());
}

Series StringMethods::contains(std::string_view pattern, bool case_sensitive, bool regex) const {
    if (regex) {
        const std::wregex re = compile(pattern, case_sensitive);
        return test_text(
            series_, [&](std::string_view t) { return std::regex_search(detail::widen(t), re); });
    }
    if (case_sensitive) {
        return test_text(
            series_, [&](std::string_view t) { return t.find(pattern) != std::string_view::npos; });
    }
    // pandas compares upper-cased texts when case=False without a regex.
    const std::string wanted = upper_text(pattern);
    return test_text(series_, [&](std::string_view t) {
        return upper_text(t).find(wanted) != std::string::npos;
    });
}

Series StringMethods::startswith(std::string_view prefix) const {
    return test_text(series_, [&](std::string_view t) { return t.starts_with(prefix); });
}

Series StringMethods::endswith(std::string_view suffix) const {
    return test_text(series_, [&](std::string_view t) { return t.ends_with(suffix); });
}

Series StringMethods::replace(std::string_view pattern, std::string_view replacement,
                              bool regex) const {
    if (!regex || pattern.size() == 1) {
        return map_text(series_, [&](std::string_view t, std::string& out) {
            if (pattern.empty()) {
                // Python's str.replace inserts at every position, ends included.
                out += replacement;
                for (const char c : t) {
                    out += c;
                    out += replacement;
                }
                return;
            }
            std::size_t from = 0;
            for (std::size_t at = t.find(pattern); at != std::string_view::npos;
                 at = t.find(pattern, from)) {
                out += t.substr(from, at - from);
                out += replacement;
                from = at + pattern.size();
            }
            out += t.substr(from);
        });
    }
    const std::wregex re = compile(pattern, true);
    const std::wstring format = detail::widen(ecmascript_replacement(replacement));
    return map_text(series_, [&](std::string_view t, std::string& out) {
        detail::append_utf8(std::regex_replace(detail::widen(t), re, format), out);
    });
}

}  // namespace tabula
