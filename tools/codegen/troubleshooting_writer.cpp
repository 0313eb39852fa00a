// SPDX-License-Identifier: BSL-1.0
// The troubleshooting text as a few blocks of characters, and the entries,
// which refer into them by block, offset and length (packed_text.hpp): in a
// position-independent executable each pointer in a constant table costs a
// relocation of 24 bytes besides its own 8.
#include <ipsec_error/detail/packed_text.hpp>

#include "cpp_text.hpp"
#include "read_data.hpp"
#include "writers.hpp"

namespace codegen {

namespace {

namespace detail = ipsec_error::detail;

// The lines of a list, joined by '\n', as packed_text_lines reads them.
std::string joined(const std::vector<std::string>& lines) {
    std::string text;
    for (const std::string& line : lines) text += (text.empty() ? "" : "\n") + line;
    return text;
}

struct place {
    std::size_t block, offset, length;
};

}  // namespace

std::vector<generated_file> troubleshooting_headers(const model& m) {
    // Blocks that MSVC accepts: a string literal may hold at most 65535 bytes,
    // its final NUL included, and each piece of it at most 16380. An entry's
    // summary, causes and actions follow one another in one block.
    constexpr std::size_t block_capacity = 65534;
    struct entry_text {
        std::string summary, causes, actions;
        place summary_at, causes_at, actions_at;
    };
    std::vector<std::string> blocks(1);
    std::vector<std::vector<std::size_t>> entries_of_block(1);
    std::vector<entry_text> entries;
    for (std::size_t i = 0; i < m.codes.size(); ++i) {
        const advice& a = m.codes[i].troubleshooting;
        entry_text e{a.summary, joined(a.causes), joined(a.actions), {}, {}, {}};
        const std::size_t size = e.summary.size() + e.causes.size() + e.actions.size();
        if (blocks.back().size() + size > block_capacity) {
            blocks.emplace_back();
            entries_of_block.emplace_back();
        }
        const std::size_t block = blocks.size() - 1;
        std::string& text = blocks.back();
        const auto append = [&](const std::string& part) {
            const place p{block, text.size(), part.size()};
            text += part;
            return p;
        };
        e.summary_at = append(e.summary);
        e.causes_at = append(e.causes);
        e.actions_at = append(e.actions);
        entries_of_block.back().push_back(i);
        if (text.size() > block_capacity || e.causes.size() > detail::packed_max_length ||
            e.actions.size() > detail::packed_max_length) {
            throw data_error("data/troubleshooting/" + std::to_string(m.codes[i].value) +
                             ".toml: the causes or the actions are too long together (at most " +
                             std::to_string(detail::packed_max_length) + " characters each)");
        }
        entries.push_back(std::move(e));
    }
    if (blocks.size() > detail::packed_max_blocks)
        throw data_error("data/troubleshooting: the text needs too many blocks");

    std::string out =
        preamble(
            "data/troubleshooting/*.toml",
            "the characters of the troubleshooting text, which\n"
            "// the entries (troubleshooting_entries.hpp) refer to by block, offset and length.") +
        "#ifndef IPSEC_ERROR_DETAIL_GENERATED_TROUBLESHOOTING_BLOCKS_HPP\n"
        "#define IPSEC_ERROR_DETAIL_GENERATED_TROUBLESHOOTING_BLOCKS_HPP\n\n"
        "#include <cstddef>\n\n"
        "namespace ipsec_error {\ninline namespace v1 {\nnamespace detail {\n\n"
        "// clang-format off\n";
    for (std::size_t b = 0; b < blocks.size(); ++b) {
        out += format(
            "// Block %zu: each entry's summary, causes and actions, one after the\n"
            "// other.\n"
            "inline constexpr char troubleshooting_text_%zu[] =\n",
            b, b);
        for (std::size_t i : entries_of_block[b]) {
            const entry_text& e = entries[i];
            out += format("    // %d\n", m.codes[i].value);
            for (std::string_view part : {std::string_view(e.summary), std::string_view(e.causes),
                                          std::string_view(e.actions)}) {
                // A piece a line of the text, broken after a space when longer
                // than 80 characters.
                while (!part.empty()) {
                    const std::size_t newline = part.find('\n');
                    std::size_t n = newline == std::string_view::npos ? part.size() : newline + 1;
                    if (n > 80) {
                        const std::size_t space = part.substr(0, 80).rfind(' ');
                        n = space == std::string_view::npos ? 80 : space + 1;
                    }
                    out += "    " + string_literal(part.substr(0, n)) + "\n";
                    part.remove_prefix(n);
                }
            }
        }
        out += "    ;\n\n";
    }
    out +=
        "// The first character of a block.\n"
        "constexpr const char* troubleshooting_text_block(std::size_t block) noexcept {\n"
        "    return ";
    for (std::size_t b = 0; b + 1 < blocks.size(); ++b) {
        out += format("block == %zu ? troubleshooting_text_%zu : ", b, b);
    }
    out += format("troubleshooting_text_%zu;\n}\n", blocks.size() - 1) +
           "// clang-format on\n\n"
           "}  // namespace detail\n}  // namespace v1\n}  // namespace ipsec_error\n\n"
           "#endif  // IPSEC_ERROR_DETAIL_GENERATED_TROUBLESHOOTING_BLOCKS_HPP\n";
    generated_file text{std::string(generated_folder) + "/troubleshooting_blocks.hpp", out};

    out = preamble("data/troubleshooting/*.toml",
                   "the troubleshooting entries, one per code, in the\n"
                   "// order of the table; their text is in troubleshooting_blocks.hpp. Include\n"
                   "// <ipsec_error/troubleshooting.hpp>, which looks entries up.") +
          "#ifndef IPSEC_ERROR_DETAIL_GENERATED_TROUBLESHOOTING_ENTRIES_HPP\n"
          "#define IPSEC_ERROR_DETAIL_GENERATED_TROUBLESHOOTING_ENTRIES_HPP\n\n"
          "#include <array>\n\n"
          "#include <ipsec_error/detail/generated/table.hpp>\n"
          "#include <ipsec_error/detail/generated/troubleshooting_blocks.hpp>\n"
          "#include <ipsec_error/errc.hpp>\n"
          "#include <ipsec_error/troubleshooting_entry.hpp>\n\n"
          "namespace ipsec_error {\ninline namespace v1 {\nnamespace detail {\n\n"
          "// clang-format off\n"
          "// Each entry: the summary; the code; the causes and the actions, each as\n"
          "// packed_text_lines::where (block, offset, length, as the comment above says);\n"
          "// the values of the related codes.\n"
          "inline constexpr std::array<troubleshooting, row_count> troubleshooting_entries{{\n";
    for (std::size_t i = 0; i < entries.size(); ++i) {
        const code& c = m.codes[i];
        const entry_text& e = entries[i];
        std::string related;
        for (int r : c.troubleshooting.related) {
            related += (related.empty() ? "" : ", ") + std::to_string(r);
        }
        out += format(
            "    // %d: causes at %zu:%zu (%zu), actions at %zu:%zu (%zu)\n"
            "    {{troubleshooting_text_%zu + %zu, %zu}, errc::%s, {0x%08lXu}, {0x%08lXu},\n"
            "     {{%s}}},\n",
            c.value, e.causes_at.block, e.causes_at.offset, e.causes_at.length, e.actions_at.block,
            e.actions_at.offset, e.actions_at.length, e.summary_at.block, e.summary_at.offset,
            e.summary_at.length, c.enumerator().c_str(),
            static_cast<unsigned long>(
                detail::pack_text(e.causes_at.block, e.causes_at.offset, e.causes_at.length)),
            static_cast<unsigned long>(
                detail::pack_text(e.actions_at.block, e.actions_at.offset, e.actions_at.length)),
            related.c_str());
    }
    out +=
        "}};\n"
        "// clang-format on\n\n"
        "}  // namespace detail\n}  // namespace v1\n}  // namespace ipsec_error\n\n"
        "#endif  // IPSEC_ERROR_DETAIL_GENERATED_TROUBLESHOOTING_ENTRIES_HPP\n";
    return {text, {std::string(generated_folder) + "/troubleshooting_entries.hpp", out}};
}

}  // namespace codegen
