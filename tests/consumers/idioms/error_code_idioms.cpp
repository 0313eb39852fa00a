// SPDX-License-Identifier: BSL-1.0
// A translation unit that only throws and prints IPsec codes, with
// <ipsec_error/error_code.hpp> alone (included first, so that it must bring
// everything it uses), built with the warnings users build with
// (tests/consumers/CMakeLists.txt). It throws, catches, prints what(), and
// compares the code with its enumerator and its standard condition; it exits
// 1 when one of them gives the wrong result.
// tests/compile_fail/ checks that this header does not declare the table,
// ipsec_error::records.
#include <ipsec_error/error_code.hpp>

#include <cstdio>
#include <string>
#include <string_view>
#include <system_error>

namespace {

int failures = 0;

void check(bool ok, const char* what) {
    if (!ok) {
        std::fprintf(stderr, "error_code.hpp gives the wrong result: %s\n", what);
        ++failures;
    }
}

bool ends_with(std::string_view text, std::string_view end) {
    return text.size() >= end.size() && text.substr(text.size() - end.size()) == end;
}

void throw_catch_print() {
    bool caught = false;
    try {
        ipsec_error::throw_error(ipsec_error::errc::ike_mm_delay_drop, "tunnel to 203.0.113.7");
    } catch (const std::system_error& e) {
        std::puts(e.what());
        const std::string_view what = e.what();
        check(ends_with(what, ": tunnel to 203.0.113.7: Negotiation took too long"), "what()");
        check(e.code() == ipsec_error::errc::ike_mm_delay_drop, "code() == errc");
        check(e.code().category() == ipsec_error::ipsec_category(), "the category");
        check(std::string_view(e.code().category().name()) == "ipsec", "the category's name");
        caught = true;
    }
    check(caught, "throw_error() throws std::system_error");
}

void std_system_error() {
    try {
        throw std::system_error(ipsec_error::errc::ike_timed_out, "tunnel to 203.0.113.7");
    } catch (const std::system_error& e) {
        check(std::string_view(e.what()) == "tunnel to 203.0.113.7: Negotiation timed out",
              "std::system_error(errc, context).what()");
        check(e.code() == std::errc::timed_out,
              "a time-out compares equal to std::errc::timed_out");
        check(e.code() != std::errc::not_enough_memory, "and to no other std::errc");
    }
}

void without_allocation() {
    const std::error_code ec = ipsec_error::errc::ike_mm_delay_drop;
    check(ipsec_error::message_view(ec) == "Negotiation took too long", "message_view()");
    check(ipsec_error::message_view(std::make_error_code(std::errc::timed_out)).empty(),
          "message_view() of another category");
    char buffer[16];
    check(std::string_view(ipsec_error::message(13814, buffer, sizeof buffer)) == "Negotiation too",
          "message(value, buffer, len) cuts to len - 1");
    check(ec.message() == "Negotiation took too long", "ec.message()");
    check(ipsec_error::ipsec_category().message(42) == "unknown IPsec error 42",
          "message() of a value that is no code");
    check(ipsec_error::failed(ec), "failed(error)");
    check(!ipsec_error::failed(ipsec_error::errc::mm_policy_pruned), "failed(warning)");
    check(!ipsec_error::failed(std::error_code()), "failed(success)");
    static_assert(ipsec_error::failed(ipsec_error::errc::ike_timed_out), "failed() is constexpr");
}

}  // namespace

int main() {
    throw_catch_print();
    std_system_error();
    without_allocation();
    if (failures == 0) std::puts("error_code.hpp alone throws, prints and compares codes");
    return failures == 0 ? 0 : 1;
}
