# SPDX-License-Identifier: BSL-1.0
# Cross-compiling for 64-bit Windows with Debian's mingw-w64 (posix threads),
# running the programs it builds (tests included) under Wine:
#
#     cmake -S . -B build/windows --toolchain cmake/toolchains/x86_64-w64-mingw32.cmake
#     cmake --build build/windows -j 2 && ctest --test-dir build/windows
#
# Packages: g++-mingw-w64-x86-64-posix, wine64.
set(CMAKE_SYSTEM_NAME Windows)
set(CMAKE_SYSTEM_PROCESSOR x86_64)

set(CMAKE_C_COMPILER x86_64-w64-mingw32-gcc-posix)
set(CMAKE_CXX_COMPILER x86_64-w64-mingw32-g++-posix)
set(CMAKE_RC_COMPILER x86_64-w64-mingw32-windres)

# Libraries and headers of the target only; header-only packages (doctest,
# nlohmann_json) from the build machine too; programs from the build machine.
set(CMAKE_FIND_ROOT_PATH /usr/x86_64-w64-mingw32)
set(CMAKE_FIND_ROOT_PATH_MODE_PROGRAM NEVER)
set(CMAKE_FIND_ROOT_PATH_MODE_LIBRARY ONLY)
set(CMAKE_FIND_ROOT_PATH_MODE_INCLUDE ONLY)
set(CMAKE_FIND_ROOT_PATH_MODE_PACKAGE BOTH)

# Link the C++ and threads runtimes statically, so that Wine needs no DLL
# search path (a DLL of the tests then has its own copy of the runtime too).
set(CMAKE_EXE_LINKER_FLAGS_INIT "-static")
set(CMAKE_SHARED_LINKER_FLAGS_INIT "-static")

# Wine runs what is built, quiet, in the prefix that WINEPREFIX names when it
# is set (CI shares one between its Windows steps: a prefix takes seconds to
# make), else in one of its own in the build tree.
if(DEFINED ENV{WINEPREFIX})
    set(ipsec_error_wine_prefix "$ENV{WINEPREFIX}")
else()
    set(ipsec_error_wine_prefix "${CMAKE_BINARY_DIR}/wine-prefix")
endif()
set(CMAKE_CROSSCOMPILING_EMULATOR
    env WINEDEBUG=-all "WINEPREFIX=${ipsec_error_wine_prefix}" /usr/lib/wine/wine64)

# Where this file is, for the tests that build consumer projects with it.
set(IPSEC_ERROR_TOOLCHAIN_FILE "${CMAKE_CURRENT_LIST_FILE}")
