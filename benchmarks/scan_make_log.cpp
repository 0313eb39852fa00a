// SPDX-License-Identifier: BSL-1.0
// Writes the scan benchmarks' synthetic log (scan_log.hpp) to standard output:
//     scan_make_log [MEGABYTES (229)] > log
#include <cstdio>
#include <cstdlib>
#include <string>

#include "scan_log.hpp"

int main(int argc, char** argv) {
    const double megabytes = argc > 1 ? std::strtod(argv[1], nullptr) : 229.0;
    const auto size = static_cast<std::size_t>(megabytes * 1024 * 1024);
    scan_benchmark::log_writer writer;
    std::string block;
    for (std::size_t written = 0; written < size;) {
        block.clear();
        while (block.size() < (std::size_t{1} << 20)) block += writer.next_line();
        if (std::fwrite(block.data(), 1, block.size(), stdout) != block.size()) return 1;
        written += block.size();
    }
    return std::fflush(stdout) == 0 ? 0 : 1;
}
