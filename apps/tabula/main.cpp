// The `tabula` command: one subcommand per file, registered here.
#include <CLI/CLI.hpp>
#include <vector>

#include "commands.hpp"

int main(int argc, char** argv) {
    CLI::App app{"tabula: pandas' and scikit-learn's workflow from the command line", "tabula"};
    app.set_version_flag("--version", "tabula " TABULA_VERSION);
    app.require_subcommand(1);

    const std::vector<tabula::cli::Command> commands = {tabula::cli::add_describe(app)};

    CLI11_PARSE(app, argc, argv);
    for (const auto& command : commands) {
        if (command.app->parsed()) return command.run();
    }
    return 0;
}
