// SPDX-License-Identifier: BSL-1.0
// parse(): every form a person pastes, and everything that is not one.
#include <doctest/doctest.h>
#include <ipsec_error/ipsec_error.hpp>

#include <cstdio>
#include <string>

#include "reference_data.hpp"

using ipsec_error::errc;
using ipsec_error::parse;

static_assert(parse("13814") == errc::ike_mm_delay_drop);
static_assert(parse("0x800735F6") == errc::ike_mm_delay_drop);
static_assert(!parse(""));
static_assert(noexcept(parse(std::string_view())));

namespace {
std::string printf_string(const char* format, long long v) {
    char buf[64];
    std::snprintf(buf, sizeof buf, format, v);
    return buf;
}
}  // namespace

TEST_CASE("parse: every code in decimal, hex, HRESULT and name forms") {
    for (const auto& row : reference::win32()) {
        CAPTURE(row.name);
        const auto expected = static_cast<errc>(row.value);
        const auto hresult = 0x80070000LL | row.value;
        const std::string forms[] = {
            std::to_string(row.value),
            std::string("+").append(std::to_string(row.value)),  // not "+" + s: GCC 12 PR105329
            printf_string("0x%llX", row.value),
            printf_string("0x%llx", row.value),
            printf_string("0X%08llX", row.value),
            row.hex,
            printf_string("0x%llX", hresult),
            printf_string("0x%llx", hresult),
            std::to_string(hresult - 0x100000000LL),  // HRESULT as a signed 32-bit int
            std::to_string(hresult),                  // ... and as an unsigned one
            row.name,
            reference::enumerator_of(row.name),
            std::string(" \t").append(row.name).append("\r\n"),
        };
        for (const auto& form : forms) {
            CAPTURE(form);
            CHECK(parse(form) == expected);
        }
    }
}

TEST_CASE("parse: the NTSTATUS forms of the data-path codes") {
    for (const auto& row : reference::ntstatus()) {
        CAPTURE(row.name);
        const auto expected = ipsec_error::find(row.win32_name)->code;
        CHECK(parse(printf_string("0x%llX", row.status)) == expected);
        CHECK(parse(printf_string("0x%llx", row.status)) == expected);
        CHECK(parse(std::to_string(static_cast<long long>(row.status) - 0x100000000LL)) ==
              expected);
        CHECK(parse(row.name) == expected);
    }
    // 13931 has no NTSTATUS twin, so no STATUS_ name either.
    CHECK_FALSE(parse("STATUS_IPSEC_DOSP_NOT_INSTALLED"));
    CHECK_FALSE(parse("STATUS_IPSEC_IKE_MM_DELAY_DROP"));
    CHECK_FALSE(parse("0xC0360000"));
    CHECK_FALSE(parse("0xC036000A"));
}

TEST_CASE("parse: the documented examples") {
    CHECK(parse("13814") == errc::ike_mm_delay_drop);
    CHECK(parse("0x35F6") == errc::ike_mm_delay_drop);
    CHECK(parse("0X35f6") == errc::ike_mm_delay_drop);
    CHECK(parse("0x800735F6") == errc::ike_mm_delay_drop);
    CHECK(parse("-2147011082") == errc::ike_mm_delay_drop);
    CHECK(parse("0xC0360001") == errc::bad_spi);
    CHECK(parse("  ERROR_IPSEC_IKE_MM_DELAY_DROP  ") == errc::ike_mm_delay_drop);
    CHECK(parse("Ike_Mm_Delay_Drop") == errc::ike_mm_delay_drop);
    CHECK(parse("warning_ipsec_mm_policy_pruned") == errc::mm_policy_pruned);
    CHECK(parse("0x0000000035F6") == errc::ike_mm_delay_drop);  // leading zeros do not overflow
}

TEST_CASE("parse: everything else is nullopt") {
    for (const char* bad : {"",
                            " ",
                            "\t\r\n",
                            "+",
                            "-",
                            "0x",
                            "0X",
                            "x35F6",
                            "0x 35F6",
                            "0x-35F6",
                            "-0x35F6",
                            "+-13814",
                            "--13814",
                            "- 13814",
                            "13814 0",
                            "13814abc",
                            "13814.0",
                            "1e4",
                            "0x35G6",
                            "35F6",
                            "35F6h",
                            "0x35F6h",
                            "13814,",
                            "#13814",
                            "0b1",
                            "13026",
                            "0",
                            "-0",
                            "12999",
                            "-13814",
                            "4294967296",
                            "0x100000000",
                            "99999999999999999999999",
                            "0xFFFFFFFFFFFFFFFFFFFF",
                            "-2147483649",
                            "0x80070000",
                            "0x800735F7FF",
                            "0x800835F6",
                            "0x000735F6",
                            "0x800135F6",
                            "2147955456",
                            "ERROR_IPSEC_IKE_MM_DELAY_DROP junk",
                            "ike_mm delay_drop",
                            "ERROR_IPSEC_MM_POLICY_PRUNED",
                            "\xff\xfe",
                            "\xc3\xa9",
                            "NaN",
                            "inf",
                            "null"}) {
        CAPTURE(bad);
        CHECK_FALSE(parse(bad));
    }
    // The value past the last code of the reference.
    CHECK_FALSE(parse(std::to_string(reference::win32().back().value + 1)));
    CHECK_FALSE(parse(std::string_view("13814\0", 6)));
    CHECK_FALSE(parse(std::string(1 << 20, '1')));
    CHECK_FALSE(parse(std::string(1 << 20, ' ') + "x"));
    CHECK(parse(std::string(1 << 20, ' ') + "13814") == errc::ike_mm_delay_drop);
}

TEST_CASE("parse: ipsec:N, HRESULT_FROM_NT, and eight hex digits without 0x") {
    for (const auto& row : reference::win32()) {
        CAPTURE(row.name);
        const auto expected = static_cast<errc>(row.value);
        CHECK(parse("ipsec:" + std::to_string(row.value)) == expected);
        CHECK(parse(" IPSEC:" + std::to_string(row.value) + " ") == expected);
        CHECK(parse(printf_string("%08llX", 0x80070000LL | row.value)) == expected);
        CHECK(parse(printf_string("%08llx", 0x80070000LL | row.value)) == expected);
    }
    for (const auto& row : reference::ntstatus()) {
        CAPTURE(row.name);
        const auto expected = ipsec_error::find(row.win32_name)->code;
        CHECK(parse(printf_string("0x%llX", row.status | 0x10000000LL)) == expected);
        CHECK(parse(printf_string("0x%llx", row.status | 0x10000000LL)) == expected);
        CHECK(parse(printf_string("%08llX", row.status)) == expected);
        CHECK(parse(printf_string("%08llx", row.status | 0x10000000LL)) == expected);
        CHECK(parse(std::to_string(static_cast<long long>(row.status | 0x10000000LL) -
                                   0x100000000LL)) == expected);
    }
    static_assert(parse("ipsec:13814") == errc::ike_mm_delay_drop);
    static_assert(parse("800735F6") == errc::ike_mm_delay_drop);
    static_assert(parse("0xD0360001") == errc::bad_spi);
    for (const char* bad : {"ipsec:", "ipsec:13026", "ipsec:0x35F6", "ipsec:+13814", "ipsec: 13814",
                            "ipsec:138140", "ipsec:-13814", "ipsec13814", "system:13814",
                            "000035F6",  // a plain value needs its 0x
                            "800735F", "0800735F6", "800735G6", "80073200", "C036000A", "D036000A",
                            "0xD0370001", "0xE0360001"}) {
        CAPTURE(bad);
        CHECK_FALSE(parse(bad));
    }
    CHECK(parse("00013814") == errc::ike_mm_delay_drop);  // decimal first, as before
}
