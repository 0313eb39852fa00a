// SPDX-License-Identifier: BSL-1.0
// ipsec-error, internal: how the matchers of scan() make their findings.
#ifndef IPSEC_ERROR_DETAIL_SCAN_FINDINGS_HPP
#define IPSEC_ERROR_DETAIL_SCAN_FINDINGS_HPP

#include <cstddef>
#include <string_view>

#include <ipsec_error/errc.hpp>
#include <ipsec_error/finding.hpp>
#include <ipsec_error/status_only.hpp>

namespace ipsec_error {
inline namespace v1 {
namespace detail::scanning {

inline constexpr std::size_t no_finding = std::string_view::npos;

// No finding: its offset is no_finding.
constexpr finding nothing() noexcept {
    finding f;
    f.offset = no_finding;
    return f;
}

constexpr finding make_finding(std::size_t offset, std::size_t end, code_form form,
                               errc code) noexcept {
    finding f;
    f.offset = offset;
    f.length = end - offset;
    f.form = form;
    detail::scan_access::add(f.codes, code);
    return f;
}

// A finding of an IPsec NTSTATUS that has no errc.
constexpr finding make_status_finding(std::size_t offset, std::size_t end, code_form form,
                                      const status_only_code* status) noexcept {
    finding f;
    f.offset = offset;
    f.length = end - offset;
    f.form = form;
    f.status_only = status;
    return f;
}

}  // namespace detail::scanning
}  // namespace v1
}  // namespace ipsec_error

#endif  // IPSEC_ERROR_DETAIL_SCAN_FINDINGS_HPP
