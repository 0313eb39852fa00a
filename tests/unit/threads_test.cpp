// SPDX-License-Identifier: BSL-1.0
// Eight threads call message(), find(), parse() and the conditions at once:
// run under ThreadSanitizer (the tsan preset), it finds no race.
#include <doctest/doctest.h>
#include <ipsec_error/ipsec_error.hpp>
#include <ipsec_error/troubleshooting.hpp>

#include <atomic>
#include <string>
#include <thread>
#include <vector>

TEST_CASE("eight threads share the categories and the tables") {
    std::atomic<int> wrong{0};
    std::vector<std::thread> threads;
    for (int t = 0; t < 8; ++t) {
        threads.emplace_back([t, &wrong] {
            for (int round = 0; round < 200; ++round) {
                for (const auto& r : ipsec_error::records) {
                    // The first call of each category in each thread races to
                    // initialise its function-local static: that must be safe.
                    const std::error_code ec = r.code;
                    if (ec.message() != r.message) ++wrong;
                    if (ipsec_error::find(r.value()) != &r) ++wrong;
                    if (ipsec_error::parse(r.name) != r.code) ++wrong;
                    if ((ec == ipsec_error::condition::transient) !=
                        r.conditions.contains(ipsec_error::condition::transient)) {
                        ++wrong;
                    }
                    if (ipsec_error::troubleshooting_for(ec)->code != r.code) ++wrong;
                }
                if (ipsec_error::ipsec_category().message(t) !=
                    std::string("unknown IPsec error ").append(std::to_string(t))) {
                    ++wrong;
                }
            }
        });
    }
    for (auto& thread : threads) thread.join();
    CHECK(wrong.load() == 0);
}
