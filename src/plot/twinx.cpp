// Axes.twinx: a second y axis on the right of an axes, sharing its x axis.
#include "figure_data.hpp"
#include "tabula/core/error.hpp"
#include "tabula/plot/axes.hpp"

namespace tabula {

Axes Axes::twinx() {
    const auto figure = data_->figure.lock();
    if (!figure) throw ValueError("twinx: the axes' figure no longer exists");
    auto twin = std::make_shared<plot::detail::AxesData>();
    twin->figure = figure;
    twin->row = data_->row;
    twin->col = data_->col;
    twin->position = data_->position;
    twin->xaxis = data_->xaxis;
    twin->xaxis->members.push_back(twin);
    twin->yaxis = std::make_shared<plot::detail::SharedAxis>();
    twin->yaxis->members.push_back(twin);
    twin->twin_of = data_;
    figure->axes.push_back(twin);
    return Axes(twin);
}

}  // namespace tabula
