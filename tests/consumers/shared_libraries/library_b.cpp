// SPDX-License-Identifier: BSL-1.0
#include <ipsec_error/ipsec_error.hpp>

#include "export.hpp"

bool library_b_is_timeout(const std::error_code& code) {
    return code == ipsec_error::condition::negotiation_timed_out;
}

std::error_code library_b_failure() { return ipsec_error::errc::ike_auth_fail; }
