// ipsec-error, internal: locale-free ASCII helpers for constant expressions.
//
// <cctype> depends on the C locale and is not constexpr; names and numbers
// of IPsec codes are plain ASCII, so these few helpers are all that parsing
// needs.
#ifndef IPSEC_ERROR_DETAIL_ASCII_HPP
#define IPSEC_ERROR_DETAIL_ASCII_HPP

#include <string_view>

namespace ipsec_error::detail {

constexpr char ascii_upper(char c) noexcept {
    return (c >= 'a' && c <= 'z') ? static_cast<char>(c - ('a' - 'A')) : c;
}

constexpr bool is_space(char c) noexcept {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f';
}

constexpr std::string_view trim(std::string_view s) noexcept {
    while (!s.empty() && is_space(s.front())) s.remove_prefix(1);
    while (!s.empty() && is_space(s.back())) s.remove_suffix(1);
    return s;
}

// True when text equals upper, an upper-case name, in any letter case.
constexpr bool equals_upper(std::string_view text, std::string_view upper) noexcept {
    if (text.size() != upper.size()) return false;
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (ascii_upper(text[i]) != upper[i]) return false;
    }
    return true;
}

// True when text starts with upper, an upper-case prefix, in any letter case.
constexpr bool starts_with_upper(std::string_view text, std::string_view upper) noexcept {
    return text.size() >= upper.size() && equals_upper(text.substr(0, upper.size()), upper);
}

}  // namespace ipsec_error::detail

#endif  // IPSEC_ERROR_DETAIL_ASCII_HPP
