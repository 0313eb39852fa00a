// SPDX-License-Identifier: BSL-1.0
#include <ipsec_error/ipsec_error.hpp>

#include "export.hpp"

std::error_code library_a_failure() { return ipsec_error::errc::ike_mm_delay_drop; }
