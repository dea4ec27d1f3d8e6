#include "tabula/ml/model_selection/parameter_grid.hpp"

#include <variant>

#include "sample_without_replacement.hpp"
#include "splitter_support.hpp"
#include "tabula/core/error.hpp"
#include "tabula/core/float_repr.hpp"
#include "tabula/ml/estimator.hpp"

namespace tabula {
namespace {

std::string quoted(const std::string& text) {
    std::string out = "'";
    out += text;
    out += "'";
    return out;
}

template <class T, class F>
std::string list_repr(const std::vector<T>& values, F&& repr) {
    std::string out = "[";
    for (std::size_t i = 0; i < values.size(); ++i) {
        if (i > 0) out += ", ";
        out += repr(values[i]);
    }
    out += "]";
    return out;
}

std::int64_t grid_size(const ParamGrid& grid) {
    std::int64_t size = 1;
    for (const auto& [name, values] : grid) size *= static_cast<std::int64_t>(values.size());
    return size;
}

}  // namespace

ParameterGrid::ParameterGrid(ParamGrid grid)
    : ParameterGrid(std::vector<ParamGrid>{std::move(grid)}) {}

ParameterGrid::ParameterGrid(std::vector<ParamGrid> grids) : grids_(std::move(grids)) {
    for (const ParamGrid& grid : grids_) {
        for (const auto& [name, values] : grid) {
            if (values.empty()) {
                throw ValueError("Parameter grid for parameter " + quoted(name) +
                                 " need to be a non-empty sequence, got: []");
            }
        }
        size_ += grid_size(grid);
    }
}

ParamMap ParameterGrid::operator[](std::int64_t i) const {
    std::int64_t index = i;
    if (index >= 0) {
        for (const ParamGrid& grid : grids_) {
            const std::int64_t total = grid_size(grid);
            if (index >= total) {
                index -= total;
                continue;
            }
            ParamMap out;
            for (auto it = grid.rbegin(); it != grid.rend(); ++it) {
                const auto n = static_cast<std::int64_t>(it->second.size());
                out.add(it->first, it->second[static_cast<std::size_t>(index % n)]);
                index /= n;
            }
            return out;
        }
    }
    throw IndexError("ParameterGrid index out of range");
}

std::vector<ParamMap> ParameterGrid::candidates() const {
    std::vector<ParamMap> out;
    out.reserve(static_cast<std::size_t>(size_));
    for (const ParamGrid& grid : grids_) {
        const std::int64_t total = grid_size(grid);
        for (std::int64_t k = 0; k < total; ++k) {
            // itertools.product: the last name varies fastest.
            std::vector<std::size_t> choice(grid.size());
            std::int64_t rest = k;
            std::size_t j = grid.size();
            for (auto it = grid.rbegin(); it != grid.rend(); ++it) {
                const auto n = static_cast<std::int64_t>(it->second.size());
                choice[--j] = static_cast<std::size_t>(rest % n);
                rest /= n;
            }
            ParamMap params;
            j = 0;
            for (const auto& [name, values] : grid) params.add(name, values[choice[j++]]);
            out.push_back(std::move(params));
        }
    }
    return out;
}

ParameterSampler::ParameterSampler(std::vector<ParamGrid> param_distributions, std::int64_t n_iter,
                                   std::optional<std::int64_t> random_state)
    : grid_(std::move(param_distributions)), n_iter_(n_iter), random_state_(random_state) {
    if (n_iter < 0) {
        throw ValueError("n_iter should be a non-negative integer, got " + std::to_string(n_iter));
    }
}

ParameterSampler::ParameterSampler(ParamGrid param_distributions, std::int64_t n_iter,
                                   std::optional<std::int64_t> random_state)
    : ParameterSampler(std::vector<ParamGrid>{std::move(param_distributions)}, n_iter,
                       random_state) {}

std::int64_t ParameterSampler::size() const noexcept {
    return std::min(n_iter_, grid_.size());
}

std::vector<ParamMap> ParameterSampler::candidates() const {
    auto rng = detail::random_state_for(random_state_);
    std::vector<ParamMap> out;
    for (const std::int64_t i : detail::sample_without_replacement(grid_.size(), size(), rng)) {
        out.push_back(grid_[i]);
    }
    return out;
}

std::string python_repr(const ParamValue& value) {
    return std::visit(
        [](const auto& v) -> std::string {
            using T = std::decay_t<decltype(v)>;
            if constexpr (std::is_same_v<T, std::monostate>) {
                return "None";
            } else if constexpr (std::is_same_v<T, bool>) {
                return v ? "True" : "False";
            } else if constexpr (std::is_same_v<T, std::int64_t>) {
                return std::to_string(v);
            } else if constexpr (std::is_same_v<T, double>) {
                return float_repr(v);
            } else if constexpr (std::is_same_v<T, std::string>) {
                return quoted(v);
            } else if constexpr (std::is_same_v<T, std::vector<std::string>>) {
                return list_repr(v, quoted);
            } else if constexpr (std::is_same_v<T, std::vector<double>>) {
                return list_repr(v, [](double d) { return float_repr(d); });
            } else {
                return v->repr();
            }
        },
        value.storage());
}

std::string python_repr(const ParamMap& params) {
    std::string out = "{";
    bool first = true;
    for (const auto& [name, value] : params) {
        if (!first) out += ", ";
        first = false;
        out += quoted(name);
        out += ": ";
        out += python_repr(value);
    }
    out += "}";
    return out;
}

}  // namespace tabula
