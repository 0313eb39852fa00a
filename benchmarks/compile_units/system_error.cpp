// SPDX-License-Identifier: BSL-1.0
// The peer of error_code.cpp: the same throw, catch, print and comparison
// with <system_error> alone and a std::errc code
// (benchmarks/compile_instructions.sh).
#include <cstdio>
#include <system_error>
int main() {
    try {
        throw std::system_error(std::make_error_code(std::errc::timed_out),
                                "tunnel to 203.0.113.7");
    } catch (const std::system_error& e) {
        std::puts(e.what());
        return e.code() == std::errc::timed_out ? 0 : 1;
    }
}
