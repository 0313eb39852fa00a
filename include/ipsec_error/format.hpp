// SPDX-License-Identifier: BSL-1.0
/// @file
/// std::format support for errc and condition (C++20, where the standard library has `<format>`).
///
/// @code{.cpp}
///     std::format("{}", errc::ike_mm_delay_drop)      // "ERROR_IPSEC_IKE_MM_DELAY_DROP"
///     std::format("{:>32}", errc::ike_timed_out)      // right-aligned in 32 columns
///     std::format("{}", static_cast<errc>(42))        // "ipsec_error::errc(42)"
/// @endcode
///
/// The same text as operator<< (io.hpp), with every option of a string's
/// format specification (fill, alignment, width, precision). A header of its
/// own because `<format>` is heavy: the umbrella header leaves it out.
///
/// Where the standard library has no usable `<format>`, the header defines nothing but
/// #IPSEC_ERROR_HAS_FORMATTER, as 0.
#ifndef IPSEC_ERROR_FORMAT_HPP
#define IPSEC_ERROR_FORMAT_HPP

#if __has_include(<version>)
#include <version>
#endif

// libc++ before 17 has a <format> that does all this needs but leaves
// __cpp_lib_format undefined until every part of it is done; it enables
// <format> with -fexperimental-library, which undefines this macro.
#if (defined(__cpp_lib_format) && __cpp_lib_format >= 201907L) ||              \
    (defined(_LIBCPP_VERSION) && !defined(_LIBCPP_HAS_NO_INCOMPLETE_FORMAT) && \
     __cplusplus >= 202002L)

#include <charconv>
#include <format>
#include <string_view>

#include <ipsec_error/condition.hpp>
#include <ipsec_error/detail/find_value.hpp>
#include <ipsec_error/detail/value_index.hpp>
#include <ipsec_error/errc.hpp>

namespace std {

/// Formats a code as operator<< writes it: its winerror.h name, or "ipsec_error::errc(N)"
/// for a value that is no code.
///
/// It accepts the format specification of a std::string_view (fill, alignment, width,
/// precision), which it inherits, and applies it to that text.
template <>
struct formatter<ipsec_error::errc, char> : formatter<string_view, char> {
    /// Writes the text of e to ctx.out(), as the parsed specification says; allocates nothing.
    template <class FormatContext>
    auto format(ipsec_error::errc e, FormatContext& ctx) const {
        if (const ipsec_error::record* r = ipsec_error::detail::find_value(static_cast<int>(e))) {
            return std::formatter<std::string_view, char>::format(r->name, ctx);
        }
        // "ipsec_error::errc(" + the value + ")", without allocating.
        char text[40] = "ipsec_error::errc(";
        constexpr std::size_t prefix = sizeof("ipsec_error::errc(") - 1;
        char* end = std::to_chars(text + prefix, text + sizeof text - 1, static_cast<int>(e)).ptr;
        *end++ = ')';
        return std::formatter<std::string_view, char>::format(
            std::string_view(text, static_cast<std::size_t>(end - text)), ctx);
    }
};

/// Formats a condition as its enumerator's name ("negotiation_timed_out"), or
/// "ipsec_error::condition(N)" for any other value, with a std::string_view's format
/// specification.
template <>
struct formatter<ipsec_error::condition, char> : formatter<string_view, char> {
    /// Writes the text of c to ctx.out(), as the parsed specification says; allocates nothing.
    template <class FormatContext>
    auto format(ipsec_error::condition c, FormatContext& ctx) const {
        if (const std::string_view name = ipsec_error::name_of(c); !name.empty()) {
            return std::formatter<std::string_view, char>::format(name, ctx);
        }
        char text[48] = "ipsec_error::condition(";
        constexpr std::size_t prefix = sizeof("ipsec_error::condition(") - 1;
        char* end = std::to_chars(text + prefix, text + sizeof text - 1, static_cast<int>(c)).ptr;
        *end++ = ')';
        return std::formatter<std::string_view, char>::format(
            std::string_view(text, static_cast<std::size_t>(end - text)), ctx);
    }
};

}  // namespace std

/// 1 when this header defines std::formatter for errc and condition, 0 when the standard
/// library has no usable `<format>` (before C++20, or an older library), and the header
/// defines nothing else.
#define IPSEC_ERROR_HAS_FORMATTER 1
#else
// See the #if branch above for this macro's documentation.
#define IPSEC_ERROR_HAS_FORMATTER 0
#endif

#endif  // IPSEC_ERROR_FORMAT_HPP
