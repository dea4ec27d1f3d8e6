#include "tabula/util/lru_cache.hpp"

#include <ostream>

namespace tabula {

std::ostream& operator<<(std::ostream& out, const CacheInfo& info) {
    out << "CacheInfo(hits=" << info.hits << ", misses=" << info.misses << ", maxsize=";
    if (info.maxsize) {
        out << *info.maxsize;
    } else {
        out << "None";
    }
    return out << ", currsize=" << info.currsize << ')';
}

}  // namespace tabula
