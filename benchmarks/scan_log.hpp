// SPDX-License-Identifier: BSL-1.0
// A synthetic log for the scan benchmarks, as a gateway's syslog collects
// it: every line a timestamp (rising), a host and a service with its PID,
// then what the service writes: web access lines, sshd, an application's
// INFO and DEBUG lines, kernel firewall lines (with their 0x00 fields), an
// IKE daemon's lines, systemd, Windows events, JSON lines and warnings; and
// a code in about one line in 400, in every form scan() reads. Numbers that
// are not codes (ports, byte counts, PIDs, times, five-digit values) are
// everywhere. The same bytes for the same size, on every machine.
#ifndef IPSEC_ERROR_BENCHMARKS_SCAN_LOG_HPP
#define IPSEC_ERROR_BENCHMARKS_SCAN_LOG_HPP

#include <ipsec_error/records.hpp>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <string>

namespace scan_benchmark {

// One line in code_one_in holds a code.
inline constexpr std::uint32_t code_one_in = 400;

class log_writer {
public:
    // The next line, with its '\n'.
    const std::string& next_line() {
        line_.clear();
        const std::uint32_t r = random();
        milliseconds_ += 1 + r % 40;
        if (r % code_one_in == 0) {
            code_line(random());
        } else {
            filler_line(random());
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

    void put(const char* format, unsigned a = 0, unsigned b = 0, unsigned c = 0, unsigned d = 0,
             unsigned e = 0) {
        char buffer[320];
        const int n = std::snprintf(buffer, sizeof buffer, format, a, b, c, d, e);
        line_.append(buffer, static_cast<std::size_t>(n));
    }

    // "2024-03-11T09:14:27.411Z host service[pid]: "
    void prefix(const char* host, const char* service, unsigned pid) {
        const std::uint64_t ms = milliseconds_;
        put("2024-03-11T%02u:%02u:%02u.%03uZ ", static_cast<unsigned>(ms / 3600000 % 24),
            static_cast<unsigned>(ms / 60000 % 60), static_cast<unsigned>(ms / 1000 % 60),
            static_cast<unsigned>(ms % 1000));
        line_ += host;
        line_ += ' ';
        line_ += service;
        if (pid != 0) put("[%u]", pid);
        line_ += ": ";
    }

    void filler_line(std::uint32_t r) {
        const unsigned a = random() % 60000;
        const unsigned b = random() % 60000;
        switch (r % 10) {
            case 0:
                prefix("web01", "nginx", 1187 + a % 4);
                put("198.51.100.%u - - \"GET /api/v1/orders/%u HTTP/1.1\" %u %u \"-\" ", a % 250, b,
                    a % 7 == 0 ? 404 : 200, b % 20000);
                put("\"Mozilla/5.0 (X11; Linux x86_64; rv:123.0) Gecko/20100101\" rt=0.%03u",
                    a % 1000);
                break;
            case 1:
                prefix("gw01", "sshd", a);
                put("Accepted publickey for deploy from 203.0.113.%u port %u ssh2: ED25519 "
                    "SHA256:%08x",
                    b % 250, b, random());
                break;
            case 2:
                prefix("app01", "orders", 2211);
                put("INFO  [worker-%u] request id=%08x completed in %u ms, %u bytes sent to "
                    "198.51.100.%u:8443",
                    a % 16, random(), a % 900, b, a % 250);
                break;
            case 3:
                prefix("app01", "orders", 2211);
                put("DEBUG [pool] connection %u reused; keep-alive timeout 120 s; peers=%u; queue "
                    "depth %u of %u",
                    a, b % 64, a % 100, 128);
                break;
            case 4:
                prefix("gw01", "kernel", 0);
                put("[%u.%06u] IN=eth0 OUT= MAC=52:54:00:12:34:56 SRC=198.51.100.%u "
                    "DST=203.0.113.5 "
                    "LEN=60 TOS=0x00 PREC=0x00 TTL=52 ",
                    a * 7, b, a % 250);
                put("ID=%u DF PROTO=TCP SPT=%u DPT=443 WINDOW=64240 RES=0x00 SYN URGP=0", b, a);
                break;
            case 5:
                prefix("gw01", "charon", 1533);
                if (a % 2 == 0) {
                    put("%02u[NET] sending packet: from 203.0.113.5[4500] to 198.51.100.%u[4500] "
                        "(%u bytes)",
                        a % 16, b % 250, 80 + b % 1400);
                } else {
                    put("%02u[IKE] CHILD_SA vpn-peer{%u} established with SPIs c%07x_i %08x_o and "
                        "TS 10.0.0.0/24 === 10.1.0.0/24",
                        a % 16, b % 900, random() % 0x10000000u, random());
                }
                break;
            case 6:
                prefix("gw01", "systemd", 1);
                put("Started Session %u of User deploy; took %u ms.", a, b % 300);
                break;
            case 7:
                prefix("dc01", "EventLog", 4);
                put("Security %u: An account was successfully logged on. Logon Type: %u; Logon ID: "
                    "0x%x; Source Port: %u",
                    4624, 2 + a % 9, 0x100000u + random() % 0xF00000u, b);
                break;
            case 8:
                prefix("app02", "billing", 877);
                put("{\"level\":\"warn\",\"ts\":1710148467.%03u,\"msg\":\"retrying the payment "
                    "gateway\",\"attempt\":%u,\"elapsed_ms\":%u,\"error\":\"timeout\"}",
                    a % 1000, a % 5, b);
                break;
            default:
                prefix("app01", "health", 309);
                put("WARNING the service took %u ms to answer the health check, threshold is %u ms "
                    "(%u retries)",
                    a, b, a % 7);
                break;
        }
    }

    void code_line(std::uint32_t r) {
        const auto& rec = ipsec_error::records[r % ipsec_error::records.size()];
        const auto v = static_cast<unsigned>(rec.value());
        switch (r / 7 % 8) {
            case 0:
                prefix("gw01", "ikeagent", 1620);
                put("ERROR hr=0x%08x peer 198.51.100.7", 0x80070000u | v);
                break;
            case 1:
                prefix("gw01", "vpnsvc", 1622);
                put("WARN connect failed, code=%u, retry in 30s", v);
                break;
            case 2:
                prefix("dc01", "EventLog", 4);
                put("<failureErrorCode>%u</failureErrorCode>", v);
                break;
            case 3:
                prefix("dc01", "EventLog", 4);
                line_ += "Failure Reason: ";
                line_.append(rec.message);
                break;
            case 4:
                prefix("gw01", "ikeagent", 1620);
                line_ += "result=";
                line_.append(rec.name);
                break;
            case 5:
                prefix("dc01", "RasClient", 20227);
                put("The error code returned on failure is %u.", v);
                break;
            case 6:
                prefix("app01", "tunnel", 4410);
                put("ERROR std::error_code ipsec:%u while rekeying", v);
                break;
            default:
                prefix("gw01", "ikeagent", 1620);
                put("ERROR negotiation failed, hr=-%u", 0u - (0x80070000u | v));  // signed decimal
                break;
        }
    }

    std::uint32_t state_ = 20261125;
    std::uint64_t milliseconds_ = 9 * 3600000u;
    std::string line_;
};

}  // namespace scan_benchmark

#endif
