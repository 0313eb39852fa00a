// SPDX-License-Identifier: BSL-1.0
// Writes the tables of scan() and find_by_message() into
// DIRECTORY/scan_tables.hpp (include/ipsec_error/detail), as
// tests/scan_tables_builder.hpp builds them from the table of codes.
//
// tests/compile_time_checks.hpp refuses a build whose generated tables differ
// from what the builder gives; regenerate them with
//   ./build/tests/generate_scan_tables include/ipsec_error/detail
// (after generate_table, when the table of codes changed).
#include "generated_literals.hpp"
#include "scan_tables_builder.hpp"

#include <cstdint>
#include <cstdio>
#include <string>

namespace scanning = ipsec_error::detail::scanning;

int main(int argc, char** argv) {
    if (argc != 2) {
        std::fprintf(stderr,
                     "usage: generate_scan_tables DIRECTORY (include/ipsec_error/detail)\n");
        return 2;
    }
    const std::string path = std::string(argv[1]) + "/scan_tables.hpp";
    static constexpr scanning::scan_tables tables = scanning::build_scan_tables();

    std::FILE* out = std::fopen(path.c_str(), "w");
    if (out == nullptr) {
        std::perror(path.c_str());
        return 2;
    }
    std::fprintf(out,
                 "// SPDX-License-Identifier: BSL-1.0\n"
                 "// ipsec-error, internal: the tables of scan() and find_by_message()\n"
                 "// (detail/scan_text.hpp). Written by tests/generate_scan_tables.cpp from\n"
                 "// the table of codes; do not edit.\n"
                 "#ifndef IPSEC_ERROR_DETAIL_SCAN_TABLES_HPP\n"
                 "#define IPSEC_ERROR_DETAIL_SCAN_TABLES_HPP\n\n"
                 "#include <cstdint>\n\n#include <ipsec_error/records.hpp>\n\n"
                 "namespace ipsec_error {\ninline namespace v1 {\nnamespace detail::scanning {\n\n"
                 "// clang-format off\n"
                 "// Each byte's classes (byte_word, byte_digit, ...).\n"
                 "inline constexpr unsigned char byte_classes[256 + 1] =\n");
    generated::print_numbers(out, tables.classes, 256, "");
    std::fprintf(out,
                 "\n// [first letter * 32 + second byte's index]: a bit for each third byte's\n"
                 "// index that some message starts with.\n"
                 "inline constexpr char32_t message_first_three[26 * 32 + 1] =\n");
    generated::print_numbers(out, &tables.first_three[0][0], 26 * 32, "U");
    std::fprintf(out,
                 "\n// The slots of the messages' keys (their first eight bytes, folded):\n"
                 "// the key, its first place in message_rows and how many rows share it\n"
                 "// (0: an empty slot).\n"
                 "inline constexpr std::uint64_t message_keys[%zu] = {\n",
                 scanning::message_slot_count);
    for (std::size_t slot = 0; slot < scanning::message_slot_count; ++slot) {
        std::fprintf(out, "%s0x%016llXu,%s", slot % 4 == 0 ? "    " : " ",
                     static_cast<unsigned long long>(tables.keys[slot]), slot % 4 == 3 ? "\n" : "");
    }
    std::fprintf(out, "};\ninline constexpr unsigned char message_begin[%zu + 1] =\n",
                 scanning::message_slot_count);
    generated::print_numbers(out, tables.begin, scanning::message_slot_count, "");
    std::fprintf(out, "inline constexpr unsigned char message_count[%zu + 1] =\n",
                 scanning::message_slot_count);
    generated::print_numbers(out, tables.count, scanning::message_slot_count, "");
    std::fprintf(out,
                 "\n// The rows, ordered by key, then by value.\n"
                 "inline constexpr unsigned char message_rows[record_count + 1] =\n");
    generated::print_numbers(out, tables.rows, ipsec_error::record_count, "");
    std::fprintf(out,
                 "\n// The words of each row's message.\n"
                 "inline constexpr unsigned char message_words[record_count + 1] =\n");
    generated::print_numbers(out, tables.words, ipsec_error::record_count, "");
    std::fprintf(
        out,
        "// clang-format on\n\n"
        "}  // namespace detail::scanning\n}  // namespace v1\n}  // namespace ipsec_error\n\n"
        "#endif  // IPSEC_ERROR_DETAIL_SCAN_TABLES_HPP\n");
    return std::fclose(out) == 0 ? 0 : 2;
}
