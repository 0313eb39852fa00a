// SPDX-License-Identifier: BSL-1.0
// Every idiom that README.md, docs/ and the examples show, in
// one translation unit built as a user builds: GCC and Clang, C++17, 20 and
// 23, -Wall -Wextra -Wpedantic -Wconversion -Wshadow -Werror, and Clang's
// -Weverything less the C++98-compatibility groups (tests/consumers/CMakeLists.txt).
// A warning here is a warning in users' code: fix it in the library.
// The program also checks what the idioms give, and exits 1 when one is wrong.
#include <ipsec_error/format.hpp>
#include <ipsec_error/ipsec_error.hpp>
#include <ipsec_error/troubleshooting.hpp>

#include <cstdio>
#include <optional>
#include <sstream>
#include <string>
#include <string_view>
#include <system_error>

namespace {

int failures = 0;

void check(bool ok, const char* what) {
    if (!ok) {
        std::fprintf(stderr, "idiom gives the wrong result: %s\n", what);
        ++failures;
    }
}

// find(constant) != nullptr, as users write it: in a static_assert, in an if
// and in a constexpr bool (GCC's -Waddress once warned on all three).
static_assert(ipsec_error::find(13814) != nullptr, "13814 is a code");
static_assert(ipsec_error::find(13814)->name == "ERROR_IPSEC_IKE_MM_DELAY_DROP", "");
static_assert(ipsec_error::find(ipsec_error::errc::ike_timed_out) != nullptr, "");
static_assert(ipsec_error::find("ike_mm_delay_drop") != nullptr, "");
static_assert(ipsec_error::find(42) == nullptr, "");
static_assert(ipsec_error::troubleshooting_for(13814) != nullptr, "");
constexpr bool mm_delay_drop_is_a_code = ipsec_error::find(13814) != nullptr;
static_assert(ipsec_error::parse("0x800735F6") == ipsec_error::errc::ike_mm_delay_drop, "");
static_assert(ipsec_error::to_hresult(ipsec_error::errc::ike_mm_delay_drop) ==
                  static_cast<std::int32_t>(0x800735F6u),
              "");
static_assert(!ipsec_error::failed(ipsec_error::errc::mm_policy_pruned), "a warning");
static_assert(ipsec_error::parse_status_only("0xC000A010") != nullptr, "");
static_assert(ipsec_error::find(11033) != nullptr, "Winsock's code");
static_assert(ipsec_error::failed(ipsec_error::errc::ike_mm_delay_drop), "");

void lookups() {
    if (ipsec_error::find(13814) != nullptr) {
        check(mm_delay_drop_is_a_code, "constexpr bool of find(13814) != nullptr");
    } else {
        check(false, "if (find(13814) != nullptr)");
    }
    if (const ipsec_error::record* r = ipsec_error::find("ERROR_IPSEC_IKE_MM_DELAY_DROP")) {
        check(r->code == ipsec_error::errc::ike_mm_delay_drop, "find(name)->code");
        check(r->message == "Negotiation took too long", "find(name)->message");
    }
    std::size_t rows = 0;
    for (const ipsec_error::record& r : ipsec_error::records) {
        if (r.severity == ipsec_error::severity::warning) ++rows;
    }
    check(rows == 2, "two warnings in records");
    const std::optional<ipsec_error::errc> pasted = ipsec_error::parse(" -2147011082 ");
    check(pasted == ipsec_error::errc::ike_mm_delay_drop, "parse(signed HRESULT)");
    check(ipsec_error::from_ntstatus(0xC0360001u) == ipsec_error::errc::bad_spi, "from_ntstatus");
    check(ipsec_error::to_ntstatus(ipsec_error::errc::bad_spi) == 0xC0360001u, "to_ntstatus");
    check(ipsec_error::from_hresult(static_cast<std::int32_t>(0x800735F6u)) ==
              ipsec_error::errc::ike_mm_delay_drop,
          "from_hresult");
    check(ipsec_error::name_of(ipsec_error::condition::transient) == "transient", "name_of");
    check(!ipsec_error::description_of(ipsec_error::part::main_mode).empty(), "description_of");
}

void error_codes() {
    std::error_code ec = ipsec_error::errc::ike_timed_out;
    check(ec.category().name() == std::string_view("ipsec"), "category name");
    check(ec == ipsec_error::condition::transient, "a time-out is worth retrying");
    check(ec == std::errc::timed_out, "a time-out is std::errc::timed_out");
    check(ec == ipsec_error::condition::negotiation_timed_out, "condition");
    check(ipsec_error::to_errc(ec) == ipsec_error::errc::ike_timed_out, "to_errc");
    check(ipsec_error::message_view(ec) == "Negotiation timed out", "message_view");
    check(ipsec_error::failed(ec), "failed(ec)");
    check(!ipsec_error::failed(std::error_code()), "success did not fail");
    char buffer[64];
    check(std::string_view(ipsec_error::message(13814, buffer, sizeof buffer)) ==
              "Negotiation took too long",
          "message(int, char*, size_t)");
    const std::error_code made = make_error_code(ipsec_error::errc::ike_mm_delay_drop);
    check(made.value() == 13814, "make_error_code by ADL");
    std::ostringstream out;
    out << ipsec_error::errc::ike_mm_delay_drop << ' ' << made;
    check(out.str() == "ERROR_IPSEC_IKE_MM_DELAY_DROP ipsec:13814", "operator<<");
}

void throwing() {
#if defined(__cpp_exceptions) || defined(__EXCEPTIONS)
    try {
        throw std::system_error(ipsec_error::errc::ike_mm_delay_drop, "tunnel to 203.0.113.7");
    } catch (const std::system_error& e) {
        check(std::string_view(e.what()) == "tunnel to 203.0.113.7: Negotiation took too long",
              "system_error::what()");
        check(e.code() == ipsec_error::condition::transient, "e.code() == condition");
    }
    try {
        ipsec_error::throw_error(ipsec_error::errc::ike_mm_delay_drop, "tunnel to 203.0.113.7");
    } catch (const std::system_error& e) {
        check(e.code() == ipsec_error::errc::ike_mm_delay_drop, "throw_error: code()");
        check(std::string_view(e.what()).find("tunnel to 203.0.113.7: Negotiation took too long") !=
                  std::string_view::npos,
              "throw_error: what()");
    }
#endif
}

void troubleshooting(const std::error_code& ec) {
    if (const auto* advice = ipsec_error::troubleshooting_for(ec)) {
        std::size_t steps = 0;
        for (std::string_view step : advice->actions) steps += step.empty() ? 0 : 1;
        std::size_t causes = 0;
        for (std::string_view cause : advice->causes) causes += cause.empty() ? 0 : 1;
        check(causes >= 2, "troubleshooting_for(ec)->causes");
        for (ipsec_error::errc related : advice->related) {
            check(ipsec_error::find(related) != nullptr, "troubleshooting_for(ec)->related");
        }
        check(steps >= 2 && !advice->summary.empty(), "troubleshooting_for(ec)");
    } else {
        check(false, "troubleshooting_for(ec)");
    }
}

}  // namespace

int main() {
    lookups();
    error_codes();
    throwing();
    troubleshooting(ipsec_error::errc::ike_mm_delay_drop);
    if (failures == 0) std::puts("every idiom compiles without a warning and gives its result");
    return failures == 0 ? 0 : 1;
}
