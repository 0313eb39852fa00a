// SPDX-License-Identifier: BSL-1.0
// STATUS_IPSEC_QUEUE_OVERFLOW: recognised in every form, against the
// reference data, and never taken for a Win32 code.
#include <doctest/doctest.h>
#include <ipsec_error/ipsec_error.hpp>

#include <string>
#include <string_view>

#include "reference_data.hpp"

using ipsec_error::parse_status_only;

static_assert(ipsec_error::parse_status_only("0xC000A010") == &ipsec_error::status_only_codes[0]);
static_assert(noexcept(ipsec_error::parse_status_only(std::string_view())));

TEST_CASE("status-only codes: the NTSTATUS rows of the reference data") {
    std::size_t rows = 0;
    for (const auto& row : reference::other()) {
        if (row.at("kind") != "ntstatus") continue;
        ++rows;
        CAPTURE(row.at("name"));
        const auto status = static_cast<std::uint32_t>(std::stoul(row.at("value")));
        const auto* c = ipsec_error::find_status_only(status);
        REQUIRE(c != nullptr);
        CHECK(c->name == row.at("name"));
        CHECK(reference::hex4(c->status) == row.at("hex"));
        CHECK(ipsec_error::find_status_only(row.at("name")) == c);
        // The reference names the Win32 code Windows maps it to.
        CHECK(row.at("note").find(std::string(c->win32_name) + " (" +
                                  std::to_string(c->win32_value) + ")") != std::string::npos);
        // No IPsec Win32 code, no errc: parse() and the NTSTATUS twins know nothing of it.
        CHECK_FALSE(ipsec_error::from_ntstatus(status));
        CHECK_FALSE(ipsec_error::parse(row.at("name")));
        CHECK_FALSE(ipsec_error::parse(row.at("hex")));
        CHECK(ipsec_error::find(c->win32_value) == nullptr);
    }
    CHECK(rows == ipsec_error::status_only_codes.size());
}

TEST_CASE("parse_status_only: every form a person pastes, and nothing else") {
    const auto* overflow = &ipsec_error::status_only_codes[0];
    for (const char* text : {"STATUS_IPSEC_QUEUE_OVERFLOW", "status_ipsec_queue_overflow",
                             " 0xC000A010 ", "0xc000a010", "0XC000A010", "C000A010", "c000a010",
                             "3221266448", "-1073700848", "0xD000A010", "D000A010"}) {
        CAPTURE(text);
        CHECK(parse_status_only(text) == overflow);
    }
    for (const char* text : {"", " ", "0xC000A011", "STATUS_IPSEC_BAD_SPI", "0xC0360001", "13814",
                             "QUEUE_OVERFLOW", "STATUS_IPSEC_QUEUE_OVERFLOWS", "0xC000A010x",
                             "0x1C000A010", "C000A01", "234", "0x80070000"}) {
        CAPTURE(text);
        CHECK(parse_status_only(text) == nullptr);
    }
}
