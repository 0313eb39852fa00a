// SPDX-License-Identifier: BSL-1.0
// Portable conditions: membership, the condition category, other categories.
#include <doctest/doctest.h>
#include <ipsec_error/ipsec_error.hpp>

#include <ostream>
#include <string>
#include <system_error>

using ipsec_error::condition;
using ipsec_error::errc;

static_assert(std::is_error_condition_enum<condition>::value);

TEST_CASE("the condition category") {
    CHECK(std::string(ipsec_error::condition_category().name()) == "ipsec-condition");
    CHECK(ipsec_error::condition_category() != ipsec_error::ipsec_category());
    const std::error_condition c = condition::transient;
    CHECK(&c.category() == &ipsec_error::condition_category());
    CHECK(c.message() == "transient IPsec failure");
    CHECK(ipsec_error::condition_category().message(0) == "unknown IPsec condition 0");
    CHECK(ipsec_error::condition_category().message(99) == "unknown IPsec condition 99");
}

TEST_CASE("every condition has a message, members and non-members") {
    for (int v = 1; v <= ipsec_error::condition_count; ++v) {
        const auto c = static_cast<condition>(v);
        CAPTURE(v);
        CHECK(make_error_condition(c).message().rfind("unknown", 0) != 0);
        int members = 0;
        for (const auto& r : ipsec_error::records) {
            const std::error_code ec = r.code;
            const bool member = r.conditions.contains(c);
            CHECK((ec == c) == member);
            members += member ? 1 : 0;
        }
        CHECK(members > 0);
        CHECK(members < static_cast<int>(ipsec_error::records.size()));
    }
}

TEST_CASE("conditions: examples from each") {
    CHECK(std::error_code(errc::ike_mm_delay_drop) == condition::negotiation_timed_out);
    CHECK(std::error_code(errc::ike_mm_delay_drop) == condition::transient);
    CHECK(std::error_code(errc::ike_auth_fail) != condition::transient);
    CHECK(std::error_code(errc::ike_no_cert) == condition::certificate_problem);
    CHECK(std::error_code(errc::ike_no_cert) == condition::authentication_failed);
    CHECK(std::error_code(errc::ike_kerberos_error) == condition::authentication_failed);
    CHECK(std::error_code(errc::ike_kerberos_error) != condition::certificate_problem);
    CHECK(std::error_code(errc::ike_invalid_group) == condition::proposal_mismatch);
    CHECK(std::error_code(errc::ike_process_err_ke) == condition::malformed_message);
    CHECK(std::error_code(errc::ike_mm_limit) == condition::resource_limit);
    CHECK(std::error_code(errc::ike_sa_deleted) == condition::sa_terminated);
    CHECK(std::error_code(errc::replay_check_failed) == condition::packet_dropped);
    CHECK(std::error_code(errc::mm_filter_exists) == condition::policy_object_exists);
    CHECK(std::error_code(errc::tunnel_filter_not_found) == condition::policy_object_not_found);
    CHECK(std::error_code(errc::qm_policy_pending_deletion) == condition::policy_object_busy);
    CHECK(std::error_code(errc::qm_policy_pending_deletion) == condition::transient);
    CHECK(std::error_code(errc::ike_no_policy) == condition::configuration_problem);
    CHECK(std::error_code(errc::ike_secloadfail) == condition::internal_error);
    CHECK(std::error_code(errc::ike_benign_reinit) == condition::benign);
    CHECK(std::error_code(errc::auth_firewall_drop) == condition::benign);
    CHECK(std::error_code(errc::auth_firewall_drop) == condition::packet_dropped);
    CHECK(std::error_code(errc::mm_policy_pruned) == condition::benign);
    CHECK(std::error_code(errc::ike_auth_fail) != condition::benign);
}

TEST_CASE("conditions: range markers, unknown values and other categories belong to none") {
    for (int v = 1; v <= ipsec_error::condition_count; ++v) {
        const auto c = static_cast<condition>(v);
        CAPTURE(v);
        CHECK(std::error_code(errc::ike_neg_status_begin) != c);
        CHECK(std::error_code(errc::ike_neg_status_end) != c);
        CHECK(std::error_code(errc::ike_neg_status_extended_end) != c);
        CHECK(std::error_code(42, ipsec_error::ipsec_category()) != c);
        CHECK(std::error_code() != c);
        CHECK(std::make_error_code(std::errc::timed_out) != c);
        CHECK(std::error_code(13814, std::generic_category()) != c);
    }
    // Values outside the enumeration are no condition at all.
    const std::error_code ec = errc::ike_mm_delay_drop;
    CHECK(ec != std::error_condition(0, ipsec_error::condition_category()));
    CHECK(ec != std::error_condition(64, ipsec_error::condition_category()));
    CHECK(ec != std::error_condition(-1, ipsec_error::condition_category()));
}
