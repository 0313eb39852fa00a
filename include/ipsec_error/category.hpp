// SPDX-License-Identifier: BSL-1.0
/// @file
/// The IPsec codes as std::error_code.
///
/// ipsec_category() is the std::error_category of the codes: its name is
/// "ipsec", its message() the text Windows prints. make_error_code(errc) and
/// the is_error_code_enum specialisation let an errc stand wherever a
/// std::error_code is expected, for example std::system_error(errc::ike_timed_out).
#ifndef IPSEC_ERROR_CATEGORY_HPP
#define IPSEC_ERROR_CATEGORY_HPP

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <system_error>

#include <ipsec_error/condition.hpp>
#include <ipsec_error/detail/config.hpp>
#include <ipsec_error/detail/decimal.hpp>
#include <ipsec_error/detail/value_index.hpp>
#include <ipsec_error/errc.hpp>

namespace ipsec_error {
inline namespace v1 {

namespace detail {

// std::error_category has no identity but its address, and a program may
// hold two copies of this category (one per shared library built with hidden
// symbols, one per Windows DLL). Conditions, to_errc and troubleshooting_for
// still recognise a code from either copy: a copy answers this probe value
// of default_error_condition with this answer, which no other category does
// by chance, and names itself "ipsec". Together they are a 64-bit identity.
inline constexpr int identity_probe = 0x1D5EC0DE;
inline constexpr int identity_answer = 0x5EC1D1D5;
inline constexpr const char* category_name = "ipsec";

// Standard conditions where the meaning truly matches; none elsewhere.
constexpr std::errc no_standard_condition{};
// value: a code; row: its row plus one (row_of(value)). The condition's bit
// is read from the generated column directly: at -O0 each helper called here
// (condition_set's members) would be one more function that every
// translation unit which uses the category compiles.
constexpr std::errc standard_condition(int value, std::size_t row) noexcept {
    constexpr int timed_out_bit = static_cast<int>(condition::negotiation_timed_out);
    if ((row_conditions[row - 1] >> timed_out_bit & 1u) != 0) return std::errc::timed_out;
    // Comparisons rather than a switch over four of the enumerators, which
    // Clang's -Wswitch-enum would flag in the user's translation unit.
    const auto e = static_cast<errc>(value);
    if (e == errc::ike_out_of_memory) return std::errc::not_enough_memory;
    if (e == errc::ike_negotiation_pending ||
        e == errc::key_module_impersonation_negotiation_pending) {
        return std::errc::operation_in_progress;
    }
    if (e == errc::ike_notcbpriv) {  // the service lacks a privilege it needs
        return std::errc::operation_not_permitted;
    }
    return no_standard_condition;
}

// Appends what (its size characters) and the value in decimal ("unknown
// IPsec error 42") to text. Built with std::string's plain members, from a pointer
// and a size: std::to_string, the constructor from a string_view and
// string_view's own constructor from a C string are templates or helpers
// that every including TU would compile.
inline void append_numbered(std::string& text, const char* what, std::size_t size, int value) {
    const decimal_text decimal = to_decimal(value);
    const std::size_t digits = sizeof decimal.digits - decimal.first;
    text.reserve(text.size() + size + digits);
    text.append(what, size);
    text.append(decimal.digits + decimal.first, digits);
}

#if IPSEC_ERROR_MSVC_STL_NUMBERED_CATEGORY
// The number that stands for a category's address in Microsoft's standard
// library before VS 2022 17.5 (see IPSEC_ERROR_MSVC_STL_NUMBERED_CATEGORY):
// odd, so never the address of an object, unlike the standard library's own
// 1, 3, 5 and 7, and made of the identity above (its lower half on 32-bit
// targets). which: 0 for ipsec_category(), 1 for condition_category(). Its
// copies in several DLLs then compare equal, as the standard library's own
// categories do.
constexpr std::uintptr_t msvc_stl_category_address(unsigned which) noexcept {
    const unsigned long long identity =
        static_cast<unsigned long long>(static_cast<unsigned>(identity_probe)) << 32U |
        static_cast<unsigned>(identity_answer);
    return static_cast<std::uintptr_t>(identity + 2U * which);
}
#endif

IPSEC_ERROR_BEGIN_CATEGORY_CLASS
class ipsec_category_impl final : public std::error_category {
public:
#if IPSEC_ERROR_MSVC_STL_NUMBERED_CATEGORY
    constexpr ipsec_category_impl() noexcept : std::error_category(msvc_stl_category_address(0)) {}
#else
    // Not declared constexpr: defaulted, it is constexpr where std::error_category's
    // constructor is, and a declared constexpr constructor would be ill-formed where it
    // is not.
    ipsec_category_impl() noexcept = default;
#endif

    const char* name() const noexcept override { return category_name; }

    std::string message(int value) const override {
        std::string text;
        if (const std::size_t row = row_of(value)) {
            const std::string_view message = message_of_row(row);
            text.assign(message.data(), message.size());
        } else {
            static constexpr char unknown[] = "unknown IPsec error ";
            append_numbered(text, unknown, sizeof unknown - 1, value);
        }
        return text;
    }

    std::error_condition default_error_condition(int value) const noexcept override {
        if (value == identity_probe) return {identity_answer, *this};
        if (const std::size_t row = row_of(value)) {
            const std::errc standard = standard_condition(value, row);
            if (standard != no_standard_condition) return std::make_error_condition(standard);
        }
        return {value, *this};
    }
};
IPSEC_ERROR_END_CATEGORY_CLASS

}  // namespace detail

/// The std::error_category of the IPsec codes.
///
/// - name() is "ipsec".
/// - message(v) is the Windows message of the code with value v, and
///   "unknown IPsec error v" for any other int. It throws nothing but std::bad_alloc.
/// - default_error_condition(v) is a std::errc condition where the meaning truly matches:
///   std::errc::timed_out for the codes of condition::negotiation_timed_out,
///   std::errc::not_enough_memory for errc::ike_out_of_memory,
///   std::errc::operation_in_progress for errc::ike_negotiation_pending and
///   errc::key_module_impersonation_negotiation_pending, and
///   std::errc::operation_not_permitted for errc::ike_notcbpriv. Any other value is its own
///   condition, in this category.
///
/// The object is constant-initialised (no start-up code) where
/// IPSEC_ERROR_CONSTANT_INIT_CATEGORY is 1: with libstdc++, libc++ and Microsoft's standard
/// library (VS 2019 and VS 2022 included), but not in Microsoft's /clr:pure mode, where it
/// is initialised, thread-safely, the first time it is asked for. A function rather than a
/// namespace-scope object, because its destructor would otherwise need a dynamic
/// initialiser to register it. A program may hold several copies of it (one per shared
/// library built with hidden symbols, or per Windows DLL): std::error_code's == tells them
/// apart by address, except with Microsoft's standard library before VS 2022 17.5, where
/// they compare equal; the conditions, to_errc() and troubleshooting_for() recognise a code
/// from any copy.
inline const std::error_category& ipsec_category() noexcept {
    IPSEC_ERROR_BEGIN_CATEGORY_STATIC
    static const detail::ipsec_category_impl instance;
    IPSEC_ERROR_END_CATEGORY_STATIC
    return instance;
}

/// The std::error_code of a code: its value in ipsec_category().
///
/// Found by argument-dependent lookup, which is what lets an errc convert implicitly:
/// `std::error_code ec = errc::ike_timed_out;`.
inline std::error_code make_error_code(errc e) noexcept {
    return {static_cast<int>(e), ipsec_category()};
}

namespace detail {

// True for ipsec_category() and for any other copy of it (see identity_probe).
inline bool is_ipsec_category(const std::error_category& category) noexcept {
    if (&category == &ipsec_category()) return true;
    return std::string_view(category.name()) == category_name &&
           category.default_error_condition(identity_probe).value() == identity_answer;
}

}  // namespace detail

}  // namespace v1
}  // namespace ipsec_error

namespace std {
/// Marks errc as an error code enumeration, so that it converts implicitly to
/// std::error_code (through make_error_code()).
template <>
struct is_error_code_enum<ipsec_error::errc> : true_type {};
}  // namespace std

#endif  // IPSEC_ERROR_CATEGORY_HPP
