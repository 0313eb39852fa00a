// SPDX-License-Identifier: BSL-1.0
// libFuzzer target: parse() on any bytes. It must never misbehave (the
// sanitizers watch), and what it answers must be a real code that the same
// parser reads back from the code's own name and HRESULT.
#include <ipsec_error/ipsec_error.hpp>

#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    const auto code = ipsec_error::parse(text);
    if (!code) return 0;
    const ipsec_error::record* r = ipsec_error::find(*code);
    if (r == nullptr) std::abort();
    if (ipsec_error::parse(r->name) != code) std::abort();
    if (ipsec_error::from_hresult(ipsec_error::to_hresult(*code)) != code) std::abort();
    return 0;
}
