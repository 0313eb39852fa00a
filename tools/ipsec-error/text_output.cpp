// SPDX-License-Identifier: BSL-1.0
// The output for people: a card per code, readable in 80 columns.
#include <ipsec_error/lookup.hpp>
#include <ipsec_error/troubleshooting.hpp>

#include <ostream>
#include <string>
#include <string_view>

#include "describe.hpp"
#include "output.hpp"

namespace ipsec_error_cli {

namespace {

constexpr std::size_t width = 80;

// ANSI styles, empty when colour is off.
struct style {
    bool on;
    std::string_view title() const { return on ? "\033[1;33m" : ""; }
    std::string_view heading() const { return on ? "\033[1;36m" : ""; }
    std::string_view label() const { return on ? "\033[2m" : ""; }
    std::string_view reset() const { return on ? "\033[0m" : ""; }
};

// Writes text wrapped at word boundaries: the first line after prefix (shown
// as styled_prefix when given: the same text with colour codes), the others
// after an indent as wide as it. A word longer than a line stands alone.
void wrap(std::ostream& out, std::string_view text, std::string_view prefix,
          std::string_view styled_prefix = {}) {
    const std::string indent(prefix.size(), ' ');
    bool first_line = true;
    std::size_t column = 0;
    bool line_open = false;
    while (!text.empty()) {
        const std::size_t space = text.find(' ');
        const std::string_view word = text.substr(0, space);
        text = space == std::string_view::npos ? std::string_view() : text.substr(space + 1);
        if (word.empty()) {  // a second space in a row: keep it (13907's message has one)
            if (line_open) {
                out << ' ';
                ++column;
            }
            continue;
        }
        if (line_open && column + 1 + word.size() > width) {
            out << '\n';
            line_open = false;
        }
        if (!line_open) {
            out << (first_line ? (styled_prefix.empty() ? prefix : styled_prefix) : indent) << word;
            column = prefix.size() + word.size();
            first_line = false;
            line_open = true;
        } else {
            out << ' ' << word;
            column += 1 + word.size();
        }
    }
    out << '\n';
}

void write_fact(std::ostream& out, const style& s, std::string_view label,
                const std::string& value) {
    std::string prefix = "  " + std::string(label);
    prefix.resize(14, ' ');
    wrap(out, value, prefix, std::string(s.label()) + prefix + std::string(s.reset()));
}

void write_card(std::ostream& out, const ipsec_error::record& r, const style& s) {
    out << s.title() << r.name << s.reset() << '\n';
    write_fact(out, s, "value",
               std::to_string(r.value()) + " (" + hex(static_cast<std::uint32_t>(r.value())) + ")");
    write_fact(out, s, "HRESULT",
               hresult_hex(r) + " (" + std::to_string(ipsec_error::to_hresult(r.code)) + ")");
    if (const auto status = ipsec_error::to_ntstatus(r.code)) {
        write_fact(out, s, "NTSTATUS", hex(*status, 8));
    }
    write_fact(out, s, "enumerator", "errc::" + enumerator_of(r));
    write_fact(out, s, "part", std::string(ipsec_error::description_of(r.part)));
    write_fact(out, s, "severity", std::string(ipsec_error::name_of(r.severity)));
    std::string conditions;
    for (const std::string& c : condition_names(r))
        conditions += (conditions.empty() ? "" : ", ") + c;
    write_fact(out, s, "conditions", conditions.empty() ? "none" : conditions);

    out << '\n' << s.heading() << "Message" << s.reset() << '\n';
    wrap(out, r.message, "  ");

    const ipsec_error::troubleshooting& t = *ipsec_error::troubleshooting_for(r.code);
    out << '\n' << s.heading() << "Summary" << s.reset() << '\n';
    wrap(out, t.summary, "  ");
    out << '\n' << s.heading() << "Likely causes" << s.reset() << '\n';
    for (std::string_view cause : t.causes) wrap(out, cause, "  - ");
    out << '\n' << s.heading() << "What to do" << s.reset() << '\n';
    int step = 0;
    for (std::string_view action : t.actions)
        wrap(out, action, "  " + std::to_string(++step) + ". ");
    out << '\n' << s.heading() << "Related" << s.reset() << '\n';
    for (ipsec_error::errc related : t.related) {
        const ipsec_error::record& other = *ipsec_error::find(related);
        wrap(out, std::string(other.name) + ": " + std::string(other.message),
             "  " + std::to_string(other.value()) + " ");
    }
}

}  // namespace

void write_text(std::ostream& out, const record_list& codes, bool color) {
    const style s{color};
    bool first = true;
    for (const ipsec_error::record* r : codes) {
        if (!first) out << '\n' << std::string(width, '-') << "\n\n";
        write_card(out, *r, s);
        first = false;
    }
}

void write_list(std::ostream& out, const record_list& codes) {
    for (const ipsec_error::record* r : codes) {
        out << r->value() << "  " << hex(static_cast<std::uint32_t>(r->value())) << "  " << r->name
            << "  " << r->message << '\n';
    }
}

}  // namespace ipsec_error_cli
