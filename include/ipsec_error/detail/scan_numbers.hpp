// SPDX-License-Identifier: BSL-1.0
// ipsec-error, internal: the codes scan() finds written as numbers: hex
// values, HRESULTs and NTSTATUS values (hex and signed decimal), ipsec:N,
// and decimal values where the words around them say they are error codes.
#ifndef IPSEC_ERROR_DETAIL_SCAN_NUMBERS_HPP
#define IPSEC_ERROR_DETAIL_SCAN_NUMBERS_HPP

#include <cstddef>
#include <cstdint>
#include <initializer_list>
#include <optional>
#include <string_view>

#include <ipsec_error/detail/ascii.hpp>
#include <ipsec_error/detail/config.hpp>
#include <ipsec_error/detail/scan_findings.hpp>
#include <ipsec_error/detail/scan_messages.hpp>
#include <ipsec_error/detail/scan_names.hpp>
#include <ipsec_error/detail/scan_text.hpp>
#include <ipsec_error/errc.hpp>
#include <ipsec_error/finding.hpp>
#include <ipsec_error/status_only.hpp>
#include <ipsec_error/windows_forms.hpp>

namespace ipsec_error {
inline namespace v1 {
namespace detail::scanning {

// The status-only code behind 32 bits: its NTSTATUS, or that wrapped by
// HRESULT_FROM_NT (the FACILITY_NT_BIT, 0x10000000, set); and its form.
constexpr const status_only_code* status_of_wide_bits(std::uint32_t bits,
                                                      code_form& form) noexcept {
    if (const status_only_code* c = find_status_only(bits)) {
        form = code_form::ntstatus;
        return c;
    }
    constexpr std::uint32_t facility_nt_bit = 0x10000000u;
    if ((bits & facility_nt_bit) == 0) return nullptr;
    form = code_form::hresult;
    return find_status_only(bits & ~facility_nt_bit);
}

// What lies past a number's digits at end lets it stand as a token: not a
// letter, digit or '_', nor a decimal point or comma before more digits.
constexpr bool number_ends(std::string_view text, std::size_t end) noexcept {
    if (end >= text.size()) return true;
    const char c = text[end];
    if (is_word(c)) return false;
    return !((c == '.' || c == ',') && end + 1 < text.size() && is_digit(text[end + 1]));
}

// The code behind the 32 bits of an HRESULT or NTSTATUS, and its form.
constexpr std::optional<errc> code_of_wide_bits(std::uint32_t bits, code_form& form) noexcept {
    IPSEC_ERROR_BEGIN_COVERED_SWITCH
    switch (bits >> 16) {
        case 0x8007u: form = code_form::hresult; return errc_of(static_cast<int>(bits & 0xFFFFu));
        case 0xD036u: form = code_form::hresult; return from_ntstatus(bits & ~0x10000000u);
        case 0xC036u: form = code_form::ntstatus; return from_ntstatus(bits);
        default: return std::nullopt;
    }
    IPSEC_ERROR_END_COVERED_SWITCH
}

// True when only blanks lie between pos and the start of its line.
constexpr bool starts_line(std::string_view text, std::size_t pos) noexcept {
    for (std::size_t k = 0; k < blank_reach; ++k, --pos) {
        if (pos == 0) return true;
        const char c = text[pos - 1];
        if (c == '\n' || c == '\r') return true;
        if (!is_blank(c)) return false;
    }
    return false;
}

// 0x followed by hex digits at pos.
constexpr finding match_hex(std::string_view text, std::size_t pos) noexcept {
    std::size_t end = pos + 2;
    std::uint32_t bits = 0;
    while (end < text.size() && is_hex(text[end]) && end - pos < 11) {
        const char c = ascii_lower(text[end]);
        const auto digit = static_cast<std::uint32_t>(c <= '9' ? c - '0' : c - 'a' + 10);
        bits = bits << 4 | digit;
        ++end;
    }
    const std::size_t digits = end - pos - 2;
    if (digits == 0 || digits > 8 || !number_ends(text, end)) return nothing();
    code_form form = code_form::hex;
    std::optional<errc> code;
    if (bits <= 0xFFFFu) {
        code = errc_of(static_cast<int>(bits));
        // A hex dump's offset: "0x35f0:  4500 0034 ..."
        if (end < text.size() && text[end] == ':' && starts_line(text, pos)) return nothing();
    } else {
        code = code_of_wide_bits(bits, form);
        if (!code) {
            const status_only_code* status = status_of_wide_bits(bits, form);
            return status != nullptr ? make_status_finding(pos, end, form, status) : nothing();
        }
    }
    if (!code) return nothing();
    return make_finding(pos, end, form, *code);
}

// -2147011082 at pos: a signed 32-bit HRESULT or NTSTATUS.
constexpr finding match_signed(std::string_view text, std::size_t pos) noexcept {
    std::size_t end = pos + 1;
    std::uint64_t value = 0;
    while (end < text.size() && is_digit(text[end]) && end - pos < 12) {
        value = value * 10 + static_cast<std::uint64_t>(text[end] - '0');
        ++end;
    }
    const std::size_t digits = end - pos - 1;
    if (digits < 9 || digits > 10 || value > 0x80000000u || !number_ends(text, end)) {
        return nothing();
    }
    code_form form = code_form::hresult;
    const auto bits = static_cast<std::uint32_t>(0x100000000u - value);
    if (const auto code = code_of_wide_bits(bits, form)) return make_finding(pos, end, form, *code);
    if (const status_only_code* status = status_of_wide_bits(bits, form)) {
        return make_status_finding(pos, end, form, status);
    }
    return nothing();
}

// The five digits of a value at pos, or nullopt; end is set past them.
constexpr std::optional<errc> five_digit_code(std::string_view text, std::size_t pos,
                                              std::size_t& end) noexcept {
    end = pos;
    int value = 0;
    while (end < text.size() && is_digit(text[end]) && end - pos < 6) {
        value = value * 10 + (text[end] - '0');
        ++end;
    }
    if (end - pos != 5 || !number_ends(text, end)) return std::nullopt;
    return errc_of(value);
}

// ipsec:13814 at pos.
constexpr finding match_error_code(std::string_view text, std::size_t pos) noexcept {
    constexpr std::string_view prefix = "IPSEC:";
    if (!starts_with_upper(text.substr(pos), prefix)) return nothing();
    std::size_t end = 0;
    if (const auto code = five_digit_code(text, pos + prefix.size(), end)) {
        return make_finding(pos, end, code_form::error_code, *code);
    }
    return nothing();
}

// What a word before a number says of it.
enum class keyword : unsigned char {
    none,       ///< says nothing
    error,      ///< ...error, ...errorcode, ...errcode, err, errno: the number is an error code
    code,       ///< code: when a key, or after a qualifier
    copula,     ///< is, was
    failure,    ///< failure: "returned on failure is N"
    qualifier,  ///< reason, return, win32, ike, ipsec: "reason code N"
    exception,  ///< ...exception: "Win32Exception (13806)", .NET's way
    notify,     ///< ms_status: "MS_STATUS(13801)", strongSwan's name of Windows' notify
    returned,   ///< returned, returns: "GetLastError() returned 13868"
};

constexpr bool ends_with(std::string_view s, std::string_view suffix) noexcept {
    return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

constexpr keyword classify_word(std::string_view word) noexcept {
    char folded[32]{};
    std::size_t n = 0;
    for (char c : word) {
        if (c == '_') continue;
        if (n == sizeof folded) return keyword::none;
        folded[n++] = ascii_lower(c);
    }
    const std::string_view w(folded, n);
    if (ends_with(w, "error") || ends_with(w, "errorcode") || ends_with(w, "errcode") ||
        w == "err" || w == "errno") {
        return keyword::error;
    }
    if (w == "code") return keyword::code;
    if (w == "is" || w == "was") return keyword::copula;
    if (w == "failure") return keyword::failure;
    if (ends_with(w, "exception")) return keyword::exception;
    if (w == "msstatus") return keyword::notify;
    if (w == "returned" || w == "returns") return keyword::returned;
    if (w == "reason" || w == "return" || w == "win32" || w == "ike" || w == "ipsec") {
        return keyword::qualifier;
    }
    return keyword::none;
}

// The word that ends at end, or an empty view; start is set to its start.
constexpr std::string_view word_before(std::string_view text, std::size_t end,
                                       std::size_t& start) noexcept {
    start = end;
    while (start > 0 && is_word(text[start - 1]) && end - start <= 40) --start;
    if (end - start > 40 || start == end) return {};
    return text.substr(start, end - start);
}

// The word before pos past at most a few blanks (or a hyphen), classified.
constexpr keyword previous_word(std::string_view text, std::size_t pos,
                                std::size_t& start) noexcept {
    std::size_t i = pos;
    while (i > 0 && pos - i < 4 && (is_blank(text[i - 1]) || text[i - 1] == '-')) --i;
    start = i;
    if (i == pos) return keyword::none;
    return classify_word(word_before(text, i, start));
}

// "code" or "is" that starts at pos, written with blanks only before the
// number: does the word before it make the number an error code?
constexpr bool qualified(std::string_view text, std::size_t pos, keyword kind) noexcept {
    std::size_t start = 0;
    const keyword before = previous_word(text, pos, start);
    if (kind == keyword::code) {
        return before == keyword::error || before == keyword::failure ||
               before == keyword::qualifier;
    }
    // kind is copula
    if (before == keyword::error || before == keyword::failure) return true;
    return before == keyword::code && qualified(text, start, keyword::code);
}

// A unit after a number: "13000 bytes" is a count, not a code.
constexpr bool unit_follows(std::string_view text, std::size_t end) noexcept {
    std::size_t i = end;
    while (i < text.size() && is_blank(text[i]) && i - end < 4) ++i;
    if (i == end && i < text.size()) return false;  // punctuation right after the number
    std::size_t word_end = i;
    while (word_end < text.size() && is_letter(text[word_end]) && word_end - i <= 8) ++word_end;
    char folded[8]{};
    const std::size_t n = word_end - i;
    if (n == 0 || n > sizeof folded) return false;
    for (std::size_t k = 0; k < n; ++k) folded[k] = ascii_lower(text[i + k]);
    const std::string_view w(folded, n);
    for (std::string_view unit : {"bytes",   "byte",  "b",       "kb",   "mb",      "ms",     "us",
                                  "ns",      "s",     "sec",     "secs", "seconds", "second", "min",
                                  "minutes", "times", "packets", "pkts", "lines",   "ports"}) {
        if (w == unit) return true;
    }
    return false;
}

// "returned" that starts at pos, after an error word and perhaps the empty
// parentheses of a call: "GetLastError() returned", "the error returned".
constexpr bool returned_by_error(std::string_view text, std::size_t pos) noexcept {
    std::size_t i = pos;
    while (i > 0 && pos - i < 4 && is_blank(text[i - 1])) --i;
    if (i >= 2 && text[i - 1] == ')' && text[i - 2] == '(') i -= 2;
    if (i == pos) return false;
    std::size_t start = 0;
    return classify_word(word_before(text, i, start)) == keyword::error;
}

// Does the text say that the number at pos is an error code? See the rule
// at the top of <ipsec_error/scan.hpp>.
constexpr bool said_to_be_error_code(std::string_view text, std::size_t pos) noexcept {
    std::size_t i = pos;
    bool key = false;
    bool blanks_only = true;
    bool parenthesis = false;
    while (i > 0 && pos - i < 8) {
        const char c = text[i - 1];
        if (c == ':' || c == '=' || c == '"' || c == '\'' || c == '>') {
            key = true;
            blanks_only = false;
        } else if (c == '#' || c == '(' || c == '[') {
            blanks_only = false;
            parenthesis = parenthesis || c == '(';
        } else if (c == ')' && key && i >= 2 && text[i - 2] == '(') {
            // The empty parentheses of a call: "GetLastError() = 13868".
            --i;
        } else if (!is_blank(c)) {
            break;
        }
        --i;
    }
    if (i == pos) return false;
    std::size_t start = 0;
    const keyword kind = classify_word(word_before(text, i, start));
    // A documentation tag ("@error 13806" in a PHP doc comment) numbers a
    // program's own errors.
    if (start > 0 && text[start - 1] == '@') return false;
    IPSEC_ERROR_BEGIN_COVERED_SWITCH
    switch (kind) {
        case keyword::error: return true;
        case keyword::code: return key || (blanks_only && qualified(text, start, kind));
        case keyword::copula: return blanks_only && qualified(text, start, kind);
        case keyword::exception:
        case keyword::notify: return parenthesis;
        case keyword::returned: return blanks_only && returned_by_error(text, start);
        case keyword::none:
        case keyword::failure:
        case keyword::qualifier: return false;
    }
    IPSEC_ERROR_END_COVERED_SWITCH
    return false;
}

// The lower-case letters of the word of at most 20 letters at pos, or an
// empty view (not a word of letters only, or longer); end is set past it.
constexpr std::string_view letters_at(std::string_view text, std::size_t pos, char (&folded)[20],
                                      std::size_t& end) noexcept {
    std::size_t n = 0;
    end = pos;
    while (end < text.size() && is_letter(text[end])) {
        if (n == sizeof folded) return {};
        folded[n++] = ascii_lower(text[end++]);
    }
    if (end < text.size() && is_word(text[end])) return {};
    return {folded, n};
}

// The words that end a run of words after a number before its "error": a
// verb or a word that joins, and the number is no longer what they qualify.
constexpr bool ends_a_qualifier(std::string_view w) noexcept {
    for (std::string_view stop :
         {"is",   "was",     "are", "were", "be",   "been", "has",  "had",   "have",  "and",   "or",
          "but",  "not",     "no",  "in",   "on",   "at",   "of",   "to",    "for",   "from",  "by",
          "with", "without", "as",  "if",   "than", "then", "that", "which", "after", "before"}) {
        if (w == stop) return true;
    }
    return false;
}

// The most words between a number and the "error" after it: "the 13801 IKE
// authentication failure error".
inline constexpr unsigned words_before_error = 4;

// Does the text after a number that ends at end say it is an error code? A
// word ending in "error" or "errors" after it, past at most a few words on
// the same line that qualify it ("a 13801 error", "13868 errors", "the 13801
// IKE authentication failure error"), or "is defined" and "translates to"
// ("13801 is defined in winerror.h").
constexpr bool error_word_follows(std::string_view text, std::size_t end) noexcept {
    std::size_t i = end;
    for (unsigned k = 0; k <= words_before_error; ++k) {
        const std::size_t blanks = i;
        while (i < text.size() && is_blank(text[i]) && i - blanks < 4) ++i;
        if (i == blanks || i >= text.size() || is_blank(text[i])) return false;
        char folded[20]{};
        std::size_t word_end = 0;
        const std::string_view w = letters_at(text, i, folded, word_end);
        if (w.empty()) return false;
        if (ends_with(w, "error") || ends_with(w, "errors")) return true;
        if (k == 0 && (w == "is" || w == "translates")) {
            char next[20]{};
            std::size_t next_end = word_end;
            while (next_end < text.size() && is_blank(text[next_end]) && next_end - word_end < 4) {
                ++next_end;
            }
            const std::string_view v = letters_at(text, next_end, next, next_end);
            return (w == "is" && v == "defined") || (w == "translates" && v == "to");
        }
        if (ends_a_qualifier(w)) return false;
        i = word_end;
    }
    return false;
}

// What may stand before a number whose "error" comes after it: the start of
// a line, or a word that points at or qualifies one error ("a 13801 error",
// "the 13806 error", "intermittent 13801 errors"). Nothing else: "found 13003
// errors" counts them, "VIX 13004 errors" are another product's, "port 13801
// error" is a port.
constexpr bool qualifies_error_before(std::string_view text, std::size_t pos) noexcept {
    std::size_t i = pos;
    while (i > 0 && pos - i < 4 && is_blank(text[i - 1])) --i;
    if (i == 0 || text[i - 1] == '\n' || text[i - 1] == '\r') return true;
    if (i == pos || !is_letter(text[i - 1])) return false;
    std::size_t start = 0;
    const std::string_view word = word_before(text, i, start);
    char folded[16]{};
    if (word.empty() || word.size() > sizeof folded) return false;
    for (std::size_t k = 0; k < word.size(); ++k) folded[k] = ascii_lower(word[k]);
    const std::string_view w(folded, word.size());
    for (std::string_view before :
         {"a",       "an",           "the",    "this",       "that",     "these",      "those",
          "same",    "intermittent", "common", "occasional", "frequent", "persistent", "recurring",
          "typical", "windows",      "vpn",    "ike",        "ikev2",    "ipsec",      "win32"}) {
        if (w == before) return true;
    }
    return false;
}

// How far the name or message of a number's own code may stand from it.
inline constexpr std::size_t own_text_reach = 3;

// True for the bytes between a number and its own name or message: "13801,
// ERROR_...", "ERROR_... - 13868 (0x362C)", "13801(ERROR_...)".
constexpr bool joins_own_text(char c) noexcept {
    return is_blank(c) || c == ',' || c == '(' || c == ':' || c == '-' || c == '=';
}

// Is the number [pos, end) of code written with the name, message or hex
// value of that same code right before or after it? Each confirms the
// other: "{13801, ERROR_IPSEC_IKE_AUTH_FAIL}", "ERROR_IPSEC_IKE_POLICY_MATCH -
// 13868", "13801 IKE authentication credentials are unacceptable", "13843
// (0x3613)".
constexpr bool own_text_adjacent(std::string_view text, std::size_t pos, std::size_t end,
                                 errc code) noexcept {
    std::size_t after = end;
    while (after < text.size() && after - end < own_text_reach && joins_own_text(text[after])) {
        ++after;
    }
    if (after > end && after + 1 < text.size() && text[after] == '0' &&
        (text[after + 1] == 'x' || text[after + 1] == 'X')) {
        const finding hex = match_hex(text, after);
        return hex.offset != no_finding && hex.form == code_form::hex && hex.codes.contains(code);
    }
    if (after > end && after < text.size() && is_letter(text[after])) {
        const finding name = match_name(text, after);
        if (name.offset != no_finding && name.codes.contains(code)) return true;
        const finding message = match_message_at(text, after, false);
        if (message.offset != no_finding && message.codes.contains(code)) return true;
    }
    std::size_t before = pos;
    while (before > 0 && pos - before < own_text_reach && joins_own_text(text[before - 1])) {
        --before;
    }
    if (before == pos || before == 0 || !is_word(text[before - 1])) return false;
    std::size_t start = before;
    while (start > 0 && is_word(text[start - 1]) && before - start <= 64) --start;
    if (start > 0 && is_word(text[start - 1])) return false;
    const finding name = match_name(text, start);
    return name.offset != no_finding && name.offset + name.length == before &&
           name.codes.contains(code);
}

// Does the text around the code's value [pos, end) say it is an error code:
// the words before it or after it, or its own name, message or hex value
// beside it? Only for the few numbers that are a code's value.
constexpr bool decimal_is_code(std::string_view text, std::size_t pos, std::size_t end,
                               errc code) noexcept {
    if (unit_follows(text, end)) return false;
    return said_to_be_error_code(text, pos) ||
           (error_word_follows(text, end) && qualifies_error_before(text, pos)) ||
           own_text_adjacent(text, pos, end, code);
}

// The five-digit value of a code at pos, said to be an error code. The test
// of the value stays small, so that the many numbers that are no code's
// value cost what they did.
constexpr finding match_decimal(std::string_view text, std::size_t pos) noexcept {
    std::size_t end = 0;
    const auto code = five_digit_code(text, pos, end);
    if (!code || !decimal_is_code(text, pos, end, *code)) return nothing();
    return make_finding(pos, end, code_form::decimal, *code);
}

}  // namespace detail::scanning
}  // namespace v1
}  // namespace ipsec_error

#endif  // IPSEC_ERROR_DETAIL_SCAN_NUMBERS_HPP
