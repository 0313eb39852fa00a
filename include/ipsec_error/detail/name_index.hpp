// SPDX-License-Identifier: BSL-1.0
// ipsec-error, internal: a hash index from names to rows of the table.
//
// find(std::string_view) must beat std::unordered_map without allocating and
// in constant expressions, so the index is an open-addressed table of row
// numbers. The hash reads at most the first and the last eight bytes of the
// enumerator's spelling and its length, folded to one letter case, which is
// enough to tell the 153 names apart in a probe or two.
//
// The table itself (name_slots.hpp) is data, written by a program of the
// project from build_name_index() below: building it in a constant
// expression would add a third to the compile time of every translation unit
// that includes the library. The project's own build evaluates
// build_name_index() at compile time and refuses a stale table or a name
// that is not unique (tests/compile_time_checks.hpp).
#ifndef IPSEC_ERROR_DETAIL_NAME_INDEX_HPP
#define IPSEC_ERROR_DETAIL_NAME_INDEX_HPP

#include <array>
#include <cstddef>
#include <cstdint>
#include <string_view>

#include <ipsec_error/detail/ascii.hpp>
#include <ipsec_error/detail/name_slots.hpp>
#include <ipsec_error/records.hpp>

namespace ipsec_error {
inline namespace v1 {
namespace detail {

// Up to eight bytes from s[pos], little-endian, each with bit 0x20 set: upper
// and lower case letters fold together (other bytes may fold onto each other
// too; equals_upper settles every candidate exactly).
constexpr std::uint64_t folded_bytes(std::string_view s, std::size_t pos, std::size_t n) noexcept {
    constexpr std::uint64_t fold = 0x2020202020202020u;
    if (n == 8) return load8(s.data() + pos) | fold;
    std::uint64_t v = 0;
    for (std::size_t i = 0; i < n; ++i) {
        v |= std::uint64_t{static_cast<unsigned char>(s[pos + i]) | 0x20u} << (8 * i);
    }
    return v;
}

constexpr std::uint64_t name_hash(std::string_view stem) noexcept {
    const std::size_t n = stem.size() < 8 ? stem.size() : 8;
    const std::uint64_t head = folded_bytes(stem, 0, n);
    const std::uint64_t tail = folded_bytes(stem, stem.size() - n, n);
    std::uint64_t h = head ^ (tail << 29 | tail >> 35) ^ (stem.size() * 0x9E3779B97F4A7C15u);
    h ^= h >> 32;
    h *= 0xD6E8FEB86659FD93u;
    return h ^ (h >> 32);
}

static_assert(record_count < 0xFF, "a row number plus one must fit in a byte");

struct name_index {
    std::array<std::uint8_t, name_slot_count> slots{};  // a row plus one; 0: empty
    bool unique = true;                                 // no two rows share a spelling
};

constexpr std::size_t slot_of(std::uint64_t hash) noexcept {
    return static_cast<std::size_t>(hash >> 32) & (name_slot_count - 1);
}

// The index of the table's names, and whether they are unique. Evaluated
// where name_slots.hpp is written and checked, not where it is used.
constexpr name_index build_name_index() noexcept {
    name_index index;
    std::uint64_t hashes[record_count]{};
    for (std::size_t row = 0; row < record_count; ++row) {
        const std::string_view stem = name_stem(records[row].name);
        const std::uint64_t hash = name_hash(stem);
        hashes[row] = hash;
        std::size_t slot = slot_of(hash);
        for (; index.slots[slot] != 0; slot = (slot + 1) & (name_slot_count - 1)) {
            const std::size_t other = index.slots[slot] - 1u;
            // The same hash is a duplicate or a clash (DEFAULT_MM_POLICY_NOT_FOUND
            // and DEFAULT_QM_POLICY_NOT_FOUND share length, head and tail).
            if (hashes[other] == hash && name_stem(records[other].name) == stem)
                index.unique = false;
        }
        index.slots[slot] = static_cast<std::uint8_t>(row + 1);
    }
    return index;
}

// The row whose enumerator is spelt stem (any letter case), or nullptr.
// prefix_size, when not 0, is the length of the prefix the name came with
// (ERROR_IPSEC_ or WARNING_IPSEC_): the row's own must be as long.
constexpr const record* find_stem(std::string_view stem, std::size_t prefix_size = 0) noexcept {
    if (stem.empty()) return nullptr;
    for (std::size_t slot = slot_of(name_hash(stem));; slot = (slot + 1) & (name_slot_count - 1)) {
        if (name_slots[slot] == 0) return nullptr;
        const record& r = records[name_slots[slot] - 1u];
        const std::size_t start = stem_start(r.name);
        if (equals_upper(stem, r.name.substr(start))) {
            return prefix_size == 0 || prefix_size == start ? &r : nullptr;
        }
    }
}

}  // namespace detail
}  // namespace v1
}  // namespace ipsec_error

#endif  // IPSEC_ERROR_DETAIL_NAME_INDEX_HPP
