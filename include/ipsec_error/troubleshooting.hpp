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

#include <ipsec_error/detail/troubleshooting_text.hpp>
#include <ipsec_error/detail/value_index.hpp>
#include <ipsec_error/errc.hpp>
#include <ipsec_error/records.hpp>
#include <ipsec_error/troubleshooting_entry.hpp>
#include <ipsec_error/windows_forms.hpp>

namespace ipsec_error {
inline namespace v1 {

namespace detail {

// The rules of the text. The project's build checks them at compile time
// (tests/compile_time_checks.hpp): a mistake is a build error there, and
// costs nothing to the translation units that only use the text.
constexpr bool entries_match_records() noexcept {
    if (troubleshooting_entries.size() != records.size()) return false;
    for (std::size_t i = 0; i < records.size(); ++i) {
        if (troubleshooting_entries[i].code != records[i].code) return false;
    }
    return true;
}

// Something to say, and no line break at either end. (The counts of causes
// and actions, and that no line is blank, the tests check: scanning 130 KB of
// text here would make every translation unit that includes this header
// several times slower to compile.)
constexpr bool has_lines(const text_lines& lines) noexcept {
    const std::string_view text = lines.text();
    return !text.empty() && text.front() != '\n' && text.back() != '\n';
}

constexpr bool entries_complete() noexcept {
    for (const troubleshooting& t : troubleshooting_entries) {
        if (t.summary.empty() || !has_lines(t.causes) || !has_lines(t.actions)) return false;
    }
    return true;
}

constexpr bool related_codes_real() noexcept {
    for (const troubleshooting& t : troubleshooting_entries) {
        if (t.related.empty()) return false;
        for (std::size_t i = 0; i < t.related.size(); ++i) {
            const errc r = t.related.codes[i];
            if (r == t.code || find_value(static_cast<int>(r)) == nullptr) return false;
            for (std::size_t j = 0; j < i; ++j) {
                if (t.related.codes[j] == r) return false;
            }
        }
        // Nothing after the first empty place: a gap would hide the codes behind it.
        for (std::size_t i = t.related.size(); i < code_list::capacity; ++i) {
            if (t.related.codes[i] != errc{}) return false;
        }
    }
    return true;
}

}  // namespace detail

/// The entry for a Win32 value (13814), or nullptr when it is no IPsec code.
constexpr const troubleshooting* troubleshooting_for(int value) noexcept {
    const record* r = detail::find_value(value);
    if (r == nullptr) return nullptr;
    return &detail::troubleshooting_entries[static_cast<std::size_t>(r - records.data())];
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
