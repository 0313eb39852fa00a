// SPDX-License-Identifier: BSL-1.0
// ipsec-error tool: the three outputs (text for people, JSON for programs,
// Markdown for the reference document).
#ifndef IPSEC_ERROR_CLI_OUTPUT_HPP
#define IPSEC_ERROR_CLI_OUTPUT_HPP

#include <ipsec_error/records.hpp>
#include <ipsec_error/status_only.hpp>

#include <iosfwd>
#include <string>
#include <vector>

namespace ipsec_error_cli {

using record_list = std::vector<const ipsec_error::record*>;
// IPsec NTSTATUS codes with no Win32 code (STATUS_IPSEC_QUEUE_OVERFLOW).
using status_list = std::vector<const ipsec_error::status_only_code*>;

// Everything known of each code, wrapped to 80 columns; colour when asked.
void write_text(std::ostream& out, const record_list& codes, bool color);
// One line a code: value, hex, name, message.
void write_list(std::ostream& out, const record_list& codes);
// A JSON array of objects with every field; then an object for each
// status-only code (name, ntstatus, hresult, win32).
void write_json(std::ostream& out, const record_list& codes, const status_list& statuses = {});
// The reference document; whole (index, conditions, every code) when whole.
void write_markdown(std::ostream& out, const record_list& codes, bool whole);

// A card for each status-only code.
void write_status_only_text(std::ostream& out, const status_list& codes, bool color);
// What a scan line says of it: "an IPsec NTSTATUS with no Win32 code; ...".
std::string status_only_summary(const ipsec_error::status_only_code& c);

}  // namespace ipsec_error_cli

#endif
