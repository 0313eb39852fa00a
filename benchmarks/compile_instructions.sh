#!/usr/bin/env bash
# SPDX-License-Identifier: BSL-1.0
# Compile time as the instructions the compiler proper executes (cc1plus,
# clang -cc1), counted with cachegrind: unlike CPU time, the same on every
# run. Two figures, each a ratio against what it is compared with:
#  - <ipsec_error/error_code.hpp> (compile_units/error_code.cpp: throw, catch,
#    print, compare) against <system_error> alone doing the same with a
#    std::errc code (compile_units/system_error.cpp), next to the floor of
#    any header-only implementation (compile_units/error_code_floor.cpp);
#  - the umbrella header (compile_units/ipsec_error.cpp, as
#    benchmarks/compile_time.sh compiles it) against one that includes what
#    the library needs from the standard library (<system_error>,
#    <string_view>, <array>, <optional>: compile_units/baseline.cpp), next to
#    the contract's floor (compile_units/contract_floor.cpp), the least any
#    implementation of the umbrella header's contract must compile; and the
#    umbrella with the troubleshooting text, and with <ipsec_error/scan.hpp>.
#
#   benchmarks/compile_instructions.sh [COMPILER]      (g++ or clang++; needs valgrind)
#   benchmarks/compile_instructions.sh COMPILER --check MAX_ERROR_CODE MAX_UMBRELLA
#
# With --check, only the two figures are measured, two translation units at a
# time, and the script fails when error_code.cpp / system_error.cpp exceeds
# MAX_ERROR_CODE or ipsec_error.cpp / baseline.cpp exceeds MAX_UMBRELLA.
set -euo pipefail
compiler=${1:-g++}
check=false
if [[ ${2:-} == --check ]]; then
    if [[ $# -ne 4 ]]; then
        echo "usage: $0 COMPILER --check MAX_ERROR_CODE MAX_UMBRELLA" >&2
        exit 2
    fi
    check=true
    max_error_code=$3
    max_umbrella=$4
fi
root=$(cd "$(dirname "$0")/.." && pwd)
units=$root/benchmarks/compile_units
# shellcheck source=benchmarks/compiler_instructions.bash
source "$root/benchmarks/compiler_instructions.bash"

# Millions of instructions for one of benchmarks/compile_units/, -std=c++17 -O0.
instructions() {
    local n
    n=$(compiler_instructions "$compiler" "$root/include" "$units/$1.cpp" -std=c++17)
    if [[ -z $n ]]; then
        echo "$0: no instruction count for $1.cpp (is valgrind installed?)" >&2
        exit 2
    fi
    awk -v n="$n" 'BEGIN { printf "%.1f\n", n / 1e6 }'
}
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.3f", a / b }'; }
row() { printf '%-52s %8s M  %s\n' "$1" "$2" "${3:-}"; }

echo "compiler: $("$compiler" --version | head -n 1); -std=c++17 -O0 -c, millions of instructions"
if $check; then
    # The four counts are independent: measure them two at a time.
    counts=$(mktemp -d)
    trap 'rm -rf "$counts"' EXIT
    for pair in "system_error error_code" "baseline ipsec_error"; do
        for tu in $pair; do instructions "$tu" > "$counts/$tu" & done
        wait
    done
    for tu in system_error error_code baseline ipsec_error; do
        [[ -s $counts/$tu ]] || exit 2
    done
    peer=$(< "$counts/system_error") error_code=$(< "$counts/error_code")
    base=$(< "$counts/baseline") umbrella=$(< "$counts/ipsec_error")
    error_code_ratio=$(ratio "$error_code" "$peer")
    umbrella_ratio=$(ratio "$umbrella" "$base")
    row "<system_error>, throw and print (system_error.cpp)" "$peer"
    row "<ipsec_error/error_code.hpp>, the same (error_code.cpp)" "$error_code" "$error_code_ratio x"
    row "<system_error> <string_view> <array> <optional>" "$base"
    row "<ipsec_error/ipsec_error.hpp>" "$umbrella" "$umbrella_ratio x"
    status=0
    if awk -v r="$error_code_ratio" -v m="$max_error_code" 'BEGIN { exit !(r > m) }'; then
        echo "error_code.hpp: $error_code_ratio x <system_error>, more than $max_error_code" >&2
        status=1
    fi
    if awk -v r="$umbrella_ratio" -v m="$max_umbrella" 'BEGIN { exit !(r > m) }'; then
        echo "ipsec_error.hpp: $umbrella_ratio x the standard headers, more than $max_umbrella" >&2
        status=1
    fi
    exit $status
fi

peer=$(instructions system_error)
error_code=$(instructions error_code)
row "<system_error>, throw and print (system_error.cpp)" "$peer"
error_code_floor=$(instructions error_code_floor)
row "<ipsec_error/error_code.hpp>, the same (error_code.cpp)" "$error_code" \
    "$(ratio "$error_code" "$peer") x  ($(ratio "$error_code" "$error_code_floor") x the floor)"
row "error_code.hpp's floor (error_code_floor.cpp)" "$error_code_floor" \
    "$(ratio "$error_code_floor" "$peer") x"
base=$(instructions baseline)
row "<system_error> <string_view> <array> <optional>" "$base"
floor=$(instructions contract_floor)
row "the contract's floor (contract_floor.cpp)" "$floor" "$(ratio "$floor" "$base") x"
umbrella=$(instructions ipsec_error)
row "<ipsec_error/ipsec_error.hpp>" "$umbrella" \
    "$(ratio "$umbrella" "$base") x  ($(ratio "$umbrella" "$floor") x the floor)"

for tu in troubleshooting scan; do
    case $tu in
        troubleshooting) what="... and <ipsec_error/troubleshooting.hpp>" ;;
        scan) what="... and <ipsec_error/scan.hpp> (not the text)" ;;
    esac
    n=$(instructions $tu)
    row "$what" "$n" "$(ratio "$n" "$base") x"
done
