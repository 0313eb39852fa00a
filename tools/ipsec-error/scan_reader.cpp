// SPDX-License-Identifier: BSL-1.0
// ipsec-error tool: the streaming reader of --scan. Bytes are read a chunk at
// a time, decoded to UTF-8 when the input is UTF-16, and the complete lines in
// the buffer are scanned where they lie, as one text, so that a message
// wrapped over lines is found (on the line where it starts). A line longer
// than the buffer is scanned in windows that overlap, keeping before each
// window the context that scan() looks back at, so that its findings are
// those of the whole line.
#include "scan_reader.hpp"

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <istream>
#include <memory>

namespace ipsec_error_cli {

std::size_t file_source::read(char* into, std::size_t size) {
    errno = 0;
    const std::size_t n = std::fread(into, 1, size, file_);
    if (n == 0 && std::ferror(file_) != 0)
        error_ = errno != 0 ? std::strerror(errno) : "read error";
    return n;
}

std::size_t stream_source::read(char* into, std::size_t size) {
    in_.read(into, static_cast<std::streamsize>(size));
    return static_cast<std::size_t>(in_.gcount());
}

namespace {

enum class encoding { unknown, utf8, utf16le, utf16be };

// UTF-16 to UTF-8, a chunk at a time: a code unit or surrogate pair cut by the
// end of a chunk waits for the next. Unpaired surrogates become U+FFFD.
class utf16_decoder {
public:
    explicit utf16_decoder(bool little_endian) : little_(little_endian) {}

    // Appends the UTF-8 of in to out; returns the bytes written (at most
    // 3 per 2 bytes of input, plus 4).
    std::size_t decode(const char* in, std::size_t size, char* out) {
        char* o = out;
        for (std::size_t i = 0; i < size; ++i) {
            if (!has_odd_) {
                odd_ = static_cast<unsigned char>(in[i]);
                has_odd_ = true;
                continue;
            }
            has_odd_ = false;
            const unsigned b = static_cast<unsigned char>(in[i]);
            const unsigned unit = little_ ? (odd_ | b << 8u) : (odd_ << 8u | b);
            o = take(unit, o);
        }
        return static_cast<std::size_t>(o - out);
    }

    // At the end of the input: what is left pending, as U+FFFD.
    std::size_t finish(char* out) {
        char* o = out;
        if (high_ != 0 || has_odd_) o = put(0xFFFD, o);
        high_ = 0;
        has_odd_ = false;
        return static_cast<std::size_t>(o - out);
    }

private:
    char* take(unsigned unit, char* o) {
        if (unit >= 0xD800 && unit <= 0xDBFF) {
            if (high_ != 0) o = put(0xFFFD, o);
            high_ = unit;
            return o;
        }
        if (unit >= 0xDC00 && unit <= 0xDFFF) {
            if (high_ == 0) return put(0xFFFD, o);
            const unsigned code = 0x10000 + ((high_ - 0xD800) << 10) + (unit - 0xDC00);
            high_ = 0;
            return put(code, o);
        }
        if (high_ != 0) {
            o = put(0xFFFD, o);
            high_ = 0;
        }
        return put(unit, o);
    }

    static char* put(unsigned code, char* o) {
        if (code < 0x80) {
            *o++ = static_cast<char>(code);
        } else if (code < 0x800) {
            *o++ = static_cast<char>(0xC0 | code >> 6);
            *o++ = static_cast<char>(0x80 | (code & 0x3F));
        } else if (code < 0x10000) {
            *o++ = static_cast<char>(0xE0 | code >> 12);
            *o++ = static_cast<char>(0x80 | (code >> 6 & 0x3F));
            *o++ = static_cast<char>(0x80 | (code & 0x3F));
        } else {
            *o++ = static_cast<char>(0xF0 | code >> 18);
            *o++ = static_cast<char>(0x80 | (code >> 12 & 0x3F));
            *o++ = static_cast<char>(0x80 | (code >> 6 & 0x3F));
            *o++ = static_cast<char>(0x80 | (code & 0x3F));
        }
        return o;
    }

    bool little_;
    bool has_odd_ = false;
    unsigned odd_ = 0;
    unsigned high_ = 0;
};

// What the first bytes say: a BOM, or ASCII text in UTF-16 without one
// ("E\0r\0"). Sets bom to the bytes to skip.
encoding detect(const char* p, std::size_t n, std::size_t& bom) {
    const auto byte = [p](std::size_t i) { return static_cast<unsigned char>(p[i]); };
    bom = 0;
    if (n >= 3 && byte(0) == 0xEF && byte(1) == 0xBB && byte(2) == 0xBF) {
        bom = 3;
        return encoding::utf8;
    }
    if (n >= 2 && byte(0) == 0xFF && byte(1) == 0xFE) {
        bom = 2;
        return encoding::utf16le;
    }
    if (n >= 2 && byte(0) == 0xFE && byte(1) == 0xFF) {
        bom = 2;
        return encoding::utf16be;
    }
    if (n >= 4 && byte(0) != 0 && byte(1) == 0 && byte(2) != 0 && byte(3) == 0) {
        return encoding::utf16le;
    }
    if (n >= 4 && byte(0) == 0 && byte(1) != 0 && byte(2) == 0 && byte(3) != 0) {
        return encoding::utf16be;
    }
    return encoding::utf8;
}

// How far past a line the reader reads before it reports the line's findings:
// room for a message wrapped over the lines after it (the longest message,
// with the indentation of its continuation lines).
constexpr std::size_t wrap_lookahead = 4096;

class line_scanner {
public:
    line_scanner(const finding_sink& sink, const reader_limits& limits)
        : sink_(sink),
          limits_(limits),
          capacity_(limits.chunk + limits.longest_line + 8),
          buffer_(new char[capacity_]) {}

    // Room at the end of the buffer for decoded bytes.
    char* tail() { return buffer_.get() + size_; }
    std::size_t room() const { return capacity_ - size_; }
    void grew(std::size_t n) { size_ += n; }

    // Scans the complete lines in the buffer as one text and keeps the
    // incomplete line, and the lines too near it for a message that starts on
    // them and wraps onto the next ones to be seen whole. Each finding is
    // reported on the line where it starts.
    bool process(bool at_end) {
        char* const data = buffer_.get();
        const std::size_t limit = at_end ? size_ : settled_lines_end();
        if (limit > 0) {
            const std::string_view text(data, size_);
            std::size_t pos = resume_;
            while (pos < limit) {
                const ipsec_error::finding f =
                    ipsec_error::detail::scanning::next_finding(text, pos);
                if (f.offset == ipsec_error::detail::scanning::no_finding || f.offset >= limit) {
                    break;
                }
                count_lines_to(f.offset);
                if (!report(f, text, line_start_ == 0 ? line_base_ : 0)) return false;
                pos = f.offset + f.length;
            }
            count_lines_to(limit);
            resume_ = pos > limit ? pos - limit : 0;
        }
        if (at_end) {
            size_ = 0;
            return true;
        }
        std::memmove(data, data + limit, size_ - limit);
        size_ -= limit;
        counted_ -= limit;
        line_start_ = 0;
        if (limit > 0) line_base_ = 0;
        if (size_ >= limits_.longest_line) return scan_window();
        return true;
    }

private:
    // Where the lines whose findings are settled end: after the last complete
    // line, less the lines that start within wrap_lookahead of the end of the
    // buffer (unless what would be kept reaches the longest line).
    std::size_t settled_lines_end() const {
        const char* const data = buffer_.get();
        std::size_t complete = size_;
        while (complete > 0 && data[complete - 1] != '\n') --complete;
        if (complete == 0) return 0;
        if (size_ <= wrap_lookahead) return size_ < limits_.longest_line ? 0 : complete;
        std::size_t near = size_ - wrap_lookahead;
        while (near > 0 && data[near - 1] != '\n') --near;
        if (near > complete) near = complete;
        return size_ - near < limits_.longest_line ? near : complete;
    }

    // Counts the line ends before pos, from where it counted last.
    void count_lines_to(std::size_t pos) {
        const char* const data = buffer_.get();
        while (counted_ < pos) {
            const void* nl = std::memchr(data + counted_, '\n', pos - counted_);
            if (nl == nullptr) {
                counted_ = pos;
                break;
            }
            counted_ = static_cast<std::size_t>(static_cast<const char*>(nl) - data) + 1;
            ++line_number_;
            line_start_ = counted_;
        }
    }

    // A line as long as the buffer allows, not ended yet: reports what is
    // settled (findings that start more than the overlap before the end) and
    // keeps the rest, with the context scan() looks back at.
    bool scan_window() {
        const std::string_view text(buffer_.get(), size_);
        const std::size_t settled = size_ - limits_.overlap;
        std::size_t next = std::max(resume_, settled);
        for (std::size_t pos = resume_;;) {
            const ipsec_error::finding f = ipsec_error::detail::scanning::next_finding(text, pos);
            if (f.offset == ipsec_error::detail::scanning::no_finding || f.offset >= settled) break;
            if (!report(f, text, line_base_)) return false;
            pos = f.offset + f.length;
            next = std::max(next, pos);
        }
        constexpr std::size_t context = ipsec_error::detail::scanning::scan_lookbehind + 64;
        const std::size_t drop = next > context ? next - context : 0;
        std::memmove(buffer_.get(), buffer_.get() + drop, size_ - drop);
        size_ -= drop;
        line_base_ += drop;
        resume_ = next - drop;
        return true;
    }

    bool report(const ipsec_error::finding& f, std::string_view text, std::size_t base) {
        const located_finding where{line_number_, base + f.offset - line_start_ + 1, f,
                                    text.substr(f.offset, f.length)};
        return sink_(where);
    }

    const finding_sink& sink_;
    reader_limits limits_;
    std::size_t capacity_;
    std::unique_ptr<char[]> buffer_;
    std::size_t size_ = 0;
    std::size_t line_number_ = 1;
    std::size_t line_base_ = 0;   // the column of buffer_[0] in its line, less one
    std::size_t resume_ = 0;      // where the unreported part of the buffer starts
    std::size_t counted_ = 0;     // how far the line ends in the buffer are counted
    std::size_t line_start_ = 0;  // where the line being counted starts in the buffer
};

}  // namespace

scan_outcome scan_source(byte_source& source, const finding_sink& sink,
                         const reader_limits& limits) {
    line_scanner lines(sink, limits);
    std::unique_ptr<char[]> raw;  // UTF-16 only: the bytes before they are decoded
    std::unique_ptr<utf16_decoder> utf16;

    // The first bytes tell the encoding: at least four, unless the input is shorter.
    std::size_t n = 0;
    for (std::size_t more = 1; n < 4 && more != 0; n += more) {
        more = source.read(lines.tail() + n, limits.chunk - n);
    }
    std::size_t bom = 0;
    const encoding enc = detect(lines.tail(), n, bom);
    if (enc == encoding::utf8) {
        std::memmove(lines.tail(), lines.tail() + bom, n - bom);
        lines.grew(n - bom);
    } else {
        raw.reset(new char[limits.chunk]);
        utf16 = std::make_unique<utf16_decoder>(enc == encoding::utf16le);
        std::memcpy(raw.get(), lines.tail() + bom, n - bom);
        lines.grew(utf16->decode(raw.get(), n - bom, lines.tail()));
    }
    for (;;) {
        const bool at_end = n == 0;
        if (at_end && !source.error().empty()) {
            lines.process(true);
            return scan_outcome::read_failed;
        }
        if (at_end && utf16) lines.grew(utf16->finish(lines.tail()));
        if (!lines.process(at_end)) return scan_outcome::stopped;
        if (at_end) return scan_outcome::done;
        if (utf16) {
            // UTF-16 grows to at most 3 bytes of UTF-8 for 2 of input.
            n = source.read(raw.get(), std::min(limits.chunk, (lines.room() - 8) / 3 * 2));
            lines.grew(utf16->decode(raw.get(), n, lines.tail()));
        } else {
            n = source.read(lines.tail(), std::min(limits.chunk, lines.room()));
            lines.grew(n);
        }
    }
}

}  // namespace ipsec_error_cli
