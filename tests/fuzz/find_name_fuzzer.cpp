// SPDX-License-Identifier: BSL-1.0
// libFuzzer target: find(std::string_view) on any bytes. What it finds must
// be the name it was given, in some letter case, with or without its prefix.
#include <ipsec_error/ipsec_error.hpp>

#include <cstdint>
#include <cstdlib>
#include <string_view>

namespace {
bool same_ignoring_case(std::string_view a, std::string_view b) {
    if (a.size() != b.size()) return false;
    for (std::size_t i = 0; i < a.size(); ++i) {
        char x = a[i], y = b[i];
        if (x >= 'a' && x <= 'z') x = static_cast<char>(x - 'a' + 'A');
        if (y >= 'a' && y <= 'z') y = static_cast<char>(y - 'a' + 'A');
        if (x != y) return false;
    }
    return true;
}
}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view name(reinterpret_cast<const char*>(data), size);
    const ipsec_error::record* r = ipsec_error::find(name);
    if (r == nullptr) return 0;
    const std::string_view full = r->name;
    const std::string_view stem = full.substr(full.find("_IPSEC_") + 7);
    if (!same_ignoring_case(name, full) && !same_ignoring_case(name, stem)) std::abort();
    return 0;
}
