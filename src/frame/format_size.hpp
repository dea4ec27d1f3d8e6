#pragma once
// pandas' _sizeof_fmt (pandas/io/formats/info.py): a byte count as info() prints it.
#include <string>

namespace tabula::display_detail {

// "248.0 bytes", "22.5 KB", ... up to PB; `lower_bound` adds pandas' "+" ("22.5+ KB"), which
// info() uses when text held by object columns is not counted.
std::string sizeof_fmt(double bytes, bool lower_bound);

}  // namespace tabula::display_detail
