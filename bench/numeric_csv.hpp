#pragma once
// Loads an all-numeric CSV file with a header row into a row-major float64 array, as the peers
// do with pd.read_csv(...).to_numpy(). Empty fields become NaN. Input loading for workloads
// only; the DataFrame reader is read_csv.
#include <string>

#include "tabula/array/ndarray.hpp"

namespace tabula::bench {

NDArray<double> load_numeric_csv(const std::string& path);

}  // namespace tabula::bench
