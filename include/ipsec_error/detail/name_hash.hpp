// SPDX-License-Identifier: BSL-1.0
// ipsec-error, internal: the hash of a name, for the perfect hash of the
// table's names (generated/table.hpp, detail/name_index.hpp).
//
// The perfect hash holds each row twice: its full name (ERROR_IPSEC_...) and
// its enumerator's spelling (the name without its prefix). find(name) then
// hashes what it is given as it is, without first working out whether it
// starts with a prefix, which would put that work before every load of the
// look-up. The hash reads the key eight bytes at a time, folded to one letter
// case: the first 24 bytes (the prefix and the start of the enumerator,
// where names like ..._MM_... and ..._QM_... differ) and the last eight, and
// its length, which tell the keys apart. The generator (tools/codegen) picks
// the seed and the displacements that give every key a slot of its own.
#ifndef IPSEC_ERROR_DETAIL_NAME_HASH_HPP
#define IPSEC_ERROR_DETAIL_NAME_HASH_HPP

#include <cstddef>
#include <cstdint>
#include <string_view>

#include <ipsec_error/detail/ascii.hpp>

namespace ipsec_error {
inline namespace v1 {
namespace detail {

// Up to eight bytes from s[pos], little-endian, each with bit 0x20 set: upper
// and lower case letters fold together (other bytes may fold onto each other
// too; the one comparison after the hash settles a candidate exactly).
constexpr std::uint64_t folded_bytes(std::string_view s, std::size_t pos, std::size_t n) noexcept {
    constexpr std::uint64_t fold = 0x2020202020202020u;
    if (n == 8) return load8(s.data() + pos) | fold;
    std::uint64_t v = 0;
    for (std::size_t i = 0; i < n; ++i) {
        v |= std::uint64_t{static_cast<unsigned char>(s[pos + i]) | 0x20u} << (8 * i);
    }
    return v;
}

// The perfect hash's geometry: 128 buckets of displacements, 512 slots.
inline constexpr std::size_t name_bucket_count = 128;
inline constexpr std::size_t name_slot_count = 512;

// Two products side by side; their high halves, which every input bit
// reaches, give the bucket and the slot.
constexpr std::uint64_t mix_words(std::uint64_t first, std::uint64_t second, std::uint64_t third,
                                  std::uint64_t fourth, std::size_t size,
                                  std::uint64_t seed) noexcept {
    return ((first ^ (second << 21 | second >> 43) ^ seed) * 0x9E3779B97F4A7C15u) ^
           (((third << 29 | third >> 35) ^ fourth ^ size) * 0xC2B2AE3D27D4EB4Fu);
}

constexpr std::uint64_t name_hash(std::string_view key, std::uint64_t seed) noexcept {
    const std::size_t size = key.size();
    if (size < 8) {
        // No key of the table is this short: one word, four times.
        const std::uint64_t word = folded_bytes(key, 0, size);
        return mix_words(word, word, word, word, size, seed);
    }
    const std::size_t last = size - 8;
    return mix_words(folded_bytes(key, 0, 8), folded_bytes(key, 8 < last ? 8 : last, 8),
                     folded_bytes(key, 16 < last ? 16 : last, 8), folded_bytes(key, last, 8), size,
                     seed);
}

// The bucket of a hash, whose displacement picks the slot.
constexpr std::size_t name_bucket(std::uint64_t hash) noexcept {
    return static_cast<std::size_t>(hash >> 57);
}

// The slot of a hash, given its bucket's displacement.
constexpr std::size_t name_slot(std::uint64_t hash, std::uint8_t displacement) noexcept {
    return (static_cast<std::size_t>(hash >> 32) ^ displacement) & (name_slot_count - 1);
}

// An entry of the perfect hash's slots (name_entries in generated/table.hpp):
// where the key starts in table_text (bits 0-15), its length (16-21),
// whether it is the full name (bit 22) or the enumerator's spelling, and
// the row plus one (24-31); 0 is an empty slot. All a look-up checks before
// it compares text is in the one entry.
constexpr std::uint32_t name_entry_of(std::size_t offset, std::size_t key_size, bool full_name,
                                      std::size_t row) noexcept {
    return static_cast<std::uint32_t>(offset | key_size << 16 | std::size_t{full_name} << 22 |
                                      (row + 1) << 24);
}
// Whether name_entry_of() can pack these.
constexpr bool name_entry_fits(std::size_t offset, std::size_t key_size, std::size_t row) noexcept {
    return offset < 0x10000u && key_size < 0x40u && row < 0xFFu;
}
constexpr std::size_t entry_offset(std::uint32_t entry) noexcept { return entry & 0xFFFFu; }
constexpr std::size_t entry_key_size(std::uint32_t entry) noexcept { return (entry >> 16) & 0x3Fu; }
constexpr bool entry_is_full_name(std::uint32_t entry) noexcept { return (entry >> 22) & 1u; }
// The row plus one; 0 for an empty slot.
constexpr std::size_t entry_row_plus_one(std::uint32_t entry) noexcept { return entry >> 24; }

}  // namespace detail
}  // namespace v1
}  // namespace ipsec_error

#endif  // IPSEC_ERROR_DETAIL_NAME_HASH_HPP
