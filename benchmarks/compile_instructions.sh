#!/usr/bin/env bash
# SPDX-License-Identifier: BSL-1.0
# Compile time as the instructions the compiler proper executes (cc1plus,
# clang -cc1), counted with callgrind: unlike CPU time, the same on every
# run. Each translation unit against one that includes what the library needs
# from the standard library (<system_error>, <string_view>, <array>,
# <optional>):
#  - the contract's floor (compile_units/contract_floor.cpp): the least any
#    implementation of the umbrella header's contract must compile;
#  - the umbrella header, as benchmarks/compile_time.sh compiles it;
#  - the umbrella header and the troubleshooting text;
#  - the umbrella header and <ipsec_error/scan.hpp>.
#
#   benchmarks/compile_instructions.sh [COMPILER]     (g++ or clang++; needs valgrind)
set -euo pipefail
compiler=${1:-g++}
root=$(cd "$(dirname "$0")/.." && pwd)
units=$root/benchmarks/compile_units
# shellcheck source=benchmarks/compiler_instructions.bash
source "$root/benchmarks/compiler_instructions.bash"

# Millions of instructions for one of benchmarks/compile_units/, -std=c++17 -O0.
instructions() {
    compiler_instructions "$compiler" "$root/include" "$units/$1.cpp" -std=c++17 |
        awk '{ printf "%.1f\n", $1 / 1e6 }'
}

base=$(instructions baseline)
echo "compiler: $("$compiler" --version | head -n 1); -std=c++17 -O0 -c, millions of instructions"
printf '%-52s %8s M\n' "<system_error> <string_view> <array> <optional>" "$base"
for tu in contract_floor ipsec_error troubleshooting scan; do
    case $tu in
        contract_floor) what="the contract's floor (contract_floor.cpp)" ;;
        ipsec_error) what="<ipsec_error/ipsec_error.hpp>" ;;
        troubleshooting) what="... and <ipsec_error/troubleshooting.hpp>" ;;
        scan) what="... and <ipsec_error/scan.hpp> (not the text)" ;;
    esac
    n=$(instructions $tu)
    printf '%-52s %8s M  %s x\n' "$what" "$n" "$(awk "BEGIN { printf \"%.3f\", $n / $base }")"
done
