// W11: the seed's two-panel figure built and saved as peers.py's W11 builds it with matplotlib
// and seaborn.
#include <cmath>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <vector>

#include "tabula/plot/figure.hpp"
#include "tabula/plot/heatmap.hpp"
#include "workload.hpp"

namespace tabula::bench {
namespace {

// A PNG's IHDR: width and height, big-endian, at bytes 16 and 20.
std::pair<std::uint32_t, std::uint32_t> png_size(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    unsigned char head[24] = {};
    in.read(reinterpret_cast<char*>(head), sizeof head);
    const auto word = [&](int at) {
        return (std::uint32_t{head[at]} << 24) | (std::uint32_t{head[at + 1]} << 16) |
               (std::uint32_t{head[at + 2]} << 8) | std::uint32_t{head[at + 3]};
    };
    return {word(16), word(20)};
}

}  // namespace

Result training_figure(Context& ctx) {
    std::vector<double> epochs;
    std::vector<double> train;
    std::vector<double> val;
    for (int e = 1; e <= 50; ++e) {
        epochs.push_back(e);
        train.push_back(0.7 * std::exp(-e / 12.0) + 0.25);
        val.push_back(0.7 * std::exp(-e / 15.0) + 0.28 + 0.002 * std::max(e - 30, 0));
    }
    const NDArray<std::int64_t> cm{{25040, 2980}, {4410, 7570}};
    const std::string out = (std::filesystem::temp_directory_path() / "tabula_w11_figure.png");
    ctx.step("build_and_save", [&] {
        auto [fig, axes] = subplots(1, 2, {.figsize = {12, 5}});
        axes[0].plot(epochs, train, {.label = "train"});
        axes[0].plot(epochs, val, {.label = "validation"});
        axes[0].set_xlabel("epoch").set_ylabel("loss").set_title("Training curve");
        axes[0].legend();
        heatmap(axes[1], cm,
                {.annot = true,
                 .fmt = "d",
                 .cmap = "Blues",
                 .xticklabels = std::vector<std::string>{"0", "1"},
                 .yticklabels = std::vector<std::string>{"0", "1"}});
        axes[1].set_xlabel("Predicted").set_ylabel("Actual").set_title("Confusion matrix");
        fig.tight_layout();
        fig.savefig(out, {.dpi = 150});
        return 0;
    });
    const auto [width, height] = png_size(out);
    return {double(width) * double(height),
            {{"width", double(width)},
             {"height", double(height)},
             {"bytes", double(std::filesystem::file_size(out))}}};
}

}  // namespace tabula::bench
