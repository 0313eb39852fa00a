// SPDX-License-Identifier: BSL-1.0
// ipsec-error tool: the three outputs (text for people, JSON for programs,
// Markdown for the reference document).
#ifndef IPSEC_ERROR_CLI_OUTPUT_HPP
#define IPSEC_ERROR_CLI_OUTPUT_HPP

#include <ipsec_error/records.hpp>

#include <iosfwd>
#include <vector>

namespace ipsec_error_cli {

using record_list = std::vector<const ipsec_error::record*>;

// Everything known of each code, wrapped to 80 columns; colour when asked.
void write_text(std::ostream& out, const record_list& codes, bool color);
// One line a code: value, hex, name, message.
void write_list(std::ostream& out, const record_list& codes);
// A JSON array of objects with every field.
void write_json(std::ostream& out, const record_list& codes);
// The reference document; whole (index, conditions, every code) when whole.
void write_markdown(std::ostream& out, const record_list& codes, bool whole);

}  // namespace ipsec_error_cli

#endif
