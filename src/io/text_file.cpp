#include "text_file.hpp"

#include <fmt/format.h>

#include <cerrno>
#include <cstring>

#include "tabula/core/error.hpp"

namespace tabula::io_detail {

namespace {

[[noreturn]] void throw_os_error(int error, const std::string& path) {
    throw IOError(fmt::format("[Errno {}] {}: '{}'", error, std::strerror(error), path));
}

}  // namespace

std::string read_text_file(const std::string& path) {
    std::FILE* file = std::fopen(path.c_str(), "rb");
    if (file == nullptr) throw_os_error(errno, path);
    std::string text;
    char block[1 << 16];
    std::size_t n = 0;
    while ((n = std::fread(block, 1, sizeof block, file)) > 0) text.append(block, n);
    const bool failed = std::ferror(file) != 0;
    const int error = errno;
    std::fclose(file);
    if (failed) throw_os_error(error, path);
    return text;
}

TextFileWriter::TextFileWriter(std::string path) : path_(std::move(path)) {
    file_ = std::fopen(path_.c_str(), "wb");
    if (file_ == nullptr) fail(errno);
}

TextFileWriter::~TextFileWriter() {
    if (file_ != nullptr) std::fclose(file_);
}

void TextFileWriter::write(std::string_view text) {
    if (std::fwrite(text.data(), 1, text.size(), file_) != text.size()) fail(errno);
}

void TextFileWriter::close() {
    std::FILE* file = file_;
    file_ = nullptr;
    if (std::fclose(file) != 0) fail(errno);
}

void TextFileWriter::fail(int error) const {
    throw_os_error(error, path_);
}

}  // namespace tabula::io_detail
