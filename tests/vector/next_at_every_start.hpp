// SPDX-License-Identifier: BSL-1.0
// The reference that scan()'s loops are checked against (scan_vector_test,
// scan_fuzzer): finding_at() asked at every token start, with no prefilter
// before it, so that what a prefilter sets aside wrongly shows.
#ifndef IPSEC_ERROR_TESTS_NEXT_AT_EVERY_START_HPP
#define IPSEC_ERROR_TESTS_NEXT_AT_EVERY_START_HPP

#include <ipsec_error/scan.hpp>

#include <cstddef>
#include <string_view>

inline ipsec_error::finding next_at_every_start(std::string_view text, std::size_t from) {
    namespace scanning = ipsec_error::detail::scanning;
    for (std::size_t i = from; i < text.size(); ++i) {
        if (!scanning::token_start(text, i)) continue;
        const ipsec_error::finding f = scanning::finding_at(text, i);
        if (f.offset != scanning::no_finding) return f;
    }
    return scanning::nothing();
}

#endif  // IPSEC_ERROR_TESTS_NEXT_AT_EVERY_START_HPP
