// SPDX-License-Identifier: BSL-1.0
// ipsec-error, internal: how a troubleshooting entry refers to its text and
// its related codes (packed_text_lines, packed_code_list in
// troubleshooting_entry.hpp), apart from the entries so that the generator
// that writes them can use the same layout.
#ifndef IPSEC_ERROR_DETAIL_PACKED_TEXT_HPP
#define IPSEC_ERROR_DETAIL_PACKED_TEXT_HPP

#include <cstddef>
#include <cstdint>

namespace ipsec_error {
inline namespace v1 {
namespace detail {

// A text of the troubleshooting blocks in 32 bits: its block (bits 28-31),
// its offset in the block (12-27) and its length (0-11).
inline constexpr std::size_t packed_max_blocks = 16;
inline constexpr std::size_t packed_max_offset = 0xFFFF;
inline constexpr std::size_t packed_max_length = 0xFFF;

constexpr std::uint32_t pack_text(std::size_t block, std::size_t offset,
                                  std::size_t length) noexcept {
    return static_cast<std::uint32_t>(block << 28 | offset << 12 | length);
}

// How many related codes an entry holds.
inline constexpr std::size_t related_capacity = 6;

}  // namespace detail
}  // namespace v1
}  // namespace ipsec_error

#endif  // IPSEC_ERROR_DETAIL_PACKED_TEXT_HPP
