// SPDX-License-Identifier: BSL-1.0
// The output for programs: a JSON array with every field of each code.
#include <ipsec_error/lookup.hpp>
#include <ipsec_error/troubleshooting.hpp>

#include <ostream>
#include <string>
#include <string_view>

#include "describe.hpp"
#include "json.hpp"
#include "output.hpp"

namespace ipsec_error_cli {

namespace {

template <class Range>
void write_string_array(std::ostream& out, const Range& items) {
    out << '[';
    bool first = true;
    for (const auto& item : items) {
        if (!first) out << ", ";
        write_json_string(out, item);
        first = false;
    }
    out << ']';
}

void write_object(std::ostream& out, const ipsec_error::record& r) {
    const ipsec_error::troubleshooting& t = *ipsec_error::troubleshooting_for(r.code);
    out << "  {\n    \"name\": ";
    write_json_string(out, r.name);
    out << ",\n    \"enumerator\": ";
    write_json_string(out, enumerator_of(r));
    out << ",\n    \"value\": " << r.value();
    out << ",\n    \"hex\": ";
    write_json_string(out, hex(static_cast<std::uint32_t>(r.value())));
    out << ",\n    \"hresult\": ";
    write_json_string(out, hresult_hex(r));
    out << ",\n    \"hresult_signed\": " << ipsec_error::to_hresult(r.code);
    out << ",\n    \"ntstatus\": ";
    if (const auto status = ipsec_error::to_ntstatus(r.code)) {
        write_json_string(out, hex(*status, 8));
    } else {
        out << "null";
    }
    out << ",\n    \"part\": ";
    write_json_string(out, ipsec_error::name_of(r.part));
    out << ",\n    \"severity\": ";
    write_json_string(out, ipsec_error::name_of(r.severity));
    out << ",\n    \"conditions\": ";
    write_string_array(out, condition_names(r));
    out << ",\n    \"message\": ";
    write_json_string(out, r.message);
    out << ",\n    \"summary\": ";
    write_json_string(out, t.summary);
    out << ",\n    \"causes\": ";
    write_string_array(out, t.causes);
    out << ",\n    \"actions\": ";
    write_string_array(out, t.actions);
    out << ",\n    \"related\": [";
    bool first = true;
    for (ipsec_error::errc related : t.related) {
        out << (first ? "" : ", ") << "{\"value\": " << static_cast<int>(related) << ", \"name\": ";
        write_json_string(out, ipsec_error::find(related)->name);
        out << '}';
        first = false;
    }
    out << "]\n  }";
}

}  // namespace

void write_json(std::ostream& out, const record_list& codes, const status_list& statuses) {
    out << '[';
    bool first = true;
    for (const ipsec_error::record* r : codes) {
        out << (first ? "\n" : ",\n");
        write_object(out, *r);
        first = false;
    }
    for (const ipsec_error::status_only_code* c : statuses) {
        out << (first ? "\n  " : ",\n  ");
        write_json_status_only(out, *c, json_layout::spaced);
        first = false;
    }
    out << (first ? "]\n" : "\n]\n");
}

}  // namespace ipsec_error_cli
