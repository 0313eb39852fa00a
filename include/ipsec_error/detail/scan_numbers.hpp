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
    error,      ///< ...error, ...errorcode, ...errcode, err: the number is an error code
    code,       ///< code: when a key, or after a qualifier
    copula,     ///< is, was
    failure,    ///< failure: "returned on failure is N"
    qualifier,  ///< reason, return, win32, ike, ipsec: "reason code N"
    exception,  ///< ...exception: "Win32Exception (13806)", .NET's way
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
        w == "err") {
        return keyword::error;
    }
    if (w == "code") return keyword::code;
    if (w == "is" || w == "was") return keyword::copula;
    if (w == "failure") return keyword::failure;
    if (ends_with(w, "exception")) return keyword::exception;
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
        } else if (!is_blank(c)) {
            break;
        }
        --i;
    }
    if (i == pos) return false;
    std::size_t start = 0;
    const keyword kind = classify_word(word_before(text, i, start));
    IPSEC_ERROR_BEGIN_COVERED_SWITCH
    switch (kind) {
        case keyword::error: return true;
        case keyword::code: return key || (blanks_only && qualified(text, start, kind));
        case keyword::copula: return blanks_only && qualified(text, start, kind);
        case keyword::exception: return parenthesis;
        case keyword::none:
        case keyword::failure:
        case keyword::qualifier: return false;
    }
    IPSEC_ERROR_END_COVERED_SWITCH
    return false;
}

// The five-digit value of a code at pos, said to be an error code.
constexpr finding match_decimal(std::string_view text, std::size_t pos) noexcept {
    std::size_t end = 0;
    const auto code = five_digit_code(text, pos, end);
    if (!code || unit_follows(text, end) || !said_to_be_error_code(text, pos)) {
        return nothing();
    }
    return make_finding(pos, end, code_form::decimal, *code);
}

}  // namespace detail::scanning
}  // namespace v1
}  // namespace ipsec_error

#endif  // IPSEC_ERROR_DETAIL_SCAN_NUMBERS_HPP
