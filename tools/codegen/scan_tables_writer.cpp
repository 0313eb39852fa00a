// SPDX-License-Identifier: BSL-1.0
// The tables of scan() and find_by_message(): the classes of each byte, and
// the Windows messages indexed by their first eight bytes, folded
// (detail/scan_bytes.hpp defines both; detail/scan_text.hpp reads them).
#include <ipsec_error/detail/scan_bytes.hpp>

#include <algorithm>
#include <numeric>

#include "cpp_text.hpp"
#include "read_data.hpp"
#include "writers.hpp"

namespace codegen {

generated_file scan_tables_header(const model& m) {
    namespace scanning = ipsec_error::detail::scanning;
    const std::size_t rows = m.codes.size();

    std::vector<std::uint32_t> classes(256);
    for (unsigned c = 0; c < 256; ++c)
        classes[c] = scanning::classes_of_byte(static_cast<unsigned char>(c));

    std::vector<std::uint32_t> first_three(std::size_t{26} * 32, 0);
    std::vector<std::uint64_t> keys(rows);
    std::vector<std::uint32_t> words(rows);
    for (std::size_t row = 0; row < rows; ++row) {
        const std::string& message = m.codes[row].message;
        if (!scanning::message_key(message, 0, keys[row]) ||
            !scanning::has_class(message[0], scanning::byte_letter)) {
            throw data_error("data/codes.tsv: the message of " + m.codes[row].name +
                             " must start with a letter and be longer than eight characters");
        }
        unsigned count = 1;
        for (std::size_t i = 1; i < message.size(); ++i) {
            if (message[i] == ' ' && message[i - 1] != ' ') ++count;
        }
        words[row] = count;
        const auto first = static_cast<unsigned>(scanning::ascii_lower(message[0]) - 'a');
        first_three[first * 32 + scanning::second_byte_index(message[1])] |=
            1u << scanning::second_byte_index(message[2]);
    }
    // Stable: the rows of one key stay in ascending order.
    std::vector<std::uint32_t> order(rows);
    std::iota(order.begin(), order.end(), 0u);
    std::stable_sort(order.begin(), order.end(),
                     [&](std::uint32_t a, std::uint32_t b) { return keys[a] < keys[b]; });
    std::vector<std::uint64_t> slot_keys(scanning::message_slot_count, 0);
    std::vector<std::uint32_t> begin(scanning::message_slot_count, 0);
    std::vector<std::uint32_t> count(scanning::message_slot_count, 0);
    std::size_t distinct = 0;
    for (std::size_t i = 0; i < rows;) {
        const std::uint64_t key = keys[order[i]];
        std::size_t end = i;
        while (end < rows && keys[order[end]] == key) ++end;
        if (++distinct >= scanning::message_slot_count)
            throw data_error("data/codes.tsv: more distinct message keys than slots");
        std::size_t slot = scanning::message_slot(key);
        while (count[slot] != 0) slot = (slot + 1) & (scanning::message_slot_count - 1);
        slot_keys[slot] = key;
        begin[slot] = static_cast<std::uint32_t>(i);
        count[slot] = static_cast<std::uint32_t>(end - i);
        i = end;
    }

    std::string out =
        preamble("data/codes.tsv",
                 "the tables of scan() and find_by_message()\n"
                 "// (detail/scan_text.hpp reads them).") +
        "#ifndef IPSEC_ERROR_DETAIL_GENERATED_SCAN_TABLES_HPP\n"
        "#define IPSEC_ERROR_DETAIL_GENERATED_SCAN_TABLES_HPP\n\n"
        "#include <cstdint>\n\n"
        "#include <ipsec_error/detail/generated/table.hpp>\n\n"
        "namespace ipsec_error {\ninline namespace v1 {\nnamespace detail::scanning {\n\n"
        "// clang-format off\n"
        "// Each byte's classes (byte_word, byte_digit, ...).\n"
        "inline constexpr unsigned char byte_classes[256 + 1] =\n" +
        numbers(classes, number_literal::bytes) +
        "\n// [first letter * 32 + second byte's index]: a bit for each third byte's\n"
        "// index that some message starts with.\n"
        "inline constexpr char32_t message_first_three[26 * 32 + 1] =\n" +
        numbers(first_three, number_literal::char32) +
        "\n// The slots of the messages' keys (their first eight bytes, folded):\n"
        "// the key, its first place in message_rows and how many rows share it\n"
        "// (0: an empty slot).\n" +
        format("inline constexpr std::uint64_t message_keys[%zu] = {\n",
               scanning::message_slot_count);
    for (std::size_t slot = 0; slot < scanning::message_slot_count; ++slot) {
        out += format("%s0x%016llXu,%s", slot % 4 == 0 ? "    " : " ",
                      static_cast<unsigned long long>(slot_keys[slot]), slot % 4 == 3 ? "\n" : "");
    }
    out += format("};\ninline constexpr unsigned char message_begin[%zu + 1] =\n",
                  scanning::message_slot_count) +
           numbers(begin, number_literal::bytes) +
           format("inline constexpr unsigned char message_count[%zu + 1] =\n",
                  scanning::message_slot_count) +
           numbers(count, number_literal::bytes) +
           "\n// The rows, ordered by key, then by value.\n"
           "inline constexpr unsigned char message_rows[row_count + 1] =\n" +
           numbers(order, number_literal::bytes) +
           "\n// The words of each row's message.\n"
           "inline constexpr unsigned char message_words[row_count + 1] =\n" +
           numbers(words, number_literal::bytes) +
           "// clang-format on\n\n"
           "}  // namespace detail::scanning\n}  // namespace v1\n}  // namespace ipsec_error\n\n"
           "#endif  // IPSEC_ERROR_DETAIL_GENERATED_SCAN_TABLES_HPP\n";
    return {std::string(generated_folder) + "/scan_tables.hpp", out};
}

}  // namespace codegen
