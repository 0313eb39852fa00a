// SPDX-License-Identifier: BSL-1.0
// What the library needs from the standard library, and nothing else: the
// translation unit the compile-time figures are ratios against
// (benchmarks/compile_time.sh, benchmarks/compile_instructions.sh).
#include <array>
#include <optional>
#include <string_view>
#include <system_error>
int main() { return 0; }
