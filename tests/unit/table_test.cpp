// SPDX-License-Identifier: BSL-1.0
// The table against the reference data, row by row, and against the
// winerror.h of mingw-w64 where it is installed.
#include <doctest/doctest.h>
#include <ipsec_error/ipsec_error.hpp>

#include <fstream>
#include <map>
#include <regex>
#include <set>
#include <string>

#include "compile_time_checks.hpp"
#include "reference_data.hpp"

using ipsec_error::records;

TEST_CASE("the table holds every reference row, in order, byte for byte") {
    // winerror.h's codes, and Winsock's WSA_IPSEC_NAME_POLICY_ERROR.
    const auto& rows = reference::win32();
    REQUIRE(rows.size() == reference::winerror().size() + 1);
    REQUIRE(records.size() == rows.size());
    for (std::size_t i = 0; i < rows.size(); ++i) {
        CAPTURE(rows[i].name);
        CHECK(records[i].value() == rows[i].value);
        CHECK(std::string(records[i].name) == rows[i].name);
        CHECK(std::string(records[i].message) == rows[i].message);
        CHECK(reference::hex4(static_cast<std::uint32_t>(records[i].value())) == rows[i].hex);
        // A NUL follows each name and message, so that each is a C string too.
        CHECK(records[i].name.data()[records[i].name.size()] == '\0');
        CHECK(records[i].message.data()[records[i].message.size()] == '\0');
    }
}

TEST_CASE("messages keep what Windows prints: no final period, a double space") {
    CHECK(ipsec_error::find(13814)->message == "Negotiation took too long");
    CHECK(ipsec_error::find(13004)->message == "The specified main mode policy was not found");
    CHECK(ipsec_error::find(13907)->message.find(".  You may need") != std::string_view::npos);
}

TEST_CASE("Winsock's IPsec code: found by value and names, with its documented message") {
    const auto* r = ipsec_error::find(11033);
    REQUIRE(r != nullptr);
    CHECK(r == &records.front());
    CHECK(r->code == ipsec_error::errc::name_policy_error);
    CHECK(r->name == "WSA_IPSEC_NAME_POLICY_ERROR");
    CHECK(r->message == "Name based IPSEC policy could not be added.");
    CHECK(r->part == ipsec_error::part::winsock);
    CHECK(r->severity == ipsec_error::severity::error);
    CHECK(ipsec_error::find("WSA_IPSEC_NAME_POLICY_ERROR") == r);
    CHECK(ipsec_error::find("wsa_ipsec_name_policy_error") == r);
    CHECK(ipsec_error::find("name_policy_error") == r);
    CHECK(ipsec_error::find("ERROR_IPSEC_NAME_POLICY_ERROR") == nullptr);  // not its prefix
    CHECK(ipsec_error::find("WSA_IPSEC_IKE_MM_DELAY_DROP") == nullptr);
    CHECK(ipsec_error::find("WARNING_IPSEC_NAME_POLICY_ERROR") == nullptr);
    CHECK(ipsec_error::parse("11033") == ipsec_error::errc::name_policy_error);
    CHECK(ipsec_error::parse("0x2B19") == ipsec_error::errc::name_policy_error);
    CHECK(ipsec_error::parse("0x80072B19") == ipsec_error::errc::name_policy_error);
    CHECK(ipsec_error::ipsec_category().message(11033) ==
          "Name based IPSEC policy could not be added.");
    CHECK(ipsec_error::find(11032) == nullptr);
    CHECK(ipsec_error::find(11034) == nullptr);
    CHECK(ipsec_error::find(12999) == nullptr);
}

TEST_CASE("range markers are codes whose message is their name") {
    for (int v : {13800, 13897, 13909}) {
        const auto* r = ipsec_error::find(v);
        REQUIRE(r != nullptr);
        CHECK(r->message == r->name);
        CHECK(r->part == ipsec_error::part::range_marker);
        CHECK(r->severity == ipsec_error::severity::informational);
        CHECK(r->conditions.empty());
    }
}

TEST_CASE("metadata: parts and severities follow the codes' ranges and names") {
    using ipsec_error::part;
    using ipsec_error::severity;
    for (const auto& r : records) {
        CAPTURE(r.name);
        const int v = r.value();
        if (v >= 13000 && v <= 13025) CHECK(r.part == part::policy_store);
        CHECK((r.part == part::winsock) == (r.name.substr(0, 4) == "WSA_"));
        if (v >= 13910 && v <= 13918) CHECK(r.part == part::packet_path);
        if (v >= 13925) CHECK(r.part == part::dos_protection);
        if (v >= 13800 && v <= 13909) {
            CHECK(r.part != part::policy_store);
            CHECK(r.part != part::packet_path);
            CHECK(r.part != part::dos_protection);
        }
        CHECK((r.name.substr(0, 8) == "WARNING_") == (r.severity == severity::warning));
    }
    CHECK(ipsec_error::find(13814)->part == part::main_mode);
    CHECK(ipsec_error::find(13815)->part == part::quick_mode);
    CHECK(ipsec_error::find(13878)->severity == severity::informational);
    CHECK(ipsec_error::find(13917)->severity == severity::informational);
    CHECK(ipsec_error::find(13024)->severity == severity::warning);
}

TEST_CASE("the NTSTATUS twins agree with the reference data") {
    const auto& rows = reference::ntstatus();
    REQUIRE(!rows.empty());
    std::size_t with_twin = 0;
    for (const auto& r : records) {
        if (ipsec_error::to_ntstatus(r.code)) ++with_twin;
    }
    CHECK(with_twin == rows.size());
    for (const auto& row : rows) {
        CAPTURE(row.name);
        const auto* r = ipsec_error::find(row.win32_name);
        REQUIRE(r != nullptr);
        CHECK(ipsec_error::to_ntstatus(r->code) == row.status);
        CHECK(ipsec_error::from_ntstatus(row.status) == r->code);
        // STATUS_IPSEC_X twins ERROR_IPSEC_X: parse() relies on it.
        CHECK(row.name.substr(7) == row.win32_name.substr(6));
    }
}

namespace {
bool have_mingw_winerror_h() { return std::ifstream(IPSEC_ERROR_MINGW_WINERROR_H).good(); }
}  // namespace

// Skipped where mingw-w64-common is not installed.
TEST_CASE("the table agrees with mingw-w64's winerror.h, and holds the codes it lacks" *
          doctest::skip(!have_mingw_winerror_h())) {
    std::ifstream header(IPSEC_ERROR_MINGW_WINERROR_H);
    REQUIRE(header);
    const std::regex define(R"(^#define\s+((ERROR|WARNING)_IPSEC_\w+)\s+__MSABI_LONG\((\d+)\))");
    std::map<std::string, int> defines;
    for (std::string line; std::getline(header, line);) {
        std::smatch m;
        if (std::regex_search(line, m, define)) defines[m[1]] = std::stoi(m[3]);
    }
    std::set<int> in_header;
    for (const auto& define_row : defines) {
        const std::string& name =
            define_row.first;  // not a structured binding: CAPTURE is a lambda
        const int value = define_row.second;
        CAPTURE(name);
        const auto* r = ipsec_error::find(name);
        REQUIRE(r != nullptr);
        CHECK(r->value() == value);
        in_header.insert(value);
    }
    std::set<int> missing;
    for (const auto& r : records) {
        if (in_header.count(r.value()) == 0) missing.insert(r.value());
    }
    // Three codes of the Windows SDK's winerror.h, and Winsock's code, which
    // mingw-w64 does not define (Wine's winerror.h does): the table holds them.
    for (int lacking : {11033, 13821, 13823, 13880}) CHECK(missing.count(lacking) == 1);
}
