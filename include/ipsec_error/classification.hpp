// SPDX-License-Identifier: BSL-1.0
/// @file
/// How the table classifies a code: the part of IPsec it comes from, and its severity.
#ifndef IPSEC_ERROR_CLASSIFICATION_HPP
#define IPSEC_ERROR_CLASSIFICATION_HPP

#include <string_view>

#include <ipsec_error/detail/config.hpp>

namespace ipsec_error {
inline namespace v1 {

/// Where in IPsec a code comes from (record::part).
enum class part : unsigned char {
    policy_store,    ///< the IPsec Policy Agent's store of policies, filters and auth lists
    main_mode,       ///< IKE main mode (phase 1): peer authentication and the IKE SA
    quick_mode,      ///< IKE quick mode (phase 2): the SAs that protect data
    extended_mode,   ///< AuthIP extended mode: the second, user authentication
    ike,             ///< IKE or AuthIP in general, not one mode in particular
    packet_path,     ///< the IPsec driver, packet by packet
    dos_protection,  ///< IPsec DoS Protection
    range_marker,    ///< bounds a range of codes in winerror.h; not an outcome
    winsock,         ///< Winsock, setting up IPsec for a socket (WSA_IPSEC_* codes)
};

/// How bad a code is (record::severity). Only the WARNING_IPSEC_* codes are warnings.
enum class severity : unsigned char {
    error,          ///< something failed
    warning,        ///< the request succeeded, but not entirely as asked
    informational,  ///< a state or an event, not a failure
};

/// The enumerator's spelling ("main_mode"); empty for a value that is no part.
constexpr std::string_view name_of(part p) noexcept {
    IPSEC_ERROR_BEGIN_COVERED_SWITCH
    switch (p) {
        case part::policy_store: return "policy_store";
        case part::main_mode: return "main_mode";
        case part::quick_mode: return "quick_mode";
        case part::extended_mode: return "extended_mode";
        case part::ike: return "ike";
        case part::packet_path: return "packet_path";
        case part::dos_protection: return "dos_protection";
        case part::range_marker: return "range_marker";
        case part::winsock: return "winsock";
    }
    IPSEC_ERROR_END_COVERED_SWITCH
    return {};
}

/// The enumerator's spelling ("informational"); empty for a value that is no severity.
constexpr std::string_view name_of(severity s) noexcept {
    IPSEC_ERROR_BEGIN_COVERED_SWITCH
    switch (s) {
        case severity::error: return "error";
        case severity::warning: return "warning";
        case severity::informational: return "informational";
    }
    IPSEC_ERROR_END_COVERED_SWITCH
    return {};
}

/// What a part is, for people: "IKE main mode (phase 1)"; empty for a value that is no part.
constexpr std::string_view description_of(part p) noexcept {
    IPSEC_ERROR_BEGIN_COVERED_SWITCH
    switch (p) {
        case part::policy_store: return "IPsec policy store";
        case part::main_mode: return "IKE main mode (phase 1)";
        case part::quick_mode: return "IKE quick mode (phase 2)";
        case part::extended_mode: return "AuthIP extended mode";
        case part::ike: return "IKE and AuthIP";
        case part::packet_path: return "IPsec driver packet path";
        case part::dos_protection: return "IPsec DoS Protection";
        case part::range_marker: return "range marker (not a result)";
        case part::winsock: return "Winsock secure sockets";
    }
    IPSEC_ERROR_END_COVERED_SWITCH
    return {};
}

}  // namespace v1
}  // namespace ipsec_error

#endif  // IPSEC_ERROR_CLASSIFICATION_HPP
