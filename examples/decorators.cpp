// The seed's decorators in C++: `@timer` is tabula::timed, `@lru_cache(maxsize=1024)` is
// tabula::lru_cache. A decorator is a function that takes a callable and returns a wrapped one,
// so "decorating" is binding the wrapper to the name the caller uses; wrappers stack the same
// way Python's do.
#include <chrono>
#include <cmath>
#include <cstddef>
#include <iostream>
#include <string>
#include <thread>
#include <vector>

#include "tabula/util/lru_cache.hpp"
#include "tabula/util/timer.hpp"

using namespace tabula;

namespace {

struct LinearModel {
    double w = 0;
    double b = 0;
};

// Full-batch gradient descent for y = w x + b on squared error: a real training loop that takes
// long enough to time.
LinearModel fit_linear(const std::vector<double>& X, const std::vector<double>& y) {
    LinearModel m;
    const double n = static_cast<double>(X.size());
    for (int epoch = 0; epoch < 300; ++epoch) {
        double grad_w = 0;
        double grad_b = 0;
        for (std::size_t i = 0; i < X.size(); ++i) {
            const double err = m.w * X[i] + m.b - y[i];
            grad_w += err * X[i];
            grad_b += err;
        }
        m.w -= 0.5 * grad_w / n;
        m.b -= 0.5 * grad_b / n;
    }
    return m;
}

// A stand-in for looking a word up in a large embedding model: slow, and the same for the
// same word.
std::vector<float> slow_embedding_lookup(const std::string& word) {
    std::this_thread::sleep_for(std::chrono::milliseconds(50));
    std::vector<float> vec;
    for (char c : word.substr(0, 3)) vec.push_back(static_cast<float>(c - 'a') / 25.0f);
    return vec;
}

}  // namespace

int main() {
    // @timer
    // def train_model(X, y): ...
    auto train_model = timed("train_model", fit_linear);

    std::vector<double> X;
    std::vector<double> y;
    for (int i = 0; i < 200'000; ++i) {
        const double x = -1.0 + 2.0 * i / 199'999.0;
        X.push_back(x);
        y.push_back(3.0 * x + 2.0);
    }
    const LinearModel model = train_model(X, y);
    std::cout.setf(std::ios::fixed);
    std::cout.precision(3);
    std::cout << "fitted y = " << model.w << " x + " << model.b << '\n';

    // @lru_cache(maxsize=1024)
    // def load_embedding(word: str) -> list: ...
    auto load_embedding = lru_cache(slow_embedding_lookup, 1024);

    // Stacking, as `@timer` over `@lru_cache`: a miss sleeps, a hit returns at once.
    auto timed_load = timed("load_embedding", load_embedding);
    timed_load("king");
    timed_load("king");

    const std::vector<std::string> words{"queen", "king", "man", "woman", "king", "queen"};
    {
        Timer t("6 more lookups");
        for (const auto& word : words) {
            const auto vec = load_embedding(word);
            std::cout << word << " -> [";
            for (std::size_t i = 0; i < vec.size(); ++i) std::cout << (i ? ", " : "") << vec[i];
            std::cout << "]\n";
        }
    }
    std::cout << "load_embedding.cache_info() = " << load_embedding.cache_info() << '\n';
    load_embedding.cache_clear();
    std::cout << "after cache_clear(): " << load_embedding.cache_info() << '\n';

    // @lru_cache(maxsize=2): a hit makes its entry the most recent, so "b" is evicted, not "a".
    std::string computed;
    auto tiny = lru_cache(
        [&computed](const std::string& key) {
            computed += key;
            return key.size();
        },
        2);
    for (const char* key : {"a", "b", "a", "c", "a", "b"}) tiny(key);
    std::cout << "maxsize=2, calls a b a c a b computed: " << computed << '\n';
    std::cout << "tiny.cache_info() = " << tiny.cache_info() << '\n';
}
