// SPDX-License-Identifier: BSL-1.0
// The umbrella header and the troubleshooting text, used once
// (benchmarks/compile_time.sh, benchmarks/compile_instructions.sh).
#include <ipsec_error/ipsec_error.hpp>
#include <ipsec_error/troubleshooting.hpp>
int main() { return ipsec_error::troubleshooting_for(13814) != nullptr ? 0 : 1; }
