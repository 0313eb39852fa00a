// SPDX-License-Identifier: BSL-1.0
/// @file
/// Messages without allocation: for code that must not allocate (a signal
/// handler, a real-time path, a logger's hot loop), or that wants the text
/// without building a std::string.
#ifndef IPSEC_ERROR_MESSAGE_VIEW_HPP
#define IPSEC_ERROR_MESSAGE_VIEW_HPP

#include <cstddef>
#include <string_view>
#include <system_error>

#include <ipsec_error/detail/code_value.hpp>
#include <ipsec_error/detail/decimal.hpp>
#include <ipsec_error/detail/value_index.hpp>

namespace ipsec_error {
inline namespace v1 {

/// The Windows message of the IPsec code that `code` holds, or an empty view.
///
/// The code may come from any copy of ipsec_category() (one per shared
/// library or DLL) and, on Windows, from std::system_category() holding an
/// IPsec value or its HRESULT: whatever to_errc() recognises. A value that is
/// no IPsec code, and a code of any other category, give an empty view. The
/// view refers to static storage: it stays valid for the whole program.
inline std::string_view message_view(const std::error_code& code) noexcept {
    if (const int value = detail::code_value(code))
        return detail::message_of_row(detail::row_of(value));
    return {};
}

/// Boost.System's non-allocating shape: writes the message of `value` into
/// `buffer` and returns `buffer`.
///
/// The message is the one ipsec_category().message(value) returns: the
/// Windows message of an IPsec code, "unknown IPsec error N" for any other
/// value. At most `len - 1` bytes are written, then a terminating NUL, so a
/// short buffer holds the start of the message. With `len == 0` nothing is
/// written.
inline const char* message(int value, char* buffer, std::size_t len) noexcept {
    if (len == 0) return buffer;
    std::size_t written = 0;
    const auto put = [&](std::string_view text) noexcept {
        for (char c : text) {
            if (written + 1 >= len) return;
            buffer[written++] = c;
        }
    };
    if (const std::size_t row = detail::row_of(value)) {
        put(detail::message_of_row(row));
    } else {
        put("unknown IPsec error ");
        const detail::decimal_text decimal = detail::to_decimal(value);
        put(decimal.view());
    }
    buffer[written] = '\0';
    return buffer;
}

}  // namespace v1
}  // namespace ipsec_error

#endif  // IPSEC_ERROR_MESSAGE_VIEW_HPP
