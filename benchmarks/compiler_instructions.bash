# SPDX-License-Identifier: BSL-1.0
# Sourced by the compile-time scripts (compile_instructions.sh,
# feature_costs.sh): the instructions the compiler proper executes (cc1plus,
# clang -cc1) for one translation unit, counted with cachegrind (its "I refs",
# without the cache simulation, which this count does not need and which
# would double the time). Unlike CPU time, the count is the same on every run.
#
#   compiler_instructions COMPILER INCLUDE_DIR FILE [FLAG...]   (prints the count)
compiler_instructions() {
    local compiler=$1 include=$2 file=$3 cmd
    shift 3
    # The driver's -### shows the command it would run; run that under cachegrind.
    cmd=$("$compiler" "$@" -O0 -I"$include" -c "$file" -o /dev/null -### 2>&1 |
          grep -E 'cc1plus|"-cc1"' | head -n 1)
    eval "valgrind --tool=cachegrind --cache-sim=no --cachegrind-out-file=/dev/null $cmd" 2>&1 |
        awk '/I +refs:/ { gsub(",", "", $NF); print $NF }'
}
