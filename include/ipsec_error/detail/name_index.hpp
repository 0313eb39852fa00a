// ipsec-error, internal: a hash index from names to rows of the table.
//
// find(std::string_view) must beat std::unordered_map without allocating and
// in constant expressions, so the index is an open-addressed table of row
// numbers built at compile time. The hash reads at most the first and the
// last eight bytes of the enumerator's spelling and its length, folded to one
// letter case, which is enough to tell the 153 names apart in a probe or two.
// Building the index also proves the names unique: two rows with the same
// spelling meet on the same probe path, and only there need comparing.
#ifndef IPSEC_ERROR_DETAIL_NAME_INDEX_HPP
#define IPSEC_ERROR_DETAIL_NAME_INDEX_HPP

#include <array>
#include <cstddef>
#include <cstdint>
#include <string_view>

#include <ipsec_error/detail/ascii.hpp>
#include <ipsec_error/records.hpp>

namespace ipsec_error::detail {

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

inline constexpr std::size_t name_slots = 512;  // a power of two, above 3x the rows
inline constexpr std::uint8_t empty_slot = 0xFF;
static_assert(record_count < empty_slot, "row numbers must fit below the empty marker");

struct name_index {
    std::array<std::uint8_t, name_slots> slots{};
    std::array<std::uint8_t, record_count> stem_start{};  // the prefix's length, 12 or 14
    bool unique = true;                                   // no two rows share a spelling
    std::size_t longest_probe = 0;
};

constexpr std::size_t slot_of(std::uint64_t hash) noexcept {
    return static_cast<std::size_t>(hash >> 32) & (name_slots - 1);
}

constexpr name_index build_name_index() noexcept {
    name_index index;
    std::array<std::uint64_t, record_count> hashes{};
    for (auto& s : index.slots) s = empty_slot;
    for (std::size_t row = 0; row < record_count; ++row) {
        const std::string_view stem = name_stem(records[row].name);
        index.stem_start[row] = static_cast<std::uint8_t>(records[row].name.size() - stem.size());
        hashes[row] = name_hash(stem);
        std::size_t slot = slot_of(hashes[row]);
        std::size_t probe = 1;
        for (; index.slots[slot] != empty_slot; slot = (slot + 1) & (name_slots - 1), ++probe) {
            const std::size_t other = index.slots[slot];
            if (hashes[other] == hashes[row] && name_stem(records[other].name) == stem) {
                index.unique = false;
            }
        }
        index.slots[slot] = static_cast<std::uint8_t>(row);
        if (probe > index.longest_probe) index.longest_probe = probe;
    }
    return index;
}

inline constexpr name_index names = build_name_index();

static_assert(names.unique, "ipsec_error::records: names must be unique");

// The row whose enumerator is spelt stem (any letter case), or nullptr.
// prefix_size, when not 0, is the length of the prefix the name came with
// (ERROR_IPSEC_ or WARNING_IPSEC_): the row's own must be as long.
constexpr const record* find_stem(std::string_view stem, std::size_t prefix_size = 0) noexcept {
    if (stem.empty()) return nullptr;
    for (std::size_t slot = slot_of(name_hash(stem));; slot = (slot + 1) & (name_slots - 1)) {
        const std::uint8_t row = names.slots[slot];
        if (row == empty_slot) return nullptr;
        const std::string_view name = records[row].name;
        const std::size_t start = names.stem_start[row];
        if (equals_upper(stem, name.substr(start))) {
            return prefix_size == 0 || prefix_size == start ? &records[row] : nullptr;
        }
    }
}

}  // namespace ipsec_error::detail

#endif  // IPSEC_ERROR_DETAIL_NAME_INDEX_HPP
