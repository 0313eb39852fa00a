// SPDX-License-Identifier: BSL-1.0
// ipsec-error tool: --scan [FILE...], the codes in files and standard input.
#ifndef IPSEC_ERROR_CLI_SCAN_COMMAND_HPP
#define IPSEC_ERROR_CLI_SCAN_COMMAND_HPP

#include <iosfwd>
#include <string_view>
#include <vector>

#include "cli.hpp"

namespace ipsec_error_cli {

enum class scan_format { lines, json, count, json_count };

// Scans each file ('-' or none: standard input) and writes what it finds;
// returns the exit status: 0 something found, 1 nothing, 2 a file that could
// not be read (named on err; the others are still scanned) or a failed write.
int run_scan(const std::vector<std::string_view>& files, scan_format format, std::ostream& out,
             std::ostream& err, const environment& env);

}  // namespace ipsec_error_cli

#endif
