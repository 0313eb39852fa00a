// SPDX-License-Identifier: BSL-1.0
// scan() over a synthetic log with sparse codes (scan_log.hpp), against the
// floor it cannot beat, one memchr pass over the same bytes, and against the
// peer a user would otherwise write, std::regex with a pattern for the same
// forms. Throughput in bytes per second; the ratios are taken in one run.
//
//     ./build/release/benchmarks/scan_benchmark                 (229 MB log)
//     SCAN_BENCHMARK_MB=20 ./build/release/benchmarks/scan_benchmark
//
// std::regex is a backtracking matcher, hundreds of times slower here: it
// reads only the first SCAN_BENCHMARK_REGEX_MB (default 2) megabytes of the
// log; the ratio compares bytes per second.
#include <benchmark/benchmark.h>
#include <ipsec_error/scan.hpp>

#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <map>
#include <regex>
#include <string>
#include <string_view>
#include <vector>

#include "scan_log.hpp"

namespace {

std::size_t megabytes(const char* variable, double otherwise) {
    const char* value = std::getenv(variable);
    const double mb = value != nullptr ? std::strtod(value, nullptr) : otherwise;
    return static_cast<std::size_t>(mb * 1024 * 1024);
}

const std::string& log_text() {
    static const std::string log =
        scan_benchmark::log_writer().make(megabytes("SCAN_BENCHMARK_MB", 229));
    return log;
}

// The floor: one memchr pass, counting the lines.
void floor_memchr_lines(benchmark::State& state) {
    const std::string& log = log_text();
    for (auto _ : state) {
        std::size_t lines = 0;
        const char* p = log.data();
        const char* const end = p + log.size();
        while (const void* nl = std::memchr(p, '\n', static_cast<std::size_t>(end - p))) {
            ++lines;
            p = static_cast<const char*>(nl) + 1;
        }
        benchmark::DoNotOptimize(lines);
    }
    state.SetBytesProcessed(state.iterations() * static_cast<std::int64_t>(log.size()));
}
BENCHMARK(floor_memchr_lines)->Unit(benchmark::kMillisecond);

// scan() over the whole log at once.
void scan_whole(benchmark::State& state) {
    const std::string& log = log_text();
    std::size_t codes = 0;
    for (auto _ : state) {
        codes = 0;
        for (const ipsec_error::finding& f : ipsec_error::scan(log)) codes += f.codes.size();
        benchmark::DoNotOptimize(codes);
    }
    state.counters["codes"] = static_cast<double>(codes);
    state.SetBytesProcessed(state.iterations() * static_cast<std::int64_t>(log.size()));
}
BENCHMARK(scan_whole)->Unit(benchmark::kMillisecond);

// scan() a line at a time, as the tool does.
void scan_lines(benchmark::State& state) {
    const std::string_view log = log_text();
    std::size_t codes = 0;
    for (auto _ : state) {
        codes = 0;
        for (std::size_t start = 0; start < log.size();) {
            std::size_t nl = log.find('\n', start);
            if (nl == std::string_view::npos) nl = log.size();
            for (const ipsec_error::finding& f : ipsec_error::scan(log.substr(start, nl - start)))
                codes += f.codes.size();
            start = nl + 1;
        }
        benchmark::DoNotOptimize(codes);
    }
    state.counters["codes"] = static_cast<double>(codes);
    state.SetBytesProcessed(state.iterations() * static_cast<std::int64_t>(log.size()));
}
BENCHMARK(scan_lines)->Unit(benchmark::kMillisecond);

std::string regex_escaped(std::string_view text) {
    std::string out;
    for (char c : text) {
        if (std::strchr(".^$|()[]{}*+?\\", c) != nullptr) out += '\\';
        out += c;
    }
    return out;
}

// The peer: one std::regex for the same forms, case-insensitive, searched
// over the text (names, hex, signed decimal, ipsec:N, a decimal after error
// or code, the messages).
const std::regex& peer_regex() {
    static const std::regex pattern = [] {
        std::string messages;
        for (const auto& r : ipsec_error::records) {
            std::string m(r.message);
            if (!m.empty() && m.back() == '.') m.pop_back();
            messages += '|';  // not "|" + ...: GCC 12's false -Wrestrict at -O2 in C++20
            messages += regex_escaped(m);
        }
        std::string text =
            "\\b(?:(?:ERROR|WARNING|STATUS)_IPSEC_\\w+"
            "|0x(?:8007|D036|C036|0000)?[0-9a-f]{4}"
            "|-21470\\d{5}|ipsec:13\\d{3}"
            "|(?:\\w*error(?:code)?|code)[\\s:=\"'>#(]{1,8}13\\d{3}";
        text += messages;
        text += ")\\b";
        return std::regex(text, std::regex::ECMAScript | std::regex::icase | std::regex::optimize);
    }();
    return pattern;
}

void peer_std_regex(benchmark::State& state) {
    const std::string& whole = log_text();
    const std::string log = whole.substr(0, megabytes("SCAN_BENCHMARK_REGEX_MB", 2));
    const std::regex& pattern = peer_regex();
    std::size_t matches = 0;
    for (auto _ : state) {
        matches = 0;
        for (auto it = std::sregex_iterator(log.begin(), log.end(), pattern);
             it != std::sregex_iterator(); ++it) {
            ++matches;
        }
        benchmark::DoNotOptimize(matches);
    }
    state.counters["matches"] = static_cast<double>(matches);
    state.SetBytesProcessed(state.iterations() * static_cast<std::int64_t>(log.size()));
}
BENCHMARK(peer_std_regex)->Unit(benchmark::kMillisecond);

// Collects each benchmark's bytes per second for the ratios.
class ratio_reporter : public benchmark::ConsoleReporter {
public:
    std::map<std::string, double> bytes_per_second;
    void ReportRuns(const std::vector<Run>& runs) override {
        for (const Run& run : runs) {
            const auto it = run.counters.find("bytes_per_second");
            if (it != run.counters.end() &&
                (run.run_type != Run::RT_Aggregate || run.aggregate_name == "median")) {
                bytes_per_second[run.run_name.function_name] = it->second.value;
            }
        }
        ConsoleReporter::ReportRuns(runs);
    }
};

}  // namespace

int main(int argc, char** argv) {
    std::vector<char*> args(argv, argv + argc);
    int count = static_cast<int>(args.size());
    benchmark::Initialize(&count, args.data());
    std::printf("log: %zu bytes\n", log_text().size());
    ratio_reporter reporter;
    benchmark::RunSpecifiedBenchmarks(&reporter);
    benchmark::Shutdown();

    auto& bps = reporter.bytes_per_second;
    std::printf("\n%-36s %12s %12s %9s\n", "ratio (time per byte, same run)", "ours MB/s",
                "other MB/s", "ratio");
    const std::pair<const char*, const char*> ratios[] = {{"scan_whole", "floor_memchr_lines"},
                                                          {"scan_lines", "floor_memchr_lines"},
                                                          {"scan_whole", "peer_std_regex"},
                                                          {"scan_lines", "peer_std_regex"}};
    for (const auto& [ours, other] : ratios) {
        if (bps.count(ours) == 0 || bps.count(other) == 0) continue;
        std::printf("%-36s %12.1f %12.1f %9.3f\n", (std::string(ours) + " / " + other).c_str(),
                    bps[ours] / 1e6, bps[other] / 1e6, bps[other] / bps[ours]);
    }
    return 0;
}
