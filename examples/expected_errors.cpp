// SPDX-License-Identifier: BSL-1.0
// Errors as values: std::expected<T, std::error_code> (C++23) carrying IPsec codes
// and the standard's, instead of exceptions.
//
//     $ ./expected_errors 13814 0x800735ED ike_no_cert 42 hello
//     13814: ERROR_IPSEC_IKE_MM_DELAY_DROP: Negotiation took too long
//       worth retrying
//     0x800735ED: ERROR_IPSEC_IKE_TIMED_OUT: Negotiation timed out
//       worth retrying
//     ike_no_cert: ERROR_IPSEC_IKE_NO_CERT: IKE failed to find valid machine certificate. ...
//     42: not an IPsec code (generic:22, Invalid argument)
//     hello: not an IPsec code (generic:22, Invalid argument)
//
// Exit status: 0 when every argument is an IPsec code, 1 otherwise.
#include <ipsec_error/ipsec_error.hpp>

#include <version>

#if !defined(__cpp_lib_expected)
#error "expected_errors needs C++23 <expected> (GCC 12 with -std=c++23, or libc++ 16)"
#endif

#include <expected>
#include <iostream>
#include <string_view>
#include <system_error>

namespace {

// What a person pasted, as the row of the table it names; an error code
// (std::errc::invalid_argument) when it names no IPsec code.
std::expected<const ipsec_error::record*, std::error_code> look_up(std::string_view text) {
    const std::optional<ipsec_error::errc> code = ipsec_error::parse(text);
    if (!code) return std::unexpected(std::make_error_code(std::errc::invalid_argument));
    return ipsec_error::find(*code);  // parse() gives codes only: never nullptr
}

// A step that fails with an IPsec code: an error value, not an exception.
std::expected<int, std::error_code> negotiate(const ipsec_error::record& row) {
    if (row.severity == ipsec_error::severity::error) {
        return std::unexpected(std::error_code(row.code));
    }
    return 0;  // a warning or an informational code: carry on
}

}  // namespace

int main(int argc, char** argv) {
    int status = 0;
    for (int i = 1; i < argc; ++i) {
        const std::string_view text = argv[i];
        const auto row = look_up(text);
        if (!row) {
            std::cout << text << ": not an IPsec code (" << row.error().category().name() << ':'
                      << row.error().value() << ", " << row.error().message() << ")\n";
            status = 1;
            continue;
        }
        std::cout << text << ": " << (*row)->name << ": " << (*row)->message << '\n';
        if (const auto outcome = negotiate(**row); !outcome) {
            // The error is a std::error_code like any other: conditions apply.
            if (outcome.error() == ipsec_error::condition::transient) {
                std::cout << "  worth retrying\n";
            }
        }
    }
    return status;
}
