// SPDX-License-Identifier: BSL-1.0
// ipsec-error, internal: a perfect hash from names to rows of the table.
//
// find(std::string_view) must beat std::unordered_map without allocating and
// in constant expressions. The names are known when the library is built, so
// tests/generate_table.cpp picks a hash (detail/name_hash.hpp) and a
// displacement per bucket that give each of the 154 names a slot of its own
// (detail/table.hpp: name_seed, name_displacements, name_slots). A look-up is
// one hash, two loads and one comparison, with no probing. The project's
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
                  sizeof name_slots == name_slot_count + 1,
              "the generated perfect hash has the geometry of name_hash.hpp");

// The slot of a name's enumerator spelling (any letter case): its row plus
// one, or 0. The only row it can be; the caller compares.
constexpr std::size_t name_row(std::string_view stem) noexcept {
    const std::uint64_t hash = name_hash(stem, name_seed);
    return name_slots[name_slot(hash, name_displacements[name_bucket(hash)])];
}

// The row whose enumerator is spelt stem (any letter case), or nullptr.
// prefix_size, when not 0, is the length of the prefix the name came with
// (ERROR_IPSEC_ or WARNING_IPSEC_): the row's own must be as long.
constexpr const record* find_stem(std::string_view stem, std::size_t prefix_size = 0) noexcept {
    if (stem.empty()) return nullptr;
    const std::size_t row = name_row(stem);
    if (row == 0) return nullptr;
    const record& r = records[row - 1];
    const std::size_t start = stem_start(r.name);
    // Views made by hand: substr() checks its position and may throw.
    if (start + stem.size() != r.name.size() ||
        !equals_upper(stem, std::string_view(r.name.data() + start, stem.size()))) {
        return nullptr;
    }
    return prefix_size == 0 || prefix_size == start ? &r : nullptr;
}

}  // namespace detail
}  // namespace v1
}  // namespace ipsec_error

#endif  // IPSEC_ERROR_DETAIL_NAME_INDEX_HPP
