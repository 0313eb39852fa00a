// SPDX-License-Identifier: BSL-1.0
/// @file
/// IPsec codes where people meet them: inside logs, event text, dialogs and pasted sentences.
///
///     for (const ipsec_error::finding& f : ipsec_error::scan(line))
///         for (ipsec_error::errc e : f.codes) explain(e, line.substr(f.offset, f.length));
///
/// find_by_message() tells the codes whose Windows message a text is; scan() finds every code
/// in a text, in every form it is written in. Both are constexpr and noexcept and never
/// allocate. This header is apart from the umbrella <ipsec_error/ipsec_error.hpp>, which stays
/// as light as it was.
///
/// What scan() finds, each only as a whole token, never inside a longer number, hex number or
/// identifier (the bytes around it are not letters, digits or '_'), with its code_form:
///
/// - name: ERROR_IPSEC_*, WARNING_IPSEC_*, WSA_IPSEC_* and STATUS_IPSEC_* names of codes, in
///   any letter case; a misspelt name is nothing.
/// - hresult: 0x8007xxxx and HRESULT_FROM_NT's 0xD036xxxx (0x or 0X, any letter case), and the
///   same in signed decimal (-2147011082).
/// - ntstatus: 0xC036xxxx, also in signed decimal.
/// - hex: the value in hexadecimal with 0x (0x35E9), zero-padded up to eight digits
///   (0x000035ED); not a hex dump's offset ("0x35f0:" at the start of a line).
/// - error_code: ipsec:13814, what a std::error_code prints.
/// - message: the Windows message, compared as find_by_message() compares it. A message of
///   five words or more counts wherever it stands; a shorter one ("Negotiation timed out",
///   "Invalid policy") only where it stands alone: after the start of the text or of a line
///   or punctuation (": ", "\"", ">"), and before the end of a line, punctuation, or its final
///   period; never inside a longer sentence ("Invalid policy name") or joined to a word by a
///   hyphen.
/// - decimal: the bare value of a code (13000 to 13932, or Winsock's 11033), only where the
///   text says that it is an error code:
///   - after a word that ends in "error", "errorcode" or "errcode", or "err": "error 13806",
///     "Win32 error 13806", "<failureErrorCode>13805<", "\"error\":13813",
///     "NativeErrorCode: 13806";
///   - in parentheses after a word that ends in "exception": "Win32Exception (13806)";
///   - after "code" written as a key ("code=13925", "\"code\": 13925"), or after "error code",
///     "failure code", "reason code", "return code";
///   - after "is" or "was" that follows one of these or "failure": "The error code returned
///     on failure is 13801." (RasClient event 20227).
///
///   The number has five digits, is not part of a version or decimal number (13806.1), and no
///   unit follows it (bytes, ms, seconds, times, packets...): ports, byte counts, PIDs, times
///   and versions are never read as codes. Precision comes before recall.
///
/// STATUS_IPSEC_QUEUE_OVERFLOW, an IPsec NTSTATUS with no Win32 code, is found too, as its
/// name (form name), 0xC000A010 or its signed decimal (ntstatus) and HRESULT_FROM_NT's
/// 0xD000A010 (hresult): such a finding has no codes and points to its status_only_code.
///
/// Findings come in order of position and never overlap: where two forms cover the same bytes
/// (a range marker's name is also its message) there is one finding, the name. Every finding's
/// text gives its codes back through parse() or, for a message, find_by_message(), and a
/// status-only finding's text its code through parse_status_only().
#ifndef IPSEC_ERROR_SCAN_HPP
#define IPSEC_ERROR_SCAN_HPP

#include <array>
#include <cstddef>
#include <cstdint>
#include <initializer_list>
#include <iterator>
#include <optional>
#include <string_view>

#include <ipsec_error/detail/ascii.hpp>
#include <ipsec_error/detail/name_index.hpp>
#include <ipsec_error/detail/scan_text.hpp>
#include <ipsec_error/errc.hpp>
#include <ipsec_error/lookup.hpp>
#include <ipsec_error/records.hpp>
#include <ipsec_error/status_only.hpp>
#include <ipsec_error/windows_forms.hpp>

#if !defined(IPSEC_ERROR_SCAN_SSE2)
#if defined(__SSE2__) && (defined(__GNUC__) || defined(__clang__))
/// 1 when scan() finds the starts of tokens sixteen bytes at a time with SSE2 (every x86-64,
/// with GCC and Clang), 0 when it goes a byte at a time (elsewhere, and always in constant
/// expressions). Define it to 0 before the include to choose the plain loop; both find the
/// same codes.
#define IPSEC_ERROR_SCAN_SSE2 1
#else
/// 0: scan() goes a byte at a time (no SSE2, or a compiler other than GCC and Clang).
#define IPSEC_ERROR_SCAN_SSE2 0
#endif
#endif
#if IPSEC_ERROR_SCAN_SSE2
#include <emmintrin.h>
#endif

namespace ipsec_error {
inline namespace v1 {

/// The form in which a code is written where scan() finds it.
enum class code_form : unsigned char {
    name,        ///< ERROR_IPSEC_IKE_MM_DELAY_DROP, WARNING_IPSEC_..., STATUS_IPSEC_BAD_SPI
    hresult,     ///< 0x800735F6, 0xD0360001 (HRESULT_FROM_NT), -2147011082
    ntstatus,    ///< 0xC0360001
    hex,         ///< the value in hexadecimal: 0x35F6, 0x000035F6
    decimal,     ///< 13814, where the text says that it is an error code
    error_code,  ///< ipsec:13814, as a std::error_code prints
    message,     ///< the Windows message
};

/// The spelling of a form: "name", "hresult", "ntstatus", "hex", "decimal",
/// "error_code" or "message"; empty for any other value.
constexpr std::string_view name_of(code_form f) noexcept {
    switch (f) {
        case code_form::name: return "name";
        case code_form::hresult: return "hresult";
        case code_form::ntstatus: return "ntstatus";
        case code_form::hex: return "hex";
        case code_form::decimal: return "decimal";
        case code_form::error_code: return "error_code";
        case code_form::message: return "message";
    }
    return {};
}

namespace detail {
struct scan_access;
}  // namespace detail

/// The codes of one finding: one code, or every code that shares a message
/// (at most four do), in ascending order. A range of errc, usable in
/// constant expressions.
class code_set {
public:
    /// The most codes a set holds: the codes that share a Windows message.
    static constexpr std::size_t capacity = 4;

    /// The first code.
    constexpr const errc* begin() const noexcept { return values_.data(); }
    /// Past the last code.
    constexpr const errc* end() const noexcept { return values_.data() + size_; }
    /// How many codes there are.
    constexpr std::size_t size() const noexcept { return size_; }
    /// True when there is no code.
    constexpr bool empty() const noexcept { return size_ == 0; }
    /// The i-th code, i < size().
    constexpr errc operator[](std::size_t i) const noexcept { return values_[i]; }
    /// True when e is one of the codes.
    constexpr bool contains(errc e) const noexcept {
        for (std::size_t i = 0; i < size_; ++i) {
            if (values_[i] == e) return true;
        }
        return false;
    }

private:
    friend struct detail::scan_access;
    std::array<errc, capacity> values_{};
    std::size_t size_ = 0;
};

/// A code that scan() found in a text.
struct finding {
    /// Where the matched bytes start in the text.
    std::size_t offset = 0;
    /// How many bytes were matched.
    std::size_t length = 0;
    /// The form the code is written in.
    code_form form = code_form::name;
    /// The code, or the codes of a shared message; empty for a status-only code.
    code_set codes;
    /// An IPsec NTSTATUS without a Win32 code (STATUS_IPSEC_QUEUE_OVERFLOW, written as its
    /// name, its NTSTATUS or its HRESULT_FROM_NT): then codes is empty. nullptr otherwise.
    const status_only_code* status_only = nullptr;
};

/// The codes whose Windows message a text is: a range that range-for
/// iterates as `const record&`, in ascending order of value.
class message_matches {
public:
    /// Iterates over the matches as `const record&`.
    class iterator {
    public:
        using iterator_category = std::forward_iterator_tag;  ///< a forward iterator
        using value_type = record;                            ///< a row of the table
        using difference_type = std::ptrdiff_t;               ///< a distance between two
        using pointer = const record*;                        ///< what -> gives
        using reference = const record&;                      ///< what * gives

        /// An iterator that points nowhere.
        constexpr iterator() noexcept = default;
        /// The row.
        constexpr reference operator*() const noexcept { return **at_; }
        /// The row's members.
        constexpr pointer operator->() const noexcept { return *at_; }
        /// To the next match.
        constexpr iterator& operator++() noexcept {
            ++at_;
            return *this;
        }
        /// To the next match; the iterator as it was.
        constexpr iterator operator++(int) noexcept {
            iterator old = *this;
            ++at_;
            return old;
        }
        /// True when both point to the same match.
        friend constexpr bool operator==(iterator a, iterator b) noexcept { return a.at_ == b.at_; }
        /// True when they point to different matches.
        friend constexpr bool operator!=(iterator a, iterator b) noexcept { return a.at_ != b.at_; }

    private:
        friend class message_matches;
        constexpr explicit iterator(const record* const* at) noexcept : at_(at) {}
        const record* const* at_ = nullptr;
    };

    /// The first match.
    constexpr iterator begin() const noexcept { return iterator(rows_.data()); }
    /// Past the last match.
    constexpr iterator end() const noexcept { return iterator(rows_.data() + size_); }
    /// How many codes have the message: 0, 1, or up to 4 for a shared one.
    constexpr std::size_t size() const noexcept { return size_; }
    /// True when no code has the message.
    constexpr bool empty() const noexcept { return size_ == 0; }
    /// The i-th match, i < size().
    constexpr const record& operator[](std::size_t i) const noexcept { return *rows_[i]; }

private:
    friend struct detail::scan_access;
    std::array<const record*, code_set::capacity> rows_{};
    std::size_t size_ = 0;
};

namespace detail {

// The one way in to the private parts of the results.
struct scan_access {
    static constexpr void add(code_set& set, errc e) noexcept {
        if (set.size_ < code_set::capacity) set.values_[set.size_++] = e;
    }
    static constexpr void add(message_matches& m, const record* r) noexcept {
        if (m.size_ < code_set::capacity) m.rows_[m.size_++] = r;
    }
};

}  // namespace detail

namespace detail::scanning {

inline constexpr std::size_t no_finding = std::string_view::npos;

// No finding: its offset is no_finding.
constexpr finding nothing() noexcept {
    finding f;
    f.offset = no_finding;
    return f;
}

constexpr finding make_finding(std::size_t offset, std::size_t end, code_form form,
                               errc code) noexcept {
    finding f;
    f.offset = offset;
    f.length = end - offset;
    f.form = form;
    detail::scan_access::add(f.codes, code);
    return f;
}

// A finding of an IPsec NTSTATUS that has no errc.
constexpr finding make_status_finding(std::size_t offset, std::size_t end, code_form form,
                                      const status_only_code* status) noexcept {
    finding f;
    f.offset = offset;
    f.length = end - offset;
    f.form = form;
    f.status_only = status;
    return f;
}

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
    switch (bits >> 16) {
        case 0x8007u: form = code_form::hresult; return errc_of(static_cast<int>(bits & 0xFFFFu));
        case 0xD036u: form = code_form::hresult; return from_ntstatus(bits & ~0x10000000u);
        case 0xC036u: form = code_form::ntstatus; return from_ntstatus(bits);
        default: return std::nullopt;
    }
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

// Winsock's prefix, for the table's WSA_IPSEC_ name.
inline constexpr std::string_view wsa_prefix = "WSA_IPSEC_";

// A name at pos: ERROR_IPSEC_..., WARNING_IPSEC_..., WSA_IPSEC_... or
// STATUS_IPSEC_..., the whole identifier.
constexpr finding match_name(std::string_view text, std::size_t pos) noexcept {
    const std::string_view rest = text.substr(pos);
    const bool status = starts_with_upper(rest, ntstatus_prefix);
    if (!status && !starts_with_upper(rest, error_prefix) &&
        !starts_with_upper(rest, warning_prefix) && !starts_with_upper(rest, wsa_prefix)) {
        return nothing();
    }
    std::size_t end = pos;
    while (end < text.size() && is_word(text[end])) ++end;
    const std::string_view name = text.substr(pos, end - pos);
    const record* r = nullptr;
    if (status) {
        r = find_stem(name.substr(ntstatus_prefix.size()));
        if (r != nullptr && !to_ntstatus(r->code)) r = nullptr;
        if (r == nullptr) {
            const status_only_code* other = find_status_only(name);
            if (other != nullptr) return make_status_finding(pos, end, code_form::name, other);
        }
    } else {
        r = find(name);
    }
    if (r == nullptr) return nothing();
    return make_finding(pos, end, code_form::name, r->code);
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
    switch (kind) {
        case keyword::error: return true;
        case keyword::code: return key || (blanks_only && qualified(text, start, kind));
        case keyword::copula: return blanks_only && qualified(text, start, kind);
        case keyword::exception: return parenthesis;
        default: return false;
    }
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

// True when a finding may start at pos, a token start (or a '-'): a cheap
// look at a few bytes that sets nearly every word aside.
constexpr bool may_start_finding(std::string_view text, std::size_t pos) noexcept {
    const std::size_t n = text.size();
    if (pos + 1 >= n) return false;
    const char c = text[pos];
    const char next = text[pos + 1];
    switch (c) {
        case '-': return is_digit(next);
        case '0': return next == 'x' || next == 'X';
        case '1': return is_digit(next);
        default: break;
    }
    if (!is_letter(c)) return false;
    switch (ascii_lower(c)) {
        case 'e':  // ERROR_
            if (pos + 5 < n && text[pos + 5] == '_') return true;
            break;
        case 'w':  // WARNING_, WSA_
            if ((pos + 7 < n && text[pos + 7] == '_') || (pos + 3 < n && text[pos + 3] == '_')) {
                return true;
            }
            break;
        case 's':  // STATUS_
            if (pos + 6 < n && text[pos + 6] == '_') return true;
            break;
        case 'i':  // ipsec:
            if (pos + 5 < n && text[pos + 5] == ':') return true;
            break;
        default: break;
    }
    return may_start_message(text, pos);
}

// The finding that starts at pos, a token start (or a '-'), if any.
constexpr finding finding_at(std::string_view text, std::size_t pos) noexcept {
    const std::size_t n = text.size();
    const char c = text[pos];
    if (c == '-') {
        if (pos + 1 < n && is_digit(text[pos + 1]) && (pos == 0 || !is_word(text[pos - 1]))) {
            return match_signed(text, pos);
        }
        return nothing();
    }
    if (c == '0') {
        if (pos + 1 < n && (text[pos + 1] == 'x' || text[pos + 1] == 'X'))
            return match_hex(text, pos);
        return nothing();
    }
    if (c == '1') {
        if (pos + 1 < n && is_digit(text[pos + 1])) return match_decimal(text, pos);
        return nothing();
    }
    if (!is_letter(c)) return nothing();
    const char lower = ascii_lower(c);
    finding f = nothing();
    if (lower == 'e' || lower == 'w' || lower == 's') {
        f = match_name(text, pos);
    } else if (lower == 'i') {
        f = match_error_code(text, pos);
    }
    if (f.offset == no_finding && may_start_message(text, pos))
        f = match_message_at(text, pos, false);
    return f;
}

// The first finding that starts at from or later, a byte at a time (in
// constant expressions, and for the last bytes of a text).
constexpr finding next_finding_bytewise(std::string_view text, std::size_t from) noexcept {
    const std::size_t n = text.size();
    for (std::size_t i = from; i < n; ++i) {
        const char c = text[i];
        if ((c == '-' || (is_word(c) && (i == 0 || !is_word(text[i - 1])))) &&
            may_start_finding(text, i)) {
            const finding f = finding_at(text, i);
            if (f.offset != no_finding) return f;
        }
    }
    return nothing();
}

#if IPSEC_ERROR_SCAN_SSE2
// The same, sixteen bytes at a time: a mask of the bytes that start a token
// (or are a '-'), then a look at each.
inline finding next_finding_sse2(std::string_view text, std::size_t from) noexcept {
    const std::size_t n = text.size();
    const char* const data = text.data();
    unsigned previous_word = from > 0 && is_word(data[from - 1]) ? 1u : 0u;
    std::size_t i = from;
    const __m128i case_bit = _mm_set1_epi8(0x20);
    const __m128i before_a = _mm_set1_epi8('a' - 1);
    const __m128i after_z = _mm_set1_epi8('z' + 1);
    const __m128i before_0 = _mm_set1_epi8('0' - 1);
    const __m128i after_9 = _mm_set1_epi8('9' + 1);
    const __m128i underscore = _mm_set1_epi8('_');
    const __m128i hyphen = _mm_set1_epi8('-');
    for (; n - i >= 16; i += 16) {
        const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(data + i));
        const __m128i folded = _mm_or_si128(v, case_bit);
        const __m128i letter =
            _mm_and_si128(_mm_cmpgt_epi8(folded, before_a), _mm_cmplt_epi8(folded, after_z));
        const __m128i digit =
            _mm_and_si128(_mm_cmpgt_epi8(v, before_0), _mm_cmplt_epi8(v, after_9));
        const __m128i word =
            _mm_or_si128(_mm_or_si128(letter, digit), _mm_cmpeq_epi8(v, underscore));
        const auto word_mask = static_cast<unsigned>(_mm_movemask_epi8(word));
        const auto hyphen_mask =
            static_cast<unsigned>(_mm_movemask_epi8(_mm_cmpeq_epi8(v, hyphen)));
        unsigned starts = (word_mask & ~(word_mask << 1 | previous_word)) | hyphen_mask;
        previous_word = word_mask >> 15 & 1u;
        while (starts != 0) {
            const std::size_t at = i + static_cast<std::size_t>(__builtin_ctz(starts));
            starts &= starts - 1;
            if (!may_start_finding(text, at)) continue;
            const finding f = finding_at(text, at);
            if (f.offset != no_finding) return f;
        }
    }
    return next_finding_bytewise(text, i);
}
#endif

// The first finding that starts at from or later; offset no_finding when
// there is none. The bytes before from are read as context only.
constexpr finding next_finding(std::string_view text, std::size_t from) noexcept {
#if IPSEC_ERROR_SCAN_SSE2
    if (!IPSEC_ERROR_CONSTANT_EVALUATED()) return next_finding_sse2(text, from);
#endif
    return next_finding_bytewise(text, from);
}

}  // namespace detail::scanning

/// The codes whose Windows message text is, in ascending order: letter case,
/// a final period, runs of white space and white space around the text do
/// not matter. "Negotiation took too long" gives 13814 and 13815,
/// "Negotiation request sat in Queue too long" four codes; anything that is
/// not a whole message gives none.
constexpr message_matches find_by_message(std::string_view text) noexcept {
    text = detail::trim(text);
    message_matches matches;
    const finding probe = detail::scanning::match_message_at(text, 0, true);
    if (probe.offset != 0) return matches;
    for (errc e : probe.codes) detail::scan_access::add(matches, find(e));
    return matches;
}

/// The codes found in a text, in order of position: a forward range of
/// finding that range-for iterates, usable in constant expressions. It holds
/// a view of the text, which must outlive it; each step finds the next code.
class findings {
public:
    /// Iterates over the findings; each ++ finds the next one.
    class iterator {
    public:
        using iterator_category = std::forward_iterator_tag;  ///< a forward iterator
        using value_type = finding;                           ///< a code found in the text
        using difference_type = std::ptrdiff_t;               ///< a distance between two
        using pointer = const finding*;                       ///< what -> gives
        using reference = const finding&;                     ///< what * gives

        /// An iterator past every finding.
        constexpr iterator() noexcept = default;
        /// The finding.
        constexpr reference operator*() const noexcept { return current_; }
        /// The finding's members.
        constexpr pointer operator->() const noexcept { return &current_; }
        /// To the next finding.
        constexpr iterator& operator++() noexcept {
            current_ = detail::scanning::next_finding(text_, current_.offset + current_.length);
            return *this;
        }
        /// To the next finding; the iterator as it was.
        constexpr iterator operator++(int) noexcept {
            iterator old = *this;
            ++*this;
            return old;
        }
        /// True when both are at the same finding, or both past the last.
        friend constexpr bool operator==(const iterator& a, const iterator& b) noexcept {
            return a.current_.offset == b.current_.offset;
        }
        /// True when they are at different findings.
        friend constexpr bool operator!=(const iterator& a, const iterator& b) noexcept {
            return !(a == b);
        }

    private:
        friend class findings;
        constexpr iterator(std::string_view text, const finding& current) noexcept
            : text_(text), current_(current) {}
        std::string_view text_;
        finding current_ = detail::scanning::nothing();
    };

    /// The findings of text.
    constexpr explicit findings(std::string_view text) noexcept : text_(text) {}
    /// The first finding (found when called).
    constexpr iterator begin() const noexcept {
        return {text_, detail::scanning::next_finding(text_, 0)};
    }
    /// Past the last finding.
    constexpr iterator end() const noexcept { return {}; }
    /// True when the text holds no code.
    constexpr bool empty() const noexcept { return begin() == end(); }
    /// The text that is scanned.
    constexpr std::string_view text() const noexcept { return text_; }

private:
    std::string_view text_;
};

/// Every IPsec code in text, in every form listed at the top of this header:
/// `for (const finding& f : scan(text))`.
constexpr findings scan(std::string_view text) noexcept { return findings(text); }

}  // namespace v1
}  // namespace ipsec_error

#endif  // IPSEC_ERROR_SCAN_HPP
