// np.sum, np.prod, np.cumsum, np.mean, np.var, np.std, np.min, np.max, np.argmin, np.argmax,
// np.any, np.all and np.count_nonzero; the order of operations, which makes the float results match
// NumPy's bits, is described in reductions_engine.hpp.
#include "tabula/array/reductions.hpp"

#include <cmath>

#include "reductions_engine.hpp"

namespace tabula {

using namespace detail;
using namespace detail::reduce;

// ---- sum, prod, cumsum ----

template <ArrayElement E>
sum_t<E> sum(const NDArray<E>& a) {
    return total<sum_t<E>>(a, Cast<sum_t<E>>{});
}

template <ArrayElement E>
NDArray<sum_t<E>> sum(const NDArray<E>& a, int axis, ReduceOptions options) {
    return along(a, axis, options.keepdims, plain_sum_op<E, sum_t<E>>());
}

template <ArrayElement E>
sum_t<E> prod(const NDArray<E>& a) {
    return reduce_flat(a, prod_op<E>());
}

template <ArrayElement E>
NDArray<sum_t<E>> prod(const NDArray<E>& a, int axis, ReduceOptions options) {
    return along(a, axis, options.keepdims, prod_op<E>());
}

template <ArrayElement E>
NDArray<sum_t<E>> cumsum(const NDArray<E>& a) {
    using A = sum_t<E>;
    auto out = NDArray<A>::empty({a.size()});
    A* o = out.data();
    Shape shape = a.shape();
    std::array<Strides, 1> strides{a.strides()};
    coalesce(shape, strides);
    if (a.size() == 0) return out;
    A acc{};
    std::int64_t position = 0;
    for_each_run<1>(shape, strides, 0, outer_count(shape),
                    [&](std::int64_t n, const auto& off, const auto& in) {
                        const E* x = a.data() + off[0];
                        for (std::int64_t i = 0; i < n; ++i, ++position) {
                            const A v = static_cast<A>(x[i * in[0]]);
                            acc = position == 0 ? v : wrap_add(acc, v);
                            o[position] = acc;
                        }
                    });
    return out;
}

template <ArrayElement E>
NDArray<sum_t<E>> cumsum(const NDArray<E>& a, int axis) {
    using A = sum_t<E>;
    const int ax = normalize_axis(axis, a.ndim());
    auto out = NDArray<A>::empty(a.shape());
    if (a.size() == 0) return out;
    const Strides out_strides = c_strides(a.shape());
    const auto d = static_cast<std::size_t>(ax);
    const std::int64_t length = a.shape()[d];
    const std::int64_t in_k = a.strides()[d];
    const std::int64_t out_k = out_strides[d];
    Shape kept;
    std::array<Strides, 2> strides;
    for (std::size_t k = 0; k < a.shape().size(); ++k) {
        if (k == d) continue;
        kept.push_back(a.shape()[k]);
        strides[0].push_back(out_strides[k]);
        strides[1].push_back(a.strides()[k]);
    }
    coalesce(kept, strides);
    const ChunkWalk<2> walk(kept, strides,
                            std::max(min_results_per_task, reduce_task_elements / length));
    const E* x = a.data();
    A* o = out.data();
    // Each lane runs in index order whatever the loop nesting; walk memory in the order it is laid.
    const bool lane_inner = std::abs(in_k) <= std::abs(strides[1].back());
    walk.run(1, [&](std::int64_t, std::int64_t, std::int64_t n, const auto& off, const auto& in,
                    std::int64_t) {
        A* ob = o + off[0];
        const E* xb = x + off[1];
        if (lane_inner) {
            for (std::int64_t i = 0; i < n; ++i) {
                A acc = static_cast<A>(xb[i * in[1]]);
                ob[i * in[0]] = acc;
                for (std::int64_t k = 1; k < length; ++k) {
                    acc = wrap_add(acc, static_cast<A>(xb[i * in[1] + k * in_k]));
                    ob[i * in[0] + k * out_k] = acc;
                }
            }
            return;
        }
        for (std::int64_t i = 0; i < n; ++i) ob[i * in[0]] = static_cast<A>(xb[i * in[1]]);
        for (std::int64_t k = 1; k < length; ++k) {
            const A* prev = ob + (k - 1) * out_k;
            A* cur = ob + k * out_k;
            const E* row = xb + k * in_k;
            for (std::int64_t i = 0; i < n; ++i) {
                cur[i * in[0]] = wrap_add(prev[i * in[0]], static_cast<A>(row[i * in[1]]));
            }
        }
    });
    return out;
}

// ---- mean, var, std ----

template <ArrayElement E>
float_t<E> mean(const NDArray<E>& a) {
    using T = float_t<E>;
    return divide_wide(total<T>(a, Cast<T>{}), a.size());
}

template <ArrayElement E>
NDArray<float_t<E>> mean(const NDArray<E>& a, int axis, ReduceOptions options) {
    using T = float_t<E>;
    const std::int64_t n = axis_length(a, axis);
    return along(a, axis, options.keepdims,
                 sum_op<E, T>([](E v, std::int64_t) { return static_cast<T>(v); },
                              [n](T total, std::int64_t) { return divide_narrow(total, n); }));
}

namespace {

template <ArrayElement E>
float_t<E> var_flat(const NDArray<E>& a, int ddof) {
    using T = float_t<E>;
    const std::int64_t n = a.size();
    const T m = divide_narrow(total<T>(a, Cast<T>{}), n);
    const T squares = total<T>(a, [m](E v) {
        const T d = static_cast<T>(v) - m;
        return d * d;
    });
    return divide_wide(squares, std::max<std::int64_t>(n - ddof, 0));
}

// Per-lane mean, then the squared deviations summed in the same order; fin(var) is the result.
template <ArrayElement E, class Fin>
NDArray<float_t<E>> var_along(const NDArray<E>& a, int axis, VarOptions options, Fin fin) {
    using T = float_t<E>;
    const AxisPlan plan = plan_axis(a.shape(), a.strides(), axis, options.keepdims);
    const std::int64_t n = plan.length;
    std::vector<T> means(static_cast<std::size_t>(plan.out_size));
    reduce_axis(plan, a.data(), means.data(),
                sum_op<E, T>([](E v, std::int64_t) { return static_cast<T>(v); },
                             [n](T total, std::int64_t) { return divide_narrow(total, n); }));
    const T* m = means.data();
    const std::int64_t dof = std::max<std::int64_t>(n - options.ddof, 0);
    auto out = NDArray<T>::empty(plan.result_shape);
    reduce_axis(plan, a.data(), out.data(),
                sum_op<E, T>(
                    [m](E v, std::int64_t o) {
                        const T d = static_cast<T>(v) - m[o];
                        return d * d;
                    },
                    [dof, fin](T total, std::int64_t) { return fin(divide_narrow(total, dof)); }));
    return out;
}

}  // namespace

template <ArrayElement E>
float_t<E> var(const NDArray<E>& a, VarOptions options) {
    return var_flat(a, options.ddof);
}

template <ArrayElement E>
NDArray<float_t<E>> var(const NDArray<E>& a, int axis, VarOptions options) {
    return var_along(a, axis, options, [](float_t<E> v) { return v; });
}

template <ArrayElement E>
float_t<E> std(const NDArray<E>& a, VarOptions options) {
    return std::sqrt(var_flat(a, options.ddof));
}

template <ArrayElement E>
NDArray<float_t<E>> std(const NDArray<E>& a, int axis, VarOptions options) {
    return var_along(a, axis, options, [](float_t<E> v) { return std::sqrt(v); });
}

// ---- min, max, argmin, argmax ----

template <ArrayElement E>
E min(const NDArray<E>& a) {
    return extreme_flat<false, false>(a, "minimum");
}

template <ArrayElement E>
NDArray<E> min(const NDArray<E>& a, int axis, ReduceOptions options) {
    return extreme_along<false, false>(a, axis, options, "minimum");
}

template <ArrayElement E>
E max(const NDArray<E>& a) {
    return extreme_flat<true, false>(a, "maximum");
}

template <ArrayElement E>
NDArray<E> max(const NDArray<E>& a, int axis, ReduceOptions options) {
    return extreme_along<true, false>(a, axis, options, "maximum");
}

template <ArrayElement E>
std::int64_t argmin(const NDArray<E>& a) {
    if (a.size() == 0) throw_empty_arg("argmin");
    return reduce_flat(a, ArgOp<E, false>{});
}

template <ArrayElement E>
NDArray<std::int64_t> argmin(const NDArray<E>& a, int axis, ReduceOptions options) {
    if (empty_lanes(a, axis)) throw_empty_arg("argmin");
    return along(a, axis, options.keepdims, ArgOp<E, false>{});
}

template <ArrayElement E>
std::int64_t argmax(const NDArray<E>& a) {
    if (a.size() == 0) throw_empty_arg("argmax");
    return reduce_flat(a, ArgOp<E, true>{});
}

template <ArrayElement E>
NDArray<std::int64_t> argmax(const NDArray<E>& a, int axis, ReduceOptions options) {
    if (empty_lanes(a, axis)) throw_empty_arg("argmax");
    return along(a, axis, options.keepdims, ArgOp<E, true>{});
}

// ---- any, all, count_nonzero ----

template <ArrayElement E>
bool any(const NDArray<E>& a) {
    return reduce_flat(a, any_op<E>());
}

template <ArrayElement E>
NDArray<bool> any(const NDArray<E>& a, int axis, ReduceOptions options) {
    return along(a, axis, options.keepdims, any_op<E>());
}

template <ArrayElement E>
bool all(const NDArray<E>& a) {
    return reduce_flat(a, all_op<E>());
}

template <ArrayElement E>
NDArray<bool> all(const NDArray<E>& a, int axis, ReduceOptions options) {
    return along(a, axis, options.keepdims, all_op<E>());
}

template <ArrayElement E>
std::int64_t count_nonzero(const NDArray<E>& a) {
    return reduce_flat(a, count_op<E>());
}

template <ArrayElement E>
NDArray<std::int64_t> count_nonzero(const NDArray<E>& a, int axis, ReduceOptions options) {
    return along(a, axis, options.keepdims, count_op<E>());
}

#define TABULA_INSTANTIATE_REDUCTION(R, name, E) \
    template R name(const NDArray<E>&);          \
    template NDArray<R> name(const NDArray<E>&, int, ReduceOptions);
#define TABULA_INSTANTIATE_VAR(name, E)                      \
    template float_t<E> name(const NDArray<E>&, VarOptions); \
    template NDArray<float_t<E>> name(const NDArray<E>&, int, VarOptions);
#define TABULA_INSTANTIATE_REDUCTIONS(E)                         \
    TABULA_INSTANTIATE_REDUCTION(sum_t<E>, sum, E)               \
    TABULA_INSTANTIATE_REDUCTION(sum_t<E>, prod, E)              \
    TABULA_INSTANTIATE_REDUCTION(float_t<E>, mean, E)            \
    TABULA_INSTANTIATE_REDUCTION(E, min, E)                      \
    TABULA_INSTANTIATE_REDUCTION(E, max, E)                      \
    TABULA_INSTANTIATE_REDUCTION(std::int64_t, argmin, E)        \
    TABULA_INSTANTIATE_REDUCTION(std::int64_t, argmax, E)        \
    TABULA_INSTANTIATE_REDUCTION(bool, any, E)                   \
    TABULA_INSTANTIATE_REDUCTION(bool, all, E)                   \
    TABULA_INSTANTIATE_REDUCTION(std::int64_t, count_nonzero, E) \
    TABULA_INSTANTIATE_VAR(var, E)                               \
    TABULA_INSTANTIATE_VAR(std, E)                               \
    template NDArray<sum_t<E>> cumsum(const NDArray<E>&);        \
    template NDArray<sum_t<E>> cumsum(const NDArray<E>&, int);

TABULA_INSTANTIATE_REDUCTIONS(bool)
TABULA_INSTANTIATE_REDUCTIONS(std::int32_t)
TABULA_INSTANTIATE_REDUCTIONS(std::int64_t)
TABULA_INSTANTIATE_REDUCTIONS(float)
TABULA_INSTANTIATE_REDUCTIONS(double)

}  // namespace tabula
