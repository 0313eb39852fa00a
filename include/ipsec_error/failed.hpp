// SPDX-License-Identifier: BSL-1.0
/// @file
/// Did it fail? Not every IPsec code is a failure: the WARNING_IPSEC_* codes
/// report a request that succeeded with a caveat, and the informational codes
/// (the range markers, the DoS Protection and packet-path events) report a
/// state. failed() answers the question a caller asks of a result.
#ifndef IPSEC_ERROR_FAILED_HPP
#define IPSEC_ERROR_FAILED_HPP

#include <cstddef>
#include <system_error>

#include <ipsec_error/classification.hpp>
#include <ipsec_error/detail/code_value.hpp>
#include <ipsec_error/detail/value_index.hpp>
#include <ipsec_error/errc.hpp>

namespace ipsec_error {
inline namespace v1 {

/// True when `e` is a failure: false for 0, for the warnings and for the
/// informational codes (severity other than severity::error), true for every
/// other code and for any other non-zero value.
constexpr bool failed(errc e) noexcept {
    const int value = static_cast<int>(e);
    if (value == 0) return false;
    const std::size_t row = detail::row_of(value);
    return row == 0 ||
           detail::row_severities[row - 1] == static_cast<unsigned char>(severity::error);
}

/// True when `code` is a failure: false for success (value 0), and for an
/// IPsec warning or informational code from any copy of ipsec_category() or,
/// on Windows, from std::system_category(); true for every other non-zero
/// code of any category.
inline bool failed(const std::error_code& code) noexcept {
    if (code.value() == 0) return false;
    if (const int value = detail::code_value(code)) return failed(static_cast<errc>(value));
    return true;
}

}  // namespace v1
}  // namespace ipsec_error

#endif  // IPSEC_ERROR_FAILED_HPP
