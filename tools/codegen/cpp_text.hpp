// SPDX-License-Identifier: BSL-1.0
// ipsec-error-codegen: C++ source text, as the generated headers hold it.
#ifndef IPSEC_ERROR_CODEGEN_CPP_TEXT_HPP
#define IPSEC_ERROR_CODEGEN_CPP_TEXT_HPP

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace codegen {

// A string literal of text: quotes and backslashes escaped, a line break as
// \n, anything else outside printable ASCII as a three-digit octal escape
// (never merged with a digit that follows).
std::string string_literal(std::string_view text);

// What kind of literal numbers() writes.
enum class number_literal { bytes, char16, char32 };

// Numbers as a string literal, one escape each, then ";": a compiler reads a
// string far faster than a braced list of as many numbers. Bytes as octal
// escapes in an ordinary literal, 16- and 32-bit numbers as hex escapes in a
// u"" or U"" literal. The literal's final NUL is one element more than the
// numbers, which the array's declared size accounts for. Lines of at most 94
// columns.
std::string numbers(const std::vector<std::uint32_t>& values, number_literal kind);

// printf into a std::string.
std::string format(const char* pattern, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 1, 2)))
#endif
    ;

// The first lines of every generated header: that it is generated, from
// what, and how to regenerate it; its licence; what it holds.
std::string preamble(std::string_view sources, std::string_view what);

}  // namespace codegen

#endif
