#pragma once
// The reduction engine under reductions.cpp and reductions_nan.cpp, private to src/array.
// It reduces in NumPy 1.24's order of operations, so that float results match NumPy's bits:
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
#include <algorithm>
#include <array>
#include <cstdint>
#include <memory>
#include <string>
#include <type_traits>
#include <utility>
#include <vector>

#include "reductions_plan.hpp"
#include "tabula/array/ndarray.hpp"
#include "tabula/core/error.hpp"
#include "tabula/core/parallel.hpp"

// A namespace of its own: these names are generic and tabula::detail is shared.
namespace tabula::detail::reduce {

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

// One block of at most pairwise_block elements: 8 accumulators, then the remainder.
template <class Acc, bool Unit, class In, class F>
inline Acc pairwise_block_sum(const In* x, std::int64_t n, std::int64_t s, const F& f) {
    auto at = [&](std::int64_t i) -> Acc { return f(x[Unit ? i : i * s]); };
    if (n < 8) {
        Acc res = 0;
        for (std::int64_t i = 0; i < n; ++i) res += at(i);
        return res;
    }
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

template <class Acc, bool Unit, class In, class F>
Acc pairwise_serial(const In* x, std::int64_t n, std::int64_t s, const F& f) {
    if (n <= pairwise_block) return pairwise_block_sum<Acc, Unit>(x, n, s, f);
    std::int64_t n2 = n / 2;
    n2 -= n2 % 8;
    return pairwise_serial<Acc, Unit>(x, n2, s, f) +
           pairwise_serial<Acc, Unit>(x + n2 * s, n - n2, s, f);
}

template <class Acc, class In, class F>
inline Acc pairwise_piece(const In* x, std::int64_t n, std::int64_t s, const F& f) {
    if (n <= pairwise_block) {  // short lanes (rows of a narrow matrix) stay inline
        return s == 1 ? pairwise_block_sum<Acc, true>(x, n, 1, f)
                      : pairwise_block_sum<Acc, false>(x, n, s, f);
    }
    return s == 1 ? pairwise_serial<Acc, true>(x, n, 1, f)
                  : pairwise_serial<Acc, false>(x, n, s, f);
}

// Adds the sum of f(x[i * s]), i < n, to acc as NumPy's buffered reduction does: pairwise over
// each piece of buffer_size elements, pieces in order; long lanes sum their pieces in parallel.
template <class Acc, class In, class F>
void lane_sum(Acc& acc, const In* x, std::int64_t n, std::int64_t s, const F& f) {
    if (n <= buffer_size) {
        acc += pairwise_piece<Acc>(x, n, s, f);
        return;
    }
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
        const ChunkWalk<2> walk(
            plan.kept, plan.strides,
            std::max<std::int64_t>(1, reduce_task_elements / std::max<std::int64_t>(length, 1)));
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
    const ChunkWalk<2> walk(plan.kept, plan.strides,
                            std::max(min_results_per_task, reduce_task_elements / block_len));
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
    const ChunkWalk<1> results(Shape{plan.out_size}, {Strides{1}}, reduce_task_elements);
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
    const AxisPlan plan = plan_axis(a.shape(), a.strides(), axis, keepdims);
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
    if (iteration_order) to_iteration_order(layout.shape, layout.strides[0]);
    coalesce(layout.shape, layout.strides);
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
        for_each_run<1>(layout.shape, layout.strides, 0, outer_count(layout.shape),
                        [&](std::int64_t n, const auto& off, const auto& in) {
                            op.lane(acc, layout.data + off[0], n, in[0], 0, 0);
                        });
        return op.finish(acc, 0);
    } else {
        const ChunkWalk<1> walk(layout.shape, layout.strides, reduce_task_elements);
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
            for_each_run<1>(layout.shape, layout.strides, begin / run, (end + run - 1) / run,
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

[[noreturn]] inline void throw_empty_reduction(const char* ufunc) {
    throw ValueError(std::string("zero-size array to reduction operation ") + ufunc +
                     " which has no identity");
}

[[noreturn]] inline void throw_empty_arg(const char* name) {
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

// min/max (SkipNan false) and nanmin/nanmax (true); `ufunc` names NumPy's ufunc in the error.
template <bool IsMax, bool SkipNan, ArrayElement E>
E extreme_flat(const NDArray<E>& a, const char* ufunc) {
    if (a.size() == 0) throw_empty_reduction(ufunc);
    return reduce_flat(a, extreme_op<E, IsMax, SkipNan>());
}

template <bool IsMax, bool SkipNan, ArrayElement E>
NDArray<E> extreme_along(const NDArray<E>& a, int axis, ReduceOptions options, const char* ufunc) {
    if (empty_lanes(a, axis)) throw_empty_reduction(ufunc);
    return along(a, axis, options.keepdims, extreme_op<E, IsMax, SkipNan>());
}

template <ArrayElement E>
std::int64_t axis_length(const NDArray<E>& a, int axis) {
    return a.shape()[static_cast<std::size_t>(normalize_axis(axis, a.ndim()))];
}

}  // namespace tabula::detail::reduce
