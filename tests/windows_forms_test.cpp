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
        CHECK(static_cast<std::uint32_t>(hr) == (0x80070000u | static_cast<std::uint32_t>(row.value)));
        CHECK(hr < 0);  // FAILED(hr)
        CHECK(from_hresult(hr) == e);
    }
}

TEST_CASE("from_hresult refuses other facilities, severities and non-codes") {
    CHECK_FALSE(from_hresult(0));
    CHECK_FALSE(from_hresult(13814));                                 // a Win32 code is no HRESULT
    CHECK_FALSE(from_hresult(static_cast<std::int32_t>(0x000735F6)));  // no severity bit
    CHECK_FALSE(from_hresult(static_cast<std::int32_t>(0x800835F6)));  // facility 8
    CHECK_FALSE(from_hresult(static_cast<std::int32_t>(0xC00735F6)));
    CHECK_FALSE(from_hresult(static_cast<std::int32_t>(0x80070005)));  // E_ACCESSDENIED
    CHECK_FALSE(from_hresult(std::numeric_limits<std::int32_t>::min()));
    CHECK_FALSE(from_hresult(-1));
}

TEST_CASE("NTSTATUS: exactly the 16 twins, both ways") {
    std::size_t twins = 0;
    for (const auto& r : ipsec_error::records) {
        if (const auto status = to_ntstatus(r.code)) {
            ++twins;
            CHECK(from_ntstatus(*status) == r.code);
            CHECK((*status & 0xFFFF0000u) == 0xC0360000u);  // FACILITY_IPSEC, error severity
        }
    }
    CHECK(twins == 16);
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
