// SPDX-License-Identifier: BSL-1.0
#include "files.hpp"

#include <fstream>
#include <sstream>
#include <stdexcept>

namespace ipsec_error_site {

std::string read_file(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) throw std::runtime_error("cannot read " + path.string());
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

void write_file(const std::filesystem::path& path, std::string_view text) {
    std::filesystem::create_directories(path.parent_path());
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    out.write(text.data(), static_cast<std::streamsize>(text.size()));
    out.close();
    if (!out) throw std::runtime_error("cannot write " + path.string());
}

std::string base64(std::string_view bytes) {
    static constexpr char alphabet[] =
        "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    const auto byte = [bytes](std::size_t i) -> unsigned {
        return i < bytes.size() ? static_cast<unsigned char>(bytes[i]) : 0u;
    };
    std::string out;
    out.reserve((bytes.size() + 2) / 3 * 4);
    for (std::size_t i = 0; i < bytes.size(); i += 3) {
        const unsigned n = byte(i) << 16u | byte(i + 1) << 8u | byte(i + 2);
        const std::size_t rest = bytes.size() - i;  // 1, 2, or 3 and more
        out += alphabet[n >> 18u & 63u];
        out += alphabet[n >> 12u & 63u];
        out += rest > 1 ? alphabet[n >> 6u & 63u] : '=';
        out += rest > 2 ? alphabet[n & 63u] : '=';
    }
    return out;
}

}  // namespace ipsec_error_site
