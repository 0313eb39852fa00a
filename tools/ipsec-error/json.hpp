// SPDX-License-Identifier: BSL-1.0
// ipsec-error tool: the one way it writes JSON, for --json, --scan --json and
// --scan --count --json: strings escaped as RFC 8259 asks, and the objects the
// outputs share.
#ifndef IPSEC_ERROR_CLI_JSON_HPP
#define IPSEC_ERROR_CLI_JSON_HPP

#include <ipsec_error/finding.hpp>
#include <ipsec_error/status_only.hpp>

#include <iosfwd>
#include <string_view>

namespace ipsec_error_cli {

// How much white space: --json is read by people too ("a": 1, "b": 2); the
// JSON Lines of --scan are one compact object a line ("a":1,"b":2).
enum class json_layout { spaced, compact };

// A JSON string: '"', '\' and every control character (DEL too) escaped, and
// bytes that are not UTF-8 written as U+FFFD, so that the output is valid
// JSON whatever a file name or a scanned line holds.
void write_json_string(std::ostream& out, std::string_view text);

// The codes of a finding: [{"value":13814,"name":...,"message":...}, ...].
void write_json_codes(std::ostream& out, const ipsec_error::code_set& codes, json_layout layout);

// A status-only code: {"name":...,"ntstatus":...,"hresult":...,"win32":{"value":...,"name":...}}.
void write_json_status_only(std::ostream& out, const ipsec_error::status_only_code& c,
                            json_layout layout);

}  // namespace ipsec_error_cli

#endif
