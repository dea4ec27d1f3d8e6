#include "tabula/ml/model_selection/split.hpp"

#include "tabula/array/print.hpp"

namespace tabula {

std::ostream& operator<<(std::ostream& out, const Split& split) {
    const auto as_array = [](const std::vector<std::int64_t>& positions) {
        return NDArray<std::int64_t>(positions, {static_cast<std::int64_t>(positions.size())});
    };
    return out << "train=" << array_str(as_array(split.train))
               << " test=" << array_str(as_array(split.test));
}

}  // namespace tabula
