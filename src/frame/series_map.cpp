#include "tabula/frame/series_map.hpp"

#include <string>

namespace tabula::detail {

void throw_map_argument(DType dtype, const char* expected) {
    throw TypeError(std::string("Series.map: the function does not take ") + expected +
                    ", the argument a series of dtype " + std::string(dtype_name(dtype)) +
                    " passes");
}

}  // namespace tabula::detail
