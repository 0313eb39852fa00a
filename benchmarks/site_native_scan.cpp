// SPDX-License-Identifier: BSL-1.0
// The native figure beside the site's WebAssembly scan (site_benchmark.mjs):
// scan() over a file line by line, as the site's module and ipsec-error
// --scan read it, the file already in memory; the best of several runs.
//     site_native_scan FILE [RUNS]   prints: findings, MB, best seconds, MB/s
#include <ipsec_error/scan.hpp>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <iterator>
#include <string>
#include <string_view>

namespace {

std::size_t scan_lines(std::string_view text) {
    std::size_t found = 0;
    while (!text.empty()) {
        const std::size_t newline = text.find('\n');
        std::string_view line = text.substr(0, newline);
        if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
        for (const ipsec_error::finding& f : ipsec_error::scan(line)) {
            found += f.codes.size() + 1;  // read every finding, as the module copies it
        }
        if (newline == std::string_view::npos) break;
        text.remove_prefix(newline + 1);
    }
    return found;
}

}  // namespace

int main(int argc, char** argv) {
    if (argc < 2) {
        static_cast<void>(std::fputs("usage: site_native_scan FILE [RUNS]\n", stderr));
        return 2;
    }
    std::ifstream in(argv[1], std::ios::binary);
    const std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    if (!in && !in.eof()) {
        static_cast<void>(std::fprintf(stderr, "cannot read %s\n", argv[1]));
        return 2;
    }
    const long runs = argc > 2 ? std::strtol(argv[2], nullptr, 10) : 5;
    if (runs < 1) {
        static_cast<void>(std::fputs("RUNS must be a positive number\n", stderr));
        return 2;
    }
    double best = 1e300;
    std::size_t found = 0;
    for (long i = 0; i < runs; ++i) {
        const auto start = std::chrono::steady_clock::now();
        found = scan_lines(text);
        const std::chrono::duration<double> took = std::chrono::steady_clock::now() - start;
        best = std::min(best, took.count());
    }
    const double mb = static_cast<double>(text.size()) / (1024.0 * 1024.0);
    return std::printf("%zu %.3f %.6f %.1f\n", found, mb, best, mb / best) > 0 ? 0 : 1;
}
