// SPDX-License-Identifier: BSL-1.0
// A synthetic log for the scan benchmarks: lines as services, sshd and
// Windows events write them, a code in about one line in 500 (in every form
// scan() reads), and numbers that are not codes (ports, byte counts, PIDs,
// times) everywhere. The same bytes for the same size, on every machine.
#ifndef IPSEC_ERROR_BENCHMARKS_SCAN_LOG_HPP
#define IPSEC_ERROR_BENCHMARKS_SCAN_LOG_HPP

#include <ipsec_error/records.hpp>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <string>

namespace scan_benchmark {

class log_writer {
public:
    // The next line, with its '\n'.
    const std::string& next_line() {
        line_.clear();
        const std::uint32_t r = random();
        if (r % 500 == 0) {
            code_line(random());
        } else {
            filler_line(r);
        }
        line_ += '\n';
        return line_;
    }

    // A log of at least size bytes, whole lines.
    std::string make(std::size_t size) {
        std::string log;
        log.reserve(size + 512);
        while (log.size() < size) log += next_line();
        return log;
    }

private:
    std::uint32_t random() {
        state_ ^= state_ << 13;
        state_ ^= state_ >> 17;
        state_ ^= state_ << 5;
        return state_;
    }

    void put(const char* format, unsigned a, unsigned b = 0, unsigned c = 0, unsigned d = 0) {
        char buffer[256];
        const int n = std::snprintf(buffer, sizeof buffer, format, a, b, c, d);
        line_.append(buffer, static_cast<std::size_t>(n));
    }

    void filler_line(std::uint32_t r) {
        const unsigned a = random() % 60000;
        const unsigned b = random() % 60000;
        switch (r % 5) {
            case 0:
                put("2024-03-11T09:%02u:%02u.410Z INFO  [worker-%u] request id=%08x completed ",
                    a % 60, b % 60, a % 16, random());
                put("in %u ms, %u bytes sent to 198.51.100.%u:%u", a % 900, b, a % 250, b);
                break;
            case 1:
                put("2024-03-11T09:14:27.411Z DEBUG [pool] connection %u reused; keep-alive "
                    "timeout 120 s; peers=%u; queue depth %u of %u",
                    a, b % 64, a % 100, 128);
                break;
            case 2:
                put("Mar 11 09:14:28 host sshd[%u]: Accepted publickey for deploy from "
                    "203.0.113.%u port %u ssh2: ED25519 SHA256:%08x",
                    a, b % 250, b, random());
                break;
            case 3:
                put("2024-03-11 09:14:29,123 WARNING the service took %u ms to answer the health "
                    "check, threshold is %u ms (%u retries)",
                    a, b, a % 7);
                break;
            default: put("\tKeying Module Port:\t%u\r", a % 2 == 0 ? 500 : 4500); break;
        }
    }

    void code_line(std::uint32_t r) {
        const auto& rec = ipsec_error::records[r % ipsec_error::records.size()];
        const auto v = static_cast<unsigned>(rec.value());
        switch (r / 7 % 6) {
            case 0:
                put("2024-03-11T09:14:27Z [ikeagent] ERROR hr=0x%08x peer 198.51.100.7",
                    0x80070000u | v);
                break;
            case 1:
                put("2024-03-11T09:14:28Z WARN vpnsvc: connect failed, code=%u, retry in 30s", v);
                break;
            case 2: put("\t\t\t<failureErrorCode>%u</failureErrorCode>", v); break;
            case 3:
                line_ += "\tFailure Reason:\t\t";
                line_.append(rec.message);
                break;
            case 4:
                line_ += "result=";
                line_.append(rec.name);
                break;
            default: put("The error code returned on failure is %u.", v); break;
        }
    }

    std::uint32_t state_ = 20261125;
    std::string line_;
};

}  // namespace scan_benchmark

#endif
