#include "tabula/array/npy.hpp"

#include <gtest/gtest.h>
#include <unistd.h>

#include <cmath>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <limits>
#include <sstream>
#include <string>
#include <vector>

#include "../support/arrays.hpp"
#include "../support/fixtures.hpp"
#include "tabula/core/error.hpp"

namespace tabula {
namespace {

using testing::expect_identical;

// The files under tests/fixtures/array/npy/ were written by npy.py with NumPy 1.24; each array
// below rebuilds the closed form that script documents.
std::filesystem::path fixture(const std::string& name) {
    return testing::fixture_path("array/npy/" + name);
}

std::string file_bytes(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

class NpyFiles : public ::testing::Test {
  protected:
    void SetUp() override {
        dir_ = std::filesystem::temp_directory_path() /
               ("tabula_npy_test_" + std::to_string(::getpid()));
        std::filesystem::create_directories(dir_);
    }
    void TearDown() override { std::filesystem::remove_all(dir_); }

    // Saves `a` and returns the bytes written.
    template <ArrayElement E>
    std::string saved_bytes(const NDArray<E>& a) {
        const std::filesystem::path path = dir_ / "out.npy";
        save_npy(path, a);
        return file_bytes(path);
    }

    std::filesystem::path dir_;
};

NDArray<bool> bool_1d() {
    return NDArray<bool>{true, false, true, true, false};
}
NDArray<std::int32_t> int32_2d() {
    return NDArray<std::int32_t>{{-2, -1, 0}, {1, 2, 3}};
}
NDArray<std::int64_t> int64_3d() {
    std::vector<std::int64_t> v;
    for (std::int64_t i = 0; i < 24; ++i) v.push_back(i * 1000000007 - 5);
    return NDArray<std::int64_t>(v, {2, 3, 4});
}
NDArray<float> float32_2d() {
    std::vector<float> v;
    for (int i = 0; i < 12; ++i) v.push_back(static_cast<float>(i) / 4 - 1);
    return NDArray<float>(v, {3, 4});
}
NDArray<double> thirds() {
    std::vector<double> v;
    for (int i = 0; i < 12; ++i) v.push_back(static_cast<double>(i) / 3);
    return NDArray<double>(v, {3, 4});
}
NDArray<double> float64_2d() {
    NDArray<double> a = thirds();
    a(0, 1) = std::numeric_limits<double>::quiet_NaN();
    a(1, 2) = std::numeric_limits<double>::infinity();
    a(2, 3) = -0.0;
    return a;
}

template <class Fn>
void expect_error(Fn fn, const std::string& python_name, const std::string& message) {
    try {
        fn();
        FAIL() << "no exception; expected: " << message;
    } catch (const Error& e) {
        EXPECT_STREQ(e.python_name(), python_name.c_str());
        EXPECT_EQ(std::string(e.what()), message);
    }
}

TEST(Npy, LoadsNumPysFiles) {
    expect_identical(load_npy<bool>(fixture("bool_1d.npy")), bool_1d());
    expect_identical(load_npy<std::int32_t>(fixture("int32_2d.npy")), int32_2d());
    expect_identical(load_npy<std::int64_t>(fixture("int64_3d.npy")), int64_3d());
    expect_identical(load_npy<float>(fixture("float32_2d.npy")), float32_2d());
    expect_identical(load_npy<double>(fixture("float64_2d.npy")), float64_2d());
    const NDArray<double> zero_d = load_npy<double>(fixture("float64_0d.npy"));
    EXPECT_EQ(zero_d.ndim(), 0);
    EXPECT_EQ(zero_d.item(), 3.5);
    EXPECT_EQ(load_npy<double>(fixture("float64_empty.npy")).shape(), (Shape{0}));
    EXPECT_EQ(load_npy<std::int64_t>(fixture("int64_empty_2d.npy")).shape(), (Shape{2, 0}));
    const NDArray<std::int64_t> many = load_npy<std::int64_t>(fixture("int64_many_dims.npy"));
    EXPECT_EQ(many.shape(), Shape(32, 1));
    EXPECT_EQ(many.item(), 7);
}

TEST(Npy, LoadsFortranOrderVersionsAndBigEndian) {
    const NDArray<double> fortran = load_npy<double>(fixture("float64_fortran.npy"));
    expect_identical(fortran, thirds());
    EXPECT_TRUE(fortran.is_contiguous());
    expect_identical(load_npy<double>(fixture("float64_v2.npy")), thirds());
    expect_identical(load_npy<double>(fixture("float64_v3.npy")), thirds());
    expect_identical(load_npy<double>(fixture("float64_big_endian.npy")), thirds());
    expect_identical(load_npy<std::int32_t>(fixture("int32_big_endian.npy")),
                     NDArray<std::int32_t>{-2, -1, 0, 1, 2});
}

TEST(Npy, LoadAnyPicksTheFilesType) {
    const AnyNDArray any = load_npy_any(fixture("int32_2d.npy"));
    ASSERT_TRUE(std::holds_alternative<NDArray<std::int32_t>>(any));
    expect_identical(std::get<NDArray<std::int32_t>>(any), int32_2d());
    EXPECT_TRUE(std::holds_alternative<NDArray<bool>>(load_npy_any(fixture("bool_1d.npy"))));
    EXPECT_TRUE(std::holds_alternative<NDArray<float>>(load_npy_any(fixture("float32_2d.npy"))));
}

TEST_F(NpyFiles, SavesTheBytesNumPySaves) {
    EXPECT_EQ(saved_bytes(bool_1d()), file_bytes(fixture("bool_1d.npy")));
    EXPECT_EQ(saved_bytes(int32_2d()), file_bytes(fixture("int32_2d.npy")));
    EXPECT_EQ(saved_bytes(int64_3d()), file_bytes(fixture("int64_3d.npy")));
    EXPECT_EQ(saved_bytes(float32_2d()), file_bytes(fixture("float32_2d.npy")));
    EXPECT_EQ(saved_bytes(float64_2d()), file_bytes(fixture("float64_2d.npy")));
    EXPECT_EQ(saved_bytes(NDArray<double>::scalar(3.5)), file_bytes(fixture("float64_0d.npy")));
    EXPECT_EQ(saved_bytes(NDArray<double>::zeros({0})), file_bytes(fixture("float64_empty.npy")));
    EXPECT_EQ(saved_bytes(NDArray<std::int64_t>::zeros({2, 0})),
              file_bytes(fixture("int64_empty_2d.npy")));
    EXPECT_EQ(saved_bytes(NDArray<std::int64_t>::full(Shape(32, 1), 7)),
              file_bytes(fixture("int64_many_dims.npy")));
    // A transposed C array is Fortran-contiguous: NumPy writes it as is, flagged fortran_order.
    EXPECT_EQ(saved_bytes(thirds().T().copy().T()), file_bytes(fixture("float64_fortran.npy")));
}

TEST_F(NpyFiles, RoundTripsViewsAndStreams) {
    const NDArray<std::int64_t> a = int64_3d();
    const NDArray<std::int64_t> strided = a(Slice{}, Slice{0, std::nullopt, 2}, Slice{1, 3});
    save_npy(dir_ / "strided.npy", strided);
    expect_identical(load_npy<std::int64_t>(dir_ / "strided.npy"), strided.copy());
    const NDArray<std::int64_t> transposed = a.transpose({2, 0, 1});
    save_npy(dir_ / "transposed.npy", transposed);
    expect_identical(load_npy<std::int64_t>(dir_ / "transposed.npy"), transposed.copy());
    std::stringstream stream;
    save_npy(stream, float64_2d());
    expect_identical(load_npy<double>(stream), float64_2d());
}

TEST(Npy, RefusesOtherDtypes) {
    expect_error([] { load_npy<double>(fixture("int32_2d.npy")); }, "TypeError",
                 "the .npy file holds int32 ('<i4'), not float64: load it with load_npy<int32> "
                 "or load_npy_any");
    expect_error([] { load_npy_any(fixture("uint8.npy")); }, "TypeError",
                 "cannot load a .npy array of dtype '|u1': tabula's arrays hold bool, int32, "
                 "int64, float32 or float64");
    expect_error([] { load_npy<double>(fixture("complex128.npy")); }, "TypeError",
                 "cannot load a .npy array of dtype '<c16': tabula's arrays hold bool, int32, "
                 "int64, float32 or float64");
    expect_error([] { load_npy_any(fixture("object.npy")); }, "ValueError",
                 "Object arrays cannot be loaded when allow_pickle=False");
}

TEST(Npy, RefusesMalformedFilesWithNumPysMessages) {
    auto load = [](const char* name) { return [name] { load_npy<double>(fixture(name)); }; };
    expect_error(load("bad_magic.npy"), "ValueError",
                 "the magic string is not correct; expected b'\\x93NUMPY', got "
                 "b'\\x93NUMPZ'");
    expect_error(load("bad_version.npy"), "ValueError",
                 "we only support format version (1,0), (2,0), and (3,0), not (4, 0)");
    expect_error(load("short_magic.npy"), "ValueError",
                 "EOF: reading magic string, expected 8 bytes got 3");
    expect_error(load("short_length.npy"), "ValueError",
                 "EOF: reading array header length, expected 2 bytes got 1");
    expect_error(load("short_header.npy"), "ValueError",
                 "EOF: reading array header, expected 118 bytes got 30");
    expect_error(load("truncated_data.npy"), "ValueError",
                 "EOF: reading array data, expected 96 bytes got 40");
    expect_error(load("not_a_dict.npy"), "ValueError", "Header is not a dictionary: [1, 2, 3]");
    expect_error(load("missing_key.npy"), "ValueError",
                 "Header does not contain the correct keys: ['descr', 'shape']");
    expect_error(load("bad_shape.npy"), "ValueError", "shape is not valid: (3, 'a')");
    expect_error(load("bad_fortran.npy"), "ValueError", "fortran_order is not a valid bool: 1");
    expect_error(load("bad_descr.npy"), "ValueError",
                 "descr is not a valid dtype descriptor: '<x9'");
    expect_error(load("negative_dim.npy"), "ValueError", "negative dimensions are not allowed");
    EXPECT_THROW(load("unparsable.npy")(), ValueError);
    EXPECT_THROW(load("oversized_header.npy")(), ValueError);
}

TEST(Npy, HostileHeadersFailFastWithoutAllocating) {
    // 10**12 float64 elements claimed in a file of about 100 bytes.
    expect_error([] { load_npy<double>(fixture("huge_shape.npy")); }, "ValueError",
                 "EOF: reading array data, expected 8000000000000 bytes got 40");
    expect_error([] { load_npy<double>(fixture("huge_header_length.npy")); }, "ValueError",
                 "EOF: reading array header, expected 4294967295 bytes got 0");
    expect_error([] { load_npy<double>(fixture("overflow_shape.npy")); }, "ValueError",
                 "array is too big: shape (4294967296, 4294967296, 16)");
    expect_error([] { load_npy<double>(std::filesystem::path("/nonexistent/x.npy")); }, "IOError",
                 "[Errno 2] No such file or directory: '/nonexistent/x.npy'");
}

}  // namespace
}  // namespace tabula
