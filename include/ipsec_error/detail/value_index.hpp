// ipsec-error, internal: a dense index from values to rows of the table.
//
// The codes fill 153 of the 933 values from 13000 to 13932, so one byte per
// value in that span (933 bytes) makes find(int) a bounds check and two loads.
#ifndef IPSEC_ERROR_DETAIL_VALUE_INDEX_HPP
#define IPSEC_ERROR_DETAIL_VALUE_INDEX_HPP

#include <array>
#include <cstddef>
#include <cstdint>

#include <ipsec_error/records.hpp>

namespace ipsec_error::detail {

inline constexpr int lowest_value = records.front().value();
inline constexpr int highest_value = records.back().value();
inline constexpr std::size_t value_span = static_cast<std::size_t>(highest_value - lowest_value + 1);
inline constexpr std::uint8_t no_row = 0xFF;
static_assert(record_count < no_row, "row numbers must fit below the no-row marker");

constexpr std::array<std::uint8_t, value_span> build_value_index() noexcept {
    std::array<std::uint8_t, value_span> index{};
    for (auto& row : index) row = no_row;
    for (std::size_t row = 0; row < record_count; ++row) {
        index[static_cast<std::size_t>(records[row].value() - lowest_value)] =
            static_cast<std::uint8_t>(row);
    }
    return index;
}

inline constexpr std::array<std::uint8_t, value_span> value_index = build_value_index();

constexpr const record* find_value(int value) noexcept {
    // One unsigned comparison rejects values on both sides of the span.
    const auto offset = static_cast<unsigned>(value) - static_cast<unsigned>(lowest_value);
    if (offset >= value_span) return nullptr;
    const std::uint8_t row = value_index[offset];
    return row == no_row ? nullptr : &records[row];
}

}  // namespace ipsec_error::detail

#endif  // IPSEC_ERROR_DETAIL_VALUE_INDEX_HPP
