#!/usr/bin/env bash
# Compile time of a translation unit that includes the library, as a ratio
# against one that includes what the library itself needs from the standard
# library (<system_error>, <string_view>, <array>, <optional>).
#
#   benchmarks/compile_time.sh [COMPILER] [RUNS]     (default: c++, 15 runs)
#
# Each TU is compiled RUNS times (-std=c++17 -O0 -c, as a debug build does);
# the figure is the median wall time.
set -euo pipefail
compiler=${1:-c++}
runs=${2:-15}
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
cat > "$work/ipsec_error.cpp" <<'CPP'
#include <ipsec_error/ipsec_error.hpp>
int main() { return ipsec_error::find(13814) != nullptr ? 0 : 1; }
CPP
cat > "$work/troubleshooting.cpp" <<'CPP'
#include <ipsec_error/ipsec_error.hpp>
#include <ipsec_error/troubleshooting.hpp>
int main() { return ipsec_error::troubleshooting_for(13814) != nullptr ? 0 : 1; }
CPP

median_ms() {
    local tu=$1 times=()
    for ((i = 0; i < runs; ++i)); do
        local start end
        start=$(date +%s%N)
        "$compiler" -std=c++17 -O0 -I"$root/include" -c "$work/$tu.cpp" -o "$work/$tu.o"
        end=$(date +%s%N)
        times+=($(( (end - start) / 1000000 )))
    done
    printf '%s\n' "${times[@]}" | sort -n | sed -n "$(( (runs + 1) / 2 ))p"
}

base=$(median_ms baseline)
core=$(median_ms ipsec_error)
text=$(median_ms troubleshooting)
echo "compiler: $("$compiler" --version | head -n 1); median of $runs runs, -std=c++17 -O0 -c"
printf '%-52s %6s ms\n' "<system_error> <string_view> <array> <optional>" "$base"
printf '%-52s %6s ms  %s x\n' "<ipsec_error/ipsec_error.hpp>" "$core" "$(awk "BEGIN { printf \"%.2f\", $core / $base }")"
printf '%-52s %6s ms  %s x\n' "... and <ipsec_error/troubleshooting.hpp>" "$text" "$(awk "BEGIN { printf \"%.2f\", $text / $base }")"
