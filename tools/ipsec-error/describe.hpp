// SPDX-License-Identifier: BSL-1.0
// ipsec-error tool: the facts of a code as the outputs show them.
#ifndef IPSEC_ERROR_CLI_DESCRIBE_HPP
#define IPSEC_ERROR_CLI_DESCRIBE_HPP

#include <ipsec_error/ipsec_error.hpp>
#include <ipsec_error/troubleshooting.hpp>

#include <cstdint>
#include <string>
#include <vector>

namespace ipsec_error_cli {

std::string hex(std::uint32_t value, int digits = 4);    // "0x35F6"
std::string_view stem_of(const ipsec_error::record& r);  // "IKE_MM_DELAY_DROP", "NAME_POLICY_ERROR"
std::string enumerator_of(const ipsec_error::record& r);  // "ike_mm_delay_drop"
std::string hresult_hex(const ipsec_error::record& r);    // "0x800735F6"
std::vector<std::string> condition_names(const ipsec_error::record& r);

// What a non-printable or non-ASCII byte of an argument looks like in a
// message: \xNN, so that stray bytes never reach the terminal; long arguments
// are cut, with their length said.
std::string printable(std::string_view text, std::size_t most = 60);

}  // namespace ipsec_error_cli

#endif
