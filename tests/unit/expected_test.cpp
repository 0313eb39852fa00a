// SPDX-License-Identifier: BSL-1.0
// Errors as values: IPsec codes in std::expected<T, std::error_code> (C++23). Built
// only where the compiler has <expected>; where it has not, this file refuses to
// compile rather than test nothing.
#include <doctest/doctest.h>
#include <ipsec_error/ipsec_error.hpp>

#include <version>

#if !defined(__cpp_lib_expected)
#error "expected_test needs C++23 <expected>: CMake should not have built it here"
#endif

#include <expected>
#include <ostream>  // doctest prints a std::error_code that fails a check
#include <string_view>
#include <system_error>

using ipsec_error::errc;

namespace {

// What a person pasted, as the row of the table it names, or an error.
std::expected<const ipsec_error::record*, std::error_code> look_up(std::string_view text) {
    const std::optional<errc> code = ipsec_error::parse(text);
    if (!code) return std::unexpected(std::make_error_code(std::errc::invalid_argument));
    return ipsec_error::find(*code);
}

// A step that fails with the IPsec code it is given, when the code is an error.
std::expected<int, std::error_code> negotiate(errc code) {
    const ipsec_error::record* row = ipsec_error::find(code);
    if (row == nullptr) return std::unexpected(std::make_error_code(std::errc::invalid_argument));
    if (row->severity == ipsec_error::severity::error) {
        return std::unexpected(std::error_code(code));
    }
    return row->value();
}

// Two steps: look the text up, then negotiate; the first error wins.
std::expected<int, std::error_code> look_up_and_negotiate(std::string_view text) {
    const auto row = look_up(text);
    if (!row) return std::unexpected(row.error());
    return negotiate((*row)->code);
}

}  // namespace

static_assert(__cpp_lib_expected >= 202202L);

TEST_CASE("expected: a code that parses gives its row") {
    for (const std::string_view text : {"13814", "0x35F6", "0x800735F6", "-2147011082",
                                        "ike_mm_delay_drop", " ERROR_IPSEC_IKE_MM_DELAY_DROP "}) {
        const auto row = look_up(text);
        REQUIRE(row.has_value());
        CHECK((*row)->code == errc::ike_mm_delay_drop);
        CHECK((*row)->message == "Negotiation took too long");
    }
    for (const auto& r : ipsec_error::records) {
        const auto row = look_up(r.name);
        REQUIRE(row.has_value());
        CHECK(*row == &r);
    }
}

TEST_CASE("expected: text that names no code gives invalid_argument") {
    for (const std::string_view text : {"", "42", "hello", "0x800735F6x", "13814 13815"}) {
        const auto row = look_up(text);
        REQUIRE_FALSE(row.has_value());
        CHECK(row.error() == std::errc::invalid_argument);
        CHECK(row.error().category() == std::generic_category());
        CHECK(row.value_or(nullptr) == nullptr);
    }
}

TEST_CASE("expected: an IPsec error travels as a std::error_code value") {
    const auto outcome = look_up_and_negotiate("0x800735ED");
    REQUIRE_FALSE(outcome.has_value());
    const std::error_code& ec = outcome.error();
    CHECK(ec == errc::ike_timed_out);
    CHECK(ec.category() == ipsec_error::ipsec_category());
    CHECK(ec.message() == "Negotiation timed out");
    CHECK(ec == std::errc::timed_out);
    CHECK(ec == ipsec_error::condition::negotiation_timed_out);
    CHECK(ec == ipsec_error::condition::transient);
    CHECK(ipsec_error::to_errc(ec) == errc::ike_timed_out);
    CHECK_THROWS_AS((void)outcome.value(), std::bad_expected_access<std::error_code>);

    // Warnings and informational codes are values, not errors.
    const auto warning = look_up_and_negotiate("WARNING_IPSEC_MM_POLICY_PRUNED");
    REQUIRE(warning.has_value());
    CHECK(*warning == 13024);
    CHECK(look_up_and_negotiate("ike_dos_cookie_sent").value_or(0) == 13890);

    // The look-up's own error comes first.
    const auto bad = look_up_and_negotiate("nonsense");
    REQUIRE_FALSE(bad.has_value());
    CHECK(bad.error() == std::errc::invalid_argument);
}

TEST_CASE("expected: every code's error compares as the code does") {
    for (const auto& r : ipsec_error::records) {
        const auto outcome = negotiate(r.code);
        CHECK(outcome.has_value() == (r.severity != ipsec_error::severity::error));
        if (!outcome) {
            CHECK(outcome.error() == r.code);
            CHECK(outcome.error().message() == r.message);
        }
    }
    const auto unknown = negotiate(static_cast<errc>(42));
    REQUIRE_FALSE(unknown.has_value());
    CHECK(unknown.error() == std::errc::invalid_argument);
}
