// Reductions in NumPy 1.24's order of operations, so that float results match NumPy's bits:
//
// - NumPy's reduction iterator hands the add loop at most 8192 elements at a time (its buffer
//   size), so a lane is summed in pieces of 8192 from its start: each piece pairwise
//   (numpy/core/src/umath/loops_utils.h.src: 8 accumulators over blocks of up to 128 elements,
//   halves rounded down to a multiple of 8 above that), added in order to an accumulator that
//   starts at 0. The pieces are independent, so long lanes sum them in parallel.
// - Reducing every element walks them in NumPy's iteration order (largest |stride| outermost, in
//   index order) as one lane; NumPy copies non-contiguous input into its buffer, so the pieces
//   span rows there too.
// - Along an axis whose input stride is the smallest, each result is one lane as above; along any
//   other axis NumPy adds whole slices one after another, and so does this code. The one
//   departure: when that axis is longer than `axis_block` and the result has fewer than
//   `small_result` elements (e.g. X.sum(0) of a (1000000, 20) array), slices are summed in fixed
//   blocks of `axis_block` in parallel and the block sums added in order, which can differ from
//   NumPy by a few ulps.
// - mean divides the sum by the count; var subtracts the mean, squares, sums in the same order and
//   divides by max(n - ddof, 0). A float32 total divided by a count rounds as NumPy's does: in
//   float32 where NumPy divides an array by an integer scalar, via float64 where it divides two
//   scalars or two arrays.
// - Integer sums and products wrap around as NumPy's do, in unsigned arithmetic (no UB).
#include "tabula/array/reductions.hpp"

#include <algorithm>
#include <cmath>
#include <limits>
#include <memory>
#include <type_traits>
#include <utility>
#include <vector>

#include "reductions_plan.hpp"
#include "tabula/core/error.hpp"

namespace tabula {

namespace {

using detail::AxisPlan;
using detail::ChunkWalk;

inline constexpr std::int64_t pairwise_block = 128;  // NumPy's PW_BLOCKSIZE
inline constexpr std::int64_t buffer_size = 8192;    // NumPy's default ufunc buffer size
inline constexpr std::int64_t parallel_pieces = 8;   // pieces of a lane worth a parallel loop
inline constexpr std::int64_t axis_block = 8192;
inline constexpr std::int64_t small_result = 4096;
// Results per task when slices are added one after another: wide enough that two tasks never
// write the same cache line.
inline constexpr std::int64_t min_results_per_task = 512;

template <class T>
T wrap_add(T a, T b) {
    if constexpr (std::is_integral_v<T>) {
        return static_cast<T>(static_cast<std::uint64_t>(a) + static_cast<std::uint64_t>(b));
    } else {
        return a + b;
    }
}

template <class T>
T wrap_mul(T a, T b) {
    if constexpr (std::is_integral_v<T>) {
        return static_cast<T>(static_cast<std::uint64_t>(a) * static_cast<std::uint64_t>(b));
    } else {
        return a * b;
    }
}

template <class T>
bool is_nan(T x) {
    if constexpr (std::is_floating_point_v<T>) {
        return x != x;
    } else {
        return false;
    }
}

// total / count in T (NumPy's array / integer-scalar division, the count cast to T first).
template <class T>
T divide_narrow(T total, std::int64_t count) {
    return total / static_cast<T>(count);
}

// total / count in float64, rounded to T (NumPy's scalar / scalar and array / array divisions).
template <class T>
T divide_wide(T total, std::int64_t count) {
    return static_cast<T>(static_cast<double>(total) / static_cast<double>(count));
}

// ---- pairwise summation ----

template <class Acc, bool Unit, class In, class F>
Acc pairwise_serial(const In* x, std::int64_t n, std::int64_t s, const F& f) {
    auto at = [&](std::int64_t i) -> Acc { return f(x[Unit ? i : i * s]); };
    if (n < 8) {
        Acc res = 0;
        for (std::int64_t i = 0; i < n; ++i) res += at(i);
        return res;
    }
    if (n <= pairwise_block) {
        Acc r[8];
        for (int j = 0; j < 8; ++j) r[j] = at(j);
        std::int64_t i = 8;
        for (; i < n - n % 8; i += 8) {
            for (int j = 0; j < 8; ++j) r[j] += at(i + j);
        }
        Acc res = ((r[0] + r[1]) + (r[2] + r[3])) + ((r[4] + r[5]) + (r[6] + r[7]));
        for (; i < n; ++i) res += at(i);
        return res;
    }
    std::int64_t n2 = n / 2;
    n2 -= n2 % 8;
    return pairwise_serial<Acc, Unit>(x, n2, s, f) +
           pairwise_serial<Acc, Unit>(x + n2 * s, n - n2, s, f);
}

template <class Acc, class In, class F>
Acc pairwise_piece(const In* x, std::int64_t n, std::int64_t s, const F& f) {
    return s == 1 ? pairwise_serial<Acc, true>(x, n, 1, f)
                  : pairwise_serial<Acc, false>(x, n, s, f);
}

// Adds the sum of f(x[i * s]), i < n, to acc as NumPy's buffered reduction does: pairwise over
// each piece of buffer_size elements, pieces in order; long lanes sum their pieces in parallel.
template <class Acc, class In, class F>
void lane_sum(Acc& acc, const In* x, std::int64_t n, std::int64_t s, const F& f) {
    auto piece = [&](std::int64_t p) {
        const std::int64_t begin = p * buffer_size;
        return pairwise_piece<Acc>(x + begin * s, std::min(buffer_size, n - begin), s, f);
    };
    const std::int64_t pieces = chunk_count(n, buffer_size);
    if (pieces < parallel_pieces) {
        for (std::int64_t p = 0; p < pieces; ++p) acc += piece(p);
        return;
    }
    std::vector<Acc> partial(static_cast<std::size_t>(pieces));
    parallel_chunks(pieces, 1, [&](std::int64_t p, std::int64_t, std::int64_t) {
        partial[static_cast<std::size_t>(p)] = piece(p);
    });
    for (const Acc& v : partial) acc += v;
}

// ---- reduction operations ----
// An operation folds elements into an accumulator: lane(acc, x, n, s, k0, o) folds a lane of n
// elements (indices k0, k0 + 1, ...) in NumPy's order for result offset o, step(acc, x, k, o) one
// element, merge(a, b) a later partial into an earlier one, finish(acc, o) gives the result.
// `any_order`: a whole-array reduction may walk the elements in NumPy's iteration order (false for
// argmin/argmax, whose indices count in C order); `exact_order`: the order of the lane matters
// (float sums and products).

// Sum of f(x, o), NumPy's pairwise order for floats; fin(total, o) makes the result.
template <class In, class A, class R, class F, class Fin>
struct SumOp {
    using Acc = A;
    using Out = R;
    static constexpr bool any_order = true;
    static constexpr bool exact_order = std::is_floating_point_v<A>;
    F f;
    Fin fin;
    Acc init() const { return Acc(0); }
    void lane(Acc& acc, const In* x, std::int64_t n, std::int64_t s, std::int64_t,
              std::int64_t o) const {
        if constexpr (std::is_integral_v<Acc>) {
            for (std::int64_t i = 0; i < n; ++i) acc = wrap_add(acc, f(x[i * s], o));
        } else {
            lane_sum(acc, x, n, s, [&](In v) { return f(v, o); });
        }
    }
    void step(Acc& acc, In x, std::int64_t, std::int64_t o) const { acc = wrap_add(acc, f(x, o)); }
    void merge(Acc& a, const Acc& b) const { a = wrap_add(a, b); }
    Out finish(const Acc& acc, std::int64_t o) const { return fin(acc, o); }
};

template <class In, class A, class F, class Fin>
SumOp<In, A, std::invoke_result_t<Fin, A, std::int64_t>, F, Fin> sum_op(F f, Fin fin) {
    return {f, fin};
}

template <class In, class A>
auto plain_sum_op() {
    return sum_op<In, A>([](In v, std::int64_t) { return static_cast<A>(v); },
                         [](A total, std::int64_t) { return total; });
}

// A sequential fold step(acc, x); merge(a, b) joins partials.
template <class In, class A, bool Exact, class Step, class Merge>
struct FoldOp {
    using Acc = A;
    using Out = A;
    static constexpr bool any_order = true;
    static constexpr bool exact_order = Exact;
    Acc initial;
    Step fold;
    Merge join;
    Acc init() const { return initial; }
    void lane(Acc& acc, const In* x, std::int64_t n, std::int64_t s, std::int64_t,
              std::int64_t) const {
        Acc a = acc;
        if (s == 1) {
            for (std::int64_t i = 0; i < n; ++i) a = fold(a, x[i]);
        } else {
            for (std::int64_t i = 0; i < n; ++i) a = fold(a, x[i * s]);
        }
        acc = a;
    }
    void step(Acc& acc, In x, std::int64_t, std::int64_t) const { acc = fold(acc, x); }
    void merge(Acc& a, const Acc& b) const { a = join(a, b); }
    Out finish(const Acc& acc, std::int64_t) const { return acc; }
};

template <class In, class A, bool Exact = false, class Step, class Merge>
FoldOp<In, A, Exact, Step, Merge> fold_op(A initial, Step step, Merge merge) {
    return {initial, step, merge};
}

// np.minimum / np.maximum (NaN propagates) or, SkipNan, np.fmin / np.fmax (NaN ignored unless
// everything is NaN).
template <class E, bool Max, bool SkipNan>
auto extreme_op() {
    auto fold = [](E acc, E x) {
        const bool better = Max ? x > acc : x < acc;
        if constexpr (std::is_floating_point_v<E>) {
            if constexpr (SkipNan) {
                return better || acc != acc ? x : acc;
            } else {
                return better || x != x ? x : acc;
            }
        } else {
            return better ? x : acc;
        }
    };
    E initial;
    if constexpr (std::is_floating_point_v<E>) {
        initial = SkipNan ? std::numeric_limits<E>::quiet_NaN()
                          : (Max ? -std::numeric_limits<E>::infinity()
                                 : std::numeric_limits<E>::infinity());
    } else {
        initial = Max ? std::numeric_limits<E>::lowest() : std::numeric_limits<E>::max();
    }
    return fold_op<E, E>(initial, fold, fold);
}

template <class E>
auto prod_op() {
    using A = sum_t<E>;
    auto mul = [](A acc, A x) { return wrap_mul(acc, x); };
    return fold_op<E, A, std::is_floating_point_v<A>>(
        A(1), [mul](A acc, E x) { return mul(acc, static_cast<A>(x)); }, mul);
}

template <class E>
auto count_op() {
    return fold_op<E, std::int64_t>(
        std::int64_t{0}, [](std::int64_t acc, E x) { return acc + (x != E(0) ? 1 : 0); },
        [](std::int64_t a, std::int64_t b) { return a + b; });
}

template <class E>
auto count_numbers_op() {
    return fold_op<E, std::int64_t>(
        std::int64_t{0}, [](std::int64_t acc, E x) { return acc + (is_nan(x) ? 0 : 1); },
        [](std::int64_t a, std::int64_t b) { return a + b; });
}

template <class E>
auto any_op() {
    return fold_op<E, bool>(
        false, [](bool acc, E x) { return acc || x != E(0); },
        [](bool a, bool b) { return a || b; });
}

template <class E>
auto all_op() {
    return fold_op<E, bool>(
        true, [](bool acc, E x) { return acc && x != E(0); },
        [](bool a, bool b) { return a && b; });
}

// argmin/argmax: the first extreme in index order, or the first NaN.
template <class E, bool Max>
struct ArgOp {
    struct Acc {
        E value;
        std::int64_t index;
    };
    using Out = std::int64_t;
    static constexpr bool any_order = false;
    static constexpr bool exact_order = false;
    static bool better(E x, E current) {
        if constexpr (std::is_floating_point_v<E>) {
            return current == current && (x != x || (Max ? x > current : x < current));
        } else {
            return Max ? x > current : x < current;
        }
    }
    Acc init() const { return {E{}, -1}; }
    void step(Acc& acc, E x, std::int64_t k, std::int64_t) const {
        if (acc.index < 0 || better(x, acc.value)) acc = {x, k};
    }
    void lane(Acc& acc, const E* x, std::int64_t n, std::int64_t s, std::int64_t k0,
              std::int64_t o) const {
        for (std::int64_t i = 0; i < n; ++i) step(acc, x[i * s], k0 + i, o);
    }
    void merge(Acc& a, const Acc& b) const {
        if (b.index >= 0 && (a.index < 0 || better(b.value, a.value))) a = b;
    }
    Out finish(const Acc& acc, std::int64_t) const { return acc.index; }
};

// ---- drivers ----

// n copies of `value` (a plain array: std::vector<bool> would pack the accumulators of any/all).
template <class T>
std::unique_ptr<T[]> filled(std::int64_t n, const T& value) {
    auto slots = std::make_unique<T[]>(static_cast<std::size_t>(n));
    std::fill(slots.get(), slots.get() + n, value);
    return slots;
}

// Reduces the lanes of `plan` into out[o] (o: offset in the C-ordered result).
template <class Op, class In>
void reduce_axis(const AxisPlan& plan, const In* x, typename Op::Out* out, const Op& op) {
    using Acc = typename Op::Acc;
    if (plan.out_size == 0) return;
    const std::int64_t stride = plan.stride;
    const std::int64_t length = plan.length;
    if (plan.inner) {
        const ChunkWalk<2> walk(plan.kept, plan.strides,
                                std::max<std::int64_t>(1, detail::reduce_task_elements /
                                                              std::max<std::int64_t>(length, 1)));
        walk.run(1, [&](std::int64_t, std::int64_t, std::int64_t n, const auto& off, const auto& in,
                        std::int64_t) {
            for (std::int64_t i = 0; i < n; ++i) {
                const std::int64_t o = off[0] + i * in[0];
                Acc acc = op.init();
                op.lane(acc, x + off[1] + i * in[1], length, stride, 0, o);
                out[o] = op.finish(acc, o);
            }
        });
        return;
    }
    const bool split = length > axis_block && plan.out_size < small_result;
    const std::int64_t block_len = split ? axis_block : length;
    const std::int64_t blocks = chunk_count(length, block_len);
    const auto partial = filled<Acc>(plan.out_size * blocks, op.init());
    const ChunkWalk<2> walk(
        plan.kept, plan.strides,
        std::max(min_results_per_task, detail::reduce_task_elements / block_len));
    walk.run(blocks, [&](std::int64_t, std::int64_t block, std::int64_t n, const auto& off,
                         const auto& in, std::int64_t) {
        Acc* acc = partial.get() + block * plan.out_size + off[0];
        const std::int64_t k_begin = block * block_len;
        const std::int64_t k_end = std::min(length, k_begin + block_len);
        // Tiles of results held in a local array, which the compiler keeps apart from the input
        // and vectorises; each result still takes its slices in order.
        constexpr std::int64_t tile = 64;
        Acc local[tile];
        for (std::int64_t t0 = 0; t0 < n; t0 += tile) {
            const std::int64_t width = std::min(tile, n - t0);
            const std::int64_t o0 = off[0] + t0 * in[0];
            const In* xs = x + off[1] + t0 * in[1];
            for (std::int64_t i = 0; i < width; ++i) local[i] = acc[(t0 + i) * in[0]];
            if (in[1] == 1 && in[0] == 1) {
                for (std::int64_t k = k_begin; k < k_end; ++k) {
                    const In* row = xs + k * stride;
                    for (std::int64_t i = 0; i < width; ++i) op.step(local[i], row[i], k, o0 + i);
                }
            } else {
                for (std::int64_t k = k_begin; k < k_end; ++k) {
                    const In* row = xs + k * stride;
                    for (std::int64_t i = 0; i < width; ++i) {
                        op.step(local[i], row[i * in[1]], k, o0 + i * in[0]);
                    }
                }
            }
            for (std::int64_t i = 0; i < width; ++i) acc[(t0 + i) * in[0]] = local[i];
        }
    });
    const ChunkWalk<1> results(Shape{plan.out_size}, {Strides{1}}, detail::reduce_task_elements);
    results.run(1, [&](std::int64_t, std::int64_t, std::int64_t n, const auto& off, const auto&,
                       std::int64_t) {
        for (std::int64_t o = off[0]; o < off[0] + n; ++o) {
            Acc acc = partial[o];
            for (std::int64_t b = 1; b < blocks; ++b) op.merge(acc, partial[b * plan.out_size + o]);
            out[o] = op.finish(acc, o);
        }
    });
}

template <class Op, ArrayElement E>
NDArray<typename Op::Out> along(const NDArray<E>& a, int axis, bool keepdims, const Op& op) {
    const AxisPlan plan = detail::plan_axis(a.shape(), a.strides(), axis, keepdims);
    auto out = NDArray<typename Op::Out>::empty(plan.result_shape);
    reduce_axis(plan, a.data(), out.data(), op);
    return out;
}

// The array's elements as a whole-array reduction walks them: one coalesced layout, in NumPy's
// iteration order or in C order.
template <class E>
struct FlatLayout {
    Shape shape;
    std::array<Strides, 1> strides;
    const E* data;
};

template <class E>
FlatLayout<E> flat_layout(const NDArray<E>& a, bool iteration_order) {
    FlatLayout<E> layout{a.shape(), {a.strides()}, a.data()};
    if (iteration_order) detail::to_iteration_order(layout.shape, layout.strides[0]);
    detail::coalesce(layout.shape, layout.strides);
    return layout;
}

// Reduces every element. Order-sensitive operations fold the runs one after another; the others
// fold fixed chunks in parallel and merge the partials in chunk order.
template <class Op, ArrayElement E>
typename Op::Out reduce_flat(const NDArray<E>& a, const Op& op) {
    using Acc = typename Op::Acc;
    const FlatLayout<E> layout = flat_layout(a, Op::any_order);
    Acc acc = op.init();
    if (shape_size(layout.shape) == 0) return op.finish(acc, 0);
    if constexpr (Op::exact_order) {
        detail::for_each_run<1>(layout.shape, layout.strides, 0, detail::outer_count(layout.shape),
                                [&](std::int64_t n, const auto& off, const auto& in) {
                                    op.lane(acc, layout.data + off[0], n, in[0], 0, 0);
                                });
        return op.finish(acc, 0);
    } else {
        const ChunkWalk<1> walk(layout.shape, layout.strides, detail::reduce_task_elements);
        const auto partial = filled<Acc>(walk.chunks(), op.init());
        walk.run(1, [&](std::int64_t chunk, std::int64_t, std::int64_t n, const auto& off,
                        const auto& in, std::int64_t position) {
            op.lane(partial[chunk], layout.data + off[0], n, in[0], position, 0);
        });
        for (std::int64_t c = 0; c < walk.chunks(); ++c) op.merge(acc, partial[c]);
        return op.finish(acc, 0);
    }
}

// Sum of f(x) over every element in NumPy's order: the elements in iteration order form one lane
// (a non-contiguous array goes through a buffer of buffer_size elements at a time, as NumPy
// copies it into its own). Integer totals wrap and need no order.
template <class A, ArrayElement E, class F>
A total(const NDArray<E>& a, const F& f) {
    if constexpr (std::is_integral_v<A>) {
        return reduce_flat(a, sum_op<E, A>([&f](E v, std::int64_t) { return f(v); },
                                           [](A t, std::int64_t) { return t; }));
    } else {
        const FlatLayout<E> layout = flat_layout(a, true);
        const std::int64_t n = shape_size(layout.shape);
        A acc(0);
        if (n == 0) return acc;
        if (layout.shape.size() == 1) {
            lane_sum(acc, layout.data, n, layout.strides[0][0], f);
            return acc;
        }
        const std::int64_t run = layout.shape.back();
        auto piece = [&](std::int64_t p) {
            const std::int64_t begin = p * buffer_size;
            const std::int64_t end = std::min(n, begin + buffer_size);
            std::vector<A> buffer(static_cast<std::size_t>(end - begin));
            std::int64_t position = begin / run * run;
            detail::for_each_run<1>(
                layout.shape, layout.strides, begin / run, (end + run - 1) / run,
                [&](std::int64_t len, const auto& off, const auto& in) {
                    for (std::int64_t i = std::max<std::int64_t>(begin - position, 0);
                         i < len && position + i < end; ++i) {
                        buffer[static_cast<std::size_t>(position + i - begin)] =
                            f(layout.data[off[0] + i * in[0]]);
                    }
                    position += len;
                });
            return pairwise_piece<A>(buffer.data(), end - begin, 1, [](A v) { return v; });
        };
        const std::int64_t pieces = chunk_count(n, buffer_size);
        if (pieces < parallel_pieces) {
            for (std::int64_t p = 0; p < pieces; ++p) acc += piece(p);
            return acc;
        }
        std::vector<A> partial(static_cast<std::size_t>(pieces));
        parallel_chunks(pieces, 1, [&](std::int64_t p, std::int64_t, std::int64_t) {
            partial[static_cast<std::size_t>(p)] = piece(p);
        });
        for (const A& v : partial) acc += v;
        return acc;
    }
}

// Element conversions as function objects (inlined into the summation loops, unlike pointers).
template <class A>
struct Cast {
    template <class E>
    A operator()(E v) const {
        return static_cast<A>(v);
    }
};

template <class A>
struct NanToZero {
    template <class E>
    A operator()(E v) const {
        return is_nan(v) ? A(0) : static_cast<A>(v);
    }
};

[[noreturn]] void throw_empty_reduction(const char* ufunc) {
    throw ValueError(std::string("zero-size array to reduction operation ") + ufunc +
                     " which has no identity");
}

[[noreturn]] void throw_empty_arg(const char* name) {
    throw ValueError(std::string("attempt to get ") + name + " of an empty sequence");
}

// Reducing an empty axis into a non-empty result has no answer for min/max/argmin/argmax.
template <ArrayElement E>
bool empty_lanes(const NDArray<E>& a, int axis) {
    const auto reduced = static_cast<std::size_t>(normalize_axis(axis, a.ndim()));
    if (a.shape()[reduced] != 0) return false;
    std::int64_t results = 1;
    for (std::size_t d = 0; d < a.shape().size(); ++d) {
        if (d != reduced) results *= a.shape()[d];
    }
    return results > 0;
}

template <ArrayElement E>
std::int64_t axis_length(const NDArray<E>& a, int axis) {
    return a.shape()[static_cast<std::size_t>(normalize_axis(axis, a.ndim()))];
}

}  // namespace

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
    detail::coalesce(shape, strides);
    if (a.size() == 0) return out;
    A acc{};
    std::int64_t position = 0;
    detail::for_each_run<1>(shape, strides, 0, detail::outer_count(shape),
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
    detail::coalesce(kept, strides);
    const ChunkWalk<2> walk(kept, strides,
                            std::max(min_results_per_task, detail::reduce_task_elements / length));
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
    const AxisPlan plan = detail::plan_axis(a.shape(), a.strides(), axis, options.keepdims);
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
    if (a.size() == 0) throw_empty_reduction("minimum");
    return reduce_flat(a, extreme_op<E, false, false>());
}

template <ArrayElement E>
NDArray<E> min(const NDArray<E>& a, int axis, ReduceOptions options) {
    if (empty_lanes(a, axis)) throw_empty_reduction("minimum");
    return along(a, axis, options.keepdims, extreme_op<E, false, false>());
}

template <ArrayElement E>
E max(const NDArray<E>& a) {
    if (a.size() == 0) throw_empty_reduction("maximum");
    return reduce_flat(a, extreme_op<E, true, false>());
}

template <ArrayElement E>
NDArray<E> max(const NDArray<E>& a, int axis, ReduceOptions options) {
    if (empty_lanes(a, axis)) throw_empty_reduction("maximum");
    return along(a, axis, options.keepdims, extreme_op<E, true, false>());
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

// ---- NaN-skipping variants ----
// NumPy replaces NaN by 0 in a copy and sums that; nanmean and nanvar divide by the count of
// numbers via float64, and nanvar makes every slice with ddof >= count NaN.

namespace {

template <ArrayElement E>
float_t<E> nanvar_flat(const NDArray<E>& a, int ddof) {
    using T = float_t<E>;
    const std::int64_t count = reduce_flat(a, count_numbers_op<E>());
    const T m = divide_wide(total<T>(a, NanToZero<T>{}), count);
    const T squares = total<T>(a, [m](E v) {
        const T d = is_nan(v) ? T(0) : static_cast<T>(v) - m;
        return d * d;
    });
    const std::int64_t dof = count - ddof;
    return dof <= 0 ? std::numeric_limits<T>::quiet_NaN() : divide_wide(squares, dof);
}

template <ArrayElement E, class Fin>
NDArray<float_t<E>> nanvar_along(const NDArray<E>& a, int axis, VarOptions options, Fin fin) {
    using T = float_t<E>;
    const AxisPlan plan = detail::plan_axis(a.shape(), a.strides(), axis, options.keepdims);
    const auto size = static_cast<std::size_t>(plan.out_size);
    std::vector<std::int64_t> counts(size);
    reduce_axis(plan, a.data(), counts.data(), count_numbers_op<E>());
    const std::int64_t* c = counts.data();
    std::vector<T> means(size);
    reduce_axis(plan, a.data(), means.data(),
                sum_op<E, T>([](E v, std::int64_t) { return NanToZero<T>{}(v); },
                             [c](T total, std::int64_t o) { return divide_wide(total, c[o]); }));
    const T* m = means.data();
    const int ddof = options.ddof;
    auto out = NDArray<T>::empty(plan.result_shape);
    reduce_axis(plan, a.data(), out.data(),
                sum_op<E, T>(
                    [m](E v, std::int64_t o) {
                        const T d = is_nan(v) ? T(0) : static_cast<T>(v) - m[o];
                        return d * d;
                    },
                    [c, ddof, fin](T total, std::int64_t o) {
                        const std::int64_t dof = c[o] - ddof;
                        return dof <= 0 ? std::numeric_limits<T>::quiet_NaN()
                                        : fin(divide_wide(total, dof));
                    }));
    return out;
}

}  // namespace

template <ArrayElement E>
sum_t<E> nansum(const NDArray<E>& a) {
    if constexpr (std::is_floating_point_v<E>) {
        return total<E>(a, NanToZero<E>{});
    } else {
        return sum(a);
    }
}

template <ArrayElement E>
NDArray<sum_t<E>> nansum(const NDArray<E>& a, int axis, ReduceOptions options) {
    using A = sum_t<E>;
    return along(a, axis, options.keepdims,
                 sum_op<E, A>([](E v, std::int64_t) { return NanToZero<A>{}(v); },
                              [](A total, std::int64_t) { return total; }));
}

template <ArrayElement E>
float_t<E> nanmean(const NDArray<E>& a) {
    if constexpr (std::is_floating_point_v<E>) {
        return divide_wide(total<E>(a, NanToZero<E>{}), reduce_flat(a, count_numbers_op<E>()));
    } else {
        return mean(a);
    }
}

template <ArrayElement E>
NDArray<float_t<E>> nanmean(const NDArray<E>& a, int axis, ReduceOptions options) {
    using T = float_t<E>;
    if constexpr (std::is_floating_point_v<E>) {
        const AxisPlan plan = detail::plan_axis(a.shape(), a.strides(), axis, options.keepdims);
        std::vector<std::int64_t> counts(static_cast<std::size_t>(plan.out_size));
        reduce_axis(plan, a.data(), counts.data(), count_numbers_op<E>());
        const std::int64_t* c = counts.data();
        auto out = NDArray<T>::empty(plan.result_shape);
        reduce_axis(
            plan, a.data(), out.data(),
            sum_op<E, T>([](E v, std::int64_t) { return NanToZero<T>{}(v); },
                         [c](T total, std::int64_t o) { return divide_wide(total, c[o]); }));
        return out;
    } else {
        return mean(a, axis, options);
    }
}

template <ArrayElement E>
float_t<E> nanvar(const NDArray<E>& a, VarOptions options) {
    if constexpr (std::is_floating_point_v<E>) {
        return nanvar_flat(a, options.ddof);
    } else {
        return var(a, options);
    }
}

template <ArrayElement E>
NDArray<float_t<E>> nanvar(const NDArray<E>& a, int axis, VarOptions options) {
    if constexpr (std::is_floating_point_v<E>) {
        return nanvar_along(a, axis, options, [](float_t<E> v) { return v; });
    } else {
        return var(a, axis, options);
    }
}

template <ArrayElement E>
float_t<E> nanstd(const NDArray<E>& a, VarOptions options) {
    if constexpr (std::is_floating_point_v<E>) {
        return std::sqrt(nanvar_flat(a, options.ddof));
    } else {
        return tabula::std(a, options);
    }
}

template <ArrayElement E>
NDArray<float_t<E>> nanstd(const NDArray<E>& a, int axis, VarOptions options) {
    if constexpr (std::is_floating_point_v<E>) {
        return nanvar_along(a, axis, options, [](float_t<E> v) { return std::sqrt(v); });
    } else {
        return tabula::std(a, axis, options);
    }
}

template <ArrayElement E>
E nanmin(const NDArray<E>& a) {
    if (a.size() == 0) throw_empty_reduction("fmin");
    return reduce_flat(a, extreme_op<E, false, true>());
}

template <ArrayElement E>
NDArray<E> nanmin(const NDArray<E>& a, int axis, ReduceOptions options) {
    if (empty_lanes(a, axis)) throw_empty_reduction("fmin");
    return along(a, axis, options.keepdims, extreme_op<E, false, true>());
}

template <ArrayElement E>
E nanmax(const NDArray<E>& a) {
    if (a.size() == 0) throw_empty_reduction("fmax");
    return reduce_flat(a, extreme_op<E, true, true>());
}

template <ArrayElement E>
NDArray<E> nanmax(const NDArray<E>& a, int axis, ReduceOptions options) {
    if (empty_lanes(a, axis)) throw_empty_reduction("fmax");
    return along(a, axis, options.keepdims, extreme_op<E, true, true>());
}

// ---- ndarray methods ----

template <ArrayElement E>
sum_t<E> NDArray<E>::sum() const {
    return tabula::sum(*this);
}
template <ArrayElement E>
NDArray<sum_t<E>> NDArray<E>::sum(int axis, ReduceOptions options) const {
    return tabula::sum(*this, axis, options);
}
template <ArrayElement E>
sum_t<E> NDArray<E>::prod() const {
    return tabula::prod(*this);
}
template <ArrayElement E>
NDArray<sum_t<E>> NDArray<E>::prod(int axis, ReduceOptions options) const {
    return tabula::prod(*this, axis, options);
}
template <ArrayElement E>
float_t<E> NDArray<E>::mean() const {
    return tabula::mean(*this);
}
template <ArrayElement E>
NDArray<float_t<E>> NDArray<E>::mean(int axis, ReduceOptions options) const {
    return tabula::mean(*this, axis, options);
}
template <ArrayElement E>
float_t<E> NDArray<E>::var(VarOptions options) const {
    return tabula::var(*this, options);
}
template <ArrayElement E>
NDArray<float_t<E>> NDArray<E>::var(int axis, VarOptions options) const {
    return tabula::var(*this, axis, options);
}
template <ArrayElement E>
float_t<E> NDArray<E>::std(VarOptions options) const {
    return tabula::std(*this, options);
}
template <ArrayElement E>
NDArray<float_t<E>> NDArray<E>::std(int axis, VarOptions options) const {
    return tabula::std(*this, axis, options);
}
template <ArrayElement E>
E NDArray<E>::min() const {
    return tabula::min(*this);
}
template <ArrayElement E>
NDArray<E> NDArray<E>::min(int axis, ReduceOptions options) const {
    return tabula::min(*this, axis, options);
}
template <ArrayElement E>
E NDArray<E>::max() const {
    return tabula::max(*this);
}
template <ArrayElement E>
NDArray<E> NDArray<E>::max(int axis, ReduceOptions options) const {
    return tabula::max(*this, axis, options);
}
template <ArrayElement E>
std::int64_t NDArray<E>::argmin() const {
    return tabula::argmin(*this);
}
template <ArrayElement E>
NDArray<std::int64_t> NDArray<E>::argmin(int axis, ReduceOptions options) const {
    return tabula::argmin(*this, axis, options);
}
template <ArrayElement E>
std::int64_t NDArray<E>::argmax() const {
    return tabula::argmax(*this);
}
template <ArrayElement E>
NDArray<std::int64_t> NDArray<E>::argmax(int axis, ReduceOptions options) const {
    return tabula::argmax(*this, axis, options);
}
template <ArrayElement E>
bool NDArray<E>::any() const {
    return tabula::any(*this);
}
template <ArrayElement E>
NDArray<bool> NDArray<E>::any(int axis, ReduceOptions options) const {
    return tabula::any(*this, axis, options);
}
template <ArrayElement E>
bool NDArray<E>::all() const {
    return tabula::all(*this);
}
template <ArrayElement E>
NDArray<bool> NDArray<E>::all(int axis, ReduceOptions options) const {
    return tabula::all(*this, axis, options);
}

#define TABULA_INSTANTIATE_REDUCTION(R, name, E) \
    template R name(const NDArray<E>&);          \
    template NDArray<R> name(const NDArray<E>&, int, ReduceOptions);
#define TABULA_INSTANTIATE_VAR(name, E)                      \
    template float_t<E> name(const NDArray<E>&, VarOptions); \
    template NDArray<float_t<E>> name(const NDArray<E>&, int, VarOptions);
#define TABULA_INSTANTIATE_METHODS(E)                                            \
    template sum_t<E> NDArray<E>::sum() const;                                   \
    template NDArray<sum_t<E>> NDArray<E>::sum(int, ReduceOptions) const;        \
    template sum_t<E> NDArray<E>::prod() const;                                  \
    template NDArray<sum_t<E>> NDArray<E>::prod(int, ReduceOptions) const;       \
    template float_t<E> NDArray<E>::mean() const;                                \
    template NDArray<float_t<E>> NDArray<E>::mean(int, ReduceOptions) const;     \
    template float_t<E> NDArray<E>::var(VarOptions) const;                       \
    template NDArray<float_t<E>> NDArray<E>::var(int, VarOptions) const;         \
    template float_t<E> NDArray<E>::std(VarOptions) const;                       \
    template NDArray<float_t<E>> NDArray<E>::std(int, VarOptions) const;         \
    template E NDArray<E>::min() const;                                          \
    template NDArray<E> NDArray<E>::min(int, ReduceOptions) const;               \
    template E NDArray<E>::max() const;                                          \
    template NDArray<E> NDArray<E>::max(int, ReduceOptions) const;               \
    template std::int64_t NDArray<E>::argmin() const;                            \
    template NDArray<std::int64_t> NDArray<E>::argmin(int, ReduceOptions) const; \
    template std::int64_t NDArray<E>::argmax() const;                            \
    template NDArray<std::int64_t> NDArray<E>::argmax(int, ReduceOptions) const; \
    template bool NDArray<E>::any() const;                                       \
    template NDArray<bool> NDArray<E>::any(int, ReduceOptions) const;            \
    template bool NDArray<E>::all() const;                                       \
    template NDArray<bool> NDArray<E>::all(int, ReduceOptions) const;
#define TABULA_INSTANTIATE_REDUCTIONS(E)                         \
    TABULA_INSTANTIATE_REDUCTION(sum_t<E>, sum, E)               \
    TABULA_INSTANTIATE_REDUCTION(sum_t<E>, prod, E)              \
    TABULA_INSTANTIATE_REDUCTION(sum_t<E>, nansum, E)            \
    TABULA_INSTANTIATE_REDUCTION(float_t<E>, mean, E)            \
    TABULA_INSTANTIATE_REDUCTION(float_t<E>, nanmean, E)         \
    TABULA_INSTANTIATE_REDUCTION(E, min, E)                      \
    TABULA_INSTANTIATE_REDUCTION(E, max, E)                      \
    TABULA_INSTANTIATE_REDUCTION(E, nanmin, E)                   \
    TABULA_INSTANTIATE_REDUCTION(E, nanmax, E)                   \
    TABULA_INSTANTIATE_REDUCTION(std::int64_t, argmin, E)        \
    TABULA_INSTANTIATE_REDUCTION(std::int64_t, argmax, E)        \
    TABULA_INSTANTIATE_REDUCTION(bool, any, E)                   \
    TABULA_INSTANTIATE_REDUCTION(bool, all, E)                   \
    TABULA_INSTANTIATE_REDUCTION(std::int64_t, count_nonzero, E) \
    TABULA_INSTANTIATE_VAR(var, E)                               \
    TABULA_INSTANTIATE_VAR(std, E)                               \
    TABULA_INSTANTIATE_VAR(nanvar, E)                            \
    TABULA_INSTANTIATE_VAR(nanstd, E)                            \
    template NDArray<sum_t<E>> cumsum(const NDArray<E>&);        \
    template NDArray<sum_t<E>> cumsum(const NDArray<E>&, int);   \
    TABULA_INSTANTIATE_METHODS(E)

TABULA_INSTANTIATE_REDUCTIONS(bool)
TABULA_INSTANTIATE_REDUCTIONS(std::int32_t)
TABULA_INSTANTIATE_REDUCTIONS(std::int64_t)
TABULA_INSTANTIATE_REDUCTIONS(float)
TABULA_INSTANTIATE_REDUCTIONS(double)

}  // namespace tabula
