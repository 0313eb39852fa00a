# SPDX-License-Identifier: BSL-1.0
# Builds scan_vector_test.cpp for WebAssembly with SIMD128 (Clang, wasi-libc,
# libc++ for wasm32) and runs it under Node's node:wasi on the corpora.
# Prints "SKIPPED: ..." (the test's skip expression) when a tool is missing.
# In: SOURCE, INCLUDE (the library's headers), RUNNER (run_wasi.mjs),
# DATA (the folder of the corpora), CORPUS (their names, separated by |),
# WORK (a folder for the build).
string(REPLACE "|" ";" CORPUS "${CORPUS}")

function(skip why)
    message("SKIPPED: ${why}")
endfunction()

find_program(WASM_CLANG NAMES clang++-19 clang++-18 clang++-17 clang++-16 clang++)
find_program(NODE NAMES node nodejs)
if(NOT WASM_CLANG)
    skip("no clang++ for the wasm32-wasi target")
    return()
endif()
if(NOT NODE)
    skip("no Node.js to run the module")
    return()
endif()
execute_process(COMMAND "${NODE}" --version OUTPUT_VARIABLE node_version OUTPUT_STRIP_TRAILING_WHITESPACE)
string(REGEX REPLACE "^v([0-9]+).*" "\\1" node_major "${node_version}")
if(node_major LESS 20)
    skip("Node.js ${node_version} is older than 20 (node:wasi preview1)")
    return()
endif()

# wasi-libc and libc++ for wasm32, as Debian installs them (wasi-libc,
# libc++-dev-wasm32): a sysroot of links to them, so that the host's own
# headers are not searched.
set(wasi_include /usr/include/wasm32-wasi)
set(wasi_lib /usr/lib/wasm32-wasi)
foreach(needed "${wasi_include}/stdio.h" "${wasi_include}/c++/v1/string" "${wasi_lib}/libc.a"
        "${wasi_lib}/libc++.a" "${wasi_lib}/libc++abi.a" "${wasi_lib}/crt1-command.o")
    if(NOT EXISTS "${needed}")
        skip("${needed} is missing (packages wasi-libc, libc++-dev-wasm32)")
        return()
    endif()
endforeach()
execute_process(COMMAND "${WASM_CLANG}" --target=wasm32-wasi -print-resource-dir
    OUTPUT_VARIABLE resource_dir OUTPUT_STRIP_TRAILING_WHITESPACE)
file(GLOB builtins
    "${resource_dir}/lib/wasm32-unknown-wasi/libclang_rt.builtins.a"
    "${resource_dir}/lib/wasi/libclang_rt.builtins-wasm32.a"
    /usr/lib/llvm-*/lib/clang/*/lib/wasi/libclang_rt.builtins-wasm32.a)
if(NOT builtins)
    skip("no libclang_rt.builtins for wasm32 (package libclang-rt-dev-wasm32)")
    return()
endif()
list(GET builtins 0 builtins)

set(sysroot "${WORK}/wasi-sysroot")
file(REMOVE_RECURSE "${sysroot}")
file(MAKE_DIRECTORY "${sysroot}/include" "${sysroot}/lib")
file(CREATE_LINK "${wasi_include}" "${sysroot}/include/wasm32-wasi" SYMBOLIC)
file(CREATE_LINK "${wasi_lib}" "${sysroot}/lib/wasm32-wasi" SYMBOLIC)

# -O2 on the compile line only: with -O on the link line, Clang runs wasm-opt
# when binaryen is installed. The module has no exceptions (libc++abi for
# wasm32 has none).
set(target --target=wasm32-wasi "--sysroot=${sysroot}")
set(object "${WORK}/scan_vector_test.o")
set(module "${WORK}/scan_vector_test.wasm")
execute_process(COMMAND "${WASM_CLANG}" ${target} -msimd128 -O2 -std=c++17 -fno-exceptions
    "-I${INCLUDE}" -c "${SOURCE}" -o "${object}" RESULT_VARIABLE status ERROR_VARIABLE errors)
if(NOT status EQUAL 0)
    message(FATAL_ERROR "compiling for wasm32 with SIMD128 failed:\n${errors}")
endif()
execute_process(COMMAND "${WASM_CLANG}" ${target} -nodefaultlibs "${object}" -lc++ -lc++abi -lc
    "${builtins}" -o "${module}" RESULT_VARIABLE status ERROR_VARIABLE errors)
if(NOT status EQUAL 0)
    message(FATAL_ERROR "linking the wasm32 module failed:\n${errors}")
endif()

set(files "")
foreach(name IN LISTS CORPUS)
    list(APPEND files "/data/${name}")
endforeach()
execute_process(COMMAND "${NODE}" --no-warnings "${RUNNER}" "${module}" "${DATA}" ${files}
    RESULT_VARIABLE status OUTPUT_VARIABLE out ERROR_VARIABLE err)
message("${out}${err}")
if(NOT status EQUAL 0)
    message(FATAL_ERROR "the SIMD128 loop and the byte-at-a-time loop differ (exit ${status})")
endif()
if(NOT out MATCHES "^WebAssembly SIMD128 loop")
    message(FATAL_ERROR "the module did not run the SIMD128 loop")
endif()
