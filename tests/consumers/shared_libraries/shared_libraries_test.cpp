// SPDX-License-Identifier: BSL-1.0
// Two shared libraries (DLLs on Windows), each with its own copy of the
// categories, return IPsec codes to a program that has a third copy. The
// standard compares categories by address, so std::error_code == cannot tell
// the copies are one; conditions, to_errc and troubleshooting_for can.
#define DOCTEST_CONFIG_IMPLEMENT_WITH_MAIN
#include <doctest/doctest.h>
#include <ipsec_error/ipsec_error.hpp>
#include <ipsec_error/troubleshooting.hpp>

#include "export.hpp"

using ipsec_error::condition;
using ipsec_error::errc;

TEST_CASE("each library has its own copy of the category") {
    const std::error_code a = library_a_failure();
    const std::error_code b = library_b_failure();
    // Without distinct copies this test would prove nothing.
    REQUIRE(&a.category() != &ipsec_error::ipsec_category());
    REQUIRE(&b.category() != &ipsec_error::ipsec_category());
    REQUIRE(&a.category() != &b.category());
    CHECK(std::string(a.category().name()) == "ipsec");
    // What cannot be mended: the standard's == compares category addresses.
    CHECK(a != std::error_code(errc::ike_mm_delay_drop));
}

TEST_CASE("conditions, to_errc and troubleshooting_for recognise a code from another copy") {
    const std::error_code a = library_a_failure();
    const std::error_code b = library_b_failure();
    CHECK(a == condition::negotiation_timed_out);
    CHECK(a == condition::transient);
    CHECK(a != condition::authentication_failed);
    CHECK(b == condition::authentication_failed);
    CHECK(b != condition::negotiation_timed_out);

    CHECK(ipsec_error::to_errc(a) == errc::ike_mm_delay_drop);
    CHECK(ipsec_error::to_errc(b) == errc::ike_auth_fail);
    REQUIRE(ipsec_error::troubleshooting_for(a) != nullptr);
    CHECK(ipsec_error::troubleshooting_for(a)->code == errc::ike_mm_delay_drop);

    // One library asks about the other's code, with its own condition category.
    CHECK(library_b_is_timeout(a));
    CHECK_FALSE(library_b_is_timeout(b));
    CHECK(library_b_is_timeout(errc::ike_qm_delay_drop));
    CHECK(a.message() == "Negotiation took too long");
}

TEST_CASE("a category merely named ipsec is not taken for ours") {
    struct impostor final : std::error_category {
        const char* name() const noexcept override { return "ipsec"; }
        std::string message(int) const override { return "impostor"; }
    };
    static const impostor other;
    const std::error_code fake(13814, other);
    CHECK_FALSE(ipsec_error::to_errc(fake).has_value());
    CHECK(fake != condition::negotiation_timed_out);
    CHECK(ipsec_error::troubleshooting_for(fake) == nullptr);
    CHECK_FALSE(library_b_is_timeout(fake));
}
