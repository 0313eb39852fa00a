// SPDX-License-Identifier: BSL-1.0
// ipsec-error, internal: a perfect hash from names to rows of the table.
//
// find(std::string_view) must beat std::unordered_map without allocating and
// in constant expressions. The names are known when the library is built, so
// the generator (tools/codegen) picks a hash (detail/name_hash.hpp) and a
// displacement per bucket that give each full name and each enumerator
// spelling a slot of its own (generated/table.hpp: name_seed,
// name_displacements, name_entries). A look-up is one hash, two loads and one
// comparison, with no probing, and no looking for a prefix first.
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

// The entry of the slot of a key (any letter case): the only row it can be
// the name of (0: none).
constexpr std::uint32_t name_entry(std::string_view key) noexcept {
    const std::uint64_t hash = name_hash(key, name_seed);
    return name_entries[name_slot(hash, name_displacements[name_bucket(hash)])];
}

// The row whose full name or enumerator spelling is key (any letter case), or
// nullptr; when stems_only, the enumerator spelling alone.
constexpr const record* find_name(std::string_view key, bool stems_only) noexcept {
    // The entry tells where the key is in table_text, how long it is and
    // which of the row's two it is: the text is compared without reading
    // anything else first.
    const std::uint32_t entry = name_entry(key);
    if (entry_key_size(entry) != key.size() || key.empty() ||
        (stems_only && entry_is_full_name(entry)) ||
        !equals_upper(key, std::string_view(table_text + entry_offset(entry), key.size()))) {
        return nullptr;
    }
    return records.data() + (entry_row_plus_one(entry) - 1);
}

// The row whose enumerator is spelt stem (any letter case), or nullptr.
constexpr const record* find_stem(std::string_view stem) noexcept { return find_name(stem, true); }

}  // namespace detail
}  // namespace v1
}  // namespace ipsec_error

#endif  // IPSEC_ERROR_DETAIL_NAME_INDEX_HPP
