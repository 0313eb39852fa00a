// SPDX-License-Identifier: BSL-1.0
// ipsec-error: reads its arguments, picks the codes and the output, and says
// plainly what it could not find.
#include "cli.hpp"

#include <ipsec_error/lookup.hpp>
#include <ipsec_error/version.hpp>

#include <algorithm>
#include <optional>
#include <ostream>
#include <string>

#include <ipsec_error/scan.hpp>

#include "describe.hpp"
#include "output.hpp"
#include "scan_command.hpp"
#include "search.hpp"

namespace ipsec_error_cli {

namespace {

constexpr std::string_view usage_text =
    "Usage: ipsec-error [OPTIONS] CODE|TEXT...\n"
    "       ipsec-error [OPTIONS] --list | --search TEXT | --markdown\n"
    "       ipsec-error --scan [--json | --count] [--jobs N] [FILE...]\n"
    "\n"
    "Explains Windows IPsec error codes (ERROR_IPSEC_*, WARNING_IPSEC_*): name,\n"
    "value, HRESULT, NTSTATUS, part of IPsec, severity, conditions, the Windows\n"
    "message, and what to do about it.\n"
    "\n"
    "A CODE is written in any of these forms:\n"
    "  13814                 decimal Win32 value\n"
    "  0x35F6                hexadecimal\n"
    "  0x800735F6            HRESULT (also -2147011082, 2147956214 or 800735F6)\n"
    "  0xC0360001            NTSTATUS of a driver or DoS Protection code\n"
    "  0xD0360001            the same as an HRESULT (HRESULT_FROM_NT)\n"
    "  ipsec:13814           what a std::error_code prints\n"
    "  ERROR_IPSEC_IKE_MM_DELAY_DROP, ike_mm_delay_drop, STATUS_IPSEC_BAD_SPI\n"
    "                        names, in any letter case\n"
    "\nAny other argument is read as TEXT: a Windows message (\"Negotiation took\n"
    "too long\") gives the card of each code that has it, and a sentence that\n"
    "holds codes (\"The error code returned on failure is 13801.\") a card for\n"
    "each code in it.\n"
    "\n"
    "Options:\n"
    "  -l, --list            one line a code: value, hex, name, message\n"
    "  -s, --search TEXT     the codes whose name, message or advice contains TEXT\n"
    "                        (any letter case)\n"
    "      --scan            find the codes in each FILE ('-' or none: standard\n"
    "                        input): FILE:LINE:COLUMN: NAME (VALUE) message\n"
    "  -c, --count           with --scan, one line a code, most frequent first:\n"
    "                        count, value, name, message, first and last FILE:LINE\n"
    "  -J, --jobs N          with --scan, read N files at once (default: one a\n"
    "                        core); the output keeps the order of the files\n"
    "  -j, --json            JSON: an array with every field of each code; with\n"
    "                        --scan, JSON Lines (file, line, column, text, form,\n"
    "                        codes)\n"
    "  -m, --markdown        Markdown; alone, the whole reference document\n"
    "      --color=WHEN      colour: auto (on a terminal; the default), always, never\n"
    "                        (never when NO_COLOR is set)\n"
    "  -h, --help            this text\n"
    "  -V, --version         the version\n"
    "  --                    what follows is a code, even if it starts with '-'\n"
    "\n"
    "--scan finds names, HRESULTs (hex or signed decimal), NTSTATUS values, hex\n"
    "values (0x35F6), ipsec:N, the Windows messages, and decimals where the text\n"
    "says they are an error code (error 13806, code=13925, <failureErrorCode>);\n"
    "never ports, byte counts, PIDs, times or versions. It reads UTF-8 (with or\n"
    "without BOM) and UTF-16 (with BOM, as PowerShell 5 and wevtutil write it),\n"
    "CRLF or LF, files of any size. For example:\n"
    "  wevtutil qe Security /q:\"*[System[(EventID=4653 or EventID=4654)]]\" /f:text\n"
    "      > ike.txt && ipsec-error --scan --count ike.txt\n"
    "  Get-WinEvent -LogName Application -ProviderName RasClient | Format-List\n"
    "      | Out-File ras.txt; ipsec-error --scan ras.txt\n"
    "  netsh wfp show netevents file=ne.xml; ipsec-error --scan ne.xml\n"
    "  evtxexport Security.evtx | ipsec-error --scan      (Linux: libevtx-utils)\n"
    "\n"
    "Exit status: 0 when every code was found (or the search matched, or --scan\n"
    "found a code), 1 when some were not (--scan: none), 2 for a usage error or a\n"
    "FILE that cannot be read.\n";

enum class format { text, json, markdown };
enum class color_mode { automatic, always, never };

struct options {
    bool help = false;
    bool version = false;
    bool list = false;
    bool scan = false;
    bool count = false;
    std::optional<std::size_t> jobs;  // --jobs: how many files --scan reads at once
    std::optional<std::string_view> search;
    format output = format::text;
    bool output_chosen = false;
    color_mode color = color_mode::automatic;
    std::vector<std::string_view> codes;
};

// Something went wrong with the arguments: what, for stderr.
struct usage_problem {
    std::string message;
};

// The most files --scan reads at once.
constexpr std::size_t most_jobs = 1024;

// N of --jobs N: 1 to most_jobs, in decimal.
std::optional<std::size_t> parse_jobs(std::string_view value) {
    if (value.empty() || value.size() > 4) return std::nullopt;
    std::size_t n = 0;
    for (char c : value) {
        if (c < '0' || c > '9') return std::nullopt;
        n = n * 10 + static_cast<std::size_t>(c - '0');
    }
    if (n == 0 || n > most_jobs) return std::nullopt;
    return n;
}

bool looks_like_number(std::string_view arg) {
    return arg.size() >= 2 && arg[0] == '-' && arg[1] >= '0' && arg[1] <= '9';
}

std::optional<usage_problem> choose_format(options& o, format f) {
    if (o.output_chosen && o.output != f)
        return usage_problem{"--json and --markdown exclude each other"};
    o.output = f;
    o.output_chosen = true;
    return std::nullopt;
}

std::optional<usage_problem> parse_arguments(const std::vector<std::string_view>& args,
                                             options& o) {
    bool only_codes = false;
    for (std::size_t i = 0; i < args.size(); ++i) {
        const std::string_view arg = args[i];
        if (only_codes || arg.empty() || arg[0] != '-' || arg == "-" || looks_like_number(arg)) {
            o.codes.push_back(arg);
        } else if (arg == "--") {
            only_codes = true;
        } else if (arg == "-h" || arg == "--help") {
            o.help = true;
        } else if (arg == "-V" || arg == "--version") {
            o.version = true;
        } else if (arg == "-l" || arg == "--list") {
            o.list = true;
        } else if (arg == "--scan") {
            o.scan = true;
        } else if (arg == "-c" || arg == "--count") {
            o.count = true;
        } else if (arg.substr(0, 2) == "-J" || arg == "--jobs" || arg.substr(0, 7) == "--jobs=") {
            if (o.jobs) return usage_problem{"--jobs is given twice"};
            std::string_view value;
            if (arg.substr(0, 7) == "--jobs=") {
                value = arg.substr(7);
            } else if (arg.substr(0, 2) == "-J" && arg.size() > 2) {
                value = arg.substr(2);  // -J4
            } else if (i + 1 < args.size()) {
                value = args[++i];
            }
            o.jobs = parse_jobs(value);
            if (!o.jobs) {
                return usage_problem{"--jobs needs a number of files to read at once, 1 to " +
                                     std::to_string(most_jobs)};
            }
        } else if (arg == "-j" || arg == "--json") {
            if (auto p = choose_format(o, format::json)) return p;
        } else if (arg == "-m" || arg == "--markdown") {
            if (auto p = choose_format(o, format::markdown)) return p;
        } else if (arg == "-s" || arg == "--search" || arg.substr(0, 9) == "--search=") {
            if (o.search) return usage_problem{"--search is given twice"};
            if (arg.size() > 9) {
                o.search = arg.substr(9);
            } else if (arg == "--search=") {
                o.search = std::string_view();
            } else if (i + 1 < args.size()) {
                o.search = args[++i];
            } else {
                return usage_problem{std::string(arg) + " needs the text to search for"};
            }
            if (o.search->empty()) return usage_problem{"the text to search for is empty"};
        } else if (arg == "--color=auto" || arg == "--colour=auto") {
            o.color = color_mode::automatic;
        } else if (arg == "--color=always" || arg == "--colour=always") {
            o.color = color_mode::always;
        } else if (arg == "--color=never" || arg == "--colour=never" || arg == "--no-color") {
            o.color = color_mode::never;
        } else {
            return usage_problem{"unknown option '" + printable(arg) + "'"};
        }
    }
    if (o.help || o.version) return std::nullopt;
    if (o.count && !o.scan) return usage_problem{"--count goes with --scan"};
    if (o.jobs && !o.scan) return usage_problem{"--jobs goes with --scan"};
    if (o.scan) {
        if (o.list || o.search || o.output == format::markdown)
            return usage_problem{"--scan excludes --list, --search and --markdown"};
        return std::nullopt;
    }
    const int selections = (o.list ? 1 : 0) + (o.search ? 1 : 0) + (o.codes.empty() ? 0 : 1);
    if (selections > 1) return usage_problem{"give codes, --list or --search, one of them"};
    if (selections == 0 && o.output != format::markdown) return usage_problem{"no code given"};
    return std::nullopt;
}

void report_not_found(std::ostream& err, std::string_view arg) {
    err << "ipsec-error: ";
    if (arg.empty()) {
        err << "an empty argument is not an IPsec code\n";
        return;
    }
    err << "not an IPsec code: '" << printable(arg) << "'";
    const record_list near = suggest(arg);
    if (!near.empty()) {
        err << "; did you mean ";
        for (std::size_t i = 0; i < near.size(); ++i) {
            err << (i == 0 ? "" : i + 1 == near.size() ? " or " : ", ") << near[i]->name;
        }
        err << '?';
    }
    err << '\n';
}

// An argument that is no code by itself, read as text: adds the codes found
// in it (each once, in order; every code of a shared message); false when none.
bool add_codes_in_text(std::string_view text, record_list& codes, status_list& statuses) {
    record_list found;
    bool any = false;
    for (const ipsec_error::finding& f : ipsec_error::scan(text)) {
        if (f.status_only != nullptr) {
            any = true;
            if (std::find(statuses.begin(), statuses.end(), f.status_only) == statuses.end())
                statuses.push_back(f.status_only);
        }
        for (ipsec_error::errc e : f.codes) {
            const ipsec_error::record* r = ipsec_error::find(e);
            if (std::find(found.begin(), found.end(), r) == found.end()) found.push_back(r);
        }
    }
    codes.insert(codes.end(), found.begin(), found.end());
    return any || !found.empty();
}

void write(std::ostream& out, const options& o, const record_list& codes,
           const status_list& statuses, bool whole, bool color) {
    switch (o.output) {
        case format::json: write_json(out, codes, statuses); return;
        case format::markdown: write_markdown(out, codes, whole); break;
        case format::text:
            if (o.list || o.search) {
                write_list(out, codes);
            } else {
                write_text(out, codes, color);
            }
            break;
    }
    // Status-only codes have no row to list or document: each gets its card.
    if (statuses.empty()) return;
    if (!codes.empty()) out << '\n' << std::string(80, '-') << "\n\n";
    write_status_only_text(out, statuses, color && o.output == format::text);
}

}  // namespace

int run(const std::vector<std::string_view>& args, std::ostream& out, std::ostream& err,
        const environment& env) {
    options o;
    if (const auto problem = parse_arguments(args, o)) {
        err << "ipsec-error: " << problem->message << "\nTry 'ipsec-error --help'.\n";
        return usage_error;
    }
    if (o.help) {
        out << usage_text;
        return found_all;
    }
    if (o.version) {
        out << "ipsec-error " IPSEC_ERROR_VERSION_STRING "\n";
        return found_all;
    }
    if (o.scan) {
        const scan_format f = o.output == format::json
                                  ? (o.count ? scan_format::json_count : scan_format::json)
                                  : (o.count ? scan_format::count : scan_format::lines);
        return run_scan(o.codes, f, out, err, env, o.jobs.value_or(0));
    }
    const bool color =
        !env.no_color && (o.color == color_mode::always ||
                          (o.color == color_mode::automatic && env.stdout_is_terminal));

    record_list codes;
    status_list statuses;
    int status = found_all;
    const bool whole = o.codes.empty() && !o.search;  // --list, or --markdown alone
    if (whole) {
        for (const auto& r : ipsec_error::records) codes.push_back(&r);
    } else if (o.search) {
        codes = search(*o.search);
        if (codes.empty()) {
            err << "ipsec-error: no code matches '" << printable(*o.search) << "'\n";
            status = some_not_found;
        }
    } else {
        for (std::string_view arg : o.codes) {
            if (const auto e = ipsec_error::parse(arg)) {
                codes.push_back(ipsec_error::find(*e));
            } else if (const auto* other = ipsec_error::parse_status_only(arg)) {
                statuses.push_back(other);
            } else if (!add_codes_in_text(arg, codes, statuses)) {
                report_not_found(err, arg);
                status = some_not_found;
            }
        }
    }
    if (!codes.empty() || !statuses.empty() || o.output == format::json) {
        write(out, o, codes, statuses, whole, color);
    }
    return status;
}

}  // namespace ipsec_error_cli
