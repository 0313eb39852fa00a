// SPDX-License-Identifier: BSL-1.0
// The program's standard output and error as a terminal shows them.
//
// On Windows, a stream that is a console gets the tool's UTF-8 text through
// WriteConsoleW, so that it shows as Unicode whatever the console's code
// page, and colour is used only where the console accepts virtual-terminal
// sequences (ENABLE_VIRTUAL_TERMINAL_PROCESSING). A stream redirected to a
// file or a pipe gets the bytes unchanged. Elsewhere a terminal is a
// terminal: isatty().
#ifndef IPSEC_ERROR_CLI_CONSOLE_HPP
#define IPSEC_ERROR_CLI_CONSOLE_HPP

#include <memory>

namespace ipsec_error_cli {

class console_streams {
public:
    // Attaches to std::cout and std::cerr for the lifetime of the object.
    console_streams();
    ~console_streams();
    console_streams(const console_streams&) = delete;
    console_streams& operator=(const console_streams&) = delete;

    // True when standard output is a terminal that shows colour sequences.
    bool stdout_shows_colour() const noexcept { return stdout_shows_colour_; }

private:
    struct state;
    std::unique_ptr<state> state_;
    bool stdout_shows_colour_ = false;
};

}  // namespace ipsec_error_cli

#endif
