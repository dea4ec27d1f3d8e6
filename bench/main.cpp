// tabula-bench --data DIR W4 W5 ...: runs the shared workloads on the shared data files and
// prints one JSON line per run, in the format of ../shared/bench/peers.py.
#include <fmt/format.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdlib>
#include <exception>
#include <iostream>
#include <string>
#include <vector>

#include "tabula/core/error.hpp"
#include "workload.hpp"

namespace {

double peak_rss_mb() {
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return static_cast<double>(usage.ru_maxrss) / 1024.0;  // KiB on Linux
}

std::string json_line(const tabula::bench::Workload& w, const tabula::bench::Context& ctx,
                      const tabula::bench::Result& r) {
    double seconds = 0;
    std::string steps;
    for (const auto& [name, s] : ctx.steps) {
        seconds += s;
        steps += fmt::format("{}\"{}\": {}", steps.empty() ? "" : ", ", name, s);
    }
    std::string detail;
    for (const auto& [key, value] : r.detail) {
        detail += fmt::format("{}\"{}\": {}", detail.empty() ? "" : ", ", key, value);
    }
    return fmt::format(
        "{{\"workload\": \"{}\", \"tool\": \"tabula\", \"seconds\": {}, \"result_check\": {}, "
        "\"import_seconds\": 0, \"load_seconds\": {}, \"steps\": {{{}}}, \"peak_rss_mb\": {:.1f}, "
        "\"version\": \"0.1.0\", \"detail\": {{{}}}}}",
        w.name, seconds, r.result_check, ctx.load_seconds, steps, peak_rss_mb(), detail);
}

// Runs one workload and prints its JSON line; the exit code says whether it succeeded.
int run_workload(const tabula::bench::Workload& w, const std::string& data_dir) {
    try {
        tabula::bench::Context ctx;
        ctx.data_dir = data_dir;
        const tabula::bench::Result result = w.run(ctx);
        std::cout << json_line(w, ctx, result) << std::endl;
        return 0;
    } catch (const tabula::Error& e) {
        std::cerr << w.name << ": " << e.python_name() << ": " << e.what() << '\n';
    } catch (const std::exception& e) {
        std::cerr << w.name << ": " << e.what() << '\n';
    }
    return 1;
}

int usage(const char* message) {
    std::cerr << message << "\nusage: tabula-bench --data DIR WORKLOAD...   (workloads:";
    for (const auto& w : tabula::bench::workloads()) std::cerr << ' ' << w.name;
    std::cerr << ")\n";
    return 2;
}

}  // namespace

int main(int argc, char** argv) {
    std::string data_dir;
    std::vector<std::string> selected;
    for (int i = 1; i < argc; ++i) {
        const std::string arg = argv[i];
        if (arg == "--data" && i + 1 < argc) {
            data_dir = argv[++i];
        } else if (arg == "--list") {
            for (const auto& w : tabula::bench::workloads()) {
                std::cout << w.name << "  " << w.description << '\n';
            }
            return 0;
        } else {
            selected.push_back(arg);
        }
    }
    if (data_dir.empty()) return usage("missing --data DIR");
    if (selected.empty()) return usage("no workload given");
    std::vector<const tabula::bench::Workload*> chosen;
    for (const auto& name : selected) {
        const tabula::bench::Workload* found = nullptr;
        for (const auto& w : tabula::bench::workloads()) {
            if (w.name == name) found = &w;
        }
        if (found == nullptr) return usage(("unknown workload " + name).c_str());
        chosen.push_back(found);
    }
    // Each workload runs in a fresh child process, as the peers' runner does, so that its
    // peak RSS is its own and no thread pool left over from the previous one competes with it.
    for (const tabula::bench::Workload* w : chosen) {
        std::cout.flush();
        const pid_t child = fork();
        if (child < 0) {
            std::cerr << "tabula-bench: fork failed\n";
            return 1;
        }
        if (child == 0) std::_Exit(run_workload(*w, data_dir));
        int status = 0;
        waitpid(child, &status, 0);
        if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) return 1;
    }
    return 0;
}
