// SPDX-License-Identifier: BSL-1.0
#include "describe.hpp"

namespace ipsec_error_cli {

std::string hex(std::uint32_t value, int digits) {
    constexpr std::string_view hex_digits = "0123456789ABCDEF";
    std::string out;
    for (int shift = 28; shift >= 0; shift -= 4) {
        const auto digit = (value >> shift) & 0xFu;
        if (digit != 0 || !out.empty() || shift < 4 * digits) out += hex_digits[digit];
    }
    return "0x" + out;
}

std::string_view stem_of(const ipsec_error::record& r) {
    return ipsec_error::detail::name_stem(r.name);
}

std::string enumerator_of(const ipsec_error::record& r) {
    std::string stem(stem_of(r));
    for (char& c : stem) {
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    }
    return stem;
}

std::string hresult_hex(const ipsec_error::record& r) {
    return hex(static_cast<std::uint32_t>(ipsec_error::to_hresult(r.code)), 8);
}

std::vector<std::string> condition_names(const ipsec_error::record& r) {
    std::vector<std::string> names;
    for (int v = 1; v <= ipsec_error::condition_count; ++v) {
        const auto c = static_cast<ipsec_error::condition>(v);
        if (r.conditions.contains(c)) names.emplace_back(ipsec_error::name_of(c));
    }
    return names;
}

std::string printable(std::string_view text, std::size_t most) {
    std::string out;
    const std::size_t shown = text.size() > most ? most : text.size();
    for (std::size_t i = 0; i < shown; ++i) {
        const auto c = static_cast<unsigned char>(text[i]);
        if (c >= 0x20 && c < 0x7F) {
            out += static_cast<char>(c);
        } else {
            out += "\\x" + hex(c, 2).substr(2);
        }
    }
    if (shown < text.size()) out += "... (" + std::to_string(text.size()) + " bytes)";
    return out;
}

}  // namespace ipsec_error_cli
