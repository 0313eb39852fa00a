// SPDX-License-Identifier: BSL-1.0
// The idioms of finding codes in text (<ipsec_error/scan.hpp>), as README.md
// and docs/scanning.md show them, in one translation unit built with the
// warnings users build with (tests/consumers/CMakeLists.txt). A warning here
// is a warning in users' code: fix it in the library. The program checks what
// the idioms give, and exits 1 when one is wrong.
#include <ipsec_error/ipsec_error.hpp>
#include <ipsec_error/scan.hpp>

#include <cstdio>
#include <iterator>
#include <string>
#include <string_view>
#include <vector>

namespace {

int failures = 0;

void check(bool ok, const char* what) {
    if (!ok) {
        std::fprintf(stderr, "idiom gives the wrong result: %s\n", what);
        ++failures;
    }
}

// Every code of a line, with the text that names it, as the README's loop does.
std::vector<std::string> explained(std::string_view line) {
    std::vector<std::string> out;
    for (const ipsec_error::finding& f : ipsec_error::scan(line)) {
        const std::string_view text = line.substr(f.offset, f.length);
        for (ipsec_error::errc e : f.codes)  // one code, or every code of a shared message
            out.push_back(std::string(text) + ": " + std::string(ipsec_error::find(e)->name));
        if (f.status_only != nullptr) out.push_back(std::string(f.status_only->name));
    }
    return out;
}

}  // namespace

// In constant expressions too.
static_assert(ipsec_error::find_by_message("negotiation took too long.").size() == 2);
static_assert(!ipsec_error::scan("Failure Reason: No policy configured").empty());
static_assert(ipsec_error::scan("port 13801").empty());

int main() {
    const std::vector<std::string> found =
        explained("hr=0x800735F6; Failure Reason: Negotiation took too long");
    check(found.size() == 3, "three codes: the HRESULT, and the two of the shared message");
    check(!found.empty() && found[0] == "0x800735F6: ERROR_IPSEC_IKE_MM_DELAY_DROP", "the HRESULT");

    const ipsec_error::findings all = ipsec_error::scan("error 13806, then 0xC000A010");
    check(std::distance(all.begin(), all.end()) == 2, "a decimal and a status-only code");
    for (const ipsec_error::finding& f : all) {
        const std::string_view form = ipsec_error::name_of(f.form);
        check(form == "decimal" || form == "ntstatus", "the forms' names");
        check(f.codes.empty() == (f.status_only != nullptr), "codes, or a status-only code");
    }

    const ipsec_error::message_matches matches =
        ipsec_error::find_by_message("Negotiation request sat in Queue too long");
    check(matches.size() == 4, "four codes share that message");
    for (const ipsec_error::record& r : matches) check(r.message == matches[0].message, "shared");
    check(ipsec_error::find_by_message("not a message").empty(), "no code");

    const ipsec_error::code_set codes = ipsec_error::scan("Invalid policy").begin()->codes;
    check(codes.size() == 1 && codes.contains(ipsec_error::errc::ike_invalid_policy),
          "a short message standing alone");
    if (failures == 0) std::puts("scan idioms: all give what they should");
    return failures == 0 ? 0 : 1;
}
