// SPDX-License-Identifier: BSL-1.0
// ipsec-error, internal: an int in decimal, for the messages of unknown
// values, what() of throw_error, operator<<, fmt and Boost.System. Apart from
// ascii.hpp so that <ipsec_error/error_code.hpp> needs nothing else of it.
#ifndef IPSEC_ERROR_DETAIL_DECIMAL_HPP
#define IPSEC_ERROR_DETAIL_DECIMAL_HPP

#include <cstddef>
#include <string_view>

namespace ipsec_error {
inline namespace v1 {
namespace detail {

// An int in decimal, with its sign: at most 11 characters ("-2147483648").
// The text lives in the object: keep it while view() is used.
struct decimal_text {
    char digits[11];
    unsigned char first;  // where the text starts in digits; a byte, so no padding
    constexpr std::string_view view() const noexcept {
        return {digits + first, sizeof digits - first};
    }
};

// The one place the library writes a number in decimal. Without <charconv>
// (not constexpr in C++17) or std::to_string (allocates).
constexpr decimal_text to_decimal(int value) noexcept {
    decimal_text text{};
    std::size_t first = sizeof text.digits;
    auto magnitude = static_cast<unsigned>(value);
    if (value < 0) magnitude = 0u - magnitude;  // well defined for INT_MIN too
    do {
        text.digits[--first] = static_cast<char>('0' + magnitude % 10);
        magnitude /= 10;
    } while (magnitude != 0);
    if (value < 0) text.digits[--first] = '-';
    text.first = static_cast<unsigned char>(first);
    return text;
}

}  // namespace detail
}  // namespace v1
}  // namespace ipsec_error

#endif  // IPSEC_ERROR_DETAIL_DECIMAL_HPP
