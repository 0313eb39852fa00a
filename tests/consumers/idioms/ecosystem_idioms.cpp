// SPDX-License-Identifier: BSL-1.0
// The README's idioms for the other ecosystems ({fmt}, Boost.System,
// status-code), built as user_idioms.cpp is: with the warnings
// users build with, as errors (the third-party headers are system headers,
// whose own warnings are theirs). Built where all three are found.
#include <fmt/format.h>
#include <boost/outcome/experimental/status-code/system_code.hpp>
#include <ipsec_error/boost_system.hpp>
#include <ipsec_error/fmt.hpp>
#include <ipsec_error/ipsec_error.hpp>
#include <ipsec_error/status_code.hpp>

#include <cstdio>
#include <optional>
#include <string>
#include <system_error>

namespace {

int failures = 0;

void check(bool ok, const char* what) {
    if (!ok) {
        std::fprintf(stderr, "idiom gives the wrong result: %s\n", what);
        ++failures;
    }
}

void with_fmt() {
    using ipsec_error::errc;
    check(fmt::format("{}", errc::ike_mm_delay_drop) == "ERROR_IPSEC_IKE_MM_DELAY_DROP", "{}");
    check(fmt::format("[{:>32}]", errc::ike_timed_out) == "[       ERROR_IPSEC_IKE_TIMED_OUT]",
          "{:>32}");
    check(fmt::format("{:m}", errc::ike_mm_delay_drop) == "Negotiation took too long", "{:m}");
    check(fmt::format("{:h}", errc::ike_mm_delay_drop) == "0x800735F6", "{:h}");
    check(fmt::format("{:d}", errc::ike_mm_delay_drop) == "13814", "{:d}");
    check(fmt::format("{}", ipsec_error::condition::transient) == "transient", "condition");
}

void with_boost() {
    boost::system::error_code b = ipsec_error::errc::ike_timed_out;
    check(b.message() == "Negotiation timed out", "b.message()");
    check(std::string(b.category().name()) == "ipsec", "b.category().name()");
    check(b == ipsec_error::condition::negotiation_timed_out, "b == condition");
    const std::error_code s = ipsec_error::to_std(b);
    check(s == ipsec_error::errc::ike_timed_out, "to_std");
    const std::optional<boost::system::error_code> back = ipsec_error::to_boost(s);
    check(back.has_value() && *back == b, "to_boost");
}

void with_status_code() {
    namespace sc = BOOST_OUTCOME_SYSTEM_ERROR2_NAMESPACE;
    ipsec_error::ipsec_code code = ipsec_error::errc::ike_timed_out;
    check(std::string(code.message().c_str()) == "Negotiation timed out", "message()");
    check(code.failure(), "failure()");
    check(code == sc::errc::timed_out, "== sc::errc::timed_out");
    const sc::system_code erased = ipsec_error::errc::bad_spi;
    check(erased.failure(), "system_code");
}

}  // namespace

int main() {
    with_fmt();
    with_boost();
    with_status_code();
    if (failures == 0)
        std::puts("every ecosystem idiom compiles without a warning and gives its result");
    return failures == 0 ? 0 : 1;
}
