// SPDX-License-Identifier: BSL-1.0
// ipsec-error, internal: the IPsec code a std::error_code holds, as its value
// (0 for none), and the HRESULT and NTSTATUS forms read back to a value.
// to_errc(), from_hresult() and from_ntstatus() (windows_forms.hpp) return
// these as std::optional<errc>; failed() and message_view() read them
// directly, so that <ipsec_error/error_code.hpp> needs no <optional>.
#ifndef IPSEC_ERROR_DETAIL_CODE_VALUE_HPP
#define IPSEC_ERROR_DETAIL_CODE_VALUE_HPP

#include <cstddef>
#include <cstdint>
#include <system_error>

#include <ipsec_error/category.hpp>
#include <ipsec_error/detail/value_index.hpp>

namespace ipsec_error {
inline namespace v1 {
namespace detail {

// HRESULT_FROM_WIN32: severity bit, FACILITY_WIN32 (7), the code's low 16 bits.
inline constexpr std::uint32_t hresult_win32_base = 0x80070000u;
inline constexpr std::uint32_t hresult_facility_mask = 0xFFFF0000u;
// HRESULT_FROM_NT: an NTSTATUS with this bit set.
inline constexpr std::uint32_t hresult_facility_nt_bit = 0x10000000u;

// value when it is a code, else 0 (no code has the value 0).
constexpr int code_value(int value) noexcept { return row_of(value) != 0 ? value : 0; }

// The value of the code whose NTSTATUS twin is status, or 0.
constexpr int code_value_of_ntstatus(std::uint32_t status) noexcept {
    for (std::size_t i = 0; i < ntstatus_twin_count; ++i) {
        if (ntstatus_twin_statuses[i] == status) return ntstatus_twin_values[i];
    }
    return 0;
}

// The value of the code an HRESULT wraps (HRESULT_FROM_WIN32 or
// HRESULT_FROM_NT of a twin), or 0.
constexpr int code_value_of_hresult(std::int32_t hresult) noexcept {
    const auto bits = static_cast<std::uint32_t>(hresult);
    if ((bits & hresult_facility_mask) == hresult_win32_base) {
        return code_value(static_cast<int>(bits & 0xFFFFu));
    }
    if ((bits & hresult_facility_nt_bit) != 0) {
        return code_value_of_ntstatus(bits & ~hresult_facility_nt_bit);
    }
    return 0;
}

// The value of the IPsec code in code, from any copy of ipsec_category() and,
// on Windows, from std::system_category() (a Win32 code or its HRESULT); 0
// for anything else.
inline int code_value(const std::error_code& code) noexcept {
    if (is_ipsec_category(code.category())) return code_value(code.value());
#if defined(_WIN32)
    if (code.category() == std::system_category()) {
        if (const int value = code_value(code.value())) return value;
        return code_value_of_hresult(static_cast<std::int32_t>(code.value()));
    }
#endif
    return 0;
}

}  // namespace detail
}  // namespace v1
}  // namespace ipsec_error

#endif  // IPSEC_ERROR_DETAIL_CODE_VALUE_HPP
