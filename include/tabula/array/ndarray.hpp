#pragma once
// NDArray<E>: NumPy's ndarray for bool, int32, int64, float32 and float64. A shape and strides
// (in elements) over a shared, aligned buffer: slicing, transpose and reshape of contiguous data
// are views; arithmetic allocates. The member templates are defined in src/array and explicitly
// instantiated for the five element types, so this header stays light.
#include <cstdint>
#include <initializer_list>
#include <iosfwd>
#include <memory>
#include <optional>
#include <type_traits>
#include <variant>
#include <vector>

#include "tabula/array/promote.hpp"
#include "tabula/array/reductions.hpp"  // ReduceOptions, VarOptions for the reduction methods
#include "tabula/array/shape.hpp"
#include "tabula/core/buffer.hpp"
#include "tabula/core/dtype.hpp"

namespace tabula {

// start:stop:step; an empty optional is Python's omitted bound (or None).
struct Slice {
    std::optional<std::int64_t> start{};
    std::optional<std::int64_t> stop{};
    std::int64_t step = 1;
};

// np.newaxis inside an index.
struct NewAxis {};
inline constexpr NewAxis newaxis{};

// One entry of a basic index: an integer (drops the axis), a Slice, or newaxis.
using IndexItem = std::variant<std::int64_t, Slice, NewAxis>;

template <class I>
concept BasicIndex = std::is_integral_v<I> || std::is_same_v<std::decay_t<I>, Slice> ||
    std::is_same_v<std::decay_t<I>, NewAxis>;

template <ArrayElement E>
class NDArray {
  public:
    using value_type = E;

    // An empty 1-d array, shape (0,).
    NDArray();
    // One value of a 1-d list. The user-defined conversion ranks {1} -> Element below
    // {1} -> initializer_list<E>, so {{1}, {2}} is a (2, 1) array rather than ambiguous.
    struct Element {
        E value;
        Element(E v) : value(v) {}  // NOLINT(google-explicit-constructor)
    };
    // np.array([...]) from nested lists; ragged nesting is a ValueError, as in NumPy.
    NDArray(std::initializer_list<Element> values);
    NDArray(std::initializer_list<std::initializer_list<E>> rows);
    NDArray(std::initializer_list<std::initializer_list<std::initializer_list<E>>> planes);
    // The values in C order reshaped to `shape`; ShapeError when the sizes differ.
    NDArray(std::vector<E> values, Shape shape);
    // A view of `buffer` (shared) starting at element `offset`.
    NDArray(std::shared_ptr<Buffer> buffer, std::int64_t offset, Shape shape, Strides strides);

    // Uninitialised (np.empty), zeros, ones, a constant.
    static NDArray empty(const Shape& shape);
    static NDArray zeros(const Shape& shape);
    static NDArray ones(const Shape& shape);
    static NDArray full(const Shape& shape, E value);
    // A 0-d array holding one value.
    static NDArray scalar(E value);

    const Shape& shape() const noexcept { return shape_; }
    const Strides& strides() const noexcept { return strides_; }
    int ndim() const noexcept { return static_cast<int>(shape_.size()); }
    std::int64_t size() const noexcept { return shape_size(shape_); }
    DType dtype() const noexcept { return dtype_of_v<E>; }
    // Pointer to the first element (element (0, ..., 0), not necessarily the buffer's start).
    E* data() noexcept { return data_; }
    const E* data() const noexcept { return data_; }
    const std::shared_ptr<Buffer>& buffer() const noexcept { return buffer_; }
    // True when the elements lie in C order without gaps.
    bool is_contiguous() const noexcept;
    // True when both arrays view the same buffer.
    bool shares_memory(const NDArray& other) const noexcept { return buffer_ == other.buffer_; }

    // Element access with NumPy's bounds check and negative indices; the count of indices must
    // equal ndim(). IndexError: "index 5 is out of bounds for axis 0 with size 3".
    E& at(std::initializer_list<std::int64_t> index);
    const E& at(std::initializer_list<std::int64_t> index) const;
    // The single element of a size-1 array (NumPy's item()); ValueError otherwise.
    E item() const;

    // a(i, j) is the element; a(Slice{1, 5}, 2), a(Slice{}, newaxis) are views.
    template <BasicIndex... I>
    decltype(auto) operator()(I... index) {
        if constexpr ((std::is_integral_v<I> && ...)) {
            return at({static_cast<std::int64_t>(index)...});
        } else {
            return view({to_item(index)...});
        }
    }
    template <BasicIndex... I>
    decltype(auto) operator()(I... index) const {
        if constexpr ((std::is_integral_v<I> && ...)) {
            return at({static_cast<std::int64_t>(index)...});
        } else {
            return view({to_item(index)...});
        }
    }
    // Basic indexing (integers, slices, newaxis); missing trailing axes are taken whole.
    NDArray view(const std::vector<IndexItem>& index) const;

    // A view when the data allows it (contiguous), else a copy; one dimension may be -1.
    NDArray reshape(const Shape& shape) const;
    // Reversed axes (a view).
    NDArray T() const { return transpose(); }
    NDArray transpose() const;
    // Axes permuted as given (a view); ValueError when `axes` is not a permutation.
    NDArray transpose(const std::vector<int>& axes) const;
    // Drops every length-1 axis, or just `axis` (ValueError when its length is not 1).
    NDArray squeeze() const;
    NDArray squeeze(int axis) const;
    // Inserts a length-1 axis at `axis` (negative counts from the end of the result).
    NDArray expand_dims(int axis) const;
    // 1-d view when contiguous, else a copy.
    NDArray ravel() const;
    // 1-d copy, always.
    NDArray flatten() const;
    // A contiguous copy that owns its buffer.
    NDArray copy() const;
    // Elements in C order.
    std::vector<E> to_vector() const;
    // Sets every element (through views too).
    void fill(E value);
    // Converted copy, C semantics as NumPy's astype (float to int truncates toward zero).
    template <ArrayElement U>
    NDArray<U> astype() const;

    // ---- Reductions as ndarray methods: a.sum(), X.mean(0), X.std(0, {.ddof = 1}) ----
    // Same as the free functions of tabula/array/reductions.hpp (which documents them).
    sum_t<E> sum() const;
    NDArray<sum_t<E>> sum(int axis, ReduceOptions options = {}) const;
    sum_t<E> prod() const;
    NDArray<sum_t<E>> prod(int axis, ReduceOptions options = {}) const;
    float_t<E> mean() const;
    NDArray<float_t<E>> mean(int axis, ReduceOptions options = {}) const;
    float_t<E> var(VarOptions options = {}) const;
    NDArray<float_t<E>> var(int axis, VarOptions options = {}) const;
    float_t<E> std(VarOptions options = {}) const;
    NDArray<float_t<E>> std(int axis, VarOptions options = {}) const;
    E min() const;
    NDArray min(int axis, ReduceOptions options = {}) const;
    E max() const;
    NDArray max(int axis, ReduceOptions options = {}) const;
    std::int64_t argmin() const;
    NDArray<std::int64_t> argmin(int axis, ReduceOptions options = {}) const;
    std::int64_t argmax() const;
    NDArray<std::int64_t> argmax(int axis, ReduceOptions options = {}) const;
    bool any() const;
    NDArray<bool> any(int axis, ReduceOptions options = {}) const;
    bool all() const;
    NDArray<bool> all(int axis, ReduceOptions options = {}) const;
    // ---- end reductions ----

    // ---- Advanced indexing: a[mask], a[indices] (defined in tabula/array/indexing.hpp) ----
    // a[mask] is the selected elements (a copy, as NumPy). On a mutable array it is a
    // MaskSelection, an NDArray that also writes through: a[a < 0] = 0.0; X[y == 1] = rows.
    class MaskSelection;
    MaskSelection operator[](const NDArray<bool>& mask) &;
    MaskSelection operator[](const NDArray<bool>& mask) &&;
    NDArray operator[](const NDArray<bool>& mask) const&;
    // a[indices]: rows along axis 0, as np.take(a, indices, axis=0).
    NDArray operator[](const NDArray<std::int64_t>& indices) const;
    // ---- end advanced indexing ----

  private:
    template <class I>
    static IndexItem to_item(I index) {
        if constexpr (std::is_integral_v<I>) {
            return static_cast<std::int64_t>(index);
        } else {
            return index;
        }
    }
    std::int64_t element_offset(std::initializer_list<std::int64_t> index) const;

    std::shared_ptr<Buffer> buffer_;
    E* data_ = nullptr;
    Shape shape_;
    Strides strides_;
};

// np.transpose(a).
template <ArrayElement E>
NDArray<E> transpose(const NDArray<E>& a) {
    return a.transpose();
}

// True when shapes and all elements are equal (np.array_equal); NaN != NaN.
template <ArrayElement E>
bool array_equal(const NDArray<E>& a, const NDArray<E>& b);

// np.array repr: "array([[1, 2],\n       [3, 4]])", summarised with "..." past 1000 elements.
template <ArrayElement E>
std::ostream& operator<<(std::ostream& os, const NDArray<E>& a);

extern template class NDArray<bool>;
extern template class NDArray<std::int32_t>;
extern template class NDArray<std::int64_t>;
extern template class NDArray<float>;
extern template class NDArray<double>;

}  // namespace tabula
