// SPDX-License-Identifier: BSL-1.0
/// @file
/// A status-code domain for the IPsec codes (Boost.Outcome's experimental
/// status-code, the proposed `std::error` of P1028).
///
/// @code{.cpp}
///     namespace sc = BOOST_OUTCOME_SYSTEM_ERROR2_NAMESPACE;  // system_error2 in Boost 1.74
///
///     ipsec_error::ipsec_code code = ipsec_error::errc::ike_timed_out;  // make_status_code()
///     code.message().c_str()               // "Negotiation timed out": the table's text
///     code.failure()                       // true; false for warnings and 0
///     code == sc::errc::timed_out          // true: the std::errc mapping of the core
///     code == ipsec_error::errc::ike_timed_out
///     sc::system_code erased = ipsec_error::errc::bad_spi;   // type-erased, two words
///     sc::error failure = ipsec_error::errc::bad_spi;        // likewise, always a failure
/// @endcode
///
/// - The domain's identity is ipsec_error::status_code_domain_id, a fixed random 64-bit
///   number: codes from copies of the domain in two shared libraries are
///   the same codes.
/// - value() is the errc; failure() is false for 0 (no error) and for the
///   codes whose severity is not severity::error (the WARNING_IPSEC_* codes,
///   the informational codes and the three range markers), true for any
///   other value.
/// - message() refers to the Windows message in the table: no allocation, no
///   copy. A value that is no code has the text "unknown IPsec error", 0 has
///   "success".
/// - A code is equivalent to the generic code that the core's
///   default_error_condition() names (category.hpp): the time-outs to
///   errc::timed_out, ike_out_of_memory to not_enough_memory, the two
///   pending negotiations to operation_in_progress, ike_notcbpriv to
///   operation_not_permitted; 0 to errc::success; no other code to any
///   generic code.
///   As everywhere in status-code, `==` is this semantic equivalence, and it
///   goes through the generic codes: two time-outs compare equal
///   (ipsec_code(errc::ike_timed_out) == errc::ike_mm_delay_drop); compare
///   value()s to tell codes apart.
/// - throw_exception() throws ipsec_status_error.
///
/// Boost 1.74's status-code has no payload_info() yet; the domain has none
/// to give. Include this header with Boost 1.74 or later (Debian and Ubuntu:
/// libboost-dev; header only, nothing to link).
#ifndef IPSEC_ERROR_STATUS_CODE_HPP
#define IPSEC_ERROR_STATUS_CODE_HPP

#include <string_view>
#include <system_error>

#include <boost/outcome/experimental/status-code/generic_code.hpp>
#include <boost/outcome/experimental/status-code/status_error.hpp>

#include <ipsec_error/category.hpp>
#include <ipsec_error/detail/find_value.hpp>
#include <ipsec_error/detail/value_index.hpp>
#include <ipsec_error/errc.hpp>
#include <ipsec_error/records.hpp>

namespace ipsec_error {
inline namespace v1 {

namespace detail {

namespace status_code_ns = BOOST_OUTCOME_SYSTEM_ERROR2_NAMESPACE;

// The generic code a value stands for: success for 0, the std::errc mapping
// of the core for the codes that have one, unknown for anything else.
constexpr status_code_ns::errc generic_errc_of(int value) noexcept {
    if (value == 0) return status_code_ns::errc::success;
    if (const std::size_t row = row_of(value)) {
        const std::errc standard = standard_condition(value, row);
        if (standard != no_standard_condition) {
            return static_cast<status_code_ns::errc>(static_cast<int>(standard));
        }
    }
    return status_code_ns::errc::unknown;
}

}  // namespace detail

/// The identity of the IPsec status-code domain: a random number, fixed for
/// good (status-code compares domains by it).
inline constexpr unsigned long long status_code_domain_id = 0xaa9917a44f031ee3ULL;

#if defined(__clang__)
#pragma clang diagnostic push
#pragma clang diagnostic ignored "-Wweak-vtables"
#endif

/// The status-code domain of the IPsec codes; ipsec_code is a status code
/// in it. See <ipsec_error/status_code.hpp> for what it answers.
class ipsec_domain final : public detail::status_code_ns::status_code_domain {
    template <class DomainType>
    friend class detail::status_code_ns::status_code;
    template <class StatusCode>
    friend class detail::status_code_ns::detail::indirecting_domain;
    using base = detail::status_code_ns::status_code_domain;
    using code_type = detail::status_code_ns::status_code<ipsec_domain>;

public:
    /// The value of an ipsec_code: the IPsec code itself.
    using value_type = errc;
    /// status-code's reference to a message text.
    using string_ref = base::string_ref;

    /// The domain, with identity #status_code_domain_id.
    constexpr ipsec_domain() noexcept : base(status_code_domain_id) {}

    /// The one instance, ipsec_code_domain (status_code asks for it by this name).
    static inline constexpr const ipsec_domain& get() noexcept;

    /// "IPsec domain".
    string_ref name() const noexcept override { return string_ref("IPsec domain"); }

protected:
    /// False for 0 and for the codes whose severity is not severity::error.
    bool _do_failure(
        const detail::status_code_ns::status_code<void>& code) const noexcept override {
        const int value = value_of(code);
        if (value == 0) return false;
        const record* r = detail::find_value(value);
        return r == nullptr || r->severity == severity::error;
    }

    /// The same value in this domain, or the generic code that the std::errc mapping names.
    bool _do_equivalent(
        const detail::status_code_ns::status_code<void>& code1,
        const detail::status_code_ns::status_code<void>& code2) const noexcept override {
        const int value = value_of(code1);
        if (code2.domain() == *this) return value == value_of(code2);
        if (code2.domain() == detail::status_code_ns::generic_code_domain) {
            const auto wanted =
                static_cast<const detail::status_code_ns::generic_code&>(code2).value();
            const auto mine = detail::generic_errc_of(value);
            return mine != detail::status_code_ns::errc::unknown && mine == wanted;
        }
        return false;
    }

    /// The generic code of the std::errc mapping; errc::success for 0, errc::unknown otherwise.
    detail::status_code_ns::generic_code _generic_code(
        const detail::status_code_ns::status_code<void>& code) const noexcept override {
        return detail::status_code_ns::generic_code(detail::generic_errc_of(value_of(code)));
    }

    /// The Windows message, a reference to the table's static text.
    string_ref _do_message(
        const detail::status_code_ns::status_code<void>& code) const noexcept override {
        const int value = value_of(code);
        if (value == 0) return string_ref("success");
        // The table's messages are string literals: terminated, static.
        if (const record* r = detail::find_value(value)) {
            return string_ref(r->message.data(), r->message.size());
        }
        return string_ref("unknown IPsec error");
    }

#if defined(_CPPUNWIND) || defined(__EXCEPTIONS) || \
    defined(BOOST_OUTCOME_STANDARDESE_IS_IN_THE_HOUSE)
    /// Throws ipsec_status_error.
    [[noreturn]] void _do_throw_exception(
        const detail::status_code_ns::status_code<void>& code) const override {
        throw detail::status_code_ns::status_error<ipsec_domain>(
            static_cast<const code_type&>(code));
    }
#endif

private:
    static int value_of(const detail::status_code_ns::status_code<void>& code) noexcept {
        return static_cast<int>(static_cast<const code_type&>(code).value());
    }
};

#if defined(__clang__)
#pragma clang diagnostic pop
#endif

/// The instance of the IPsec domain: constant-initialised, like every domain
/// of status-code.
inline constexpr ipsec_domain ipsec_code_domain{};

inline constexpr const ipsec_domain& ipsec_domain::get() noexcept { return ipsec_code_domain; }

/// A status code in the IPsec domain: `ipsec_code c = errc::bad_spi;`.
using ipsec_code = detail::status_code_ns::status_code<ipsec_domain>;

/// The exception that ipsec_code::throw_exception() throws.
using ipsec_status_error = detail::status_code_ns::status_error<ipsec_domain>;

/// An IPsec code as a status code: found by argument-dependent lookup, so that
/// any status code (ipsec_code, system_code, error) can be made from an errc,
/// and compared with one.
constexpr ipsec_code make_status_code(errc e) noexcept {
    return ipsec_code(detail::status_code_ns::in_place, e);
}

}  // namespace v1
}  // namespace ipsec_error

#endif  // IPSEC_ERROR_STATUS_CODE_HPP
