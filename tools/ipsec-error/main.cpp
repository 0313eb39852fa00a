// SPDX-License-Identifier: BSL-1.0
// ipsec-error: what Windows IPsec error codes mean and what to do about them.
// See `ipsec-error --help`.
#include <cstdlib>
#include <iostream>
#include <string_view>
#include <vector>

#include "cli.hpp"
#include "console.hpp"

int main(int argc, char** argv) {
    std::vector<std::string_view> args(argv + 1, argv + argc);
    const char* no_color = std::getenv("NO_COLOR");
    const ipsec_error_cli::console_streams console;
    ipsec_error_cli::environment env;
    env.stdout_is_terminal = console.stdout_shows_colour();
    env.no_color = no_color != nullptr && *no_color != '\0';
    env.can_read_files = true;
    const int status = ipsec_error_cli::run(args, std::cout, std::cerr, env);
    std::cout.flush();
    if (!std::cout) {  // a failed write (a closed pipe, a full disk) is no success
        std::cerr << "ipsec-error: cannot write the output\n";
        return 2;
    }
    return status;
}
