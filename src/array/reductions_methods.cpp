// The reductions as ndarray methods (a.sum(), X.mean(0), ...): each calls the free function.
#include "tabula/array/reductions.hpp"

namespace tabula {

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

TABULA_INSTANTIATE_METHODS(bool)
TABULA_INSTANTIATE_METHODS(std::int32_t)
TABULA_INSTANTIATE_METHODS(std::int64_t)
TABULA_INSTANTIATE_METHODS(float)
TABULA_INSTANTIATE_METHODS(double)

}  // namespace tabula
