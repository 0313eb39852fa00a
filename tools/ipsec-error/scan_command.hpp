// SPDX-License-Identifier: BSL-1.0
// ipsec-error tool: --scan [FILE...], the codes in files and standard input.
#ifndef IPSEC_ERROR_CLI_SCAN_COMMAND_HPP
#define IPSEC_ERROR_CLI_SCAN_COMMAND_HPP

#include <cstddef>
#include <iosfwd>
#include <string_view>
#include <vector>

#include "cli.hpp"

namespace ipsec_error_cli {

enum class scan_format { lines, json, count, json_count };

// How many files --scan reads at once unless told: the number of cores.
std::size_t default_scan_jobs();

// Scans each file ('-' or none: standard input), jobs of them at once (0:
// default_scan_jobs()), and writes what it finds in the order of the files;
// returns the exit status: 0 something found, 1 nothing, 2 a file that could
// not be read (named on err, in its place; the others are still scanned) or
// a failed write.
int run_scan(const std::vector<std::string_view>& files, scan_format format, std::ostream& out,
             std::ostream& err, const environment& env, std::size_t jobs = 1);

}  // namespace ipsec_error_cli

#endif
