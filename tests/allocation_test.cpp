// SPDX-License-Identifier: BSL-1.0
// No look-up or parse allocates: a counting global operator new proves it.
// (Its own program: replacing operator new would count doctest's own too.)
#include <ipsec_error/ipsec_error.hpp>
#include <ipsec_error/troubleshooting.hpp>

#include <atomic>
#include <cstdio>
#include <cstdlib>
#include <new>
#include <string>
#include <system_error>

namespace {
std::atomic<long> allocations{0};
}

void* operator new(std::size_t size) {
    ++allocations;
    if (void* p = std::malloc(size == 0 ? 1 : size)) return p;
    throw std::bad_alloc();
}
void operator delete(void* p) noexcept { std::free(p); }
void operator delete(void* p, std::size_t) noexcept { std::free(p); }

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

    const long before = allocations.load();
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
    const long during = allocations.load() - before;

    // 153 by value (11033 lies outside the values tried); over the table 4 x 154
    // and the 16 NTSTATUS twins; 8 of the
    // texts; then to_errc, the condition and the troubleshooting entry, 1 each;
    // then message_view and message(buffer), 153 each, the codes that are not
    // failures (warnings and informational), and the foreign code's empty view.
    std::size_t not_failures = 0;
    for (const auto& r : ipsec_error::records)
        not_failures += r.severity != ipsec_error::severity::error;
    const std::size_t expected = 153 + 154 * 4 + 16 + 8 + 1 + 1 + 1 + 153 * 2 + not_failures + 1;
    std::printf("%zu look-ups found, %ld allocations\n", found, during);
    if (found != expected) {
        std::printf("expected %zu look-ups to find something\n", expected);
        return 1;
    }
    // The message is a std::string: it may allocate (and does, past SSO).
    const long before_message = allocations.load();
    const std::string message = code.message();
    std::printf("message(): %ld allocation(s) for %zu bytes\n", allocations.load() - before_message,
                message.size());
    return during == 0 ? 0 : 1;
}
