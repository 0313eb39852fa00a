// SPDX-License-Identifier: BSL-1.0
// The reference site's generator: reading and writing files, and base64.
#ifndef IPSEC_ERROR_SITE_FILES_HPP
#define IPSEC_ERROR_SITE_FILES_HPP

#include <filesystem>
#include <string>
#include <string_view>

namespace ipsec_error_site {

// The bytes of a file; throws std::runtime_error naming it when it cannot be read.
std::string read_file(const std::filesystem::path& path);

// Writes text to path, making its folder; throws std::runtime_error when it cannot.
void write_file(const std::filesystem::path& path, std::string_view text);

// The base64 of bytes (RFC 4648, with padding).
std::string base64(std::string_view bytes);

}  // namespace ipsec_error_site

#endif
