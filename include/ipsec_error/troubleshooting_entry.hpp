// SPDX-License-Identifier: BSL-1.0
/// @file
/// The shape of a troubleshooting entry (the entries and troubleshooting_for() are in
/// `<ipsec_error/troubleshooting.hpp>`).
///
/// An entry's causes and actions are each one text of lines, iterated as
/// std::string_views. The entries refer to the library's text with 32-bit numbers
/// (packed_text_lines) rather than pointers, and hold their related codes as 16-bit values
/// (packed_code_list): in a position-independent executable each pointer in a constant table
/// costs a relocation of 24 bytes besides its own 8. With one pointer per entry, its summary,
/// the entries add less than a tenth to the bytes of their text (they added a third). Both
/// types work in constant expressions, and convert to the plain text_lines and code_list.
#ifndef IPSEC_ERROR_TROUBLESHOOTING_ENTRY_HPP
#define IPSEC_ERROR_TROUBLESHOOTING_ENTRY_HPP

#include <cstddef>
#include <cstdint>
#include <iterator>
#include <string_view>

#include <ipsec_error/detail/generated/troubleshooting_blocks.hpp>
#include <ipsec_error/detail/packed_text.hpp>
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
    static constexpr std::size_t capacity = detail::related_capacity;  ///< how many codes fit
    errc codes[capacity];  ///< the codes, then errc{} in every unused place

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

/// The lines of one text of the library's troubleshooting text, held in 32 bits: which
/// block of the text, where in it and how long. The type of troubleshooting::causes and
/// troubleshooting::actions.
///
/// Iterable like text_lines, with the same members, and converts to it implicitly, so that
/// `text_lines lines = t->causes;` works. It only refers to the library's own text: a
/// text_lines is what holds any other. An aggregate, so that the compiler initialises the
/// entries without a constructor call each.
struct packed_text_lines {
    static constexpr std::size_t max_blocks = detail::packed_max_blocks;  ///< 4 bits of block
    static constexpr std::size_t max_offset = detail::packed_max_offset;  ///< 16 bits of offset
    static constexpr std::size_t max_length = detail::packed_max_length;  ///< 12 bits of length

    /// Where the text is: its block (bits 28-31), its offset in the block (12-27) and its
    /// length (0-11). 0 is no lines.
    std::uint32_t where;

    /// The text of `length` characters at `offset` in block `block` of the library's text.
    static constexpr packed_text_lines at(std::size_t block, std::size_t offset,
                                          std::size_t length) noexcept {
        return {detail::pack_text(block, offset, length)};
    }
    /// All lines, joined by newline characters.
    constexpr std::string_view text() const noexcept {
        return {detail::troubleshooting_text_block(where >> 28) + (where >> 12 & max_offset),
                where & max_length};
    }
    /// The same lines as a text_lines.
    constexpr operator text_lines() const noexcept {  // NOLINT(google-explicit-constructor)
        return {text()};
    }
    /// An iterator at the first line (equal to end() when there is none).
    constexpr text_lines::iterator begin() const noexcept { return text_lines(text()).begin(); }
    /// The iterator past the last line.
    constexpr text_lines::iterator end() const noexcept { return {}; }
    /// Whether there is no line.
    constexpr bool empty() const noexcept { return (where & max_length) == 0; }
    /// The number of lines: one more than the number of newlines, or 0 for an empty text.
    constexpr std::size_t size() const noexcept { return text_lines(text()).size(); }
};

/// Up to six codes, each as its 16-bit value; the unused places hold 0. The type of
/// troubleshooting::related: half the size of code_list.
///
/// A range of errc like code_list, with the same members but `codes`, and converts to it
/// implicitly.
struct packed_code_list {
    static constexpr std::size_t capacity = code_list::capacity;  ///< how many codes fit
    std::uint16_t values[capacity];  ///< the codes' values, then 0 in every unused place

    /// A forward iterator over the codes; it yields each as an errc, by value.
    class iterator {
    public:
        using iterator_category = std::forward_iterator_tag;  ///< a forward iterator
        using value_type = errc;                              ///< a code
        using difference_type = std::ptrdiff_t;               ///< a distance in codes
        using pointer = const errc*;                          ///< required by std::iterator_traits
        using reference = errc;                               ///< what * gives: a code, by value

        /// A singular iterator.
        constexpr iterator() noexcept = default;
        /// The current code.
        constexpr errc operator*() const noexcept { return static_cast<errc>(*at_); }
        /// Moves to the next code.
        constexpr iterator& operator++() noexcept {
            ++at_;
            return *this;
        }
        /// Moves to the next code; returns the iterator as it was before.
        constexpr iterator operator++(int) noexcept {
            iterator before = *this;
            ++at_;
            return before;
        }
        /// Whether a and b are at the same place of one list.
        friend constexpr bool operator==(const iterator& a, const iterator& b) noexcept {
            return a.at_ == b.at_;
        }
        /// Whether a and b are at different places (see operator==).
        friend constexpr bool operator!=(const iterator& a, const iterator& b) noexcept {
            return !(a == b);
        }

    private:
        friend struct packed_code_list;
        constexpr explicit iterator(const std::uint16_t* at) noexcept : at_(at) {}
        const std::uint16_t* at_ = nullptr;
    };

    /// The first code.
    constexpr iterator begin() const noexcept { return iterator(values); }
    /// Past the last code: at the first unused place.
    constexpr iterator end() const noexcept { return iterator(values + size()); }
    /// The number of codes before the first unused place.
    constexpr std::size_t size() const noexcept {
        std::size_t n = 0;
        while (n < capacity && values[n] != 0) ++n;
        return n;
    }
    /// Whether the list holds no code.
    constexpr bool empty() const noexcept { return values[0] == 0; }
    /// The code at place i (i < size()).
    constexpr errc operator[](std::size_t i) const noexcept { return static_cast<errc>(values[i]); }
    /// The same codes as a code_list.
    constexpr operator code_list() const noexcept {  // NOLINT(google-explicit-constructor)
        code_list list{};
        for (std::size_t i = 0; i < capacity; ++i) list.codes[i] = static_cast<errc>(values[i]);
        return list;
    }
};

/// What a person needs to act on a code: one entry per code of the table, from
/// troubleshooting_for().
///
/// The members are in the order that leaves no padding between them (40 bytes on 64-bit
/// targets); causes, actions and related are compact forms of text_lines and code_list, to
/// which they convert.
struct troubleshooting {
    std::string_view summary;   ///< what happened, where in IPsec, whether it is a failure
    errc code;                  ///< the code the entry is about
    packed_text_lines causes;   ///< two to five, the likeliest first
    packed_text_lines actions;  ///< two to six steps to take
    packed_code_list related;   ///< codes to read next: the other mode's twin, the peer's side
};

}  // namespace v1
}  // namespace ipsec_error

#endif  // IPSEC_ERROR_TROUBLESHOOTING_ENTRY_HPP
