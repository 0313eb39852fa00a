// SPDX-License-Identifier: BSL-1.0
// The reference site's generator: every form a code is written in, as the
// site shows and matches them, computed by the library.
#ifndef IPSEC_ERROR_SITE_FORMS_HPP
#define IPSEC_ERROR_SITE_FORMS_HPP

#include <ipsec_error/record.hpp>

#include <cstdint>
#include <string>

namespace ipsec_error_site {

// A 32-bit number in upper-case hexadecimal after 0x, at least digits long.
std::string hex(std::uint32_t value, int digits);

// The forms of one code.
struct code_forms {
    std::string decimal;          // "13801"
    std::string hex;              // "0x35E9"
    std::string hresult;          // "0x800735E9"
    std::string hresult_signed;   // "-2147011095"
    std::string ntstatus;         // "0xC0360001", empty without an NTSTATUS twin
    std::string hresult_from_nt;  // "0xD0360001", empty without an NTSTATUS twin
    std::string enumerator;       // "ike_auth_fail"
};

// The forms of r; throws std::logic_error when the library's conversions do
// not give r back (the site must not show a form that parse() does not read).
code_forms forms_of(const ipsec_error::record& r);

}  // namespace ipsec_error_site

#endif
