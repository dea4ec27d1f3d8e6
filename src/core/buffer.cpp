#include "tabula/core/buffer.hpp"

#include <cstring>
#include <new>

namespace tabula {

std::shared_ptr<Buffer> Buffer::allocate(std::size_t bytes) {
    // Round up so that SIMD loops may read a whole last vector without leaving the allocation.
    const std::size_t rounded = (bytes + alignment - 1) / alignment * alignment;
    void* p = ::operator new(rounded == 0 ? alignment : rounded, std::align_val_t{alignment});
    return std::shared_ptr<Buffer>(new Buffer(static_cast<std::byte*>(p), bytes));
}

std::shared_ptr<Buffer> Buffer::zeroed(std::size_t bytes) {
    auto buffer = allocate(bytes);
    std::memset(buffer->data(), 0, bytes);
    return buffer;
}

Buffer::~Buffer() { ::operator delete(data_, std::align_val_t{alignment}); }

}  // namespace tabula
