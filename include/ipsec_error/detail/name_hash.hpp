// SPDX-License-Identifier: BSL-1.0
// ipsec-error, internal: the hash of a name, for the perfect hash of the
// table's names (detail/table.hpp, detail/name_index.hpp).
//
// It reads the enumerator's spelling eight bytes at a time, folded to one
// letter case: the first eight, the next eight and the last eight, and its
// length, which tell the 154 names apart. tests/generate_table.cpp picks the
// seed and the displacements that give every name a slot of its own.
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

// The perfect hash's geometry: 64 buckets of displacements, 256 slots.
inline constexpr std::size_t name_bucket_count = 64;
inline constexpr std::size_t name_slot_count = 256;

constexpr std::uint64_t name_hash(std::string_view stem, std::uint64_t seed) noexcept {
    const std::size_t size = stem.size();
    const std::size_t n = size < 8 ? size : 8;
    const std::uint64_t first = folded_bytes(stem, 0, n);
    const std::uint64_t second = folded_bytes(stem, size < 16 ? size - n : 8, n);
    const std::uint64_t last = folded_bytes(stem, size - n, n);
    // Two products side by side; their high halves, which every input bit
    // reaches, give the bucket and the slot.
    return ((first ^ (second << 21 | second >> 43) ^ seed) * 0x9E3779B97F4A7C15u) ^
           ((last + size) * 0xC2B2AE3D27D4EB4Fu);
}

// The bucket of a hash, whose displacement picks the slot.
constexpr std::size_t name_bucket(std::uint64_t hash) noexcept {
    return static_cast<std::size_t>(hash >> 58);
}

// The slot of a hash, given its bucket's displacement.
constexpr std::size_t name_slot(std::uint64_t hash, std::uint8_t displacement) noexcept {
    return (static_cast<std::size_t>(hash >> 32) ^ displacement) & (name_slot_count - 1);
}

}  // namespace detail
}  // namespace v1
}  // namespace ipsec_error

#endif  // IPSEC_ERROR_DETAIL_NAME_HASH_HPP
