// SPDX-License-Identifier: BSL-1.0
// The cost of each look-up, as a ratio in one run against the floor it cannot
// beat and the peer a user would otherwise call:
//
//     find(int)              vs a bounds-checked index into a dense array
//     category().message(v)  vs building the std::string from its string_view,
//                            and vs std::generic_category().message()
//     find(name)             vs std::unordered_map<std::string_view, int>::find
//     parse(text)            vs find(name) on the same names
//
// Run: ./build/release/benchmarks/lookup_benchmark   (add --check to exit 1
// when a ratio is over its budget). By default each benchmark runs 10 times,
// the runs of all of them interleaved at random, and the ratios use the
// medians: on a shared or virtual machine, one run after another drifts.
// Any --benchmark_* flag given overrides these defaults.
//
// Each result goes to DoNotOptimize as a named variable, never as a call's
// value, and find(int) and its floor add up the addresses they find: GCC
// satisfies DoNotOptimize's memory operand with the address of the last load
// (row_pointers[row], dense[offset]) without doing it, so that both measured
// the loop around the look-up rather than the look-up.
#include <benchmark/benchmark.h>
#include <ipsec_error/ipsec_error.hpp>

#include <array>
#include <cerrno>
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <map>
#include <random>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace {

// The same inputs for every side of a comparison: 1024 values, most of them
// codes, some in the gaps and outside the span, in a fixed random order.
std::vector<int> sample_values() {
    std::mt19937 random(20261123);
    std::vector<int> values;
    for (int i = 0; i < 1024; ++i) {
        if (i % 5 == 4) {
            values.push_back(static_cast<int>(12990 + random() % 960));  // hits and misses
        } else {
            values.push_back(ipsec_error::records[random() % ipsec_error::records.size()].value());
        }
    }
    return values;
}

std::vector<int> sample_codes() {
    std::vector<int> codes;
    for (int v : sample_values()) {
        if (ipsec_error::find(v)) codes.push_back(v);
    }
    return codes;
}

// Names as people write them: full names and enumerators, upper and lower case.
std::vector<std::string> sample_names() {
    std::mt19937 random(20261124);
    std::vector<std::string> names;
    for (int i = 0; i < 1024; ++i) {
        const auto& r = ipsec_error::records[random() % ipsec_error::records.size()];
        std::string name(r.name);
        if (i % 2 == 1) name = name.substr(name.find("_IPSEC_") + 7);
        if (i % 4 >= 2) {
            for (char& c : name) c = static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
        }
        names.push_back(name);
    }
    return names;
}

// --- find(int) and its floor -------------------------------------------------

void find_int(benchmark::State& state) {
    const auto values = sample_values();
    std::size_t i = 0;
    std::uintptr_t addresses = 0;
    for (auto _ : state) {
        addresses += reinterpret_cast<std::uintptr_t>(ipsec_error::find(values[i++ & 1023]));
    }
    benchmark::DoNotOptimize(addresses);
}
BENCHMARK(find_int);

void floor_dense_array_index(benchmark::State& state) {
    // One pointer per value of the span, checked against its bounds.
    static std::array<const ipsec_error::record*, 933> dense{};
    for (const auto& r : ipsec_error::records) {
        // Winsock's 11033 lies below the span (find(int) compares it on its own).
        if (r.value() >= 13000) dense[static_cast<std::size_t>(r.value() - 13000)] = &r;
    }
    const auto values = sample_values();
    std::size_t i = 0;
    std::uintptr_t addresses = 0;
    for (auto _ : state) {
        const auto offset = static_cast<unsigned>(values[i++ & 1023]) - 13000u;
        addresses +=
            reinterpret_cast<std::uintptr_t>(offset < dense.size() ? dense[offset] : nullptr);
    }
    benchmark::DoNotOptimize(addresses);
}
BENCHMARK(floor_dense_array_index);

// --- message(v), its floor and its peer --------------------------------------

void category_message(benchmark::State& state) {
    const auto codes = sample_codes();
    const std::error_category& category = ipsec_error::ipsec_category();
    std::size_t i = 0;
    for (auto _ : state) {
        std::string message = category.message(codes[i++ % codes.size()]);
        benchmark::DoNotOptimize(message.data());
    }
}
BENCHMARK(category_message);

void floor_string_from_view(benchmark::State& state) {
    std::vector<std::string_view> views;
    for (int v : sample_codes()) views.push_back(ipsec_error::find(v)->message);
    std::size_t i = 0;
    for (auto _ : state) {
        std::string message(views[i++ % views.size()]);
        benchmark::DoNotOptimize(message.data());
    }
}
BENCHMARK(floor_string_from_view);

void peer_generic_category_message(benchmark::State& state) {
    const std::error_category& category = std::generic_category();
    const int errnos[] = {ETIMEDOUT, ENOMEM, EACCES, ECONNREFUSED, EINVAL, ENOENT, EEXIST, EBUSY};
    std::size_t i = 0;
    for (auto _ : state) {
        std::string message = category.message(errnos[i++ & 7]);
        benchmark::DoNotOptimize(message.data());
    }
}
BENCHMARK(peer_generic_category_message);

// --- find(name) and its peer -------------------------------------------------

void find_name(benchmark::State& state) {
    // The peer's map is keyed by exact spellings; to compare like with like,
    // both sides are given the exact full names.
    std::vector<std::string> names;
    for (const std::string& n : sample_names()) names.emplace_back(ipsec_error::find(n)->name);
    std::size_t i = 0;
    for (auto _ : state) {
        const ipsec_error::record* found = ipsec_error::find(std::string_view(names[i++ & 1023]));
        benchmark::DoNotOptimize(found);
    }
}
BENCHMARK(find_name);

void peer_unordered_map_find(benchmark::State& state) {
    std::unordered_map<std::string_view, int> map;
    for (const auto& r : ipsec_error::records) map.emplace(r.name, r.value());
    std::vector<std::string> names;
    for (const std::string& n : sample_names()) names.emplace_back(ipsec_error::find(n)->name);
    std::size_t i = 0;
    for (auto _ : state) {
        auto found = map.find(std::string_view(names[i++ & 1023]));
        benchmark::DoNotOptimize(found);
    }
}
BENCHMARK(peer_unordered_map_find);

void find_name_any_spelling(benchmark::State& state) {
    const auto names = sample_names();
    std::size_t i = 0;
    for (auto _ : state) {
        const ipsec_error::record* found = ipsec_error::find(std::string_view(names[i++ & 1023]));
        benchmark::DoNotOptimize(found);
    }
}
BENCHMARK(find_name_any_spelling);

// --- parse(text) -------------------------------------------------------------

void parse_name(benchmark::State& state) {
    const auto names = sample_names();
    std::size_t i = 0;
    for (auto _ : state) {
        auto parsed = ipsec_error::parse(names[i++ & 1023]);
        benchmark::DoNotOptimize(parsed);
    }
}
BENCHMARK(parse_name);

void parse_number(benchmark::State& state) {
    std::vector<std::string> texts;
    const auto codes = sample_codes();
    for (std::size_t k = 0; k < codes.size(); ++k) {
        char buf[32];
        const auto v = static_cast<unsigned>(codes[k]);
        if (k % 3 == 0) std::snprintf(buf, sizeof buf, "%u", v);
        if (k % 3 == 1) std::snprintf(buf, sizeof buf, "0x%X", v);
        if (k % 3 == 2) std::snprintf(buf, sizeof buf, "0x%X", 0x80070000u | v);
        texts.emplace_back(buf);
    }
    std::size_t i = 0;
    for (auto _ : state) {
        auto parsed = ipsec_error::parse(texts[i++ % texts.size()]);
        benchmark::DoNotOptimize(parsed);
    }
}
BENCHMARK(parse_number);

// Collects each benchmark's time per iteration for the ratios: the median of
// the repetitions when there are several, else the one run.
class ratio_reporter : public benchmark::ConsoleReporter {
public:
    std::map<std::string, double> ns;
    void ReportRuns(const std::vector<Run>& runs) override {
        for (const Run& run : runs) {
            const std::string& name = run.run_name.function_name;
            if (run.run_type == Run::RT_Aggregate) {
                if (run.aggregate_name == "median") ns[name] = run.GetAdjustedRealTime();
            } else if (run.repetitions <= 1) {
                ns[name] = run.GetAdjustedRealTime();
            }
        }
        ConsoleReporter::ReportRuns(runs);
    }
};

}  // namespace

int main(int argc, char** argv) {
    bool check = false;
    static char repetitions[] = "--benchmark_repetitions=10";
    static char interleave[] = "--benchmark_enable_random_interleaving=true";
    static char aggregates[] = "--benchmark_report_aggregates_only=true";
    static char min_time[] = "--benchmark_min_time=0.1";
    std::vector<char*> args{argv[0], repetitions, interleave, aggregates, min_time};
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--check") == 0) {
            check = true;
        } else {
            args.push_back(argv[i]);
        }
    }
    int count = static_cast<int>(args.size());
    benchmark::Initialize(&count, args.data());
    ratio_reporter reporter;
    benchmark::RunSpecifiedBenchmarks(&reporter);
    benchmark::Shutdown();

    struct ratio {
        const char* what;
        const char* ours;
        const char* other;
        double budget;  // ours / other at most; 0: reported only
    };
    const ratio ratios[] = {
        {"find(int) / dense array index", "find_int", "floor_dense_array_index", 1.5},
        {"message(v) / string from string_view", "category_message", "floor_string_from_view", 1.1},
        {"message(v) / generic_category().message()", "category_message",
         "peer_generic_category_message", 1.0},
        {"find(name) / unordered_map::find", "find_name", "peer_unordered_map_find", 0.5},
        {"parse(name) / find(name)", "parse_name", "find_name_any_spelling", 2.0},
        {"parse(number) / find(name)", "parse_number", "find_name_any_spelling", 0},
    };
    bool over = false;
    std::printf("\n%-46s %9s %9s %7s %7s\n", "ratio (same run)", "ours ns", "other ns", "ratio",
                "budget");
    for (const ratio& r : ratios) {
        if (!reporter.ns.count(r.ours) || !reporter.ns.count(r.other)) continue;  // filtered out
        const double ours = reporter.ns[r.ours];
        const double other = reporter.ns[r.other];
        const double value = ours / other;
        const bool within = r.budget == 0 || value <= r.budget;
        over = over || !within;
        std::printf("%-46s %9.2f %9.2f %7.2f %7s%s\n", r.what, ours, other, value,
                    r.budget == 0 ? "-" : std::to_string(r.budget).substr(0, 3).c_str(),
                    within ? "" : "  OVER");
    }
    return check && over ? 1 : 0;
}
