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
    std::string out;
    out.reserve((bytes.size() + 2) / 3 * 4);
    std::size_t i = 0;
    for (; i + 3 <= bytes.size(); i += 3) {
        const auto n = static_cast<unsigned char>(bytes[i]) << 16u |
                       static_cast<unsigned char>(bytes[i + 1]) << 8u |
                       static_cast<unsigned char>(bytes[i + 2]);
        out += alphabet[n >> 18u & 63u];
        out += alphabet[n >> 12u & 63u];
        out += alphabet[n >> 6u & 63u];
        out += alphabet[n & 63u];
    }
    if (const std::size_t rest = bytes.size() - i; rest != 0) {
        unsigned n = static_cast<unsigned char>(bytes[i]) << 16u;
        if (rest == 2) n |= static_cast<unsigned char>(bytes[i + 1]) << 8u;
        out += alphabet[n >> 18u & 63u];
        out += alphabet[n >> 12u & 63u];
        out += rest == 2 ? alphabet[n >> 6u & 63u] : '=';
        out += '=';
    }
    return out;
}

}  // namespace ipsec_error_site
