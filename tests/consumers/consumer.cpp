// SPDX-License-Identifier: BSL-1.0
// What a user writes: the three lines of the README, compiled outside the tree.
#include <ipsec_error/ipsec_error.hpp>

#include <iostream>

int main() {
    static_assert(ipsec_error::find(13814)->name == "ERROR_IPSEC_IKE_MM_DELAY_DROP");
    auto code = ipsec_error::parse("0x800735F6");  // errc::ike_mm_delay_drop
    try {
        throw std::system_error(*code, "tunnel to 203.0.113.7");
    } catch (const std::system_error& e) {
        std::cout << e.what() << '\n';
        return e.code() == ipsec_error::errc::ike_mm_delay_drop ? 0 : 1;
    }
}
