#pragma once
// Writes a Cairo ARGB32 image as an 8-bit RGBA PNG through libpng (which Cairo's own
// development package brings). Cairo's cairo_surface_write_to_png tries every row filter at
// zlib's default level; the image is most of savefig's time, so this writer filters each row
// once (Sub, which suits flat plot areas) and compresses at a faster level: the same pixels in a
// somewhat larger file, in a quarter of the time.
#include <string>

namespace tabula::plot::detail {

// `data` holds `height` rows of `stride` bytes, each pixel premultiplied ARGB in native endian.
// Returns false when the file cannot be written.
bool write_png_file(const std::string& path, const unsigned char* data, int width, int height,
                    int stride);

}  // namespace tabula::plot::detail
