// SPDX-License-Identifier: BSL-1.0
// The least a translation unit must compile to offer the public contract of
// <ipsec_error/ipsec_error.hpp> (docs/design.md), each part written as cheaply as
// we know how, and nothing else: no find(), no parse(), no conditions, no
// I/O. benchmarks/compile_instructions.sh compiles it next to the umbrella
// header: its cost over the four standard headers is the floor that no
// implementation of the contract can go below.
//
// The contract asks for:
//  - functions returning std::optional<errc> (parse, to_errc, from_hresult,
//    from_ntstatus) and std::optional<std::uint32_t> (to_ntstatus): each
//    instantiates std::optional for its type;
//  - `records`, a constexpr std::array of a record a code, each with two
//    std::string_views, which every translation unit evaluates;
//  - a std::error_category whose message() returns a std::string.
#include <array>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <system_error>

#include <ipsec_error/detail/generated/table.hpp>

namespace floor_of_contract {

enum class errc : int {};

constexpr std::optional<errc> from_value(int value) noexcept {
    if (value != 0) return static_cast<errc>(value);
    return std::nullopt;
}

constexpr std::optional<std::uint32_t> to_ntstatus(errc e) noexcept {
    if (static_cast<int>(e) != 0) return 0xC0360001u;
    return std::nullopt;
}

struct record {
    errc code;
    std::uint32_t rest;
    std::string_view name;
    std::string_view message;
};

constexpr std::array<record, ipsec_error::detail::row_count> build_records() noexcept {
    using namespace ipsec_error::detail;
    std::array<record, row_count> rows{};
    record* const row = rows.data();
    const char16_t* offset = text_offsets;
    for (std::size_t i = 0; i < row_count; ++i, offset += 2) {
        row[i] = {static_cast<errc>(row_values[i]), 0,
                  std::string_view(table_text + offset[0], offset[1] - offset[0] - 1u),
                  std::string_view(table_text + offset[1], offset[2] - offset[1] - 1u)};
    }
    return rows;
}

inline constexpr std::array<record, ipsec_error::detail::row_count> records = build_records();

class category final : public std::error_category {
public:
    const char* name() const noexcept override { return "ipsec"; }
    std::string message(int value) const override {
        return {ipsec_error::detail::table_text, static_cast<std::size_t>(value & 7)};
    }
};

}  // namespace floor_of_contract

int main() { return 0; }
