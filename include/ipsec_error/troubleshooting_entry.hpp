// SPDX-License-Identifier: BSL-1.0
/// @file
/// The shape of a troubleshooting entry (the text itself is in
/// `<ipsec_error/troubleshooting.hpp>`).
///
/// An entry holds its causes and actions each as one string of lines, and
/// iterates over them as std::string_views. That keeps the table compact (no
/// array per entry), lets the entries be written as plain aggregates, and
/// works in constant expressions.
#ifndef IPSEC_ERROR_TROUBLESHOOTING_ENTRY_HPP
#define IPSEC_ERROR_TROUBLESHOOTING_ENTRY_HPP

#include <cstddef>
#include <iterator>
#include <string_view>

#include <ipsec_error/errc.hpp>

namespace ipsec_error {
inline namespace v1 {

/// The lines of a text, one item each: iterable with range-for, constexpr.
///
/// The lines are those of one std::string_view, separated by newline characters; an empty
/// text has no line.
class text_lines {
public:
    /// A forward iterator over the lines; it yields each line as a std::string_view,
    /// without its newline.
    class iterator {
    public:
        using iterator_category = std::forward_iterator_tag;  ///< a forward iterator
        using value_type = std::string_view;                  ///< a line
        using difference_type = std::ptrdiff_t;               ///< a distance in lines
        using pointer = const std::string_view*;              ///< required by std::iterator_traits
        using reference = std::string_view;                   ///< what * gives: a line, by value

        /// An end iterator.
        constexpr iterator() noexcept = default;
        /// The current line, without its newline.
        constexpr std::string_view operator*() const noexcept {
            return rest_.substr(0, line_end());
        }
        /// Moves to the next line, or to the end after the last one.
        constexpr iterator& operator++() noexcept {
            const std::size_t end = line_end();
            rest_ = end < rest_.size() ? rest_.substr(end + 1) : std::string_view();
            return *this;
        }
        /// Moves to the next line; returns the iterator as it was before.
        constexpr iterator operator++(int) noexcept {
            iterator before = *this;
            ++*this;
            return before;
        }
        /// Whether a and b are at the same position. Only iterators of one text compare
        /// meaningfully; the end is where no text is left.
        friend constexpr bool operator==(const iterator& a, const iterator& b) noexcept {
            return a.rest_.size() == b.rest_.size();
        }
        /// Whether a and b are at different positions (see operator==).
        friend constexpr bool operator!=(const iterator& a, const iterator& b) noexcept {
            return !(a == b);
        }

    private:
        friend class text_lines;
        constexpr explicit iterator(std::string_view rest) noexcept : rest_(rest) {}
        constexpr std::size_t line_end() const noexcept {
            const std::size_t newline = rest_.find('\n');
            return newline == std::string_view::npos ? rest_.size() : newline;
        }
        std::string_view rest_;
    };

    /// No lines.
    constexpr text_lines() noexcept = default;
    /// The lines of a null-terminated text. Implicit, so that an entry is written with a
    /// plain string literal.
    constexpr text_lines(const char* text) noexcept
        : text_(text) {}  // NOLINT(google-explicit-constructor)
    /// The lines of a text. Implicit, like the constructor from a string literal.
    constexpr text_lines(std::string_view text) noexcept
        : text_(text) {}  // NOLINT(google-explicit-constructor)

    /// An iterator at the first line (equal to end() when there is none).
    constexpr iterator begin() const noexcept { return iterator(text_); }
    /// The iterator past the last line.
    constexpr iterator end() const noexcept { return {}; }
    /// Whether there is no line: the text is empty.
    constexpr bool empty() const noexcept { return text_.empty(); }
    /// The number of lines: one more than the number of newlines, or 0 for an empty text.
    constexpr std::size_t size() const noexcept {
        if (text_.empty()) return 0;
        std::size_t lines = 1;
        for (char c : text_) lines += c == '\n' ? 1 : 0;
        return lines;
    }
    /// All lines, joined by newline characters: the text as it was given.
    constexpr std::string_view text() const noexcept { return text_; }

private:
    std::string_view text_;
};

/// Up to six codes; the unused places hold errc{} (0, no code).
///
/// A range of errc, for range-for and in constant expressions; it ends at the first unused
/// place.
struct code_list {
    static constexpr std::size_t capacity = 6;  ///< how many codes fit
    errc codes[capacity];                       ///< the codes, then errc{} in every unused place

    /// The first code.
    constexpr const errc* begin() const noexcept { return codes; }
    /// Past the last code: at the first unused place.
    constexpr const errc* end() const noexcept { return codes + size(); }
    /// The number of codes before the first unused place.
    constexpr std::size_t size() const noexcept {
        std::size_t n = 0;
        while (n < capacity && codes[n] != errc{}) ++n;
        return n;
    }
    /// Whether the list holds no code.
    constexpr bool empty() const noexcept { return size() == 0; }
};

// The compiler pads between the members, which keep the order of the rows
// that initialise them; Clang's -Wpadded would report it in users' code.
#if defined(__clang__)
#pragma clang diagnostic push
#pragma clang diagnostic ignored "-Wpadded"
#endif
/// What a person needs to act on a code: one entry per code of the table, from
/// troubleshooting_for().
struct troubleshooting {
    errc code;                 ///< the code the entry is about
    std::string_view summary;  ///< what happened, where in IPsec, whether it is a failure
    text_lines causes;         ///< two to five, the likeliest first
    text_lines actions;        ///< two to six steps to take
    code_list related;         ///< codes to read next: the other mode's twin, the peer's side
};
#if defined(__clang__)
#pragma clang diagnostic pop
#endif

}  // namespace v1
}  // namespace ipsec_error

#endif  // IPSEC_ERROR_TROUBLESHOOTING_ENTRY_HPP
