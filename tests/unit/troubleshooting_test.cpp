// SPDX-License-Identifier: BSL-1.0
// The troubleshooting text: one entry per code, well formed, and naming only
// real codes; the look-ups by value, errc and std::error_code.
#include <doctest/doctest.h>
#include <ipsec_error/ipsec_error.hpp>
#include <ipsec_error/troubleshooting.hpp>

#include <iterator>
#include <ostream>
#include <regex>
#include <set>
#include <string>
#include <system_error>
#include <vector>

#include "reference_data.hpp"

using ipsec_error::errc;
using ipsec_error::troubleshooting_for;

// Usable in constant expressions, and iterable there.
constexpr std::size_t count_actions(errc e) {
    std::size_t n = 0;
    for (std::string_view step : troubleshooting_for(e)->actions) n += step.empty() ? 0 : 1;
    return n;
}
static_assert(troubleshooting_for(13814)->code == errc::ike_mm_delay_drop);
static_assert(count_actions(errc::ike_mm_delay_drop) >= 2);
static_assert(troubleshooting_for(0) == nullptr);
static_assert(noexcept(troubleshooting_for(0)));

// The compact member types (packed_text_lines, packed_code_list) do what
// text_lines and code_list do, convert to them, and work in constant
// expressions.
constexpr const ipsec_error::troubleshooting& mm_delay = *troubleshooting_for(13814);
constexpr std::size_t count_causes(const ipsec_error::troubleshooting& t) {
    std::size_t n = 0;
    for (std::string_view line : t.causes) n += line.empty() ? 0 : 1;
    return n;
}
static_assert(count_causes(mm_delay) == mm_delay.causes.size());
static_assert(!mm_delay.causes.empty() && !mm_delay.actions.empty());
constexpr ipsec_error::text_lines mm_delay_actions = mm_delay.actions;
static_assert(mm_delay_actions.text() == mm_delay.actions.text());
static_assert(mm_delay_actions.size() == mm_delay.actions.size());
static_assert(*mm_delay.causes.begin() == *ipsec_error::text_lines(mm_delay.causes).begin());
constexpr ipsec_error::code_list mm_delay_related = mm_delay.related;
static_assert(mm_delay_related.size() == mm_delay.related.size());
static_assert(mm_delay_related.codes[0] == mm_delay.related[0]);
static_assert(*mm_delay.related.begin() == mm_delay.related[0]);
static_assert(ipsec_error::packed_text_lines{}.empty() &&
              ipsec_error::packed_text_lines{}.size() == 0);
// No padding: the summary's pointer and length, the code, two 32-bit texts and six 16-bit
// codes (on a target with 8-byte pointers).
static_assert(sizeof(void*) != 8 || sizeof(ipsec_error::troubleshooting) == 40);

namespace {

// Every sentence of an entry, for the checks that read them all.
std::vector<std::string> texts_of(const ipsec_error::troubleshooting& t) {
    std::vector<std::string> texts{std::string(t.summary)};
    for (std::string_view line : t.causes) texts.emplace_back(line);
    for (std::string_view line : t.actions) texts.emplace_back(line);
    return texts;
}

}  // namespace

TEST_CASE("troubleshooting_for finds the entry of every code, by value, errc and error_code") {
    for (const auto& r : ipsec_error::records) {
        CAPTURE(r.name);
        const auto* t = troubleshooting_for(r.value());
        REQUIRE(t != nullptr);
        CHECK(t->code == r.code);
        CHECK(troubleshooting_for(r.code) == t);
        CHECK(troubleshooting_for(std::error_code(r.code)) == t);
    }
}

#if defined(_WIN32)
TEST_CASE("Windows: troubleshooting_for takes what GetLastError() returned, and its HRESULT") {
    CHECK(troubleshooting_for(std::error_code(13806, std::system_category()))->code ==
          errc::ike_no_cert);
    CHECK(
        troubleshooting_for(std::error_code(static_cast<int>(0x800735EEu), std::system_category()))
            ->code == errc::ike_no_cert);
    CHECK(troubleshooting_for(std::error_code(5, std::system_category())) == nullptr);
}
#endif

TEST_CASE("causes, actions and related: the same as text_lines and code_list") {
    for (const auto& r : ipsec_error::records) {
        CAPTURE(r.name);
        const auto& t = *troubleshooting_for(r.code);
        for (const ipsec_error::packed_text_lines& packed : {t.causes, t.actions}) {
            const ipsec_error::text_lines lines = packed;
            CHECK(lines.text() == packed.text());
            CHECK(lines.size() == packed.size());
            CHECK(lines.empty() == packed.empty());
            const std::vector<std::string_view> from_packed(packed.begin(), packed.end());
            const std::vector<std::string_view> from_lines(lines.begin(), lines.end());
            CHECK(from_packed == from_lines);
            CHECK(static_cast<std::size_t>(std::distance(packed.begin(), packed.end())) ==
                  packed.size());
        }
        const ipsec_error::code_list list = t.related;
        CHECK(list.size() == t.related.size());
        std::vector<errc> from_packed;
        for (errc e : t.related) from_packed.push_back(e);
        CHECK(from_packed == std::vector<errc>(list.begin(), list.end()));
        for (std::size_t i = 0; i < t.related.size(); ++i) CHECK(t.related[i] == list.codes[i]);
    }
}

TEST_CASE("troubleshooting_for answers nullptr for what is no IPsec code") {
    // Every value around the codes that the reference does not name, and a few far away.
    std::set<int> codes;
    for (const auto& row : reference::win32()) codes.insert(row.value);
    std::vector<int> others = {0, -1, 0x7FFFFFFF};
    for (int v = *codes.begin() - 10; v <= *codes.rbegin() + 10; ++v) {
        if (codes.count(v) == 0) others.push_back(v);
    }
    for (int v : others) {
        CAPTURE(v);
        CHECK(troubleshooting_for(v) == nullptr);
        CHECK(troubleshooting_for(std::error_code(v, ipsec_error::ipsec_category())) == nullptr);
    }
    CHECK(troubleshooting_for(static_cast<errc>(42)) == nullptr);
    CHECK(troubleshooting_for(std::error_code(13814, std::generic_category())) == nullptr);
    CHECK(troubleshooting_for(std::error_code()) == nullptr);
}

TEST_CASE("entries: counts, one item a line, sentences, ASCII") {
    for (const auto& r : ipsec_error::records) {
        CAPTURE(r.name);
        const auto& t = *troubleshooting_for(r.code);
        CHECK(t.causes.size() >= 2);
        CHECK(t.causes.size() <= 5);
        CHECK(t.actions.size() >= 2);
        CHECK(t.actions.size() <= 6);
        std::size_t iterated = 0;
        for (std::string_view line : t.causes) iterated += line.empty() ? 0 : 1;
        CHECK(iterated == t.causes.size());

        // One to three sentences of summary.
        const std::string summary(t.summary);
        const std::regex sentence_end(R"([.!?](\s|$))");
        const auto sentences =
            std::distance(std::sregex_iterator(summary.begin(), summary.end(), sentence_end),
                          std::sregex_iterator());
        CHECK(sentences >= 1);
        CHECK(sentences <= 3);

        for (const std::string& text : texts_of(t)) {
            CAPTURE(text);
            CHECK(text.size() > 10);
            CHECK((text.back() == '.' || text.substr(text.size() - 2) == ".)"));
            CHECK(text.find("  ") == std::string::npos);
            CHECK(text.front() != ' ');
            for (char c : text) CHECK((c >= 0x20 && c < 0x7F));
        }
    }
}

TEST_CASE("what is not a failure says so") {
    for (const auto& r : ipsec_error::records) {
        if (r.severity == ipsec_error::severity::error) continue;
        CAPTURE(r.name);
        const std::string summary(troubleshooting_for(r.code)->summary);
        CHECK(std::regex_search(summary,
                                std::regex("not (a|an) (failure|error)", std::regex::icase)));
    }
}

TEST_CASE("related codes are real, other and unique") {
    for (const auto& r : ipsec_error::records) {
        CAPTURE(r.name);
        const auto& t = *troubleshooting_for(r.code);
        std::set<errc> seen;
        CHECK(t.related.size() >= 1);
        for (errc related : t.related) {
            CHECK(related != r.code);
            CHECK(ipsec_error::find(related) != nullptr);
            CHECK(seen.insert(related).second);
        }
    }
}

TEST_CASE("the text names only real codes, with their real values") {
    // Names like ERROR_IPSEC_X and STATUS_IPSEC_X, and five-digit values in
    // the IPsec ranges: the old documentation named codes that do not exist.
    const std::regex name(R"(\b(ERROR|WARNING|STATUS)_IPSEC_[A-Z0-9_]+)");
    const std::regex value(R"(\b1(3[0-9]{3})\b)");
    const std::regex hex(R"(\b0x[0-9A-Fa-f]{4,8}\b)");
    for (const auto& r : ipsec_error::records) {
        CAPTURE(r.name);
        for (const std::string& text : texts_of(*troubleshooting_for(r.code))) {
            CAPTURE(text);
            for (std::sregex_iterator m(text.begin(), text.end(), name), end; m != end; ++m) {
                CAPTURE(m->str());
                CHECK(ipsec_error::parse(m->str()).has_value());
            }
            for (std::sregex_iterator m(text.begin(), text.end(), value), end; m != end; ++m) {
                CAPTURE(m->str());
                const int v = std::stoi(m->str());
                const bool in_ipsec_ranges =
                    (v >= 13000 && v <= 13099) || (v >= 13800 && v <= 13999);
                if (in_ipsec_ranges) CHECK(ipsec_error::find(v) != nullptr);
            }
            for (std::sregex_iterator m(text.begin(), text.end(), hex), end; m != end; ++m) {
                CAPTURE(m->str());
                CHECK(ipsec_error::parse(m->str()).has_value());
            }
        }
    }
}

TEST_CASE("none of the known errors of the old documentation") {
    // Pages about these codes name codes that do not exist, give a value that is no IPsec code,
    // and the message with a final period that Windows does not print.
    for (const auto& r : ipsec_error::records) {
        CAPTURE(r.name);
        for (const std::string& text : texts_of(*troubleshooting_for(r.code))) {
            CAPTURE(text);
            for (const char* wrong :
                 {"NEGOTIATION_FAILED", "PROCESSING_ERROR", "KEY_USAGE_MISMATCH", "SA_IN_USE",
                  "IPSEC_INVALID_POLICY", "0x37E5", "14309", "Negotiation took too long.",
                  "restore from backup"}) {
                CHECK(text.find(wrong) == std::string::npos);
            }
        }
    }
}

namespace {

bool mentions(const ipsec_error::troubleshooting& t, const char* what) {
    for (const std::string& text : texts_of(t)) {
        if (text.find(what) != std::string::npos) return true;
    }
    return false;
}

}  // namespace

TEST_CASE("none of the errors found by the expert review") {
    // A cmdlet that does not exist (the RemoteAccess ones are Get- and
    // Set-VpnServerConfiguration), and event 5447 filed under the wrong audit
    // subcategory: it belongs to Other Policy Change Events.
    for (const auto& r : ipsec_error::records) {
        CAPTURE(r.name);
        const auto& t = *troubleshooting_for(r.code);
        for (const std::string& text : texts_of(t)) {
            CAPTURE(text);
            for (const char* wrong : {"VpnServerIPsecConfiguration"}) {
                CHECK(text.find(wrong) == std::string::npos);
            }
        }
        if (mentions(t, "5447")) {
            CHECK_FALSE(mentions(t, "Filtering Platform Policy Change"));
            CHECK(mentions(t, "Other Policy Change Events"));
        }
    }
    // The entries that cite event 5447 say how to turn it on.
    for (errc e : {errc::ike_policy_change, errc::ike_add_update_key_failed}) {
        CAPTURE(e);
        CHECK(mentions(*troubleshooting_for(e), "5447"));
        CHECK(mentions(*troubleshooting_for(e), "Other Policy Change Events"));
    }
    CHECK(mentions(*troubleshooting_for(errc::ike_policy_change),
                   R"(auditpol /set /subcategory:"Other Policy Change Events" /success:enable)"));
    // The RRAS gateway's side of a DH or proposal mismatch, with the real cmdlets.
    for (errc e : {errc::ike_invalid_group, errc::ike_policy_match}) {
        CAPTURE(e);
        CHECK(mentions(*troubleshooting_for(e), "`Get-VpnServerConfiguration`"));
        CHECK(mentions(*troubleshooting_for(e), "Set-VpnServerConfiguration"));
    }
}

TEST_CASE("connection security rules depend on MpsSvc, BFE and IKEEXT, not PolicyAgent") {
    // The IPsec Policy Agent enforces only the legacy IP Security Policies;
    // it starts on demand and is often stopped for good reason.
    const auto& no_policy = *troubleshooting_for(errc::ike_no_policy);
    CHECK(mentions(no_policy, "`Get-Service MpsSvc, BFE, IKEEXT`"));
    for (const std::string& text : texts_of(no_policy)) {
        CAPTURE(text);
        if (text.find("PolicyAgent") == std::string::npos) continue;
        CHECK(text.find("legacy") != std::string::npos);
        CHECK(text.find("only") != std::string::npos);
    }
    // Anywhere else: an entry about connection security rules names the
    // Policy Agent only as the service of the legacy policies.
    for (const auto& r : ipsec_error::records) {
        CAPTURE(r.name);
        const auto& t = *troubleshooting_for(r.code);
        if (!mentions(t, "connection security rule")) continue;
        for (const std::string& text : texts_of(t)) {
            CAPTURE(text);
            const bool policy_agent = text.find("PolicyAgent") != std::string::npos ||
                                      text.find("Policy Agent") != std::string::npos;
            if (policy_agent) CHECK(text.find("legacy") != std::string::npos);
        }
    }
}
