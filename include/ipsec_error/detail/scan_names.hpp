// SPDX-License-Identifier: BSL-1.0
// ipsec-error, internal: the codes scan() finds written as names.
#ifndef IPSEC_ERROR_DETAIL_SCAN_NAMES_HPP
#define IPSEC_ERROR_DETAIL_SCAN_NAMES_HPP

#include <cstddef>
#include <string_view>

#include <ipsec_error/detail/ascii.hpp>
#include <ipsec_error/detail/name_index.hpp>
#include <ipsec_error/detail/name_prefixes.hpp>
#include <ipsec_error/detail/scan_findings.hpp>
#include <ipsec_error/detail/scan_text.hpp>
#include <ipsec_error/finding.hpp>
#include <ipsec_error/lookup.hpp>
#include <ipsec_error/status_only.hpp>
#include <ipsec_error/windows_forms.hpp>

namespace ipsec_error {
inline namespace v1 {
namespace detail::scanning {

// Winsock's prefix, for the table's WSA_IPSEC_ name.
inline constexpr std::string_view wsa_prefix = "WSA_IPSEC_";

// A name at pos: ERROR_IPSEC_..., WARNING_IPSEC_..., WSA_IPSEC_... or
// STATUS_IPSEC_..., the whole identifier.
constexpr finding match_name(std::string_view text, std::size_t pos) noexcept {
    const std::string_view rest = text.substr(pos);
    const bool status = starts_with_upper(rest, ntstatus_prefix);
    if (!status && !starts_with_upper(rest, error_prefix) &&
        !starts_with_upper(rest, warning_prefix) && !starts_with_upper(rest, wsa_prefix)) {
        return nothing();
    }
    std::size_t end = pos;
    while (end < text.size() && is_word(text[end])) ++end;
    const std::string_view name = text.substr(pos, end - pos);
    const record* r = nullptr;
    if (status) {
        r = find_stem(name.substr(ntstatus_prefix.size()));
        if (r != nullptr && !to_ntstatus(r->code)) r = nullptr;
        if (r == nullptr) {
            const status_only_code* other = find_status_only(name);
            if (other != nullptr) return make_status_finding(pos, end, code_form::name, other);
        }
    } else {
        r = find(name);
    }
    if (r == nullptr) return nothing();
    return make_finding(pos, end, code_form::name, r->code);
}

}  // namespace detail::scanning
}  // namespace v1
}  // namespace ipsec_error

#endif  // IPSEC_ERROR_DETAIL_SCAN_NAMES_HPP
