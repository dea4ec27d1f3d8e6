#pragma once
// A 64-byte aligned, immovable block of bytes, shared by the arrays and columns that view it.
#include <cstddef>
#include <memory>

namespace tabula {

class Buffer {
public:
    static constexpr std::size_t alignment = 64;

    // Uninitialised storage of `bytes` bytes (at least one cache line is reserved for 0).
    static std::shared_ptr<Buffer> allocate(std::size_t bytes);
    // Storage of `bytes` bytes, all zero.
    static std::shared_ptr<Buffer> zeroed(std::size_t bytes);

    Buffer(const Buffer&) = delete;
    Buffer& operator=(const Buffer&) = delete;
    ~Buffer();

    std::byte* data() noexcept { return data_; }
    const std::byte* data() const noexcept { return data_; }
    std::size_t size() const noexcept { return size_; }
    template <class T>
    T* as() noexcept {
        return reinterpret_cast<T*>(data_);
    }
    template <class T>
    const T* as() const noexcept {
        return reinterpret_cast<const T*>(data_);
    }

private:
    Buffer(std::byte* data, std::size_t size) noexcept : data_(data), size_(size) {}
    std::byte* data_;
    std::size_t size_;
};

}  // namespace tabula
