// SPDX-License-Identifier: BSL-1.0
// console_streams on Windows: WriteConsoleW for a console, virtual-terminal
// sequences only where the console accepts them (see console.hpp).
#include "console.hpp"

#ifndef NOMINMAX
#define NOMINMAX
#endif
#ifndef WIN32_LEAN_AND_MEAN
#define WIN32_LEAN_AND_MEAN
#endif
#include <windows.h>

#include <cstddef>
#include <iostream>
#include <streambuf>
#include <string>

#ifndef ENABLE_VIRTUAL_TERMINAL_PROCESSING  // older SDK and mingw-w64 headers
#define ENABLE_VIRTUAL_TERMINAL_PROCESSING 0x0004
#endif

namespace ipsec_error_cli {
// Named rather than anonymous: console_streams::state, which has external
// linkage, holds these types as fields.
namespace windows_console {

// How many bytes at the end of text are the start of a UTF-8 sequence that
// the next write completes (0 when text ends on a whole character).
std::size_t incomplete_utf8_tail(const std::string& text) {
    const std::size_t n = text.size();
    for (std::size_t back = 1; back <= 3 && back <= n; ++back) {
        const auto byte = static_cast<unsigned char>(text[n - back]);
        if ((byte & 0xC0U) == 0x80U) continue;  // a continuation byte: look further back
        std::size_t length = 1;
        if ((byte & 0xE0U) == 0xC0U)
            length = 2;
        else if ((byte & 0xF0U) == 0xE0U)
            length = 3;
        else if ((byte & 0xF8U) == 0xF0U)
            length = 4;
        return length > back ? back : 0;
    }
    return 0;
}

// A stream buffer that writes UTF-8 text to a console as UTF-16. Bytes that
// are no UTF-8 show as U+FFFD (MultiByteToWideChar's replacement).
class console_buffer final : public std::streambuf {
public:
    explicit console_buffer(HANDLE console) : console_(console) {}
    console_buffer(const console_buffer&) = delete;
    console_buffer& operator=(const console_buffer&) = delete;
    ~console_buffer() override { write(true); }

protected:
    int_type overflow(int_type c) override {
        if (traits_type::eq_int_type(c, traits_type::eof())) return sync() == 0 ? 0 : c;
        pending_.push_back(traits_type::to_char_type(c));
        if (pending_.size() >= flush_size && !write(false)) return traits_type::eof();
        return c;
    }

    std::streamsize xsputn(const char* s, std::streamsize n) override {
        pending_.append(s, static_cast<std::size_t>(n));
        if (pending_.size() >= flush_size && !write(false)) return 0;
        return n;
    }

    int sync() override { return write(false) ? 0 : -1; }

private:
    static constexpr std::size_t flush_size = 16384;

    // Writes what is pending, but for a character cut at its end unless all.
    bool write(bool all) {
        const std::size_t keep = all ? 0 : incomplete_utf8_tail(pending_);
        const std::size_t n = pending_.size() - keep;
        bool ok = true;
        if (n > 0) {
            const int units =
                MultiByteToWideChar(CP_UTF8, 0, pending_.data(), static_cast<int>(n), nullptr, 0);
            std::wstring wide(static_cast<std::size_t>(units), L'\0');
            MultiByteToWideChar(CP_UTF8, 0, pending_.data(), static_cast<int>(n), wide.data(),
                                units);
            const wchar_t* p = wide.data();
            DWORD left = static_cast<DWORD>(wide.size());
            while (ok && left > 0) {
                DWORD written = 0;
                ok = WriteConsoleW(console_, p, left, &written, nullptr) != 0 && written > 0;
                p += written;
                left -= written;
            }
            pending_.erase(0, n);
        }
        return ok;
    }

    HANDLE console_;
    std::string pending_;
};

// One standard stream: when it is a console, its mode before the program
// changed it and the buffer that writes to it.
struct console_stream {
    console_stream(DWORD which, std::ostream& stream, bool want_colour)
        : stream_(stream), handle_(GetStdHandle(which)) {
        if (handle_ == INVALID_HANDLE_VALUE || handle_ == nullptr) return;
        if (GetConsoleMode(handle_, &mode_) == 0) return;  // a file, a pipe or NUL
        is_console_ = true;
        if (want_colour) {
            // Fails on consoles before Windows 10 1511, which show the sequences as text.
            colour_ = (mode_ & ENABLE_VIRTUAL_TERMINAL_PROCESSING) != 0 ||
                      SetConsoleMode(handle_, mode_ | ENABLE_VIRTUAL_TERMINAL_PROCESSING) != 0;
        }
        stream_.flush();
        buffer_ = std::make_unique<console_buffer>(handle_);
        previous_ = stream_.rdbuf(buffer_.get());
    }
    console_stream(const console_stream&) = delete;
    console_stream& operator=(const console_stream&) = delete;
    ~console_stream() {
        if (!is_console_) return;
        stream_.flush();
        stream_.rdbuf(previous_);
        buffer_.reset();
        SetConsoleMode(handle_, mode_);
    }

    std::ostream& stream_;
    HANDLE handle_;
    DWORD mode_ = 0;
    bool is_console_ = false;
    bool colour_ = false;
    std::unique_ptr<console_buffer> buffer_;
    std::streambuf* previous_ = nullptr;
};

}  // namespace windows_console

struct console_streams::state {
    windows_console::console_stream out{STD_OUTPUT_HANDLE, std::cout, true};
    windows_console::console_stream err{STD_ERROR_HANDLE, std::cerr, false};
};

console_streams::console_streams() : state_(std::make_unique<state>()) {
    stdout_shows_colour_ = state_->out.is_console_ && state_->out.colour_;
}

console_streams::~console_streams() = default;

}  // namespace ipsec_error_cli
