// SPDX-License-Identifier: BSL-1.0
// Built with -fno-exceptions -fno-rtti: the table, the look-ups and parse()
// still compile and work.
#include <ipsec_error/ipsec_error.hpp>

#include <csignal>
#include <cstdio>
#include <cstdlib>

namespace {

// CTest reports a program killed by SIGABRT as a crash, whatever it expects:
// this handler turns the abort into an exit, after saying that it happened.
extern "C" void report_abort(int) {
    std::fputs("abort() called\n", stderr);
    std::_Exit(0);
}

}  // namespace

int main(int argc, char**) {
    const int code = 13813 + argc;  // 13814, known only at run time
    static_assert(ipsec_error::find(13814)->code == ipsec_error::errc::ike_mm_delay_drop);
    int failures = 0;
    const ipsec_error::record& last = ipsec_error::records.back();
    failures += ipsec_error::find(last.value()) == &last ? 0 : 1;
    failures += ipsec_error::find(code) != nullptr ? 0 : 1;
    failures += ipsec_error::find("ike_no_cert")->value() == 13806 ? 0 : 1;
    failures += ipsec_error::parse(" 0x800735EE ") == ipsec_error::errc::ike_no_cert ? 0 : 1;
    failures += ipsec_error::parse("not a code") ? 1 : 0;
    const std::error_code ec = ipsec_error::errc::ike_no_cert;
    failures += ec == ipsec_error::condition::certificate_problem ? 0 : 1;
    failures += ipsec_error::to_errc(ec) == ipsec_error::errc::ike_no_cert ? 0 : 1;
    failures += ipsec_error::message_view(ec) == ipsec_error::find(13806)->message ? 0 : 1;
    failures += ipsec_error::failed(ec) ? 0 : 1;
    std::printf("-fno-exceptions -fno-rtti: %d failure(s)\n", failures);
    std::fflush(stdout);
    // With an argument, throw_error: without exceptions it writes what() to
    // stderr and aborts (the test build_modes.throw_error_aborts).
    if (argc > 1) {
        std::signal(SIGABRT, report_abort);
        ipsec_error::throw_error(ipsec_error::errc::ike_no_cert, "no exceptions");
    }
    return failures;
}
