// SPDX-License-Identifier: BSL-1.0
#include "json.hpp"

#include <ipsec_error/lookup.hpp>

#include <cstdint>
#include <ostream>

#include "describe.hpp"

namespace ipsec_error_cli {

namespace {

// The length of the UTF-8 sequence at s[i], or 0 when it is not one
// (overlong forms, surrogates and values past U+10FFFF are not).
std::size_t utf8_length(std::string_view s, std::size_t i) {
    const auto byte = [&](std::size_t k) { return static_cast<unsigned char>(s[i + k]); };
    const unsigned lead = byte(0);
    std::size_t n = 0;
    unsigned low = 0x80;
    unsigned high = 0xBF;
    if (lead >= 0xC2 && lead <= 0xDF) {
        n = 2;
    } else if (lead >= 0xE0 && lead <= 0xEF) {
        n = 3;
        if (lead == 0xE0) low = 0xA0;
        if (lead == 0xED) high = 0x9F;
    } else if (lead >= 0xF0 && lead <= 0xF4) {
        n = 4;
        if (lead == 0xF0) low = 0x90;
        if (lead == 0xF4) high = 0x8F;
    } else {
        return 0;
    }
    if (i + n > s.size()) return 0;
    if (byte(1) < low || byte(1) > high) return 0;
    for (std::size_t k = 2; k < n; ++k) {
        if (byte(k) < 0x80 || byte(k) > 0xBF) return 0;
    }
    return n;
}

const char* separator(json_layout layout) { return layout == json_layout::spaced ? ", " : ","; }
const char* colon(json_layout layout) { return layout == json_layout::spaced ? ": " : ":"; }

}  // namespace

void write_json_string(std::ostream& out, std::string_view text) {
    out << '"';
    for (std::size_t i = 0; i < text.size();) {
        const char c = text[i];
        const auto u = static_cast<unsigned char>(c);
        if (u >= 0x80) {
            const std::size_t n = utf8_length(text, i);
            if (n == 0) {
                out << "\\ufffd";
                ++i;
            } else {
                out << text.substr(i, n);
                i += n;
            }
            continue;
        }
        switch (c) {
            case '"': out << "\\\""; break;
            case '\\': out << "\\\\"; break;
            case '\n': out << "\\n"; break;
            case '\r': out << "\\r"; break;
            case '\t': out << "\\t"; break;
            case '\b': out << "\\b"; break;
            case '\f': out << "\\f"; break;
            default:
                if (u < 0x20 || u == 0x7F) {
                    out << "\\u00" << hex(u, 2).substr(2);
                } else {
                    out << c;
                }
        }
        ++i;
    }
    out << '"';
}

void write_json_codes(std::ostream& out, const ipsec_error::code_set& codes, json_layout layout) {
    out << '[';
    bool first = true;
    for (ipsec_error::errc e : codes) {
        const ipsec_error::record& r = *ipsec_error::find(e);
        out << (first ? "" : separator(layout)) << "{\"value\"" << colon(layout) << r.value()
            << separator(layout) << "\"name\"" << colon(layout);
        write_json_string(out, r.name);
        out << separator(layout) << "\"message\"" << colon(layout);
        write_json_string(out, r.message);
        out << '}';
        first = false;
    }
    out << ']';
}

void write_json_status_only(std::ostream& out, const ipsec_error::status_only_code& c,
                            json_layout layout) {
    // HRESULT_FROM_NT: the NTSTATUS with the FACILITY_NT_BIT set.
    const std::uint32_t hresult = c.status | 0x10000000u;
    const char* s = separator(layout);
    const char* k = colon(layout);
    out << "{\"name\"" << k;
    write_json_string(out, c.name);
    out << s << "\"ntstatus\"" << k << '"' << hex(c.status, 8) << '"' << s << "\"hresult\"" << k
        << '"' << hex(hresult, 8) << '"' << s << "\"win32\"" << k << "{\"value\"" << k
        << c.win32_value << s << "\"name\"" << k;
    write_json_string(out, c.win32_name);
    out << "}}";
}

}  // namespace ipsec_error_cli
