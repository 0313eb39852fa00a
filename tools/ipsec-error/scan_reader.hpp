// SPDX-License-Identifier: BSL-1.0
// ipsec-error tool: reads a file or stream as Windows writes it (UTF-8 with or
// without BOM, UTF-16 with BOM, CRLF, lines of any length, any bytes) and
// scans its lines (a message wrapped over lines is reported on the
// line where it starts), in bounded memory whatever its size.
#ifndef IPSEC_ERROR_CLI_SCAN_READER_HPP
#define IPSEC_ERROR_CLI_SCAN_READER_HPP

#include <ipsec_error/scan.hpp>

#include <cstddef>
#include <cstdio>
#include <functional>
#include <iosfwd>
#include <string>
#include <string_view>

namespace ipsec_error_cli {

// Where bytes come from.
class byte_source {
public:
    byte_source() = default;
    byte_source(const byte_source&) = delete;
    byte_source& operator=(const byte_source&) = delete;
    virtual ~byte_source() = default;
    // Up to size bytes into into; 0 at the end or on an error.
    virtual std::size_t read(char* into, std::size_t size) = 0;
    // The error that stopped reading, or empty.
    virtual std::string error() const = 0;
};

// A C stream (a file the tool opened, or stdin).
class file_source final : public byte_source {
public:
    explicit file_source(std::FILE* file) : file_(file) {}
    std::size_t read(char* into, std::size_t size) override;
    std::string error() const override { return error_; }

private:
    std::FILE* file_;
    std::string error_;
};

// A C++ stream (what the tests give as standard input).
class stream_source final : public byte_source {
public:
    explicit stream_source(std::istream& in) : in_(in) {}
    std::size_t read(char* into, std::size_t size) override;
    std::string error() const override { return {}; }

private:
    std::istream& in_;
};

// A finding where the tool reports it: its line and column (1-based; the
// column counts the bytes of the line as UTF-8), and the matched text.
struct located_finding {
    std::size_t line;
    std::size_t column;
    const ipsec_error::finding& found;
    std::string_view text;
};

// Called for each finding in order; false stops the scan (output failed).
using finding_sink = std::function<bool(const located_finding&)>;

// The sizes the reader works with: what it reads at once, the longest line
// it scans whole, and what it keeps of a longer one between windows.
struct reader_limits {
    std::size_t chunk = std::size_t{1} << 20;
    std::size_t longest_line = std::size_t{1} << 20;
    std::size_t overlap = std::size_t{64} << 10;
};

enum class scan_outcome { done, read_failed, stopped };

// Reads source to its end and reports every finding of every line.
scan_outcome scan_source(byte_source& source, const finding_sink& sink,
                         const reader_limits& limits = {});

}  // namespace ipsec_error_cli

#endif
