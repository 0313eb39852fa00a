// SPDX-License-Identifier: BSL-1.0
// ipsec-error, internal: the loop of scan(): where a finding may start,
// which matcher looks at it, and the search for the next one, sixteen bytes
// at a time where the target allows.
#ifndef IPSEC_ERROR_DETAIL_SCAN_LOOP_HPP
#define IPSEC_ERROR_DETAIL_SCAN_LOOP_HPP

#include <cstddef>
#include <string_view>

#include <ipsec_error/detail/config.hpp>
#include <ipsec_error/detail/scan_findings.hpp>
#include <ipsec_error/detail/scan_messages.hpp>
#include <ipsec_error/detail/scan_names.hpp>
#include <ipsec_error/detail/scan_numbers.hpp>
#include <ipsec_error/detail/scan_text.hpp>
#include <ipsec_error/finding.hpp>

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
namespace detail::scanning {

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
}  // namespace v1
}  // namespace ipsec_error

#endif  // IPSEC_ERROR_DETAIL_SCAN_LOOP_HPP
