// SPDX-License-Identifier: BSL-1.0
// Writes the table's generated data from tests/table_source.hpp, where the
// rows are edited, into DIRECTORY/table.hpp (include/ipsec_error/detail): the
// names and messages as one block of text, the offsets into it, an array per
// column of the rows (records.hpp builds ipsec_error::records from them), the
// index from values to rows and the perfect hash of the names. And the
// troubleshooting text from tests/troubleshooting_source.hpp: the text as a
// few blocks of characters into DIRECTORY/troubleshooting_blocks.hpp, and the
// entries, which refer into them by block, offset and length, into
// DIRECTORY/troubleshooting_text.hpp.
//
// tests/compile_time_checks.hpp refuses a build whose generated data differs
// from the sources; regenerate it with
//   ./build/tests/generate_table include/ipsec_error/detail
#include <ipsec_error/detail/name_hash.hpp>
#include <ipsec_error/record.hpp>

#include "generated_literals.hpp"
#include "table_source.hpp"
#include "troubleshooting_source.hpp"

#include <algorithm>
#include <cctype>
#include <cstdint>
#include <cstdio>
#include <numeric>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace {

namespace ie = ipsec_error;
const auto& rows = ie::source::records;

// A C++ string literal of text: quotes and backslashes escaped, a line break
// as \n, anything else outside printable ASCII as an octal escape (three
// digits: never merged with a following digit).
std::string literal(std::string_view text) {
    std::string out = "\"";
    for (char c : text) {
        const auto u = static_cast<unsigned char>(c);
        if (c == '"' || c == '\\') {
            out += '\\';
            out += c;
        } else if (c == '\n') {
            out += "\\n";
        } else if (u < 0x20 || u >= 0x7F) {
            char buffer[8];
            std::snprintf(buffer, sizeof buffer, "\\%03o", u);
            out += buffer;
        } else {
            out += c;
        }
    }
    return out + "\"";
}

// A key of the perfect hash: one of a row's two spellings, its full name or
// its enumerator's (detail/name_hash.hpp).
struct name_key {
    std::string_view text;
    std::size_t row;
    bool full_name;
};

std::vector<name_key> name_keys() {
    std::vector<name_key> keys;
    for (std::size_t row = 0; row < rows.size(); ++row) {
        keys.push_back({rows[row].name, row, true});
        keys.push_back({ie::detail::name_stem(rows[row].name), row, false});
    }
    return keys;
}

struct perfect_hash {
    std::uint64_t seed = 0;
    std::vector<std::uint8_t> displacements;
    std::vector<std::size_t> slots;  // the key plus one; 0 is empty
};

// Hash and displace: the buckets, largest first, each get the first
// displacement that puts all their keys in free slots; the first seed for
// which every bucket finds one wins. None, when two keys hash alike whatever
// the seed (name_hash() must then read other bytes).
std::optional<perfect_hash> build_perfect_hash(const std::vector<name_key>& keys) {
    using namespace ie::detail;
    for (std::uint64_t seed = 0; seed < 10000; ++seed) {
        std::vector<std::uint64_t> hashes;
        std::vector<std::vector<std::size_t>> buckets(name_bucket_count);
        for (std::size_t key = 0; key < keys.size(); ++key) {
            const std::uint64_t hash = name_hash(keys[key].text, seed);
            hashes.push_back(hash);
            buckets[name_bucket(hash)].push_back(key);
        }
        std::vector<std::size_t> order(name_bucket_count);
        std::iota(order.begin(), order.end(), std::size_t{0});
        std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
            return buckets[a].size() > buckets[b].size();
        });
        perfect_hash result;
        result.seed = seed;
        result.displacements.assign(name_bucket_count, 0);
        result.slots.assign(name_slot_count, 0);
        bool placed_all = true;
        for (std::size_t bucket : order) {
            bool placed = buckets[bucket].empty();
            for (unsigned d = 0; !placed && d < 256; ++d) {
                std::vector<std::size_t> taken;
                bool fits = true;
                for (std::size_t key : buckets[bucket]) {
                    const std::size_t slot = name_slot(hashes[key], static_cast<std::uint8_t>(d));
                    if (result.slots[slot] != 0 ||
                        std::find(taken.begin(), taken.end(), slot) != taken.end()) {
                        fits = false;
                        break;
                    }
                    taken.push_back(slot);
                }
                if (!fits) continue;
                for (std::size_t k = 0; k < taken.size(); ++k) {
                    result.slots[taken[k]] = buckets[bucket][k] + 1;
                }
                result.displacements[bucket] = static_cast<std::uint8_t>(d);
                placed = true;
            }
            if (!placed) {
                placed_all = false;
                break;
            }
        }
        if (placed_all) return result;
    }
    return std::nullopt;
}

// A code as C++: its enumerator, its name's stem in lower case
// (ERROR_IPSEC_QM_POLICY_EXISTS is errc::qm_policy_exists). A code that is
// not in the table (a mistake the build then reports) as its value.
std::string enumerator(ie::errc code) {
    for (const auto& r : rows) {
        if (r.code != code) continue;
        std::string name(ie::detail::name_stem(r.name));
        for (char& c : name) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        return "errc::" + name;
    }
    return "static_cast<errc>(" + std::to_string(static_cast<int>(code)) + ")";
}

// The troubleshooting text, in blocks that MSVC accepts: a string literal
// may hold at most 65535 bytes, its final NUL included, and each piece of it
// at most 16380. An entry's summary, causes and actions follow one another in
// one block, with nothing between them.
bool write_troubleshooting(const std::string& directory) {
    using ie::packed_text_lines;
    constexpr std::size_t block_capacity = 65534;
    struct place {
        std::size_t block, offset, length;
    };
    struct entry_places {
        place summary, causes, actions;
    };
    const auto& entries = ie::source::troubleshooting_entries;
    const auto packed = [](const place& at) {
        return packed_text_lines::at(at.block, at.offset, at.length).where;
    };
    std::vector<std::string> blocks(1);
    std::vector<std::vector<std::size_t>> entries_of_block(1);
    std::vector<entry_places> places;
    for (std::size_t i = 0; i < entries.size(); ++i) {
        const auto& e = entries[i];
        const std::size_t size = e.summary.size() + e.causes.size() + e.actions.size();
        if (blocks.back().size() + size > block_capacity) {
            blocks.emplace_back();
            entries_of_block.emplace_back();
        }
        const std::size_t block = blocks.size() - 1;
        std::string& text = blocks.back();
        auto append = [&](std::string_view part) {
            const place p{block, text.size(), part.size()};
            text += part;
            return p;
        };
        const place summary = append(e.summary);
        const place causes = append(e.causes);
        const place actions = append(e.actions);
        places.push_back({summary, causes, actions});
        entries_of_block.back().push_back(i);
        if (text.size() > block_capacity || causes.length > packed_text_lines::max_length ||
            actions.length > packed_text_lines::max_length) {
            std::fprintf(stderr, "generate_table: troubleshooting entry %zu is too long\n", i);
            return false;
        }
    }
    if (blocks.size() > packed_text_lines::max_blocks) {
        std::fprintf(stderr, "generate_table: the troubleshooting text needs too many blocks\n");
        return false;
    }

    // The blocks, in a header of their own that troubleshooting_entry.hpp
    // includes: packed_text_lines reads them, and this program, which
    // includes that header, needs no more than them to compile.
    const std::string blocks_path = directory + "/troubleshooting_blocks.hpp";
    std::FILE* out = std::fopen(blocks_path.c_str(), "w");
    if (out == nullptr) {
        std::perror(blocks_path.c_str());
        return false;
    }
    std::fprintf(out,
                 "// SPDX-License-Identifier: BSL-1.0\n"
                 "// ipsec-error, internal: the characters of the troubleshooting text, which\n"
                 "// the entries (troubleshooting_text.hpp) refer to by block, offset and length.\n"
                 "// Written by tests/generate_table.cpp from tests/troubleshooting_source.hpp;\n"
                 "// do not edit.\n"
                 "#ifndef IPSEC_ERROR_DETAIL_TROUBLESHOOTING_BLOCKS_HPP\n"
                 "#define IPSEC_ERROR_DETAIL_TROUBLESHOOTING_BLOCKS_HPP\n\n"
                 "#include <cstddef>\n\n"
                 "namespace ipsec_error {\ninline namespace v1 {\nnamespace detail {\n\n"
                 "// clang-format off\n");
    for (std::size_t b = 0; b < blocks.size(); ++b) {
        std::fprintf(out,
                     "// Block %zu: each entry's summary, causes and actions, one after the\n"
                     "// other.\n"
                     "inline constexpr char troubleshooting_text_%zu[] =\n",
                     b, b);
        for (std::size_t i : entries_of_block[b]) {
            const auto& e = entries[i];
            std::fprintf(out, "    // %d\n", static_cast<int>(e.code));
            for (std::string_view part : {e.summary, e.causes, e.actions}) {
                // A piece a line of the text, broken after a space when
                // longer than 80 characters.
                while (!part.empty()) {
                    const std::size_t newline = part.find('\n');
                    std::size_t n = newline == std::string_view::npos ? part.size() : newline + 1;
                    if (n > 80) {
                        const std::size_t space = part.substr(0, 80).rfind(' ');
                        n = space == std::string_view::npos ? 80 : space + 1;
                    }
                    std::fprintf(out, "    %s\n", literal(part.substr(0, n)).c_str());
                    part.remove_prefix(n);
                }
            }
        }
        std::fprintf(out, "    ;\n\n");
    }
    std::fprintf(out,
                 "// The first character of a block.\n"
                 "constexpr const char* troubleshooting_text_block(std::size_t block) noexcept {\n"
                 "    return ");
    for (std::size_t b = 0; b + 1 < blocks.size(); ++b) {
        std::fprintf(out, "block == %zu ? troubleshooting_text_%zu : ", b, b);
    }
    std::fprintf(out,
                 "troubleshooting_text_%zu;\n}\n"
                 "// clang-format on\n\n"
                 "}  // namespace detail\n}  // namespace v1\n}  // namespace ipsec_error\n\n"
                 "#endif  // IPSEC_ERROR_DETAIL_TROUBLESHOOTING_BLOCKS_HPP\n",
                 blocks.size() - 1);
    std::fclose(out);

    const std::string path = directory + "/troubleshooting_text.hpp";
    out = std::fopen(path.c_str(), "w");
    if (out == nullptr) {
        std::perror(path.c_str());
        return false;
    }
    std::fprintf(out,
                 "// SPDX-License-Identifier: BSL-1.0\n"
                 "// ipsec-error, internal: the troubleshooting entries, one per code, in the\n"
                 "// order of the table; their text is in troubleshooting_blocks.hpp. Written by\n"
                 "// tests/generate_table.cpp from tests/troubleshooting_source.hpp; do not edit.\n"
                 "// Include <ipsec_error/troubleshooting.hpp>, which looks entries up.\n"
                 "#ifndef IPSEC_ERROR_DETAIL_TROUBLESHOOTING_TEXT_HPP\n"
                 "#define IPSEC_ERROR_DETAIL_TROUBLESHOOTING_TEXT_HPP\n\n"
                 "#include <array>\n\n"
                 "#include <ipsec_error/detail/table.hpp>\n"
                 "#include <ipsec_error/detail/troubleshooting_blocks.hpp>\n"
                 "#include <ipsec_error/errc.hpp>\n"
                 "#include <ipsec_error/troubleshooting_entry.hpp>\n\n"
                 "namespace ipsec_error {\ninline namespace v1 {\nnamespace detail {\n\n"
                 "// clang-format off\n");
    std::fprintf(
        out,
        "// Each entry: the summary; the code; the causes and the actions, each as\n"
        "// packed_text_lines::where (block, offset, length, as the comment above says);\n"
        "// the values of the related codes.\n"
        "inline constexpr std::array<troubleshooting, row_count> troubleshooting_entries{{\n");
    for (std::size_t i = 0; i < entries.size(); ++i) {
        const auto& e = entries[i];
        const entry_places& p = places[i];
        std::string related;
        for (ie::errc r : e.related) {
            related += (related.empty() ? "" : ", ") + std::to_string(static_cast<int>(r));
        }
        std::fprintf(out,
                     "    // %d: causes at %zu:%zu (%zu), actions at %zu:%zu (%zu)\n"
                     "    {{troubleshooting_text_%zu + %zu, %zu}, %s, {0x%08lXu}, {0x%08lXu},\n"
                     "     {{%s}}},\n",
                     static_cast<int>(e.code), p.causes.block, p.causes.offset, p.causes.length,
                     p.actions.block, p.actions.offset, p.actions.length, p.summary.block,
                     p.summary.offset, p.summary.length, enumerator(e.code).c_str(),
                     static_cast<unsigned long>(packed(p.causes)),
                     static_cast<unsigned long>(packed(p.actions)), related.c_str());
    }
    std::fprintf(out,
                 "}};\n"
                 "// clang-format on\n\n"
                 "}  // namespace detail\n}  // namespace v1\n}  // namespace ipsec_error\n\n"
                 "#endif  // IPSEC_ERROR_DETAIL_TROUBLESHOOTING_TEXT_HPP\n");
    std::fclose(out);
    return true;
}

}  // namespace

int main(int argc, char** argv) {
    if (argc != 2) {
        std::fprintf(stderr, "usage: generate_table DIRECTORY (include/ipsec_error/detail)\n");
        return 2;
    }
    const std::string directory = argv[1];

    // The text and the offsets.
    std::vector<std::uint16_t> offsets;
    std::size_t size = 0;
    for (const auto& r : rows) {
        // Each string is followed by a NUL, so that a view of it is also a C
        // string (status-code's string_ref hands out c_str()).
        offsets.push_back(static_cast<std::uint16_t>(size));
        size += r.name.size() + 1;
        offsets.push_back(static_cast<std::uint16_t>(size));
        size += r.message.size() + 1;
    }
    offsets.push_back(static_cast<std::uint16_t>(size));
    if (size > 0xFFFF) {
        std::fprintf(stderr, "generate_table: the text no longer fits 16-bit offsets\n");
        return 1;
    }

    // The dense span of values: the rows from the first value of 13000 up.
    std::size_t below = 0;
    while (below < rows.size() && rows[below].value() < 13000) ++below;
    const int first = rows[below].value();
    const int last = rows.back().value();
    std::vector<std::uint8_t> value_rows(static_cast<std::size_t>(last - first + 1), 0);
    for (std::size_t row = below; row < rows.size(); ++row) {
        value_rows[static_cast<std::size_t>(rows[row].value() - first)] =
            static_cast<std::uint8_t>(row + 1);
    }
    std::vector<unsigned> values, conditions, parts, severities;
    for (const auto& r : rows) {
        values.push_back(static_cast<unsigned>(r.value()));
        conditions.push_back(r.conditions.bits());
        parts.push_back(static_cast<unsigned>(r.part));
        severities.push_back(static_cast<unsigned>(r.severity));
    }
    const std::vector<name_key> keys = name_keys();
    const std::optional<perfect_hash> built = build_perfect_hash(keys);
    if (!built) {
        std::fprintf(stderr, "generate_table: no perfect hash of the names found\n");
        return 1;
    }
    const perfect_hash& hash = *built;

    std::FILE* out = std::fopen((directory + "/table.hpp").c_str(), "w");
    if (out == nullptr) {
        std::perror(directory.c_str());
        return 2;
    }
    std::fprintf(out,
                 "// SPDX-License-Identifier: BSL-1.0\n"
                 "// ipsec-error, internal: the table's data (records.hpp). Written by\n"
                 "// tests/generate_table.cpp from tests/table_source.hpp; do not edit.\n"
                 "#ifndef IPSEC_ERROR_DETAIL_TABLE_HPP\n"
                 "#define IPSEC_ERROR_DETAIL_TABLE_HPP\n\n"
                 "#include <cstddef>\n#include <cstdint>\n\n"
                 "namespace ipsec_error {\ninline namespace v1 {\nnamespace detail {\n\n"
                 "inline constexpr std::size_t row_count = %zu;\n\n"
                 "// clang-format off\n"
                 "// The rows' names and messages: each row's name, then its message, each\n"
                 "// followed by a NUL.\n"
                 "inline constexpr char table_text[] =\n",
                 rows.size());
    for (const auto& r : rows) {
        std::fprintf(out, "    %s \"\\0\"\n    %s \"\\0\"\n", literal(r.name).c_str(),
                     literal(r.message).c_str());
    }
    std::fprintf(out,
                 "    ;\n\n"
                 "// Where row i's name ([2 * i]) and message ([2 * i + 1]) start in table_text;\n"
                 "// each ends where the next entry starts.\n"
                 "inline constexpr char16_t text_offsets[2 * row_count + 2] =\n");
    generated::print_numbers(out, offsets, "u");
    std::fprintf(out,
                 "\n// Each row's value.\n"
                 "inline constexpr char16_t row_values[row_count + 1] =\n");
    generated::print_numbers(out, values, "u");
    std::fprintf(out,
                 "\n// Each row's conditions, as condition_set::bits().\n"
                 "inline constexpr char16_t row_conditions[row_count + 1] =\n");
    generated::print_numbers(out, conditions, "u");
    std::fprintf(out,
                 "\n// Each row's part.\n"
                 "inline constexpr unsigned char row_parts[row_count + 1] =\n");
    generated::print_numbers(out, parts, "");
    std::fprintf(out,
                 "\n// Each row's severity.\n"
                 "inline constexpr unsigned char row_severities[row_count + 1] =\n");
    generated::print_numbers(out, severities, "");
    std::fprintf(out,
                 "\n"
                 "// The rows below the dense span of values (%zu), which starts at %d.\n"
                 "inline constexpr std::size_t rows_below_span = %zu;\n"
                 "inline constexpr int span_first_value = %d;\n"
                 "inline constexpr std::size_t value_span = %zu;\n"
                 "// Each value of the span: its row plus one; 0 is no code.\n"
                 "inline constexpr unsigned char value_rows[value_span + 1] =\n",
                 below, first, below, first, value_rows.size());
    generated::print_numbers(out, value_rows, "");
    std::fprintf(out,
                 "\n"
                 "// The perfect hash of the names (detail/name_hash.hpp): the seed, each\n"
                 "// bucket's displacement, and each slot's entry (name_entry_of()).\n"
                 "inline constexpr std::uint64_t name_seed = %lluu;\n"
                 "inline constexpr unsigned char name_displacements[%zu] =\n",
                 static_cast<unsigned long long>(hash.seed), hash.displacements.size() + 1);
    generated::print_numbers(out, hash.displacements, "");
    std::vector<std::uint32_t> entries;
    for (std::size_t slot : hash.slots) {
        if (slot == 0) {
            entries.push_back(0);
            continue;
        }
        const name_key& key = keys[slot - 1];
        // Both keys end where the name ends: the enumerator's is its tail.
        const std::size_t offset =
            offsets[2 * key.row] + (rows[key.row].name.size() - key.text.size());
        if (!ie::detail::name_entry_fits(offset, key.text.size(), key.row)) {
            std::fprintf(stderr, "generate_table: %s does not fit in an entry of name_entries\n",
                         std::string(key.text).c_str());
            return 2;
        }
        entries.push_back(
            ie::detail::name_entry_of(offset, key.text.size(), key.full_name, key.row));
    }
    std::fprintf(out, "inline constexpr char32_t name_entries[%zu] =\n", entries.size() + 1);
    generated::print_numbers(out, entries, "U");
    std::fprintf(out,
                 "// clang-format on\n\n"
                 "}  // namespace detail\n}  // namespace v1\n}  // namespace ipsec_error\n\n"
                 "#endif  // IPSEC_ERROR_DETAIL_TABLE_HPP\n");
    std::fclose(out);

    return write_troubleshooting(directory) ? 0 : 1;
}
