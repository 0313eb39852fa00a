// SPDX-License-Identifier: BSL-1.0
// A translation unit that uses the Boost.System category and the status-code
// domain, for the check that neither needs code at start-up: both are
// constant-initialised, as ipsec_category() is (see tests/CMakeLists.txt).
#include <ipsec_error/boost_system.hpp>
#include <ipsec_error/ipsec_error.hpp>
#include <ipsec_error/status_code.hpp>

int ipsec_error_ecosystems_static_init_probe(int value) {
    const boost::system::error_code b(value, ipsec_error::boost_category());
    int score = b == ipsec_error::condition::transient ? 1 : 0;
    score += b == boost::system::errc::timed_out ? 2 : 0;
    score += static_cast<int>(b.message().size());
    const ipsec_error::ipsec_code code = static_cast<ipsec_error::errc>(value);
    score += code.failure() ? 4 : 0;
    score += static_cast<int>(code.message().size());
    score += ipsec_error::to_std(b) == ipsec_error::errc::bad_spi ? 8 : 0;
    return score;
}
