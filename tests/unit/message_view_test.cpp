// SPDX-License-Identifier: BSL-1.0
// message_view(), message(int, char*, size_t) and failed().
#include <doctest/doctest.h>
#include <ipsec_error/ipsec_error.hpp>

#include <cstring>
#include <string>
#include <string_view>
#include <system_error>

#include "reference_data.hpp"

using ipsec_error::errc;

namespace {

// A category that is not ours, with a name and messages of its own.
class other_category final : public std::error_category {
public:
    const char* name() const noexcept override { return "other"; }
    std::string message(int) const override { return "other message"; }
};
const other_category other;

}  // namespace

static_assert(noexcept(ipsec_error::message_view(std::error_code())));
static_assert(noexcept(ipsec_error::message(0, nullptr, 0)));
static_assert(noexcept(ipsec_error::failed(std::error_code())));
static_assert(noexcept(ipsec_error::failed(errc::bad_spi)));

TEST_CASE("message_view: the Windows message of every code, empty for others") {
    for (const auto& row : reference::win32()) {
        CAPTURE(row.value);
        const std::error_code code(row.value, ipsec_error::ipsec_category());
        CHECK(ipsec_error::message_view(code) == row.message);
        CHECK(ipsec_error::message_view(code) == code.message());
    }
    CHECK(ipsec_error::message_view(std::error_code(42, ipsec_error::ipsec_category())).empty());
    CHECK(ipsec_error::message_view(std::error_code(13026, ipsec_error::ipsec_category())).empty());
    CHECK(ipsec_error::message_view(std::error_code()).empty());
    CHECK(ipsec_error::message_view(std::error_code(13814, other)).empty());
    CHECK(ipsec_error::message_view(std::error_code(13814, std::generic_category())).empty());
#if !defined(_WIN32)
    // Only Windows reads system_category() values as Win32 codes.
    CHECK(ipsec_error::message_view(std::error_code(13814, std::system_category())).empty());
#else
    CHECK(ipsec_error::message_view(std::error_code(13814, std::system_category())) ==
          "Negotiation took too long");
#endif
}

TEST_CASE("message(int, char*, size_t): the category's message, cut to the buffer") {
    char buffer[256];
    for (const auto& row : reference::win32()) {
        CAPTURE(row.value);
        CHECK(ipsec_error::message(row.value, buffer, sizeof buffer) == buffer);
        CHECK(std::string(buffer) == row.message);
    }
    for (int value : {0, 42, -1, 13026, 2147483647, -2147483647 - 1}) {
        CAPTURE(value);
        ipsec_error::message(value, buffer, sizeof buffer);
        CHECK(std::string(buffer) == ipsec_error::ipsec_category().message(value));
    }
    // Short buffers: the start of the message and a NUL, never past len.
    char small[8];
    std::memset(small, 'X', sizeof small);
    ipsec_error::message(13814, small, 5);
    CHECK(std::string(small) == "Nego");
    CHECK(small[5] == 'X');
    std::memset(small, 'X', sizeof small);
    ipsec_error::message(13814, small, 1);
    CHECK(small[0] == '\0');
    CHECK(small[1] == 'X');
    small[0] = 'Y';
    CHECK(ipsec_error::message(13814, small, 0) == small);
    CHECK(small[0] == 'Y');  // len 0: nothing written
}

TEST_CASE("failed: false for success, warnings and informational codes") {
    CHECK_FALSE(ipsec_error::failed(std::error_code()));
    CHECK_FALSE(ipsec_error::failed(errc{}));
    std::size_t not_failures = 0;
    for (const auto& row : reference::win32()) {
        CAPTURE(row.name);
        const auto e = static_cast<errc>(row.value);
        const bool is_error = ipsec_error::find(e)->severity == ipsec_error::severity::error;
        CHECK(ipsec_error::failed(e) == is_error);
        CHECK(ipsec_error::failed(std::error_code(e)) == is_error);
        not_failures += is_error ? 0 : 1;
        if (row.name.rfind("WARNING_", 0) == 0) CHECK_FALSE(ipsec_error::failed(e));
    }
    CHECK(not_failures > 2);  // the two warnings and the informational codes
    CHECK_FALSE(ipsec_error::failed(errc::mm_policy_pruned));
    CHECK_FALSE(ipsec_error::failed(errc::qm_policy_pruned));
    CHECK_FALSE(ipsec_error::failed(errc::ike_neg_status_begin));
    CHECK(ipsec_error::failed(errc::ike_mm_delay_drop));
    // Any other non-zero code of any category is a failure.
    CHECK(ipsec_error::failed(static_cast<errc>(42)));
    CHECK(ipsec_error::failed(std::error_code(42, ipsec_error::ipsec_category())));
    CHECK(ipsec_error::failed(std::error_code(13024, other)));
    CHECK(ipsec_error::failed(std::make_error_code(std::errc::timed_out)));
    CHECK_FALSE(ipsec_error::failed(std::error_code(0, other)));
}
