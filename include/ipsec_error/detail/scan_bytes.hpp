// SPDX-License-Identifier: BSL-1.0
// ipsec-error, internal: what scan() and find_by_message() take a byte for,
// and how a message is keyed in their index. These are the definitions the
// generator writes the tables of generated/scan_tables.hpp from; scan_text.hpp
// reads those tables.
#ifndef IPSEC_ERROR_DETAIL_SCAN_BYTES_HPP
#define IPSEC_ERROR_DETAIL_SCAN_BYTES_HPP

#include <cstddef>
#include <cstdint>
#include <string_view>

namespace ipsec_error {
inline namespace v1 {
namespace detail::scanning {

// The classes of a byte. Bytes from 0x80 up (UTF-8 sequences, or anything
// else) are in none: they separate tokens as punctuation does.
enum : std::uint8_t {
    byte_word = 1,    // A-Z a-z 0-9 _: part of a token
    byte_digit = 2,   // 0-9
    byte_hex = 4,     // 0-9 A-F a-f
    byte_letter = 8,  // A-Z a-z
    byte_blank = 16,  // space and tab: white space inside a line
    byte_space = 32,  // blanks, CR, LF, VT, FF
};

constexpr unsigned classes_of_byte(unsigned char c) noexcept {
    unsigned k = 0;
    if (c >= '0' && c <= '9') k |= byte_word | byte_digit | byte_hex;
    if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z')) k |= byte_word | byte_letter;
    if ((c >= 'A' && c <= 'F') || (c >= 'a' && c <= 'f')) k |= byte_hex;
    if (c == '_') k |= byte_word;
    if (c == ' ' || c == '\t') k |= byte_blank | byte_space;
    if (c == '\n' || c == '\r' || c == '\v' || c == '\f') k |= byte_space;
    return k;
}

constexpr bool has_class(char c, unsigned cls) noexcept {
    return (classes_of_byte(static_cast<unsigned char>(c)) & cls) != 0;
}

constexpr char ascii_lower(char c) noexcept {
    return (c >= 'A' && c <= 'Z') ? static_cast<char>(c + ('a' - 'A')) : c;
}

// The first eight bytes of a text from pos, in lower case, a run of white
// space as one space, the first in the lowest byte; false when the text ends
// first (every message has more than eight).
constexpr bool message_key(std::string_view text, std::size_t pos, std::uint64_t& key) noexcept {
    std::uint64_t k = 0;
    for (unsigned n = 0; n < 8; ++n) {
        if (pos >= text.size()) return false;
        char c = text[pos];
        if (has_class(c, byte_space)) {
            while (pos < text.size() && has_class(text[pos], byte_space)) ++pos;
            c = ' ';
        } else {
            ++pos;
            c = ascii_lower(c);
        }
        k |= std::uint64_t{static_cast<unsigned char>(c)} << (8 * n);
    }
    key = k;
    return true;
}

// The column of a message's second and third bytes in the table of first
// three bytes (scan_tables.hpp's message_first_three).
constexpr unsigned second_byte_index(char c) noexcept {
    if (has_class(c, byte_letter)) return static_cast<unsigned>(ascii_lower(c) - 'a');
    if (has_class(c, byte_space)) return 26;
    if (has_class(c, byte_digit)) return 27;
    if (c == '\'') return 28;
    if (c == '-') return 29;
    if (c == '_') return 30;
    return 31;
}

// The open-addressed slots of the messages' keys: a power of two, above the
// number of distinct keys.
inline constexpr std::size_t message_slot_count = 128;

constexpr std::size_t message_slot(std::uint64_t key) noexcept {
    return static_cast<std::size_t>((key * 0x9E3779B97F4A7C15u) >> 57) & (message_slot_count - 1);
}

}  // namespace detail::scanning
}  // namespace v1
}  // namespace ipsec_error

#endif  // IPSEC_ERROR_DETAIL_SCAN_BYTES_HPP
