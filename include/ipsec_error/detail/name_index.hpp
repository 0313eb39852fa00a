// SPDX-License-Identifier: BSL-1.0
// ipsec-error, internal: a perfect hash from names to rows of the table.
//
// find(std::string_view) must beat std::unordered_map without allocating and
// in constant expressions. The names are known when the library is built, so
// tests/generate_table.cpp picks a hash (detail/name_hash.hpp) and a
// displacement per bucket that give each of the 154 names a slot of its own
// (detail/table.hpp: name_seed, name_displacements, name_entries). A look-up
// is one hash, two loads and one comparison, with no probing. The project's
// build checks that the generated slots still match the table
// (tests/compile_time_checks.hpp).
#ifndef IPSEC_ERROR_DETAIL_NAME_INDEX_HPP
#define IPSEC_ERROR_DETAIL_NAME_INDEX_HPP

#include <cstddef>
#include <cstdint>
#include <string_view>

#include <ipsec_error/detail/ascii.hpp>
#include <ipsec_error/detail/name_hash.hpp>
#include <ipsec_error/records.hpp>

namespace ipsec_error {
inline namespace v1 {
namespace detail {

static_assert(sizeof name_displacements == name_bucket_count + 1 &&
                  sizeof name_entries / sizeof name_entries[0] == name_slot_count + 1,
              "the generated perfect hash has the geometry of name_hash.hpp");

// The slot of a name's enumerator spelling (any letter case): the only row it
// can be, as an entry of name_entries (0: none).
constexpr std::uint32_t name_entry(std::string_view stem) noexcept {
    const std::uint64_t hash = name_hash(stem, name_seed);
    return name_entries[name_slot(hash, name_displacements[name_bucket(hash)])];
}

// The row whose enumerator is spelt stem (any letter case), or nullptr.
// prefix_size, when not 0, is the length of the prefix the name came with
// (ERROR_IPSEC_ or WARNING_IPSEC_): the row's own must be as long.
constexpr const record* find_stem(std::string_view stem, std::size_t prefix_size = 0) noexcept {
    // The entry holds where the row's enumerator spelling is in table_text and
    // its length: the text is compared without reading anything else first.
    const std::uint32_t entry = name_entry(stem);
    const std::size_t offset = entry & 0xFFFFu;
    if (((entry >> 16) & 0xFFu) != stem.size() || stem.empty() ||
        !equals_upper(stem, std::string_view(table_text + offset, stem.size()))) {
        return nullptr;
    }
    const std::size_t row = entry >> 24;  // plus one
    const std::size_t start = offset - text_offsets[2 * row - 2];
    return prefix_size == 0 || prefix_size == start ? records.data() + (row - 1) : nullptr;
}

}  // namespace detail
}  // namespace v1
}  // namespace ipsec_error

#endif  // IPSEC_ERROR_DETAIL_NAME_INDEX_HPP
