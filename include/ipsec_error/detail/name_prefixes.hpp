// SPDX-License-Identifier: BSL-1.0
// ipsec-error, internal: the prefixes of the codes' names, and the
// enumerator's spelling inside a name.
#ifndef IPSEC_ERROR_DETAIL_NAME_PREFIXES_HPP
#define IPSEC_ERROR_DETAIL_NAME_PREFIXES_HPP

#include <cstddef>
#include <string_view>

namespace ipsec_error {
inline namespace v1 {
namespace detail {

inline constexpr std::string_view error_prefix = "ERROR_IPSEC_";
inline constexpr std::string_view warning_prefix = "WARNING_IPSEC_";
inline constexpr std::string_view winsock_prefix = "WSA_IPSEC_";

// Where the enumerator's spelling starts in a name of the table: after
// ERROR_IPSEC_, WARNING_IPSEC_ or WSA_IPSEC_, told apart by the first two
// letters (the generator refuses a name without one of them).
constexpr std::size_t stem_start(std::string_view name) noexcept {
    if (name[0] == 'E') return error_prefix.size();
    return name[1] == 'A' ? warning_prefix.size() : winsock_prefix.size();
}

// The enumerator's spelling in upper case: the name without its prefix.
constexpr std::string_view name_stem(std::string_view name) noexcept {
    return name.substr(stem_start(name));
}

}  // namespace detail

}  // namespace v1
}  // namespace ipsec_error

#endif  // IPSEC_ERROR_DETAIL_NAME_PREFIXES_HPP
