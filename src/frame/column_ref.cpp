// df["x"] on a non-const frame (ColumnRef): reading as a Series, assigning through the frame's
// assign().
#include "tabula/frame/column_ref.hpp"

#include <utility>
#include <vector>

#include "tabula/core/error.hpp"

namespace tabula {

ColumnRef DataFrame::operator[](std::string_view name) {
    return ColumnRef(*this, name);
}

ColumnRef::ColumnRef(DataFrame& owner, std::string_view name) : owner_(&owner), column_name_(name) {
    if (owner.contains(name)) {
        static_cast<Series&>(*this) = std::as_const(owner)[name];
        return;
    }
    // The const lookup words the KeyError (with the closest column); it is kept for a read.
    // The values underneath are a real empty column, so a member that forgets the check reads
    // nothing rather than a buffer that is not there.
    static_cast<Series&>(*this) = Series(Column::from_vector(std::vector<double>{}));
    try {
        static_cast<void>(std::as_const(owner).column(name));
    } catch (const KeyError& e) {
        set_pending_key_error(e.what());
    }
}

void ColumnRef::refresh() {
    static_cast<Series&>(*this) = std::as_const(*owner_)[column_name_];
}

ColumnRef& ColumnRef::operator=(const ColumnRef& values) {
    return *this = static_cast<const Series&>(values);
}

ColumnRef& ColumnRef::operator=(const Series& values) {
    *owner_ = owner_->assign(column_name_, values);
    refresh();
    return *this;
}

ColumnRef& ColumnRef::operator=(const Scalar& value) {
    *owner_ = owner_->assign(column_name_, value);
    refresh();
    return *this;
}

ColumnRef& ColumnRef::operator=(const ColumnValues& values) {
    *owner_ = owner_->assign(column_name_, values);
    refresh();
    return *this;
}

}  // namespace tabula
