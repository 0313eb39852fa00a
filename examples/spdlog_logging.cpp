// SPDX-License-Identifier: BSL-1.0
// Log IPsec codes through spdlog, which formats with {fmt}: <ipsec_error/fmt.hpp>
// gives errc and condition their fmt::formatter.
//
//     $ ./spdlog_logging
//     [warning] tunnel to 203.0.113.7: ERROR_IPSEC_IKE_MM_DELAY_DROP (13814, 0x800735F6):
//     Negotiation took too long [info] retrying: the code is negotiation_timed_out and transient
//     [error] gave up after 3 attempts: ERROR_IPSEC_IKE_MM_DELAY_DROP
//     [error] ipsec:13814 Negotiation took too long
#include <spdlog/spdlog.h>

#include <ipsec_error/fmt.hpp>
#include <ipsec_error/ipsec_error.hpp>

#include <system_error>

int main() {
    spdlog::set_pattern("[%l] %v");  // no time stamps: the output above is the output

    // A real program would have this code from IKE, a log or a Windows API.
    const auto code = ipsec_error::errc::ike_mm_delay_drop;
    spdlog::warn("tunnel to {}: {} ({:d}, {:h}): {:m}", "203.0.113.7", code, code, code, code);

    // Conditions print by name too.
    const std::error_code ec = code;
    if (ec == ipsec_error::condition::transient) {
        spdlog::info("retrying: the code is {} and {}",
                     ipsec_error::condition::negotiation_timed_out,
                     ipsec_error::condition::transient);
    }
    spdlog::error("gave up after {} attempts: {}", 3, code);

    // A std::error_code has no formatter of its own in fmt 9: log its parts.
    spdlog::error("{}:{} {}", ec.category().name(), ec.value(), ec.message());
    return 0;
}
