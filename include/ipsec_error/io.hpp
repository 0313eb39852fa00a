// SPDX-License-Identifier: BSL-1.0
/// @file
/// Writing a code to a stream.
///
/// @code{.cpp}
///     std::cout << ipsec_error::errc::ike_mm_delay_drop;  // ERROR_IPSEC_IKE_MM_DELAY_DROP
///     std::cout << static_cast<ipsec_error::errc>(42);    // ipsec_error::errc(42)
/// @endcode
///
/// The code's winerror.h name; a value that is no code as the enumeration
/// type and the number. (An std::error_code prints as "ipsec:13814", as the
/// standard says.) Only `<iosfwd>` is included: the operator is a template, so
/// it needs `<ostream>` only where it is used, and that costs nothing to the
/// translation units that do not print.
#ifndef IPSEC_ERROR_IO_HPP
#define IPSEC_ERROR_IO_HPP

#include <iosfwd>
#include <string_view>

#include <ipsec_error/detail/ascii.hpp>
#include <ipsec_error/detail/find_value.hpp>
#include <ipsec_error/detail/value_index.hpp>
#include <ipsec_error/errc.hpp>

namespace ipsec_error {
inline namespace v1 {

/// Writes a code's winerror.h name ("ERROR_IPSEC_IKE_MM_DELAY_DROP"), or, for a value that
/// is no code, the enumeration type and the number ("ipsec_error::errc(42)").
///
/// It is formatted output, as for a string: the stream's width, fill and adjustment apply
/// to the whole text, and the width is reset afterwards (`std::setw(32) << e`). Include
/// `<ostream>` where the operator is used.
template <class Traits>
std::basic_ostream<char, Traits>& operator<<(std::basic_ostream<char, Traits>& os, errc e) {
    if (const record* r = detail::find_value(static_cast<int>(e))) return os << r->name;
    // "ipsec_error::errc(" and at most 11 characters of an int, then ")".
    constexpr std::string_view type = "ipsec_error::errc(";
    char text[type.size() + 12 + 1];
    std::size_t size = type.copy(text, type.size());
    const detail::decimal_text decimal = detail::to_decimal(static_cast<int>(e));
    size += decimal.view().copy(text + size, sizeof decimal.digits);
    text[size++] = ')';
    return os << std::string_view(text, size);
}

}  // namespace v1
}  // namespace ipsec_error

#endif  // IPSEC_ERROR_IO_HPP
