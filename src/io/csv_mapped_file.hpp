#pragma once
// A whole file as bytes in memory: mapped when it is a regular file (nothing is copied and the
// kernel reads ahead), read into memory otherwise (pipes, character devices).
#include <cstddef>
#include <string>
#include <string_view>

namespace tabula::csv {

class MappedFile {
  public:
    // IOError with Python's wording ("[Errno 2] No such file or directory: 'x.csv'").
    explicit MappedFile(const std::string& path);
    MappedFile(const MappedFile&) = delete;
    MappedFile& operator=(const MappedFile&) = delete;
    ~MappedFile();

    std::string_view text() const noexcept { return {data_, size_}; }

  private:
    const char* data_ = nullptr;
    std::size_t size_ = 0;
    bool mapped_ = false;
    std::string copy_;
};

// Python's OSError text for errno `code` on `path`.
std::string os_error(int code, const std::string& path);

}  // namespace tabula::csv
