// SPDX-License-Identifier: BSL-1.0
// <ipsec_error/status_code.hpp>: the IPsec codes as status codes of Boost.Outcome's
// experimental status-code: identity, failure, messages, generic equivalence, erasure.
#include <doctest/doctest.h>
#include <boost/outcome/experimental/status-code/error.hpp>
#include <boost/outcome/experimental/status-code/system_code.hpp>
#include <ipsec_error/ipsec_error.hpp>
#include <ipsec_error/status_code.hpp>

#include <climits>
#include <ostream>  // doctest prints string_views: Microsoft's STL needs the whole basic_ostream
#include <string_view>
#include <system_error>
#include <type_traits>

namespace sc = BOOST_OUTCOME_SYSTEM_ERROR2_NAMESPACE;
using ipsec_error::errc;
using ipsec_error::ipsec_code;

namespace {

std::string_view text(const sc::status_code_domain::string_ref& ref) {
    return {ref.data(), ref.size()};
}

}  // namespace

static_assert(std::is_same_v<ipsec_code::value_type, errc>);
static_assert(std::is_convertible_v<errc, ipsec_code>);
static_assert(std::is_convertible_v<errc, sc::system_code>);
static_assert(sc::traits::is_move_bitcopying<ipsec_code>::value);
static_assert(ipsec_error::ipsec_code_domain.id() == 0xaa9917a44f031ee3ULL);
static_assert(ipsec_error::ipsec_domain::get().id() == ipsec_error::status_code_domain_id);
// make_status_code is constexpr: a code can be a constant.
constexpr ipsec_code constant_code = errc::ike_timed_out;
static_assert(constant_code.value() == errc::ike_timed_out);

TEST_CASE("status_code: an errc makes a code in the IPsec domain") {
    const ipsec_code code = errc::ike_timed_out;
    CHECK(code.value() == errc::ike_timed_out);
    CHECK(code.domain() == ipsec_error::ipsec_code_domain);
    CHECK(code.domain().id() == ipsec_error::status_code_domain_id);
    CHECK(text(code.domain().name()) == "IPsec domain");
    CHECK(text(code.message()) == "Negotiation timed out");
    CHECK(code.failure());
    CHECK_FALSE(code.success());
    CHECK_FALSE(code.empty());
    CHECK(code == errc::ike_timed_out);
    CHECK(code != errc::bad_spi);
    // == is status-code's semantic equivalence: two time-outs are both
    // errc::timed_out, so they compare equal; value() tells them apart.
    CHECK(code == errc::ike_mm_delay_drop);
    CHECK(code.value() != errc::ike_mm_delay_drop);
    CHECK(ipsec_code(errc::bad_spi) != errc::invalid_packet);
    CHECK(ipsec_code(errc::bad_spi) == ipsec_error::make_status_code(errc::bad_spi));
    CHECK(ipsec_code().empty());
}

TEST_CASE("status_code: failure() is false for 0, warnings and informational codes") {
    CHECK_FALSE(ipsec_code(static_cast<errc>(0)).failure());
    CHECK(ipsec_code(static_cast<errc>(0)).success());
    CHECK(text(ipsec_code(static_cast<errc>(0)).message()) == "success");
    CHECK_FALSE(ipsec_code(errc::mm_policy_pruned).failure());  // WARNING_IPSEC_MM_POLICY_PRUNED
    CHECK_FALSE(ipsec_code(errc::ike_neg_status_begin).failure());  // a range marker
    CHECK_FALSE(ipsec_code(errc::ike_dos_cookie_sent).failure());   // informational
    int warnings_and_information = 0;
    for (const auto& r : ipsec_error::records) {
        const ipsec_code code = r.code;
        CHECK(code.failure() == (r.severity == ipsec_error::severity::error));
        if (!code.failure()) ++warnings_and_information;
    }
    CHECK(warnings_and_information > 3);
    // A value that is no code is a failure.
    CHECK(ipsec_code(static_cast<errc>(42)).failure());
    CHECK(ipsec_code(static_cast<errc>(-1)).failure());
}

TEST_CASE("status_code: the message is the table's own text, not a copy") {
    for (const auto& r : ipsec_error::records) {
        const ipsec_code code = r.code;
        const auto message = code.message();
        CHECK(text(message) == r.message);
        CHECK(message.data() == r.message.data());       // no allocation, no copy
        CHECK(message.c_str()[message.size()] == '\0');  // a C string too
    }
    CHECK(text(ipsec_code(static_cast<errc>(42)).message()) == "unknown IPsec error");
    CHECK(text(ipsec_code(static_cast<errc>(INT_MIN)).message()) == "unknown IPsec error");
}

TEST_CASE("status_code: equivalence with the generic codes follows the std::errc mapping") {
    CHECK(ipsec_code(errc::ike_timed_out) == sc::errc::timed_out);
    CHECK(ipsec_code(errc::ike_mm_delay_drop) == sc::errc::timed_out);
    CHECK(ipsec_code(errc::ike_out_of_memory) == sc::errc::not_enough_memory);
    CHECK(ipsec_code(errc::ike_negotiation_pending) == sc::errc::operation_in_progress);
    CHECK(ipsec_code(errc::key_module_impersonation_negotiation_pending) ==
          sc::errc::operation_in_progress);
    CHECK(ipsec_code(errc::ike_notcbpriv) == sc::errc::operation_not_permitted);
    CHECK(ipsec_code(errc::bad_spi) != sc::errc::timed_out);
    CHECK(ipsec_code(errc::bad_spi) != sc::errc::unknown);
    CHECK(ipsec_code(static_cast<errc>(0)) == sc::errc::success);
    CHECK(sc::generic_code(sc::errc::timed_out) == ipsec_code(errc::ike_timed_out));

    // Each code: equivalent to exactly the generic code that default_error_condition names.
    constexpr sc::errc mapped[] = {sc::errc::timed_out,
                                   sc::errc::not_enough_memory,
                                   sc::errc::operation_in_progress,
                                   sc::errc::operation_not_permitted,
                                   sc::errc::success,
                                   sc::errc::unknown};
    for (const auto& r : ipsec_error::records) {
        const ipsec_code code = r.code;
        const std::error_condition standard = std::error_code(r.code).default_error_condition();
        const bool has_generic = standard.category() == std::generic_category();
        for (const sc::errc generic : mapped) {
            const bool expected = has_generic && static_cast<int>(generic) == standard.value();
            CHECK((code == generic) == expected);
            CHECK((sc::generic_code(generic) == code) == expected);
        }
    }
}

TEST_CASE("status_code: erased into system_code and error, and back") {
    const sc::system_code erased = errc::bad_spi;
    CHECK(erased.domain() == ipsec_error::ipsec_code_domain);
    CHECK(text(erased.message()) == "The SPI in the packet does not match a valid IPsec SA.");
    CHECK(erased.failure());
    CHECK(erased == errc::bad_spi);
    CHECK(erased == ipsec_code(errc::bad_spi));
    const ipsec_code back(erased);  // explicit: the domain is not checked
    CHECK(back.value() == errc::bad_spi);

    const sc::error failure = errc::ike_timed_out;
    CHECK(failure == sc::errc::timed_out);
    CHECK(failure == errc::ike_timed_out);
    CHECK(text(failure.message()) == "Negotiation timed out");

    // A code with a generic equivalent compares equal to a POSIX code with that value.
    CHECK(ipsec_code(errc::ike_timed_out) == sc::posix_code(ETIMEDOUT));
}

TEST_CASE("status_code: throw_exception throws ipsec_status_error") {
    const ipsec_code code = errc::ike_mm_delay_drop;
    try {
        code.throw_exception();
    } catch (const ipsec_error::ipsec_status_error& e) {
        CHECK(std::string_view(e.what()) == "Negotiation took too long");
        CHECK(e.code() == errc::ike_mm_delay_drop);
    }
    CHECK_THROWS_AS(sc::system_code(errc::bad_spi).throw_exception(),
                    ipsec_error::ipsec_status_error);
}
