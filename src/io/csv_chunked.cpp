// read_csv_chunked: pandas' chunksize. The file is read in blocks into one buffer that holds the
// current chunk's rows and the unfinished record after them; once a chunk's rows are parsed
// into columns, its bytes are dropped and the rest moves to the front. Memory stays about one
// chunk of text, however large the file.
#include <fcntl.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <memory>
#include <string>
#include <vector>

#include "csv_body.hpp"
#include "csv_columns.hpp"
#include "csv_header.hpp"
#include "csv_mapped_file.hpp"
#include "tabula/core/error.hpp"
#include "tabula/io/csv.hpp"

namespace tabula {

namespace {

constexpr std::size_t read_block = std::size_t{1} << 20;

class ChunkReader {
  public:
    ChunkReader(std::string path, std::int64_t chunksize, ReadCsvOptions options)
        : path_(std::move(path)),
          chunksize_(chunksize),
          options_(std::move(options)),
          dialect_(csv::make_dialect(options_)) {
        fd_ = ::open(path_.c_str(), O_RDONLY | O_CLOEXEC);
        if (fd_ < 0) throw IOError(csv::os_error(errno, path_));
    }
    ChunkReader(const ChunkReader&) = delete;
    ChunkReader& operator=(const ChunkReader&) = delete;
    ~ChunkReader() {
        if (fd_ >= 0) ::close(fd_);
    }

    // Reads up to the first data record: the names, or the error for a file without columns.
    void read_header();
    // The next frame, or false at the end of the file.
    bool next(DataFrame& frame);

  private:
    csv::Source source() const {
        return csv::Source{path_, std::string_view(buffer_.data(), buffer_.size()), first_line_};
    }
    // Appends at least `bytes` more of the file (fewer at its end).
    void fill(std::size_t bytes);
    // Drops buffer bytes before `end`, counting the lines they held.
    void consume(std::int64_t end);

    std::string path_;
    std::int64_t chunksize_;
    ReadCsvOptions options_;
    csv::Dialect dialect_;
    int fd_ = -1;
    std::string buffer_;
    bool eof_ = false;
    std::int64_t first_line_ = 1;
    std::int64_t emitted_ = 0;
    std::size_t last_chunk_bytes_ = 0;
    csv::Layout layout_;
    std::vector<csv::ColumnSpec> specs_;
};

void ChunkReader::fill(std::size_t bytes) {
    const std::size_t start = buffer_.size();
    buffer_.resize(start + bytes);
    std::size_t got = 0;
    while (got < bytes) {
        const ssize_t n = ::read(fd_, buffer_.data() + start + got, bytes - got);
        if (n < 0) {
            if (errno == EINTR) continue;
            buffer_.resize(start + got);
            throw IOError(csv::os_error(errno, path_));
        }
        if (n == 0) {
            eof_ = true;
            break;
        }
        got += static_cast<std::size_t>(n);
    }
    buffer_.resize(start + got);
}

void ChunkReader::read_header() {
    fill(read_block);
    if (std::string_view(buffer_).starts_with("\xEF\xBB\xBF")) buffer_.erase(0, 3);
    for (;;) {
        try {
            layout_ = csv::read_layout(source(), dialect_, options_);
            const auto end = static_cast<std::size_t>(layout_.read_end);
            // The header is complete when a line end closed it before the buffer's end.
            if (eof_ || (end > 0 && end < buffer_.size() &&
                         (buffer_[end - 1] == '\n' ||
                          (buffer_[end - 1] == '\r' && buffer_[end] != '\n')))) {
                break;
            }
        } catch (const ValueError&) {
            if (eof_) throw;
        }
        fill(std::max(read_block, buffer_.size()));
    }
    specs_ = csv::column_specs(layout_, options_);
    consume(layout_.body_begin);
}

void ChunkReader::consume(std::int64_t end) {
    const auto n = static_cast<std::size_t>(end);
    const char* b = buffer_.data();
    first_line_ += std::count(b, b + n, '\n');
    // A lone '\r' ends a line too; "\r\n" was counted at its '\n'.
    for (const char* r = b; (r = static_cast<const char*>(std::memchr(r, '\r', n - (r - b))));) {
        ++r;
        if (r == b + buffer_.size() || *r != '\n') ++first_line_;
    }
    buffer_.erase(0, n);
}

bool ChunkReader::next(DataFrame& frame) {
    std::int64_t want = chunksize_;
    if (options_.nrows) want = std::min(want, *options_.nrows - emitted_);
    if (want <= 0) return false;
    const auto ncols = static_cast<std::int64_t>(layout_.names.size());
    // A chunk is usually as long as the one before: reading that much up front saves
    // re-tokenising a growing buffer.
    if (!eof_ && buffer_.size() < last_chunk_bytes_ + read_block) {
        fill(last_chunk_bytes_ + read_block - buffer_.size());
    }
    csv::TokenizedRows piece;
    for (;;) {
        const auto size = static_cast<std::int64_t>(buffer_.size());
        csv::tokenize(buffer_.data(), dialect_, ncols,
                      csv::TokenizeLimits{0, size, size, want, eof_}, piece);
        if (piece.error) csv::throw_issue(source(), *piece.error, ncols);
        if (piece.rows == want || !piece.needs_more) break;
        // Growing by the buffer's size keeps re-tokenising a long chunk linear overall.
        fill(std::max(read_block, buffer_.size()));
    }
    csv::report_skipped(source(), dialect_, {&piece}, ncols, nullptr);
    if (piece.rows == 0) {
        consume(piece.end);
        return false;
    }
    std::vector<csv::RowBlock> blocks;
    std::int64_t rows = 0;
    csv::append_blocks(piece, buffer_, ncols, csv::block_rows, rows, blocks);
    std::vector<Column> columns = csv::build_columns(source(), dialect_, ncols, specs_, blocks);
    std::vector<std::string> names;
    for (const csv::ColumnSpec& spec : specs_) names.push_back(spec.name);
    frame =
        DataFrame(std::move(names), std::move(columns), Index::range(emitted_, emitted_ + rows));
    emitted_ += rows;
    last_chunk_bytes_ = static_cast<std::size_t>(piece.end);
    consume(piece.end);
    return true;
}

Generator<DataFrame> frames(std::unique_ptr<ChunkReader> reader) {
    DataFrame frame;
    while (reader->next(frame)) co_yield std::move(frame);
}

}  // namespace

Generator<DataFrame> read_csv_chunked(std::string path, std::int64_t chunksize,
                                      ReadCsvOptions options) {
    // Checked here, not at the first item, so that a bad call fails where it is made, as
    // pandas' read_csv(chunksize=...) does.
    if (chunksize < 1) throw ValueError("'chunksize' must be an integer >=1");
    auto reader = std::make_unique<ChunkReader>(std::move(path), chunksize, std::move(options));
    reader->read_header();
    return frames(std::move(reader));
}

}  // namespace tabula
