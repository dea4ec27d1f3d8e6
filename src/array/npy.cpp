// .npy writing and reading, following numpy/lib/format.py (NumPy 1.24) byte for byte on the
// writing side and message for message on the reading side.
#include "tabula/array/npy.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <bit>
#include <cerrno>
#include <cstring>
#include <fstream>
#include <istream>
#include <map>
#include <optional>
#include <ostream>
#include <string>
#include <vector>

#include "tabula/core/error.hpp"

namespace tabula {

static_assert(std::endian::native == std::endian::little,
              ".npy I/O assumes a little-endian host, as the descriptors it writes say");

namespace {

constexpr std::string_view magic_prefix = "\x93NUMPY";
constexpr std::size_t array_align = 64;
// format.py leaves room for the growth axis to reach this many digits.
constexpr std::size_t growth_axis_max_digits = 21;
constexpr std::size_t max_header_size = 10000;

template <ArrayElement E>
constexpr std::string_view descr_of() {
    if constexpr (std::is_same_v<E, bool>) return "|b1";
    if constexpr (std::is_same_v<E, std::int32_t>) return "<i4";
    if constexpr (std::is_same_v<E, std::int64_t>) return "<i8";
    if constexpr (std::is_same_v<E, float>) return "<f4";
    if constexpr (std::is_same_v<E, double>) return "<f8";
}

// Python's repr of a tuple of ints: "()", "(3,)", "(3, 4)".
std::string shape_repr(const Shape& shape) {
    if (shape.size() == 1) return fmt::format("({},)", shape[0]);
    return fmt::format("({})", fmt::join(shape, ", "));
}

// format.py's _write_array_header and _wrap_header with the version guessed (1.0, else 2.0).
std::string npy_header(std::string_view descr, bool fortran_order, const Shape& shape) {
    std::string header = fmt::format("{{'descr': '{}', 'fortran_order': {}, 'shape': {}, }}", descr,
                                     fortran_order ? "True" : "False", shape_repr(shape));
    if (!shape.empty()) {
        const std::int64_t growth = fortran_order ? shape.back() : shape.front();
        header.append(growth_axis_max_digits - std::to_string(growth).size(), ' ');
    }
    const std::size_t hlen = header.size() + 1;
    for (int major : {1, 2}) {
        const std::size_t length_bytes = major == 1 ? 2 : 4;
        const std::size_t padlen =
            array_align - (magic_prefix.size() + 2 + length_bytes + hlen) % array_align;
        const std::size_t stored = hlen + padlen;
        if (major == 1 && stored > 0xFFFF) continue;
        std::string out(magic_prefix);
        out.push_back(static_cast<char>(major));
        out.push_back('\0');
        for (std::size_t i = 0; i < length_bytes; ++i) {
            out.push_back(static_cast<char>((stored >> (8 * i)) & 0xFF));
        }
        out += header;
        out.append(padlen, ' ');
        out.push_back('\n');
        return out;
    }
    throw ValueError(fmt::format("Header length {} too big for version=(2, 0)", hlen));
}

// Python's repr of bytes (b'...') or of a str (quoted, non-printables escaped).
std::string py_repr(std::string_view text, bool as_bytes) {
    const bool has_single = text.find('\'') != std::string_view::npos;
    const bool has_double = text.find('"') != std::string_view::npos;
    const char quote = has_single && !has_double ? '"' : '\'';
    std::string out = as_bytes ? "b" : "";
    out.push_back(quote);
    for (char ch : text) {
        const auto c = static_cast<unsigned char>(ch);
        if (c == '\\' || c == static_cast<unsigned char>(quote)) {
            out.push_back('\\');
            out.push_back(ch);
        } else if (c == '\n') {
            out += "\\n";
        } else if (c == '\r') {
            out += "\\r";
        } else if (c == '\t') {
            out += "\\t";
        } else if (c < 0x20 || c >= 0x7F) {
            out += fmt::format("\\x{:02x}", c);
        } else {
            out.push_back(ch);
        }
    }
    out.push_back(quote);
    return out;
}

// Bytes left in the stream, when it can tell (files and string streams can).
std::optional<std::uint64_t> remaining_bytes(std::istream& in) {
    const auto here = in.tellg();
    if (here < 0) return std::nullopt;
    in.seekg(0, std::ios::end);
    const auto end = in.tellg();
    in.seekg(here);
    if (end < here || !in) {
        in.clear();
        in.seekg(here);
        return std::nullopt;
    }
    return static_cast<std::uint64_t>(end - here);
}

[[noreturn]] void throw_eof(std::string_view what, std::uint64_t expected, std::uint64_t got) {
    throw ValueError(fmt::format("EOF: reading {}, expected {} bytes got {}", what, expected, got));
}

// Reads `size` bytes, failing with format.py's _read_bytes message. Nothing of that size is
// allocated before the stream is known to hold it: a stream that can tell its length is asked
// first, one that cannot is read in 1 MiB steps.
std::string read_bytes(std::istream& in, std::uint64_t size, std::string_view what) {
    const auto left = remaining_bytes(in);
    if (left && *left < size) throw_eof(what, size, *left);
    constexpr std::uint64_t step = std::uint64_t{1} << 20;
    std::string out;
    while (out.size() < size) {
        const std::uint64_t chunk = left ? size : std::min(step, size - out.size());
        const std::size_t old = out.size();
        out.resize(old + chunk);
        in.read(out.data() + old, static_cast<std::streamsize>(chunk));
        out.resize(old + static_cast<std::size_t>(in.gcount()));
        if (out.size() < old + chunk) throw_eof(what, size, out.size());
    }
    return out;
}

// A value of the Python literal subset .npy headers use.
struct PyValue {
    enum class Kind { Str, Int, Bool, None, Tuple, List, Dict, Other } kind = Kind::None;
    std::string text;  // Str: the string; Other: the source token
    std::int64_t integer = 0;
    bool boolean = false;
    std::vector<PyValue> items;                        // Tuple, List
    std::vector<std::pair<PyValue, PyValue>> entries;  // Dict

    std::string repr() const {
        switch (kind) {
            case Kind::Str:
                return py_repr(text, false);
            case Kind::Int:
                return std::to_string(integer);
            case Kind::Bool:
                return boolean ? "True" : "False";
            case Kind::None:
                return "None";
            case Kind::Other:
                return text;
            case Kind::Tuple:
            case Kind::List: {
                std::vector<std::string> parts;
                for (const PyValue& v : items) parts.push_back(v.repr());
                if (kind == Kind::Tuple && parts.size() == 1) return "(" + parts[0] + ",)";
                const bool tuple = kind == Kind::Tuple;
                return fmt::format("{}{}{}", tuple ? "(" : "[", fmt::join(parts, ", "),
                                   tuple ? ")" : "]");
            }
            case Kind::Dict: {
                std::vector<std::string> parts;
                for (const auto& [k, v] : entries) parts.push_back(k.repr() + ": " + v.repr());
                return fmt::format("{{{}}}", fmt::join(parts, ", "));
            }
        }
        return text;
    }
};

struct HeaderSyntaxError {};

// Recursive-descent parser for the header's dict literal; nesting depth is bounded so a hostile
// header cannot exhaust the stack.
class LiteralParser {
  public:
    explicit LiteralParser(std::string_view s, bool allow_long_suffix)
        : s_(s), allow_long_suffix_(allow_long_suffix) {}

    PyValue parse() {
        PyValue v = value(0);
        skip_space();
        if (pos_ != s_.size()) throw HeaderSyntaxError{};
        return v;
    }

  private:
    void skip_space() {
        while (pos_ < s_.size() &&
               (s_[pos_] == ' ' || s_[pos_] == '\t' || s_[pos_] == '\n' || s_[pos_] == '\r')) {
            ++pos_;
        }
    }
    bool eat(char c) {
        skip_space();
        if (pos_ < s_.size() && s_[pos_] == c) {
            ++pos_;
            return true;
        }
        return false;
    }
    PyValue value(int depth) {
        if (depth > 32) throw HeaderSyntaxError{};
        skip_space();
        if (pos_ >= s_.size()) throw HeaderSyntaxError{};
        const char c = s_[pos_];
        if (c == '{') return dict(depth);
        if (c == '(' || c == '[') return sequence(depth, c == '(' ? ')' : ']');
        if (c == '\'' || c == '"') return string();
        if (c == '-' || c == '+' || (c >= '0' && c <= '9')) return number();
        return name();
    }
    PyValue dict(int depth) {
        ++pos_;
        PyValue d;
        d.kind = PyValue::Kind::Dict;
        while (!eat('}')) {
            PyValue key = value(depth + 1);
            if (!eat(':')) throw HeaderSyntaxError{};
            PyValue v = value(depth + 1);
            d.entries.emplace_back(std::move(key), std::move(v));
            if (!eat(',')) {
                if (!eat('}')) throw HeaderSyntaxError{};
                break;
            }
        }
        return d;
    }
    PyValue sequence(int depth, char close) {
        ++pos_;
        PyValue t;
        t.kind = close == ')' ? PyValue::Kind::Tuple : PyValue::Kind::List;
        bool saw_comma = false;
        while (!eat(close)) {
            t.items.push_back(value(depth + 1));
            saw_comma = eat(',');
            if (!saw_comma) {
                if (!eat(close)) throw HeaderSyntaxError{};
                break;
            }
        }
        // "(3)" is just 3 in Python, not a tuple.
        if (close == ')' && t.items.size() == 1 && !saw_comma) return t.items[0];
        return t;
    }
    PyValue string() {
        const char quote = s_[pos_++];
        PyValue v;
        v.kind = PyValue::Kind::Str;
        while (pos_ < s_.size() && s_[pos_] != quote) {
            if (s_[pos_] == '\n') throw HeaderSyntaxError{};
            if (s_[pos_] == '\\') {
                if (++pos_ >= s_.size()) throw HeaderSyntaxError{};
            }
            v.text.push_back(s_[pos_++]);
        }
        if (pos_ >= s_.size()) throw HeaderSyntaxError{};
        ++pos_;
        return v;
    }
    PyValue number() {
        const std::size_t start = pos_;
        if (s_[pos_] == '-' || s_[pos_] == '+') ++pos_;
        const std::size_t digits = pos_;
        while (pos_ < s_.size() &&
               (std::isalnum(static_cast<unsigned char>(s_[pos_])) || s_[pos_] == '.')) {
            ++pos_;
        }
        std::string_view token = s_.substr(digits, pos_ - digits);
        if (allow_long_suffix_ && !token.empty() && (token.back() == 'L' || token.back() == 'l')) {
            token.remove_suffix(1);
        }
        PyValue v;
        if (token.empty()) throw HeaderSyntaxError{};
        const bool all_digits =
            std::all_of(token.begin(), token.end(), [](char c) { return c >= '0' && c <= '9'; });
        if (!all_digits) {
            // Floats and other numerals: never valid in a header's fields, kept for messages.
            v.kind = PyValue::Kind::Other;
            v.text = std::string(s_.substr(start, pos_ - start));
            return v;
        }
        v.kind = PyValue::Kind::Int;
        const bool negative = s_[start] == '-';
        std::uint64_t magnitude = 0;
        for (char c : token) {
            if (magnitude > (std::uint64_t{1} << 62)) {
                // Far beyond any real shape; keep the text for the message.
                v.kind = PyValue::Kind::Other;
                v.text = std::string(s_.substr(start, pos_ - start));
                return v;
            }
            magnitude = magnitude * 10 + static_cast<std::uint64_t>(c - '0');
        }
        if (magnitude > static_cast<std::uint64_t>(INT64_MAX)) {
            v.kind = PyValue::Kind::Other;
            v.text = std::string(s_.substr(start, pos_ - start));
            return v;
        }
        v.integer =
            negative ? -static_cast<std::int64_t>(magnitude) : static_cast<std::int64_t>(magnitude);
        return v;
    }
    PyValue name() {
        const std::size_t start = pos_;
        while (pos_ < s_.size() &&
               (std::isalnum(static_cast<unsigned char>(s_[pos_])) || s_[pos_] == '_')) {
            ++pos_;
        }
        const std::string_view word = s_.substr(start, pos_ - start);
        PyValue v;
        if (word == "True" || word == "False") {
            v.kind = PyValue::Kind::Bool;
            v.boolean = word == "True";
        } else if (word == "None") {
            v.kind = PyValue::Kind::None;
        } else {
            throw HeaderSyntaxError{};
        }
        return v;
    }

    std::string_view s_;
    bool allow_long_suffix_;
    std::size_t pos_ = 0;
};

// What a header's descr names.
struct Descr {
    std::optional<DType> dtype;  // one of the five, else unsupported
    bool swap = false;           // big-endian data
    bool object = false;
    std::string text;
};

Descr parse_descr(const PyValue& value) {
    if (value.kind == PyValue::Kind::List) {
        // A structured dtype: valid in NumPy, but not an NDArray element type.
        return Descr{std::nullopt, false, false, value.repr()};
    }
    if (value.kind != PyValue::Kind::Str) {
        throw ValueError(fmt::format("descr is not a valid dtype descriptor: {}", value.repr()));
    }
    const std::string& s = value.text;
    Descr d{std::nullopt, false, false, py_repr(s, false)};
    std::size_t i = 0;
    char order = '=';
    if (!s.empty() && std::string_view("<>|=").find(s[0]) != std::string_view::npos) {
        order = s[0];
        i = 1;
    }
    if (i >= s.size())
        throw ValueError(
            fmt::format("descr is not a valid dtype descriptor: {}", py_repr(s, false)));
    const char kind = s[i];
    const std::string size = s.substr(i + 1);
    const bool digits =
        std::all_of(size.begin(), size.end(), [](char c) { return c >= '0' && c <= '9'; });
    const bool unit =
        size.size() > 2 && size.front() == '8' && size[1] == '[' && size.back() == ']';
    if (std::string_view("biufcmMOSUVa?").find(kind) == std::string_view::npos ||
        (!digits && !unit)) {
        throw ValueError(
            fmt::format("descr is not a valid dtype descriptor: {}", py_repr(s, false)));
    }
    d.object = kind == 'O';
    d.swap = order == '>';
    if ((kind == 'b' && size == "1") || (kind == '?' && size.empty())) d.dtype = DType::Bool;
    if (kind == 'i' && size == "4") d.dtype = DType::Int32;
    if (kind == 'i' && size == "8") d.dtype = DType::Int64;
    if (kind == 'f' && size == "4") d.dtype = DType::Float32;
    if (kind == 'f' && size == "8") d.dtype = DType::Float64;
    return d;
}

struct Header {
    Descr descr;
    bool fortran_order = false;
    Shape shape;
};

std::size_t utf8_length(std::string_view s) {
    return static_cast<std::size_t>(std::count_if(
        s.begin(), s.end(), [](char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; }));
}

// format.py's read_magic, _check_version and _read_array_header.
Header read_header(std::istream& in) {
    const std::string magic = read_bytes(in, 8, "magic string");
    if (std::string_view(magic).substr(0, 6) != magic_prefix) {
        throw ValueError(fmt::format("the magic string is not correct; expected {}, got {}",
                                     py_repr(magic_prefix, true),
                                     py_repr(std::string_view(magic).substr(0, 6), true)));
    }
    const int major = static_cast<unsigned char>(magic[6]);
    const int minor = static_cast<unsigned char>(magic[7]);
    if (minor != 0 || major < 1 || major > 3) {
        throw ValueError(fmt::format(
            "we only support format version (1,0), (2,0), and (3,0), not ({}, {})", major, minor));
    }
    const std::size_t length_bytes = major == 1 ? 2 : 4;
    const std::string raw = read_bytes(in, length_bytes, "array header length");
    std::uint64_t length = 0;
    for (std::size_t i = length_bytes; i-- > 0;)
        length = (length << 8) | static_cast<unsigned char>(raw[i]);
    const std::string text = read_bytes(in, length, "array header");
    const std::size_t chars = major == 3 ? utf8_length(text) : text.size();
    if (chars > max_header_size) {
        throw ValueError(fmt::format(
            "Header info length ({}) is large and may not be safe to load securely.\n"
            "To allow loading, adjust `max_header_size` or fully trust the `.npy` file using "
            "`allow_pickle=True`.\n"
            "For safety against large resource use or crashes, sandboxing may be necessary.",
            chars));
    }
    PyValue dict;
    try {
        dict = LiteralParser(text, major <= 2).parse();
    } catch (const HeaderSyntaxError&) {
        throw ValueError(fmt::format("Cannot parse header: {}", py_repr(text, false)));
    }
    if (dict.kind != PyValue::Kind::Dict) {
        throw ValueError(fmt::format("Header is not a dictionary: {}", dict.repr()));
    }
    std::map<std::string, const PyValue*> fields;
    std::vector<std::string> key_reprs;
    for (const auto& [key, value] : dict.entries) {
        key_reprs.push_back(key.repr());
        if (key.kind == PyValue::Kind::Str) fields[key.text] = &value;
    }
    std::sort(key_reprs.begin(), key_reprs.end());
    key_reprs.erase(std::unique(key_reprs.begin(), key_reprs.end()), key_reprs.end());
    const bool correct = fields.size() == 3 && key_reprs.size() == 3 && fields.count("descr") &&
                         fields.count("fortran_order") && fields.count("shape");
    if (!correct) {
        throw ValueError(fmt::format("Header does not contain the correct keys: [{}]",
                                     fmt::join(key_reprs, ", ")));
    }
    Header header;
    const PyValue& shape = *fields["shape"];
    const bool shape_ok = shape.kind == PyValue::Kind::Tuple &&
                          std::all_of(shape.items.begin(), shape.items.end(), [](const PyValue& v) {
                              return v.kind == PyValue::Kind::Int || v.kind == PyValue::Kind::Bool;
                          });
    if (!shape_ok) throw ValueError(fmt::format("shape is not valid: {}", shape.repr()));
    for (const PyValue& v : shape.items) {
        const std::int64_t d = v.kind == PyValue::Kind::Bool ? v.boolean : v.integer;
        if (d < 0) throw ValueError("negative dimensions are not allowed");
        header.shape.push_back(d);
    }
    const PyValue& fortran = *fields["fortran_order"];
    if (fortran.kind != PyValue::Kind::Bool) {
        throw ValueError(fmt::format("fortran_order is not a valid bool: {}", fortran.repr()));
    }
    header.fortran_order = fortran.boolean;
    header.descr = parse_descr(*fields["descr"]);
    return header;
}

template <ArrayElement E>
NDArray<E> read_data(std::istream& in, const Header& header) {
    std::uint64_t count = 1;
    for (std::int64_t d : header.shape) {
        if (__builtin_mul_overflow(count, static_cast<std::uint64_t>(d), &count)) {
            throw ValueError(fmt::format("array is too big: shape {}", shape_repr(header.shape)));
        }
    }
    std::uint64_t bytes = 0;
    if (__builtin_mul_overflow(count, sizeof(E), &bytes) || bytes > INT64_MAX) {
        throw ValueError(fmt::format("array is too big: shape {}", shape_repr(header.shape)));
    }
    Shape stored = header.shape;
    if (header.fortran_order) std::reverse(stored.begin(), stored.end());
    NDArray<E> out;
    char* raw = nullptr;
    if (const auto left = remaining_bytes(in)) {
        if (*left < bytes) throw_eof("array data", bytes, *left);
        out = NDArray<E>::empty(stored);
        raw = reinterpret_cast<char*>(out.data());
        in.read(raw, static_cast<std::streamsize>(bytes));
        if (static_cast<std::uint64_t>(in.gcount()) != bytes) {
            throw_eof("array data", bytes, static_cast<std::uint64_t>(in.gcount()));
        }
    } else {
        const std::string staged = read_bytes(in, bytes, "array data");
        out = NDArray<E>::empty(stored);
        raw = reinterpret_cast<char*>(out.data());
        std::memcpy(raw, staged.data(), staged.size());
    }
    if constexpr (std::is_same_v<E, bool>) {
        // Any non-zero byte is True in NumPy; a C++ bool must hold exactly 0 or 1.
        for (std::uint64_t i = 0; i < bytes; ++i) raw[i] = static_cast<char>(raw[i] != 0);
    } else if (header.descr.swap) {
        for (std::uint64_t i = 0; i < bytes; i += sizeof(E))
            std::reverse(raw + i, raw + i + sizeof(E));
    }
    if (header.fortran_order) return out.T().copy();
    return out;
}

std::string type_name(DType dtype) {
    return std::string(dtype_name(dtype));
}

[[noreturn]] void throw_unsupported(const Descr& descr) {
    throw TypeError(fmt::format(
        "cannot load a .npy array of dtype {}: tabula's arrays hold bool, int32, int64, float32 "
        "or float64",
        descr.text));
}

void check_loadable(const Header& header) {
    if (header.descr.object) {
        throw ValueError("Object arrays cannot be loaded when allow_pickle=False");
    }
    if (!header.descr.dtype) throw_unsupported(header.descr);
}

std::ifstream open_for_reading(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        const int err = errno;
        throw IOError(fmt::format("[Errno {}] {}: {}", err, std::strerror(err),
                                  py_repr(path.string(), false)));
    }
    return in;
}

}  // namespace

template <ArrayElement E>
void save_npy(std::ostream& out, const NDArray<E>& a) {
    // NumPy writes a Fortran-contiguous (not C-contiguous) array as is, flagged fortran_order.
    const bool c_order = a.size() == 0 || a.is_contiguous();
    const bool fortran_order = !c_order && a.T().is_contiguous();
    const NDArray<E> data = c_order ? a : fortran_order ? a.T() : a.copy();
    const std::string header = npy_header(descr_of<E>(), fortran_order, a.shape());
    out.write(header.data(), static_cast<std::streamsize>(header.size()));
    out.write(reinterpret_cast<const char*>(data.data()),
              static_cast<std::streamsize>(data.size() * static_cast<std::int64_t>(sizeof(E))));
    if (!out) throw IOError("writing the .npy data failed");
}

template <ArrayElement E>
void save_npy(const std::filesystem::path& path, const NDArray<E>& a) {
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    if (!out) {
        const int err = errno;
        throw IOError(fmt::format("[Errno {}] {}: {}", err, std::strerror(err),
                                  py_repr(path.string(), false)));
    }
    save_npy(out, a);
    out.close();
    if (!out) throw IOError(fmt::format("writing {} failed", py_repr(path.string(), false)));
}

template <ArrayElement E>
NDArray<E> load_npy(std::istream& in) {
    const Header header = read_header(in);
    check_loadable(header);
    if (*header.descr.dtype != dtype_of_v<E>) {
        throw TypeError(fmt::format(
            "the .npy file holds {} ({}), not {}: load it with load_npy<{}> or load_npy_any",
            type_name(*header.descr.dtype), header.descr.text, type_name(dtype_of_v<E>),
            type_name(*header.descr.dtype)));
    }
    return read_data<E>(in, header);
}

template <ArrayElement E>
NDArray<E> load_npy(const std::filesystem::path& path) {
    std::ifstream in = open_for_reading(path);
    return load_npy<E>(in);
}

AnyNDArray load_npy_any(std::istream& in) {
    const Header header = read_header(in);
    check_loadable(header);
    switch (*header.descr.dtype) {
        case DType::Bool:
            return read_data<bool>(in, header);
        case DType::Int32:
            return read_data<std::int32_t>(in, header);
        case DType::Int64:
            return read_data<std::int64_t>(in, header);
        case DType::Float32:
            return read_data<float>(in, header);
        default:
            return read_data<double>(in, header);
    }
}

AnyNDArray load_npy_any(const std::filesystem::path& path) {
    std::ifstream in = open_for_reading(path);
    return load_npy_any(in);
}

#define TABULA_INSTANTIATE_NPY(E)                                            \
    template void save_npy(std::ostream&, const NDArray<E>&);                \
    template void save_npy(const std::filesystem::path&, const NDArray<E>&); \
    template NDArray<E> load_npy(std::istream&);                             \
    template NDArray<E> load_npy(const std::filesystem::path&);

TABULA_INSTANTIATE_NPY(bool)
TABULA_INSTANTIATE_NPY(std::int32_t)
TABULA_INSTANTIATE_NPY(std::int64_t)
TABULA_INSTANTIATE_NPY(float)
TABULA_INSTANTIATE_NPY(double)

}  // namespace tabula
