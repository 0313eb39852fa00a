// SPDX-License-Identifier: BSL-1.0
// ipsec-error, internal: the text side of scan() and find_by_message(): the
// classes of bytes, and the Windows messages indexed by their first eight
// letters, so that a word of a log is set aside after one look at a table.
//
// A message is compared as a person reads it: in any letter case, a run of
// white space as one space, a final period or none. The tables are generated
// (detail/scan_tables.hpp, by tests/generate_scan_tables.cpp from the table of
// codes): built in a constant expression, they cost every translation unit
// that included <ipsec_error/scan.hpp> about 500 million more of the
// compiler's instructions (GCC 12).
#ifndef IPSEC_ERROR_DETAIL_SCAN_TEXT_HPP
#define IPSEC_ERROR_DETAIL_SCAN_TEXT_HPP

#include <cstddef>
#include <cstdint>
#include <string_view>

#include <ipsec_error/detail/ascii.hpp>
#include <ipsec_error/detail/scan_tables.hpp>
#include <ipsec_error/records.hpp>

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

constexpr unsigned class_of(char c) noexcept { return byte_classes[static_cast<unsigned char>(c)]; }
constexpr bool is_word(char c) noexcept { return (class_of(c) & byte_word) != 0; }
constexpr bool is_digit(char c) noexcept { return (class_of(c) & byte_digit) != 0; }
constexpr bool is_hex(char c) noexcept { return (class_of(c) & byte_hex) != 0; }
constexpr bool is_letter(char c) noexcept { return (class_of(c) & byte_letter) != 0; }
constexpr bool is_blank(char c) noexcept { return (class_of(c) & byte_blank) != 0; }
constexpr bool is_white(char c) noexcept { return (class_of(c) & byte_space) != 0; }
constexpr char ascii_lower(char c) noexcept {
    return (c >= 'A' && c <= 'Z') ? static_cast<char>(c + ('a' - 'A')) : c;
}

// How far scan() looks past blanks around a token, and how far back for the
// words that say a number is an error code: every decision about a token is
// taken within scan_lookbehind bytes before it (the tool relies on it when it
// cuts an endless line into windows).
inline constexpr std::size_t blank_reach = 64;
inline constexpr std::size_t scan_lookbehind = 192;

// The first eight bytes of a text from pos, in lower case, a run of white
// space as one space, the first in the lowest byte; false when the text ends
// first (every message has more than eight).
constexpr bool message_key(std::string_view text, std::size_t pos, std::uint64_t& key) noexcept {
    std::uint64_t k = 0;
    for (unsigned n = 0; n < 8; ++n) {
        if (pos >= text.size()) return false;
        char c = text[pos];
        if (is_white(c)) {
            while (pos < text.size() && is_white(text[pos])) ++pos;
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

// The column of a message's second byte in the table of first two bytes.
constexpr unsigned second_byte_index(char c) noexcept {
    if (is_letter(c)) return static_cast<unsigned>(ascii_lower(c) - 'a');
    if (is_white(c)) return 26;
    if (is_digit(c)) return 27;
    if (c == '\'') return 28;
    if (c == '-') return 29;
    if (c == '_') return 30;
    return 31;
}

inline constexpr std::size_t message_slot_count = 128;  // a power of two, above the keys
static_assert(sizeof message_count == message_slot_count + 1 &&
                  sizeof message_keys / sizeof message_keys[0] == message_slot_count,
              "detail/scan_tables.hpp has the geometry of this header");

constexpr std::size_t message_slot(std::uint64_t key) noexcept {
    return static_cast<std::size_t>((key * 0x9E3779B97F4A7C15u) >> 57) & (message_slot_count - 1);
}

// True when some message could start with the bytes at pos: one look at a
// table of the first three bytes (white space folded as message_key does).
constexpr bool may_start_message(std::string_view text, std::size_t pos) noexcept {
    const std::size_t n = text.size();
    if (pos + 2 >= n || !is_letter(text[pos])) return false;
    const auto first = static_cast<unsigned>(ascii_lower(text[pos]) - 'a');
    std::size_t third = pos + 2;
    if (is_white(text[pos + 1])) {
        while (third < n && is_white(text[third])) ++third;
        if (third >= n) return false;
    }
    const std::uint32_t bits = message_first_three[first * 32 + second_byte_index(text[pos + 1])];
    return (bits >> second_byte_index(text[third]) & 1u) != 0;
}

// The slot of the rows whose messages start as the text at pos does, or
// message_slot_count when none does.
constexpr std::size_t message_candidates(std::string_view text, std::size_t pos) noexcept {
    std::uint64_t key = 0;
    if (!message_key(text, pos, key)) return message_slot_count;
    for (std::size_t slot = message_slot(key);; slot = (slot + 1) & (message_slot_count - 1)) {
        if (message_count[slot] == 0) return message_slot_count;
        if (message_keys[slot] == key) return slot;
    }
}

// Where the message ends in the text when the text at pos reads as it does
// (any letter case, a run of white space for each run of spaces, the final
// period optional on both sides and taken when the text has it), or npos.
constexpr std::size_t match_message(std::string_view text, std::size_t pos,
                                    std::string_view message) noexcept {
    std::size_t i = pos;
    std::size_t j = 0;
    const std::size_t n = text.size();
    const std::size_t m = message.size();
    while (j < m) {
        const char expected = message[j];
        if (expected == ' ') {
            if (i >= n || !is_white(text[i])) return std::string_view::npos;
            while (i < n && is_white(text[i])) ++i;
            while (j < m && message[j] == ' ') ++j;
            continue;
        }
        if (expected == '.' && j + 1 == m) break;
        if (i >= n || ascii_lower(text[i]) != ascii_lower(expected)) return std::string_view::npos;
        ++i;
        ++j;
    }
    if (i < n && text[i] == '.') ++i;
    return i;
}

}  // namespace detail::scanning
}  // namespace v1
}  // namespace ipsec_error

#endif  // IPSEC_ERROR_DETAIL_SCAN_TEXT_HPP
