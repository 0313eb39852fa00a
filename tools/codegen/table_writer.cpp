// SPDX-License-Identifier: BSL-1.0
// The table's data: the names and messages as one block of text with 16-bit
// offsets, an array per column of the rows (records.hpp builds
// ipsec_error::records from them), the index from values to rows, the
// perfect hash of the names (detail/name_hash.hpp says how it is read), and
// the NTSTATUS twins.
#include <ipsec_error/detail/name_hash.hpp>
#include <ipsec_error/detail/name_prefixes.hpp>

#include <algorithm>
#include <numeric>
#include <optional>

#include "cpp_text.hpp"
#include "read_data.hpp"
#include "writers.hpp"

namespace codegen {

namespace {

namespace detail = ipsec_error::detail;

// A key of the perfect hash: one of a row's two spellings, its full name or
// its enumerator's.
struct name_key {
    std::string_view text;
    std::size_t row;
    bool full_name;
};

std::vector<name_key> name_keys(const model& m) {
    std::vector<name_key> keys;
    for (std::size_t row = 0; row < m.codes.size(); ++row) {
        keys.push_back({m.codes[row].name, row, true});
        keys.push_back({detail::name_stem(m.codes[row].name), row, false});
    }
    return keys;
}

struct perfect_hash {
    std::uint64_t seed = 0;
    std::vector<std::uint32_t> displacements;
    std::vector<std::size_t> slots;  // the key plus one; 0 is empty
};

// Hash and displace: the buckets, largest first, each get the first
// displacement that puts all their keys in free slots; the first seed for
// which every bucket finds one wins. None, when two keys hash alike whatever
// the seed (name_hash() must then read other bytes).
std::optional<perfect_hash> build_perfect_hash(const std::vector<name_key>& keys) {
    for (std::uint64_t seed = 0; seed < 10000; ++seed) {
        std::vector<std::uint64_t> hashes;
        std::vector<std::vector<std::size_t>> buckets(detail::name_bucket_count);
        for (std::size_t key = 0; key < keys.size(); ++key) {
            const std::uint64_t hash = detail::name_hash(keys[key].text, seed);
            hashes.push_back(hash);
            buckets[detail::name_bucket(hash)].push_back(key);
        }
        std::vector<std::size_t> order(detail::name_bucket_count);
        std::iota(order.begin(), order.end(), std::size_t{0});
        std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
            return buckets[a].size() > buckets[b].size();
        });
        perfect_hash result;
        result.seed = seed;
        result.displacements.assign(detail::name_bucket_count, 0);
        result.slots.assign(detail::name_slot_count, 0);
        bool placed_all = true;
        for (std::size_t bucket : order) {
            bool placed = buckets[bucket].empty();
            for (unsigned d = 0; !placed && d < 256; ++d) {
                std::vector<std::size_t> taken;
                bool fits = true;
                for (std::size_t key : buckets[bucket]) {
                    const std::size_t slot =
                        detail::name_slot(hashes[key], static_cast<std::uint8_t>(d));
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
                result.displacements[bucket] = d;
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

}  // namespace

generated_file table_header(const model& m) {
    const std::vector<code>& rows = m.codes;

    // Each string is followed by a NUL, so that a view of it is also a C
    // string (status-code's string_ref hands out c_str()).
    std::vector<std::uint32_t> offsets;
    std::size_t size = 0;
    for (const code& r : rows) {
        offsets.push_back(static_cast<std::uint32_t>(size));
        size += r.name.size() + 1;
        offsets.push_back(static_cast<std::uint32_t>(size));
        size += r.message.size() + 1;
    }
    offsets.push_back(static_cast<std::uint32_t>(size));
    if (size > 0xFFFF)
        throw data_error("data/codes.tsv: the names and messages no longer fit 16-bit offsets");

    // The dense span of values: the rows from the first value of 13000 up.
    std::size_t below = 0;
    while (below < rows.size() && rows[below].value < 13000) ++below;
    if (below == rows.size()) throw data_error("data/codes.tsv: no code from 13000 up");
    const int first = rows[below].value;
    const int last = rows.back().value;
    std::vector<std::uint32_t> value_rows(static_cast<std::size_t>(last - first + 1), 0);
    for (std::size_t row = below; row < rows.size(); ++row) {
        value_rows[static_cast<std::size_t>(rows[row].value - first)] =
            static_cast<std::uint32_t>(row + 1);
    }
    std::vector<std::uint32_t> values;
    std::vector<std::uint32_t> conditions;
    std::vector<std::uint32_t> parts;
    std::vector<std::uint32_t> severities;
    for (const code& r : rows) {
        values.push_back(static_cast<std::uint32_t>(r.value));
        conditions.push_back(r.conditions.bits());
        parts.push_back(static_cast<std::uint32_t>(r.part));
        severities.push_back(static_cast<std::uint32_t>(r.severity));
    }
    const std::vector<name_key> keys = name_keys(m);
    const std::optional<perfect_hash> built = build_perfect_hash(keys);
    if (!built) throw data_error("data/codes.tsv: no perfect hash of the names found");
    const perfect_hash& hash = *built;
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
        if (!detail::name_entry_fits(offset, key.text.size(), key.row))
            throw data_error("data/codes.tsv: " + std::string(key.text) +
                             " does not fit in an entry of the name index");
        entries.push_back(detail::name_entry_of(offset, key.text.size(), key.full_name, key.row));
    }
    std::vector<std::pair<std::uint32_t, int>> twins;
    for (const code& r : rows) {
        if (r.ntstatus) twins.emplace_back(*r.ntstatus, r.value);
    }
    std::sort(twins.begin(), twins.end());
    std::vector<std::uint32_t> twin_statuses;
    std::vector<std::uint32_t> twin_values;
    for (const auto& [status, value] : twins) {
        twin_statuses.push_back(status);
        twin_values.push_back(static_cast<std::uint32_t>(value));
    }

    std::string out = preamble("data/codes.tsv", "the table's data (records.hpp reads it).") +
                      "#ifndef IPSEC_ERROR_DETAIL_GENERATED_TABLE_HPP\n"
                      "#define IPSEC_ERROR_DETAIL_GENERATED_TABLE_HPP\n\n"
                      "#include <cstddef>\n#include <cstdint>\n\n"
                      "namespace ipsec_error {\ninline namespace v1 {\nnamespace detail {\n\n" +
                      format("inline constexpr std::size_t row_count = %zu;\n\n", rows.size()) +
                      "// clang-format off\n"
                      "// The rows' names and messages: each row's name, then its message, each\n"
                      "// followed by a NUL.\n"
                      "inline constexpr char table_text[] =\n";
    for (const code& r : rows) {
        out += "    " + string_literal(r.name) + " \"\\0\"\n    " + string_literal(r.message) +
               " \"\\0\"\n";
    }
    out +=
        "    ;\n\n"
        "// Where row i's name ([2 * i]) and message ([2 * i + 1]) start in table_text;\n"
        "// each ends where the next entry starts.\n"
        "inline constexpr char16_t text_offsets[2 * row_count + 2] =\n" +
        numbers(offsets, number_literal::char16) +
        "\n// Each row's value.\n"
        "inline constexpr char16_t row_values[row_count + 1] =\n" +
        numbers(values, number_literal::char16) +
        "\n// Each row's conditions, as condition_set::bits().\n"
        "inline constexpr char16_t row_conditions[row_count + 1] =\n" +
        numbers(conditions, number_literal::char16) +
        "\n// Each row's part.\n"
        "inline constexpr unsigned char row_parts[row_count + 1] =\n" +
        numbers(parts, number_literal::bytes) +
        "\n// Each row's severity.\n"
        "inline constexpr unsigned char row_severities[row_count + 1] =\n" +
        numbers(severities, number_literal::bytes) +
        format(
            "\n"
            "// The rows below the dense span of values (%zu), which starts at %d.\n"
            "inline constexpr std::size_t rows_below_span = %zu;\n"
            "inline constexpr int span_first_value = %d;\n"
            "inline constexpr std::size_t value_span = %zu;\n"
            "// Each value of the span: its row plus one; 0 is no code.\n"
            "inline constexpr unsigned char value_rows[value_span + 1] =\n",
            below, first, below, first, value_rows.size()) +
        numbers(value_rows, number_literal::bytes) +
        format(
            "\n"
            "// The perfect hash of the names (detail/name_hash.hpp): the seed, each\n"
            "// bucket's displacement, and each slot's entry (name_entry_of()).\n"
            "inline constexpr std::uint64_t name_seed = %lluu;\n"
            "inline constexpr unsigned char name_displacements[%zu] =\n",
            static_cast<unsigned long long>(hash.seed), hash.displacements.size() + 1) +
        numbers(hash.displacements, number_literal::bytes) +
        format("inline constexpr char32_t name_entries[%zu] =\n", entries.size() + 1) +
        numbers(entries, number_literal::char32) +
        format(
            "\n"
            "// The STATUS_IPSEC_* NTSTATUS twins, in ascending order, and the value of\n"
            "// the code each twins.\n"
            "inline constexpr std::size_t ntstatus_twin_count = %zu;\n"
            "inline constexpr char32_t ntstatus_twin_statuses[ntstatus_twin_count + 1] =\n",
            twins.size()) +
        numbers(twin_statuses, number_literal::char32) +
        "inline constexpr char16_t ntstatus_twin_values[ntstatus_twin_count + 1] =\n" +
        numbers(twin_values, number_literal::char16) +
        "// clang-format on\n\n"
        "}  // namespace detail\n}  // namespace v1\n}  // namespace ipsec_error\n\n"
        "#endif  // IPSEC_ERROR_DETAIL_GENERATED_TABLE_HPP\n";
    return {std::string(generated_folder) + "/table.hpp", out};
}

}  // namespace codegen
