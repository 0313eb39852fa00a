// SPDX-License-Identifier: BSL-1.0
// find(int), find(errc) and to_errc over every 32-bit value agree with the
// reference set of codes: 4 294 967 296 values, in seconds.
#include <ipsec_error/ipsec_error.hpp>

#include <chrono>
#include <cstdint>
#include <cstdio>
#include <set>
#include <system_error>
#include <thread>
#include <vector>

#include "reference_data.hpp"

int main() {
    std::vector<bool> is_code(1u << 16);
    std::set<int> reference;
    for (const auto& row : reference::win32()) {
        reference.insert(row.value);
        is_code[static_cast<std::size_t>(row.value)] = true;
    }
    if (reference.empty()) return 1;

    const auto start = std::chrono::steady_clock::now();
    // Two halves of the 32-bit range, one a thread.
    std::uint64_t mismatches[2] = {0, 0};
    std::uint64_t found[2] = {0, 0};
    auto scan = [&](int half) {
        const std::uint64_t first = half == 0 ? 0 : 0x80000000u;
        const std::uint64_t last = first + 0x80000000u;
        const std::error_category& ipsec = ipsec_error::ipsec_category();
        // Counted in locals and stored once: the two threads' counters share
        // a cache line, and a store per value would bounce it between cores.
        std::uint64_t half_mismatches = 0;
        std::uint64_t half_found = 0;
        for (std::uint64_t bits = first; bits < last; ++bits) {
            const auto v = static_cast<int>(static_cast<std::uint32_t>(bits));
            const bool expected = bits < is_code.size() && is_code[bits];
            const ipsec_error::record* r = ipsec_error::find(v);
            const bool ok = (r != nullptr) == expected && (r == nullptr || r->value() == v) &&
                            ipsec_error::find(static_cast<ipsec_error::errc>(v)) == r &&
                            ipsec_error::to_errc(std::error_code(v, ipsec)).has_value() == expected;
            half_mismatches += ok ? 0 : 1;
            half_found += r != nullptr ? 1 : 0;
        }
        mismatches[half] = half_mismatches;
        found[half] = half_found;
    };
    std::thread other(scan, 1);
    scan(0);
    other.join();
    const double seconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    std::printf("4294967296 values in %.1f s: %llu codes found, %llu mismatches\n", seconds,
                static_cast<unsigned long long>(found[0] + found[1]),
                static_cast<unsigned long long>(mismatches[0] + mismatches[1]));
    return mismatches[0] + mismatches[1] == 0 && found[0] + found[1] == reference.size() ? 0 : 1;
}
