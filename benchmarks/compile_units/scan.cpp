// SPDX-License-Identifier: BSL-1.0
// The umbrella header and scan(), used once (benchmarks/compile_instructions.sh).
#include <ipsec_error/ipsec_error.hpp>
#include <ipsec_error/scan.hpp>
// A text known only at run time, as a log is (GCC would otherwise run scan()
// on a constant argument in its constant evaluator while it compiles).
int main(int, char** argv) { return ipsec_error::scan(argv[0]).empty() ? 1 : 0; }
