// SPDX-License-Identifier: BSL-1.0
// ipsec-error: the shape of a troubleshooting entry (the text itself is in
// <ipsec_error/troubleshooting.hpp>).
//
// An entry holds its causes and actions each as one string of lines, and
// iterates over them as std::string_views. That keeps the table compact (no
// array per entry), lets the entries be written as plain aggregates, and
// works in constant expressions.
#ifndef IPSEC_ERROR_TROUBLESHOOTING_ENTRY_HPP
#define IPSEC_ERROR_TROUBLESHOOTING_ENTRY_HPP

#include <cstddef>
#include <iterator>
#include <string_view>

#include <ipsec_error/errc.hpp>

namespace ipsec_error {
inline namespace v1 {

// The lines of a text, one item each: iterable with range-for, constexpr.
class text_lines {
public:
    class iterator {
    public:
        using iterator_category = std::forward_iterator_tag;
        using value_type = std::string_view;
        using difference_type = std::ptrdiff_t;
        using pointer = const std::string_view*;
        using reference = std::string_view;

        constexpr iterator() noexcept = default;
        constexpr std::string_view operator*() const noexcept {
            return rest_.substr(0, line_end());
        }
        constexpr iterator& operator++() noexcept {
            const std::size_t end = line_end();
            rest_ = end < rest_.size() ? rest_.substr(end + 1) : std::string_view();
            return *this;
        }
        constexpr iterator operator++(int) noexcept {
            iterator before = *this;
            ++*this;
            return before;
        }
        // Iterators of one text compare by position: the end is the empty rest.
        friend constexpr bool operator==(const iterator& a, const iterator& b) noexcept {
            return a.rest_.size() == b.rest_.size();
        }
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

    constexpr text_lines() noexcept = default;
    // Implicit, so that an entry is written with a plain string literal.
    constexpr text_lines(const char* text) noexcept
        : text_(text) {}  // NOLINT(google-explicit-constructor)
    constexpr text_lines(std::string_view text) noexcept
        : text_(text) {}  // NOLINT(google-explicit-constructor)

    constexpr iterator begin() const noexcept { return iterator(text_); }
    constexpr iterator end() const noexcept { return {}; }
    constexpr bool empty() const noexcept { return text_.empty(); }
    constexpr std::size_t size() const noexcept {
        if (text_.empty()) return 0;
        std::size_t lines = 1;
        for (char c : text_) lines += c == '\n' ? 1 : 0;
        return lines;
    }
    // All lines, joined by '\n'.
    constexpr std::string_view text() const noexcept { return text_; }

private:
    std::string_view text_;
};

// Up to six codes; the unused places hold errc{} (0, no code).
struct code_list {
    static constexpr std::size_t capacity = 6;
    errc codes[capacity];

    constexpr const errc* begin() const noexcept { return codes; }
    constexpr const errc* end() const noexcept { return codes + size(); }
    constexpr std::size_t size() const noexcept {
        std::size_t n = 0;
        while (n < capacity && codes[n] != errc{}) ++n;
        return n;
    }
    constexpr bool empty() const noexcept { return size() == 0; }
};

// What a person needs to act on a code.
struct troubleshooting {
    errc code;
    std::string_view summary;  // what happened, where in IPsec, whether it is a failure
    text_lines causes;         // two to five, the likeliest first
    text_lines actions;        // two to six steps to take
    code_list related;         // codes to read next: the other mode's twin, the peer's side
};

}  // namespace v1
}  // namespace ipsec_error

#endif  // IPSEC_ERROR_TROUBLESHOOTING_ENTRY_HPP
