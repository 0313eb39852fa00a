// SPDX-License-Identifier: BSL-1.0
/// @file
/// The Windows IPsec error codes as an enumeration, errc.
///
/// One enumerator per ERROR_IPSEC_* / WARNING_IPSEC_* code of winerror.h, and one for
/// Winsock's WSA_IPSEC_NAME_POLICY_ERROR: the name without its prefix, in lower case, with the
/// Windows value. The enumerators are generated from the project's data (data/codes.tsv) into
/// detail/generated/errc.hpp; the table in records.hpp gives each its name and message; the
/// category in category.hpp makes it a std::error_code.
#ifndef IPSEC_ERROR_ERRC_HPP
#define IPSEC_ERROR_ERRC_HPP

#include <ipsec_error/detail/generated/errc.hpp>

/// Everything the library offers: the codes, their table, categories and conversions.
namespace ipsec_error {
/// The current version of the library's names, an inline namespace.
///
/// Users write ipsec_error::errc, and two libraries built against different major versions
/// of these headers never share an inline definition.
inline namespace v1 {

/// @enum errc
/// The Windows IPsec error codes: the ERROR_IPSEC_* and WARNING_IPSEC_* codes of winerror.h,
/// and Winsock's WSA_IPSEC_NAME_POLICY_ERROR.
///
/// Each enumerator is the winerror.h name without its ERROR_IPSEC_, WARNING_IPSEC_ or
/// WSA_IPSEC_ prefix, in lower case, and has the Windows value: errc::ike_mm_delay_drop is
/// ERROR_IPSEC_IKE_MM_DELAY_DROP, 13814, and errc::name_policy_error is
/// WSA_IPSEC_NAME_POLICY_ERROR, 11033. Besides that Winsock code, the values lie where
/// winerror.h puts IPsec: the policy store from 13000, IKE and AuthIP negotiation from 13800
/// (its bounds are range markers with no meaning of their own), then the IPsec driver's
/// packet path and IPsec DoS Protection. No enumerator has the value 0, so errc{} is no code.
///
/// An errc converts implicitly to std::error_code (see ipsec_category()); records and
/// find() give each code its name and message.

}  // namespace v1
}  // namespace ipsec_error

#endif  // IPSEC_ERROR_ERRC_HPP
