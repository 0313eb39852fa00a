#!/usr/bin/env bash
# SPDX-License-Identifier: BSL-1.0
# The tool against grep: `ipsec-error --scan --count` and `grep -c -E` with a
# pattern for the same forms, on the same synthetic log (scan_make_log), the
# file in the page cache; the median of 5 runs each, the ratio, and the peak
# memory of each (/usr/bin/time -v). Then the tool's peak memory on a file of
# several gigabytes.
#
#     benchmarks/scan_tool.sh BUILD_DIR [MEGABYTES (200)] [GIGABYTES (4), 0 to skip]
#
# BUILD_DIR is a Release build with -DIPSEC_ERROR_BUILD_BENCHMARKS=ON.
set -euo pipefail
build=${1:?usage: scan_tool.sh BUILD_DIR [MEGABYTES] [GIGABYTES]}
megabytes=${2:-200}
gigabytes=${3:-4}
here=$(cd "$(dirname "$0")" && pwd)
tool="$build/tools/ipsec-error/ipsec-error"
log="$build/scan-tool-benchmark.log"
pattern="$build/scan-tool-benchmark.pattern"

"$build/benchmarks/scan_make_log" "$megabytes" > "$log"
cat "$log" > /dev/null  # into the page cache

# The same forms as an extended regular expression: names, hex HRESULT,
# NTSTATUS and value, signed decimal HRESULT, ipsec:N, a decimal after error
# or code, and every message (final period optional).
{
    printf '%s' '(ERROR|WARNING|STATUS)_IPSEC_[A-Z0-9_]+|0[xX](8007|[Dd]036|[Cc]036|0000)?[0-9A-Fa-f]{4}([^0-9A-Za-z_]|$)'
    printf '%s' '|-21470[0-9]{5}|ipsec:13[0-9]{3}|([Ee]rr(or)?([Cc]ode)?|[Cc]ode)[^0-9A-Za-z]{1,8}13[0-9]{3}([^0-9]|$)'
    tail -n +2 "$here/../tests/data/winerror-ipsec.tsv" | cut -f4 | sed -e 's/\.$//' \
        -e 's/[][\.|$(){}?+*^]/\\&/g' -e 's/  */ +/g' | sort -u | sed 's/^/|/' | tr -d '\n'
} > "$pattern"

median() { sort -n | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }'; }
# Output to a file, not /dev/null: GNU grep stops at the first match when its
# output is /dev/null.
out="$build/scan-tool-benchmark.out"
seconds() { /usr/bin/time -f '%e' "$@" 2>&1 > "$out" | tail -n 1; }

tool_runs=() grep_runs=()
for _ in 1 2 3 4 5; do
    tool_runs+=("$(seconds "$tool" --scan --count "$log")")
    grep_runs+=("$(seconds grep -c -E -f "$pattern" "$log")")
done
tool_s=$(printf '%s\n' "${tool_runs[@]}" | median)
grep_s=$(printf '%s\n' "${grep_runs[@]}" | median)
peak() { /usr/bin/time -v "$@" 2>&1 > "$out" | awk -F': ' '/Maximum resident/ { print $2 }'; }
tool_kb=$(peak "$tool" --scan --count "$log")
grep_kb=$(peak grep -c -E -f "$pattern" "$log")

echo "log: $(stat -c %s "$log") bytes, $(wc -l < "$log") lines; grep counts $(grep -c -E -f "$pattern" "$log") lines"
echo "ipsec-error --scan --count: ${tool_runs[*]} s; median $tool_s s; peak $tool_kb KB"
echo "grep -c -E -f pattern:      ${grep_runs[*]} s; median $grep_s s; peak $grep_kb KB"
awk -v t="$tool_s" -v g="$grep_s" 'BEGIN { printf "ratio tool / grep: %.2f (goal <= 1.0)\n", t / g }'
"$tool" --scan --count "$log" > "$out"
head -n 5 "$out"

if [ "$gigabytes" != 0 ]; then
    big="$build/scan-tool-benchmark-big.log"
    "$build/benchmarks/scan_make_log" $((gigabytes * 1024)) > "$big"
    echo "big log: $(stat -c %s "$big") bytes"
    /usr/bin/time -v "$tool" --scan --count "$big" 2> "$big.time" > "$out"
    head -n 3 "$out"
    grep -E 'Elapsed|Maximum resident' "$big.time"
    rm -f "$big" "$big.time"
fi
rm -f "$log" "$pattern" "$out"
