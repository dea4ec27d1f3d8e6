// read_csv and read_csv_string: the whole input in memory (a mapped file), tokenised and parsed
// in parallel.
#include <string>
#include <vector>

#include "csv_body.hpp"
#include "csv_columns.hpp"
#include "csv_header.hpp"
#include "csv_mapped_file.hpp"
#include "tabula/io/csv.hpp"

namespace tabula {

namespace {

// pandas skips a UTF-8 byte-order mark whether the encoding says "utf-8" or "utf-8-sig".
std::string_view without_bom(std::string_view text) {
    return text.starts_with("\xEF\xBB\xBF") ? text.substr(3) : text;
}

DataFrame read_text(std::string name, std::string_view text, const csv::Dialect& dialect,
                    const ReadCsvOptions& options, CsvReadReport* report) {
    const csv::Source source{std::move(name), without_bom(text), 1};
    const csv::Layout layout = csv::read_layout(source, dialect, options);
    const auto ncols = static_cast<std::int64_t>(layout.names.size());
    const std::vector<csv::ColumnSpec> specs = csv::column_specs(layout, options);
    const std::vector<csv::TokenizedRows> pieces =
        csv::tokenize_body(source, dialect, ncols, layout.body_begin, options.nrows.value_or(-1));

    std::vector<const csv::TokenizedRows*> views;
    std::vector<csv::RowBlock> blocks;
    std::int64_t rows = 0;
    for (const csv::TokenizedRows& piece : pieces) {
        views.push_back(&piece);
        csv::append_blocks(piece, source.text, ncols, csv::block_rows, rows, blocks);
    }
    csv::report_skipped(source, dialect, views, ncols, report);
    std::vector<Column> columns = csv::build_columns(source, dialect, ncols, specs, blocks);
    std::vector<std::string> names;
    for (const csv::ColumnSpec& spec : specs) names.push_back(spec.name);
    return DataFrame(std::move(names), std::move(columns));
}

}  // namespace

DataFrame read_csv(const std::string& path, const ReadCsvOptions& options, CsvReadReport* report) {
    // Options are checked before the file is opened, as pandas does.
    const csv::Dialect dialect = csv::make_dialect(options);
    const csv::MappedFile file(path);
    return read_text(path, file.text(), dialect, options, report);
}

DataFrame read_csv_string(std::string_view text, const ReadCsvOptions& options,
                          CsvReadReport* report) {
    return read_text("<string>", text, csv::make_dialect(options), options, report);
}

}  // namespace tabula
