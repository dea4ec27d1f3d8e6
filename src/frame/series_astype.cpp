#include "tabula/frame/series.hpp"

namespace tabula {

Series Series::astype(DType dtype) const {
    check_pending();
    return Series(column_.astype(dtype), name_, index_);
}

}  // namespace tabula
