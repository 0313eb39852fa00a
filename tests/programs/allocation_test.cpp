// SPDX-License-Identifier: BSL-1.0
// No look-up or parse allocates: a counting global operator new proves it.
#include <ipsec_error/ipsec_error.hpp>
#include <ipsec_error/troubleshooting.hpp>

#include <cstdio>
#include <string>
#include <system_error>

#include "counting_new.hpp"

int main() {
    // The inputs are made first: building them may allocate.
    const std::string texts[] = {"13814",
                                 "0x35F6",
                                 "0x800735F6",
                                 "-2147011082",
                                 "0xC0360001",
                                 "ERROR_IPSEC_IKE_MM_DELAY_DROP",
                                 "ike_mm_delay_drop",
                                 "STATUS_IPSEC_BAD_SPI",
                                 "  nonsense  ",
                                 std::string(4096, '9'),
                                 ""};
    const std::error_code code = ipsec_error::errc::ike_no_cert;
    const std::error_code other = std::make_error_code(std::errc::timed_out);
    std::size_t found = 0;

    const long before = counting_new::allocations();
    for (int v = 12990; v < 13940; ++v) found += ipsec_error::find(v) != nullptr;
    for (const auto& r : ipsec_error::records) {
        found += ipsec_error::find(r.name) != nullptr;
        found += ipsec_error::find(r.code) != nullptr;
        found += ipsec_error::troubleshooting_for(r.code) != nullptr;
        found += ipsec_error::to_ntstatus(r.code).has_value();
        found += ipsec_error::from_hresult(ipsec_error::to_hresult(r.code)).has_value();
    }
    for (const std::string& text : texts) found += ipsec_error::parse(text).has_value();
    found += ipsec_error::to_errc(code).has_value() + ipsec_error::to_errc(other).has_value();
    found += code == ipsec_error::condition::certificate_problem;
    found += code == std::errc::timed_out;
    found += ipsec_error::troubleshooting_for(code) != nullptr;
    // The non-allocating messages, for every value a look-up tries.
    char buffer[128];
    for (int v = 12990; v < 13940; ++v) {
        const std::error_code any(v, ipsec_error::ipsec_category());
        found += !ipsec_error::message_view(any).empty();
        found += ipsec_error::message(v, buffer, sizeof buffer)[0] != 'u';  // not "unknown..."
        found += !ipsec_error::failed(any);
    }
    found += ipsec_error::message_view(other).empty();
    const long during = counting_new::allocations() - before;

    // The codes in the values tried (Winsock's 11033 lies below them), once by
    // value; over the table four look-ups a code, and one a NTSTATUS twin; 8
    // of the texts; then to_errc, the condition and the troubleshooting entry,
    // 1 each; then message_view and message(buffer) for the codes in the values
    // tried, the codes that are not failures (warnings and informational), and
    // the foreign code's empty view.
    std::size_t in_range = 0;
    std::size_t twins = 0;
    std::size_t not_failures = 0;
    for (const auto& r : ipsec_error::records) {
        in_range += r.value() >= 12990 && r.value() < 13940;
        twins += ipsec_error::to_ntstatus(r.code).has_value();
        not_failures += r.severity != ipsec_error::severity::error;
    }
    const std::size_t expected = in_range + ipsec_error::records.size() * 4 + twins + 8 + 1 + 1 +
                                 1 + in_range * 2 + not_failures + 1;
    std::printf("%zu look-ups found, %ld allocations\n", found, during);
    if (found != expected) {
        std::printf("expected %zu look-ups to find something\n", expected);
        return 1;
    }
    // The message is a std::string: it may allocate (and does, past SSO).
    const long before_message = counting_new::allocations();
    const std::string message = code.message();
    std::printf("message(): %ld allocation(s) for %zu bytes\n",
                counting_new::allocations() - before_message, message.size());
    return during == 0 ? 0 : 1;
}
