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
// A question mark is no end: "negotiation took too long?" asks, in software
// of its own, whether a negotiation did.
constexpr bool stands_before(std::string_view text, std::size_t end) noexcept {
    const bool sentence_ended = text[end - 1] == '.';
    for (std::size_t k = 0; k < blank_reach; ++k, ++end) {
        if (end >= text.size()) return true;
        const char c = text[end];
        if (!is_blank(c)) return sentence_ended || (!is_word(c) && c != '?');
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

// The fewest words of a short message that names an error ("Policy match
// error") for it to count inside a sentence: "I get a policy match error".
inline constexpr unsigned words_to_name_an_error = 3;

// True when the message matched ends in the word "error", as a few short
// messages do: a name of an error that people write inside their sentences.
constexpr bool names_an_error(std::string_view text, std::size_t end) noexcept {
    if (end > 0 && text[end - 1] == '.') --end;
    constexpr std::string_view error = "error";
    if (end < error.size() + 1) return false;
    for (std::size_t k = 0; k < error.size(); ++k) {
        if (ascii_lower(text[end - error.size() + k]) != error[k]) return false;
    }
    return is_white(text[end - error.size() - 1]);
}

// True when a line ends inside [pos, end): a message wrapped onto the next line.
constexpr bool crosses_lines(std::string_view text, std::size_t pos, std::size_t end) noexcept {
    for (std::size_t i = pos; i < end; ++i) {
        if (text[i] == '\n' || text[i] == '\r') return true;
    }
    return false;
}

// True when a JavaScript error's type stands right before pos, past a colon:
// "TypeError: Load failed" is a browser's error for a failed fetch, and no
// IPsec code's message.
constexpr bool after_script_error(std::string_view text, std::size_t pos) noexcept {
    std::size_t i = pos;
    while (i > 0 && pos - i < 4 && is_blank(text[i - 1])) --i;
    if (i == 0 || text[i - 1] != ':') return false;
    --i;
    std::size_t start = i;
    while (start > 0 && is_letter(text[start - 1]) && i - start < 16) --start;
    const std::string_view word = text.substr(start, i - start);
    for (std::string_view type : {"TypeError", "RangeError", "ReferenceError", "SyntaxError",
                                  "EvalError", "URIError", "AggregateError", "DOMException"}) {
        if (word == type) return true;
    }
    return false;
}

// True when only white space shares the line with [pos, end): what someone
// typed as the message itself ("negotiation took too long.").
constexpr bool alone_on_line(std::string_view text, std::size_t pos, std::size_t end) noexcept {
    for (std::size_t i = pos; i > 0 && text[i - 1] != '\n' && text[i - 1] != '\r'; --i) {
        if (!is_white(text[i - 1])) return false;
    }
    for (std::size_t i = end; i < text.size() && text[i] != '\n' && text[i] != '\r'; ++i) {
        if (!is_white(text[i])) return false;
    }
    return true;
}

// True when a short message at pos reads as a program's own text rather
// than Windows': in lower case beside other text ("no response from peer" is
// how many programs word a timeout; Windows starts every message with a
// capital), in a source's string literal opened right after a call's
// parenthesis ("("No response from peer"), or with a format's placeholder
// after it ("{0}", "%s", "$x") or the end of one before it ("${WHO} ...").
constexpr bool reads_as_other_software(std::string_view text, std::size_t pos,
                                       std::size_t end) noexcept {
    if (text[pos] >= 'a' && text[pos] <= 'z' && !alone_on_line(text, pos, end)) return true;
    if (pos >= 2 && (text[pos - 1] == '"' || text[pos - 1] == '\'') &&
        (text[pos - 2] == '(' || (text[pos - 2] == 'L' && (pos == 2 || !is_word(text[pos - 3]))))) {
        return true;
    }
    std::size_t after = end;
    while (after < text.size() && is_blank(text[after]) && after - end < blank_reach) ++after;
    if (after < text.size() && (text[after] == '{' || text[after] == '%' || text[after] == '$')) {
        return true;
    }
    std::size_t before = pos;
    while (before > 0 && is_blank(text[before - 1]) && pos - before < blank_reach) --before;
    return before > 0 && text[before - 1] == '}';
}

// Does a match of words words over [pos, end) count where it stands? A
// message of five words or more counts anywhere, also wrapped over lines; a
// shorter one only on one line, and alone (not as a JavaScript error's
// message, nor as another program's text), or inside a sentence when it
// names an error.
constexpr bool match_stands(std::string_view text, std::size_t pos, std::size_t end,
                            unsigned words) noexcept {
    if (!hyphen_free(text, pos, end)) return false;
    if (words >= words_to_stand_anywhere) return true;
    if (crosses_lines(text, pos, end)) return false;
    if (words >= words_to_name_an_error && names_an_error(text, end)) return true;
    return stands_after(text, pos) && stands_before(text, end) && !after_script_error(text, pos) &&
           !reads_as_other_software(text, pos, end);
}

// A Windows message at pos: the longest that matches and stands as a token
// (or alone, when short), with every code that shares it; with whole_text,
// the message that is all of the text. The first sentences of a message of
// several count too, when no whole message ends where they do.
constexpr finding match_message_at(std::string_view text, std::size_t pos,
                                   bool whole_text) noexcept {
    const std::size_t slot = message_candidates(text, pos);
    if (slot == message_slot_count) return nothing();
    finding best = nothing();
    std::size_t best_end = 0;
    bool best_whole = false;
    for (std::size_t k = 0; k < message_count[slot]; ++k) {
        const std::size_t row = message_rows[message_begin[slot] + k];
        const message_match m = match_message_or_sentences(text, pos, records[row].message);
        const std::size_t end = m.end;
        const bool whole = m.extent == message_extent::whole;
        if (whole_text) {
            if (end != text.size()) continue;
        } else {
            if (end == std::string_view::npos || end < best_end) continue;
            if (!match_stands(text, pos, end, m.words)) continue;
        }
        if (end > best_end || (whole && !best_whole)) {
            best = make_finding(pos, end, code_form::message, records[row].code);
            best_end = end;
            best_whole = whole;
        } else if (whole == best_whole) {
            detail::scan_access::add(best.codes, records[row].code);
        }
    }
    return best;
}

}  // namespace detail::scanning
}  // namespace v1
}  // namespace ipsec_error

#endif  // IPSEC_ERROR_DETAIL_SCAN_MESSAGES_HPP
