#pragma once
// Shapes and strides, and NumPy's broadcasting rule over them.
#include <cstdint>
#include <initializer_list>
#include <string>
#include <vector>

namespace tabula {

using Shape = std::vector<std::int64_t>;
using Strides = std::vector<std::int64_t>;  // in elements, not bytes

// "(2,3)", "(3,)", "()" as NumPy prints shapes in its error messages.
std::string shape_to_string(const Shape& shape);
// Product of the dimensions (1 for a 0-d shape).
std::int64_t shape_size(const Shape& shape);
// Row-major (C order) strides of a contiguous array of this shape.
Strides c_strides(const Shape& shape);
// The broadcast shape of two shapes; ShapeError in NumPy's words when they are incompatible:
// "operands could not be broadcast together with shapes (2,3) (3,2) ".
Shape broadcast_shapes(const Shape& a, const Shape& b);
// Strides that read an array of `shape`/`strides` as if it had shape `target` (0 on stretched
// axes); `target` must be a broadcast of `shape`.
Strides broadcast_strides(const Shape& shape, const Strides& strides, const Shape& target);
// Normalises a possibly negative axis against ndim; raises NumPy's AxisError text as IndexError.
int normalize_axis(int axis, int ndim);

}  // namespace tabula
