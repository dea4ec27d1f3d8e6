#pragma once
// matplotlib 3.6's default rcParams that the drawing uses, in points unless named otherwise, so
// a figure looks as a Python user's does.
namespace tabula::plot::detail::rc {

inline constexpr const char* font_family = "DejaVu Sans";
inline constexpr double font_size = 10.0;         // font.size
inline constexpr double title_size = 12.0;        // axes.titlesize "large"
inline constexpr double title_pad = 6.0;          // axes.titlepad
inline constexpr double label_size = 10.0;        // axes.labelsize "medium"
inline constexpr double label_pad = 4.0;          // axes.labelpad
inline constexpr double tick_label_size = 10.0;   // xtick.labelsize, ytick.labelsize
inline constexpr double tick_length = 3.5;        // xtick.major.size
inline constexpr double tick_width = 0.8;         // xtick.major.width
inline constexpr double tick_pad = 3.5;           // xtick.major.pad
inline constexpr double minor_tick_length = 2.0;  // xtick.minor.size
inline constexpr double minor_tick_width = 0.6;   // xtick.minor.width
inline constexpr double spine_width = 0.8;        // axes.linewidth
inline constexpr double grid_width = 0.8;         // grid.linewidth
inline constexpr const char* grid_color = "#b0b0b0";
inline constexpr double margin = 0.05;            // axes.xmargin, axes.ymargin
inline constexpr double marker_edge_width = 1.0;  // lines.markeredgewidth
// figure.subplot.*: the grid of subplots in figure fractions.
inline constexpr double subplot_left = 0.125;
inline constexpr double subplot_right = 0.9;
inline constexpr double subplot_bottom = 0.11;
inline constexpr double subplot_top = 0.88;
inline constexpr double subplot_wspace = 0.2;
inline constexpr double subplot_hspace = 0.2;
// legend.*: fontsize "medium", borderpad, labelspacing, handlelength, handletextpad,
// borderaxespad in font sizes; framealpha and edgecolor "0.8".
inline constexpr double legend_font_size = 10.0;
inline constexpr double legend_borderpad = 0.4;
inline constexpr double legend_labelspacing = 0.5;
inline constexpr double legend_handlelength = 2.0;
inline constexpr double legend_handletextpad = 0.8;
inline constexpr double legend_borderaxespad = 0.5;
inline constexpr double legend_framealpha = 0.8;
inline constexpr const char* legend_edgecolor = "0.8";

}  // namespace tabula::plot::detail::rc
