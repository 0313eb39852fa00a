// SPDX-License-Identifier: BSL-1.0
/// @file
/// Boost.System support: the IPsec codes as boost::system::error_code.
///
/// @code{.cpp}
///     boost::system::error_code b = ipsec_error::errc::ike_timed_out;
///     b.message()                                        // "Negotiation timed out"
///     b.category().name()                                // "ipsec"
///     b == ipsec_error::condition::negotiation_timed_out // true
///     b == boost::system::errc::timed_out                // true
///     std::error_code s = ipsec_error::to_std(b);        // == errc::ike_timed_out,
///     ipsec_category() auto back = ipsec_error::to_boost(s);              // std::optional: *back
///     == b
/// @endcode
///
/// Boost.System's error_code and error_condition build themselves from an
/// enumeration by calling make_error_code(e) or make_error_condition(c),
/// found by argument-dependent lookup, and want Boost's types back. The
/// library's own make_error_code(errc) and make_error_condition(condition)
/// return the standard types (std::error_code's constructors call them the
/// same way), and a function cannot be overloaded on its return type; and
/// Boost 1.74's error_code cannot be made from a std::error_code. So this
/// header specialises the constructor and the assignment from an
/// enumeration of boost::system::error_code (for errc) and of
/// boost::system::error_condition (for condition): they make the Boost
/// value directly, in the categories below. Nothing else changes: the
/// standard path still gives std::error_code in ipsec_category().
///
/// - boost_category(): a boost::system::error_category named "ipsec" with a
///   fixed 64-bit identity (ipsec_error::boost_category_id), so copies in two shared
///   libraries or DLLs compare equal. Its message() is the Windows message,
///   with a non-allocating message(v, buffer, size) beside it;
///   default_error_condition() maps to boost::system::errc as
///   ipsec_category() maps to std::errc (the time-outs are timed_out, and so
///   on); failed() is Boost's default, any value but 0, as for
///   std::error_code (failed(errc) in the core tells warnings apart).
/// - boost_condition_category(): the portable conditions, "ipsec-condition",
///   so that `b == ipsec_error::condition::transient` asks the table.
/// - to_std() and to_boost() convert between the two worlds and keep the
///   ipsec category: to_std(b) gives a std::error_code in ipsec_category()
///   (Boost's own conversion would give one in a wrapper category, which
///   conditions, to_errc() and troubleshooting_for() still recognise).
///
/// Written for Boost 1.74 (Debian 12's libboost-dev; Boost.System is header
/// only since 1.69), whose error_code is built as above. Include it after,
/// or instead of, <boost/system/error_code.hpp>; it includes the core
/// library's headers it needs.
#ifndef IPSEC_ERROR_BOOST_SYSTEM_HPP
#define IPSEC_ERROR_BOOST_SYSTEM_HPP

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <system_error>

#include <boost/system/error_code.hpp>
#include <boost/version.hpp>

#include <ipsec_error/category.hpp>
#include <ipsec_error/condition.hpp>
#include <ipsec_error/conditions.hpp>
#include <ipsec_error/detail/ascii.hpp>
#include <ipsec_error/detail/find_value.hpp>
#include <ipsec_error/detail/value_index.hpp>
#include <ipsec_error/errc.hpp>
#include <ipsec_error/windows_forms.hpp>

#if BOOST_VERSION < 106900
#error "<ipsec_error/boost_system.hpp> needs Boost 1.69 or later (header-only Boost.System)"
#endif

namespace ipsec_error {
inline namespace v1 {

/// The identity of boost_category(): Boost.System compares categories by it,
/// so that every copy of the category (one per shared library or DLL that
/// includes this header) is the same category. A random number, fixed for
/// good.
inline constexpr unsigned long long boost_category_id = 0x31f979a59f603fc2ULL;

/// The identity of boost_condition_category(), likewise.
inline constexpr unsigned long long boost_condition_category_id = 0xb96aec47c10c90a2ULL;

namespace detail {

// Copies text into buffer, cut to fit, always terminated: Boost's
// non-allocating message().
inline const char* copy_message(std::string_view text, char* buffer, std::size_t size) noexcept {
    if (size == 0) return buffer;
    const std::size_t count = text.size() < size - 1 ? text.size() : size - 1;
    for (std::size_t i = 0; i < count; ++i) buffer[i] = text[i];
    buffer[count] = '\0';
    return buffer;
}

// "unknown IPsec error -2147483648" and the like, into buffer, cut to fit.
inline const char* copy_numbered(std::string_view what, int value, char* buffer,
                                 std::size_t size) noexcept {
    char text[48];
    std::size_t length = 0;
    for (const char c : what) {
        if (length < sizeof text - 12) text[length++] = c;
    }
    const decimal_text decimal = to_decimal(value);
    length += decimal.view().copy(text + length, sizeof decimal.digits);
    return copy_message(std::string_view(text, length), buffer, size);
}

// The IPsec code a Boost code holds: from any copy of boost_category(), and
// on Windows from Boost's system_category() holding the Win32 code or its
// HRESULT, as to_errc() does for std::error_code.
inline std::optional<errc> to_errc_boost(const boost::system::error_code& code) noexcept;

#if defined(__clang__)
#pragma clang diagnostic push
#pragma clang diagnostic ignored "-Wweak-vtables"
#endif

class boost_category_impl final : public boost::system::error_category {
public:
    constexpr boost_category_impl() noexcept : boost::system::error_category(boost_category_id) {}

    const char* name() const noexcept override { return category_name; }

    std::string message(int value) const override { return ipsec_category().message(value); }

    const char* message(int value, char* buffer, std::size_t size) const noexcept override {
        if (const record* r = find_value(value)) return copy_message(r->message, buffer, size);
        return copy_numbered("unknown IPsec error ", value, buffer, size);
    }

    boost::system::error_condition default_error_condition(int value) const noexcept override {
        // The probe of is_ipsec_category(): a std::error_code converted by
        // Boost (in its wrapper category, named "ipsec" too) passes it.
        if (value == identity_probe) return {identity_answer, *this};
        if (const std::size_t row = row_of(value)) {
            const std::errc standard = standard_condition(value, row);
            if (standard != no_standard_condition) {
                return {static_cast<int>(standard), boost::system::generic_category()};
            }
        }
        return {value, *this};
    }
};

class boost_condition_category_impl final : public boost::system::error_category {
public:
    constexpr boost_condition_category_impl() noexcept
        : boost::system::error_category(boost_condition_category_id) {}

    using boost::system::error_category::equivalent;

    const char* name() const noexcept override { return "ipsec-condition"; }

    std::string message(int value) const override { return condition_category().message(value); }

    const char* message(int value, char* buffer, std::size_t size) const noexcept override {
        if (const char* text = condition_message(static_cast<condition>(value))) {
            return copy_message(text, buffer, size);
        }
        return copy_numbered("unknown IPsec condition ", value, buffer, size);
    }

    bool equivalent(const boost::system::error_code& code, int value) const noexcept override {
        const std::optional<errc> e = to_errc_boost(code);
        if (!e) return false;
        const record* r = find_value(static_cast<int>(*e));
        return r != nullptr && r->conditions.contains(static_cast<condition>(value));
    }
};

#if defined(__clang__)
#pragma clang diagnostic pop
#endif

}  // namespace detail

/// The boost::system::error_category of the IPsec codes: named "ipsec", with
/// the Windows messages, the mapping to boost::system::errc, and the
/// identity #boost_category_id. Constant-initialised, like ipsec_category().
inline const boost::system::error_category& boost_category() noexcept {
    static const detail::boost_category_impl instance;
    return instance;
}

/// The boost::system::error_category of the portable conditions, named
/// "ipsec-condition": `boost_code == condition::transient` asks the table.
inline const boost::system::error_category& boost_condition_category() noexcept {
    static const detail::boost_condition_category_impl instance;
    return instance;
}

namespace detail {

inline std::optional<errc> to_errc_boost(const boost::system::error_code& code) noexcept {
    if (code.category() == boost_category()) return errc_of(code.value());
#if defined(_WIN32)
    if (code.category() == boost::system::system_category()) {
        if (auto e = errc_of(code.value())) return e;
        return from_hresult(static_cast<std::int32_t>(code.value()));
    }
#endif
    return std::nullopt;
}

}  // namespace detail

/// A std::error_code as boost::system::error_code, or nullopt when Boost 1.74
/// cannot hold it.
///
/// - An IPsec code, from ipsec_category() or any copy of it (and a Boost code
///   that Boost converted to std::error_code), goes to boost_category().
/// - std::generic_category() and std::system_category() go to Boost's
///   generic_category() and system_category(), with the same value.
/// - Any other category: nullopt (Boost 1.74's error_code cannot hold a
///   foreign std::error_category).
///
/// to_std(*to_boost(ec)) == ec for each of these, in the same category.
inline std::optional<boost::system::error_code> to_boost(const std::error_code& code) noexcept {
    if (detail::is_ipsec_category(code.category())) {
        return boost::system::error_code(code.value(), boost_category());
    }
    if (code.category() == std::generic_category()) {
        return boost::system::error_code(code.value(), boost::system::generic_category());
    }
    if (code.category() == std::system_category()) {
        return boost::system::error_code(code.value(), boost::system::system_category());
    }
    return std::nullopt;
}

/// A boost::system::error_code as std::error_code. A code of boost_category()
/// (any copy) becomes one of ipsec_category(), equal to what
/// `std::error_code(errc)` makes; Boost's generic and system codes become the
/// standard's generic and system codes; anything else is converted as
/// Boost converts it (to a std::error_category that stands for the Boost one).
inline std::error_code to_std(const boost::system::error_code& code) {
    const boost::system::error_category& category = code.category();
    if (category == boost_category()) return {code.value(), ipsec_category()};
    if (category == boost::system::generic_category()) {
        return {code.value(), std::generic_category()};
    }
    if (category == boost::system::system_category()) {
        return {code.value(), std::system_category()};
    }
    return code;  // Boost's conversion: may allocate its wrapper category once
}

}  // namespace v1
}  // namespace ipsec_error

namespace boost::system {

/// Lets ipsec_error::errc stand wherever a boost::system::error_code is expected.
template <>
struct is_error_code_enum<ipsec_error::errc> {
    /// True.
    static const bool value = true;
};

/// Lets ipsec_error::condition stand wherever a boost::system::error_condition is expected.
template <>
struct is_error_condition_enum<ipsec_error::condition> {
    /// True.
    static const bool value = true;
};

// Doxygen cannot attach the four specialisations below to Boost's classes, which it
// does not read; the file comment describes them.
/// @cond
/// A boost::system::error_code from an IPsec code, in ipsec_error::boost_category().
template <>
inline error_code::error_code(ipsec_error::errc e, void*) noexcept
    : error_code(static_cast<int>(e), ipsec_error::boost_category()) {}

/// Assigns an IPsec code, in ipsec_error::boost_category().
template <>
inline error_code& error_code::operator=(ipsec_error::errc val) noexcept {
    assign(static_cast<int>(val), ipsec_error::boost_category());
    return *this;
}

/// A boost::system::error_condition from a portable condition, in
/// ipsec_error::boost_condition_category().
template <>
inline error_condition::error_condition(ipsec_error::condition e, void*) noexcept
    : error_condition(static_cast<int>(e), ipsec_error::boost_condition_category()) {}

/// Assigns a portable condition, in ipsec_error::boost_condition_category().
template <>
inline error_condition& error_condition::operator=(ipsec_error::condition val) noexcept {
    assign(static_cast<int>(val), ipsec_error::boost_condition_category());
    return *this;
}
/// @endcond

}  // namespace boost::system

#endif  // IPSEC_ERROR_BOOST_SYSTEM_HPP
