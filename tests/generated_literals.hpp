// SPDX-License-Identifier: BSL-1.0
// How the generators (generate_table.cpp, generate_scan_tables.cpp) write
// arrays of numbers into the headers they generate.
#ifndef IPSEC_ERROR_TESTS_GENERATED_LITERALS_HPP
#define IPSEC_ERROR_TESTS_GENERATED_LITERALS_HPP

#include <cstddef>
#include <cstdio>
#include <string>
#include <vector>

namespace generated {

// Numbers as a string literal, one escape each: a compiler reads a string far
// faster than a braced list of as many numbers. Bytes as octal escapes in an
// ordinary literal (kind ""), 16- and 32-bit numbers as hex escapes in a u""
// or U"" literal (kind "u" or "U"); the literal's final NUL is one element
// more than the numbers. Lines of at most 94 columns, then ";".
template <class Number>
void print_numbers(std::FILE* out, const Number* numbers, std::size_t count, const char* kind) {
    const bool wide = *kind != '\0';
    const std::string open = std::string("    ") + kind + "\"";
    std::string line = open;
    for (std::size_t i = 0; i < count; ++i) {
        char escape[16];
        std::snprintf(escape, sizeof escape, wide ? "\\x%X" : "\\%o",
                      static_cast<unsigned>(numbers[i]));
        if (line.size() + std::string(escape).size() > 94) {
            std::fprintf(out, "%s\"\n", line.c_str());
            line = open;
        }
        line += escape;
    }
    std::fprintf(out, "%s\";\n", line.c_str());
}

template <class Number>
void print_numbers(std::FILE* out, const std::vector<Number>& numbers, const char* kind) {
    print_numbers(out, numbers.data(), numbers.size(), kind);
}

}  // namespace generated

#endif  // IPSEC_ERROR_TESTS_GENERATED_LITERALS_HPP
