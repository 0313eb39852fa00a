// SPDX-License-Identifier: BSL-1.0
// scan() and find_by_message(): every form in every code, the rules that keep
// numbers that are not codes out, the shared messages, and the range's
// properties (order, no overlap, a forward range usable in constant
// expressions).
#include <doctest/doctest.h>
#include <ipsec_error/scan.hpp>

#include <cstdio>
#include <iterator>
#include <map>
#include <string>
#include <type_traits>
#include <vector>

#if IPSEC_ERROR_CPLUSPLUS >= 202002L && __has_include(<ranges>)
#include <ranges>
#endif

#include "reference_data.hpp"

using ipsec_error::code_form;
using ipsec_error::errc;
using ipsec_error::find_by_message;
using ipsec_error::finding;
using ipsec_error::scan;

namespace {

constexpr std::size_t count_findings(std::string_view text) {
    std::size_t n = 0;
    for (const finding& f : scan(text)) n += f.codes.size() > 0 ? 1 : 0;
    return n;
}

constexpr errc first_code(std::string_view text) {
    for (const finding& f : scan(text)) return f.codes[0];
    return errc{};
}

}  // namespace

// Usable in C++17 constant expressions, noexcept.
static_assert(count_findings("error 13806, then 0x800735F6 and ERROR_IPSEC_IKE_TIMED_OUT") == 3);
static_assert(first_code("Failure Reason: No policy configured") == errc::ike_no_policy);
static_assert(find_by_message("Negotiation took too long").size() == 2);
static_assert(find_by_message("negotiation request sat in queue too long.").size() == 4);
static_assert(find_by_message("no such message at all").empty());
static_assert(noexcept(scan(std::string_view())));
static_assert(noexcept(find_by_message(std::string_view())));
static_assert(
    std::is_same_v<std::iterator_traits<ipsec_error::findings::iterator>::iterator_category,
                   std::forward_iterator_tag>);
#if IPSEC_ERROR_CPLUSPLUS >= 202002L && defined(__cpp_lib_ranges)
static_assert(std::ranges::forward_range<ipsec_error::findings>);
static_assert(std::ranges::forward_range<ipsec_error::message_matches>);
#endif

namespace {

struct found {
    std::string text;
    code_form form;
    std::vector<int> codes;
};

std::vector<found> all(std::string_view text) {
    std::vector<found> out;
    for (const finding& f : scan(text)) {
        found x{std::string(text.substr(f.offset, f.length)), f.form, {}};
        for (errc e : f.codes) x.codes.push_back(static_cast<int>(e));
        out.push_back(x);
    }
    return out;
}

// The one finding of text: its matched text, form and single code.
void check_one(const std::string& text, const std::string& matched, code_form form, int code) {
    CAPTURE(text);
    const auto f = all(text);
    REQUIRE(f.size() == 1);
    CHECK(f[0].text == matched);
    CHECK(f[0].form == form);
    REQUIRE(f[0].codes.size() == 1);
    CHECK(f[0].codes[0] == code);
}

std::string hex(const char* format, unsigned long long v) {
    char buf[32];
    std::snprintf(buf, sizeof buf, format, v);
    return buf;
}

std::string lower(std::string s) {
    for (char& c : s) c = (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
    return s;
}

std::string upper(std::string s) {
    for (char& c : s) c = (c >= 'a' && c <= 'z') ? static_cast<char>(c - 'a' + 'A') : c;
    return s;
}

// A message as find_by_message compares it: lower case, one space a run, no final period.
std::string normalised(const std::string& message) {
    std::string out;
    for (char c : message) {
        if (c == ' ' && !out.empty() && out.back() == ' ') continue;
        out += c;
    }
    if (!out.empty() && out.back() == '.') out.pop_back();
    return lower(out);
}

}  // namespace

TEST_CASE("find_by_message: every message gives its code and every code that shares it") {
    std::map<std::string, std::vector<int>> groups;
    for (const auto& row : reference::win32()) groups[normalised(row.message)].push_back(row.value);
    for (const auto& row : reference::win32()) {
        CAPTURE(row.name);
        const std::vector<int>& expected = groups[normalised(row.message)];
        std::string no_period = row.message;
        if (no_period.back() == '.') no_period.pop_back();
        std::string spaced;
        for (char c : row.message) spaced += c == ' ' ? std::string(" \t ") : std::string(1, c);
        for (const std::string& text :
             {row.message, upper(row.message), lower(row.message), no_period, no_period + ".",
              "  " + row.message + "\r\n", spaced}) {
            CAPTURE(text);
            const auto matches = find_by_message(text);
            std::vector<int> got;
            for (const ipsec_error::record& r : matches) got.push_back(r.value());
            CHECK(got == expected);
            CHECK(matches.size() == expected.size());
            CHECK_FALSE(matches.empty());
        }
    }
}

TEST_CASE("find_by_message: the shared messages, and no group larger than a code_set holds") {
    std::vector<int> four;
    for (const auto& r : find_by_message("Negotiation request sat in Queue too long")) {
        four.push_back(r.value());
    }
    CHECK(four == std::vector<int>{13809, 13810, 13811, 13812});
    const auto two = find_by_message("NEGOTIATION TOOK TOO LONG.");
    REQUIRE(two.size() == 2);
    CHECK(two[0].code == errc::ike_mm_delay_drop);
    CHECK(two[1].code == errc::ike_qm_delay_drop);

    std::map<std::string, std::size_t> sizes;
    for (const auto& row : reference::win32()) ++sizes[normalised(row.message)];
    for (const auto& entry : sizes) {
        CAPTURE(entry.first);
        CHECK(entry.second <= ipsec_error::code_set::capacity);
    }
}

TEST_CASE("find_by_message: what is not a whole message gives nothing") {
    for (const char* text :
         {"", " ", ".", "Negotiation took too", "Negotiation took too long!",
          "Negotiation took too long..", "Negotiation tooklong", "The negotiation took too long",
          "Negotiation took too long ago", "Invalid", "Invalid policy name", "NoPolicyConfigured",
          "13814", "0x800735F6", "IKE authentication credentials are unacceptable because",
          "SA establishment is not authorized. You"}) {
        CAPTURE(text);
        CHECK(find_by_message(text).empty());
    }
    CHECK(find_by_message(std::string(1 << 16, ' ')).empty());
    CHECK(find_by_message(std::string_view("Invalid policy\0", 15)).empty());
    // 13905's message is the start of 13907's: each gives only itself.
    CHECK(find_by_message("SA establishment is not authorized")[0].code ==
          errc::ike_authorization_failure);
    CHECK(find_by_message("SA establishment is not authorized. You may need to enter updated or "
                          "different credentials such as a smartcard.")
              .size() == 1);
}

TEST_CASE("scan: every code in every form it is written in") {
    for (const auto& row : reference::win32()) {
        CAPTURE(row.name);
        const int v = row.value;
        const unsigned long long hresult = 0x80070000ULL | static_cast<unsigned>(v);
        check_one("x " + row.name + " y", row.name, code_form::name, v);
        check_one("(" + lower(row.name) + ")", lower(row.name), code_form::name, v);
        check_one("hr=" + hex("0x%llX", hresult) + ";", hex("0x%llX", hresult), code_form::hresult,
                  v);
        check_one("HRESULT " + hex("0X%llx", hresult), hex("0X%llx", hresult), code_form::hresult,
                  v);
        const std::string signed_hr =
            std::to_string(static_cast<long long>(hresult) - 0x100000000LL);
        check_one("HResult=" + signed_hr + ".", signed_hr, code_form::hresult, v);
        check_one("code 0x" + hex("%llX", static_cast<unsigned long long>(v)),
                  "0x" + hex("%llX", static_cast<unsigned long long>(v)), code_form::hex, v);
        check_one("status " + hex("0x%08llx", static_cast<unsigned long long>(v)) + ",",
                  hex("0x%08llx", static_cast<unsigned long long>(v)), code_form::hex, v);
        check_one("ec=ipsec:" + std::to_string(v), "ipsec:" + std::to_string(v),
                  code_form::error_code, v);
        for (const std::string context :
             {"error ", "Error: ", "Win32 error ", "error code ", "ErrorCode=", "code=", "code: ",
              "\"error\":", "\"errorCode\": ", "<failureErrorCode>", "failed with error ",
              "The error code returned on failure is ", "NativeErrorCode: ", "lastError = ", "err=",
              "reason code ", "error #", "error code was "}) {
            check_one(context + std::to_string(v) + (context.back() == '>' ? "<" : "."),
                      std::to_string(v), code_form::decimal, v);
        }
    }
    for (const auto& row : reference::ntstatus()) {
        CAPTURE(row.name);
        const int v = ipsec_error::find(row.win32_name)->value();
        check_one("status " + hex("0x%llX", row.status), hex("0x%llX", row.status),
                  code_form::ntstatus, v);
        check_one("NTSTATUS " + hex("0x%llx", row.status | 0x10000000u),
                  hex("0x%llx", row.status | 0x10000000u), code_form::hresult, v);
        check_one("[" + row.name + "]", row.name, code_form::name, v);
        const std::string signed_status =
            std::to_string(static_cast<long long>(row.status) - 0x100000000LL);
        check_one("Status " + signed_status, signed_status, code_form::ntstatus, v);
    }
}

TEST_CASE("scan: messages in the text around them") {
    check_one("Failure Reason:\t\tNo policy configured\r\n", "No policy configured",
              code_form::message, 13825);
    check_one("error: IKE authentication credentials are unacceptable. Check the certificate.",
              "IKE authentication credentials are unacceptable.", code_form::message, 13801);
    // Five words or more: anywhere, even inside a sentence.
    check_one("the VPN said IKE authentication credentials are unacceptable and stopped",
              "IKE authentication credentials are unacceptable", code_form::message, 13801);
    // Fewer: only standing alone.
    check_one("\"Invalid policy\"", "Invalid policy", code_form::message, 13861);
    check_one("<reason>Negotiation timed out</reason>", "Negotiation timed out", code_form::message,
              13805);
    CHECK(all("Invalid policy name 'x'").empty());
    CHECK(all("the negotiation timed out after 30 s").empty());
    CHECK(all("Load failed for module foo").empty());
    CHECK(all("No response from peer-group").empty());
    // The longest message wins: 13907 starts with 13905's.
    check_one(
        "SA establishment is not authorized.  You may need to enter updated or different "
        "credentials such as a smartcard.",
        "SA establishment is not authorized.  You may need to enter updated or different "
        "credentials such as a smartcard.",
        code_form::message, 13907);
    const auto shared = all("IKE: Negotiation took too long.");
    REQUIRE(shared.size() == 1);
    CHECK(shared[0].codes == std::vector<int>{13814, 13815});
    CHECK(shared[0].form == code_form::message);
    const auto four = all("msg=\"negotiation request sat in queue too long\"");
    REQUIRE(four.size() == 1);
    CHECK(four[0].codes.size() == 4);
}

TEST_CASE("scan: only whole tokens, only codes") {
    for (const char* text : {"x0x800735F6",
                             "0x800735F6A",
                             "0x800735F6_",
                             "0x1800735F6",
                             "0x0000035F6",
                             "0x35F6g",
                             "0x35F",
                             "0x8007FFFF",
                             "0x80070000",
                             "0x800832C8",
                             "0xC0360000",
                             "0xC036000A",
                             "0xD036000A",
                             "0x000735F6",
                             "-21470110820",
                             "-2147011082.5",
                             "a-2147011082",
                             "-2147955456",
                             "2147956214",
                             "MY_ERROR_IPSEC_IKE_TIMED_OUT",
                             "ERROR_IPSEC_IKE_TIMED_OUTX",
                             "ERROR_IPSEC_IKE_TIMEOUT",
                             "STATUS_IPSEC_IKE_TIMED_OUT",
                             "WARNING_IPSEC_IKE_TIMED_OUT",
                             "ERROR_IPSEC_MM_POLICY_PRUNED",
                             "ipsec:13026",
                             "ipsec:138140",
                             "xipsec:13814",
                             "ipsec:13814a",
                             "13814",
                             "port 13814",
                             "13000 bytes",
                             "error 13000 bytes",
                             "pid 13810",
                             "PID=13804",
                             "version 2.13806",
                             "error 13806.1",
                             "error 13026",
                             "error 13919",
                             "error 13799",
                             "error 138060",
                             "error 013806",
                             "error -13806",
                             "Code 13806",
                             "zip code 13814",
                             "exit code 13806",
                             "error\t13806ms",
                             "errors 13806",
                             "at 13:58:06",
                             "build 13806",
                             "\t0x3600:  4500 0034",
                             "0x35f0: 4500"}) {
        CAPTURE(text);
        CHECK(all(text).empty());
    }
}

TEST_CASE(
    "scan: findings in order, never overlapping, inside the text, and their text parses back") {
    const std::string text =
        "2024-05-01T10:00:00Z svc[13804]: IKE failed, hr=0x800735F6 "
        "(ERROR_IPSEC_IKE_MM_DELAY_DROP) "
        "code=13925 error 13806 0xC0360001 0xd0360002 -2147011082 ipsec:13814 "
        "Failure Reason: No policy configured\n"
        "port 13814, 13000 bytes; Negotiation took too long\n"
        "ERROR_IPSEC_IKE_NEG_STATUS_BEGIN";
    std::size_t previous_end = 0;
    std::vector<code_form> forms;
    for (const finding& f : scan(text)) {
        CHECK(f.offset >= previous_end);
        CHECK(f.length > 0);
        CHECK(f.offset + f.length <= text.size());
        previous_end = f.offset + f.length;
        forms.push_back(f.form);
        const std::string_view matched = std::string_view(text).substr(f.offset, f.length);
        CAPTURE(matched);
        REQUIRE_FALSE(f.codes.empty());
        if (f.form == code_form::message) {
            const auto m = find_by_message(matched);
            REQUIRE(m.size() == f.codes.size());
            for (std::size_t i = 0; i < m.size(); ++i) CHECK(m[i].code == f.codes[i]);
        } else {
            REQUIRE(f.codes.size() == 1);
            CHECK(ipsec_error::parse(matched) == f.codes[0]);
        }
    }
    // The range marker's name is also its message: one finding, the name.
    CHECK(forms == std::vector<code_form>{code_form::hresult, code_form::name, code_form::decimal,
                                          code_form::decimal, code_form::ntstatus,
                                          code_form::hresult, code_form::hresult,
                                          code_form::error_code, code_form::message,
                                          code_form::message, code_form::name});
}

TEST_CASE("scan: a forward range: copies walk the same findings, and empty() and text()") {
    const std::string_view text = "error 13806 and 13807? error 13807, then 0x35F6";
    const auto range = scan(text);
    CHECK(range.text() == text);
    CHECK_FALSE(range.empty());
    CHECK(std::distance(range.begin(), range.end()) == 3);
    auto a = range.begin();
    auto b = a;
    ++a;
    CHECK(b->offset == 6);
    CHECK(a->offset == 29);
    CHECK((b++)->offset == 6);
    CHECK(a == b);
    CHECK(a != range.end());
    CHECK(scan("nothing here").empty());
    CHECK(scan("").begin() == scan("").end());
    CHECK(ipsec_error::name_of(code_form::error_code) == "error_code");
    CHECK(ipsec_error::name_of(static_cast<code_form>(99)).empty());
    const auto codes = scan("IKE: Negotiation took too long").begin()->codes;
    CHECK(codes.contains(errc::ike_qm_delay_drop));
    CHECK_FALSE(codes.contains(errc::ike_timed_out));
}

TEST_CASE("scan: any bytes, any length") {
    std::string bytes;
    for (int i = 0; i < 4096; ++i) bytes += static_cast<char>(i * 7919 % 256);
    for (const finding& f : scan(bytes)) CHECK(f.offset + f.length <= bytes.size());
    const std::string nuls = std::string(1000, '\0') + "error 13806" + std::string(1000, '\0');
    CHECK(all(nuls).size() == 1);
    const std::string long_line = std::string(1 << 20, 'a') + " ERROR_IPSEC_BAD_SPI";
    CHECK(all(long_line).size() == 1);
    CHECK(all(std::string(1 << 20, '1')).empty());
    CHECK(all(std::string(1 << 16, ' ') + "Invalid policy" + std::string(1 << 16, ' ')).size() ==
          1);
}

TEST_CASE("scan: STATUS_IPSEC_QUEUE_OVERFLOW, which has no Win32 code, in its forms") {
    const auto* overflow = &ipsec_error::status_only_codes[0];
    struct expected {
        const char* text;
        const char* matched;
        code_form form;
    };
    for (const expected& e : {
             expected{"driver status STATUS_IPSEC_QUEUE_OVERFLOW.", "STATUS_IPSEC_QUEUE_OVERFLOW",
                      code_form::name},
             expected{"status_ipsec_queue_overflow", "status_ipsec_queue_overflow",
                      code_form::name},
             expected{"NTSTATUS 0xC000A010 from the driver", "0xC000A010", code_form::ntstatus},
             expected{"status=0xc000a010;", "0xc000a010", code_form::ntstatus},
             expected{"HRESULT 0xD000A010", "0xD000A010", code_form::hresult},
             expected{"(NTSTATUS) -1073700848", "-1073700848", code_form::ntstatus},
         }) {
        CAPTURE(e.text);
        std::size_t n = 0;
        for (const finding& f : scan(e.text)) {
            ++n;
            CHECK(std::string_view(e.text).substr(f.offset, f.length) == e.matched);
            CHECK(f.form == e.form);
            CHECK(f.codes.empty());
            CHECK(f.status_only == overflow);
        }
        CHECK(n == 1);
    }
    // Not the other STATUS_ codes of its facility, nor longer numbers or names.
    for (const char* text : {"0xC000A011", "0xC000A0100", "STATUS_IPSEC_QUEUE_OVERFLOWS",
                             "STATUS_ND_QUEUE_OVERFLOW", "x0xC000A010", "C000A010"}) {
        CAPTURE(text);
        CHECK(scan(text).empty());
    }
    // The other findings keep no status_only.
    for (const finding& f : scan("error 13806 and STATUS_IPSEC_BAD_SPI")) {
        CHECK(f.status_only == nullptr);
        CHECK(f.codes.size() == 1);
    }
}
