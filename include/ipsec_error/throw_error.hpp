// SPDX-License-Identifier: BSL-1.0
/// @file
/// Throwing an IPsec code as std::system_error, with the caller's place in the source.
///
/// What `what()` says:
///
///     throw_error(errc::ike_mm_delay_drop, "tunnel to 203.0.113.7");
///     // "vpn.cpp:42: tunnel to 203.0.113.7: Negotiation took too long"
///
/// The caller's file and line come from std::source_location where the standard library
/// has it (C++20), and from the compiler's __builtin_FILE() and __builtin_LINE() elsewhere
/// (GCC, Clang, MSVC 19.26 and later, in C++17 too): `IPSEC_ERROR_HAS_SOURCE_LOCATION` says
/// which builds have neither, where what() is "context: message".
///
/// In a build without exceptions (-fno-exceptions), throw_error() writes that same text and
/// a line break to stderr and calls std::abort(). Two macros say what a build has:
/// `IPSEC_ERROR_HAS_SOURCE_LOCATION` (1 where the caller's place is known) and
/// `IPSEC_ERROR_HAS_EXCEPTIONS` (1 where throw_error() throws).
#ifndef IPSEC_ERROR_THROW_ERROR_HPP
#define IPSEC_ERROR_THROW_ERROR_HPP

#include <cstdint>
#include <string>
#include <string_view>
#include <system_error>

#include <ipsec_error/category.hpp>
#include <ipsec_error/detail/config.hpp>
#include <ipsec_error/detail/decimal.hpp>
#include <ipsec_error/errc.hpp>

#if IPSEC_ERROR_STD_SOURCE_LOCATION
#include <source_location>
#endif
#if !IPSEC_ERROR_HAS_EXCEPTIONS
#include <cstdio>
#include <cstdlib>
#endif

namespace ipsec_error {
inline namespace v1 {

#if !IPSEC_ERROR_STD_SOURCE_LOCATION && IPSEC_ERROR_HAS_SOURCE_LOCATION
// GCC before 13 has no __builtin_COLUMN(): the column is then 0, unknown.
#if defined(__has_builtin)
#if __has_builtin(__builtin_COLUMN)
#define IPSEC_ERROR_COLUMN() __builtin_COLUMN()
#endif
#endif
#if !defined(IPSEC_ERROR_COLUMN)
#define IPSEC_ERROR_COLUMN() 0u
#endif
#endif

#if IPSEC_ERROR_STD_SOURCE_LOCATION
/// Where throw_error() was called: std::source_location, where the standard library has it.
using source_location = std::source_location;
#else
/// Where throw_error() was called: the part of C++20's std::source_location that
/// throw_error() reads, filled in by the compiler's __builtin_FILE(), __builtin_LINE(),
/// __builtin_COLUMN() (where it exists) and __builtin_FUNCTION(); an empty file and line 0
/// where the compiler has none of them.
class source_location {
public:
    /// An unknown place: an empty file name, line 0.
    constexpr source_location() noexcept = default;

#if IPSEC_ERROR_HAS_SOURCE_LOCATION
    /// The place of the call, as std::source_location::current() gives it: used as a default
    /// argument, the caller's.
    static constexpr source_location current(const char* file = __builtin_FILE(),
                                             std::uint_least32_t line = __builtin_LINE(),
                                             std::uint_least32_t column = IPSEC_ERROR_COLUMN(),
                                             const char* function = __builtin_FUNCTION()) noexcept {
        return {file, line, column, function};
    }
#else
    /// An unknown place: the compiler cannot tell the caller's.
    static constexpr source_location current() noexcept { return {}; }
#endif

    /// The source file's name, as the compiler was given it.
    constexpr const char* file_name() const noexcept { return file_; }
    /// The line, from 1; 0 when unknown.
    constexpr std::uint_least32_t line() const noexcept { return line_; }
    /// The column, from 1; 0 when unknown.
    constexpr std::uint_least32_t column() const noexcept { return column_; }
    /// The enclosing function's name.
    constexpr const char* function_name() const noexcept { return function_; }

private:
    constexpr source_location(const char* file, std::uint_least32_t line,
                              std::uint_least32_t column, const char* function) noexcept
        : file_(file), function_(function), line_(line), column_(column) {}
    const char* file_ = "";
    const char* function_ = "";
    std::uint_least32_t line_ = 0;
    std::uint_least32_t column_ = 0;
};
#endif

namespace detail {

// Throws, or without exceptions reports and aborts: what_arg as
// std::system_error takes it, so that what() is "what_arg: message".
[[noreturn]] inline void raise(errc e, const std::string& what_arg) {
#if IPSEC_ERROR_HAS_EXCEPTIONS
    if (what_arg.empty()) throw std::system_error(make_error_code(e));
    // The constructor from a C string, which <system_error>'s own users compile too: the
    // one from a std::string concatenates with templates this TU would compile besides.
    throw std::system_error(make_error_code(e), what_arg.c_str());
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

// "file:line: context", "file:line" without a context, and the context alone
// where the place is unknown. Built with std::string's plain members and
// to_decimal: std::to_string is a template every including TU would compile.
inline std::string place_and_context(const char* file, std::uint_least32_t line,
                                     std::string_view context) {
    std::string text;
    if (line != 0 && file != nullptr && *file != '\0') {
        text.append(file);
        text.push_back(':');
        const decimal_text decimal = to_decimal(static_cast<int>(line));
        text.append(decimal.digits + decimal.first, sizeof decimal.digits - decimal.first);
        if (context.empty()) return text;
        text.append(": ");
    }
    text.append(context.data(), context.size());
    return text;
}

}  // namespace detail

/// Throws std::system_error with `code() == e`; `what()` is "FILE:LINE: context: message",
/// FILE and LINE the caller's ("FILE:LINE: message" without a context, and without FILE and
/// LINE where `IPSEC_ERROR_HAS_SOURCE_LOCATION` is 0).
[[noreturn]] inline void throw_error(errc e, std::string_view context = {},
                                     source_location location = source_location::current()) {
    detail::raise(e, detail::place_and_context(location.file_name(), location.line(), context));
}

}  // namespace v1
}  // namespace ipsec_error

#endif  // IPSEC_ERROR_THROW_ERROR_HPP
