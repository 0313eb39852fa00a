#!/usr/bin/env bash
# SPDX-License-Identifier: BSL-1.0
# What the library adds to a program's binary: a program that throws and
# prints IPsec codes, against the same program with std::errc; the same with
# find() and parse() too; and with the troubleshooting text. Built as users
# build (the compiler's default, PIE on Debian; no special linker flags),
# -O2, stripped. The troubleshooting text is also weighed against its raw
# bytes (every summary, cause-text and action-text): what the program with it
# adds to the program without it, over those bytes.
#
#   benchmarks/binary_size.sh [COMPILER]     (default: c++)
set -euo pipefail
compiler=${1:-c++}
root=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# One program, three ways: the code comes from the command line, so that
# nothing is folded away at compile time.
cat > "$work/program.cpp" <<'CPP'
#include <cstdlib>
#include <iostream>
#include <system_error>
#if defined(WITH_IPSEC)
#include <ipsec_error/ipsec_error.hpp>
#endif
#if defined(WITH_TROUBLESHOOTING)
#include <ipsec_error/troubleshooting.hpp>
#endif

int main(int argc, char** argv) {
    const int value = argc > 1 ? std::atoi(argv[1]) : 0;
    try {
#if defined(WITH_IPSEC)
        throw std::system_error(static_cast<ipsec_error::errc>(value), "tunnel");
#else
        throw std::system_error(static_cast<int>(std::errc::timed_out) + value, std::generic_category(), "tunnel");
#endif
    } catch (const std::system_error& e) {
        std::cout << e.what() << '\n';
#if defined(WITH_LOOKUP)
        if (const auto* r = ipsec_error::find(std::string_view(argc > 2 ? argv[2] : "")))
            std::cout << r->value() << '\n';
        if (auto parsed = ipsec_error::parse(argc > 3 ? argv[3] : ""))
            std::cout << static_cast<int>(*parsed) << '\n';
#endif
#if defined(WITH_TROUBLESHOOTING)
        if (const auto* t = ipsec_error::troubleshooting_for(e.code())) {
            std::cout << t->summary << '\n';
            for (auto line : t->actions) std::cout << "- " << line << '\n';
        }
#endif
    }
    return 0;
}
CPP

# The raw bytes of the troubleshooting text, counted through the public API.
cat > "$work/raw_text.cpp" <<'CPP'
#include <cstdio>
#include <ipsec_error/ipsec_error.hpp>
#include <ipsec_error/troubleshooting.hpp>

int main() {
    std::size_t bytes = 0;
    for (const auto& r : ipsec_error::records) {
        const auto* t = ipsec_error::troubleshooting_for(r.code);
        bytes += t->summary.size() + t->causes.text().size() + t->actions.text().size();
    }
    std::printf("%zu\n", bytes);
}
CPP
"$compiler" -std=c++17 -I"$root/include" "$work/raw_text.cpp" -o "$work/raw_text"
raw=$("$work/raw_text")

size_of() {
    "$compiler" -std=c++17 -O2 -I"$root/include" "$@" "$work/program.cpp" -o "$work/a.out"
    strip "$work/a.out"
    stat -c %s "$work/a.out"
}
base=$(size_of)
core=$(size_of -DWITH_IPSEC)
lookup=$(size_of -DWITH_IPSEC -DWITH_LOOKUP)
text=$(size_of -DWITH_IPSEC -DWITH_TROUBLESHOOTING)
echo "compiler: $("$compiler" --version | head -n 1); -std=c++17 -O2, stripped"
printf '%-40s %8d bytes\n' "with std::errc" "$base"
printf '%-40s %8d bytes  +%d bytes (%.1f KiB)\n' "with ipsec_error::errc" "$core" $((core - base)) "$(awk "BEGIN { print ($core - $base) / 1024 }")"
printf '%-40s %8d bytes  +%d bytes (%.1f KiB)\n' "... and find(name), parse()" "$lookup" $((lookup - base)) "$(awk "BEGIN { print ($lookup - $base) / 1024 }")"
printf '%-40s %8d bytes  +%d bytes (%.1f KiB)\n' "... and troubleshooting text" "$text" $((text - base)) "$(awk "BEGIN { print ($text - $base) / 1024 }")"
printf '%-40s %8d bytes  (summaries, causes, actions)\n' "raw troubleshooting text" "$raw"
printf '%-40s %8d bytes  %.3f x the raw text\n' "troubleshooting text in the program" $((text - core)) "$(awk "BEGIN { print ($text - $core) / $raw }")"
