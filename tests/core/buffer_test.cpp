#include "tabula/core/buffer.hpp"

#include <gtest/gtest.h>

#include <cstdint>

#include "tabula/core/bitmap.hpp"

namespace tabula {
namespace {

TEST(Buffer, AlignedAndZeroed) {
    auto b = Buffer::zeroed(1000);
    EXPECT_EQ(b->size(), 1000u);
    EXPECT_EQ(reinterpret_cast<std::uintptr_t>(b->data()) % Buffer::alignment, 0u);
    for (std::size_t i = 0; i < b->size(); ++i) ASSERT_EQ(b->as<std::uint8_t>()[i], 0);
    auto empty = Buffer::allocate(0);
    EXPECT_EQ(empty->size(), 0u);
    EXPECT_NE(empty->data(), nullptr);
}

TEST(Bitmap, SetGetCount) {
    Bitmap bm(130, true);
    EXPECT_EQ(bm.count(), 130);
    EXPECT_TRUE(bm.all_valid());
    bm.set(0, false);
    bm.set(64, false);
    bm.set(129, false);
    EXPECT_EQ(bm.null_count(), 3);
    EXPECT_FALSE(bm.get(64));
    EXPECT_TRUE(bm.get(65));
    Bitmap s = bm.slice(63, 3);
    EXPECT_EQ(s.size(), 3);
    EXPECT_TRUE(s.get(0));
    EXPECT_FALSE(s.get(1));
    EXPECT_TRUE(s.get(2));
}

TEST(Bitmap, PushBackAndEquality) {
    Bitmap a;
    for (int i = 0; i < 70; ++i) a.push_back(i % 3 != 0);
    EXPECT_EQ(a.size(), 70);
    EXPECT_EQ(a.null_count(), 24);
    Bitmap b(70, true);
    for (int i = 0; i < 70; i += 3) b.set(i, false);
    EXPECT_EQ(a, b);
    b.set(1, false);
    EXPECT_FALSE(a == b);
}

}  // namespace
}  // namespace tabula
