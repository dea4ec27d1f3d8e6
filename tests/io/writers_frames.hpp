#pragma once
// The frames tests/fixtures/io/writers/make_fixtures.py gives pandas, built the same way here, so
// that to_csv_test and json_test compare tabula's text with pandas' byte for byte.
#include <cmath>
#include <cstdint>
#include <fstream>
#include <iterator>
#include <limits>
#include <optional>
#include <string>
#include <vector>

#include "../support/fixtures.hpp"
#include "tabula/frame/dataframe.hpp"

namespace tabula::testing {

// The whole fixture file, byte for byte.
inline std::string fixture_text(const std::string& name) {
    std::ifstream in(fixture_path("io/writers/" + name), std::ios::binary);
    EXPECT_TRUE(in.good()) << "cannot open fixture io/writers/" << name;
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

inline std::vector<std::optional<double>> fixture_floats() {
    const double inf = std::numeric_limits<double>::infinity();
    return {0.1,
            1.0 / 3,
            2.0 / 3,
            1e16,
            1e15,
            1e17,
            1e-5,
            1e-4,
            0.00012345678901234,
            -0.0,
            1.0,
            100.0,
            2.5,
            -1.5,
            1e308,
            5e-324,
            123456789.12345679,
            12345678901.5,
            1e20,
            1e-7,
            1e-15,
            1e-16,
            1.5e-10,
            9999999999999998.0,
            -1e17,
            0.95,
            0.99,
            1.005,
            std::nullopt,
            inf,
            -inf};
}

inline DataFrame floats_frame() {
    return DataFrame({"f"}, {Column::from_optionals(fixture_floats())});
}

inline DataFrame mixed_frame() {
    using std::nullopt;
    return DataFrame(
        {"i", "b", "s", "c", "f32"},
        {Column::from_optionals(std::vector<std::optional<std::int64_t>>{
             1, nullopt, 3, -4, std::numeric_limits<std::int64_t>::max()}),
         Column::from_optionals(
             std::vector<std::optional<bool>>{true, false, nullopt, true, false}),
         Column::from_optional_strings({"a,b", "q\"x", "l\nn", nullopt, " sp "}),
         Column::from_optional_strings({"x", nullopt, "y", "x", "z"}).astype(DType::Categorical),
         Column::from_optionals(
             std::vector<std::optional<float>>{0.1F, nullopt, 1e16F, 3.4e38F, -2.5F})});
}

inline DataFrame strings_frame() {
    return DataFrame({"s"},
                     {Column::from_strings({"", "t\tb", "é/ü", "a\\b", "\x01", "\x1f", "\b\f",
                                            "\U0001F600", "<&>", "\u2028", "plain"})});
}

// random_inputs.txt: doubles over many magnitudes, each as Python's repr (exact to parse).
inline DataFrame random_floats_frame() {
    std::vector<double> values;
    for (const std::string& line : fixture_lines("io/writers/random_inputs.txt")) {
        values.push_back(parse_value<double>(line));
    }
    return DataFrame({"f"}, {Column::from_vector(values)});
}

// The datetime frame `name` of datetime_inputs.txt (nanoseconds since the epoch, NaT a null).
inline DataFrame datetime_frame(const std::string& name) {
    for (const auto& row : fixture_rows("io/writers/datetime_inputs.txt", name)) {
        std::vector<std::optional<std::int64_t>> values;
        for (const std::string& text : split(row[1], ',')) {
            values.push_back(text == "NaT" ? std::nullopt
                                           : std::optional<std::int64_t>(std::stoll(text)));
        }
        std::vector<std::int64_t> nanoseconds;
        Bitmap validity(static_cast<std::int64_t>(values.size()));
        for (std::size_t i = 0; i < values.size(); ++i) {
            nanoseconds.push_back(values[i].value_or(0));
            validity.set(static_cast<std::int64_t>(i), values[i].has_value());
        }
        return DataFrame({"d"}, {Column::from_datetimes(nanoseconds, validity)});
    }
    return {};
}

}  // namespace tabula::testing
