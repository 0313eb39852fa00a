// SPDX-License-Identifier: BSL-1.0
// libFuzzer target: the ipsec-error tool's argument handling. The input is
// split at NUL bytes into arguments; the tool must answer 0, 1 or 2, write
// only to its streams, and never misbehave.
#include <cstdint>
#include <cstdlib>
#include <sstream>
#include <string_view>
#include <vector>

#include "cli.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view input(reinterpret_cast<const char*>(data), size);
    std::vector<std::string_view> args;
    std::size_t start = 0;
    for (std::size_t nul; (nul = input.find('\0', start)) != std::string_view::npos;
         start = nul + 1) {
        args.push_back(input.substr(start, nul - start));
    }
    args.push_back(input.substr(start));
    std::ostringstream out;
    std::ostringstream err;
    const ipsec_error_cli::environment env{(size & 1) != 0, (size & 2) != 0};
    const int status = ipsec_error_cli::run(args, out, err, env);
    if (status < 0 || status > 2) std::abort();
    if (status == ipsec_error_cli::usage_error && err.str().empty()) std::abort();
    return 0;
}
