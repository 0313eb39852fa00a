#!/usr/bin/env bash
# SPDX-License-Identifier: BSL-1.0
# Compile time of the opt-in ecosystem headers (<ipsec_error/fmt.hpp>,
# <ipsec_error/boost_system.hpp>, <ipsec_error/status_code.hpp>): a translation
# unit that includes the umbrella header and one of them, against one that
# includes the umbrella header alone, and against one that includes the
# umbrella header and the third-party header the ecosystem header wraps (what
# a program that uses both would include anyway). Method as compile_time.sh.
#
#   benchmarks/ecosystems_compile_time.sh [COMPILER] [RUNS]   (default: c++, 15 runs)
#
# Needs libfmt-dev and libboost-dev.
set -euo pipefail
compiler=${1:-c++}
runs=${2:-15}
root=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

tu() {  # name, includes..., then the body of main after --
    local name=$1; shift
    : > "$work/$name.cpp"
    while [ "$1" != "--" ]; do echo "#include <$1>" >> "$work/$name.cpp"; shift; done
    shift
    echo "int main() { $* }" >> "$work/$name.cpp"
}
core=ipsec_error/ipsec_error.hpp
tu core "$core" -- 'return ipsec_error::find(13814) != nullptr ? 0 : 1;'
tu fmt_dep "$core" fmt/format.h -- 'return ipsec_error::find(13814) != nullptr ? 0 : 1;'
tu fmt "$core" ipsec_error/fmt.hpp -- 'return ipsec_error::find(13814) != nullptr ? 0 : 1;'
tu boost_dep "$core" boost/system/error_code.hpp -- 'return ipsec_error::find(13814) != nullptr ? 0 : 1;'
tu boost "$core" ipsec_error/boost_system.hpp -- \
    'boost::system::error_code b = ipsec_error::errc::ike_timed_out; return b.value() == 13805 ? 0 : 1;'
tu status_dep "$core" boost/outcome/experimental/status-code/generic_code.hpp \
    boost/outcome/experimental/status-code/status_error.hpp -- \
    'return ipsec_error::find(13814) != nullptr ? 0 : 1;'
tu status "$core" ipsec_error/status_code.hpp -- \
    'ipsec_error::ipsec_code c = ipsec_error::errc::ike_timed_out; return c.failure() ? 0 : 1;'
names=(core fmt_dep fmt boost_dep boost status_dep status)

cpu_ms() {
    local TIMEFORMAT='%3U %3S' t
    t=$( { time "$compiler" -std=c++17 -O0 -I"$root/include" -c "$work/$1.cpp" -o "$work/$1.o"; } 2>&1 )
    awk -v t="$t" 'BEGIN { split(t, f, " "); printf "%d\n", (f[1] + f[2]) * 1000 }'
}

declare -A all
for ((i = 0; i < runs; ++i)); do
    for name in "${names[@]}"; do all[$name]+="$(cpu_ms "$name") "; done
done
median() { tr ' ' '\n' <<< "${all[$1]}" | grep . | sort -n | sed -n "$(( (runs + 1) / 2 ))p"; }
base=$(median core)
echo "compiler: $("$compiler" --version | head -n 1); -std=c++17 -O0 -c, median CPU time of $runs runs"
row() { printf '%-62s %6s ms  %s x\n' "$1" "$2" "$(awk "BEGIN { printf \"%.2f\", $2 / $base }")"; }
row "<ipsec_error/ipsec_error.hpp>" "$base"
row "... and <fmt/format.h>" "$(median fmt_dep)"
row "... and <ipsec_error/fmt.hpp> (includes <fmt/format.h>)" "$(median fmt)"
row "... and <boost/system/error_code.hpp>" "$(median boost_dep)"
row "... and <ipsec_error/boost_system.hpp> (includes it)" "$(median boost)"
row "... and status-code's generic_code.hpp, status_error.hpp" "$(median status_dep)"
row "... and <ipsec_error/status_code.hpp> (includes them)" "$(median status)"
