// SPDX-License-Identifier: BSL-1.0
// ipsec-error, internal: a dense index from values to rows of the table.
//
// The IPsec codes fill 153 of the 933 values from 13000 to 13932, so one byte
// per value in that span (detail::value_rows, generated in detail/table.hpp)
// holds its row, plus one: 0 is "no code". find(int) is a bounds check and
// two loads, the second from a table of the rows' addresses. Winsock's
// WSA_IPSEC_NAME_POLICY_ERROR (11033), the table's first row, lies far below
// the span: a value outside the span is compared with it alone. The category
// reads a row's message and conditions from the generated arrays, by row
// number, without the rows themselves.
#ifndef IPSEC_ERROR_DETAIL_VALUE_INDEX_HPP
#define IPSEC_ERROR_DETAIL_VALUE_INDEX_HPP

#include <cstddef>
#include <string_view>

#include <ipsec_error/condition.hpp>
#include <ipsec_error/detail/ascii.hpp>
#include <ipsec_error/records.hpp>

namespace ipsec_error {
inline namespace v1 {
namespace detail {

static_assert(rows_below_span == 1 && row_values[0] < span_first_value,
              "the rows below the dense span: Winsock's code alone");
// Its value, as a constant: comparing with row_values[0] would keep the array in programs.
inline constexpr int below_span_value = row_values[0];
static_assert(row_count < 0xFF, "a row number plus one must fit in a byte");

// The row of the code with this value, plus one; 0 when there is none.
constexpr std::size_t row_of(int value) noexcept {
    // One unsigned comparison rejects values on both sides of the span.
    const auto offset = static_cast<unsigned>(value) - static_cast<unsigned>(span_first_value);
    if (offset >= value_span) return value == below_span_value ? 1 : 0;
    return value_rows[offset];
}

// The message of a row (plus one, not 0), straight from the text: no
// pointer is read, so the category does not need the rows.
constexpr std::string_view message_of_row(std::size_t row) noexcept {
    const std::size_t first = text_offsets[2 * row - 1];
    return {table_text + first, text_offsets[2 * row] - first - 1};  // less its NUL
}

// The conditions of a row (plus one, not 0).
constexpr condition_set conditions_of_row(std::size_t row) noexcept {
    return condition_set{row_conditions[row - 1]};
}

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

#endif  // IPSEC_ERROR_DETAIL_VALUE_INDEX_HPP
