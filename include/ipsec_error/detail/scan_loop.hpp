// SPDX-License-Identifier: BSL-1.0
// ipsec-error, internal: the loop of scan(): where a finding may start,
// which matcher looks at it, and the search for the next one, sixteen bytes
// at a time where the target allows.
#ifndef IPSEC_ERROR_DETAIL_SCAN_LOOP_HPP
#define IPSEC_ERROR_DETAIL_SCAN_LOOP_HPP

#include <cstddef>
#include <cstdint>
#include <initializer_list>
#include <string_view>

#include <ipsec_error/detail/config.hpp>
#include <ipsec_error/detail/name_prefixes.hpp>
#include <ipsec_error/detail/scan_findings.hpp>
#include <ipsec_error/detail/scan_messages.hpp>
#include <ipsec_error/detail/scan_names.hpp>
#include <ipsec_error/detail/scan_numbers.hpp>
#include <ipsec_error/detail/scan_text.hpp>
#include <ipsec_error/finding.hpp>
#include <ipsec_error/lookup.hpp>
#include <ipsec_error/records.hpp>

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
#if !defined(IPSEC_ERROR_SCAN_SIMD128)
#if defined(__wasm_simd128__)
/// 1 when scan() finds the starts of tokens sixteen bytes at a time with WebAssembly SIMD128
/// (a build with -msimd128), 0 when it goes a byte at a time. Define it to 0 before the
/// include to choose the plain loop; both find the same codes.
#define IPSEC_ERROR_SCAN_SIMD128 1
#else
/// 0: scan() goes a byte at a time on WebAssembly (no -msimd128), and elsewhere.
#define IPSEC_ERROR_SCAN_SIMD128 0
#endif
#endif
#if IPSEC_ERROR_SCAN_SSE2
#include <emmintrin.h>
#endif
#if IPSEC_ERROR_SCAN_SIMD128
#include <wasm_simd128.h>
#endif
#include <cstring>

#if defined(__GNUC__) || defined(__clang__)
// The per-word test of the vector loops is worth inlining: its constants
// then stay in registers across the loop.
#define IPSEC_ERROR_SCAN_INLINE __attribute__((always_inline)) inline
#else
#define IPSEC_ERROR_SCAN_INLINE inline
#endif

namespace ipsec_error {
inline namespace v1 {
namespace detail::scanning {

// Eight bytes of text from pos (at least eight remain), the first in the
// lowest byte.
constexpr std::uint64_t eight_bytes(std::string_view text, std::size_t pos) noexcept {
    std::uint64_t w = 0;
#if IPSEC_ERROR_SCAN_SSE2 || IPSEC_ERROR_SCAN_SIMD128  // little-endian targets: one load
    if (!IPSEC_ERROR_CONSTANT_EVALUATED()) {
        std::memcpy(&w, text.data() + pos, sizeof w);
        return w;
    }
#endif
    for (unsigned k = 0; k < 8; ++k) {
        w |= std::uint64_t{static_cast<unsigned char>(text[pos + k])} << (8 * k);
    }
    return w;
}

// Bytes of eight at once: the high bit of each byte that is below 0x21
// (white space, a control byte), or a space.
inline constexpr std::uint64_t byte_ones = 0x0101010101010101u;
inline constexpr std::uint64_t byte_highs = byte_ones * 0x80;

constexpr std::uint64_t bytes_below_0x21(std::uint64_t w) noexcept {
    return ~((w & ~byte_highs) + byte_ones * (0x80 - 0x21)) & ~w & byte_highs;
}
constexpr std::uint64_t space_bytes(std::uint64_t w) noexcept {
    const std::uint64_t x = w ^ byte_ones * 0x20;
    return ~(((x & ~byte_highs) + ~byte_highs) | x) & byte_highs;
}
// The bytes of w before the first one without bit 0x40 (white space, a
// digit, most punctuation): the letters a word starts with, as many as eight
// bytes hold. A message's key (message_key()) starts with the same bytes but
// for their letter case, for white space has no bit 0x40 and lower case keeps
// it; and this costs fewer instructions than a cut at white space.
constexpr std::uint64_t first_word_key(std::uint64_t w) noexcept {
    const std::uint64_t ends = ~w & byte_ones * 0x40;
    const std::uint64_t first_end = ends & (~ends + 1);
    return w & ((first_end >> 6) - 1);
}

// The first eight bytes at pos with white space folded as message_key()
// folds it: w itself when it holds no control byte and no two spaces in a
// row (as the words of a log do); message_key() otherwise.
constexpr bool folded_eight_bytes(std::string_view text, std::size_t pos, std::uint64_t w,
                                  std::uint64_t& key) noexcept {
    const std::uint64_t spaces = space_bytes(w);
    if ((bytes_below_0x21(w) & ~spaces) != 0 || (spaces & spaces >> 8) != 0) {
        return message_key(text, pos, key);
    }
    key = w;
    return true;
}

// A bit for each hash of a key: a set of keys that may answer "perhaps" for
// a key that is not in it, and never "no" for one that is. Keys are taken in
// any letter case: the hash is of the key with bit 0x20 set in every byte.
struct key_filter {
    std::uint64_t bits[64]{};

    constexpr void add(std::uint64_t key) noexcept {
        const unsigned bit = key_bit(key);
        bits[bit >> 6] |= std::uint64_t{1} << (bit & 63);
    }
    constexpr bool has(std::uint64_t key) const noexcept {
        const unsigned bit = key_bit(key);
        return (bits[bit >> 6] >> (bit & 63) & 1u) != 0;
    }
    static constexpr unsigned key_bit(std::uint64_t key) noexcept {
        return static_cast<unsigned>(((key | byte_ones * 0x20) * 0x9E3779B97F4A7C15u) >> 52);
    }
};

// What may start a finding at a letter, as its first eight bytes: a message
// (its key in message_keys), a name (the prefixes match_name() takes) or
// ipsec:N (with the first two digits of a code's value, every value having
// five). Key gives the key
// of each that a filter holds. The generated arrays are read rather than
// records: a constant expression reads them for a fraction of the
// compiler's work.
template <class Key>
constexpr key_filter make_word_filter(Key key) noexcept {
    key_filter filter;
    for (std::size_t slot = 0; slot < message_slot_count; ++slot) {
        if (message_count[slot] != 0) filter.add(key(message_keys[slot]));
    }
    for (std::string_view prefix : {error_prefix, warning_prefix, wsa_prefix, ntstatus_prefix}) {
        filter.add(key(eight_bytes(prefix, 0)));
    }
    // The first two digits of the values (five digits each), as bits of two
    // words: a constant expression changes a word for much less than an
    // element of an array.
    std::uint64_t low = 0;
    std::uint64_t high = 0;
    for (std::size_t row = 0; row < row_count; ++row) {
        const unsigned first_two = static_cast<unsigned>(row_values[row]) / 1000;
        (first_two < 64 ? low : high) |= std::uint64_t{1} << (first_two & 63);
    }
    for (unsigned first_two = 10; first_two < 100; ++first_two) {
        if (((first_two < 64 ? low : high) >> (first_two & 63) & 1u) == 0) continue;
        const char error_code[8] = {'i',
                                    'p',
                                    's',
                                    'e',
                                    'c',
                                    ':',
                                    static_cast<char>('0' + first_two / 10),
                                    static_cast<char>('0' + first_two % 10)};
        filter.add(key(eight_bytes(std::string_view(error_code, sizeof error_code), 0)));
    }
    return filter;
}

// Two filters, one after the other: the letters a word starts with (nearly
// every word of a log is set aside there, in a few instructions), then the
// eight bytes as message_key() folds them (which sets aside "the" and
// "error" before a word that no message has).
inline constexpr key_filter first_word_filter = make_word_filter(first_word_key);
inline constexpr key_filter word_start_filter = make_word_filter([](std::uint64_t w) { return w; });

// The fewest digits of a number scan() reads as signed decimal (after the
// '-') and as decimal: match_signed() and five_digit_code() want them.
inline constexpr std::size_t signed_digits = 9;
inline constexpr std::size_t decimal_digits = 5;

// True when count digits or more start at pos.
constexpr bool digits_from(std::string_view text, std::size_t pos, std::size_t count) noexcept {
    if (text.size() - pos < count) return false;
    for (std::size_t k = 0; k < count; ++k) {
        if (!is_digit(text[pos + k])) return false;
    }
    return true;
}

// True when a finding may start at pos, a token start (or a '-'): a cheap
// look at a few bytes that sets nearly every word aside. Every finding that
// finding_at() can make passes; the vector loops below pass every position
// that passes here (both change together).
IPSEC_ERROR_SCAN_INLINE constexpr bool may_start_finding(std::string_view text,
                                                         std::size_t pos) noexcept {
    const char c = text[pos];
    if (is_letter(c)) {
        if (text.size() - pos < 8) return false;  // every message and name is longer
        const std::uint64_t w = eight_bytes(text, pos);
        if (!first_word_filter.has(first_word_key(w))) return false;
        std::uint64_t key = 0;
        return folded_eight_bytes(text, pos, w, key) && word_start_filter.has(key);
    }
    switch (c) {
        case '-': return digits_from(text, pos + 1, signed_digits);
        case '0': return pos + 1 < text.size() && (text[pos + 1] == 'x' || text[pos + 1] == 'X');
        case '1': return digits_from(text, pos + 1, decimal_digits - 1);
        default: return false;
    }
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

// True when pos starts a token (or is a '-'), the places finding_at() looks.
constexpr bool token_start(std::string_view text, std::size_t pos) noexcept {
    const char c = text[pos];
    return c == '-' || (is_word(c) && (pos == 0 || !is_word(text[pos - 1])));
}

// The first finding that starts at from or later, a byte at a time (in
// constant expressions, and where no vector loop is built).
constexpr finding next_finding_bytewise(std::string_view text, std::size_t from) noexcept {
    const std::size_t n = text.size();
    for (std::size_t i = from; i < n; ++i) {
        if (token_start(text, i) && may_start_finding(text, i)) {
            const finding f = finding_at(text, i);
            if (f.offset != no_finding) return f;
        }
    }
    return nothing();
}

#if IPSEC_ERROR_SCAN_SSE2 || IPSEC_ERROR_SCAN_SIMD128
// The vector loop, one algorithm for every instruction set. Masks of the
// classes of the bytes (a bit a byte, the first lowest) are taken sixteen
// bytes at a time and kept for a window of 64 bytes: the loop looks at the
// first 48, and the last 16 are what a number there may run on into (they
// are the first of the next window, their masks taken once). The bit
// arithmetic on them then costs a third of what a block of sixteen would.
// From those masks, the places that may start a finding; then
// may_start_finding() and finding_at() at each. The mask keeps every place
// that may_start_finding() passes: a token that starts with a letter, with
// 0x or 0X, or with '1' and four more digits, and a '-' before nine digits.
struct block_masks {
    unsigned word = 0;   // a letter, digit or '_'
    unsigned digit = 0;  // 0-9
    unsigned x = 0;      // 'x' or 'X'
    unsigned lead = 0;   // '0', '1' or '-': what a number scan() reads starts with

    // The masks of the sixteen bytes from count bytes on, none past these.
    block_masks shifted_down(std::size_t count) const noexcept {
        return {word >> count, digit >> count, x >> count, lead >> count};
    }
};

// Ops is the instruction set: load (sixteen bytes, unaligned), splat, add,
// equal and less (signed bytes), both, either, and mask (a bit per byte's
// high bit, the first byte lowest).
template <class Ops>
inline block_masks masks_of(const char* block) noexcept {
    using vec = typename Ops::vec;
    const vec v = Ops::load(block);
    // A byte in [low, low + count): shifted to the bottom of the signed range.
    const auto in_range = [](vec x, char low, int count) {
        const vec shifted = Ops::add(x, Ops::splat(static_cast<char>(-128 - low)));
        return Ops::less(shifted, Ops::splat(static_cast<char>(-128 + count)));
    };
    const vec folded = Ops::either(v, Ops::splat(0x20));
    const vec letter = in_range(folded, 'a', 26);
    const vec digit = in_range(v, '0', 10);
    // '0' and '1' differ in bit 0 alone.
    const vec zero_or_one = Ops::equal(Ops::either(v, Ops::splat(1)), Ops::splat('1'));
    block_masks m;
    m.word = Ops::mask(Ops::either(Ops::either(letter, digit), Ops::equal(v, Ops::splat('_'))));
    m.digit = Ops::mask(digit);
    m.x = Ops::mask(Ops::equal(folded, Ops::splat('x')));
    m.lead = Ops::mask(Ops::either(zero_or_one, Ops::equal(v, Ops::splat('-'))));
    return m;
}

// The masks of a window of 64 bytes, a bit a byte.
struct window_masks {
    std::uint64_t word = 0;
    std::uint64_t digit = 0;
    std::uint64_t x = 0;
    std::uint64_t lead = 0;

    // Sixteen bytes' masks into bits [at, at + 16), where the window has none yet.
    void put(const block_masks& block, unsigned at) noexcept {
        word |= std::uint64_t{block.word} << at;
        digit |= std::uint64_t{block.digit} << at;
        x |= std::uint64_t{block.x} << at;
        lead |= std::uint64_t{block.lead} << at;
    }
    // To the window 48 bytes on: its first sixteen bytes are this one's last.
    void advance() noexcept {
        word >>= 48;
        digit >>= 48;
        x >>= 48;
        lead >>= 48;
    }
};

// The bytes of a window the loop looks at; the rest are ahead.
inline constexpr unsigned window_step = 48;
inline constexpr std::uint64_t window_looked_at = (std::uint64_t{1} << window_step) - 1;

// The places of the window's first 48 bytes that may start a finding: tokens
// that start with a letter or '_' (words: may_start_finding() sets '_'
// aside), and the numbers. A '0' before four digits or a '1' before an 'x'
// is kept too (may_start_finding() sets it aside): they are rare, and one
// mask for '0', '1' and '-' is cheaper than three.
struct window_starts {
    std::uint64_t words;
    std::uint64_t numbers;
};

inline window_starts candidates(const window_masks& w, std::uint64_t previous_word) noexcept {
    const std::uint64_t two = w.digit & w.digit >> 1;  // two digits start here
    const std::uint64_t four = two & two >> 2;
    const std::uint64_t eight = four & four >> 4;
    const std::uint64_t token = w.word & ~(w.word << 1 | previous_word);
    const std::uint64_t hex_or_decimal = token & w.lead & (w.x | four) >> 1;
    const std::uint64_t negative = w.lead & ~w.word & eight >> 1 & w.digit >> 9;
    return {token & ~w.digit & window_looked_at, (hex_or_decimal | negative) & window_looked_at};
}

// The places of a window at which eight bytes or more of the text remain:
// every message and name is longer.
inline std::uint64_t places_with_eight_bytes(std::size_t window, std::size_t n) noexcept {
    const std::size_t left = n - window;
    if (left >= window_step + 8) return ~std::uint64_t{0};
    if (left < 8) return 0;
    return (std::uint64_t{1} << (left - 7)) - 1;
}

template <class Ops>
inline finding next_finding_vector(std::string_view text, std::size_t from) noexcept {
    const std::size_t n = text.size();
    const char* const data = text.data();
    // Sixteen bytes at i that the text may end in: past its end, no class.
    // The last sixteen bytes of the text are read, their masks shifted
    // down to i (no copy, no call); a text shorter than sixteen is copied
    // with zeros after it (a zero is of no class).
    const auto masks_at = [data, n](std::size_t i) {
        if (i >= n) return block_masks{};
        if (n - i >= 16) return masks_of<Ops>(data + i);
        if (n >= 16) return masks_of<Ops>(data + n - 16).shifted_down(i + 16 - n);
        char last[16] = {};
        std::memcpy(last, data + i, n - i);
        return masks_of<Ops>(last);
    };
    std::uint64_t previous_word = from > 0 && is_word(data[from - 1]) ? 1u : 0u;
    window_masks window;
    window.put(masks_at(from), 0);
    for (std::size_t i = from; i < n; i += window_step) {
        if (n - i >= 64) {  // the whole window in the text: no end to look for
            window.put(masks_of<Ops>(data + i + 16), 16);
            window.put(masks_of<Ops>(data + i + 32), 32);
            window.put(masks_of<Ops>(data + i + 48), 48);
        } else {
            window.put(masks_at(i + 16), 16);
            window.put(masks_at(i + 32), 32);
            window.put(masks_at(i + 48), 48);
        }
        const window_starts found = candidates(window, previous_word);
        previous_word = window.word >> (window_step - 1) & 1u;
        std::uint64_t starts = (found.words & places_with_eight_bytes(i, n)) | found.numbers;
        for (; starts != 0; starts &= starts - 1) {
            const auto bit = static_cast<unsigned>(__builtin_ctzll(starts));
            const std::size_t at = i + bit;
            // The first filter of may_start_finding() alone, first: nearly
            // every word is set aside by it.
            if ((found.numbers >> bit & 1u) == 0 &&
                !first_word_filter.has(first_word_key(eight_bytes(text, at)))) {
                continue;
            }
            if (!may_start_finding(text, at)) continue;
            const finding f = finding_at(text, at);
            if (f.offset != no_finding) return f;
        }
        window.advance();
    }
    return nothing();
}
#endif

#if IPSEC_ERROR_SCAN_SSE2
// The vector operations with SSE2.
struct sse2_ops {
    using vec = __m128i;
    static vec load(const char* p) noexcept {
        return _mm_loadu_si128(reinterpret_cast<const __m128i*>(p));
    }
    static vec splat(char c) noexcept { return _mm_set1_epi8(c); }
    static vec add(vec a, vec b) noexcept { return _mm_add_epi8(a, b); }
    static vec equal(vec a, vec b) noexcept { return _mm_cmpeq_epi8(a, b); }
    static vec less(vec a, vec b) noexcept { return _mm_cmplt_epi8(a, b); }
    static vec both(vec a, vec b) noexcept { return _mm_and_si128(a, b); }
    static vec either(vec a, vec b) noexcept { return _mm_or_si128(a, b); }
    static unsigned mask(vec a) noexcept { return static_cast<unsigned>(_mm_movemask_epi8(a)); }
};

inline finding next_finding_sse2(std::string_view text, std::size_t from) noexcept {
    return next_finding_vector<sse2_ops>(text, from);
}
#endif

#if IPSEC_ERROR_SCAN_SIMD128
// The vector operations with WebAssembly SIMD128.
struct simd128_ops {
    using vec = v128_t;
    static vec load(const char* p) noexcept { return wasm_v128_load(p); }
    static vec splat(char c) noexcept { return wasm_i8x16_splat(c); }
    static vec add(vec a, vec b) noexcept { return wasm_i8x16_add(a, b); }
    static vec equal(vec a, vec b) noexcept { return wasm_i8x16_eq(a, b); }
    static vec less(vec a, vec b) noexcept { return wasm_i8x16_lt(a, b); }
    static vec both(vec a, vec b) noexcept { return wasm_v128_and(a, b); }
    static vec either(vec a, vec b) noexcept { return wasm_v128_or(a, b); }
    static unsigned mask(vec a) noexcept { return static_cast<unsigned>(wasm_i8x16_bitmask(a)); }
};

inline finding next_finding_simd128(std::string_view text, std::size_t from) noexcept {
    return next_finding_vector<simd128_ops>(text, from);
}
#endif

// The first finding that starts at from or later; offset no_finding when
// there is none. The bytes before from are read as context only.
constexpr finding next_finding(std::string_view text, std::size_t from) noexcept {
#if IPSEC_ERROR_SCAN_SSE2
    if (!IPSEC_ERROR_CONSTANT_EVALUATED()) return next_finding_sse2(text, from);
#elif IPSEC_ERROR_SCAN_SIMD128
    if (!IPSEC_ERROR_CONSTANT_EVALUATED()) return next_finding_simd128(text, from);
#endif
    return next_finding_bytewise(text, from);
}

}  // namespace detail::scanning
}  // namespace v1
}  // namespace ipsec_error

#endif  // IPSEC_ERROR_DETAIL_SCAN_LOOP_HPP
