// SPDX-License-Identifier: BSL-1.0
/// @file
/// What a code means in practice and what to do about it.
///
/// @code{.cpp}
///     if (const auto* t = ipsec_error::troubleshooting_for(ec)) {
///         std::cout << t->summary << '\n';
///         for (std::string_view step : t->actions) std::cout << "- " << step << '\n';
///     }
/// @endcode
///
/// An entry for every code of the table: a summary, the likely causes, the
/// steps to take and the related codes. It is kept apart from
/// `<ipsec_error/ipsec_error.hpp>` so that a program that only throws and prints
/// codes does not carry this text in its binary.
#ifndef IPSEC_ERROR_TROUBLESHOOTING_HPP
#define IPSEC_ERROR_TROUBLESHOOTING_HPP

#include <array>
#include <cstddef>
#include <system_error>

#include <ipsec_error/detail/ascii.hpp>
#include <ipsec_error/detail/find_value.hpp>
#include <ipsec_error/detail/generated/troubleshooting_entries.hpp>
#include <ipsec_error/detail/value_index.hpp>
#include <ipsec_error/errc.hpp>
#include <ipsec_error/records.hpp>
#include <ipsec_error/troubleshooting_entry.hpp>
#include <ipsec_error/windows_forms.hpp>

namespace ipsec_error {
inline namespace v1 {

namespace detail {

// GCC (12 and 13) folds a constant call such as troubleshooting_for(13814) to
// the entry's address while it checks the user's `... != nullptr` for
// -Waddress, and then warns that the address of an object is never null (see
// find_value_at_run_time() in value_index.hpp). A function that is not
// constexpr is not folded there; the optimiser still inlines it.
inline const troubleshooting* troubleshooting_at_run_time(std::size_t row) noexcept {
    return row == 0 ? nullptr : &troubleshooting_entries[row - 1];
}

}  // namespace detail

/// The entry for a Win32 value (13814), or nullptr when it is no IPsec code.
constexpr const troubleshooting* troubleshooting_for(int value) noexcept {
    // The row from the index of values, not find(int): that would bring the
    // table's rows and the table of their addresses, with their relocations,
    // into the program.
    const std::size_t row = detail::row_of(value);
    if (IPSEC_ERROR_CONSTANT_EVALUATED()) {
        return row == 0 ? nullptr : &detail::troubleshooting_entries[row - 1];
    }
    return detail::troubleshooting_at_run_time(row);
}

/// The entry for a code, or nullptr when e holds a value that is not a code.
constexpr const troubleshooting* troubleshooting_for(errc e) noexcept {
    return troubleshooting_for(static_cast<int>(e));
}

/// The entry for any error code that to_errc() understands (any copy of ipsec_category(),
/// and on Windows the Win32 and HRESULT forms in std::system_category()), or nullptr.
inline const troubleshooting* troubleshooting_for(const std::error_code& code) noexcept {
    const auto e = to_errc(code);
    return e ? troubleshooting_for(*e) : nullptr;
}

}  // namespace v1
}  // namespace ipsec_error

#endif  // IPSEC_ERROR_TROUBLESHOOTING_HPP
