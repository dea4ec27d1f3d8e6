#include "tabula/frame/display.hpp"

namespace tabula {

DisplayOptions& display_options() {
    static DisplayOptions options;
    return options;
}

}  // namespace tabula
