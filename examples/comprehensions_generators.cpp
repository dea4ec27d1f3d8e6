// The seed's list comprehensions and generators in C++.
//
// A list comprehension is a pipeline of std::views materialised with to_vector; a generator
// expression is the same pipeline left lazy. A generator function is a coroutine returning
// tabula::Generator<T>, and tabula::range is Python's range.
#include <sys/resource.h>

#include <cstdint>
#include <iostream>
#include <ranges>
#include <string>
#include <type_traits>
#include <vector>

#include "tabula/util/generator.hpp"
#include "tabula/util/range.hpp"
#include "tabula/util/to_vector.hpp"

using namespace tabula;

namespace {

struct Sample {
    std::string label;
    std::string split;
};

// A stand-in for decoding an image file: 64x64 grey pixels whose brightness depends on the path.
std::vector<float> load_image(const std::string& path) {
    return std::vector<float>(64 * 64, static_cast<float>(path.size() % 10) / 10.0f);
}

// def image_generator(paths):
//     for path in paths: yield load_image(path)
Generator<std::vector<float>> image_generator(const std::vector<std::string>& paths) {
    for (const auto& path : paths) co_yield load_image(path);
}

// Python prints lists with their repr: [0, 1, 4] and ['cat', 'dog'].
template <typename T>
void print_list(const std::string& name, const std::vector<T>& items) {
    std::cout << name << " = [";
    for (std::size_t i = 0; i < items.size(); ++i) {
        if (i) std::cout << ", ";
        if constexpr (std::is_same_v<T, std::string>) {
            std::cout << '\'' << items[i] << '\'';
        } else {
            std::cout << items[i];
        }
    }
    std::cout << "]\n";
}

// Linux reports ru_maxrss in KiB: the most resident memory the process has held so far.
long peak_rss_kib() {
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss;
}

}  // namespace

int main() {
    auto square = [](std::int64_t x) { return x * x; };
    auto is_even = [](std::int64_t x) { return x % 2 == 0; };

    // squares = [x ** 2 for x in range(10)]
    print_list("squares", to_vector(range(10) | std::views::transform(square)));

    // even_squares = [x ** 2 for x in range(10) if x % 2 == 0]
    print_list("even_squares",
               to_vector(range(10) | std::views::filter(is_even) | std::views::transform(square)));

    // labels = [sample['label'] for sample in dataset if sample['split'] == 'train']
    const std::vector<Sample> dataset{
        {"cat", "train"}, {"dog", "train"}, {"bird", "test"}, {"cat", "train"}, {"dog", "valid"}};
    print_list(
        "train labels",
        to_vector(dataset | std::views::filter([](const Sample& s) { return s.split == "train"; }) |
                  std::views::transform([](const Sample& s) { return s.label; })));

    // for img in image_generator(image_paths): process(img)
    const std::vector<std::string> image_paths{"img/0001.png", "img/0002.png", "img/03.png"};
    int images = 0;
    float brightness = 0;
    for (const auto& img : image_generator(image_paths)) {
        ++images;
        brightness += img.front();
    }
    std::cout << "processed " << images << " images one at a time, mean brightness "
              << brightness / static_cast<float>(images) << '\n';

    // gen = (x ** 2 for x in range(10_000_000) if x % 1000 == 0); sum(gen)
    // Ten million numbers flow through the pipeline one at a time; none is stored.
    constexpr std::int64_t n = 10'000'000;
    const long rss_before = peak_rss_kib();
    std::int64_t kept = 0;
    std::int64_t total = 0;
    for (auto sq : range(n) | std::views::filter([](std::int64_t x) { return x % 1000 == 0; }) |
                       std::views::transform(square)) {
        ++kept;
        total += sq;
    }
    const long rss_after = peak_rss_kib();
    std::cout << "sum(x ** 2 for x in range(10_000_000) if x % 1000 == 0) = " << total << " over "
              << kept << " kept items\n";
    std::cout << "peak RSS before the pipeline: " << rss_before << " KiB, after: " << rss_after
              << " KiB\n";
    std::cout << "peak RSS grew by " << rss_after - rss_before << " KiB\n";
    const double vector_mib = static_cast<double>(n * sizeof(std::int64_t)) / (1024.0 * 1024.0);
    std::cout.precision(3);
    std::cout << "a materialised std::vector<int64_t> of " << n << " items would take "
              << vector_mib << " MiB\n";
}
