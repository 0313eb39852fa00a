// SPDX-License-Identifier: BSL-1.0
/// @file
/// What a row of the table (records.hpp) is: record.
#ifndef IPSEC_ERROR_RECORD_HPP
#define IPSEC_ERROR_RECORD_HPP

#include <string_view>

#include <ipsec_error/classification.hpp>
#include <ipsec_error/condition.hpp>
#include <ipsec_error/detail/name_prefixes.hpp>
#include <ipsec_error/errc.hpp>

namespace ipsec_error {
inline namespace v1 {

/// One row of the table: everything the library knows about a code but its troubleshooting
/// text.
///
/// The small members come first, so that a row has no padding: 40 bytes with 64-bit
/// pointers.
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

}  // namespace v1
}  // namespace ipsec_error

#endif  // IPSEC_ERROR_RECORD_HPP
