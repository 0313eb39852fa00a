// SPDX-License-Identifier: BSL-1.0
// The enumeration, with each enumerator's name and message as its
// documentation (errc.hpp documents the enumeration itself).
#include <string_view>

#include "cpp_text.hpp"
#include "writers.hpp"

namespace codegen {

namespace {

// A documentation comment, wrapped at words to fit 100 columns.
std::string doc_comment(std::string_view text, std::string_view indent) {
    const std::string lead = std::string(indent) + "/// ";
    std::string out;
    while (!text.empty()) {
        std::size_t n = text.size();
        if (lead.size() + n > 100) {
            const std::size_t space = text.substr(0, 100 - lead.size() + 1).rfind(' ');
            n = space == std::string_view::npos || space == 0 ? text.size() : space;
        }
        out += lead + std::string(text.substr(0, n)) + "\n";
        text.remove_prefix(n);
        while (!text.empty() && text.front() == ' ') text.remove_prefix(1);
    }
    return out;
}

}  // namespace

generated_file errc_header(const model& m) {
    std::string out =
        preamble("data/codes.tsv", "the enumerators of errc, one a code.") +
        "// <ipsec_error/errc.hpp> includes this file and documents the enumeration.\n"
        "#ifndef IPSEC_ERROR_DETAIL_GENERATED_ERRC_HPP\n"
        "#define IPSEC_ERROR_DETAIL_GENERATED_ERRC_HPP\n\n"
        "namespace ipsec_error {\ninline namespace v1 {\n\n"
        "enum class errc : int {\n";
    for (const code& c : m.codes) {
        out += doc_comment("`" + c.name + "`: \"" + c.message + "\"", "    ");
        out += format("    %s = %d,\n", c.enumerator().c_str(), c.value);
    }
    out +=
        "};\n\n}  // namespace v1\n}  // namespace ipsec_error\n\n"
        "#endif  // IPSEC_ERROR_DETAIL_GENERATED_ERRC_HPP\n";
    return {std::string(generated_folder) + "/errc.hpp", out};
}

}  // namespace codegen
