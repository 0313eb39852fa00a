// SPDX-License-Identifier: BSL-1.0
// The umbrella header, used once (benchmarks/compile_time.sh,
// benchmarks/compile_instructions.sh).
#include <ipsec_error/ipsec_error.hpp>
int main() { return ipsec_error::find(13814) != nullptr ? 0 : 1; }
