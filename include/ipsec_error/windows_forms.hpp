// SPDX-License-Identifier: BSL-1.0
/// @file
/// The other shapes an IPsec code takes on Windows: HRESULT and NTSTATUS.
///
/// The same failure reaches a program as a Win32 code (13814), as an HRESULT
/// that wraps it (0x800735F6, printed signed as -2147011082), or, for the
/// driver's per-packet codes, as an NTSTATUS (0xC0360001). These functions
/// convert between them; to_errc() accepts a std::error_code of any of its
/// forms and tells the IPsec code it holds.
#ifndef IPSEC_ERROR_WINDOWS_FORMS_HPP
#define IPSEC_ERROR_WINDOWS_FORMS_HPP

#include <cstddef>
#include <cstdint>
#include <optional>
#include <system_error>

#include <ipsec_error/category.hpp>
#include <ipsec_error/detail/code_value.hpp>
#include <ipsec_error/detail/value_index.hpp>
#include <ipsec_error/errc.hpp>

namespace ipsec_error {
inline namespace v1 {

namespace detail {

constexpr std::optional<errc> errc_of(int value) noexcept {
    if (const int code = code_value(value)) return static_cast<errc>(code);
    return std::nullopt;
}

}  // namespace detail

/// The HRESULT that wraps a code, as HRESULT_FROM_WIN32 makes it.
///
/// That is 0x80070000 with the code's low 16 bits, as a signed 32-bit value:
/// errc::ike_mm_delay_drop gives 0x800735F6, or -2147011082.
constexpr std::int32_t to_hresult(errc e) noexcept {
    const auto bits = detail::hresult_win32_base | (static_cast<std::uint32_t>(e) & 0xFFFFu);
    return static_cast<std::int32_t>(bits);  // two's complement: well defined since C++20, and
                                             // what every C++17 compiler does
}

/// The NTSTATUS twin of a code, or std::nullopt for the codes without one.
///
/// Every code of the IPsec driver's packet path and of DoS Protection but
/// errc::dosp_not_installed has a STATUS_IPSEC_* twin in ntstatus.h: errc::bad_spi has
/// 0xC0360001 (STATUS_IPSEC_BAD_SPI).
constexpr std::optional<std::uint32_t> to_ntstatus(errc e) noexcept {
    for (std::size_t i = 0; i < detail::ntstatus_twin_count; ++i) {
        if (detail::ntstatus_twin_values[i] == static_cast<int>(e))
            return detail::ntstatus_twin_statuses[i];
    }
    return std::nullopt;
}

/// The code that has this STATUS_IPSEC_* value as its NTSTATUS twin, the inverse of
/// to_ntstatus(); std::nullopt for any other NTSTATUS.
constexpr std::optional<errc> from_ntstatus(std::uint32_t status) noexcept {
    if (const int value = detail::code_value_of_ntstatus(status)) return static_cast<errc>(value);
    return std::nullopt;
}

/// The IPsec code an HRESULT wraps, or std::nullopt for any other HRESULT.
///
/// Two wrappings are understood: HRESULT_FROM_WIN32 (FACILITY_WIN32 with the
/// failure bit, 0x8007xxxx: the inverse of to_hresult()), and HRESULT_FROM_NT,
/// which sets the FACILITY_NT_BIT (0x10000000) of an NTSTATUS: the
/// STATUS_IPSEC_* twins become 0xD036xxxx (0xD0360001 is errc::bad_spi).
constexpr std::optional<errc> from_hresult(std::int32_t hresult) noexcept {
    if (const int value = detail::code_value_of_hresult(hresult)) return static_cast<errc>(value);
    return std::nullopt;
}

/// The IPsec code a std::error_code holds, or std::nullopt.
///
/// It finds the code in any copy of ipsec_category() and, on Windows, in
/// std::system_category() holding the Win32 code (what GetLastError() returned) or its
/// HRESULT. Anything else gives std::nullopt, including a value of the ipsec category that
/// is no code.
inline std::optional<errc> to_errc(const std::error_code& code) noexcept {
    if (const int value = detail::code_value(code)) return static_cast<errc>(value);
    return std::nullopt;
}

}  // namespace v1
}  // namespace ipsec_error

#endif  // IPSEC_ERROR_WINDOWS_FORMS_HPP
