#!/usr/bin/env bash
# SPDX-License-Identifier: BSL-1.0
# What each feature of this round costs a user, measured one at a time:
#  - compile time: cc1plus instructions (cachegrind: deterministic) of a TU
#    that includes the feature's header, less those of a TU that includes
#    what that header builds on, at -std=c++17 -O0;
#  - binary size: a program that throws and prints an IPsec code (as
#    benchmarks/binary_size.sh) and also uses the feature, less the program
#    without it, -O2: the bytes of its sections as `size` adds them (text,
#    data and bss), which a file's page-aligned size would round to 4 KiB.
#
#   benchmarks/feature_costs.sh [COMPILER]     (g++ or clang++; needs valgrind)
set -euo pipefail
compiler=${1:-g++}
root=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
standard=(-std=c++17)
# shellcheck source=benchmarks/compiler_instructions.bash
source "$root/benchmarks/compiler_instructions.bash"

# Instructions the compiler proper runs for a TU of these includes.
instructions() {
    local tu=$work/tu.cpp
    : > "$tu"
    for header in "$@"; do echo "#include <$header>" >> "$tu"; done
    echo "int main() { return 0; }" >> "$tu"
    compiler_instructions "$compiler" "$root/include" "$tu" "${standard[@]}"
}

# Stripped size of the throw-and-print program with SNIPPET in its catch block.
size_with() {
    local headers=$1 snippet=$2 libs=${3:-}
    {
        echo '#include <cstdlib>'
        echo '#include <iostream>'
        echo '#include <ipsec_error/ipsec_error.hpp>'
        for header in $headers; do echo "#include <$header>"; done
        echo 'int main(int argc, char** argv) {'
        echo '    const int value = argc > 1 ? std::atoi(argv[1]) : 13814;'
        echo '    try { throw std::system_error(static_cast<ipsec_error::errc>(value), "tunnel"); }'
        echo '    catch (const std::system_error& e) {'
        echo '        std::cout << e.what() << std::endl;'
        echo '        const std::error_code& ec = e.code(); static_cast<void>(ec);'
        echo "        $snippet"
        echo '    }'
        echo '    return 0;'
        echo '}'
    } > "$work/program.cpp"
    # shellcheck disable=SC2086
    "$compiler" "${standard[@]}" -O2 -I"$root/include" "$work/program.cpp" -o "$work/a.out" $libs
    size --format=berkeley "$work/a.out" | awk 'NR == 2 { print $4 }'
}

echo "compiler: $("$compiler" --version | head -n 1)"
printf '%-28s %14s %12s\n' "feature" "compile (Minstr)" "binary (B)"
base_size=$(size_with "" "")
row() {  # name, header, what it builds on, snippet, extra headers, libs
    local name=$1 header=$2 builds_on=$3 snippet=$4 extra=${5:-} libs=${6:-}
    local with without size
    # shellcheck disable=SC2086
    with=$(instructions $builds_on $extra "$header")
    # shellcheck disable=SC2086
    without=$(instructions $builds_on $extra)
    size=$(size_with "$extra $header" "$snippet" "$libs")
    printf '%-28s %+14.1f %+12d\n' "$name" "$(awk "BEGIN { print ($with - $without) / 1e6 }")" \
        $((size - base_size))
}
row message_view ipsec_error/message_view.hpp ipsec_error/windows_forms.hpp \
    'std::cout << ipsec_error::message_view(ec) << std::endl;'
row "message(buffer)" ipsec_error/message_view.hpp ipsec_error/windows_forms.hpp \
    'char b[64]; std::cout << ipsec_error::message(ec.value(), b, sizeof b) << std::endl;'
row failed ipsec_error/failed.hpp ipsec_error/windows_forms.hpp \
    'std::cout << ipsec_error::failed(ec) << std::endl;'
row throw_error ipsec_error/throw_error.hpp ipsec_error/category.hpp \
    'if (argc > 2) ipsec_error::throw_error(ipsec_error::errc::bad_spi, "again");'
row status_only ipsec_error/status_only.hpp ipsec_error/lookup.hpp \
    'std::cout << (ipsec_error::parse_status_only(argv[0]) != nullptr) << std::endl;'
row "scan (umbrella already in)" ipsec_error/scan.hpp ipsec_error/ipsec_error.hpp \
    'for (const auto& f : ipsec_error::scan(argv[0])) std::cout << f.offset << std::endl;'
if [ -e /usr/include/fmt/format.h ]; then
    row "fmt.hpp (over fmt/format.h)" ipsec_error/fmt.hpp "ipsec_error/ipsec_error.hpp fmt/format.h" \
        'std::cout << fmt::format("{} {:m} {:h}", ipsec_error::errc::bad_spi, ipsec_error::errc::bad_spi, ipsec_error::errc::bad_spi) << std::endl;' \
        fmt/format.h -lfmt
fi
if [ -e /usr/include/boost/system/error_code.hpp ]; then
    row "boost_system.hpp (over Boost)" ipsec_error/boost_system.hpp \
        "ipsec_error/ipsec_error.hpp boost/system/error_code.hpp" \
        'boost::system::error_code b = ipsec_error::errc::bad_spi; std::cout << b.message() << std::endl;' \
        boost/system/error_code.hpp
    sc=boost/outcome/experimental/status-code
    row "status_code.hpp (over it)" ipsec_error/status_code.hpp \
        "ipsec_error/ipsec_error.hpp $sc/generic_code.hpp $sc/status_error.hpp" \
        'ipsec_error::ipsec_code c = ipsec_error::errc::bad_spi; std::cout << c.message().c_str() << std::endl;' \
        "$sc/generic_code.hpp $sc/status_error.hpp"
fi
