// SPDX-License-Identifier: BSL-1.0
/// @file
/// What a translation unit needs to throw, print and test IPsec codes, and
/// nothing more: the header for code that only throws, as Boost has
/// `<boost/system/error_code.hpp>` beside `<boost/system.hpp>`.
///
/// @code{.cpp}
///     #include <ipsec_error/error_code.hpp>
///     ipsec_error::throw_error(ipsec_error::errc::ike_mm_delay_drop, "tunnel to 203.0.113.7");
///     // what(): "vpn.cpp:42: tunnel to 203.0.113.7: Negotiation took too long"
/// @endcode
///
/// It gives errc, ipsec_category() (whose default_error_condition() maps the codes to
/// the std::errc conditions where the meaning matches), make_error_code() and
/// std::is_error_code_enum<errc>, failed(), message_view() and message(value, buffer, len),
/// and throw_error(). The table `records`, the look-ups, parsing, the portable conditions,
/// the Windows forms and operator<< are in the umbrella header,
/// `<ipsec_error/ipsec_error.hpp>`, which includes this one. This header reads the messages
/// from the generated block of text by row number, and brings neither the table's rows nor
/// `<optional>`: benchmarks/compile_instructions.sh compares its cost with that of
/// `<system_error>` alone.
#ifndef IPSEC_ERROR_ERROR_CODE_HPP
#define IPSEC_ERROR_ERROR_CODE_HPP

#include <ipsec_error/category.hpp>
#include <ipsec_error/errc.hpp>
#include <ipsec_error/failed.hpp>
#include <ipsec_error/message_view.hpp>
#include <ipsec_error/throw_error.hpp>

#endif  // IPSEC_ERROR_ERROR_CODE_HPP
