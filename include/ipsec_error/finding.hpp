// SPDX-License-Identifier: BSL-1.0
/// @file
/// What scan() and find_by_message() (`<ipsec_error/scan.hpp>`) return: a finding of a code
/// in a text, the form it is written in, its codes, and the codes that share a message.
#ifndef IPSEC_ERROR_FINDING_HPP
#define IPSEC_ERROR_FINDING_HPP

#include <array>
#include <cstddef>
#include <cstdint>
#include <iterator>
#include <string_view>

#include <ipsec_error/detail/config.hpp>
#include <ipsec_error/errc.hpp>
#include <ipsec_error/record.hpp>
#include <ipsec_error/status_only.hpp>

namespace ipsec_error {
inline namespace v1 {

/// The form in which a code is written where scan() finds it.
enum class code_form : std::uint32_t {
    name,        ///< ERROR_IPSEC_IKE_MM_DELAY_DROP, WARNING_IPSEC_..., STATUS_IPSEC_BAD_SPI
    hresult,     ///< 0x800735F6, 0xD0360001 (HRESULT_FROM_NT), -2147011082
    ntstatus,    ///< 0xC0360001
    hex,         ///< the value in hexadecimal: 0x35F6, 0x000035F6
    decimal,     ///< 13814, where the text says that it is an error code
    error_code,  ///< ipsec:13814, as a std::error_code prints
    message,     ///< the Windows message
};

/// The spelling of a form: "name", "hresult", "ntstatus", "hex", "decimal",
/// "error_code" or "message"; empty for any other value.
constexpr std::string_view name_of(code_form f) noexcept {
    IPSEC_ERROR_BEGIN_COVERED_SWITCH
    switch (f) {
        case code_form::name: return "name";
        case code_form::hresult: return "hresult";
        case code_form::ntstatus: return "ntstatus";
        case code_form::hex: return "hex";
        case code_form::decimal: return "decimal";
        case code_form::error_code: return "error_code";
        case code_form::message: return "message";
    }
    IPSEC_ERROR_END_COVERED_SWITCH
    return {};
}

namespace detail {
struct scan_access;
}  // namespace detail

/// The codes of one finding: one code, or every code that shares a message
/// (at most four do), in ascending order. A range of errc, usable in
/// constant expressions.
class code_set {
public:
    /// The most codes a set holds: the codes that share a Windows message.
    static constexpr std::size_t capacity = 4;

    /// The first code.
    constexpr const errc* begin() const noexcept { return values_.data(); }
    /// Past the last code.
    constexpr const errc* end() const noexcept { return values_.data() + size_; }
    /// How many codes there are.
    constexpr std::size_t size() const noexcept { return size_; }
    /// True when there is no code.
    constexpr bool empty() const noexcept { return size_ == 0; }
    /// The i-th code, i < size().
    constexpr errc operator[](std::size_t i) const noexcept { return values_[i]; }
    /// True when e is one of the codes.
    constexpr bool contains(errc e) const noexcept {
        for (std::size_t i = 0; i < size_; ++i) {
            if (values_[i] == e) return true;
        }
        return false;
    }

private:
    friend struct detail::scan_access;
    std::array<errc, capacity> values_{};
    std::uint32_t size_ = 0;
};

/// A code that scan() found in a text. (Its members leave no padding between them: the form
/// is 32 bits wide, as is the count of codes.)
struct finding {
    /// Where the matched bytes start in the text.
    std::size_t offset = 0;
    /// How many bytes were matched.
    std::size_t length = 0;
    /// The form the code is written in.
    code_form form = code_form::name;
    /// The code, or the codes of a shared message; empty for a status-only code.
    code_set codes;
    /// An IPsec NTSTATUS without a Win32 code (STATUS_IPSEC_QUEUE_OVERFLOW, written as its
    /// name, its NTSTATUS or its HRESULT_FROM_NT): then codes is empty. nullptr otherwise.
    const status_only_code* status_only = nullptr;
};

/// The codes whose Windows message a text is: a range that range-for
/// iterates as `const record&`, in ascending order of value.
class message_matches {
public:
    /// Iterates over the matches as `const record&`.
    class iterator {
    public:
        using iterator_category = std::forward_iterator_tag;  ///< a forward iterator
        using value_type = record;                            ///< a row of the table
        using difference_type = std::ptrdiff_t;               ///< a distance between two
        using pointer = const record*;                        ///< what -> gives
        using reference = const record&;                      ///< what * gives

        /// An iterator that points nowhere.
        constexpr iterator() noexcept = default;
        /// The row.
        constexpr reference operator*() const noexcept { return **at_; }
        /// The row's members.
        constexpr pointer operator->() const noexcept { return *at_; }
        /// To the next match.
        constexpr iterator& operator++() noexcept {
            ++at_;
            return *this;
        }
        /// To the next match; the iterator as it was.
        constexpr iterator operator++(int) noexcept {
            iterator old = *this;
            ++at_;
            return old;
        }
        /// True when both point to the same match.
        friend constexpr bool operator==(iterator a, iterator b) noexcept { return a.at_ == b.at_; }
        /// True when they point to different matches.
        friend constexpr bool operator!=(iterator a, iterator b) noexcept { return a.at_ != b.at_; }

    private:
        friend class message_matches;
        constexpr explicit iterator(const record* const* at) noexcept : at_(at) {}
        const record* const* at_ = nullptr;
    };

    /// The first match.
    constexpr iterator begin() const noexcept { return iterator(rows_.data()); }
    /// Past the last match.
    constexpr iterator end() const noexcept { return iterator(rows_.data() + size_); }
    /// How many codes have the message: 0, 1, or up to 4 for a shared one.
    constexpr std::size_t size() const noexcept { return size_; }
    /// True when no code has the message.
    constexpr bool empty() const noexcept { return size_ == 0; }
    /// The i-th match, i < size().
    constexpr const record& operator[](std::size_t i) const noexcept { return *rows_[i]; }

private:
    friend struct detail::scan_access;
    std::array<const record*, code_set::capacity> rows_{};
    std::size_t size_ = 0;
};

namespace detail {

// The one way in to the private parts of the results.
struct scan_access {
    static constexpr void add(code_set& set, errc e) noexcept {
        if (set.size_ < code_set::capacity) set.values_[set.size_++] = e;
    }
    static constexpr void add(message_matches& m, const record* r) noexcept {
        if (m.size_ < code_set::capacity) m.rows_[m.size_++] = r;
    }
};

}  // namespace detail

}  // namespace v1
}  // namespace ipsec_error

#endif  // IPSEC_ERROR_FINDING_HPP
