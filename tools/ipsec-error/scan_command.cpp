// SPDX-License-Identifier: BSL-1.0
// ipsec-error tool: --scan. Reads each file through the streaming reader,
// several at once on as many threads as --jobs says, and writes each finding
// as grep does (FILE:LINE:COLUMN:), as JSON Lines, or, with --count, a
// summary of each code; always in the order of the files.
#include "scan_command.hpp"

#include <ipsec_error/lookup.hpp>
#include <ipsec_error/scan.hpp>

#include <algorithm>
#include <atomic>
#include <cerrno>
#include <condition_variable>
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <map>
#include <memory>
#include <mutex>
#include <ostream>
#include <sstream>
#include <string>
#include <thread>
#include <utility>
#include <vector>

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

// A finding as --scan writes it, as a line (FILE:LINE:COLUMN: ...) or as
// JSON Lines.
void write_finding(std::ostream& out, scan_format format, std::string_view name,
                   const located_finding& where) {
    if (format == scan_format::lines) {
        out << name << ':' << where.line << ':' << where.column << ": ";
        if (const auto* other = where.found.status_only) {
            out << other->name << " (" << hex(other->status, 8) << ") "
                << status_only_summary(*other) << '\n';
            return;
        }
        write_codes(out, where.found.codes);
        out << ' ' << ipsec_error::find(where.found.codes[0])->message << '\n';
        return;
    }
    out << "{\"file\":";
    write_json_string(out, name);
    out << ",\"line\":" << where.line << ",\"column\":" << where.column << ",\"text\":";
    write_json_string(out, where.text);
    out << R"(,"form":")" << ipsec_error::name_of(where.found.form) << R"(","codes":)";
    write_json_codes(out, where.found.codes, json_layout::compact);
    if (const auto* other = where.found.status_only) {
        out << ",\"status_only\":";
        write_json_status_only(out, *other, json_layout::compact);
    }
    out << "}\n";
}

// What --count says of a code, the codes of a shared message, or a
// status-only code (with no codes): the key is its values.
using tally_key = std::vector<int>;

tally_key key_of(const ipsec_error::finding& found) {
    tally_key key;
    for (ipsec_error::errc e : found.codes) key.push_back(static_cast<int>(e));
    // A status-only code has no codes: its NTSTATUS, negative as an int, is its key.
    if (const auto* other = found.status_only) {
        key.push_back(static_cast<int>(static_cast<std::int32_t>(other->status)));
    }
    return key;
}

// One file's counts, each with the line it was first and last seen on.
struct file_tally {
    ipsec_error::code_set codes;
    const ipsec_error::status_only_code* status_only = nullptr;
    std::size_t count = 0;
    std::size_t order = 0;  // when it was first seen in the file
    std::size_t first_line = 0;
    std::size_t last_line = 0;
};

class file_tallies {
public:
    void add(const located_finding& where) {
        auto [it, inserted] = tallies_.try_emplace(key_of(where.found));
        file_tally& t = it->second;
        if (inserted) {
            t.codes = where.found.codes;
            t.status_only = where.found.status_only;
            t.order = tallies_.size();
            t.first_line = where.line;
        }
        ++t.count;
        t.last_line = where.line;
    }

    // In the order they were first seen.
    std::vector<std::pair<const tally_key*, const file_tally*>> in_order() const {
        std::vector<std::pair<const tally_key*, const file_tally*>> order;
        order.reserve(tallies_.size());
        for (const auto& entry : tallies_) order.emplace_back(&entry.first, &entry.second);
        std::sort(order.begin(), order.end(),
                  [](const auto& a, const auto& b) { return a.second->order < b.second->order; });
        return order;
    }

private:
    std::map<tally_key, file_tally> tallies_;
};

// One line of --count over every file.
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

// The --count summary: each file's counts merged in the order of the files,
// as if they had been read one after the other.
class count_summary {
public:
    void merge(std::size_t file, const file_tallies& counts) {
        for (const auto& [key, counted] : counts.in_order()) {
            auto [it, inserted] = tallies_.try_emplace(*key);
            tally& t = it->second;
            if (inserted) {
                t.codes = counted->codes;
                t.status_only = counted->status_only;
                t.order = tallies_.size();
                t.first_file = file;
                t.first_line = counted->first_line;
            }
            t.count += counted->count;
            t.last_file = file;
            t.last_line = counted->last_line;
        }
    }

    // Most frequent first.
    void write(std::ostream& out, scan_format format, const std::vector<std::string>& names) const {
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
            if (format == scan_format::json_count) {
                out << "{\"count\":" << t->count << ",\"codes\":";
                write_json_codes(out, t->codes, json_layout::compact);
                if (t->status_only != nullptr) {
                    out << ",\"status_only\":";
                    write_json_status_only(out, *t->status_only, json_layout::compact);
                }
                out << R"(,"first":{"file":)";
                write_json_string(out, names[t->first_file]);
                out << ",\"line\":" << t->first_line << R"(},"last":{"file":)";
                write_json_string(out, names[t->last_file]);
                out << ",\"line\":" << t->last_line << "}}\n";
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
            out << count << "  " << values << "  " << code_names << "  " << message << "  first "
                << names[t->first_file] << ':' << t->first_line << "  last " << names[t->last_file]
                << ':' << t->last_line << '\n';
        }
    }

private:
    std::map<tally_key, tally> tallies_;
};

// The output of files scanned at once, written in the order of the files: a
// file's findings go straight out while every file before it is done, and
// are kept until then otherwise. A file that has more than keep_limit bytes
// kept waits for its turn, so that memory stays bounded whatever the files
// hold. A file's error (for err) is written after its findings.
class ordered_output {
public:
    static constexpr std::size_t keep_limit = std::size_t{1} << 20;

    ordered_output(std::ostream& out, std::ostream& err, std::size_t files)
        : out_(out), err_(err), kept_(files), errors_(files), done_(files, false) {}

    // Writes text, of file number file; false once the output has failed.
    bool write(std::size_t file, const std::string& text) {
        std::unique_lock<std::mutex> lock(mutex_);
        if (failed_) return false;
        if (file == head_) {
            out_ << text;
            if (!out_) fail();
            return !failed_;
        }
        std::string& kept = kept_[file];
        kept += text;
        while (kept.size() > keep_limit && file != head_ && !failed_) turn_.wait(lock);
        return !failed_;
    }

    // File number file is read to its end (or could not be read: error).
    void finish(std::size_t file, std::string error) {
        const std::lock_guard<std::mutex> lock(mutex_);
        done_[file] = true;
        errors_[file] = std::move(error);
        while (head_ < done_.size() && done_[head_]) {
            err_ << errors_[head_];
            ++head_;
            if (head_ == done_.size()) break;
            out_ << kept_[head_];
            std::string().swap(kept_[head_]);
        }
        if (!out_) fail();
        turn_.notify_all();
    }

    bool failed() {
        const std::lock_guard<std::mutex> lock(mutex_);
        return failed_;
    }

private:
    void fail() {
        failed_ = true;
        turn_.notify_all();
    }

    std::ostream& out_;
    std::ostream& err_;
    std::mutex mutex_;
    std::condition_variable turn_;
    std::size_t head_ = 0;  // the first file not done
    std::vector<std::string> kept_;
    std::vector<std::string> errors_;
    std::vector<bool> done_;
    bool failed_ = false;
};

// Closes a file the tool opened (not stdin).
struct file_closer {
    void operator()(std::FILE* f) const { static_cast<void>(std::fclose(f)); }
};

// What became of reading one file.
struct file_outcome {
    scan_outcome outcome = scan_outcome::done;
    std::string problem;
};

// Reads the file called name ('-': standard input) to its end, each finding
// to sink.
file_outcome scan_file(const std::string& name, const finding_sink& sink, const environment& env) {
    file_outcome result;
    if (name == "-") {
        if (env.standard_input != nullptr) {
            stream_source source(*env.standard_input);
            result.outcome = scan_source(source, sink);
        } else if (env.can_read_files) {
#if defined(_WIN32)
            _setmode(_fileno(stdin), _O_BINARY);
#endif
            file_source source(stdin);
            result.outcome = scan_source(source, sink);
            result.problem = source.error();
        }
        return result;
    }
    if (!env.can_read_files) {
        result.outcome = scan_outcome::read_failed;
        result.problem = "reading files is not allowed here";
        return result;
    }
    errno = 0;
    const std::unique_ptr<std::FILE, file_closer> file(std::fopen(name.c_str(), "rb"));
    if (!file) {
        result.outcome = scan_outcome::read_failed;
        result.problem = errno != 0 ? std::strerror(errno) : "cannot open";
        return result;
    }
    // The reader reads in big chunks: no buffer of the C library's in between.
    static_cast<void>(std::setvbuf(file.get(), nullptr, _IONBF, 0));
    file_source source(file.get());
    result.outcome = scan_source(source, sink);
    result.problem = source.error();
    return result;
}

}  // namespace

std::size_t default_scan_jobs() {
    const unsigned cores = std::thread::hardware_concurrency();
    return cores == 0 ? 1 : cores;
}

int run_scan(const std::vector<std::string_view>& files, scan_format format, std::ostream& out,
             std::ostream& err, const environment& env, std::size_t jobs) {
    std::vector<std::string> names;
    names.reserve(files.size() + 1);
    for (std::string_view f : files) names.emplace_back(f);
    if (names.empty()) names.emplace_back("-");
    // Standard input named twice is read once, by whichever comes first.
    if (std::count(names.begin(), names.end(), "-") > 1) jobs = 1;
    jobs = std::max<std::size_t>(1, std::min(jobs == 0 ? default_scan_jobs() : jobs, names.size()));

    const bool counting = format == scan_format::count || format == scan_format::json_count;
    ordered_output output(out, err, names.size());
    std::vector<file_tallies> counts(counting ? names.size() : 0);
    std::vector<char> found(names.size(), 0);
    std::vector<char> unreadable(names.size(), 0);
    std::atomic<bool> stopped{false};
    std::atomic<std::size_t> next_file{0};

    const auto scan_files = [&] {
        std::ostringstream text;
        for (std::size_t i; !stopped && (i = next_file++) < names.size();) {
            const std::string& name = names[i];
            const finding_sink sink = [&, i](const located_finding& where) {
                found[i] = 1;
                if (counting) {
                    counts[i].add(where);
                    return true;
                }
                text.str(std::string());
                write_finding(text, format, name, where);
                return output.write(i, text.str());
            };
            const file_outcome result = scan_file(name, sink, env);
            std::string error;
            if (result.outcome == scan_outcome::stopped) {
                stopped = true;
            } else if (result.outcome == scan_outcome::read_failed) {
                unreadable[i] = 1;
                error = "ipsec-error: " + printable(name == "-" ? "(standard input)" : name, 200) +
                        ": " + (result.problem.empty() ? "read error" : result.problem) + '\n';
            }
            output.finish(i, std::move(error));
        }
    };
    std::vector<std::thread> workers;
    for (std::size_t k = 1; k < jobs; ++k) workers.emplace_back(scan_files);
    scan_files();
    for (std::thread& worker : workers) worker.join();

    if (stopped || output.failed()) {
        err << "ipsec-error: cannot write the output\n";
        return usage_error;
    }
    if (counting) {
        count_summary summary;
        for (std::size_t i = 0; i < names.size(); ++i) summary.merge(i, counts[i]);
        summary.write(out, format, names);
    }
    if (!out) {
        err << "ipsec-error: cannot write the output\n";
        return usage_error;
    }
    if (std::find(unreadable.begin(), unreadable.end(), 1) != unreadable.end()) return usage_error;
    return std::find(found.begin(), found.end(), 1) != found.end() ? found_all : some_not_found;
}

}  // namespace ipsec_error_cli
