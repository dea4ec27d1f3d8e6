#include "tabula/array/shape.hpp"

#include <fmt/format.h>

#include "tabula/core/error.hpp"

namespace tabula {

std::string shape_to_string(const Shape& shape) {
    if (shape.size() == 1) return fmt::format("({},)", shape[0]);
    return fmt::format("({})", fmt::join(shape, ","));
}

std::int64_t shape_size(const Shape& shape) {
    std::int64_t n = 1;
    for (std::int64_t d : shape) n *= d;
    return n;
}

Strides c_strides(const Shape& shape) {
    Strides strides(shape.size());
    std::int64_t step = 1;
    for (std::size_t i = shape.size(); i-- > 0;) {
        strides[i] = step;
        step *= shape[i];
    }
    return strides;
}

Shape broadcast_shapes(const Shape& a, const Shape& b) {
    const std::size_t ndim = std::max(a.size(), b.size());
    Shape out(ndim);
    for (std::size_t i = 0; i < ndim; ++i) {
        const std::int64_t da = i < ndim - a.size() ? 1 : a[i - (ndim - a.size())];
        const std::int64_t db = i < ndim - b.size() ? 1 : b[i - (ndim - b.size())];
        if (da != db && da != 1 && db != 1) {
            throw ShapeError(
                fmt::format("operands could not be broadcast together with shapes {} {} ",
                            shape_to_string(a), shape_to_string(b)));
        }
        out[i] = da == 1 ? db : da;
    }
    return out;
}

Strides broadcast_strides(const Shape& shape, const Strides& strides, const Shape& target) {
    Strides out(target.size(), 0);
    const std::size_t lead = target.size() - shape.size();
    for (std::size_t i = 0; i < shape.size(); ++i) {
        out[lead + i] = shape[i] == 1 && target[lead + i] != 1 ? 0 : strides[i];
    }
    return out;
}

int normalize_axis(int axis, int ndim) {
    if (axis < -ndim || axis >= ndim) {
        throw IndexError(
            fmt::format("axis {} is out of bounds for array of dimension {}", axis, ndim));
    }
    return axis < 0 ? axis + ndim : axis;
}

}  // namespace tabula
