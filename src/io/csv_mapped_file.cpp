#include "csv_mapped_file.hpp"

#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

#include "tabula/core/error.hpp"

namespace tabula::csv {

namespace {

class Descriptor {
  public:
    explicit Descriptor(int fd) : fd_(fd) {}
    Descriptor(const Descriptor&) = delete;
    Descriptor& operator=(const Descriptor&) = delete;
    ~Descriptor() {
        if (fd_ >= 0) ::close(fd_);
    }
    int get() const noexcept { return fd_; }

  private:
    int fd_;
};

}  // namespace

std::string os_error(int code, const std::string& path) {
    return "[Errno " + std::to_string(code) + "] " + std::strerror(code) + ": '" + path + "'";
}

MappedFile::MappedFile(const std::string& path) {
    const Descriptor fd(::open(path.c_str(), O_RDONLY | O_CLOEXEC));
    if (fd.get() < 0) throw IOError(os_error(errno, path));
    struct stat info {};
    if (::fstat(fd.get(), &info) != 0) throw IOError(os_error(errno, path));
    if (S_ISDIR(info.st_mode)) throw IOError(os_error(EISDIR, path));
    if (S_ISREG(info.st_mode)) {
        size_ = static_cast<std::size_t>(info.st_size);
        if (size_ == 0) return;
        void* p = ::mmap(nullptr, size_, PROT_READ, MAP_PRIVATE, fd.get(), 0);
        if (p == MAP_FAILED) throw IOError(os_error(errno, path));
        ::madvise(p, size_, MADV_SEQUENTIAL);
        data_ = static_cast<const char*>(p);
        mapped_ = true;
        return;
    }
    char block[1 << 16];
    for (;;) {
        const ssize_t got = ::read(fd.get(), block, sizeof block);
        if (got < 0) {
            if (errno == EINTR) continue;
            throw IOError(os_error(errno, path));
        }
        if (got == 0) break;
        copy_.append(block, static_cast<std::size_t>(got));
    }
    data_ = copy_.data();
    size_ = copy_.size();
}

MappedFile::~MappedFile() {
    if (mapped_) ::munmap(const_cast<char*>(data_), size_);
}

}  // namespace tabula::csv
