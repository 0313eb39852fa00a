#!/usr/bin/env bash
# SPDX-License-Identifier: BSL-1.0
# Compile time as the instructions the compiler proper executes (cc1plus,
# clang -cc1), counted with callgrind: unlike CPU time, the same on every
# run. Each translation unit against one that includes what the library needs
# from the standard library (<system_error>, <string_view>, <array>,
# <optional>):
#  - the contract's floor (benchmarks/contract_floor.cpp): the least any
#    implementation of the umbrella header's contract must compile;
#  - the umbrella header, as benchmarks/compile_time.sh compiles it;
#  - the umbrella header and the troubleshooting text;
#  - the umbrella header and <ipsec_error/scan.hpp>.
#
#   benchmarks/compile_instructions.sh [COMPILER]     (g++ or clang++; needs valgrind)
set -euo pipefail
compiler=${1:-g++}
root=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

cat > "$work/baseline.cpp" <<'CPP'
#include <array>
#include <optional>
#include <string_view>
#include <system_error>
int main() { return 0; }
CPP
cp "$root/benchmarks/contract_floor.cpp" "$work/contract_floor.cpp"
cat > "$work/ipsec_error.cpp" <<'CPP'
#include <ipsec_error/ipsec_error.hpp>
int main() { return ipsec_error::find(13814) != nullptr ? 0 : 1; }
CPP
cat > "$work/troubleshooting.cpp" <<'CPP'
#include <ipsec_error/ipsec_error.hpp>
#include <ipsec_error/troubleshooting.hpp>
int main() { return ipsec_error::troubleshooting_for(13814) != nullptr ? 0 : 1; }
CPP
cat > "$work/scan.cpp" <<'CPP'
#include <ipsec_error/ipsec_error.hpp>
#include <ipsec_error/scan.hpp>
// A text known only at run time, as a log is (GCC would otherwise run scan()
// on a constant argument in its constant evaluator while it compiles).
int main(int, char** argv) { return ipsec_error::scan(argv[0]).empty() ? 1 : 0; }
CPP

# Millions of instructions of the compiler proper for one TU, at -std=c++17 -O0.
instructions() {
    local cmd
    cmd=$("$compiler" -std=c++17 -O0 -I"$root/include" -c "$work/$1.cpp" -o /dev/null -### 2>&1 |
          grep -E 'cc1plus|"-cc1"' | head -n 1)
    eval "valgrind --tool=callgrind --callgrind-out-file=/dev/null $cmd" 2>&1 |
        awk '/Collected/ { printf "%.1f\n", $4 / 1e6 }'
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
