// SPDX-License-Identifier: BSL-1.0
// find() by value, by errc and by name.
#include <doctest/doctest.h>
#include <ipsec_error/ipsec_error.hpp>

#include <cctype>
#include <climits>
#include <set>
#include <string>

#include "reference_data.hpp"

using ipsec_error::errc;
using ipsec_error::find;

static_assert(find(13814)->name == "ERROR_IPSEC_IKE_MM_DELAY_DROP");
static_assert(find(errc::mm_policy_pruned)->value() == 13024);
static_assert(find("ERROR_IPSEC_IKE_MM_DELAY_DROP")->code == errc::ike_mm_delay_drop);
static_assert(find("ike_mm_delay_drop")->code == errc::ike_mm_delay_drop);
static_assert(find(0) == nullptr);
static_assert(noexcept(find(0)) && noexcept(find(errc{})) && noexcept(find(std::string_view())));

TEST_CASE("find(int) finds every code and nothing else in and around the span") {
    std::set<int> values;
    for (const auto& row : reference::win32()) values.insert(row.value);
    for (int v = 12900; v <= 14000; ++v) {
        CAPTURE(v);
        const auto* r = find(v);
        if (values.count(v) != 0) {
            REQUIRE(r != nullptr);
            CHECK(r->value() == v);
        } else {
            CHECK(r == nullptr);
        }
    }
    for (int v : {0, -1, 1, INT_MIN, INT_MAX, 13000 - 65536, 13814 + 65536, -13814}) {
        CAPTURE(v);
        CHECK(find(v) == nullptr);
    }
}

TEST_CASE("find(errc) answers nullptr for a value that is no code") {
    CHECK(find(errc::ike_sa_deleted)->value() == 13807);
    CHECK(find(static_cast<errc>(13026)) == nullptr);
    CHECK(find(errc{}) == nullptr);
}

std::string lower(std::string s) {
    for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return s;
}

std::string mixed(std::string s) {
    for (std::size_t i = 0; i < s.size(); i += 2) {
        s[i] = static_cast<char>(std::tolower(static_cast<unsigned char>(s[i])));
    }
    return s;
}

TEST_CASE("find(name) takes the full name and the enumerator, in any letter case") {
    for (const auto& row : reference::win32()) {
        CAPTURE(row.name);
        const std::string stem = reference::enumerator_of(row.name);
        std::string upper_stem = stem;
        for (char& c : upper_stem)
            c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
        for (const std::string& spelling :
             {row.name, lower(row.name), mixed(row.name), stem, upper_stem, mixed(stem)}) {
            CAPTURE(spelling);
            const auto* r = find(spelling);
            REQUIRE(r != nullptr);
            CHECK(r->value() == row.value);
        }
    }
}

TEST_CASE("find(name) refuses what is not exactly a name") {
    for (const char* bad :
         {"", "ERROR_IPSEC_", "WARNING_IPSEC_", "ERROR_IPSEC_IKE_MM_DELAY_DRO",
          "ERROR_IPSEC_IKE_MM_DELAY_DROPS", "IKE_MM_DELAY_DROP ", " ike_mm_delay_drop",
          "ERROR_IPSEC_MM_POLICY_PRUNED",  // the warning under the wrong prefix
          "WARNING_IPSEC_QM_POLICY_EXISTS", "ERROR_IKE_MM_DELAY_DROP",
          "ERROR-IPSEC-IKE-MM-DELAY-DROP", "ike mm delay drop", "13814", "0x35F6",
          "STATUS_IPSEC_BAD_SPI", "ERROR_IPSEC_ERROR_IPSEC_BAD_SPI", "_", "\xff"}) {
        CAPTURE(bad);
        CHECK(find(std::string_view(bad)) == nullptr);
    }
    // Embedded NUL: the name is the whole view, not a C string.
    CHECK(find(std::string_view("bad_spi\0", 8)) == nullptr);
    CHECK(find(std::string_view("bad_spi\0", 7)) != nullptr);
}
