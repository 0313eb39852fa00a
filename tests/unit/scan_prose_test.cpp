// SPDX-License-Identifier: BSL-1.0
// scan() on what people write about the codes: a decimal value with its word
// after it or with its own name, message or hex value beside it, strongSwan's
// MS_STATUS(N), GetLastError() returned N, the first sentences of a long
// message, a short message that names an error inside a sentence, messages
// wrapped over lines, and the traps beside each (each rule positive and negative).
#include <doctest/doctest.h>
#include <ipsec_error/scan.hpp>

#include <string>
#include <string_view>
#include <vector>

using ipsec_error::code_form;
using ipsec_error::errc;
using ipsec_error::finding;
using ipsec_error::scan;

namespace {

struct prose_finding {
    std::string text;
    code_form form;
    std::vector<int> codes;
    std::size_t offset;
};

std::vector<prose_finding> findings_in(std::string_view text) {
    std::vector<prose_finding> out;
    for (const finding& f : scan(text)) {
        prose_finding x{std::string(text.substr(f.offset, f.length)), f.form, {}, f.offset};
        for (errc e : f.codes) x.codes.push_back(static_cast<int>(e));
        out.push_back(x);
    }
    return out;
}

// The findings of text of one form, as "matched=code" strings.
std::vector<std::string> of_form(std::string_view text, code_form form) {
    std::vector<std::string> out;
    for (const prose_finding& f : findings_in(text)) {
        if (f.form != form) continue;
        std::string item = f.text + "=";
        for (std::size_t i = 0; i < f.codes.size(); ++i) {
            item += (i == 0 ? "" : "+") + std::to_string(f.codes[i]);
        }
        out.push_back(item);
    }
    return out;
}

std::vector<std::string> decimals(std::string_view text) {
    return of_form(text, code_form::decimal);
}

std::vector<std::string> messages(std::string_view text) {
    return of_form(text, code_form::message);
}

using strings = std::vector<std::string>;

constexpr std::size_t count_decimals(std::string_view text) {
    std::size_t n = 0;
    for (const finding& f : scan(text)) n += f.form == code_form::decimal ? 1 : 0;
    return n;
}

}  // namespace

// The new rules are constant expressions too.
static_assert(count_decimals("you will receive the 13801 IKE authentication failure error") == 1);
static_assert(count_decimals("N(MS_STATUS(13801))") == 1);
static_assert(count_decimals("port 13801 error") == 0);

TEST_CASE("scan: a decimal value with an error word after it") {
    CHECK(decimals("the client will throw a 13801 error") == strings{"13801=13801"});
    CHECK(decimals("you will receive the 13801 IKE authentication failure error.") ==
          strings{"13801=13801"});
    CHECK(decimals("When intermittent 13801 errors occur") == strings{"13801=13801"});
    CHECK(decimals("Always On VPN Intermittent 13801 Error") == strings{"13801=13801"});
    CHECK(decimals("13801 is defined in the winerror.h file") == strings{"13801=13801"});
    CHECK(decimals("13868 translates to a policy mismatch") == strings{"13868=13868"});
    CHECK(decimals("log:\n  13806 error at startup") == strings{"13806=13806"});
    // Not when the words between stop qualifying the number, nor after a count or a port.
    for (const char* text :
         {"13801 packets and no error", "13801 is the port, error below", "13801 was in error",
          "port 13801 error", "PID 13806 error", "line 13806 error: unexpected token",
          "event 13806 error", "13801, error", "13801 IKE authentication attempts with error",
          "13801 bytes error", "13801 one two three four five error", "13801\nerror",
          "13801 is definitely not", "13801 translates well",
          "We were seeing VIX 13004 errors when only a nvram file existed",
          "found 13003 errors in 2 files", "Total: 13003 errors", "to avoid -13010 errors",
          "build 13806 error"}) {
        const std::string shown = text;
        CAPTURE(shown);
        CHECK(decimals(text).empty());
    }
}

TEST_CASE("scan: a decimal value beside its own name, message or hex value") {
    CHECK(decimals("{13801, ERROR_IPSEC_IKE_AUTH_FAIL, ClassConfiguracao},") ==
          strings{"13801=13801"});
    CHECK(decimals("ERROR_IPSEC_IKE_POLICY_MATCH - 13868 (0x362C)") == strings{"13868=13868"});
    CHECK(decimals("ERROR_IPSEC_IKE_TIMED_OUT = 13805") == strings{"13805=13805"});
    CHECK(decimals("13801 IKE authentication credentials are unacceptable") ==
          strings{"13801=13801"});
    CHECK(decimals("13843 (0x3613)") == strings{"13843=13843"});
    // Another code's name, message or value beside it says nothing of the number.
    for (const char* text :
         {"ERROR_IPSEC_IKE_NO_POLICY(13867, 0x3000)", "{13801, ERROR_IPSEC_IKE_NO_CERT}",
          "ERROR_IPSEC_IKE_NEG_STATUS_END = 13884", "13801 Invalid policy", "13843 (0x3614)",
          "13843 (0x80070000)", "MY_ERROR_IPSEC_IKE_TIMED_OUT = 13805",
          "ERROR_IPSEC_IKE_TIMED_OUT    =    13805"}) {
        const std::string shown = text;
        CAPTURE(shown);
        CHECK(decimals(text).empty());
    }
}

TEST_CASE("scan: MS_STATUS(N), GetLastError() returned N, errno") {
    CHECK(decimals("MS_STATUS(13801)") == strings{"13801=13801"});
    CHECK(decimals("parsed IKE_AUTH response 1 [ N(MS_STATUS(13801)) ]") == strings{"13801=13801"});
    CHECK(decimals("GetLastError() returned 13868") == strings{"13868=13868"});
    CHECK(decimals("WSAGetLastError returns 11033") == strings{"11033=11033"});
    CHECK(decimals("GetLastError() = 13806") == strings{"13806=13806"});
    CHECK(decimals("ERROR_IPSEC_IKE_AUTH_FAIL    syscall.Errno = 13801") == strings{"13801=13801"});
    for (const char* text :
         {"MS_STATUS 13801", "STATUS(13801)", "the call returned 13868", "     * @error 13806",
          "GetLastError() returned, then 13868", "returned 13868 bytes", "ms_status_13801",
          "GetLastError(x) returned 13868"}) {
        const std::string shown = text;
        CAPTURE(shown);
        CHECK(decimals(text).empty());
    }
}

TEST_CASE("scan: the first sentences of a message of several") {
    CHECK(messages("IKE failed to find valid machine certificate") ==
          strings{"IKE failed to find valid machine certificate=13806"});
    CHECK(messages("Connection fails with error \"IKE failed to find valid machine "
                   "certificate\". Server logs follow") ==
          strings{"IKE failed to find valid machine certificate=13806"});
    CHECK(messages("IKE Failed To Find Valid Machine Certificate") ==
          strings{"IKE Failed To Find Valid Machine Certificate=13806"});
    CHECK(messages("the error: IKE failed to find valid machine certificate. Then nothing") ==
          strings{"IKE failed to find valid machine certificate.=13806"});
    // Two sentences of three.
    CHECK(messages("IKE negotiation failed because the machine certificate used does not have a "
                   "private key. IPsec certificates require a private key.") ==
          strings{"IKE negotiation failed because the machine certificate used does not have a "
                  "private key. IPsec certificates require a private key.=13820"});
    // A whole message beats another's first sentence that reads the same.
    CHECK(messages("SA establishment is not authorized.") ==
          strings{"SA establishment is not authorized.=13905"});
    CHECK(messages("SA establishment is not authorized because there is not a sufficiently strong "
                   "PKINIT-based credential.") ==
          strings{"SA establishment is not authorized because there is not a sufficiently strong "
                  "PKINIT-based credential.=13906"});
    // find_by_message() agrees, so that every finding's text gives its codes back.
    const auto first = ipsec_error::find_by_message("IKE failed to find valid machine certificate");
    REQUIRE(first.size() == 1);
    CHECK(first[0].code == errc::ike_no_cert);
    // Not a sentence of the message: a part of one.
    for (const char* text : {"IKE failed to find valid machine",
                             "IKE failed to find a valid "
                             "machine certificate",
                             "Failed to add Security Association"}) {
        const std::string shown = text;
        CAPTURE(shown);
        CHECK(messages(text).empty());
        CHECK(ipsec_error::find_by_message(text).empty());
    }
}

TEST_CASE("scan: a short message that names an error, inside a sentence") {
    CHECK(messages("I am getting a policy match error on Windows 10") ==
          strings{"policy match error=13868"});
    CHECK(messages("i receive Policy Match error on windows 10") ==
          strings{"Policy Match error=13868"});
    CHECK(messages("it failed with a general processing error today") ==
          strings{"general processing error=13804"});
    // Other short messages still stand alone only; a hyphen still joins.
    for (const char* text : {"the invalid policy name", "an unknown error occurred here",
                             "policy match error-handling", "a policy match errors list",
                             "no policy configured for it"}) {
        const std::string shown = text;
        CAPTURE(shown);
        CHECK(messages(text).empty());
    }
}

TEST_CASE("scan: no short message before a question mark") {
    CHECK(messages("Warning: kernel expired our reserved IPsec SA SPI - negotiation took too "
                   "long? Try increasing /proc/sys/net/core/xfrm_acq_expires")
              .empty());
    CHECK(messages("Invalid policy?").empty());
    CHECK(messages("Failure Reason: Invalid policy") == strings{"Invalid policy=13861"});
    // Nor as a JavaScript error's message.
    CHECK(messages("[web] TypeError: Load failed").empty());
    CHECK(messages("Uncaught SyntaxError:  Invalid policy").empty());
    CHECK(messages("IKEEXT: Load failed") == strings{"Load failed=13876"});
    // A long message is one whatever follows it.
    CHECK(messages("IKE authentication credentials are unacceptable?") ==
          strings{"IKE authentication credentials are unacceptable=13801"});
}

TEST_CASE("scan: a short message that reads as another program's text") {
    // Lower case beside other text, a string literal opened after a call's parenthesis, a
    // format's placeholder: the words of some other program, not Windows' message.
    for (const char* text :
         {"{\"error\":\"no response from peer\"}", "#[error(\"no response from peer {0}\")]",
          "FileLogAdd(L\"No response from peer \");",
          "session_error(\"${WHO} No response from peer\")", "Failure: No response from peer %s",
          "(no response from peer)."}) {
        const std::string shown = text;
        CAPTURE(shown);
        CHECK(messages(text).empty());
    }
    // Windows' own case, or typed alone on a line, still counts.
    CHECK(messages("Failure Reason:\t\tNo response from peer") ==
          strings{"No response from peer=13813"});
    CHECK(messages("  no response from peer.\n") == strings{"no response from peer.=13813"});
    CHECK(messages("\vdeleted via rpc call\f") == strings{"deleted via rpc call=13877"});
    CHECK(messages("msg: \"No policy configured\"") == strings{"No policy configured=13825"});
    CHECK(messages("Exception calling \"Connect\": \"Invalid header (Exception from HRESULT)\"") ==
          strings{"Invalid header=13824"});
}

TEST_CASE("scan: a message wrapped over lines is found where it starts") {
    // Get-EventLog | Format-List wraps the message at a word, indenting what follows.
    const std::string wrapped =
        "Message      : IKE failed to find valid machine certificate. Contact your Network\n"
        "               Security Administrator about installing a valid certificate in the\n"
        "               appropriate Certificate Store.\r\n"
        "Source       : RasClient\n";
    const auto f = findings_in(wrapped);
    REQUIRE(f.size() == 1);
    CHECK(f[0].form == code_form::message);
    CHECK(f[0].codes == std::vector<int>{13806});
    CHECK(f[0].offset == wrapped.find("IKE failed"));
    CHECK(f[0].text.back() == '.');
    CHECK(f[0].text.size() > wrapped.find("Store.") - wrapped.find("IKE failed"));
    // Format-Table -Wrap: the same within a column.
    const auto table = findings_in(
        "20227 Error RasClient  IKE authentication credentials are\n"
        "                       unacceptable\n");
    REQUIRE(table.size() == 1);
    CHECK(table[0].codes == std::vector<int>{13801});
    // A short message never spans lines: "Invalid" ending one line and "Policy:" starting
    // the next are two fields.
    CHECK(messages("Status: Invalid\nPolicy: default").empty());
    CHECK(messages("Result: Negotiation\ntimed out: no").empty());
    CHECK(messages("Policy match\nerror").empty());
}
