#!/usr/bin/env bash
# SPDX-License-Identifier: BSL-1.0
# Compile time of a translation unit that includes the library, as a ratio
# against one that includes what the library itself needs from the standard
# library (<system_error>, <string_view>, <array>, <optional>).
#
#   benchmarks/compile_time.sh [COMPILER] [RUNS]     (default: c++, 15 runs)
#
# Each TU is compiled RUNS times (-std=c++17 -O0 -c, as a debug build does);
# the figure is the median CPU time (user + system) of the compiler.
set -euo pipefail
compiler=${1:-c++}
runs=${2:-15}
root=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# The translation units, in benchmarks/compile_units/.
units=$root/benchmarks/compile_units

# CPU time (user + system) of one compile, in ms.
cpu_ms() {
    local TIMEFORMAT='%3U %3S' t
    t=$( { time "$compiler" -std=c++17 -O0 -I"$root/include" -c "$units/$1.cpp" -o "$work/$1.o"; } 2>&1 )
    awk -v t="$t" 'BEGIN { split(t, f, " "); printf "%d\n", (f[1] + f[2]) * 1000 }'
}

# The three TUs in turn, RUNS times, so that a slow moment of the machine
# falls on all of them alike; the figure is each one's median.
declare -A all
for ((i = 0; i < runs; ++i)); do
    for tu in baseline ipsec_error troubleshooting; do all[$tu]+="$(cpu_ms $tu) "; done
done
median() { tr ' ' '\n' <<< "${all[$1]}" | grep . | sort -n | sed -n "$(( (runs + 1) / 2 ))p"; }
base=$(median baseline)
core=$(median ipsec_error)
text=$(median troubleshooting)
echo "compiler: $("$compiler" --version | head -n 1); -std=c++17 -O0 -c, median CPU time of $runs runs"
printf '%-52s %6s ms\n' "<system_error> <string_view> <array> <optional>" "$base"
printf '%-52s %6s ms  %s x\n' "<ipsec_error/ipsec_error.hpp>" "$core" "$(awk "BEGIN { printf \"%.2f\", $core / $base }")"
printf '%-52s %6s ms  %s x\n' "... and <ipsec_error/troubleshooting.hpp>" "$text" "$(awk "BEGIN { printf \"%.2f\", $text / $base }")"
