// SPDX-License-Identifier: BSL-1.0
// ipsec-error, internal: a dense index from values to rows of the table.
//
// The IPsec codes fill a sixth of the values of their span, from 13000 to
// the last code, so one byte per value of the span (value_rows, generated in
// generated/table.hpp) holds its row, plus one: 0 is "no code". Winsock's
// WSA_IPSEC_NAME_POLICY_ERROR (11033), the table's first row, lies far below
// the span: a value outside the span is compared with it alone. The category
// reads a row's message and conditions from the generated arrays, by row
// number, without the rows themselves (find_value.hpp has the rows).
#ifndef IPSEC_ERROR_DETAIL_VALUE_INDEX_HPP
#define IPSEC_ERROR_DETAIL_VALUE_INDEX_HPP

#include <cstddef>
#include <string_view>

#include <ipsec_error/condition.hpp>
#include <ipsec_error/detail/generated/table.hpp>

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

}  // namespace detail
}  // namespace v1
}  // namespace ipsec_error

#endif  // IPSEC_ERROR_DETAIL_VALUE_INDEX_HPP
