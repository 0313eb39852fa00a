// SPDX-License-Identifier: BSL-1.0
// The vector loop of scan() (SSE2 natively, WebAssembly SIMD128 in the wasm
// build) finds exactly what the byte-at-a-time loop finds, and both find
// what finding_at() finds when it is asked at every token start, with no
// prefilter: on each line and each whole file given on the command line (the
// project's corpora), and on random text made of the pieces codes are
// written with. Prints what it compared; exits 1 at the first difference.
//
//     scan_vector_test FILE...
#include <ipsec_error/scan.hpp>

#include <cstdint>
#include <cstdio>
#include <string>
#include <string_view>

#include "next_at_every_start.hpp"

namespace {

namespace scanning = ipsec_error::detail::scanning;

#if IPSEC_ERROR_SCAN_SIMD128
constexpr const char* vector_path = "WebAssembly SIMD128";
ipsec_error::finding next_vector(std::string_view text, std::size_t from) {
    return scanning::next_finding_simd128(text, from);
}
#elif IPSEC_ERROR_SCAN_SSE2
constexpr const char* vector_path = "SSE2";
ipsec_error::finding next_vector(std::string_view text, std::size_t from) {
    return scanning::next_finding_sse2(text, from);
}
#else
#error "scan_vector_test is built where scan() has a vector loop (SSE2 or SIMD128)"
#endif

bool same(const ipsec_error::finding& a, const ipsec_error::finding& b) {
    if (a.offset != b.offset) return false;
    if (a.offset == scanning::no_finding) return true;
    if (a.length != b.length || a.form != b.form || a.status_only != b.status_only) return false;
    if (a.codes.size() != b.codes.size()) return false;
    for (std::size_t i = 0; i < a.codes.size(); ++i) {
        if (a.codes[i] != b.codes[i]) return false;
    }
    return true;
}

std::size_t texts = 0;
std::size_t findings = 0;

// Every finding of text by the three loops, from every start a scan takes
// (and from a few places inside, as a reader that resumes does).
bool compare(std::string_view text, const char* where) {
    ++texts;
    for (std::size_t from = 0;;) {
        const ipsec_error::finding fast = next_vector(text, from);
        const ipsec_error::finding slow = scanning::next_finding_bytewise(text, from);
        const ipsec_error::finding every = next_at_every_start(text, from);
        if (!same(fast, slow) || !same(slow, every)) {
            std::printf(
                "FAILED: %s: from %zu: vector at %zu, bytewise at %zu, every start at %zu\n", where,
                from, fast.offset, slow.offset, every.offset);
            return false;
        }
        if (fast.offset == scanning::no_finding) return true;
        ++findings;
        from = fast.offset + fast.length;
    }
}

bool compare_from_each(std::string_view text, const char* where) {
    for (std::size_t from = 0; from <= text.size() && from < 40; ++from) {
        const ipsec_error::finding fast = next_vector(text, from);
        if (!same(fast, scanning::next_finding_bytewise(text, from)) ||
            !same(fast, next_at_every_start(text, from))) {
            std::printf("FAILED: %s: from %zu\n", where, from);
            return false;
        }
    }
    return true;
}

bool compare_file(const char* path) {
    std::FILE* f = std::fopen(path, "rb");
    if (f == nullptr) {
        std::printf("FAILED: cannot open %s\n", path);
        return false;
    }
    std::string text;
    char buffer[1 << 14];
    for (std::size_t n; (n = std::fread(buffer, 1, sizeof buffer, f)) != 0;) text.append(buffer, n);
    std::fclose(f);
    if (!compare(text, path)) return false;
    for (std::size_t start = 0; start < text.size();) {
        std::size_t end = text.find('\n', start);
        if (end == std::string::npos) end = text.size();
        const std::string_view line = std::string_view(text).substr(start, end - start);
        if (!compare(line, path) || !compare_from_each(line, path)) return false;
        start = end + 1;
    }
    return true;
}

// Random text from the pieces codes are written with, and bytes of every
// kind between them; the same text on every run.
class random_text {
public:
    std::string next() {
        std::string text;
        const std::uint32_t pieces = draw() % 12;
        for (std::uint32_t k = 0; k < pieces; ++k) piece(text);
        return text;
    }

private:
    std::uint32_t draw() {
        state_ ^= state_ << 13;
        state_ ^= state_ >> 17;
        state_ ^= state_ << 5;
        return state_;
    }

    void put(std::string& text, const char* format, unsigned value) {
        char buffer[64];
        const int n = std::snprintf(buffer, sizeof buffer, format, value);
        text.append(buffer, static_cast<std::size_t>(n));
    }

    void piece(std::string& text) {
        const auto& r = ipsec_error::records[draw() % ipsec_error::records.size()];
        const auto v = static_cast<unsigned>(r.value());
        static constexpr const char* separators[] = {" ", "  ", "\t", "\r\n", "\n", "-",  "_", ":",
                                                     "=", "(",  ")",  ".",    ",",  "\"", ""};
        switch (draw() % 16) {
            case 0: text.append(r.name); break;
            case 1: text.append(r.message); break;
            case 2: {  // the message in another letter case, its spaces doubled or tabs
                for (char c : r.message) {
                    const std::uint32_t d = draw() % 8;
                    if (c == ' ') {
                        text.append(d == 0 ? "  " : d == 1 ? "\t" : " ");
                    } else {
                        text += d < 3 && c >= 'a' && c <= 'z' ? static_cast<char>(c - 32) : c;
                    }
                }
                break;
            }
            case 3: put(text, "0x%08X", 0x80070000u | v); break;
            case 4: put(text, "0x%x", v); break;
            case 5: put(text, "error %u", v); break;
            case 6: put(text, "code=%u", v); break;
            case 7: put(text, "ipsec:%u", v); break;
            case 8:
                put(text, "-%u", static_cast<unsigned>(0x100000000u - (0x80070000u | v)));
                break;
            case 9: put(text, "%u", draw() % 200000); break;
            case 10: text.append(r.message.substr(0, draw() % (r.message.size() + 1))); break;
            case 11: text.append(r.name.substr(0, draw() % (r.name.size() + 1))); break;
            case 12: {  // any bytes
                for (std::uint32_t n = draw() % 24; n != 0; --n) {
                    text += static_cast<char>(draw() & 0xFF);
                }
                break;
            }
            case 13: {  // words of a log
                static constexpr const char* words[] = {"the ",
                                                        "error ",
                                                        "invalid ",
                                                        "failed ",
                                                        "IKE ",
                                                        "INFO ",
                                                        "request ",
                                                        "2024-03-11T09:14:27Z ",
                                                        "198.51.100.7:4500 ",
                                                        "WARNING_",
                                                        "ERROR_",
                                                        "STATUS_",
                                                        "WSA_",
                                                        "ipsec:",
                                                        "0x",
                                                        "1",
                                                        "13",
                                                        "-2147",
                                                        "Negotiation "};
                text.append(words[draw() % (sizeof words / sizeof words[0])]);
                break;
            }
            default:
                text.append(separators[draw() % (sizeof separators / sizeof separators[0])]);
                break;
        }
        text.append(separators[draw() % (sizeof separators / sizeof separators[0])]);
    }

    std::uint32_t state_ = 20261203;
};

}  // namespace

int main(int argc, char** argv) {
    for (int i = 1; i < argc; ++i) {
        if (!compare_file(argv[i])) return 1;
    }
    random_text random;
    for (int i = 0; i < 20000; ++i) {
        const std::string text = random.next();
        if (!compare(text, "random text") || !compare_from_each(text, "random text")) {
            std::string shown;
            for (char c : text) {
                const auto b = static_cast<unsigned char>(c);
                if (b >= 0x20 && b < 0x7F) {
                    shown += c;
                } else {
                    char hex[8];
                    std::snprintf(hex, sizeof hex, "\\x%02X", b);
                    shown += hex;
                }
            }
            std::printf("text %d: \"%s\"\n", i, shown.c_str());
            return 1;
        }
    }
    std::printf(
        "%s loop, byte-at-a-time loop and every token start agree: %zu texts, %zu findings\n",
        vector_path, texts, findings);
    return 0;
}
