// pandas 1.5.3's cut and qcut (reshape/tile.py): the edges, the bin of each value by NumPy's
// searchsorted, and the category text of _format_labels.
#include "tabula/frame/binning.hpp"

#include <algorithm>
#include <cmath>
#include <limits>
#include <optional>
#include <set>
#include <string>

#include "interval_labels.hpp"
#include "tabula/array/creation.hpp"
#include "tabula/array/print.hpp"
#include "tabula/array/reductions.hpp"
#include "tabula/core/bitmap.hpp"
#include "tabula/core/buffer.hpp"
#include "tabula/core/error.hpp"

namespace tabula {

Bins::Bins(std::initializer_list<int> edges)
    : edges_(edges.begin(), edges.end()), counted_(false), integer_edges_(true) {}

Bins::Bins(const std::vector<std::int64_t>& edges)
    : edges_(edges.begin(), edges.end()), counted_(false), integer_edges_(true) {}

namespace {

// NumPy's repr of the edges, as pandas puts it in its message; integer edges print as int64.
std::string edges_repr(const std::vector<double>& edges, bool integer) {
    if (!integer) return array_repr(asarray(edges));
    return array_repr(asarray(std::vector<std::int64_t>(edges.begin(), edges.end())));
}

constexpr double nan = std::numeric_limits<double>::quiet_NaN();

// The values as float64, a null as NaN; TypeError for anything but numbers and bools.
std::vector<double> numbers(const Series& values, const char* function) {
    const DType dtype = values.dtype();
    if (!is_numeric(dtype) && dtype != DType::Bool) {
        throw TypeError(std::string(function) + " needs numbers; the series '" + values.name() +
                        "' has dtype " +
                        (dtype == DType::String ? "object" : std::string(dtype_name(dtype))));
    }
    const NDArray<double> array = values.to_numpy();
    std::vector<double> out(static_cast<std::size_t>(values.size()));
    for (std::int64_t i = 0; i < values.size(); ++i) out[static_cast<std::size_t>(i)] = array(i);
    return out;
}

// cut with a number of bins: equal widths over [min, max], the outer edge on the open side
// moved out by 0.1 % of the range so the extreme value falls inside.
std::vector<double> counted_edges(const std::vector<double>& x, std::int64_t count, bool right) {
    if (count < 1) throw ValueError("`bins` should be a positive integer.");
    if (x.empty()) throw ValueError("Cannot cut empty array");
    double mn = nan;
    double mx = nan;
    for (double v : x) {
        if (std::isnan(v)) continue;
        mn = std::isnan(mn) ? v : std::min(mn, v);
        mx = std::isnan(mx) ? v : std::max(mx, v);
    }
    if (std::isinf(mn) || std::isinf(mx)) {
        throw ValueError("cannot specify integer `bins` when input data contains infinity");
    }
    if (mn == mx) {
        mn -= mn != 0.0 ? 0.001 * std::fabs(mn) : 0.001;
        mx += mx != 0.0 ? 0.001 * std::fabs(mx) : 0.001;
        return linspace(mn, mx, count + 1).to_vector();
    }
    std::vector<double> edges = linspace(mn, mx, count + 1).to_vector();
    const double adjust = (mx - mn) * 0.001;
    if (right) {
        edges.front() -= adjust;
    } else {
        edges.back() += adjust;
    }
    return edges;
}

struct Binning {
    std::vector<double> edges;
    bool integer_edges = false;
    bool right = true;
    bool include_lowest = false;
    std::vector<std::string> labels;
    bool integer_codes = false;
    int precision = 3;
    std::string duplicates;
};

void check_edges_unique(Binning& b) {
    if (b.duplicates != "raise" && b.duplicates != "drop") {
        throw ValueError(
            "invalid value for 'duplicates' parameter, valid options are: raise, drop");
    }
    std::vector<double> unique;
    for (double e : b.edges) {
        const bool seen = std::any_of(unique.begin(), unique.end(), [&](double u) {
            return u == e || (std::isnan(u) && std::isnan(e));
        });
        if (!seen) unique.push_back(e);
    }
    if (unique.size() == b.edges.size() || b.edges.size() == 2) return;
    if (b.duplicates == "raise") {
        throw ValueError("Bin edges must be unique: " + edges_repr(b.edges, b.integer_edges) +
                         ".\nYou can drop duplicate edges by setting the 'duplicates' kwarg");
    }
    b.edges = std::move(unique);
}

// The bin of each value (-1 for none): NumPy's searchsorted, side "left" for right-closed
// intervals; include_lowest puts a value equal to the first edge in the first bin.
std::vector<std::int64_t> bin_codes(const std::vector<double>& x, const Binning& b) {
    const auto edges = static_cast<std::int64_t>(b.edges.size());
    std::vector<std::int64_t> codes(x.size(), -1);
    for (std::size_t i = 0; i < x.size(); ++i) {
        const double v = x[i];
        if (std::isnan(v)) continue;
        const auto at = b.right ? std::lower_bound(b.edges.begin(), b.edges.end(), v)
                                : std::upper_bound(b.edges.begin(), b.edges.end(), v);
        std::int64_t id = at - b.edges.begin();
        if (b.include_lowest && edges > 0 && v == b.edges.front()) id = 1;
        if (id != 0 && id != edges) codes[i] = id - 1;
    }
    return codes;
}

Series binned(const Series& values, const std::vector<double>& x, Binning b) {
    check_edges_unique(b);
    const std::vector<std::int64_t> codes = bin_codes(x, b);
    const auto n = static_cast<std::int64_t>(codes.size());
    std::optional<Bitmap> validity;
    for (std::int64_t i = 0; i < n; ++i) {
        if (codes[static_cast<std::size_t>(i)] >= 0) continue;
        if (!validity) validity.emplace(n, true);
        validity->set(i, false);
    }
    if (b.integer_codes) {
        return Series(Column::from_vector(codes, std::move(validity)), values.name(),
                      values.index());
    }
    std::vector<std::string> labels = b.labels;
    if (labels.empty()) {
        labels = detail::interval_labels(b.edges, b.integer_edges, b.precision, b.right,
                                         b.include_lowest);
    } else if (std::set<std::string>(labels.begin(), labels.end()).size() != labels.size()) {
        throw ValueError(
            "labels must be unique if ordered=True; pass ordered=False for duplicate labels");
    } else if (labels.size() + 1 != b.edges.size()) {
        throw ValueError("Bin labels must be one fewer than the number of bin edges");
    }
    auto buffer = Buffer::allocate(static_cast<std::size_t>(n) * sizeof(std::int32_t));
    auto* out = buffer->as<std::int32_t>();
    for (std::int64_t i = 0; i < n; ++i) {
        out[i] = static_cast<std::int32_t>(codes[static_cast<std::size_t>(i)]);
    }
    return Series(Column::categorical(std::move(buffer), n, Column::from_strings(labels),
                                      std::move(validity)),
                  values.name(), values.index());
}

}  // namespace

Series cut(const Series& values, const Bins& bins, const CutOptions& options) {
    const std::vector<double> x = numbers(values, "cut");
    Binning b;
    b.right = options.right;
    if (bins.counted()) {
        b.edges = counted_edges(x, bins.count(), options.right);
    } else {
        b.edges = bins.edges();
        b.integer_edges = bins.integer_edges();
        for (std::size_t i = 1; i < b.edges.size(); ++i) {
            if (b.edges[i] < b.edges[i - 1]) throw ValueError("bins must increase monotonically.");
        }
    }
    b.include_lowest = options.include_lowest;
    b.labels = options.labels;
    b.integer_codes = options.integer_codes;
    b.precision = options.precision;
    b.duplicates = options.duplicates;
    return binned(values, x, std::move(b));
}

Series qcut(const Series& values, const Quantiles& q, const QcutOptions& options) {
    const std::vector<double> x = numbers(values, "qcut");
    std::vector<double> quantiles;
    if (q.counted()) {
        if (q.count() + 1 < 0) {
            throw ValueError("Number of samples, " + std::to_string(q.count() + 1) +
                             ", must be non-negative.");
        }
        quantiles = linspace(0.0, 1.0, q.count() + 1).to_vector();
    } else {
        quantiles = q.quantiles();
        for (double p : quantiles) {
            if (!(p >= 0.0 && p <= 1.0)) throw ValueError("Quantiles must be in the range [0, 1]");
        }
    }
    std::vector<double> present;
    for (double v : x) {
        if (!std::isnan(v)) present.push_back(v);
    }
    if (present.empty() && !quantiles.empty()) {
        // What NumPy's quantile of no values raises, through pandas.
        throw IndexError("cannot do a non-empty take from an empty axes.");
    }
    Binning b;
    if (!quantiles.empty()) b.edges = quantile(asarray(std::move(present)), quantiles).to_vector();
    b.include_lowest = true;
    b.labels = options.labels;
    b.integer_codes = options.integer_codes;
    b.precision = options.precision;
    b.duplicates = options.duplicates;
    return binned(values, x, std::move(b));
}

}  // namespace tabula
