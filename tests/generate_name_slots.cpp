// SPDX-License-Identifier: BSL-1.0
// Writes include/ipsec_error/detail/name_slots.hpp: the hash index of the
// names, as build_name_index() makes it. The test program.name_slots_are_fresh
// fails when the committed file differs; regenerate it with
//   ./build/tests/generate_name_slots > include/ipsec_error/detail/name_slots.hpp
#include <ipsec_error/lookup.hpp>

#include <cstdio>

int main() {
    constexpr ipsec_error::detail::name_index index = ipsec_error::detail::build_name_index();
    static_assert(index.unique, "ipsec_error::records: names must be unique");
    std::printf(
        "// SPDX-License-Identifier: BSL-1.0\n"
        "// ipsec-error, internal: the hash index of the names (detail/name_index.hpp).\n"
        "// Written by tests/generate_name_slots.cpp from the table; do not edit.\n"
        "// Each slot holds a row of ipsec_error::records plus one; 0 is empty.\n"
        "#ifndef IPSEC_ERROR_DETAIL_NAME_SLOTS_HPP\n"
        "#define IPSEC_ERROR_DETAIL_NAME_SLOTS_HPP\n\n"
        "#include <cstddef>\n#include <cstdint>\n\n"
        "namespace ipsec_error {\ninline namespace v1 {\nnamespace detail {\n\n"
        "inline constexpr std::size_t name_slot_count = %zu;  // a power of two, above 3x the "
        "rows\n\n"
        "// clang-format off\n"
        "inline constexpr std::uint8_t name_slots[name_slot_count] = {\n",
        index.slots.size());
    for (std::size_t i = 0; i < index.slots.size(); ++i) {
        std::printf("%s%3u,%s", i % 16 == 0 ? "    " : " ", static_cast<unsigned>(index.slots[i]),
                    i % 16 == 15 ? "\n" : "");
    }
    std::printf(
        "};\n// clang-format on\n\n"
        "}  // namespace detail\n}  // namespace v1\n}  // namespace ipsec_error\n\n"
        "#endif  // IPSEC_ERROR_DETAIL_NAME_SLOTS_HPP\n");
    return 0;
}
