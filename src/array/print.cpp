// NumPy 1.24's array printing (numpy/core/arrayprint.py), rebuilt on std::to_chars: the shortest
// round-trip digits decide how many digits an element needs, and a value that needs more than the
// precision allows is rounded from its exact binary value, as NumPy's Dragon4 does.
#include "tabula/array/print.hpp"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <mutex>
#include <ostream>
#include <string_view>
#include <vector>

#include "tabula/core/error.hpp"

namespace tabula {
namespace {

std::mutex options_mutex;
PrintOptions global_options;

void validate(const PrintOptionsUpdate& u) {
    if (u.precision && *u.precision < 0) throw ValueError("precision must be >= 0");
    if (u.edgeitems && *u.edgeitems < 0) throw ValueError("edgeitems must be >= 0");
    if (u.sign && *u.sign != '-' && *u.sign != '+' && *u.sign != ' ') {
        throw ValueError("sign option must be one of ' ', '+', or '-'");
    }
}

PrintOptions merged(PrintOptions o, const PrintOptionsUpdate& u) {
    validate(u);
    if (u.precision) o.precision = *u.precision;
    if (u.threshold) o.threshold = *u.threshold;
    if (u.edgeitems) o.edgeitems = *u.edgeitems;
    if (u.linewidth) o.linewidth = *u.linewidth;
    if (u.suppress) o.suppress = *u.suppress;
    if (u.floatmode) o.floatmode = *u.floatmode;
    if (u.sign) o.sign = *u.sign;
    if (u.nanstr) o.nanstr = *u.nanstr;
    if (u.infstr) o.infstr = *u.infstr;
    return o;
}

std::string_view rstrip(std::string_view s) {
    const auto end = s.find_last_not_of(" \t\n");
    return end == std::string_view::npos ? std::string_view{} : s.substr(0, end + 1);
}

// ---- digit generation --------------------------------------------------------------------

// A finite |value| as d0.d1d2... x 10^exponent with the fewest digits that round-trip.
struct ShortestDigits {
    std::string digits;
    int exponent = 0;
};

template <class F>
ShortestDigits shortest_digits(F magnitude) {
    char buf[64];
    const auto r = std::to_chars(buf, buf + sizeof buf, magnitude, std::chars_format::scientific);
    const std::string_view text(buf, static_cast<std::size_t>(r.ptr - buf));
    const auto e = text.find('e');
    ShortestDigits out;
    for (char c : text.substr(0, e)) {
        if (c != '.') out.digits += c;
    }
    std::from_chars(text.data() + e + 1 + (text[e + 1] == '+'), text.data() + text.size(),
                    out.exponent);
    return out;
}

// |value| correctly rounded (ties to even, on the exact binary value) in `format` with `digits`
// fractional digits.
template <class F>
std::string rounded(F magnitude, std::chars_format format, int digits) {
    std::string buf(static_cast<std::size_t>(digits) + 400, '\0');
    const auto r = std::to_chars(buf.data(), buf.data() + buf.size(), magnitude, format, digits);
    buf.resize(static_cast<std::size_t>(r.ptr - buf.data()));
    return buf;
}

// How Dragon4 picks its digits: `precision` < 0 means no cap, `min_digits` < 0 no minimum.
struct DigitRule {
    int precision = -1;
    int min_digits = -1;
    bool unique = true;
    bool trim_zeros = true;  // NumPy's trim='.': drop trailing zeros, keep the point
};

// The fractional digits to round to, or -1 when the shortest digits are already right.
// `shortest_fraction` is negative when the shortest digits stop left of the units place; a
// minimum digit count (even 0) then makes Dragon4 carry on to the exact units digit.
int rounding_digits(int shortest_fraction, const DigitRule& rule) {
    if (!rule.unique) return rule.precision;
    if (rule.precision >= 0 && shortest_fraction > rule.precision) return rule.precision;
    if (rule.min_digits >= 0 && shortest_fraction < rule.min_digits) return rule.min_digits;
    return -1;
}

void trim_fraction(std::string& mantissa, bool trim_zeros) {
    if (mantissa.find('.') == std::string::npos) mantissa += '.';
    if (trim_zeros) {
        while (mantissa.back() == '0') mantissa.pop_back();
    }
}

// Unsigned positional text of a finite |value|, always with a decimal point: "1.5", "3.", "0.001".
template <class F>
std::string positional_digits(F magnitude, const DigitRule& rule) {
    const ShortestDigits s = shortest_digits(magnitude);
    const int n = static_cast<int>(s.digits.size());
    const int digits = rounding_digits(n - 1 - s.exponent, rule);
    std::string out;
    if (digits >= 0) {
        out = rounded(magnitude, std::chars_format::fixed, digits);
    } else if (s.exponent >= 0) {
        const auto int_len = static_cast<std::size_t>(s.exponent) + 1;
        out = s.digits.substr(0, std::min(int_len, s.digits.size()));
        out.append(int_len - out.size(), '0');
        out += '.';
        if (int_len < s.digits.size()) out += s.digits.substr(int_len);
    } else {
        out = "0.";
        out.append(static_cast<std::size_t>(-s.exponent - 1), '0');
        out += s.digits;
    }
    trim_fraction(out, rule.trim_zeros);
    return out;
}

// Unsigned scientific mantissa ("1.5", "1.") and exponent of a finite |value|.
template <class F>
std::pair<std::string, int> scientific_digits(F magnitude, const DigitRule& rule) {
    const ShortestDigits s = shortest_digits(magnitude);
    const int digits = rounding_digits(static_cast<int>(s.digits.size()) - 1, rule);
    std::pair<std::string, int> out;
    if (digits >= 0) {
        const std::string text = rounded(magnitude, std::chars_format::scientific, digits);
        const auto e = text.find('e');
        out.first = text.substr(0, e);
        std::from_chars(text.data() + e + 1 + (text[e + 1] == '+'), text.data() + text.size(),
                        out.second);
    } else {
        out.first = s.digits.substr(0, 1) + "." + s.digits.substr(1);
        out.second = s.exponent;
    }
    trim_fraction(out.first, rule.trim_zeros);
    return out;
}

std::string exponent_text(int exponent, int min_digits) {
    std::string digits = std::to_string(exponent < 0 ? -exponent : exponent);
    if (static_cast<int>(digits.size()) < min_digits) {
        digits.insert(0, static_cast<std::size_t>(min_digits) - digits.size(), '0');
    }
    return std::string(exponent < 0 ? "e-" : "e+") + digits;
}

template <class F>
std::string sign_text(F value, bool plus) {
    if (std::signbit(value)) return "-";
    return plus ? "+" : "";
}

// ---- element formatters ------------------------------------------------------------------

class BoolFormat {
  public:
    explicit BoolFormat(bool zero_d) : true_text_(zero_d ? "True" : " True") {}
    std::string operator()(bool v) const { return v ? true_text_ : "False"; }

  private:
    std::string true_text_;
};

template <class I>
class IntegerFormat {
  public:
    explicit IntegerFormat(const std::vector<I>& values) {
        const auto [lo, hi] = std::minmax_element(values.begin(), values.end());
        width_ = std::max(std::to_string(*lo).size(), std::to_string(*hi).size());
    }
    std::string operator()(I v) const {
        std::string text = std::to_string(v);
        if (text.size() < width_) text.insert(0, width_ - text.size(), ' ');
        return text;
    }

  private:
    std::size_t width_ = 0;
};

// NumPy's FloatingFormat: one pass over the (summarised) values fixes notation, digits and
// padding, so that every element prints with the same width.
template <class F>
class FloatFormat {
  public:
    FloatFormat(const std::vector<F>& values, const PrintOptions& options)
        : plus_(options.sign == '+'), nanstr_(options.nanstr), infstr_(options.infstr) {
        std::vector<F> finite;
        for (F v : values) {
            if (std::isfinite(v)) finite.push_back(v);
        }
        choose_notation(finite, options);
        if (!finite.empty()) {
            if (exp_format_) {
                measure_scientific(finite, options);
            } else {
                measure_positional(finite, options);
            }
        }
        if (options.sign == ' ' &&
            std::none_of(finite.begin(), finite.end(), [](F v) { return std::signbit(v); })) {
            ++pad_left_;
        }
        if (finite.size() != values.size()) {
            const bool neg_inf =
                options.sign != '-' || std::any_of(values.begin(), values.end(),
                                                   [](F v) { return std::isinf(v) && v < 0; });
            const int offset = pad_right_ + 1;
            pad_left_ = std::max({pad_left_, static_cast<int>(nanstr_.size()) - offset,
                                  static_cast<int>(infstr_.size()) + neg_inf - offset});
        }
    }

    std::string operator()(F v) const {
        if (!std::isfinite(v)) {
            std::string text = std::isnan(v) ? (plus_ ? "+" : "") + nanstr_
                                             : (v < 0   ? "-"
                                                : plus_ ? "+"
                                                        : "") +
                                                   infstr_;
            const auto width = static_cast<std::size_t>(pad_left_ + pad_right_ + 1);
            if (text.size() < width) text.insert(0, width - text.size(), ' ');
            return text;
        }
        std::string text;
        if (exp_format_) {
            auto [mantissa, exponent] = scientific_digits(std::fabs(v), rule_);
            text = sign_text(v, plus_) + mantissa + exponent_text(exponent, exp_digits_);
            pad_before_point(text);
        } else {
            text = sign_text(v, plus_) + positional_digits(std::fabs(v), rule_);
            pad_before_point(text);
            const auto fraction = text.size() - text.find('.') - 1;
            if (fraction < static_cast<std::size_t>(pad_right_)) {
                text.append(static_cast<std::size_t>(pad_right_) - fraction, ' ');
            }
        }
        return text;
    }

  private:
    void choose_notation(const std::vector<F>& finite, const PrintOptions& options) {
        bool any = false;
        F max_val = 0;
        F min_val = 0;
        for (F v : finite) {
            if (v == 0) continue;
            const F a = std::fabs(v);
            max_val = any ? std::max(max_val, a) : a;
            min_val = any ? std::min(min_val, a) : a;
            any = true;
        }
        if (!any) return;
        // NumPy compares against Python floats in double but divides in the element type.
        const F ratio = max_val / min_val;
        exp_format_ = static_cast<double>(max_val) >= 1e8 ||
                      (!options.suppress && (static_cast<double>(min_val) < 1e-4 ||
                                             static_cast<double>(ratio) > 1000.0));
    }

    DigitRule first_pass_rule(const PrintOptions& options) const {
        DigitRule rule;
        rule.unique = options.floatmode != FloatMode::fixed;
        rule.trim_zeros = options.floatmode != FloatMode::fixed;
        rule.precision = options.floatmode == FloatMode::unique ? -1 : options.precision;
        return rule;
    }

    void measure_scientific(const std::vector<F>& finite, const PrintOptions& options) {
        const DigitRule first = first_pass_rule(options);
        int fraction = 0;
        int exp_len = 0;
        for (F v : finite) {
            const auto [mantissa, exponent] = scientific_digits(std::fabs(v), first);
            const auto point = mantissa.find('.');
            pad_left_ = std::max(pad_left_, static_cast<int>(point + sign_text(v, plus_).size()));
            fraction = std::max(fraction, static_cast<int>(mantissa.size() - point - 1));
            exp_len = std::max(exp_len, static_cast<int>(exponent_text(exponent, 2).size()) - 2);
        }
        exp_digits_ = exp_len;
        rule_ = {.precision = fraction,
                 .min_digits = fraction,
                 .unique = first.unique,
                 .trim_zeros = false};
        pad_right_ = exp_digits_ + 2 + fraction;
    }

    void measure_positional(const std::vector<F>& finite, const PrintOptions& options) {
        const DigitRule first = first_pass_rule(options);
        for (F v : finite) {
            const std::string text = positional_digits(std::fabs(v), first);
            const auto point = text.find('.');
            pad_left_ = std::max(pad_left_, static_cast<int>(point + sign_text(v, plus_).size()));
            pad_right_ = std::max(pad_right_, static_cast<int>(text.size() - point - 1));
        }
        if (options.floatmode == FloatMode::fixed ||
            options.floatmode == FloatMode::maxprec_equal) {
            rule_ = {.precision = pad_right_,
                     .min_digits = pad_right_,
                     .unique = first.unique,
                     .trim_zeros = false};
        } else {
            rule_ = {
                .precision = first.precision, .min_digits = 0, .unique = true, .trim_zeros = true};
        }
    }

    void pad_before_point(std::string& text) const {
        const auto point = text.find('.');
        if (point < static_cast<std::size_t>(pad_left_)) {
            text.insert(0, static_cast<std::size_t>(pad_left_) - point, ' ');
        }
    }

    bool plus_;
    std::string nanstr_;
    std::string infstr_;
    bool exp_format_ = false;
    DigitRule rule_;
    int pad_left_ = 0;
    int pad_right_ = 0;
    int exp_digits_ = 2;
};

template <class E>
auto make_format([[maybe_unused]] const std::vector<E>& values, [[maybe_unused]] bool zero_d,
                 [[maybe_unused]] const PrintOptions& options) {
    if constexpr (std::is_same_v<E, bool>) {
        return BoolFormat(zero_d);
    } else if constexpr (std::is_integral_v<E>) {
        return IntegerFormat<E>(values);
    } else {
        return FloatFormat<E>(values, options);
    }
}

// ---- layout ------------------------------------------------------------------------------

// Lays out an array as NumPy's _formatArray does: wrapping rows at the line width, with "..."
// in place of the middle of every axis longer than 2 * edgeitems when summarising.
template <ArrayElement E, class Format>
class Layout {
  public:
    Layout(const NDArray<E>& a, const Format& format, bool summarise, int edgeitems,
           std::string separator)
        : a_(a),
          format_(format),
          summarise_(summarise),
          edgeitems_(edgeitems),
          separator_(std::move(separator)),
          separator_end_(rstrip(separator_)) {}

    std::string operator()(int axis, std::int64_t offset, const std::string& hanging,
                           std::int64_t width) const {
        if (axis == a_.ndim()) return format_(a_.data()[offset]);
        const std::string next_hanging = hanging + ' ';
        const std::int64_t next_width = width - 1;
        const std::int64_t len = a_.shape()[static_cast<std::size_t>(axis)];
        const std::int64_t stride = a_.strides()[static_cast<std::size_t>(axis)];
        const bool summary = summarise_ && 2 * static_cast<std::int64_t>(edgeitems_) < len;
        const std::int64_t leading = summary ? edgeitems_ : 0;
        const std::int64_t trailing = summary ? edgeitems_ : len;
        auto item = [&](std::int64_t i) {
            return (*this)(axis + 1, offset + i * stride, next_hanging, next_width);
        };

        std::string s;
        if (axis + 1 == a_.ndim()) {
            const std::int64_t elem_width =
                width - std::max(static_cast<std::int64_t>(separator_end_.size()), std::int64_t{1});
            std::string line = hanging;
            for (std::int64_t i = 0; i < leading; ++i) {
                extend(s, line, item(i), elem_width, hanging);
                line += separator_;
            }
            if (summary) {
                extend(s, line, "...", elem_width, hanging);
                line += separator_;
            }
            for (std::int64_t i = trailing; i > 1; --i) {
                extend(s, line, item(len - i), elem_width, hanging);
                line += separator_;
            }
            extend(s, line, item(len - 1), elem_width, hanging);
            s += line;
        } else {
            const std::string line_sep =
                separator_end_ + std::string(static_cast<std::size_t>(a_.ndim() - axis - 1), '\n');
            for (std::int64_t i = 0; i < leading; ++i) s += hanging + item(i) + line_sep;
            if (summary) s += hanging + "..." + line_sep;
            for (std::int64_t i = trailing; i > 1; --i) s += hanging + item(len - i) + line_sep;
            s += hanging + item(len - 1);
        }
        return "[" + s.substr(hanging.size()) + "]";
    }

  private:
    // A word wraps onto a fresh line unless the current line holds nothing but the indent.
    static void extend(std::string& s, std::string& line, const std::string& word,
                       std::int64_t width, const std::string& indent) {
        const bool wrap = static_cast<std::int64_t>(line.size() + word.size()) > width &&
                          line.size() > indent.size();
        if (wrap) {
            s += rstrip(line);
            s += '\n';
            line = indent;
        }
        line += word;
    }

    const NDArray<E>& a_;
    const Format& format_;
    bool summarise_;
    int edgeitems_;
    std::string separator_;
    std::string separator_end_;
};

// The values the formatter measures: with summarisation only the edges NumPy keeps (an
// edgeitems of 0 keeps the whole axis, as Python's a[-0:] does).
template <ArrayElement E>
void collect(const NDArray<E>& a, int axis, std::int64_t offset, bool summarise, int edgeitems,
             std::vector<E>& out) {
    if (axis == a.ndim()) {
        out.push_back(a.data()[offset]);
        return;
    }
    const std::int64_t len = a.shape()[static_cast<std::size_t>(axis)];
    const std::int64_t stride = a.strides()[static_cast<std::size_t>(axis)];
    const std::int64_t edge = edgeitems;
    const bool cut = summarise && edge > 0 && len > 2 * edge;
    for (std::int64_t i = 0; i < len; ++i) {
        if (cut && i == edge) i = len - edge;
        collect(a, axis + 1, offset + i * stride, summarise, edgeitems, out);
    }
}

// np.array2string for a non-empty array.
template <ArrayElement E>
std::string array2string(const NDArray<E>& a, const PrintOptions& options, std::int64_t linewidth,
                         const std::string& separator, const std::string& prefix) {
    const bool summarise = a.size() > options.threshold;
    std::vector<E> kept;
    collect(a, 0, 0, summarise, options.edgeitems, kept);
    const auto format = make_format(kept, a.ndim() == 0, options);
    const Layout<E, decltype(format)> layout(a, format, summarise, options.edgeitems, separator);
    return layout(0, 0, " " + std::string(prefix.size(), ' '), linewidth);
}

// str() of a NumPy scalar: the shortest digits, positional between 1e-4 and 1e16.
template <class F>
std::string scalar_str(F v) {
    if (std::isnan(v)) return "nan";
    if (std::isinf(v)) return v < 0 ? "-inf" : "inf";
    const double magnitude = std::fabs(static_cast<double>(v));
    const DigitRule shortest{};
    if (magnitude == 0 || (magnitude >= 1e-4 && magnitude < 1e16)) {
        std::string text = positional_digits(std::fabs(v), shortest);
        if (text.back() == '.') text += '0';
        return sign_text(v, false) + text;
    }
    auto [mantissa, exponent] = scientific_digits(std::fabs(v), shortest);
    if (mantissa.back() == '.') mantissa.pop_back();
    return sign_text(v, false) + mantissa + exponent_text(exponent, 2);
}

bool dtype_is_implied(DType dtype) {
    return dtype == DType::Bool || dtype == DType::Int64 || dtype == DType::Float64;
}

// Python's repr of a shape tuple with at least two entries (a (0,) array prints as "[]").
std::string shape_repr(const Shape& shape) {
    std::string out = "(";
    for (std::size_t i = 0; i < shape.size(); ++i) {
        if (i > 0) out += ", ";
        out += std::to_string(shape[i]);
    }
    return out + ")";
}

}  // namespace

PrintOptions get_printoptions() {
    const std::lock_guard lock(options_mutex);
    return global_options;
}

void set_printoptions(const PrintOptionsUpdate& update) {
    const std::lock_guard lock(options_mutex);
    global_options = merged(global_options, update);
}

printoptions::printoptions(const PrintOptionsUpdate& update) : saved_(get_printoptions()) {
    set_printoptions(update);
}

printoptions::~printoptions() {
    const std::lock_guard lock(options_mutex);
    global_options = saved_;
}

template <ArrayElement E>
std::string array_repr(const NDArray<E>& a, const PrintOptionsUpdate& overrides) {
    const PrintOptions options = merged(get_printoptions(), overrides);
    const bool skip_dtype = dtype_is_implied(a.dtype()) && a.size() > 0;
    const std::string prefix = "array(";
    const std::string suffix = skip_dtype ? ")" : ",";
    std::string out = prefix;
    if (a.size() > 0) {
        out += array2string(
            a, options, std::int64_t{options.linewidth} - static_cast<std::int64_t>(suffix.size()),
            ", ", prefix);
    } else if (a.ndim() == 1) {
        out += "[]";
    } else {
        out += "[], shape=" + shape_repr(a.shape());
    }
    out += suffix;
    if (skip_dtype) return out;
    const std::string dtype = "dtype=" + std::string(dtype_name(a.dtype())) + ")";
    const auto last_line = out.size() - (out.rfind('\n') + 1);
    const bool too_long =
        static_cast<std::int64_t>(last_line + dtype.size() + 1) > options.linewidth;
    return out + (too_long ? "\n" + std::string(prefix.size(), ' ') : " ") + dtype;
}

template <ArrayElement E>
std::string array_str(const NDArray<E>& a, const PrintOptionsUpdate& overrides) {
    const PrintOptions options = merged(get_printoptions(), overrides);
    if (a.ndim() == 0) {
        const E v = a.data()[0];
        if constexpr (std::is_same_v<E, bool>) {
            return v ? "True" : "False";
        } else if constexpr (std::is_integral_v<E>) {
            return std::to_string(v);
        } else {
            return scalar_str(v);
        }
    }
    if (a.size() == 0) return "[]";
    return array2string(a, options, options.linewidth, " ", "");
}

template <ArrayElement E>
std::ostream& operator<<(std::ostream& os, const NDArray<E>& a) {
    return os << array_repr(a);
}

#define TABULA_INSTANTIATE_PRINT(E)                                                \
    template std::string array_repr(const NDArray<E>&, const PrintOptionsUpdate&); \
    template std::string array_str(const NDArray<E>&, const PrintOptionsUpdate&);  \
    template std::ostream& operator<<(std::ostream&, const NDArray<E>&);

TABULA_INSTANTIATE_PRINT(bool)
TABULA_INSTANTIATE_PRINT(std::int32_t)
TABULA_INSTANTIATE_PRINT(std::int64_t)
TABULA_INSTANTIATE_PRINT(float)
TABULA_INSTANTIATE_PRINT(double)

}  // namespace tabula
