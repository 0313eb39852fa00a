# SPDX-License-Identifier: BSL-1.0
# Which of the other error ecosystems this build can compile against: {fmt}
# and spdlog (<ipsec_error/fmt.hpp>), Boost.System (<ipsec_error/boost_system.hpp>),
# Boost's status-code (<ipsec_error/status_code.hpp>), and C++23 std::expected.
# Included by tests/ and examples/ (imported targets are seen only below the
# directory that found them, so each finds the packages again; the checks are
# cached). Sets in the including directory:
#
#   ipsec_error_fmt_target       fmt::fmt, or fmt::fmt-header-only with libc++
#                                (Debian's libfmt is built against libstdc++); empty without fmt
#   ipsec_error_have_spdlog      spdlog::spdlog is usable (not with libc++)
#   ipsec_error_have_boost       Boost::headers, Boost 1.74 or later
#   ipsec_error_have_status_code Boost's <.../status-code/status_code.hpp> exists
#   ipsec_error_have_expected    the compiler and library have C++23 std::expected
#
# Nothing is looked for when cross-compiling: these packages are the build
# machine's (Debian's libfmt-dev, libspdlog-dev, libboost-dev), not the target's.
# With IPSEC_ERROR_REQUIRE_ECOSYSTEMS=ON, a package missing from a native
# build is an error rather than a skipped test (CI sets it).
include(CheckCXXSourceCompiles)
include(CheckIncludeFileCXX)
include(CMakePushCheckState)

option(IPSEC_ERROR_REQUIRE_ECOSYSTEMS
    "Fail when fmt, spdlog or Boost is missing, rather than skip their tests" OFF)

set(ipsec_error_fmt_target "")
set(ipsec_error_have_spdlog OFF)
set(ipsec_error_have_boost OFF)
set(ipsec_error_have_status_code OFF)
set(ipsec_error_have_expected OFF)

# C++23 std::expected: the compiler must know C++23, and its library must
# define __cpp_lib_expected there (libstdc++ 12 does for GCC, not for Clang 14).
if(DEFINED CMAKE_CXX23_STANDARD_COMPILE_OPTION AND "cxx_std_23" IN_LIST CMAKE_CXX_COMPILE_FEATURES)
    # try_compile follows CMAKE_CXX_STANDARD (policy CMP0067): C++23 for this check.
    if(DEFINED CMAKE_CXX_STANDARD)
        set(ipsec_error_saved_standard "${CMAKE_CXX_STANDARD}")
    else()
        unset(ipsec_error_saved_standard)
    endif()
    set(CMAKE_CXX_STANDARD 23)
    cmake_push_check_state(RESET)
    set(CMAKE_REQUIRED_QUIET ON)
    check_cxx_source_compiles([[
#include <version>
#if !defined(__cpp_lib_expected)
#error no std::expected
#endif
#include <expected>
#include <system_error>
int main() {
    const std::expected<int, std::error_code> e = std::unexpected(std::make_error_code(std::errc::timed_out));
    return e.has_value() ? 1 : 0;
}
]] IPSEC_ERROR_HAVE_CXX23_EXPECTED)
    cmake_pop_check_state()
    if(DEFINED ipsec_error_saved_standard)
        set(CMAKE_CXX_STANDARD "${ipsec_error_saved_standard}")
    else()
        unset(CMAKE_CXX_STANDARD)
    endif()
    if(IPSEC_ERROR_HAVE_CXX23_EXPECTED)
        set(ipsec_error_have_expected ON)
    endif()
endif()

if(CMAKE_CROSSCOMPILING)
    return()
endif()

cmake_push_check_state(RESET)
set(CMAKE_REQUIRED_QUIET ON)
check_cxx_source_compiles([[
#include <cstddef>
#if !defined(_LIBCPP_VERSION)
#error not libc++
#endif
int main() { return 0; }
]] IPSEC_ERROR_USES_LIBCXX)
cmake_pop_check_state()

find_package(fmt 9 QUIET)
if(TARGET fmt::fmt)
    if(IPSEC_ERROR_USES_LIBCXX)
        set(ipsec_error_fmt_target fmt::fmt-header-only)
    else()
        set(ipsec_error_fmt_target fmt::fmt)
        find_package(spdlog QUIET)
        if(TARGET spdlog::spdlog)
            set(ipsec_error_have_spdlog ON)
        endif()
    endif()
endif()

find_package(Boost 1.74 CONFIG QUIET)
if(TARGET Boost::headers)
    set(ipsec_error_have_boost ON)
    get_target_property(ipsec_error_boost_includes Boost::headers INTERFACE_INCLUDE_DIRECTORIES)
    cmake_push_check_state(RESET)
    set(CMAKE_REQUIRED_INCLUDES ${ipsec_error_boost_includes})
    set(CMAKE_REQUIRED_QUIET ON)
    check_include_file_cxx(boost/outcome/experimental/status-code/status_code.hpp
        IPSEC_ERROR_HAVE_BOOST_STATUS_CODE)
    cmake_pop_check_state()
    if(IPSEC_ERROR_HAVE_BOOST_STATUS_CODE)
        set(ipsec_error_have_status_code ON)
    endif()
endif()

if(IPSEC_ERROR_REQUIRE_ECOSYSTEMS)
    if(NOT ipsec_error_fmt_target)
        message(FATAL_ERROR "IPSEC_ERROR_REQUIRE_ECOSYSTEMS: fmt 9 or later not found (libfmt-dev)")
    endif()
    if(NOT ipsec_error_have_spdlog AND NOT IPSEC_ERROR_USES_LIBCXX)
        message(FATAL_ERROR "IPSEC_ERROR_REQUIRE_ECOSYSTEMS: spdlog not found (libspdlog-dev)")
    endif()
    if(NOT ipsec_error_have_boost OR NOT ipsec_error_have_status_code)
        message(FATAL_ERROR "IPSEC_ERROR_REQUIRE_ECOSYSTEMS: Boost 1.74 or later with "
            "Outcome's status-code not found (libboost-dev)")
    endif()
endif()
