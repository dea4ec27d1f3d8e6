#pragma once
// Generator<T>: Python's generator function in C++20. A coroutine that `co_yield`s values is
// suspended between items, so a pipeline over ten million items holds one item at a time.
//
//     Generator<std::int64_t> squares(std::int64_t n) {
//         for (std::int64_t x = 0; x < n; ++x) co_yield x * x;
//     }
//     for (auto sq : squares(10)) ...;
//     auto evens = squares(10) | std::views::filter(is_even) | std::views::take(3);
//
// Semantics, close to Python's and to C++23's std::generator:
// - lazy: nothing runs until the first item is asked for;
// - single pass: a Generator is an input range and a move-only view, so it composes with
//   std::views; an lvalue generator is piped with `std::move(g) | ...`. Each `begin()` fetches
//   the next item like Python's `next()`, so ask for it once per loop;
// - an exception thrown in the body reaches the consumer where it asks for the next item
//   (`begin()` or `++it`), and the generator is then finished;
// - destroying the generator early (e.g. `break` out of the loop) destroys the suspended
//   frame and every local in it.
//
// For a value type T the generator owns the current item (the yielded expression is copied or
// moved into it), and `*it` is a `T&` to that item: `for (auto x : g)` copies, and a move-only
// item is taken with `for (auto& x : g) use(std::move(x))`. Handing out an lvalue rather than
// an rvalue keeps `views::filter` with a by-value predicate from moving the item away before
// the next stage sees it. For a reference type (`Generator<const std::string&>`) nothing is
// copied: `*it` refers to the yielded object itself, which lives while the coroutine is
// suspended.
#include <concepts>
#include <coroutine>
#include <cstddef>
#include <exception>
#include <iterator>
#include <memory>
#include <optional>
#include <ranges>
#include <type_traits>
#include <utility>

namespace tabula {

// What a Generator<T> of a value type T can copy or move into its current item.
template <typename U, typename T>
concept StorableAs = !std::is_reference_v<T> && std::constructible_from<T, U>;

template <typename T>
class Generator : public std::ranges::view_base {
  public:
    using value_type = std::remove_cvref_t<T>;
    using reference = std::conditional_t<std::is_reference_v<T>, T, T&>;

    class promise_type;
    class iterator;
    using handle_type = std::coroutine_handle<promise_type>;

    class promise_type {
      public:
        Generator get_return_object() noexcept {
            return Generator(handle_type::from_promise(*this));
        }
        std::suspend_always initial_suspend() const noexcept { return {}; }
        std::suspend_always final_suspend() const noexcept { return {}; }

        template <StorableAs<T> U = T>
        std::suspend_always yield_value(U&& item) {
            item_.emplace(std::forward<U>(item));
            return {};
        }

        // A yielded temporary lives to the end of the co_yield full-expression, which spans
        // the suspension, so its address stays valid until the consumer asks for the next item.
        std::suspend_always yield_value(T item) noexcept requires std::is_reference_v<T> {
            item_ = std::addressof(item);
            return {};
        }

        // A generator produces values; awaiting inside it would hand control to an unrelated
        // scheduler while the consumer expects an item.
        template <typename U>
        std::suspend_never await_transform(U&&) = delete;

        void return_void() const noexcept {}
        void unhandled_exception() noexcept { exception_ = std::current_exception(); }

        reference current() noexcept {
            if constexpr (std::is_reference_v<T>) {
                return static_cast<reference>(*item_);
            } else {
                return *item_;
            }
        }

      private:
        friend class Generator;

        void resume(handle_type handle) {
            handle.resume();
            if (exception_) std::rethrow_exception(std::exchange(exception_, nullptr));
        }

        using Slot = std::conditional_t<std::is_reference_v<T>, std::remove_reference_t<T>*,
                                        std::optional<T>>;
        Slot item_{};
        std::exception_ptr exception_;
    };

    class iterator {
      public:
        using iterator_concept = std::input_iterator_tag;
        using value_type = Generator::value_type;
        using difference_type = std::ptrdiff_t;

        iterator() = default;

        reference operator*() const noexcept { return handle_.promise().current(); }

        iterator& operator++() {
            handle_.promise().resume(handle_);
            return *this;
        }
        void operator++(int) { ++*this; }

        friend bool operator==(const iterator& it, std::default_sentinel_t) noexcept {
            return !it.handle_ || it.handle_.done();
        }

      private:
        friend class Generator;
        explicit iterator(handle_type handle) noexcept : handle_(handle) {}
        handle_type handle_;
    };

    Generator() noexcept = default;
    Generator(Generator&& other) noexcept : handle_(std::exchange(other.handle_, nullptr)) {}
    Generator& operator=(Generator&& other) noexcept {
        if (this != &other) {
            destroy();
            handle_ = std::exchange(other.handle_, nullptr);
        }
        return *this;
    }
    Generator(const Generator&) = delete;
    Generator& operator=(const Generator&) = delete;
    ~Generator() { destroy(); }

    // Fetches the next item, as Python's `next()` does: a second `for` over the same generator
    // continues after the item the first loop stopped at, and a finished generator stays empty.
    iterator begin() {
        if (handle_ && !handle_.done()) handle_.promise().resume(handle_);
        return iterator(handle_);
    }
    std::default_sentinel_t end() const noexcept { return std::default_sentinel; }

  private:
    explicit Generator(handle_type handle) noexcept : handle_(handle) {}

    void destroy() noexcept {
        if (handle_) handle_.destroy();
    }

    handle_type handle_;
};

}  // namespace tabula
