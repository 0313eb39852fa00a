// SPDX-License-Identifier: BSL-1.0
// The IPsec NTSTATUS codes that have no IPsec Win32 code, a column an array
// (status_only.hpp makes status_only_codes of them).
#include "cpp_text.hpp"
#include "writers.hpp"

namespace codegen {

generated_file status_only_header(const model& m) {
    std::string names;
    std::string win32_names;
    std::string statuses;
    std::string win32_values;
    for (const status_only& s : m.status_only_codes) {
        names += "    " + string_literal(s.name) + ",\n";
        win32_names += "    " + string_literal(s.win32_name) + ",\n";
        statuses += format("    0x%08Xu,\n", static_cast<unsigned>(s.ntstatus));
        win32_values += format("    %d,\n", s.win32_value);
    }
    const std::string out =
        preamble("data/status_only.tsv", "the IPsec NTSTATUS codes without an IPsec Win32 code.") +
        "#ifndef IPSEC_ERROR_DETAIL_GENERATED_STATUS_ONLY_HPP\n"
        "#define IPSEC_ERROR_DETAIL_GENERATED_STATUS_ONLY_HPP\n\n"
        "#include <cstddef>\n#include <cstdint>\n\n"
        "namespace ipsec_error {\ninline namespace v1 {\nnamespace detail {\n\n" +
        format("inline constexpr std::size_t status_only_count = %zu;\n",
               m.status_only_codes.size()) +
        "// Each code's ntstatus.h name, its NTSTATUS, and the Win32 code Windows maps it to.\n"
        "inline constexpr const char* status_only_names[status_only_count] = {\n" +
        names + "};\ninline constexpr std::uint32_t status_only_statuses[status_only_count] = {\n" +
        statuses +
        "};\ninline constexpr const char* status_only_win32_names[status_only_count] = {\n" +
        win32_names + "};\ninline constexpr int status_only_win32_values[status_only_count] = {\n" +
        win32_values +
        "};\n\n}  // namespace detail\n}  // namespace v1\n}  // namespace ipsec_error\n\n"
        "#endif  // IPSEC_ERROR_DETAIL_GENERATED_STATUS_ONLY_HPP\n";
    return {std::string(generated_folder) + "/status_only.hpp", out};
}

}  // namespace codegen
