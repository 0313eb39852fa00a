// SPDX-License-Identifier: BSL-1.0
// Throw an IPsec code as std::system_error, catch it, and tell what it is.
//
//     $ ./throw_system_error
//     tunnel to 203.0.113.7: Negotiation took too long
//     code: ipsec:13814 (ERROR_IPSEC_IKE_MM_DELAY_DROP)
//     a time-out: yes; worth retrying: yes
#include <ipsec_error/ipsec_error.hpp>

#include <iostream>
#include <system_error>

namespace {

void connect_tunnel() {
    // A real program would have this code from IKE, a log or a Windows API.
    throw std::system_error(ipsec_error::errc::ike_mm_delay_drop, "tunnel to 203.0.113.7");
}

}  // namespace

int main() {
    try {
        connect_tunnel();
    } catch (const std::system_error& e) {
        std::cout << e.what() << '\n';
        const std::error_code& code = e.code();
        std::cout << "code: " << code.category().name() << ':' << code.value();
        if (auto ipsec = ipsec_error::to_errc(code)) {
            std::cout << " (" << ipsec_error::find(*ipsec)->name << ')';
        }
        std::cout << '\n';
        // Conditions ask the portable questions, whatever the exact code.
        std::cout << "a time-out: " << (code == std::errc::timed_out ? "yes" : "no")
                  << "; worth retrying: "
                  << (code == ipsec_error::condition::transient ? "yes" : "no") << '\n';
        return 0;
    }
    return 1;
}
