# SPDX-License-Identifier: BSL-1.0
# The reference site: `cmake --build BUILD --target site` writes BUILD/site/.
#
#   - the generator (site/generator/), a C++ program linked with the library,
#     writes the pages through mustache templates (Debian's
#     libkainjow-mustache-dev), which escape every value;
#   - the scan page carries the library's scan() compiled to WebAssembly by
#     clang for wasm32-wasi (wasi-libc, the wasm32 libc++ headers, lld, and
#     compiler-rt's wasm32 builtins), with SIMD128; a scalar build of the
#     same module is written beside it for the benchmark;
#   - codes.json is what `ipsec-error --json --list` prints.
#
# Without those tools the target only says what to install. With
# IPSEC_ERROR_BUILD_SITE the site is part of the default build, and
# `cmake --install` puts it in component "doc" under share/doc/ipsec-error/html.
# Included by the top-level CMakeLists.txt, after the tool.

set(IPSEC_ERROR_SITE_BASE_URL "" CACHE STRING
    "Where the reference site is published (its sitemap.xml and robots.txt are written only when set)")
set(IPSEC_ERROR_SITE_SOURCE_URL "" CACHE STRING
    "The address under which the source tree's files are shown (data/codes.tsv is appended); the site links its data files there when set")

option(IPSEC_ERROR_BUILD_SITE "Build the reference site with the default target, and install it" OFF)

set(site_dir "${PROJECT_BINARY_DIR}/site")
set(site_source "${PROJECT_SOURCE_DIR}/site")

# What the site needs, and the Debian package that brings each.
find_path(IPSEC_ERROR_MUSTACHE_INCLUDE_DIR mustache.hpp PATH_SUFFIXES kainjow)
find_program(IPSEC_ERROR_WASM_CLANG NAMES clang-19 clang-18 clang-17 clang-16 clang-15 clang-14 clang)
find_program(IPSEC_ERROR_WASM_LD NAMES wasm-ld wasm-ld-19 wasm-ld-14)
find_path(IPSEC_ERROR_WASI_SYSROOT lib/wasm32-wasi/libc.a PATHS /usr NO_DEFAULT_PATH)
find_path(IPSEC_ERROR_WASM_LIBCXX_INCLUDE_DIR array
    PATHS /usr/include/wasm32-wasi/c++/v1 /usr/lib/llvm-14/include/wasm32-wasi/c++/v1 NO_DEFAULT_PATH)
file(GLOB wasm_builtins_candidates
    /usr/lib/llvm-*/lib/clang/*/lib/wasi/libclang_rt.builtins-wasm32.a
    /usr/lib/llvm-*/lib/clang/*/lib/wasm32-unknown-wasi/libclang_rt.builtins.a)
find_file(IPSEC_ERROR_WASM_BUILTINS NAMES libclang_rt.builtins-wasm32.a libclang_rt.builtins.a
    PATHS ${wasm_builtins_candidates} NO_DEFAULT_PATH)
if(NOT IPSEC_ERROR_WASM_BUILTINS AND wasm_builtins_candidates)
    list(GET wasm_builtins_candidates 0 first_builtins)
    set(IPSEC_ERROR_WASM_BUILTINS "${first_builtins}" CACHE FILEPATH "compiler-rt's wasm32 builtins" FORCE)
endif()

set(site_missing "")
if(NOT IPSEC_ERROR_MUSTACHE_INCLUDE_DIR)
    list(APPEND site_missing libkainjow-mustache-dev)
endif()
if(NOT IPSEC_ERROR_WASM_CLANG)
    list(APPEND site_missing clang)
endif()
if(NOT IPSEC_ERROR_WASM_LD)
    list(APPEND site_missing lld)
endif()
if(NOT IPSEC_ERROR_WASI_SYSROOT)
    list(APPEND site_missing wasi-libc)
endif()
if(NOT IPSEC_ERROR_WASM_LIBCXX_INCLUDE_DIR)
    list(APPEND site_missing libc++-14-dev-wasm32 libc++abi-14-dev-wasm32)
endif()
if(NOT IPSEC_ERROR_WASM_BUILTINS)
    list(APPEND site_missing libclang-rt-14-dev-wasm32)
endif()
if(NOT TARGET ipsec-error)
    list(APPEND site_missing "(the tool: configure with IPSEC_ERROR_BUILD_TOOL=ON)")
endif()

if(site_missing)
    list(JOIN site_missing " " site_missing_text)
    if(IPSEC_ERROR_BUILD_SITE)
        message(FATAL_ERROR "IPSEC_ERROR_BUILD_SITE is on, but the reference site needs: ${site_missing_text}")
    endif()
    message(STATUS "The reference site (target site) needs: ${site_missing_text}")
    add_custom_target(site
        COMMAND "${CMAKE_COMMAND}" -E echo "The reference site needs: ${site_missing_text}"
        COMMAND "${CMAKE_COMMAND}" -E echo "On Debian: apt-get install ${site_missing_text}"
        COMMAND "${CMAKE_COMMAND}" -E false
        VERBATIM)
    set(IPSEC_ERROR_SITE_AVAILABLE OFF)
    return()
endif()
set(IPSEC_ERROR_SITE_AVAILABLE ON)

# The WebAssembly module. Compiled with -O2 -c and linked without -O: given
# -O at the link, clang's driver would run binaryen's wasm-opt where it is
# installed. --no-entry and no start files: a library of exports, importing
# nothing; wasi-libc gives memcpy and memcmp, compiler-rt the builtins.
file(GLOB_RECURSE site_library_headers CONFIGURE_DEPENDS "${PROJECT_SOURCE_DIR}/include/*.hpp")
set(site_wasm_compile
    "${IPSEC_ERROR_WASM_CLANG}" --target=wasm32-wasi "--sysroot=${IPSEC_ERROR_WASI_SYSROOT}"
    -nostdinc++ -isystem "${IPSEC_ERROR_WASM_LIBCXX_INCLUDE_DIR}"
    -std=c++17 -O2 -fno-exceptions -fno-rtti -DNDEBUG
    "-I${PROJECT_SOURCE_DIR}/include")
set(site_wasm_link
    "${IPSEC_ERROR_WASM_CLANG}" --target=wasm32-wasi "--sysroot=${IPSEC_ERROR_WASI_SYSROOT}"
    "-fuse-ld=${IPSEC_ERROR_WASM_LD}" -nostartfiles -nodefaultlibs -Wl,--no-entry -Wl,--strip-all)
foreach(variant IN ITEMS simd128 scalar)
    set(flags "")
    if(variant STREQUAL "simd128")
        set(flags -msimd128)
    endif()
    set(object "${PROJECT_BINARY_DIR}/site-wasm/scan_${variant}.o")
    set(module "${PROJECT_BINARY_DIR}/site-wasm/scan_${variant}.wasm")
    add_custom_command(OUTPUT "${module}"
        COMMAND "${CMAKE_COMMAND}" -E make_directory "${PROJECT_BINARY_DIR}/site-wasm"
        COMMAND ${site_wasm_compile} ${flags} -c "${site_source}/wasm/scan_module.cpp" -o "${object}"
        COMMAND ${site_wasm_link} "${object}" -lc "${IPSEC_ERROR_WASM_BUILTINS}" -o "${module}"
        DEPENDS "${site_source}/wasm/scan_module.cpp" ${site_library_headers}
        COMMENT "Compiling scan() to WebAssembly (${variant})"
        VERBATIM)
    set(site_wasm_${variant} "${module}")
endforeach()
add_custom_target(site_wasm DEPENDS "${site_wasm_simd128}" "${site_wasm_scalar}")

add_executable(ipsec-error-site-generator EXCLUDE_FROM_ALL
    "${site_source}/generator/main.cpp" "${site_source}/generator/forms.cpp"
    "${site_source}/generator/stages.cpp" "${site_source}/generator/files.cpp")
target_link_libraries(ipsec-error-site-generator PRIVATE ipsec_error::ipsec_error)
target_include_directories(ipsec-error-site-generator SYSTEM PRIVATE "${IPSEC_ERROR_MUSTACHE_INCLUDE_DIR}")
if(TARGET ipsec_error_warnings)
    target_link_libraries(ipsec-error-site-generator PRIVATE ipsec_error_warnings)
endif()

file(GLOB site_inputs CONFIGURE_DEPENDS "${site_source}/templates/*.mustache" "${site_source}/assets/*")
set(site_arguments --source "${site_source}" --wasm "${site_wasm_simd128}" --out "${site_dir}")
if(IPSEC_ERROR_SITE_BASE_URL)
    list(APPEND site_arguments --base-url "${IPSEC_ERROR_SITE_BASE_URL}")
endif()
if(IPSEC_ERROR_HOMEPAGE_URL)
    list(APPEND site_arguments --homepage "${IPSEC_ERROR_HOMEPAGE_URL}")
endif()
if(IPSEC_ERROR_SITE_SOURCE_URL)
    list(APPEND site_arguments --source-url "${IPSEC_ERROR_SITE_SOURCE_URL}")
endif()
add_custom_command(OUTPUT "${site_dir}/index.html"
    BYPRODUCTS "${site_dir}/scan.html" "${site_dir}/codes.json"
    COMMAND ipsec-error-site-generator ${site_arguments}
    COMMAND "${CMAKE_COMMAND}" "-DTOOL=$<TARGET_FILE:ipsec-error>" "-DOUT=${site_dir}/codes.json"
        -P "${PROJECT_SOURCE_DIR}/cmake/site_codes_json.cmake"
    DEPENDS ipsec-error-site-generator ipsec-error "${site_wasm_simd128}" ${site_inputs}
        "${PROJECT_SOURCE_DIR}/cmake/site_codes_json.cmake"
    COMMENT "Writing the reference site to ${site_dir}"
    VERBATIM)

if(IPSEC_ERROR_BUILD_SITE)
    add_custom_target(site ALL DEPENDS "${site_dir}/index.html" site_wasm)
else()
    add_custom_target(site DEPENDS "${site_dir}/index.html" site_wasm)
endif()

if(IPSEC_ERROR_INSTALL AND IPSEC_ERROR_BUILD_SITE)
    install(DIRECTORY "${site_dir}/"
        DESTINATION "${CMAKE_INSTALL_DATADIR}/doc/ipsec-error/html" COMPONENT doc)
endif()
