// SPDX-License-Identifier: BSL-1.0
// ipsec-error, internal: the text side of scan() and find_by_message(): the
// classes of bytes, and the Windows messages indexed by their first eight
// letters, so that a word of a log is set aside after one look at a table.
//
// A message is compared as a person reads it: in any letter case, a run of
// white space as one space, a final period or none. The tables are generated
// (generated/scan_tables.hpp, from the definitions of scan_bytes.hpp): built
// in a constant expression, they would cost every translation unit that
// includes <ipsec_error/scan.hpp> about 500 million more of the compiler's
// instructions (GCC 12).
#ifndef IPSEC_ERROR_DETAIL_SCAN_TEXT_HPP
#define IPSEC_ERROR_DETAIL_SCAN_TEXT_HPP

#include <cstddef>
#include <cstdint>
#include <string_view>

#include <ipsec_error/detail/ascii.hpp>
#include <ipsec_error/detail/generated/scan_tables.hpp>
#include <ipsec_error/detail/scan_bytes.hpp>
#include <ipsec_error/records.hpp>

namespace ipsec_error {
inline namespace v1 {
namespace detail::scanning {

constexpr unsigned class_of(char c) noexcept { return byte_classes[static_cast<unsigned char>(c)]; }
constexpr bool is_word(char c) noexcept { return (class_of(c) & byte_word) != 0; }
constexpr bool is_digit(char c) noexcept { return (class_of(c) & byte_digit) != 0; }
constexpr bool is_hex(char c) noexcept { return (class_of(c) & byte_hex) != 0; }
constexpr bool is_letter(char c) noexcept { return (class_of(c) & byte_letter) != 0; }
constexpr bool is_blank(char c) noexcept { return (class_of(c) & byte_blank) != 0; }
constexpr bool is_white(char c) noexcept { return (class_of(c) & byte_space) != 0; }
// How far scan() looks past blanks around a token, and how far back for the
// words that say a number is an error code: every decision about a token is
// taken within scan_lookbehind bytes before it (the tool relies on it when it
// cuts an endless line into windows).
inline constexpr std::size_t blank_reach = 64;
inline constexpr std::size_t scan_lookbehind = 192;

static_assert(sizeof message_count == message_slot_count + 1 &&
                  sizeof message_keys / sizeof message_keys[0] == message_slot_count,
              "generated/scan_tables.hpp has the geometry of this header");

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

// What the text at pos matches of a message: all of it, or its first
// sentences (a message of several sentences is often quoted by its first).
enum class message_extent : std::uint32_t { first_sentences, whole };
struct message_match {
    std::size_t end = std::string_view::npos;  ///< where the match ends in the text, or npos
    unsigned words = 0;                        ///< the words of the message matched
    message_extent extent = message_extent::first_sentences;  ///< how much of the message
};

// The whole message when the text at pos reads as it does (any letter case,
// a run of white space for each run of spaces, the final period optional on
// both sides and taken when the text has it) or, failing that, the longest
// run of its first sentences that the text reads so, each ended by a period
// the text may leave out: "IKE failed to find valid machine certificate" of
// 13806's two sentences.
constexpr message_match match_message_or_sentences(std::string_view text, std::size_t pos,
                                                   std::string_view message) noexcept {
    message_match found;
    std::size_t i = pos;
    std::size_t j = 0;
    unsigned words = 1;
    const std::size_t n = text.size();
    const std::size_t m = message.size();
    while (j < m) {
        const char expected = message[j];
        if (expected == '.' && j + 1 < m && message[j + 1] == ' ') {
            // The end of a sentence with more to follow: a match so far.
            std::size_t end = i;
            if (end < n && text[end] == '.') ++end;
            found.end = end;
            found.words = words;
        }
        if (expected == ' ') {
            if (i >= n || !is_white(text[i])) return found;
            while (i < n && is_white(text[i])) ++i;
            while (j < m && message[j] == ' ') ++j;
            ++words;
            continue;
        }
        if (expected == '.' && j + 1 == m) break;
        if (i >= n || ascii_lower(text[i]) != ascii_lower(expected)) return found;
        ++i;
        ++j;
    }
    if (i < n && text[i] == '.') ++i;
    found.end = i;
    found.words = words;
    found.extent = message_extent::whole;
    return found;
}

}  // namespace detail::scanning
}  // namespace v1
}  // namespace ipsec_error

#endif  // IPSEC_ERROR_DETAIL_SCAN_TEXT_HPP
