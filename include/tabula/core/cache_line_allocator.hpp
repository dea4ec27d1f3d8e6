#pragma once
// An allocator whose storage starts on a cache line (64 bytes, as Buffer's): vector kernels that
// walk several arrays in step then load whole lines instead of pairs of split ones.
#include <cstddef>
#include <new>
#include <vector>

#include "tabula/core/buffer.hpp"

namespace tabula {

template <class T>
struct CacheLineAllocator {
    using value_type = T;
    static constexpr std::align_val_t alignment{Buffer::alignment};

    CacheLineAllocator() = default;
    template <class U>
    explicit CacheLineAllocator(const CacheLineAllocator<U>&) noexcept {}

    T* allocate(std::size_t n) { return static_cast<T*>(::operator new(n * sizeof(T), alignment)); }
    void deallocate(T* p, std::size_t) noexcept { ::operator delete(p, alignment); }

    template <class U>
    bool operator==(const CacheLineAllocator<U>&) const noexcept {
        return true;
    }
};

template <class T>
using CacheLineVector = std::vector<T, CacheLineAllocator<T>>;

}  // namespace tabula
