#pragma once
// Whole-file reads and buffered writes with Python's OSError text on failure
// ("[Errno 2] No such file or directory: 'data/x.json'").
#include <cstdio>
#include <string>
#include <string_view>

namespace tabula::io_detail {

// The bytes of the file at `path`; IOError when it cannot be opened or read.
std::string read_text_file(const std::string& path);

// A file opened for writing (truncated); IOError when it cannot be opened, written or closed.
class TextFileWriter {
  public:
    explicit TextFileWriter(std::string path);
    TextFileWriter(const TextFileWriter&) = delete;
    TextFileWriter& operator=(const TextFileWriter&) = delete;
    // Closes without checking when close() was not reached (an exception is on its way).
    ~TextFileWriter();

    void write(std::string_view text);
    void close();

  private:
    [[noreturn]] void fail(int error) const;

    std::string path_;
    std::FILE* file_ = nullptr;
};

}  // namespace tabula::io_detail
