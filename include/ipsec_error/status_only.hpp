// SPDX-License-Identifier: BSL-1.0
/// @file
/// The IPsec NTSTATUS codes that have no IPsec Win32 code: today
/// STATUS_IPSEC_QUEUE_OVERFLOW (0xC000A010).
///
/// The other STATUS_IPSEC_* codes, of the IPsec driver, each twin an
/// ERROR_IPSEC_* code (to_ntstatus(), from_ntstatus()). STATUS_IPSEC_QUEUE_OVERFLOW
/// does not: Windows maps it to the general ERROR_MORE_DATA (234) for Win32
/// callers. It is no errc, so parse() and find() do not return it; this header
/// recognises it and says what it is, without inventing a Win32 code for it.
#ifndef IPSEC_ERROR_STATUS_ONLY_HPP
#define IPSEC_ERROR_STATUS_ONLY_HPP

#include <array>
#include <cstddef>
#include <cstdint>
#include <string_view>

#include <ipsec_error/detail/ascii.hpp>
#include <ipsec_error/detail/generated/status_only.hpp>
#include <ipsec_error/lookup.hpp>

namespace ipsec_error {
inline namespace v1 {

/// An IPsec NTSTATUS code without an IPsec Win32 twin. (The members are in the order that
/// leaves no padding.)
struct status_only_code {
    std::string_view name;        ///< its ntstatus.h name: "STATUS_IPSEC_QUEUE_OVERFLOW"
    std::string_view win32_name;  ///< the Win32 code Windows maps it to: "ERROR_MORE_DATA"
    std::uint32_t status;         ///< the NTSTATUS value: 0xC000A010
    int win32_value;              ///< that Win32 code's value: 234
};

namespace detail {

// The generated columns as status_only_code rows.
constexpr std::array<status_only_code, status_only_count> build_status_only_codes() noexcept {
    std::array<status_only_code, status_only_count> codes{};
    for (std::size_t i = 0; i < status_only_count; ++i) {
        codes[i] = {status_only_names[i], status_only_win32_names[i], status_only_statuses[i],
                    status_only_win32_values[i]};
    }
    return codes;
}

}  // namespace detail

/// The IPsec NTSTATUS codes without an IPsec Win32 twin, in ascending order (generated from
/// the project's data/status_only.tsv).
inline constexpr std::array<status_only_code, detail::status_only_count> status_only_codes =
    detail::build_status_only_codes();

/// The code with this NTSTATUS value, or nullptr.
constexpr const status_only_code* find_status_only(std::uint32_t status) noexcept {
    for (const status_only_code& c : status_only_codes) {
        if (c.status == status) return &c;
    }
    return nullptr;
}

/// The code with this name (any letter case, nothing around it), or nullptr.
constexpr const status_only_code* find_status_only(std::string_view name) noexcept {
    for (const status_only_code& c : status_only_codes) {
        if (detail::equals_upper(name, c.name)) return &c;
    }
    return nullptr;
}

/// The code in what a person pastes, or nullptr: its name, its NTSTATUS in hex
/// ("0xC000A010", or "C000A010" without 0x), in signed or unsigned decimal
/// ("-1073700848", "3221266448"), or wrapped by HRESULT_FROM_NT ("0xD000A010"),
/// with white space around it, as parse() reads the other codes.
constexpr const status_only_code* parse_status_only(std::string_view text) noexcept {
    text = detail::trim(text);
    if (text.empty()) return nullptr;
    std::optional<std::uint32_t> bits = detail::parse_number(text);
    if (!bits) bits = detail::bare_hex_bits(text);
    if (!bits) return find_status_only(text);
    if (const status_only_code* c = find_status_only(*bits)) return c;
    // HRESULT_FROM_NT sets the FACILITY_NT_BIT of the NTSTATUS.
    constexpr std::uint32_t facility_nt_bit = 0x10000000u;
    if ((*bits & facility_nt_bit) != 0) return find_status_only(*bits & ~facility_nt_bit);
    return nullptr;
}

}  // namespace v1
}  // namespace ipsec_error

#endif  // IPSEC_ERROR_STATUS_ONLY_HPP
