// SPDX-License-Identifier: BSL-1.0
/// @file
/// The portable conditions as std::error_condition.
///
/// @code{.cpp}
///     if (ec == ipsec_error::condition::transient) retry_later();
/// @endcode
///
/// holds for any std::error_code that to_errc() understands (every copy of
/// ipsec_category(), and on Windows the Win32 and HRESULT forms in
/// std::system_category()) whose code belongs to the condition in the table.
#ifndef IPSEC_ERROR_CONDITIONS_HPP
#define IPSEC_ERROR_CONDITIONS_HPP

#include <string>
#include <system_error>

#include <ipsec_error/condition.hpp>
#include <ipsec_error/detail/config.hpp>
#include <ipsec_error/detail/value_index.hpp>
#include <ipsec_error/windows_forms.hpp>

namespace ipsec_error {
inline namespace v1 {

namespace detail {

constexpr const char* condition_message(condition c) noexcept {
    IPSEC_ERROR_BEGIN_COVERED_SWITCH
    switch (c) {
        case condition::authentication_failed: return "IPsec authentication failed";
        case condition::certificate_problem: return "IPsec certificate problem";
        case condition::negotiation_timed_out: return "IPsec negotiation timed out";
        case condition::proposal_mismatch: return "IPsec proposals do not match";
        case condition::malformed_message: return "malformed IPsec message";
        case condition::resource_limit: return "IPsec resource limit reached";
        case condition::sa_terminated: return "IPsec security association terminated";
        case condition::packet_dropped: return "IPsec dropped a packet";
        case condition::policy_object_exists: return "IPsec policy object already exists";
        case condition::policy_object_not_found: return "IPsec policy object not found";
        case condition::policy_object_busy: return "IPsec policy object in use";
        case condition::configuration_problem: return "IPsec configuration problem";
        case condition::internal_error: return "IPsec internal error";
        case condition::transient: return "transient IPsec failure";
        case condition::benign: return "informational IPsec status";
    }
    IPSEC_ERROR_END_COVERED_SWITCH
    return nullptr;
}

IPSEC_ERROR_BEGIN_CATEGORY_CLASS
class condition_category_impl final : public std::error_category {
public:
#if IPSEC_ERROR_MSVC_STL_NUMBERED_CATEGORY
    constexpr condition_category_impl() noexcept
        : std::error_category(msvc_stl_category_address(1)) {}
#else
    // Constexpr where std::error_category's constructor is, as for ipsec_category_impl.
    condition_category_impl() noexcept = default;
#endif

    const char* name() const noexcept override { return "ipsec-condition"; }

    std::string message(int value) const override {
        std::string text;
        if (const char* known = condition_message(static_cast<condition>(value))) {
            text.assign(known);
        } else {
            static constexpr char unknown[] = "unknown IPsec condition ";
            append_numbered(text, unknown, sizeof unknown - 1, value);
        }
        return text;
    }

    bool equivalent(const std::error_code& code, int value) const noexcept override {
        const std::optional<errc> e = to_errc(code);
        if (!e) return false;
        const std::size_t row = row_of(static_cast<int>(*e));
        return row != 0 && conditions_of_row(row).contains(static_cast<condition>(value));
    }
};
IPSEC_ERROR_END_CATEGORY_CLASS

}  // namespace detail

/// The std::error_category of the conditions.
///
/// Its name() is "ipsec-condition"; message(v) says what the condition of value v means
/// ("IPsec negotiation timed out"), or "unknown IPsec condition v" for any other int.
/// A std::error_code is equivalent to a condition when to_errc() finds an IPsec code in it
/// and the table puts that code in the condition. Constant-initialised where
/// ipsec_category() is.
inline const std::error_category& condition_category() noexcept {
    IPSEC_ERROR_BEGIN_CATEGORY_STATIC
    static const detail::condition_category_impl instance;
    IPSEC_ERROR_END_CATEGORY_STATIC
    return instance;
}

/// The std::error_condition of a condition: its value in condition_category().
///
/// Found by argument-dependent lookup, which is what lets a condition convert implicitly
/// and be compared with a std::error_code.
inline std::error_condition make_error_condition(condition c) noexcept {
    return {static_cast<int>(c), condition_category()};
}

}  // namespace v1
}  // namespace ipsec_error

namespace std {
/// Marks condition as an error condition enumeration, so that it converts implicitly to
/// std::error_condition (through make_error_condition()).
template <>
struct is_error_condition_enum<ipsec_error::condition> : true_type {};
}  // namespace std

#endif  // IPSEC_ERROR_CONDITIONS_HPP
