#!/usr/bin/env bash
# SPDX-License-Identifier: BSL-1.0
# The tool against ripgrep and GNU grep on the same synthetic log
# (scan_make_log: timestamped service lines, a code in about one line in
# 400), the file in the page cache, every output through a pipe (GNU grep
# stops at the first match when its output is /dev/null):
#
#   - `ipsec-error --scan --count LOG` against `rg -c -i -e PREFILTER LOG` and
#     `grep -c -i -E PREFILTER LOG`, PREFILTER a pattern for the forms
#     (0x[0-9a-f]{4,8}|ERROR_IPSEC_|1[0-9]{4}|No policy configured), and
#     against `rg -c -i -f PATTERNS LOG`, PATTERNS every form and every
#     message of every code, written from the tool's own data
#     (`ipsec-error --json --list`);
#   - eight files (the log cut in eight): --jobs 1 against --jobs 2, and
#     ripgrep with -j2 on the same files;
#   - the tool's peak memory (/usr/bin/time -v) on the log, on the eight
#     files with --jobs 2, and, unless GIGABYTES is 0, on a log that size.
#
# Times are hyperfine's medians.
#
#     benchmarks/scan_tool.sh BUILD_DIR [MEGABYTES (229)] [RUNS (5)] [GIGABYTES (0)]
#
# BUILD_DIR is a Release build with -DIPSEC_ERROR_BUILD_BENCHMARKS=ON. Needs
# hyperfine, ripgrep, jq and GNU time (Debian: hyperfine ripgrep jq time).
set -euo pipefail
build=${1:?usage: scan_tool.sh BUILD_DIR [MEGABYTES] [RUNS] [GIGABYTES]}
megabytes=${2:-229}
runs=${3:-5}
gigabytes=${4:-0}
for program in hyperfine rg jq /usr/bin/time; do
    command -v "$program" > /dev/null || { echo "scan_tool.sh: $program is missing" >&2; exit 2; }
done
tool=$(realpath "$build/tools/ipsec-error/ipsec-error")
work=$(mktemp -d "${TMPDIR:-/tmp}/scan-tool-benchmark.XXXXXX")
trap 'rm -rf "$work"' EXIT
log="$work/service.log"
patterns="$work/patterns"
prefilter='0x[0-9a-f]{4,8}|ERROR_IPSEC_|1[0-9]{4}|No policy configured'

"$build/benchmarks/scan_make_log" "$megabytes" > "$log"

# Every form of every code, one regular expression a line, from the tool's
# data: the name, the hex value (zero-padded up to eight digits), the
# HRESULT in hex and signed decimal, the NTSTATUS and HRESULT_FROM_NT's form
# of it, ipsec:N, the decimal value after error or code, and the message
# (white space as any run of it, the final period optional).
"$tool" --json --list | jq -r '
    def escaped: gsub("(?<c>[][\\\\.|$(){}?+*^])"; "\\\(.c)");
    .[] |
    .name,
    ("0x0{0,4}" + (.hex | ltrimstr("0x"))),
    .hresult,
    (.hresult_signed | tostring),
    (if .ntstatus then .ntstatus, ("0xD" + (.ntstatus | ltrimstr("0xC"))) else empty end),
    ("ipsec:" + (.value | tostring)),
    ("(err|error|code)[^0-9a-z]{1,8}" + (.value | tostring)),
    (.message | rtrimstr(".") | escaped | gsub(" +"; "[[:space:]]+"))' > "$patterns"
messages=$("$tool" --json --list | jq 'length')

echo "log: $(stat -c %s "$log") bytes, $(wc -l < "$log") lines ($megabytes MB of scan_make_log)"
echo "patterns for rg -f: $(wc -l < "$patterns") lines, the forms and messages of $messages codes"
cat "$log" > /dev/null  # into the page cache

json="$work/hyperfine.json"
# The median seconds of each command, in order.
medians() {
    hyperfine --output=pipe --warmup 1 --runs "$runs" --export-json "$json" "$@" > /dev/null
    jq -r '.results[].median' "$json"
}
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / b }'; }

q=$(printf '%q' "$prefilter")
mapfile -t t < <(medians \
    "$tool --scan --count $log" \
    "rg -c -i -e $q $log" \
    "rg -c -i -f $patterns $log" \
    "grep -c -i -E $q $log")
echo
echo "one file ($runs runs each, median):"
echo "  ${t[0]} s  ipsec-error --scan --count LOG"
echo "  ${t[1]} s  rg -c -i -e '$prefilter' LOG      tool / rg: $(ratio "${t[0]}" "${t[1]}")"
echo "  ${t[2]} s  rg -c -i -f PATTERNS LOG                tool / rg -f: $(ratio "${t[0]}" "${t[2]}")"
echo "  ${t[3]} s  grep -c -i -E '$prefilter' LOG    tool / grep: $(ratio "${t[0]}" "${t[3]}")"
echo "  ripgrep counts $(rg -c -i -e "$prefilter" "$log") lines, rg -f $(rg -c -i -f "$patterns" "$log");" \
    "the tool $("$tool" --scan --count "$log" | awk '{ n += $1 } END { print n }') findings"

(cd "$work" && split -n l/8 -d service.log part.)
parts=("$work"/part.*)
mapfile -t j < <(medians \
    "$tool --scan --count --jobs 1 ${parts[*]}" \
    "$tool --scan --count --jobs 2 ${parts[*]}" \
    "rg -c -i -j2 -e $q ${parts[*]}")
echo
echo "eight files of $(stat -c %s "${parts[0]}") bytes ($runs runs each, median):"
echo "  ${j[0]} s  ipsec-error --scan --count --jobs 1 FILES"
echo "  ${j[1]} s  ipsec-error --scan --count --jobs 2 FILES   speed-up: $(ratio "${j[0]}" "${j[1]}")"
echo "  ${j[2]} s  rg -c -i -j2 -e '$prefilter' FILES      tool -j2 / rg -j2: $(ratio "${j[1]}" "${j[2]}")"
cmp <("$tool" --scan --jobs 1 "${parts[@]}") <("$tool" --scan --jobs 2 "${parts[@]}") \
    && echo "  --jobs 1 and --jobs 2 write the same lines"

peak() { /usr/bin/time -v "$@" 2>&1 > /dev/null | awk -F': ' '/Maximum resident/ { print $2 }'; }
echo
echo "peak memory (maximum resident set):"
echo "  $(peak "$tool" --scan --count "$log") KB  ipsec-error --scan --count LOG"
echo "  $(peak "$tool" --scan --count --jobs 2 "${parts[@]}") KB  ipsec-error --scan --count --jobs 2 FILES"
echo "  $(peak "$tool" --scan --jobs 2 "${parts[@]}") KB  ipsec-error --scan --jobs 2 FILES"
echo "  $(peak rg -c -i -e "$prefilter" "$log") KB  rg -c -i -e PREFILTER LOG"
rm -f "${parts[@]}"

if [ "$gigabytes" != 0 ]; then
    big="$work/big.log"
    "$build/benchmarks/scan_make_log" $((gigabytes * 1024)) > "$big"
    echo "  $(peak "$tool" --scan --count "$big") KB  ipsec-error --scan --count on $(stat -c %s "$big") bytes"
fi
