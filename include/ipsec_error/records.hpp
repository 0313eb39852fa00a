// SPDX-License-Identifier: BSL-1.0
/// @file
/// The table of IPsec codes, records.
///
/// One record per code, in ascending order of value: its name and the message
/// Windows prints (byte for byte as winerror.h has them, missing final periods
/// and double spaces included), the part of IPsec it comes from, its severity
/// and the portable conditions it belongs to. The rows are generated from the project's
/// data (data/codes.tsv), which the generator holds to the table's rules.
#ifndef IPSEC_ERROR_RECORDS_HPP
#define IPSEC_ERROR_RECORDS_HPP

#include <array>
#include <cstddef>
#include <string_view>

#include <ipsec_error/condition.hpp>
#include <ipsec_error/errc.hpp>
#include <ipsec_error/record.hpp>

// The data, generated from data/codes.tsv: the names and messages as one
// block of text with 16-bit offsets, and each column of the rows an array.
// Including the library costs users' compilers less than rows of literals
// would, and the category and the look-ups by value read these arrays rather
// than the rows, so that a program which merely throws and prints codes does
// not carry the rows and their relocations.
#include <ipsec_error/detail/generated/table.hpp>

namespace ipsec_error {
inline namespace v1 {

/// The number of codes, and so of rows in records.
inline constexpr std::size_t record_count = detail::row_count;

namespace detail {

// The rows, from the generated arrays: a loop costs the compiler less than
// a braced row of literals a code would, in every translation unit, and one
// braced record a row less than six assignments (about 5 and 10 million
// instructions, GCC 12 and Clang 14).
constexpr std::array<record, row_count> build_records() noexcept {
    std::array<record, row_count> rows{};
    record* const row = rows.data();
    const char16_t* offset = text_offsets;  // the row's name, its message, the next row's name
    for (std::size_t i = 0; i < row_count; ++i, offset += 2) {
        // Each string is followed by a NUL in the text, which the views leave out.
        row[i] = {static_cast<errc>(row_values[i]),
                  static_cast<ipsec_error::part>(row_parts[i]),
                  static_cast<ipsec_error::severity>(row_severities[i]),
                  condition_set{row_conditions[i]},
                  std::string_view(table_text + offset[0], offset[1] - offset[0] - 1u),
                  std::string_view(table_text + offset[1], offset[2] - offset[1] - 1u)};
    }
    return rows;
}

}  // namespace detail

/// The table: one record per IPsec code, in ascending order of value (a constexpr
/// std::array, usable in constant expressions). find() looks codes up in it.
inline constexpr std::array<record, record_count> records = detail::build_records();

}  // namespace v1
}  // namespace ipsec_error

#endif  // IPSEC_ERROR_RECORDS_HPP
