// SPDX-License-Identifier: BSL-1.0
// A translation unit that only throws and prints an IPsec code, with
// <ipsec_error/error_code.hpp> (benchmarks/compile_instructions.sh, against
// system_error.cpp).
#include <cstdio>
#include <ipsec_error/error_code.hpp>
int main() {
    try {
        ipsec_error::throw_error(ipsec_error::errc::ike_mm_delay_drop, "tunnel to 203.0.113.7");
    } catch (const std::system_error& e) {
        std::puts(e.what());
        return e.code() == std::errc::timed_out ? 0 : 1;
    }
}
