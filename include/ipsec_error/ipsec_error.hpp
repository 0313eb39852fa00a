// SPDX-License-Identifier: BSL-1.0
/// @file
/// The umbrella header: the Windows IPsec error codes as std::error_code.
///
/// @code{.cpp}
///     #include <ipsec_error/ipsec_error.hpp>
///     throw std::system_error(ipsec_error::errc::ike_mm_delay_drop, "tunnel to 203.0.113.7");
/// @endcode
///
/// Everything in <ipsec_error/error_code.hpp>, which is all a translation unit that only
/// throws and prints codes needs, and the table, look-ups, parsing, conditions, Windows
/// forms and I/O. Everything but the troubleshooting text, which lives behind
/// `<ipsec_error/troubleshooting.hpp>` so that programs that only throw and
/// print codes do not carry it, and std::format support, behind
/// `<ipsec_error/format.hpp>` because `<format>` is slow to compile.
#ifndef IPSEC_ERROR_IPSEC_ERROR_HPP
#define IPSEC_ERROR_IPSEC_ERROR_HPP

// What a translation unit needs to throw and print: errc, the category, failed(),
// message_view(), throw_error().
#include <ipsec_error/error_code.hpp>

#include <ipsec_error/condition.hpp>
#include <ipsec_error/conditions.hpp>
#include <ipsec_error/io.hpp>
#include <ipsec_error/lookup.hpp>
#include <ipsec_error/records.hpp>
#include <ipsec_error/status_only.hpp>
#include <ipsec_error/version.hpp>
#include <ipsec_error/windows_forms.hpp>

#endif  // IPSEC_ERROR_IPSEC_ERROR_HPP
