// SPDX-License-Identifier: BSL-1.0
// A translation unit that uses every part of the library, for the check that
// none of it needs code at start-up (see tests/CMakeLists.txt).
#include <ipsec_error/ipsec_error.hpp>
#include <ipsec_error/troubleshooting.hpp>

#include <string>

int ipsec_error_static_init_probe(int value, const char* text) {
    const std::error_code ec(value, ipsec_error::ipsec_category());
    int score = ec == ipsec_error::condition::transient ? 1 : 0;
    score += ipsec_error::parse(text).has_value() ? 2 : 0;
    score += ipsec_error::find(text) != nullptr ? 4 : 0;
    score += ipsec_error::troubleshooting_for(ec) != nullptr ? 8 : 0;
    score += static_cast<int>(ec.message().size());
    score += ipsec_error::to_errc(ec).has_value() ? 16 : 0;
    return score;
}
