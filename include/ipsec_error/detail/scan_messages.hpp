// SPDX-License-Identifier: BSL-1.0
// ipsec-error, internal: the codes scan() finds written as their Windows
// messages, and when a message found in a text stands as one.
#ifndef IPSEC_ERROR_DETAIL_SCAN_MESSAGES_HPP
#define IPSEC_ERROR_DETAIL_SCAN_MESSAGES_HPP

#include <cstddef>
#include <string_view>

#include <ipsec_error/detail/scan_findings.hpp>
#include <ipsec_error/detail/scan_text.hpp>
#include <ipsec_error/finding.hpp>
#include <ipsec_error/records.hpp>

namespace ipsec_error {
inline namespace v1 {
namespace detail::scanning {

// True when what lies before pos, past blanks, does not carry a sentence on
// into the message: the start of the text or a line, or punctuation.
constexpr bool stands_after(std::string_view text, std::size_t pos) noexcept {
    for (std::size_t k = 0; k < blank_reach; ++k, --pos) {
        if (pos == 0) return true;
        const char c = text[pos - 1];
        if (!is_blank(c)) return !is_word(c);
    }
    return true;
}

// The same after a message that ends at end: the end of the text or a line,
// punctuation, or anything once the message has its final period.
constexpr bool stands_before(std::string_view text, std::size_t end) noexcept {
    const bool sentence_ended = text[end - 1] == '.';
    for (std::size_t k = 0; k < blank_reach; ++k, ++end) {
        if (end >= text.size()) return true;
        const char c = text[end];
        if (!is_blank(c)) return sentence_ended || !is_word(c);
    }
    return true;
}

// A message is a token: no letter, digit or '_' right after it, and no hyphen
// that joins it to a word on either side ("No response from peer-group").
constexpr bool hyphen_free(std::string_view text, std::size_t pos, std::size_t end) noexcept {
    if (end < text.size()) {
        if (is_word(text[end])) return false;
        if (text[end] == '-' && end + 1 < text.size() && is_word(text[end + 1])) return false;
    }
    return !(pos >= 2 && text[pos - 1] == '-' && is_word(text[pos - 2]));
}

// The fewest words a message needs to count wherever it stands.
inline constexpr unsigned words_to_stand_anywhere = 5;

// A Windows message at pos: the longest that matches and stands as a token
// (or alone, when short), with every code that shares it.
constexpr finding match_message_at(std::string_view text, std::size_t pos,
                                   bool whole_text) noexcept {
    const std::size_t slot = message_candidates(text, pos);
    if (slot == message_slot_count) return nothing();
    finding best = nothing();
    std::size_t best_end = 0;
    for (std::size_t k = 0; k < message_count[slot]; ++k) {
        const std::size_t row = message_rows[message_begin[slot] + k];
        const std::size_t end = match_message(text, pos, records[row].message);
        if (end == std::string_view::npos || end < best_end) continue;
        if (whole_text) {
            if (end != text.size()) continue;
        } else {
            if (!hyphen_free(text, pos, end)) continue;
            if (message_words[row] < words_to_stand_anywhere &&
                !(stands_after(text, pos) && stands_before(text, end))) {
                continue;
            }
        }
        if (end > best_end) {
            best = make_finding(pos, end, code_form::message, records[row].code);
            best_end = end;
        } else {
            detail::scan_access::add(best.codes, records[row].code);
        }
    }
    return best;
}

}  // namespace detail::scanning
}  // namespace v1
}  // namespace ipsec_error

#endif  // IPSEC_ERROR_DETAIL_SCAN_MESSAGES_HPP
