// SPDX-License-Identifier: BSL-1.0
// ipsec-error, internal: a dense index from values to rows of the table.
//
// The IPsec codes fill 153 of the 933 values from 13000 to 13932, so one byte
// per value in that span (933 bytes) holds its row, plus one: 0 is "no code".
// A table of pointers, the first null, turns that into the answer, so
// find(int) is a bounds check and two loads, with no branch for the gaps.
// Winsock's WSA_IPSEC_NAME_POLICY_ERROR (11033), the table's first row, lies
// far below the span: a value outside the span is compared with it alone.
#ifndef IPSEC_ERROR_DETAIL_VALUE_INDEX_HPP
#define IPSEC_ERROR_DETAIL_VALUE_INDEX_HPP

#include <array>
#include <cstddef>
#include <cstdint>

#include <ipsec_error/records.hpp>

namespace ipsec_error {
inline namespace v1 {
namespace detail {

// The rows before the dense span: Winsock's code.
inline constexpr std::size_t rows_below_span = 1;
inline constexpr int lowest_value = records[rows_below_span].value();
inline constexpr int highest_value = records.back().value();
inline constexpr std::size_t value_span =
    static_cast<std::size_t>(highest_value) - static_cast<std::size_t>(lowest_value) + 1;
static_assert(record_count < 0xFF, "a row number plus one must fit in a byte");
static_assert(records[0].value() < 13000 && lowest_value == 13000,
              "the rows below the dense span are the codes below 13000");

// Built-in arrays and pointers while building: every translation unit that
// includes the library evaluates these, and constant evaluation is slow.
// The pointers first, and the bytes rounded up to a pointer's size: no padding.
struct value_tables {
    const record* rows[record_count + 1]{};  // [0] stays null
    std::uint8_t
        index[(value_span + sizeof(void*) - 1) / sizeof(void*) * sizeof(void*)]{};  // 0: no code
};

constexpr value_tables build_value_tables() noexcept {
    value_tables tables;
    const record* row = records.data() + rows_below_span;
    for (std::size_t i = rows_below_span; i < record_count; ++i, ++row) {
        tables.index[static_cast<std::size_t>(row->value() - lowest_value)] =
            static_cast<std::uint8_t>(i + 1);
        tables.rows[i + 1] = row;
    }
    return tables;
}

inline constexpr value_tables values = build_value_tables();

constexpr const record* find_value_constexpr(int value) noexcept {
    // One unsigned comparison rejects values on both sides of the span.
    const auto offset = static_cast<unsigned>(value) - static_cast<unsigned>(lowest_value);
    if (offset >= value_span) return value == records[0].value() ? records.data() : nullptr;
    // cppcheck takes the element of values.rows (a pointer) for an integer.
    // cppcheck-suppress CastIntegerToAddressAtReturn
    return values.rows[values.index[offset]];
}

// The same, not constexpr. GCC (12 and 13) folds a constant call such as
// find(13814) to the row's address while it checks the user's
// `find(13814) != nullptr` for -Waddress, and then warns that the address of
// an object is never null: a warning in every user's translation unit. Outside
// constant evaluation, find_value() calls this function, which GCC cannot fold
// there; the optimiser still inlines it, so the code is the same.
inline const record* find_value_at_run_time(int value) noexcept {
    return find_value_constexpr(value);
}

constexpr const record* find_value(int value) noexcept {
    if (__builtin_is_constant_evaluated()) return find_value_constexpr(value);
    return find_value_at_run_time(value);
}

}  // namespace detail
}  // namespace v1
}  // namespace ipsec_error

#endif  // IPSEC_ERROR_DETAIL_VALUE_INDEX_HPP
