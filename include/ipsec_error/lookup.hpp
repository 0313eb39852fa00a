// SPDX-License-Identifier: BSL-1.0
/// @file
/// Finding a code by value or name, and reading what a person pastes.
///
/// find() answers with a row of the table (or nullptr); parse() reads a code in
/// any of the forms it shows up in: 13814, 0x35F6, 0x800735F6, -2147011082,
/// 0xC0360001, ERROR_IPSEC_IKE_MM_DELAY_DROP, ike_mm_delay_drop. All of it is
/// constexpr and noexcept, and none of it allocates.
#ifndef IPSEC_ERROR_LOOKUP_HPP
#define IPSEC_ERROR_LOOKUP_HPP

#include <cstdint>
#include <optional>
#include <string_view>

#include <ipsec_error/detail/ascii.hpp>
#include <ipsec_error/detail/find_value.hpp>
#include <ipsec_error/detail/name_index.hpp>
#include <ipsec_error/detail/value_index.hpp>
#include <ipsec_error/errc.hpp>
#include <ipsec_error/records.hpp>
#include <ipsec_error/windows_forms.hpp>

namespace ipsec_error {
inline namespace v1 {

/// The row of the code with this Win32 value (13814), or nullptr when no code has it.
///
/// Only the plain value: an HRESULT or NTSTATUS is not looked through (parse() reads those).
constexpr const record* find(int value) noexcept { return detail::find_value(value); }

/// The row of this code, or nullptr when e holds a value that is not a code.
constexpr const record* find(errc e) noexcept { return detail::find_value(static_cast<int>(e)); }

/// The row of the code with this name, in any letter case: the full name
/// ("ERROR_IPSEC_IKE_MM_DELAY_DROP") or the enumerator's ("ike_mm_delay_drop");
/// nullptr for any other text.
///
/// A full name must carry the code's own prefix (ERROR_IPSEC_, WARNING_IPSEC_ or WSA_IPSEC_,
/// for errc::name_policy_error). The text must be the name and nothing else: no white space
/// around it (parse() allows that).
constexpr const record* find(std::string_view name) noexcept {
    return detail::find_name(name, false);
}

namespace detail {

inline constexpr std::string_view ntstatus_prefix = "STATUS_IPSEC_";

// A number as written: decimal with an optional sign, or hexadecimal after
// 0x. Its 32 bits, or nullopt when it is malformed or does not fit in 32
// bits (signed or unsigned).
constexpr std::optional<std::uint32_t> parse_number(std::string_view text) noexcept {
    bool negative = false;
    unsigned base = 10;
    if (!text.empty() && (text.front() == '+' || text.front() == '-')) {
        negative = text.front() == '-';
        text.remove_prefix(1);
    } else if (text.size() > 2 && text[0] == '0' && (text[1] == 'x' || text[1] == 'X')) {
        base = 16;
        text.remove_prefix(2);
    }
    if (text.empty()) return std::nullopt;
    std::uint64_t value = 0;
    for (char c : text) {
        unsigned digit = 0;
        if (c >= '0' && c <= '9') {
            digit = static_cast<unsigned>(c - '0');
        } else if (base == 16 && c >= 'a' && c <= 'f') {
            digit = static_cast<unsigned>(c - 'a' + 10);
        } else if (base == 16 && c >= 'A' && c <= 'F') {
            digit = static_cast<unsigned>(c - 'A' + 10);
        } else {
            return std::nullopt;
        }
        value = value * base + digit;
        if (value > 0xFFFFFFFFu) return std::nullopt;  // checked every digit: no wrap-around
    }
    if (negative) {
        if (value > 0x80000000u) return std::nullopt;  // below INT32_MIN
        return static_cast<std::uint32_t>(0x100000000u - value);
    }
    return static_cast<std::uint32_t>(value);
}

// The code behind 32 bits: a Win32 value, an HRESULT or an NTSTATUS.
constexpr std::optional<errc> code_of_bits(std::uint32_t bits) noexcept {
    if (bits <= 0xFFFFu) return errc_of(static_cast<int>(bits));
    // from_hresult() reads HRESULT_FROM_WIN32 (0x8007xxxx) and HRESULT_FROM_NT (0xD036xxxx).
    if (auto e = from_hresult(static_cast<std::int32_t>(bits))) return e;
    return from_ntstatus(bits);
}

// What a std::error_code of the category prints: "ipsec:" and the decimal value.
inline constexpr std::string_view error_code_prefix = "IPSEC:";

constexpr std::optional<errc> code_of_error_code(std::string_view text) noexcept {
    text.remove_prefix(error_code_prefix.size());
    if (text.empty() || text.size() > 5) return std::nullopt;
    int value = 0;
    for (char c : text) {
        if (c < '0' || c > '9') return std::nullopt;
        value = value * 10 + (c - '0');
    }
    return errc_of(value);
}

// Eight hex digits without 0x ("800735F6", "C0360001"), as err.exe reads
// them: their 32 bits, or nullopt.
constexpr std::optional<std::uint32_t> bare_hex_bits(std::string_view text) noexcept {
    if (text.size() != 8) return std::nullopt;
    std::uint32_t bits = 0;
    for (char c : text) {
        const char u = ascii_upper(c);
        if (u >= '0' && u <= '9') {
            bits = bits << 4 | static_cast<std::uint32_t>(u - '0');
        } else if (u >= 'A' && u <= 'F') {
            bits = bits << 4 | static_cast<std::uint32_t>(u - 'A' + 10);
        } else {
            return std::nullopt;
        }
    }
    return bits;
}

// An HRESULT or NTSTATUS in eight hex digits without 0x (800735F6, C0360001);
// a plain value needs its 0x.
constexpr std::optional<errc> code_of_bare_hex(std::string_view text) noexcept {
    const std::optional<std::uint32_t> bits = bare_hex_bits(text);
    if (!bits || *bits <= 0xFFFFu) return std::nullopt;
    return code_of_bits(*bits);
}

}  // namespace detail

/// The code in what a person pastes, or std::nullopt.
///
/// It reads a value in decimal or 0x-hex, an HRESULT (hex, or its signed or unsigned
/// decimal), an NTSTATUS of a data-path code, or a name (ERROR_/WARNING_IPSEC_ name,
/// enumerator, or STATUS_IPSEC_ name), in any letter case and with white space around it.
/// Anything else is std::nullopt. It also reads "ipsec:13814" (what a std::error_code
/// prints), HRESULT_FROM_NT's 0xD036xxxx, and an HRESULT or NTSTATUS in eight hex digits
/// without 0x ("800735F6", "C0360001"), as err.exe does.
///
/// For example "13814", " 0x35F6 ", "0x800735F6", "-2147011082" and "ike_mm_delay_drop" all
/// give errc::ike_mm_delay_drop; "0xC0360001" and "STATUS_IPSEC_BAD_SPI" give errc::bad_spi.
/// A number must fit in 32 bits; "35F6h" and other suffixed forms are not read.
constexpr std::optional<errc> parse(std::string_view text) noexcept {
    text = detail::trim(text);
    if (text.empty()) return std::nullopt;
    const char first = text.front();
    if ((first >= '0' && first <= '9') || first == '+' || first == '-') {
        if (auto bits = detail::parse_number(text)) {
            if (auto e = detail::code_of_bits(*bits)) return e;
        }
        return detail::code_of_bare_hex(text);
    }
    if (auto e = detail::code_of_bare_hex(text)) return e;
    if (detail::starts_with_upper(text, detail::error_code_prefix)) {
        return detail::code_of_error_code(text);
    }
    if ((first == 'S' || first == 's') &&
        detail::starts_with_upper(text, detail::ntstatus_prefix)) {
        const record* r = detail::find_stem(text.substr(detail::ntstatus_prefix.size()));
        if (r != nullptr && to_ntstatus(r->code)) return r->code;
        return std::nullopt;
    }
    if (const record* r = find(text)) return r->code;
    return std::nullopt;
}

}  // namespace v1
}  // namespace ipsec_error

#endif  // IPSEC_ERROR_LOOKUP_HPP
