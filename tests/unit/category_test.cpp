// SPDX-License-Identifier: BSL-1.0
// ipsec_category(), make_error_code and the std::error_code integration.
#include <doctest/doctest.h>
#include <ipsec_error/ipsec_error.hpp>

#include <climits>
#include <ostream>
#include <string>
#include <system_error>
#include <type_traits>
#include <typeinfo>

#include "reference_data.hpp"

using ipsec_error::errc;
using ipsec_error::ipsec_category;

static_assert(std::is_error_code_enum<errc>::value);
static_assert(std::is_same_v<std::underlying_type_t<errc>, int>);
static_assert(noexcept(ipsec_category()));
static_assert(noexcept(make_error_code(errc::ike_timed_out)));

TEST_CASE("the category is named ipsec and is one object") {
    CHECK(std::string(ipsec_category().name()) == "ipsec");
    CHECK(&ipsec_category() == &ipsec_category());
    CHECK(ipsec_category() != std::generic_category());
    CHECK(ipsec_category() != std::system_category());
}

TEST_CASE("message() is the Windows message for every code") {
    for (const auto& row : reference::win32()) {
        CAPTURE(row.name);
        CHECK(ipsec_category().message(row.value) == row.message);
    }
}

TEST_CASE("message() names any other value as unknown") {
    CHECK(ipsec_category().message(0) == "unknown IPsec error 0");
    CHECK(ipsec_category().message(13026) == "unknown IPsec error 13026");
    CHECK(ipsec_category().message(13919) == "unknown IPsec error 13919");
    CHECK(ipsec_category().message(-1) == "unknown IPsec error -1");
    CHECK(ipsec_category().message(INT_MIN) == "unknown IPsec error -2147483648");
    CHECK(ipsec_category().message(INT_MAX) == "unknown IPsec error 2147483647");
}

TEST_CASE("an errc converts to std::error_code implicitly and by ADL") {
    const std::error_code ec = errc::ike_mm_delay_drop;
    CHECK(ec.value() == 13814);
    CHECK(&ec.category() == &ipsec_category());
    CHECK(ec.message() == "Negotiation took too long");
    CHECK(ec == make_error_code(errc::ike_mm_delay_drop));
    CHECK(ec != make_error_code(errc::ike_qm_delay_drop));
    CHECK(static_cast<bool>(ec));
}

TEST_CASE("std::system_error carries the code and the message") {
    try {
        throw std::system_error(errc::ike_mm_delay_drop, "tunnel to 203.0.113.7");
    } catch (const std::system_error& e) {
        CHECK(std::string(e.what()) == "tunnel to 203.0.113.7: Negotiation took too long");
        CHECK(e.code() == errc::ike_mm_delay_drop);
    }
}

TEST_CASE("default_error_condition maps to std::errc only where the meaning matches") {
    CHECK(std::error_code(errc::ike_timed_out) == std::errc::timed_out);
    CHECK(std::error_code(errc::ike_mm_delay_drop) == std::errc::timed_out);
    CHECK(std::error_code(errc::ike_qm_acquire_drop) == std::errc::timed_out);
    CHECK(std::error_code(errc::ike_drop_no_response) == std::errc::timed_out);
    CHECK(std::error_code(errc::ike_out_of_memory) == std::errc::not_enough_memory);
    CHECK(std::error_code(errc::ike_negotiation_pending) == std::errc::operation_in_progress);
    CHECK(std::error_code(errc::ike_notcbpriv) == std::errc::operation_not_permitted);
    CHECK(std::error_code(errc::ike_auth_fail) != std::errc::timed_out);
    CHECK(std::error_code(errc::qm_policy_exists) != std::errc::file_exists);

    // Elsewhere the code's own condition, in the ipsec category.
    const auto own = ipsec_category().default_error_condition(13000);
    CHECK(own.value() == 13000);
    CHECK(&own.category() == &ipsec_category());
    const auto unknown = ipsec_category().default_error_condition(42);
    CHECK(unknown.value() == 42);
    CHECK(&unknown.category() == &ipsec_category());
}

TEST_CASE("the library's version matches the CMake project's") {
    const std::string version = std::to_string(IPSEC_ERROR_VERSION_MAJOR) + "." +
                                std::to_string(IPSEC_ERROR_VERSION_MINOR) + "." +
                                std::to_string(IPSEC_ERROR_VERSION_PATCH);
    CHECK(version == IPSEC_ERROR_PROJECT_VERSION);
}

// The inline namespace ipsec_error::v1 is part of every mangled name, so two
// shared libraries built against different major versions never merge their
// inline definitions. typeid names are the mangled names on the Itanium ABI
// (GCC, Clang, mingw-w64); MSVC spells them "enum ipsec_error::v1::errc".
TEST_CASE("the mangled names carry the major version") {
    const std::string major = std::to_string(IPSEC_ERROR_VERSION_MAJOR);
    const std::string mangled = typeid(errc).name();
    CAPTURE(mangled);
#if defined(_MSC_VER)
    CHECK(mangled.find("ipsec_error::v" + major + "::errc") != std::string::npos);
#else
    CHECK(mangled == "N11ipsec_error" + std::to_string(1 + major.size()) + "v" + major + "4errcE");
#endif
    CHECK(std::string(typeid(ipsec_error::record).name()).find("v" + major) != std::string::npos);
}
