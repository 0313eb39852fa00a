// SPDX-License-Identifier: BSL-1.0
// ipsec-error, internal: locale-free ASCII helpers for constant expressions.
//
// <cctype> depends on the C locale and is not constexpr; names and numbers
// of IPsec codes are plain ASCII, so these few helpers are all that parsing
// needs. At run time the comparisons go eight bytes at a time: find(name)
// must keep up with a hash map.
#ifndef IPSEC_ERROR_DETAIL_ASCII_HPP
#define IPSEC_ERROR_DETAIL_ASCII_HPP

#include <cstddef>
#include <cstdint>
#include <string_view>

#include <ipsec_error/detail/config.hpp>
#include <ipsec_error/detail/decimal.hpp>

namespace ipsec_error {
inline namespace v1 {
namespace detail {

constexpr char ascii_upper(char c) noexcept {
    return (c >= 'a' && c <= 'z') ? static_cast<char>(c - ('a' - 'A')) : c;
}

constexpr bool is_space(char c) noexcept {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f';
}

constexpr std::string_view trim(std::string_view s) noexcept {
    while (!s.empty() && is_space(s.front())) s.remove_prefix(1);
    while (!s.empty() && is_space(s.back())) s.remove_suffix(1);
    return s;
}

// Eight bytes from p, the first in the lowest byte (as a little-endian load).
constexpr std::uint64_t load8(const char* p) noexcept {
    if (!IPSEC_ERROR_CONSTANT_EVALUATED()) {
        std::uint64_t v = 0;
        // One unaligned load. std::char_traits copies and compares as memcpy and
        // memcmp do, without <cstring>, which costs every including TU.
        std::char_traits<char>::copy(reinterpret_cast<char*>(&v), p, 8);
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_BIG_ENDIAN__
        v = __builtin_bswap64(v);  // the name index, built at compile time, counts bytes this way
#endif
        return v;
    }
    std::uint64_t v = 0;
    for (int i = 7; i >= 0; --i) v = v << 8 | static_cast<unsigned char>(p[i]);
    return v;
}

// ascii_upper on eight bytes at once: 0x20 off each byte in 'a'..'z'.
constexpr std::uint64_t ascii_upper8(std::uint64_t x) noexcept {
    constexpr std::uint64_t ones = 0x0101010101010101u;
    const std::uint64_t low7 = x & (ones * 0x7F);
    const std::uint64_t above_z = low7 + ones * (0x7F - 'z');            // high bit: byte > 'z'
    const std::uint64_t from_a = low7 + ones * (0x80 - 'a');             // high bit: byte >= 'a'
    const std::uint64_t lower = from_a & ~above_z & ~x & (ones * 0x80);  // ASCII 'a'..'z'
    return x - (lower >> 2);
}

// The bits in which the eight bytes at text[at], upper-cased, and at
// upper[at] differ.
constexpr std::uint64_t folded_difference(const char* text, const char* upper,
                                          std::size_t at) noexcept {
    return ascii_upper8(load8(text + at)) ^ load8(upper + at);
}

// True when the n >= 8 bytes at text, upper-cased, equal those at upper.
// The first 32 bytes are four words whatever n is (the last ones overlapping
// or repeated): a loop whose length followed n would be mispredicted whenever
// names of different lengths follow each other. Longer texts go on by words.
constexpr bool folded_words_equal(const char* text, const char* upper, std::size_t n) noexcept {
    const std::size_t last = n - 8;
    std::uint64_t difference = folded_difference(text, upper, 0) |
                               folded_difference(text, upper, 8 < last ? 8 : last) |
                               folded_difference(text, upper, 16 < last ? 16 : last) |
                               folded_difference(text, upper, 24 < last ? 24 : last);
    for (std::size_t i = 32; i < n; i += 8) {
        difference |= folded_difference(text, upper, i < last ? i : last);
    }
    return difference == 0;
}

// True when text equals upper, an upper-case name, in any letter case.
constexpr bool equals_upper(std::string_view text, std::string_view upper) noexcept {
    const std::size_t n = text.size();
    if (n != upper.size()) return false;
    if (n < 8 || IPSEC_ERROR_CONSTANT_EVALUATED()) {
        // Bytes: fewer steps for the compiler than words put together from bytes.
        for (std::size_t i = 0; i < n; ++i) {
            if (ascii_upper(text[i]) != upper[i]) return false;
        }
        return true;
    }
    // Names are mostly written in upper case: the bytes as they are first
    // (memcmp, which compilers and C libraries make fast for any length),
    // then folded.
    return std::char_traits<char>::compare(text.data(), upper.data(), n) == 0 ||
           folded_words_equal(text.data(), upper.data(), n);
}

// True when text starts with upper, an upper-case prefix, in any letter case.
constexpr bool starts_with_upper(std::string_view text, std::string_view upper) noexcept {
    return text.size() >= upper.size() && equals_upper(text.substr(0, upper.size()), upper);
}

}  // namespace detail
}  // namespace v1
}  // namespace ipsec_error

#endif  // IPSEC_ERROR_DETAIL_ASCII_HPP
