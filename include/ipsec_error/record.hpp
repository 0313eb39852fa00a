// SPDX-License-Identifier: BSL-1.0
/// @file
/// What a row of the table (records.hpp) is: record, with the part of IPsec a
/// code comes from and its severity.
///
/// The project's build checks the table's rules when it compiles
/// (tests/compile_time_checks.hpp, on tests/table_source.hpp, where the rows
/// are edited): a broken row is a build error there.
#ifndef IPSEC_ERROR_RECORD_HPP
#define IPSEC_ERROR_RECORD_HPP

#include <cstddef>
#include <cstdint>
#include <string_view>

#include <ipsec_error/condition.hpp>
#include <ipsec_error/errc.hpp>

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
    return {};
}

/// The enumerator's spelling ("informational"); empty for a value that is no severity.
constexpr std::string_view name_of(severity s) noexcept {
    switch (s) {
        case severity::error: return "error";
        case severity::warning: return "warning";
        case severity::informational: return "informational";
    }
    return {};
}

/// What a part is, for people: "IKE main mode (phase 1)"; empty for a value that is no part.
constexpr std::string_view description_of(part p) noexcept {
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
    return {};
}

/// One row of the table: everything the library knows about a code but its troubleshooting
/// text.
///
/// The small members come first, so that a row has no padding: 40 bytes with 64-bit
/// pointers (48 in 1.0, where name and message came second and third).
struct record {
    errc code;                       ///< the code
    ipsec_error::part part;          ///< where in IPsec it comes from
    ipsec_error::severity severity;  ///< error, warning or informational
    condition_set conditions;        ///< the portable conditions it belongs to
    std::string_view name;           ///< its winerror.h name: "ERROR_IPSEC_IKE_MM_DELAY_DROP"
    std::string_view message;        ///< what FormatMessage returns on Windows, byte for byte

    /// The Win32 value (13814), as an int.
    constexpr int value() const noexcept { return static_cast<int>(code); }
};

namespace detail {

inline constexpr std::string_view error_prefix = "ERROR_IPSEC_";
inline constexpr std::string_view warning_prefix = "WARNING_IPSEC_";
inline constexpr std::string_view winsock_prefix = "WSA_IPSEC_";

// Where the enumerator's spelling starts in a name of the table: after
// ERROR_IPSEC_, WARNING_IPSEC_ or WSA_IPSEC_, told apart by the first two
// letters (check_table() makes sure every name has one of them).
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

#endif  // IPSEC_ERROR_RECORD_HPP
