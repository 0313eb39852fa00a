// SPDX-License-Identifier: BSL-1.0
// ipsec-error: portable conditions as std::error_condition.
//
//     if (ec == ipsec_error::condition::transient) retry_later();
//
// holds for any std::error_code that to_errc() understands (every copy of
// ipsec_category(), and on Windows the Win32 and HRESULT forms in
// std::system_category()) whose code belongs to the condition in the table.
#ifndef IPSEC_ERROR_CONDITIONS_HPP
#define IPSEC_ERROR_CONDITIONS_HPP

#include <string>
#include <system_error>

#include <ipsec_error/condition.hpp>
#include <ipsec_error/detail/value_index.hpp>
#include <ipsec_error/windows_forms.hpp>

namespace ipsec_error {
inline namespace v1 {

namespace detail {

constexpr const char* condition_message(condition c) noexcept {
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
    return nullptr;
}

class condition_category_impl final : public std::error_category {
public:
    constexpr condition_category_impl() noexcept = default;

    const char* name() const noexcept override { return "ipsec-condition"; }

    std::string message(int value) const override {
        if (const char* text = condition_message(static_cast<condition>(value))) return text;
        return numbered("unknown IPsec condition ", value);
    }

    bool equivalent(const std::error_code& code, int value) const noexcept override {
        const std::optional<errc> e = to_errc(code);
        if (!e) return false;
        const record* r = find_value(static_cast<int>(*e));
        return r != nullptr && r->conditions.contains(static_cast<condition>(value));
    }
};

}  // namespace detail

inline const std::error_category& condition_category() noexcept {
    static const detail::condition_category_impl instance;  // constant-initialised
    return instance;
}

inline std::error_condition make_error_condition(condition c) noexcept {
    return {static_cast<int>(c), condition_category()};
}

}  // namespace v1
}  // namespace ipsec_error

namespace std {
template <>
struct is_error_condition_enum<ipsec_error::condition> : true_type {};
}  // namespace std

#endif  // IPSEC_ERROR_CONDITIONS_HPP
