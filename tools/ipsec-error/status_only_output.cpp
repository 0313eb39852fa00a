// SPDX-License-Identifier: BSL-1.0
// ipsec-error tool: the IPsec NTSTATUS codes with no Win32 code of their own
// (STATUS_IPSEC_QUEUE_OVERFLOW), in the card and the scan lines (json.cpp
// writes them as JSON). They
// have no table row, no message of Windows' and no troubleshooting entry:
// what the tool says of them is what the library's status_only_code holds.
#include <cstdint>
#include <ostream>
#include <string>

#include "describe.hpp"
#include "output.hpp"

namespace ipsec_error_cli {

namespace {

// HRESULT_FROM_NT: the NTSTATUS with the FACILITY_NT_BIT set.
std::uint32_t hresult_from_nt(const ipsec_error::status_only_code& c) {
    return c.status | 0x10000000u;
}

}  // namespace

std::string status_only_summary(const ipsec_error::status_only_code& c) {
    // Appended piece by piece: GCC 12 warns falsely (-Wrestrict) on
    // "literal" + std::string at -O2 in C++20.
    std::string text = "an IPsec NTSTATUS with no Win32 code; Win32 callers get ";
    text.append(c.win32_name.data(), c.win32_name.size());
    text += " (";
    text += std::to_string(c.win32_value);
    text += ')';
    return text;
}

void write_status_only_text(std::ostream& out, const status_list& codes, bool color) {
    const std::string_view title = color ? "\033[1;33m" : "";
    const std::string_view reset = color ? "\033[0m" : "";
    bool first = true;
    for (const ipsec_error::status_only_code* c : codes) {
        if (!first) out << '\n' << std::string(80, '-') << "\n\n";
        first = false;
        out << title << c->name << reset << '\n'
            << "  NTSTATUS    " << hex(c->status, 8) << " (" << static_cast<std::int32_t>(c->status)
            << ")\n"
            << "  HRESULT     " << hex(hresult_from_nt(*c), 8) << " (HRESULT_FROM_NT)\n"
            << "  Win32       " << c->win32_name << " (" << c->win32_value
            << "), a general code, not an IPsec one\n\n"
            << "An IPsec NTSTATUS that has no ERROR_IPSEC_* twin: no IPsec error code,\n"
            << "Windows message or troubleshooting entry goes with it. Windows\n"
            << "maps it to " << c->win32_name << " (" << c->win32_value
            << ") for Win32 callers, so a program that\n"
            << "sees that general code after an IPsec call may have met this status.\n";
    }
}

}  // namespace ipsec_error_cli
