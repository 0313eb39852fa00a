// ipsec-error, internal: a dense index from values to rows of the table.
//
// The codes fill 153 of the 933 values from 13000 to 13932, so one byte per
// value in that span (933 bytes) holds its row, plus one: 0 is "no code".
// A table of 154 pointers, the first null, turns that into the answer, so
// find(int) is a bounds check and two loads, with no branch for the gaps.
#ifndef IPSEC_ERROR_DETAIL_VALUE_INDEX_HPP
#define IPSEC_ERROR_DETAIL_VALUE_INDEX_HPP

#include <array>
#include <cstddef>
#include <cstdint>

#include <ipsec_error/records.hpp>

namespace ipsec_error::detail {

inline constexpr int lowest_value = records.front().value();
inline constexpr int highest_value = records.back().value();
inline constexpr std::size_t value_span =
    static_cast<std::size_t>(highest_value) - static_cast<std::size_t>(lowest_value) + 1;
static_assert(record_count < 0xFF, "a row number plus one must fit in a byte");

constexpr std::array<std::uint8_t, value_span> build_value_index() noexcept {
    std::array<std::uint8_t, value_span> index{};  // 0 everywhere: no code
    for (std::size_t row = 0; row < record_count; ++row) {
        index[static_cast<std::size_t>(records[row].value() - lowest_value)] =
            static_cast<std::uint8_t>(row + 1);
    }
    return index;
}

constexpr std::array<const record*, record_count + 1> build_row_pointers() noexcept {
    std::array<const record*, record_count + 1> pointers{};  // [0] stays null
    for (std::size_t row = 0; row < record_count; ++row) pointers[row + 1] = &records[row];
    return pointers;
}

inline constexpr std::array<std::uint8_t, value_span> value_index = build_value_index();
inline constexpr std::array<const record*, record_count + 1> row_pointers = build_row_pointers();

constexpr const record* find_value(int value) noexcept {
    // One unsigned comparison rejects values on both sides of the span.
    const auto offset = static_cast<unsigned>(value) - static_cast<unsigned>(lowest_value);
    if (offset >= value_span) return nullptr;
    return row_pointers[value_index[offset]];
}

}  // namespace ipsec_error::detail

#endif  // IPSEC_ERROR_DETAIL_VALUE_INDEX_HPP
