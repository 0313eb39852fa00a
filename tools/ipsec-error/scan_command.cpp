// SPDX-License-Identifier: BSL-1.0
// ipsec-error tool: --scan. Opens each file in turn, reads it through the
// streaming reader, and writes each finding as grep does (FILE:LINE:COLUMN:),
// as JSON Lines, or, with --count, a summary of each code.
#include "scan_command.hpp"

#include <ipsec_error/lookup.hpp>
#include <ipsec_error/scan.hpp>

#include <algorithm>
#include <cerrno>
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <map>
#include <memory>
#include <ostream>
#include <string>
#include <utility>

#include "describe.hpp"
#include "json.hpp"
#include "output.hpp"
#include "scan_reader.hpp"

#if defined(_WIN32)
#include <fcntl.h>
#include <io.h>
#endif

namespace ipsec_error_cli {

namespace {

// The codes of a finding as the lines show them: "NAME (VALUE), NAME (VALUE)".
void write_codes(std::ostream& out, const ipsec_error::code_set& codes) {
    bool first = true;
    for (ipsec_error::errc e : codes) {
        const ipsec_error::record& r = *ipsec_error::find(e);
        out << (first ? "" : ", ") << r.name << " (" << r.value() << ')';
        first = false;
    }
}

// One line of --count: a code, the codes of a shared message, or a
// status-only code (with no codes).
struct tally {
    ipsec_error::code_set codes;
    const ipsec_error::status_only_code* status_only = nullptr;
    std::size_t count = 0;
    std::size_t order = 0;  // when it was first seen
    std::size_t first_file = 0;
    std::size_t first_line = 0;
    std::size_t last_file = 0;
    std::size_t last_line = 0;
};

class scan_writer {
public:
    scan_writer(scan_format format, std::ostream& out) : format_(format), out_(out) {}

    bool found_any() const { return found_; }

    // Records a finding of file number file (named name); false when the
    // output failed.
    bool add(std::size_t file, std::string_view name, const located_finding& where) {
        found_ = true;
        switch (format_) {
            case scan_format::lines:
                out_ << name << ':' << where.line << ':' << where.column << ": ";
                if (const auto* other = where.found.status_only) {
                    out_ << other->name << " (" << hex(other->status, 8) << ") "
                         << status_only_summary(*other) << '\n';
                    break;
                }
                write_codes(out_, where.found.codes);
                out_ << ' ' << ipsec_error::find(where.found.codes[0])->message << '\n';
                break;
            case scan_format::json:
                out_ << "{\"file\":";
                write_json_string(out_, name);
                out_ << ",\"line\":" << where.line << ",\"column\":" << where.column
                     << ",\"text\":";
                write_json_string(out_, where.text);
                out_ << R"(,"form":")" << ipsec_error::name_of(where.found.form) << R"(","codes":)";
                write_json_codes(out_, where.found.codes, json_layout::compact);
                if (const auto* other = where.found.status_only) {
                    out_ << ",\"status_only\":";
                    write_json_status_only(out_, *other, json_layout::compact);
                }
                out_ << "}\n";
                break;
            case scan_format::count:
            case scan_format::json_count: count(file, where); break;
        }
        return static_cast<bool>(out_);
    }

    // The --count summary, most frequent first.
    void finish(const std::vector<std::string>& names) {
        if (format_ != scan_format::count && format_ != scan_format::json_count) return;
        std::vector<const tally*> order;
        order.reserve(tallies_.size());
        for (const auto& entry : tallies_) order.push_back(&entry.second);
        std::sort(order.begin(), order.end(), [](const tally* a, const tally* b) {
            return a->count != b->count ? a->count > b->count : a->order < b->order;
        });
        for (const tally* t : order) {
            const std::string summary =
                t->status_only != nullptr ? status_only_summary(*t->status_only) : std::string();
            const std::string_view message = t->status_only != nullptr
                                                 ? std::string_view(summary)
                                                 : ipsec_error::find(t->codes[0])->message;
            if (format_ == scan_format::json_count) {
                out_ << "{\"count\":" << t->count << ",\"codes\":";
                write_json_codes(out_, t->codes, json_layout::compact);
                if (t->status_only != nullptr) {
                    out_ << ",\"status_only\":";
                    write_json_status_only(out_, *t->status_only, json_layout::compact);
                }
                out_ << R"(,"first":{"file":)";
                write_json_string(out_, names[t->first_file]);
                out_ << ",\"line\":" << t->first_line << R"(},"last":{"file":)";
                write_json_string(out_, names[t->last_file]);
                out_ << ",\"line\":" << t->last_line << "}}\n";
                continue;
            }
            std::string values;
            std::string code_names;
            if (t->status_only != nullptr) {
                values = hex(t->status_only->status, 8);
                code_names = std::string(t->status_only->name);
            }
            for (ipsec_error::errc e : t->codes) {
                const ipsec_error::record& r = *ipsec_error::find(e);
                // Appended piece by piece: GCC 12 warns falsely (-Wrestrict) on
                // "literal" + std::string at -O2 in C++20.
                if (!values.empty()) values += ',';
                values += std::to_string(r.value());
                if (!code_names.empty()) code_names += ',';
                code_names.append(r.name.data(), r.name.size());
            }
            std::string count = std::to_string(t->count);
            if (count.size() < 7) count.insert(0, 7 - count.size(), ' ');
            out_ << count << "  " << values << "  " << code_names << "  " << message << "  first "
                 << names[t->first_file] << ':' << t->first_line << "  last " << names[t->last_file]
                 << ':' << t->last_line << '\n';
        }
    }

private:
    void count(std::size_t file, const located_finding& where) {
        std::vector<int> key;
        for (ipsec_error::errc e : where.found.codes) key.push_back(static_cast<int>(e));
        // A status-only code has no codes: its NTSTATUS, negative as an int, is its key.
        if (const auto* other = where.found.status_only) {
            key.push_back(static_cast<int>(static_cast<std::int32_t>(other->status)));
        }
        auto [it, inserted] = tallies_.try_emplace(std::move(key));
        tally& t = it->second;
        if (inserted) {
            t.codes = where.found.codes;
            t.status_only = where.found.status_only;
            t.order = tallies_.size();
            t.first_file = file;
            t.first_line = where.line;
        }
        ++t.count;
        t.last_file = file;
        t.last_line = where.line;
    }

    scan_format format_;
    std::ostream& out_;
    bool found_ = false;
    std::map<std::vector<int>, tally> tallies_;
};

// Closes a file the tool opened (not stdin).
struct file_closer {
    void operator()(std::FILE* f) const { static_cast<void>(std::fclose(f)); }
};

}  // namespace

int run_scan(const std::vector<std::string_view>& files, scan_format format, std::ostream& out,
             std::ostream& err, const environment& env) {
    std::vector<std::string> names;
    names.reserve(files.size() + 1);
    for (std::string_view f : files) names.emplace_back(f);
    if (names.empty()) names.emplace_back("-");

    scan_writer writer(format, out);
    bool unreadable = false;
    for (std::size_t i = 0; i < names.size(); ++i) {
        const std::string& name = names[i];
        const finding_sink sink = [&writer, &name, i](const located_finding& where) {
            return writer.add(i, name, where);
        };
        scan_outcome outcome = scan_outcome::done;
        std::string problem;
        if (name == "-") {
            if (env.standard_input != nullptr) {
                stream_source source(*env.standard_input);
                outcome = scan_source(source, sink);
            } else if (env.can_read_files) {
#if defined(_WIN32)
                _setmode(_fileno(stdin), _O_BINARY);
#endif
                file_source source(stdin);
                outcome = scan_source(source, sink);
                problem = source.error();
            }
        } else if (!env.can_read_files) {
            outcome = scan_outcome::read_failed;
            problem = "reading files is not allowed here";
        } else {
            errno = 0;
            const std::unique_ptr<std::FILE, file_closer> file(std::fopen(name.c_str(), "rb"));
            if (!file) {
                outcome = scan_outcome::read_failed;
                problem = errno != 0 ? std::strerror(errno) : "cannot open";
            } else {
                // The reader reads in big chunks: no buffer of the C library's in between.
                static_cast<void>(std::setvbuf(file.get(), nullptr, _IONBF, 0));
                file_source source(file.get());
                outcome = scan_source(source, sink);
                problem = source.error();
            }
        }
        if (outcome == scan_outcome::stopped) {
            err << "ipsec-error: cannot write the output\n";
            return usage_error;
        }
        if (outcome == scan_outcome::read_failed) {
            err << "ipsec-error: " << printable(name == "-" ? "(standard input)" : name, 200)
                << ": " << (problem.empty() ? "read error" : problem) << '\n';
            unreadable = true;
        }
    }
    writer.finish(names);
    if (!out) {
        err << "ipsec-error: cannot write the output\n";
        return usage_error;
    }
    if (unreadable) return usage_error;
    return writer.found_any() ? found_all : some_not_found;
}

}  // namespace ipsec_error_cli
