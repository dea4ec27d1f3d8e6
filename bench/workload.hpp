#pragma once
// A benchmark workload of ../shared/bench/README.md: it loads its inputs (untimed), runs the
// timed steps, and reports the number the peers' scripts report as result_check.
#include <chrono>
#include <functional>
#include <map>
#include <string>
#include <vector>

namespace tabula::bench {

struct Context {
    std::string data_dir;
    double load_seconds = 0;
    std::vector<std::pair<std::string, double>> steps;  // in order of execution

    std::string path(const std::string& file) const { return data_dir + "/" + file; }

    // Runs f as the timed step `name` and returns its result.
    template <class F>
    auto step(const std::string& name, F&& f) {
        const auto start = std::chrono::steady_clock::now();
        auto result = f();
        steps.emplace_back(name, seconds_since(start));
        return result;
    }
    // Runs f as untimed input loading.
    template <class F>
    auto load(F&& f) {
        const auto start = std::chrono::steady_clock::now();
        auto result = f();
        load_seconds += seconds_since(start);
        return result;
    }

  private:
    static double seconds_since(std::chrono::steady_clock::time_point start) {
        return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    }
};

struct Result {
    double result_check = 0;
    std::map<std::string, double> detail;
};

struct Workload {
    std::string name;
    std::string description;
    std::function<Result(Context&)> run;
};

// The learning workloads (ml_workloads.cpp).
Result column_transformer(Context& ctx);
Result simple_imputer(Context& ctx);
Result knn_imputer(Context& ctx);

// The plotting workload (plot_workloads.cpp).
Result training_figure(Context& ctx);

// Every workload tabula-bench knows, in the README's order.
const std::vector<Workload>& workloads();

}  // namespace tabula::bench
