// SPDX-License-Identifier: BSL-1.0
// console_streams outside Windows: the streams stay as they are, and a
// terminal is what isatty() says (see console.hpp).
#include "console.hpp"

#include <unistd.h>

namespace ipsec_error_cli {

struct console_streams::state {};

console_streams::console_streams() : stdout_shows_colour_(isatty(STDOUT_FILENO) != 0) {}

console_streams::~console_streams() = default;

}  // namespace ipsec_error_cli
