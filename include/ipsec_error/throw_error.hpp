// SPDX-License-Identifier: BSL-1.0
/// @file
/// Throwing an IPsec code as std::system_error, with the caller's place in
/// the source when the language can tell it (C++20's std::source_location).
///
/// What `what()` says:
///
///     throw_error(errc::ike_mm_delay_drop, "tunnel to 203.0.113.7");
///     // C++20: "vpn.cpp:42: tunnel to 203.0.113.7: Negotiation took too long"
///     // C++17: "tunnel to 203.0.113.7: Negotiation took too long"
///
/// In a build without exceptions (-fno-exceptions), throw_error() writes that
/// same text and a line break to stderr and calls std::abort().
#ifndef IPSEC_ERROR_THROW_ERROR_HPP
#define IPSEC_ERROR_THROW_ERROR_HPP

#include <string>
#include <string_view>
#include <system_error>

#include <ipsec_error/category.hpp>
#include <ipsec_error/errc.hpp>

/// @def IPSEC_ERROR_HAS_EXCEPTIONS
/// 1 when the build has exceptions, so that throw_error() throws; 0 in a build without
/// them (-fno-exceptions), where throw_error() writes its text to stderr and aborts.
#if defined(__cpp_exceptions) || defined(__EXCEPTIONS) || defined(_CPPUNWIND)
#define IPSEC_ERROR_HAS_EXCEPTIONS 1
#else
#define IPSEC_ERROR_HAS_EXCEPTIONS 0
#include <cstdio>
#include <cstdlib>
#endif

#if defined(__has_include)
#if __has_include(<version>)
#include <version>
#endif
#endif
/// @def IPSEC_ERROR_HAS_SOURCE_LOCATION
/// 1 when the standard library has std::source_location (C++20), so that throw_error() puts
/// the caller's file and line in what(); 0 otherwise.
#if defined(__cpp_lib_source_location)
#include <source_location>
#define IPSEC_ERROR_HAS_SOURCE_LOCATION 1
#else
#define IPSEC_ERROR_HAS_SOURCE_LOCATION 0
#endif

namespace ipsec_error {
inline namespace v1 {

namespace detail {

// Throws, or without exceptions reports and aborts: what_arg as
// std::system_error takes it, so that what() is "what_arg: message".
[[noreturn]] inline void raise(errc e, const std::string& what_arg) {
#if IPSEC_ERROR_HAS_EXCEPTIONS
    if (what_arg.empty()) throw std::system_error(make_error_code(e));
    throw std::system_error(make_error_code(e), what_arg);
#else
    const std::string message = ipsec_category().message(static_cast<int>(e));
    if (what_arg.empty()) {
        std::fprintf(stderr, "%s\n", message.c_str());
    } else {
        std::fprintf(stderr, "%s: %s\n", what_arg.c_str(), message.c_str());
    }
    std::abort();
#endif
}

}  // namespace detail

#if IPSEC_ERROR_HAS_SOURCE_LOCATION
/// Throws std::system_error with `code() == e`; `what()` is
/// "FILE:LINE: context: message", FILE and LINE the caller's
/// ("FILE:LINE: message" without a context).
[[noreturn]] inline void throw_error(
    errc e, std::string_view context = {},
    std::source_location location = std::source_location::current()) {
    std::string what_arg = location.file_name();
    what_arg += ':';
    what_arg += std::to_string(location.line());
    if (!context.empty()) {
        what_arg += ": ";
        what_arg.append(context.data(), context.size());
    }
    detail::raise(e, what_arg);
}
#else
/// Throws std::system_error with `code() == e`; `what()` is
/// "context: message" ("message" without a context). C++17 cannot tell the
/// caller's place in the source; C++20 adds it.
[[noreturn]] inline void throw_error(errc e, std::string_view context = {}) {
    detail::raise(e, std::string(context));
}
#endif

}  // namespace v1
}  // namespace ipsec_error

#endif  // IPSEC_ERROR_THROW_ERROR_HPP
