// SPDX-License-Identifier: BSL-1.0
// The least a translation unit must compile to throw, print and compare an
// IPsec code as error_code.cpp does, each part written as cheaply as we know
// how: benchmarks/compile_instructions.sh compiles it next to error_code.cpp
// and system_error.cpp. Its cost over system_error.cpp is the floor that no
// header-only <ipsec_error/error_code.hpp> can go below.
//
// What any such header makes the TU compile:
//  - the 154 named enumerators of errc and std::is_error_code_enum for it;
//  - the messages, and where each one starts;
//  - a std::error_category defined in the header: the TU that first asks for
//    it emits its vtable, so it compiles name(), message() (which builds a
//    std::string) and default_error_condition() (here the bit of
//    condition::negotiation_timed_out, 3, picks std::errc::timed_out);
//  - a throw that puts the caller's file and line before the context.
// It leaves out what the library adds: unknown values, the other standard
// conditions, the identity of a second copy of the category, the
// no-exceptions mode, column and function names.
#include <cstdio>
#include <string>
#include <string_view>
#include <system_error>

#include <ipsec_error/detail/generated/errc.hpp>
#include <ipsec_error/detail/generated/table.hpp>

namespace floor_of_error_code {

using ipsec_error::errc;
namespace data = ipsec_error::detail;

class category final : public std::error_category {
public:
    const char* name() const noexcept override { return "ipsec"; }
    std::string message(int value) const override {
        std::string text;
        const auto offset = static_cast<unsigned>(value) - data::span_first_value;
        if (offset < data::value_span) {
            const unsigned row = data::value_rows[offset];
            const unsigned first = data::text_offsets[2 * row - 1];
            text.assign(data::table_text + first, data::text_offsets[2 * row] - first - 1);
        }
        return text;
    }
    std::error_condition default_error_condition(int value) const noexcept override {
        const auto offset = static_cast<unsigned>(value) - data::span_first_value;
        if (offset < data::value_span &&
            (data::row_conditions[data::value_rows[offset] - 1] >> 3 & 1u) != 0)
            return std::errc::timed_out;
        return {value, *this};
    }
};

inline const std::error_category& ipsec_category() noexcept {
    static const category instance;
    return instance;
}

inline std::error_code make_error_code(errc e) noexcept {
    return {static_cast<int>(e), ipsec_category()};
}

}  // namespace floor_of_error_code

template <>
struct std::is_error_code_enum<ipsec_error::errc> : std::true_type {};

namespace floor_of_error_code {

[[noreturn]] inline void throw_error(errc e, std::string_view context,
                                     const char* file = __builtin_FILE(),
                                     unsigned line = __builtin_LINE()) {
    std::string what(file);
    char digits[10];
    unsigned first = sizeof digits;
    do digits[--first] = static_cast<char>('0' + line % 10);
    while ((line /= 10) != 0);
    what.push_back(':');
    what.append(digits + first, sizeof digits - first);
    what.append(": ");
    what.append(context.data(), context.size());
    throw std::system_error(make_error_code(e), what.c_str());
}

}  // namespace floor_of_error_code

int main() {
    try {
        floor_of_error_code::throw_error(ipsec_error::errc::ike_mm_delay_drop,
                                         "tunnel to 203.0.113.7");
    } catch (const std::system_error& e) {
        std::puts(e.what());
        return e.code() == std::errc::timed_out ? 0 : 1;
    }
}
