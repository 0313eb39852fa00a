// SPDX-License-Identifier: BSL-1.0
#include "forms.hpp"

#include <ipsec_error/lookup.hpp>

#include <stdexcept>

namespace ipsec_error_site {

std::string hex(std::uint32_t value, int digits) {
    static constexpr char digit[] = "0123456789ABCDEF";
    std::string out;
    do {
        out.insert(out.begin(), digit[value & 0xFu]);
        value >>= 4u;
        --digits;
    } while (value != 0 || digits > 0);
    return "0x" + out;
}

namespace {

void check(const ipsec_error::record& r, const std::string& form) {
    const std::optional<ipsec_error::errc> back = ipsec_error::parse(form);
    if (!back || *back != r.code) {
        throw std::logic_error(std::string(r.name) + ": parse() does not read the form " + form);
    }
}

}  // namespace

code_forms forms_of(const ipsec_error::record& r) {
    code_forms f;
    f.decimal = std::to_string(r.value());
    f.hex = hex(static_cast<std::uint32_t>(r.value()), 4);
    const std::int32_t hresult = ipsec_error::to_hresult(r.code);
    f.hresult = hex(static_cast<std::uint32_t>(hresult), 8);
    f.hresult_signed = std::to_string(hresult);
    if (const std::optional<std::uint32_t> status = ipsec_error::to_ntstatus(r.code)) {
        f.ntstatus = hex(*status, 8);
        // HRESULT_FROM_NT sets FACILITY_NT_BIT; from_hresult() reads it back.
        const std::uint32_t from_nt = *status | ipsec_error::detail::hresult_facility_nt_bit;
        f.hresult_from_nt = hex(from_nt, 8);
        if (ipsec_error::from_hresult(static_cast<std::int32_t>(from_nt)) != r.code) {
            throw std::logic_error(std::string(r.name) + ": from_hresult() does not read " +
                                   f.hresult_from_nt);
        }
    }
    for (char c : ipsec_error::detail::name_stem(r.name)) {
        f.enumerator += c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
    }
    for (const std::string* form : {&f.decimal, &f.hex, &f.hresult, &f.hresult_signed, &f.ntstatus,
                                    &f.hresult_from_nt, &f.enumerator}) {
        if (!form->empty()) check(r, *form);
    }
    check(r, std::string(r.name));
    return f;
}

}  // namespace ipsec_error_site
