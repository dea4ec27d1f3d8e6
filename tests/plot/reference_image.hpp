#pragma once
// Rendering a figure and comparing it with its committed reference PNG, shared by the plot tests.
#include <cairo.h>
#include <gtest/gtest.h>

#include <algorithm>
#include <cstdint>
#include <cstdlib>
#include <filesystem>
#include <memory>
#include <string>
#include <vector>

#include "../support/fixtures.hpp"
#include "tabula/plot/figure.hpp"

namespace tabula::testing {

namespace fs = std::filesystem;

inline fs::path scratch(const std::string& name) {
    const fs::path dir = fs::temp_directory_path() / "tabula_plot_tests";
    fs::create_directories(dir);
    return dir / name;
}

struct Image {
    int width = 0;
    int height = 0;
    std::vector<std::uint32_t> pixels;  // Cairo's ARGB32, premultiplied
};

inline Image load_png(const fs::path& path) {
    const std::unique_ptr<cairo_surface_t, decltype(&cairo_surface_destroy)> surface(
        cairo_image_surface_create_from_png(path.c_str()), cairo_surface_destroy);
    Image image;
    if (cairo_surface_status(surface.get()) != CAIRO_STATUS_SUCCESS) return image;
    cairo_surface_flush(surface.get());
    image.width = cairo_image_surface_get_width(surface.get());
    image.height = cairo_image_surface_get_height(surface.get());
    const int stride = cairo_image_surface_get_stride(surface.get());
    const unsigned char* data = cairo_image_surface_get_data(surface.get());
    for (int y = 0; y < image.height; ++y) {
        const auto* row = reinterpret_cast<const std::uint32_t*>(data + y * stride);
        image.pixels.insert(image.pixels.end(), row, row + image.width);
    }
    return image;
}

inline int channel(std::uint32_t pixel, int shift) {
    return static_cast<int>((pixel >> shift) & 0xff);
}

inline int max_channel_difference(std::uint32_t a, std::uint32_t b) {
    int worst = 0;
    for (const int shift : {0, 8, 16, 24}) {
        worst = std::max(worst, std::abs(channel(a, shift) - channel(b, shift)));
    }
    return worst;
}

// Renders `fig` (at its own dpi) and compares it with tests/fixtures/plot/<name>.png: the same
// size, not blank (ink on a real share of the pixels), and within a small per-pixel tolerance
// that font rasterisers of other versions stay inside. Returns the rendered image for checks of
// its own.
inline Image expect_matches_reference(const tabula::Figure& fig, const std::string& name) {
    const fs::path out = scratch(name + ".png");
    fig.savefig(out.string());
    const std::string reference = fixture_path("plot/" + name + ".png");
    // TABULA_UPDATE_REFERENCES=1 rewrites the reference after a deliberate change of the look.
    if (std::getenv("TABULA_UPDATE_REFERENCES")) {
        fs::copy_file(out, reference, fs::copy_options::overwrite_existing);
    }
    Image actual = load_png(out);
    const Image expected = load_png(reference);
    EXPECT_EQ(expected.width, actual.width) << reference;
    EXPECT_EQ(expected.height, actual.height) << reference;
    if (expected.pixels.size() != actual.pixels.size()) return actual;

    std::size_t ink = 0;
    for (const std::uint32_t p : actual.pixels) ink += (p & 0xffffff) != 0xffffff;
    EXPECT_GT(ink, actual.pixels.size() / 50) << "blank image for " << name;

    std::size_t off = 0;
    for (std::size_t i = 0; i < actual.pixels.size(); ++i) {
        off += max_channel_difference(actual.pixels[i], expected.pixels[i]) > 24;
    }
    EXPECT_LE(off, actual.pixels.size() / 500) << off << " pixels differ from " << reference;
    return actual;
}

}  // namespace tabula::testing
