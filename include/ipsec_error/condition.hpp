// SPDX-License-Identifier: BSL-1.0
/// @file
/// The portable conditions an IPsec code can belong to.
///
/// A condition answers a question a program asks of any error, whatever its
/// exact code: "was it a time-out?", "is it worth retrying?". A code may belong
/// to several. Membership is written once, in each row of the table
/// (records.hpp); conditions.hpp turns this enumeration into
/// std::error_condition.
#ifndef IPSEC_ERROR_CONDITION_HPP
#define IPSEC_ERROR_CONDITION_HPP

#include <cstdint>
#include <string_view>

#include <ipsec_error/detail/config.hpp>

namespace ipsec_error {
inline namespace v1 {

/// A portable condition: a question about an IPsec code that has a yes or no answer.
///
/// A code may belong to several conditions (record::conditions). With conditions.hpp
/// a condition converts to std::error_condition, so that a std::error_code compares equal
/// to each condition its code belongs to:
/// `if (ec == ipsec_error::condition::transient) retry_later();`.
///
/// Values start at 1: a std::error_condition with value 0 means "no error".
enum class condition : int {
    authentication_failed = 1,  ///< a peer's credentials were rejected or could not be used
    certificate_problem,        ///< a certificate is missing, unusable or untrusted
    negotiation_timed_out,      ///< a negotiation or a queued request ran out of time
    proposal_mismatch,          ///< the peers' offers (algorithms, groups, versions) do not meet
    malformed_message,          ///< a packet or payload could not be parsed or verified
    resource_limit,             ///< a limit on memory, SAs, filters, state or rate was reached
    sa_terminated,              ///< a security association ended or was torn down
    packet_dropped,             ///< the driver or DoS Protection dropped a packet
    policy_object_exists,       ///< the policy store already holds such an object
    policy_object_not_found,    ///< the policy store holds no such object
    policy_object_busy,         ///< the object is in use or pending deletion
    configuration_problem,      ///< local policy is missing, invalid, or forbids this
    internal_error,             ///< the IKE service or a component it loads failed internally
    transient,                  ///< retrying later may succeed
    benign,                     ///< informational: not a failure
};

/// The enumerator's spelling ("negotiation_timed_out"); empty for a value that is no
/// condition.
constexpr std::string_view name_of(condition c) noexcept {
    IPSEC_ERROR_BEGIN_COVERED_SWITCH
    switch (c) {
        case condition::authentication_failed: return "authentication_failed";
        case condition::certificate_problem: return "certificate_problem";
        case condition::negotiation_timed_out: return "negotiation_timed_out";
        case condition::proposal_mismatch: return "proposal_mismatch";
        case condition::malformed_message: return "malformed_message";
        case condition::resource_limit: return "resource_limit";
        case condition::sa_terminated: return "sa_terminated";
        case condition::packet_dropped: return "packet_dropped";
        case condition::policy_object_exists: return "policy_object_exists";
        case condition::policy_object_not_found: return "policy_object_not_found";
        case condition::policy_object_busy: return "policy_object_busy";
        case condition::configuration_problem: return "configuration_problem";
        case condition::internal_error: return "internal_error";
        case condition::transient: return "transient";
        case condition::benign: return "benign";
    }
    IPSEC_ERROR_END_COVERED_SWITCH
    return {};
}

/// The highest condition value, which is also the number of conditions; condition_set has a
/// bit for each.
inline constexpr int condition_count = static_cast<int>(condition::benign);

/// A set of conditions, one bit each: what a table row says a code belongs to.
class condition_set {
public:
    /// The empty set.
    constexpr condition_set() noexcept = default;
    /// The set of the given conditions (each a condition). A value that is no condition
    /// is left out.
    template <class... Conditions>
    constexpr condition_set(condition first, Conditions... more) noexcept
        : bits_(static_cast<std::uint16_t>((bit(first) | ... | bit(more)))) {}

    /// The set whose bits() are `bits`: bit n (1 << n) for the condition of value n. Bits
    /// that stand for no condition are left out. The generated table is written this way:
    /// it costs the compiler less than a list of conditions.
    constexpr explicit condition_set(std::uint32_t bits) noexcept
        : bits_(static_cast<std::uint16_t>(bits & all_bits)) {}

    /// Whether c is in the set; false for a value that is no condition.
    constexpr bool contains(condition c) const noexcept { return (bits_ & bit(c)) != 0; }
    /// Whether the set holds no condition.
    constexpr bool empty() const noexcept { return bits_ == 0; }
    /// The set as bits: bit n (1 << n) stands for the condition of value n, so bit 0 is
    /// never set.
    constexpr std::uint32_t bits() const noexcept { return bits_; }

private:
    // Out-of-range values (a condition made from any int) belong to no set.
    static constexpr std::uint32_t bit(condition c) noexcept {
        const int v = static_cast<int>(c);
        return (v >= 1 && v <= condition_count) ? std::uint32_t{1} << v : 0;
    }
    static constexpr std::uint32_t all_bits = ((std::uint32_t{1} << condition_count) - 1) << 1;
    // 16 bits: with the code, the part and the severity they fill the first eight
    // bytes of a record, ahead of its two string_views.
    std::uint16_t bits_ = 0;
};

static_assert(condition_count < 16, "condition_set keeps one bit a condition in 16 bits");

}  // namespace v1
}  // namespace ipsec_error

#endif  // IPSEC_ERROR_CONDITION_HPP
