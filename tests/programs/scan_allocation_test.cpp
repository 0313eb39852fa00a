// SPDX-License-Identifier: BSL-1.0
// scan() and find_by_message() never allocate: a counting global operator new
// around them proves it.
#include <ipsec_error/scan.hpp>

#include <cstdio>
#include <string>

#include "counting_new.hpp"

int main() {
    // The text is made first: building it allocates.
    std::string text =
        "Failure Reason: No policy configured\r\nhr=0x800735F6 code=13925 error 13806 "
        "ERROR_IPSEC_IKE_TIMED_OUT ipsec:13814 -2147011082 0xC0360001 0xD0360002 0x35E9\n"
        "Negotiation took too long; port 13814, 13000 bytes, pid 13810\n";
    for (const auto& r : ipsec_error::records) text.append(r.message).append("\n");
    std::size_t findings = 0;
    std::size_t matches = 0;

    const long before = counting_new::allocations();
    for (const ipsec_error::finding& f : ipsec_error::scan(text)) findings += f.codes.size();
    for (const auto& r : ipsec_error::records) {
        for (const ipsec_error::record& m : ipsec_error::find_by_message(r.message)) {
            matches += m.code == r.code ? 1 : 0;
        }
    }
    const long during = counting_new::allocations() - before;

    std::printf("%zu codes found, %zu messages matched, %ld allocations\n", findings, matches,
                during);
    // 12 codes in the first lines, and a finding a message (those of the shared ones
    // count every code); every message gives its own code back.
    if (findings < 12 + ipsec_error::records.size() || matches != ipsec_error::records.size()) {
        return 1;
    }
    return during == 0 ? 0 : 1;
}
