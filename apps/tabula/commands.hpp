#pragma once
// The subcommands of the `tabula` command. Each one adds itself to the top-level app and hands
// back how to run it once the command line has selected it.
#include <CLI/CLI.hpp>
#include <functional>

namespace tabula::cli {

struct Command {
    CLI::App* app;
    // The process exit code.
    std::function<int()> run;
};

// `tabula describe FILE [--sep C] [--json]`: shape, info() and describe(include="all").
Command add_describe(CLI::App& parent);

}  // namespace tabula::cli
