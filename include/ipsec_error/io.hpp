// SPDX-License-Identifier: BSL-1.0
// ipsec-error: writing a code to a stream.
//
//     std::cout << ipsec_error::errc::ike_mm_delay_drop;  // ERROR_IPSEC_IKE_MM_DELAY_DROP
//     std::cout << static_cast<ipsec_error::errc>(42);    // ipsec_error::errc(42)
//
// The code's winerror.h name; a value that is no code as the enumeration
// type and the number. (An std::error_code prints as "ipsec:13814", as the
// standard says.) Only <iosfwd> is included: the operator is a template, so
// it needs <ostream> only where it is used, and that costs nothing to the
// translation units that do not print.
#ifndef IPSEC_ERROR_IO_HPP
#define IPSEC_ERROR_IO_HPP

#include <iosfwd>
#include <string_view>

#include <ipsec_error/detail/value_index.hpp>
#include <ipsec_error/errc.hpp>

namespace ipsec_error {
inline namespace v1 {

template <class Traits>
std::basic_ostream<char, Traits>& operator<<(std::basic_ostream<char, Traits>& os, errc e) {
    using size = decltype(os.width());  // std::streamsize, which <iosfwd> need not declare
    if (const record* r = detail::find_value(static_cast<int>(e))) {
        return os.write(r->name.data(), static_cast<size>(r->name.size()));
    }
    constexpr std::string_view type = "ipsec_error::errc(";
    os.write(type.data(), static_cast<size>(type.size()));
    return os << static_cast<int>(e) << ')';
}

}  // namespace v1
}  // namespace ipsec_error

#endif  // IPSEC_ERROR_IO_HPP
