// SPDX-License-Identifier: BSL-1.0
// libFuzzer target: scan() on any bytes. Every finding lies inside the text,
// in order and without overlap; every code is real; a finding's text gives
// its codes back through parse() or find_by_message() (a status-only code
// through parse_status_only()); the byte-at-a-time
// path (what constant expressions run) finds exactly what the fast one finds;
// and both find what finding_at() finds asked at every token start, with no
// prefilter before it.
#include <ipsec_error/scan.hpp>

#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "../vector/next_at_every_start.hpp"

namespace {

void check(bool ok) {
    if (!ok) std::abort();
}

namespace scanning = ipsec_error::detail::scanning;

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    std::size_t previous_end = 0;
    std::size_t bytewise_from = 0;
    for (const ipsec_error::finding& f : ipsec_error::scan(text)) {
        check(f.length > 0 && f.offset >= previous_end && f.offset + f.length <= size);
        previous_end = f.offset + f.length;

        // The slow path agrees, finding for finding.
        const ipsec_error::finding slow = scanning::next_finding_bytewise(text, bytewise_from);
        check(slow.offset == f.offset && slow.length == f.length && slow.form == f.form);
        check(slow.codes.size() == f.codes.size());
        check(slow.status_only == f.status_only);
        const ipsec_error::finding every = next_at_every_start(text, bytewise_from);
        check(every.offset == f.offset && every.length == f.length && every.form == f.form);
        check(every.codes.size() == f.codes.size() && every.status_only == f.status_only);
        bytewise_from = slow.offset + slow.length;

        const std::string_view matched = text.substr(f.offset, f.length);
        // An IPsec NTSTATUS without a Win32 code: no codes, and parse_status_only() agrees.
        if (f.status_only != nullptr) {
            check(f.codes.empty() && f.form != ipsec_error::code_form::message);
            check(ipsec_error::parse_status_only(matched) == f.status_only);
            check(!ipsec_error::parse(matched));
            continue;
        }
        check(!f.codes.empty() && f.codes.size() <= ipsec_error::code_set::capacity);
        for (std::size_t i = 0; i < f.codes.size(); ++i) {
            check(ipsec_error::find(f.codes[i]) != nullptr);
            check(slow.codes[i] == f.codes[i]);
            if (i > 0) check(f.codes[i - 1] < f.codes[i]);
        }
        if (f.form == ipsec_error::code_form::message) {
            const auto matches = ipsec_error::find_by_message(matched);
            check(matches.size() == f.codes.size());
            for (std::size_t i = 0; i < matches.size(); ++i) check(matches[i].code == f.codes[i]);
        } else {
            check(f.codes.size() == 1);
            check(ipsec_error::parse(matched) == f.codes[0]);
        }
    }
    check(scanning::next_finding_bytewise(text, bytewise_from).offset == scanning::no_finding);
    check(next_at_every_start(text, bytewise_from).offset == scanning::no_finding);
    return 0;
}
