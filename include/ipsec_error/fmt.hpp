// SPDX-License-Identifier: BSL-1.0
/// @file
/// {fmt} support: fmt::formatter for errc and condition (fmt 9 or later).
///
/// @code{.cpp}
///     fmt::format("{}", errc::ike_mm_delay_drop)       // "ERROR_IPSEC_IKE_MM_DELAY_DROP"
///     fmt::format("{:>32}", errc::ike_timed_out)       // right-aligned in 32 columns
///     fmt::format("{}", static_cast<errc>(42))         // "ipsec_error::errc(42)"
///     fmt::format("{:m}", errc::ike_mm_delay_drop)     // "Negotiation took too long"
///     fmt::format("{:h}", errc::ike_mm_delay_drop)     // "0x800735F6"
///     fmt::format("{:d}", errc::ike_mm_delay_drop)     // "13814"
///     fmt::format("{:*^12h}", errc::ike_timed_out)     // "*0x800735ED*"
///     fmt::format("{}", condition::transient)          // "transient"
/// @endcode
///
/// An errc prints as operator<< (io.hpp) prints it, with every option of a
/// string's format specification: fill, alignment, width and precision,
/// also taken from arguments ("{:>{}}"). Three presentation types of its own
/// print other forms of the code:
///
/// | type | prints                                      | for ike_mm_delay_drop         |
/// | ---- | ------------------------------------------- | ----------------------------- |
/// | none | the winerror.h name                         | ERROR_IPSEC_IKE_MM_DELAY_DROP |
/// | `m`  | the Windows message, as message() has it    | Negotiation took too long     |
/// | `h`  | the HRESULT (to_hresult()) as 0x%08X        | 0x800735F6                    |
/// | `d`  | the value in decimal                        | 13814                         |
///
/// They combine with fill, alignment, width and precision written as numbers
/// ("{:*^12h}"); a width from an argument is for the name only. A value that
/// is no code prints as "ipsec_error::errc(N)" by name and as "unknown IPsec
/// error N" by message. A condition prints as its enumerator's name
/// (name_of()), "ipsec_error::condition(N)" for any other value, with a
/// string's format specification. Nothing here allocates.
///
/// A header of its own, outside the umbrella header: only programs that use
/// {fmt} (or spdlog, which formats with it) include it. It needs {fmt} 9 or
/// later (Debian and Ubuntu: libfmt-dev; CMake: find_package(fmt), fmt::fmt).
#ifndef IPSEC_ERROR_FMT_HPP
#define IPSEC_ERROR_FMT_HPP

#include <cstddef>
#include <cstdint>
#include <string_view>

// <fmt/format.h>, not just <fmt/core.h>: it defines the string formatter's
// format(), which the formatters below inherit.
#include <fmt/format.h>

#include <ipsec_error/condition.hpp>
#include <ipsec_error/detail/ascii.hpp>
#include <ipsec_error/detail/find_value.hpp>
#include <ipsec_error/detail/value_index.hpp>
#include <ipsec_error/errc.hpp>
#include <ipsec_error/windows_forms.hpp>

namespace ipsec_error {
inline namespace v1 {
namespace detail {

// What "{:...}" asks of an errc: its last character, when it is one of ours.
enum class fmt_presentation : unsigned char { name, message, hresult, decimal };

// Enough room for the longest text made here ("unknown IPsec error
// -2147483648", "ipsec_error::condition(-2147483648)"), on the stack.
class fmt_text {
public:
    constexpr fmt_text() noexcept = default;
    constexpr void append(std::string_view text) noexcept {
        for (const char c : text) {
            if (size_ < sizeof data_) data_[size_++] = c;
        }
    }
    constexpr void append_decimal(int value) noexcept {
        const detail::decimal_text decimal = detail::to_decimal(value);
        append(decimal.view());
    }
    constexpr void append_hex8(std::uint32_t value) noexcept {
        constexpr std::string_view hex_digits = "0123456789ABCDEF";
        append("0x");
        for (int shift = 28; shift >= 0; shift -= 4) {
            append(hex_digits.substr((value >> shift) & 0xFu, 1));
        }
    }
    constexpr std::string_view view() const noexcept { return {data_, size_}; }

private:
    char data_[48]{};
    std::size_t size_ = 0;
};

// "ipsec_error::errc(42)": how a value that is no code prints by name.
constexpr fmt_text fmt_numbered(std::string_view type, int value) noexcept {
    fmt_text text;
    text.append("ipsec_error::");
    text.append(type);
    text.append("(");
    text.append_decimal(value);
    text.append(")");
    return text;
}

// The text of an errc in one presentation. The name and the message of a
// code are the table's own (static) text; anything else is made in `text`.
constexpr std::string_view fmt_errc_text(errc e, fmt_presentation presentation,
                                         fmt_text& text) noexcept {
    const int value = static_cast<int>(e);
    const record* const r = find_value(value);
    switch (presentation) {
        case fmt_presentation::name:
            if (r != nullptr) return r->name;
            text = fmt_numbered("errc", value);
            return text.view();
        case fmt_presentation::message:
            if (r != nullptr) return r->message;
            text.append("unknown IPsec error ");
            text.append_decimal(value);
            return text.view();
        case fmt_presentation::hresult:
            text.append_hex8(static_cast<std::uint32_t>(to_hresult(e)));
            return text.view();
        case fmt_presentation::decimal: text.append_decimal(value); return text.view();
    }
    return {};
}

// The presentation type a format specification ends with, if it is one of
// ours: the character before the '}' that closes the field (a fill character
// is always followed by an alignment, so it is never last).
template <class Iterator>
constexpr fmt_presentation fmt_presentation_of(Iterator spec_end, Iterator begin) noexcept {
    if (spec_end == begin) return fmt_presentation::name;
    switch (*(spec_end - 1)) {
        case 'm': return fmt_presentation::message;
        case 'h': return fmt_presentation::hresult;
        case 'd': return fmt_presentation::decimal;
        default: return fmt_presentation::name;
    }
}

// Where the specification that starts at begin ends: at the '}' that closes
// the replacement field, stepping over nested "{...}" (a width or precision
// taken from an argument).
template <class Iterator>
constexpr Iterator fmt_spec_end(Iterator begin, Iterator end) noexcept {
    int depth = 0;
    for (; begin != end; ++begin) {
        if (*begin == '{') {
            ++depth;
        } else if (*begin == '}') {
            if (depth == 0) break;
            --depth;
        }
    }
    return begin;
}

}  // namespace detail
}  // namespace v1
}  // namespace ipsec_error

// Doxygen does not read {fmt}: it must be told of namespace fmt to place the
// specialisations below.
/// @namespace fmt
/// {fmt}'s namespace, where this header specialises fmt::formatter for errc and condition.

// The presentation type after the string formatter's state leaves padding,
// which Clang's -Wpadded would report in the user's translation unit.
#if defined(__clang__)
#pragma clang diagnostic push
#pragma clang diagnostic ignored "-Wpadded"
#endif
/// fmt::formatter for ipsec_error::errc: the name by default, or the message
/// (`m`), the HRESULT (`h`) or the decimal value (`d`), with a string's
/// fill, alignment, width and precision; see <ipsec_error/fmt.hpp>.
template <>
struct fmt::formatter<ipsec_error::errc> : fmt::formatter<fmt::string_view> {
    /// Reads a string's format specification, optionally ending with `m`, `h` or `d`.
    template <class ParseContext>
    constexpr auto parse(ParseContext& ctx) -> decltype(ctx.begin()) {
        using ipsec_error::detail::fmt_presentation;
        const char* const begin = ctx.begin();  // {fmt}'s iterators over char are pointers
        const char* const spec_end = ipsec_error::detail::fmt_spec_end(begin, ctx.end());
        presentation_ = ipsec_error::detail::fmt_presentation_of(spec_end, begin);
        if (presentation_ == fmt_presentation::name) {
            return fmt::formatter<fmt::string_view>::parse(ctx);
        }
        // The string formatter reads what comes before our type, on its own:
        // numbers only, since a width taken from an argument would need the
        // outer context's count of arguments.
        const char* const type = spec_end - 1;
        const fmt::string_view options(begin, static_cast<std::size_t>(type - begin));
        for (const char c : options) {
            if (c == '{' || c == '}') {
                ctx.on_error(
                    "ipsec_error::errc: with m, h or d, width and precision must be numbers");
                return spec_end;
            }
        }
        fmt::format_parse_context options_ctx(options);
        if (fmt::formatter<fmt::string_view>::parse(options_ctx) != options.end()) {
            ctx.on_error("ipsec_error::errc: invalid format specification");
        }
        return spec_end;
    }

    /// Writes the code in the presentation parse() read.
    template <class FormatContext>
    auto format(ipsec_error::errc e, FormatContext& ctx) const -> decltype(ctx.out()) {
        ipsec_error::detail::fmt_text text;
        const std::string_view view = ipsec_error::detail::fmt_errc_text(e, presentation_, text);
        return fmt::formatter<fmt::string_view>::format(fmt::string_view(view.data(), view.size()),
                                                        ctx);
    }

private:
    ipsec_error::detail::fmt_presentation presentation_ =
        ipsec_error::detail::fmt_presentation::name;
};
#if defined(__clang__)
#pragma clang diagnostic pop
#endif

/// fmt::formatter for ipsec_error::condition: the enumerator's name
/// ("negotiation_timed_out"), with a string's format specification.
template <>
struct fmt::formatter<ipsec_error::condition> : fmt::formatter<fmt::string_view> {
    /// Writes the condition's name, or `ipsec_error::condition(N)` for any other value.
    template <class FormatContext>
    auto format(ipsec_error::condition c, FormatContext& ctx) const -> decltype(ctx.out()) {
        const std::string_view name = ipsec_error::name_of(c);
        if (!name.empty()) {
            return fmt::formatter<fmt::string_view>::format(
                fmt::string_view(name.data(), name.size()), ctx);
        }
        const ipsec_error::detail::fmt_text text =
            ipsec_error::detail::fmt_numbered("condition", static_cast<int>(c));
        const std::string_view view = text.view();
        return fmt::formatter<fmt::string_view>::format(fmt::string_view(view.data(), view.size()),
                                                        ctx);
    }
};

#endif  // IPSEC_ERROR_FMT_HPP
