// SPDX-License-Identifier: BSL-1.0
// <ipsec_error/boost_system.hpp>: IPsec codes as boost::system::error_code, their
// conditions, and the conversions between Boost's and the standard's codes.
#include <doctest/doctest.h>
#include <boost/system/error_code.hpp>
#include <boost/system/system_error.hpp>
#include <ipsec_error/boost_system.hpp>
#include <ipsec_error/ipsec_error.hpp>

#include <climits>
#include <cstring>
#include <ios>
#include <string>
#include <system_error>
#include <type_traits>

using ipsec_error::condition;
using ipsec_error::errc;

static_assert(boost::system::is_error_code_enum<errc>::value);
static_assert(boost::system::is_error_condition_enum<condition>::value);
static_assert(std::is_nothrow_constructible_v<boost::system::error_code, errc>);
static_assert(std::is_convertible_v<errc, boost::system::error_code>);
static_assert(std::is_convertible_v<condition, boost::system::error_condition>);
// The standard side is untouched.
static_assert(std::is_same_v<decltype(make_error_code(errc::bad_spi)), std::error_code>);
static_assert(std::is_convertible_v<errc, std::error_code>);

TEST_CASE("boost: an errc converts to a boost::system::error_code in the ipsec category") {
    boost::system::error_code b = errc::ike_timed_out;
    CHECK(b.value() == 13805);
    CHECK(b.category() == ipsec_error::boost_category());
    CHECK(std::strcmp(b.category().name(), "ipsec") == 0);
    CHECK(b.message() == "Negotiation timed out");
    CHECK(b.failed());
    CHECK(static_cast<bool>(b));

    const boost::system::error_code direct(errc::ike_mm_delay_drop);
    CHECK(direct.message() == "Negotiation took too long");
    b = errc::ike_mm_delay_drop;  // the assignment from an enumeration
    CHECK(b == direct);
    CHECK(b == errc::ike_mm_delay_drop);
    CHECK(b != errc::ike_timed_out);

    for (const auto& r : ipsec_error::records) {
        const boost::system::error_code code = r.code;
        CHECK(code.value() == r.value());
        CHECK(code.message() == r.message);
        CHECK(code.message() == std::error_code(r.code).message());
    }
    // Any other value: the std category's text.
    const boost::system::error_code other(42, ipsec_error::boost_category());
    CHECK(other.message() == "unknown IPsec error 42");
    CHECK(boost::system::error_code(INT_MIN, ipsec_error::boost_category()).message() ==
          "unknown IPsec error -2147483648");
}

TEST_CASE("boost: the non-allocating message copies the text and cuts it to fit") {
    const auto& category = ipsec_error::boost_category();
    char buffer[64];
    CHECK(std::string(category.message(13814, buffer, sizeof buffer)) ==
          "Negotiation took too long");
    char small[12];
    CHECK(std::string(category.message(13814, small, sizeof small)) == "Negotiation");
    CHECK(std::string(category.message(42, buffer, sizeof buffer)) == "unknown IPsec error 42");
    CHECK(std::string(category.message(INT_MIN, buffer, sizeof buffer)) ==
          "unknown IPsec error -2147483648");
    char one[1] = {'x'};
    CHECK(category.message(13814, one, 1)[0] == '\0');
    const auto& conditions = ipsec_error::boost_condition_category();
    CHECK(std::string(conditions.message(static_cast<int>(condition::transient), buffer,
                                         sizeof buffer)) == "transient IPsec failure");
    CHECK(std::string(conditions.message(0, buffer, sizeof buffer)) == "unknown IPsec condition 0");
}

TEST_CASE("boost: codes compare with the IPsec conditions and with boost::system::errc") {
    const boost::system::error_code b = errc::ike_timed_out;
    CHECK(b == condition::negotiation_timed_out);
    CHECK(condition::negotiation_timed_out == b);
    CHECK(b != condition::certificate_problem);
    CHECK(b == boost::system::errc::timed_out);
    CHECK(b.default_error_condition() ==
          boost::system::error_condition(boost::system::errc::timed_out));

    const boost::system::error_condition cond = condition::transient;
    CHECK(cond.category() == ipsec_error::boost_condition_category());
    CHECK(std::strcmp(cond.category().name(), "ipsec-condition") == 0);
    CHECK(cond.message() == "transient IPsec failure");
    boost::system::error_condition assigned;
    assigned = condition::benign;
    CHECK(assigned.value() == static_cast<int>(condition::benign));

    // Every code, every condition: Boost answers what the standard answers.
    for (const auto& r : ipsec_error::records) {
        const boost::system::error_code code = r.code;
        const std::error_code ec = r.code;
        for (int v = 1; v <= ipsec_error::condition_count; ++v) {
            const auto c = static_cast<condition>(v);
            CHECK((code == c) == (ec == c));
            CHECK((code == c) == r.conditions.contains(c));
        }
        const std::error_condition standard = ec.default_error_condition();
        const boost::system::error_condition boosted = code.default_error_condition();
        if (standard.category() == std::generic_category()) {
            CHECK(boosted.category() == boost::system::generic_category());
            CHECK(boosted.value() == standard.value());
        } else {
            CHECK(boosted.category() == ipsec_error::boost_category());
            CHECK(boosted.value() == r.value());
        }
    }
    CHECK(boost::system::error_code(errc::ike_out_of_memory) ==
          boost::system::errc::not_enough_memory);
    CHECK(boost::system::error_code(errc::ike_negotiation_pending) ==
          boost::system::errc::operation_in_progress);
    CHECK(boost::system::error_code(errc::ike_notcbpriv) ==
          boost::system::errc::operation_not_permitted);
    CHECK(boost::system::error_code(errc::bad_spi) != boost::system::errc::timed_out);
    // A code of another category belongs to no IPsec condition.
    const boost::system::error_code timeout =
        boost::system::errc::make_error_code(boost::system::errc::timed_out);
    CHECK(timeout != condition::negotiation_timed_out);
}

TEST_CASE("boost: to_std and to_boost convert IPsec codes both ways and keep the category") {
    for (const auto& r : ipsec_error::records) {
        const std::error_code original = r.code;
        const std::optional<boost::system::error_code> boosted = ipsec_error::to_boost(original);
        REQUIRE(boosted.has_value());
        CHECK(boosted->category() == ipsec_error::boost_category());
        CHECK(*boosted == r.code);
        const std::error_code back = ipsec_error::to_std(*boosted);
        CHECK(back == original);
        CHECK(&back.category() == &ipsec_error::ipsec_category());
        CHECK(ipsec_error::to_errc(back) == r.code);
    }
    // Generic and system codes keep their categories.
    const std::error_code generic = std::make_error_code(std::errc::timed_out);
    const auto boosted_generic = ipsec_error::to_boost(generic);
    REQUIRE(boosted_generic.has_value());
    CHECK(boosted_generic->category() == boost::system::generic_category());
    CHECK(ipsec_error::to_std(*boosted_generic) == generic);
    const std::error_code system(5, std::system_category());
    const auto boosted_system = ipsec_error::to_boost(system);
    REQUIRE(boosted_system.has_value());
    CHECK(boosted_system->category() == boost::system::system_category());
    CHECK(ipsec_error::to_std(*boosted_system) == system);
    // A category Boost cannot hold.
    CHECK_FALSE(ipsec_error::to_boost(std::make_error_code(std::io_errc::stream)).has_value());
    CHECK_FALSE(
        ipsec_error::to_boost(std::error_code(1, ipsec_error::condition_category())).has_value());
}

TEST_CASE("boost: Boost's own conversion to std::error_code is still recognised") {
    const boost::system::error_code b = errc::ike_mm_delay_drop;
    const std::error_code converted = b;  // Boost's wrapper category, not ipsec_category()
    CHECK(std::strcmp(converted.category().name(), "ipsec") == 0);
    CHECK(converted.message() == "Negotiation took too long");
    CHECK(converted == condition::transient);
    CHECK(converted == std::errc::timed_out);
    CHECK(ipsec_error::to_errc(converted) == errc::ike_mm_delay_drop);
    const auto boosted = ipsec_error::to_boost(converted);
    REQUIRE(boosted.has_value());
    CHECK(*boosted == b);
    CHECK(ipsec_error::to_std(*boosted) == std::error_code(errc::ike_mm_delay_drop));
}

TEST_CASE("boost: categories are compared by their fixed identity") {
    // Another object with the same identity is the same category, as a copy in
    // another shared library would be.
    class other_copy final : public boost::system::error_category {
    public:
        other_copy() noexcept : boost::system::error_category(ipsec_error::boost_category_id) {}
        const char* name() const noexcept override { return "ipsec"; }
        std::string message(int value) const override {
            return ipsec_error::boost_category().message(value);
        }
    };
    static const other_copy copy;
    const boost::system::error_code from_copy(13805, copy);
    CHECK(from_copy.category() == ipsec_error::boost_category());
    CHECK(from_copy == errc::ike_timed_out);
    CHECK(from_copy == condition::negotiation_timed_out);
    CHECK(ipsec_error::to_std(from_copy) == std::error_code(errc::ike_timed_out));
    CHECK(ipsec_error::boost_category() != ipsec_error::boost_condition_category());
    CHECK(ipsec_error::boost_category() != boost::system::generic_category());
}

TEST_CASE("boost: boost::system::system_error carries the message") {
    try {
        throw boost::system::system_error(errc::ike_timed_out, "tunnel to 203.0.113.7");
    } catch (const boost::system::system_error& e) {
        CHECK(std::string(e.what()) == "tunnel to 203.0.113.7: Negotiation timed out");
        CHECK(e.code() == errc::ike_timed_out);
        CHECK(e.code() == condition::negotiation_timed_out);
    }
}
