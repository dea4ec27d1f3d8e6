#include "tabula/core/buffer.hpp"

#include <sys/mman.h>

#include <cstdlib>
#include <cstring>
#include <new>

namespace tabula {

namespace {

// Large buffers (a million-row column is 8 MB) are placed on 2 MiB pages: a fresh 4 KiB page
// costs a fault each, and those faults were ~15 % of read_csv and ~40 % of a merge. Debian's
// default transparent-hugepage mode is "madvise", so the pages must be asked for.
constexpr std::size_t huge_page = std::size_t{2} << 20;
constexpr std::size_t huge_threshold = 2 * huge_page;

std::size_t rounded_size(std::size_t bytes) {
    // Round up so that SIMD loops may read a whole last vector without leaving the allocation.
    const std::size_t rounded =
        (bytes + Buffer::alignment - 1) / Buffer::alignment * Buffer::alignment;
    if (rounded >= huge_threshold) return (rounded + huge_page - 1) / huge_page * huge_page;
    return rounded == 0 ? Buffer::alignment : rounded;
}

}  // namespace

std::shared_ptr<Buffer> Buffer::allocate(std::size_t bytes) {
    const std::size_t size = rounded_size(bytes);
    void* p = nullptr;
    if (size >= huge_threshold) {
        p = std::aligned_alloc(huge_page, size);
        if (p == nullptr) throw std::bad_alloc();
        ::madvise(p, size, MADV_HUGEPAGE);  // advice only: the buffer works without huge pages
    } else {
        p = ::operator new (size, std::align_val_t{alignment});
    }
    return std::shared_ptr<Buffer>(new Buffer(static_cast<std::byte*>(p), bytes));
}

std::shared_ptr<Buffer> Buffer::zeroed(std::size_t bytes) {
    auto buffer = allocate(bytes);
    std::memset(buffer->data(), 0, bytes);
    return buffer;
}

Buffer::~Buffer() {
    if (rounded_size(size_) >= huge_threshold) {
        std::free(data_);
    } else {
        ::operator delete (data_, std::align_val_t{alignment});
    }
}

}  // namespace tabula
