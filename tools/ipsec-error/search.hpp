// SPDX-License-Identifier: BSL-1.0
// ipsec-error tool: full-text search, and suggestions for misspelt names.
#ifndef IPSEC_ERROR_CLI_SEARCH_HPP
#define IPSEC_ERROR_CLI_SEARCH_HPP

#include <string_view>

#include "output.hpp"

namespace ipsec_error_cli {

// The codes whose name, message or troubleshooting text contains text, in any
// letter case.
record_list search(std::string_view text);

// Up to three names close to what looks like a misspelt one ("ike_mm_delay_drp",
// "ERROR_IPSEC_IKE_TIMEOUT"); none when it does not look like a name.
record_list suggest(std::string_view argument);

}  // namespace ipsec_error_cli

#endif
