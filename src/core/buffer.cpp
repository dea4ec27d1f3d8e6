#include "tabula/core/buffer.hpp"

#include <sys/mman.h>

#include <cstdint>
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

// A fresh anonymous mapping of `size` bytes (a multiple of huge_page) starting on a 2 MiB
// boundary, so that all of it can be huge pages; the kernel hands it out zeroed.
void* map_huge(std::size_t size) {
    const std::size_t span = size + huge_page;
    void* raw = ::mmap(nullptr, span, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (raw == MAP_FAILED) throw std::bad_alloc();
    const auto start = reinterpret_cast<std::uintptr_t>(raw);
    const std::uintptr_t aligned = (start + huge_page - 1) / huge_page * huge_page;
    if (aligned > start) ::munmap(raw, aligned - start);
    const std::uintptr_t tail = start + span - (aligned + size);
    if (tail > 0) ::munmap(reinterpret_cast<void*>(aligned + size), tail);
    auto* p = reinterpret_cast<void*>(aligned);
    ::madvise(p, size, MADV_HUGEPAGE);  // advice only: the buffer works without huge pages
    return p;
}

}  // namespace

std::shared_ptr<Buffer> Buffer::allocate(std::size_t bytes) {
    const std::size_t size = rounded_size(bytes);
    void* p = size >= huge_threshold ? map_huge(size)
                                     : ::operator new (size, std::align_val_t{alignment});
    return std::shared_ptr<Buffer>(new Buffer(static_cast<std::byte*>(p), bytes));
}

std::shared_ptr<Buffer> Buffer::zeroed(std::size_t bytes) {
    auto buffer = allocate(bytes);
    // A large buffer is a fresh mapping, already zero: writing zeros would only fault its pages
    // in early.
    if (rounded_size(bytes) < huge_threshold) std::memset(buffer->data(), 0, bytes);
    return buffer;
}

Buffer::~Buffer() {
    const std::size_t size = rounded_size(size_);
    if (size >= huge_threshold) {
        ::munmap(data_, size);
    } else {
        ::operator delete (data_, std::align_val_t{alignment});
    }
}

}  // namespace tabula
