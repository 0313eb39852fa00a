// SPDX-License-Identifier: BSL-1.0
// ipsec-error, the command-line look-up: its entry point, apart from main()
// so that tests and the fuzzer run it in-process.
#ifndef IPSEC_ERROR_CLI_HPP
#define IPSEC_ERROR_CLI_HPP

#include <iosfwd>
#include <string_view>
#include <vector>

namespace ipsec_error_cli {

// What the tool needs to know of where it runs.
struct environment {
    bool stdout_is_terminal = false;
    bool no_color = false;  // NO_COLOR is set to a non-empty value
    // --scan may open its FILEs and read the process's standard input; off
    // in-process (the tests, the fuzzer), where nothing outside is touched.
    bool can_read_files = false;
    // When set, what --scan reads as standard input ('-').
    std::istream* standard_input = nullptr;
};

// Exit statuses.
inline constexpr int found_all = 0;
inline constexpr int some_not_found = 1;
inline constexpr int usage_error = 2;

// Runs the tool on its arguments (without the program name).
int run(const std::vector<std::string_view>& args, std::ostream& out, std::ostream& err,
        const environment& env);

}  // namespace ipsec_error_cli

#endif
