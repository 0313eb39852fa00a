// SPDX-License-Identifier: BSL-1.0
// ipsec-error, internal: the row of the table (records) that has a value.
// find(int) is a bounds check and two loads, the second from a table of the
// rows' addresses.
#ifndef IPSEC_ERROR_DETAIL_FIND_VALUE_HPP
#define IPSEC_ERROR_DETAIL_FIND_VALUE_HPP

#include <cstddef>

#include <ipsec_error/detail/config.hpp>
#include <ipsec_error/detail/value_index.hpp>
#include <ipsec_error/records.hpp>

namespace ipsec_error {
inline namespace v1 {
namespace detail {

// Each row's address, after a null for "no code": find(int) at run time is
// then two loads and no branch. Only programs that call find(int) or
// find(errc) carry it (and its relocations); the category does not use it.
struct row_pointer_table {
    const record* rows[row_count + 1];
};

constexpr row_pointer_table build_row_pointers() noexcept {
    row_pointer_table table{};
    // records.data() once, not once a row: every call costs in constant evaluation.
    const record* const first = records.data();
    for (std::size_t i = 0; i < row_count; ++i) table.rows[i + 1] = first + i;
    return table;
}

inline constexpr row_pointer_table row_pointers = build_row_pointers();

constexpr const record* find_value_constexpr(int value) noexcept {
    const std::size_t row = row_of(value);
    return row == 0 ? nullptr : records.data() + (row - 1);
}

// The same, not constexpr. GCC (12 and 13) folds a constant call such as
// find(13814) to the row's address while it checks the user's
// `find(13814) != nullptr` for -Waddress, and then warns that the address of
// an object is never null: a warning in every user's translation unit. Outside
// constant evaluation, find_value() calls this function, which GCC cannot fold
// there; the optimiser still inlines it, so the code is the same.
inline const record* find_value_at_run_time(int value) noexcept {
    return row_pointers.rows[row_of(value)];
}

constexpr const record* find_value(int value) noexcept {
    if (IPSEC_ERROR_CONSTANT_EVALUATED()) return find_value_constexpr(value);
    return find_value_at_run_time(value);
}

}  // namespace detail
}  // namespace v1
}  // namespace ipsec_error

#endif  // IPSEC_ERROR_DETAIL_FIND_VALUE_HPP
