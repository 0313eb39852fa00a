// SPDX-License-Identifier: BSL-1.0
// throw_error(): the code, the context, the message, and the caller's file and
// line, in every standard and with every compiler the project builds with.
#include <doctest/doctest.h>
#include <ipsec_error/ipsec_error.hpp>

#include <ostream>  // doctest prints the std::error_code of a failed check
#include <string>
#include <system_error>

using ipsec_error::errc;

namespace {

// What throw_error() throws, when called from the line given.
std::string what_of(errc e, std::string_view context, int& line) {
    try {
        line = __LINE__ + 1;
        ipsec_error::throw_error(e, context);
    } catch (const std::system_error& error) {
        CHECK(error.code() == e);
        CHECK(&error.code().category() == &ipsec_error::ipsec_category());
        return error.what();
    }
    FAIL("throw_error returned");
    return {};
}

}  // namespace

TEST_CASE("throw_error: what() is the caller's file and line, the context and the message") {
    // GCC, Clang and MSVC all tell the caller's place, through std::source_location or
    // their builtins, whatever the standard.
#if defined(__GNUC__) || defined(__clang__) || defined(_MSC_VER)
    REQUIRE(IPSEC_ERROR_HAS_SOURCE_LOCATION == 1);
#endif
    int line = 0;
    const std::string what = what_of(errc::ike_mm_delay_drop, "tunnel to 203.0.113.7", line);
    CAPTURE(what);
    if (IPSEC_ERROR_HAS_SOURCE_LOCATION) {
        const std::string place = "throw_error_test.cpp:" + std::to_string(line) + ": ";
        const std::size_t at = what.find(place);
        REQUIRE(at != std::string::npos);
        CHECK(what.substr(at + place.size()) == "tunnel to 203.0.113.7: Negotiation took too long");
    } else {
        CHECK(what == "tunnel to 203.0.113.7: Negotiation took too long");
    }
}

TEST_CASE("throw_error: without a context, the place and the message") {
    int line = 0;
    const std::string what = what_of(errc::bad_spi, {}, line);
    CAPTURE(what);
    const std::string message = "The SPI in the packet does not match a valid IPsec SA.";
    if (IPSEC_ERROR_HAS_SOURCE_LOCATION) {
        const std::string tail = "throw_error_test.cpp:" + std::to_string(line) + ": " + message;
        REQUIRE(what.size() >= tail.size());
        CHECK(what.substr(what.size() - tail.size()) == tail);
    } else {
        CHECK(what == message);
    }
}

TEST_CASE("source_location: the caller's place as std::source_location gives it") {
    const auto here = ipsec_error::source_location::current();
    const int line = __LINE__ - 1;
    if (IPSEC_ERROR_HAS_SOURCE_LOCATION) {
        CHECK(here.line() == static_cast<std::uint_least32_t>(line));
        CHECK(std::string(here.file_name()).find("throw_error_test.cpp") != std::string::npos);
        CHECK(here.function_name() != nullptr);
    }
    const ipsec_error::source_location unknown{};
    CHECK(unknown.line() == 0);
}
