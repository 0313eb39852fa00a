// SPDX-License-Identifier: BSL-1.0
// Catch a std::system_error and tell the person at the keyboard what to do.
//
//     $ ./troubleshoot            # the code of a failed main mode negotiation
//     $ ./troubleshoot 0x800735EE # any form parse() reads
#include <ipsec_error/ipsec_error.hpp>
#include <ipsec_error/troubleshooting.hpp>

#include <iostream>
#include <string_view>
#include <system_error>

namespace {

void print_advice(const std::error_code& code) {
    const ipsec_error::troubleshooting* advice = ipsec_error::troubleshooting_for(code);
    if (advice == nullptr) {
        std::cout << "No IPsec advice for " << code << ".\n";
        return;
    }
    std::cout << ipsec_error::find(advice->code)->name << ": " << advice->summary
              << "\n\nLikely causes:\n";
    for (std::string_view cause : advice->causes) std::cout << "  - " << cause << '\n';
    std::cout << "\nWhat to do:\n";
    int step = 0;
    for (std::string_view action : advice->actions)
        std::cout << "  " << ++step << ". " << action << '\n';
    std::cout << "\nSee also:";
    for (ipsec_error::errc related : advice->related) {
        std::cout << ' ' << static_cast<int>(related);
    }
    std::cout << '\n';
}

}  // namespace

int main(int argc, char** argv) {
    ipsec_error::errc failure = ipsec_error::errc::ike_mm_delay_drop;
    if (argc > 1) {
        const auto parsed = ipsec_error::parse(argv[1]);
        if (!parsed) {
            std::cerr << "troubleshoot: not an IPsec code: " << argv[1] << '\n';
            return 1;
        }
        failure = *parsed;
    }
    try {
        throw std::system_error(failure, "connecting to 203.0.113.7");
    } catch (const std::system_error& e) {
        std::cout << e.what() << "\n\n";
        print_advice(e.code());
    }
    return 0;
}
