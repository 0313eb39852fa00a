// SPDX-License-Identifier: BSL-1.0
// The reference site's WebAssembly module: the library's scan() over a pasted
// text, as `ipsec-error --scan` reads a file, so that each finding has the
// line and column the tool gives it. The page writes the text
// as UTF-8 into the module's memory and calls scan_step() until scan_done();
// each step leaves its findings in an array of fixed-size records.
//
// The module imports nothing: memory grows with the memory.grow instruction,
// and nothing here calls the C library but memcpy and memcmp.
#include <ipsec_error/scan.hpp>

#include <cstddef>
#include <cstdint>
#include <string_view>

namespace {

// One finding as the page reads it: eleven 32-bit words.
struct finding_record {
    std::uint32_t line;    // 1-based
    std::uint32_t column;  // 1-based, in bytes of the line's UTF-8
    std::uint32_t offset;  // where the match starts, in bytes of the whole text
    std::uint32_t length;  // its length in bytes
    std::uint32_t form;    // ipsec_error::code_form
    std::uint32_t status;  // the NTSTATUS of a status-only code, else 0
    std::uint32_t count;   // how many codes
    std::uint32_t codes[ipsec_error::code_set::capacity];
};
static_assert(sizeof(finding_record) == 11 * sizeof(std::uint32_t), "the page reads 11 words");

constexpr std::size_t records_capacity = 1024;
finding_record records[records_capacity];

constexpr std::size_t page_size = 65536;

// The text, where the page writes it: after everything else in memory.
extern "C" unsigned char __heap_base;  // NOLINT(bugprone-reserved-identifier)

struct scan_state {
    const char* text = nullptr;
    std::size_t size = 0;
    std::size_t begin = 0;       // where scanning starts: after a byte order mark
    std::size_t counted = 0;     // the line ends before here are counted
    std::size_t line_start = 0;  // where the line of counted starts
    std::uint32_t line = 1;
    ipsec_error::findings::iterator at;  // the next finding to report
    ipsec_error::findings::iterator end;
};

scan_state state;

char* input() {
    const auto base = reinterpret_cast<std::uintptr_t>(&__heap_base);
    return reinterpret_cast<char*>((base + 15) / 16 * 16);
}

// Counts the line ends before offset (in the whole text), from where it
// counted last: the tool's lines end at '\n'.
void count_lines_to(std::size_t offset) {
    const char* const text = state.text;
    for (std::size_t i = state.counted; i < offset; ++i) {
        if (text[i] == '\n') {
            ++state.line;
            state.line_start = i + 1;
        }
    }
    state.counted = offset;
}

finding_record record_of(const ipsec_error::finding& f) {
    finding_record r{};
    const std::size_t offset = state.begin + f.offset;
    count_lines_to(offset);
    r.line = state.line;
    r.column = static_cast<std::uint32_t>(offset - state.line_start + 1);
    r.offset = static_cast<std::uint32_t>(offset);
    r.length = static_cast<std::uint32_t>(f.length);
    r.form = static_cast<std::uint32_t>(f.form);
    r.status = f.status_only != nullptr ? f.status_only->status : 0;
    r.count = static_cast<std::uint32_t>(f.codes.size());
    for (std::size_t i = 0; i < f.codes.size(); ++i) {
        r.codes[i] = static_cast<std::uint32_t>(f.codes[i]);
    }
    return r;
}

// How many bytes of the text are scanned: up to the next finding to report.
std::size_t scanned() {
    return state.at == state.end ? state.size : state.begin + state.at->offset;
}

}  // namespace

extern "C" {

// Where the page writes a text of size bytes: memory grows to hold it; null
// when it cannot.
__attribute__((export_name("scan_input"))) char* scan_input(std::uint32_t size) {
    const auto needed = reinterpret_cast<std::uintptr_t>(input()) + size;
    const std::size_t have = __builtin_wasm_memory_size(0) * page_size;
    if (needed > have) {
        const std::size_t pages = (needed - have + page_size - 1) / page_size;
        if (__builtin_wasm_memory_grow(0, pages) == static_cast<std::size_t>(-1)) return nullptr;
    }
    return input();
}

// Starts scanning the size bytes at scan_input(), as one text, as the tool
// scans a file, so that a message wrapped over lines is found on the line
// where it starts. A UTF-8 byte order mark at the start is skipped, as the tool
// skips it.
__attribute__((export_name("scan_begin"))) void scan_begin(std::uint32_t size) {
    state = scan_state{};
    state.text = input();
    state.size = size;
    if (size >= 3 && static_cast<unsigned char>(state.text[0]) == 0xEF &&
        static_cast<unsigned char>(state.text[1]) == 0xBB &&
        static_cast<unsigned char>(state.text[2]) == 0xBF) {
        state.begin = 3;
    }
    state.counted = state.line_start = state.begin;
    const ipsec_error::findings found =
        ipsec_error::scan(std::string_view(state.text + state.begin, size - state.begin));
    state.at = found.begin();
    state.end = found.end();
}

// Reports the findings that start within about budget more bytes, until the
// records are full or the text ends; returns how many records it wrote.
__attribute__((export_name("scan_step"))) std::uint32_t scan_step(std::uint32_t budget) {
    const std::size_t stop = scanned() + budget;
    std::size_t written = 0;
    while (written < records_capacity && state.at != state.end &&
           state.begin + state.at->offset < stop) {
        records[written++] = record_of(*state.at);
        ++state.at;
    }
    return static_cast<std::uint32_t>(written);
}

// 1 when the whole text is scanned.
__attribute__((export_name("scan_done"))) std::uint32_t scan_done() {
    return state.at == state.end ? 1 : 0;
}

// How many bytes of the text are scanned, for the progress shown.
__attribute__((export_name("scan_progress"))) std::uint32_t scan_progress() {
    return static_cast<std::uint32_t>(scanned());
}

// The records that scan_step() wrote.
__attribute__((export_name("scan_records"))) const finding_record* scan_records() {
    return records;
}

}  // extern "C"
