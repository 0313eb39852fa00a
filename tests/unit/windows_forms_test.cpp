// SPDX-License-Identifier: BSL-1.0
// HRESULT and NTSTATUS forms, and to_errc() over error codes of any category.
#include <doctest/doctest.h>
#include <ipsec_error/ipsec_error.hpp>

#include <cstdint>
#include <limits>
#include <ostream>
#include <system_error>

#include "reference_data.hpp"

using ipsec_error::errc;
using ipsec_error::from_hresult;
using ipsec_error::from_ntstatus;
using ipsec_error::to_hresult;
using ipsec_error::to_ntstatus;

static_assert(to_hresult(errc::ike_mm_delay_drop) == -2147011082);
static_assert(static_cast<std::uint32_t>(to_hresult(errc::ike_mm_delay_drop)) == 0x800735F6u);
static_assert(from_hresult(-2147011082) == errc::ike_mm_delay_drop);
static_assert(to_ntstatus(errc::bad_spi) == 0xC0360001u);
static_assert(!to_ntstatus(errc::ike_mm_delay_drop));
static_assert(from_ntstatus(0xC0368006u) == errc::dosp_max_per_ip_ratelimit_queues);

TEST_CASE("HRESULT round trip for every code") {
    for (const auto& row : reference::win32()) {
        CAPTURE(row.name);
        const auto e = static_cast<errc>(row.value);
        const std::int32_t hr = to_hresult(e);
        CHECK(static_cast<std::uint32_t>(hr) ==
              (0x80070000u | static_cast<std::uint32_t>(row.value)));
        CHECK(hr < 0);  // FAILED(hr)
        CHECK(from_hresult(hr) == e);
    }
}

TEST_CASE("from_hresult refuses other facilities, severities and non-codes") {
    CHECK_FALSE(from_hresult(0));
    CHECK_FALSE(from_hresult(13814));                                  // a Win32 code is no HRESULT
    CHECK_FALSE(from_hresult(static_cast<std::int32_t>(0x000735F6)));  // no severity bit
    CHECK_FALSE(from_hresult(static_cast<std::int32_t>(0x800835F6)));  // facility 8
    CHECK_FALSE(from_hresult(static_cast<std::int32_t>(0xC00735F6)));
    CHECK_FALSE(from_hresult(static_cast<std::int32_t>(0x80070005)));  // E_ACCESSDENIED
    CHECK_FALSE(from_hresult(std::numeric_limits<std::int32_t>::min()));
    CHECK_FALSE(from_hresult(-1));
}

static_assert(from_hresult(static_cast<std::int32_t>(0xD0360001u)) == errc::bad_spi);

TEST_CASE("from_hresult: HRESULT_FROM_NT of the NTSTATUS twins (0xD036xxxx)") {
    std::size_t twins = 0;
    for (const auto& row : reference::ntstatus()) {
        CAPTURE(row.name);
        const std::uint32_t hresult_from_nt = row.status | 0x10000000u;  // FACILITY_NT_BIT
        const auto e = from_hresult(static_cast<std::int32_t>(hresult_from_nt));
        REQUIRE(e.has_value());
        CHECK(ipsec_error::find(*e)->name == row.win32_name);
        CHECK(from_ntstatus(row.status) == e);
        ++twins;
    }
    CHECK(twins > 0);
    // Other NTSTATUS values wrapped the same way are no IPsec code: the gaps of
    // the twins, another facility, and STATUS_IPSEC_QUEUE_OVERFLOW, which has
    // no Win32 twin.
    CHECK_FALSE(from_hresult(static_cast<std::int32_t>(0xD0360000u)));
    CHECK_FALSE(from_hresult(static_cast<std::int32_t>(0xD036000Au)));
    CHECK_FALSE(from_hresult(static_cast<std::int32_t>(0xD0368007u)));
    CHECK_FALSE(from_hresult(static_cast<std::int32_t>(0xD0000022u)));  // STATUS_ACCESS_DENIED
    CHECK_FALSE(from_hresult(static_cast<std::int32_t>(0xD000A010u)));
    // The NTSTATUS itself is no HRESULT of either kind.
    CHECK_FALSE(from_hresult(static_cast<std::int32_t>(0xC0360001u)));
}

TEST_CASE("NTSTATUS: exactly the twins of the reference, both ways") {
    std::size_t twins = 0;
    for (const auto& r : ipsec_error::records) {
        if (const auto status = to_ntstatus(r.code)) {
            ++twins;
            CHECK(from_ntstatus(*status) == r.code);
            CHECK((*status & 0xFFFF0000u) == 0xC0360000u);  // FACILITY_IPSEC, error severity
        }
    }
    CHECK(twins == reference::ntstatus().size());
    CHECK_FALSE(to_ntstatus(errc::dosp_not_installed));
    CHECK_FALSE(from_ntstatus(0));
    CHECK_FALSE(from_ntstatus(0xC0360000u));
    CHECK_FALSE(from_ntstatus(0xC0368007u));
    CHECK_FALSE(from_ntstatus(0x800735F6u));
}

TEST_CASE("to_errc: the ipsec category, and nothing from other categories") {
    CHECK(ipsec_error::to_errc(errc::ike_no_cert) == errc::ike_no_cert);
    CHECK_FALSE(ipsec_error::to_errc(std::error_code(42, ipsec_error::ipsec_category())));
    CHECK_FALSE(ipsec_error::to_errc(std::error_code()));
    CHECK_FALSE(ipsec_error::to_errc(std::error_code(13814, std::generic_category())));
    CHECK_FALSE(ipsec_error::to_errc(std::make_error_code(std::errc::timed_out)));
#if !defined(_WIN32)
    // Only on Windows does system_category hold Win32 codes.
    CHECK_FALSE(ipsec_error::to_errc(std::error_code(13814, std::system_category())));
#endif
}

#if defined(_WIN32)
#include <windows.h>

// What a Win32 call hands a program: GetLastError() in std::system_category(),
// or an HRESULT that wraps it.
TEST_CASE("Windows: system_category codes with an IPsec value or its HRESULT") {
    SetLastError(13814);
    const std::error_code last_error(static_cast<int>(GetLastError()), std::system_category());
    CHECK(ipsec_error::to_errc(last_error) == errc::ike_mm_delay_drop);
    CHECK(last_error == ipsec_error::condition::negotiation_timed_out);
    CHECK(last_error == ipsec_error::condition::transient);
    CHECK(last_error != ipsec_error::condition::authentication_failed);

    const std::error_code hresult(static_cast<int>(0x800735F6u), std::system_category());
    CHECK(ipsec_error::to_errc(hresult) == errc::ike_mm_delay_drop);
    CHECK(hresult == ipsec_error::condition::negotiation_timed_out);

    // HRESULT_FROM_NT(STATUS_IPSEC_BAD_SPI), as a COM or WinRT call returns it.
    const std::error_code from_nt(static_cast<int>(0xD0360001u), std::system_category());
    CHECK(ipsec_error::to_errc(from_nt) == errc::bad_spi);
    CHECK(ipsec_error::message_view(from_nt) ==
          "The SPI in the packet does not match a valid IPsec SA.");

    const std::error_code not_ipsec(ERROR_ACCESS_DENIED, std::system_category());
    CHECK_FALSE(ipsec_error::to_errc(not_ipsec));
    CHECK(not_ipsec != ipsec_error::condition::transient);
    CHECK_FALSE(ipsec_error::to_errc(
        std::error_code(static_cast<int>(0x80070005u), std::system_category())));
}

TEST_CASE("Windows: the messages do not depend on FormatMessage") {
    // Wine's FormatMessage knows no IPsec text ("Unknown error code" or
    // similar): the library has its own, byte for byte what Windows prints.
    const bool under_wine =
        GetProcAddress(GetModuleHandleA("ntdll.dll"), "wine_get_version") != nullptr;
    const std::string system_text = std::system_category().message(13814);
    if (under_wine) {
        MESSAGE("under Wine, std::system_category().message(13814) is \"" << system_text << "\"");
        CHECK(system_text.find("Negotiation took too long") == std::string::npos);
    }
    CHECK(ipsec_error::ipsec_category().message(13814) == "Negotiation took too long");
    CHECK(std::error_code(errc::ike_mm_delay_drop).message() == "Negotiation took too long");
}
#endif
